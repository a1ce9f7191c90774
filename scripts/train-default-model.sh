#!/usr/bin/env bash
# The recipe of the default checkpoint shipped in resources/models/default/: the demo benchmark
# (seed 42) is generated and imported, the compact backbone is pretrained on the train part of
# its 7:3 temporal split (BPE vocabulary + causal LM), and asLLR is fine-tuned with HPRO on the
# same train part. Each step prints how long it took. CPU only; same seed, same data.
#
# Scale and effort are environment variables (the defaults are the shipped model's):
#   LEADLADDER_BUILD_DIR      build folder with leadladder-cli (default: build)
#   LEADLADDER_RECIPE_DIR     scratch folder for data, workspace, backbone (default: BUILD/default-model)
#   LEADLADDER_RECIPE_OUT     checkpoint folder (default: resources/models/default)
#   RECIPE_LEADS, RECIPE_DAYS demo size (default 340000 leads over 180 days)
#   PRETRAIN_STEPS, PRETRAIN_BATCH, VOCAB_SIZE, SEQ_LEN   pretraining (default 1500, 16, 4096, 320)
#   TRAIN_EPOCHS, TRAIN_BATCH, MAX_TRAIN_LEADS (default 24000), HEAD_LR, BACKBONE_LR   fine-tuning
#   THREADS                   intra-op threads (default 2)
# A reduced run for checking the recipe end to end:
#   RECIPE_LEADS=6000 PRETRAIN_STEPS=60 MAX_TRAIN_LEADS=1500 scripts/train-default-model.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${LEADLADDER_BUILD_DIR:-build}
cli="$build/app/leadladder-cli"
work=${LEADLADDER_RECIPE_DIR:-$build/default-model}
out=${LEADLADDER_RECIPE_OUT:-resources/models/default}
leads=${RECIPE_LEADS:-340000}
days=${RECIPE_DAYS:-180}
threads=${THREADS:-2}
# glibc returns every large tensor buffer to the kernel on free and faults it in again on the next
# step; keeping them in the heap makes fine-tuning about 1.4x faster (bench/README.md, "Training").
export GLIBC_TUNABLES=${GLIBC_TUNABLES:-glibc.malloc.mmap_threshold=1073741824:glibc.malloc.trim_threshold=4294967296}
if [[ ! -x "$cli" ]]; then
  echo "build leadladder-cli first: cmake --build $build --target leadladder-cli" >&2
  exit 2
fi

step() {  # step NAME COMMAND...: runs and times one step
  local name=$1 start end
  shift
  echo "== $name"
  start=$(date +%s%N)
  "$@"
  end=$(date +%s%N)
  echo "== $name: $(( (end - start) / 1000000000 )).$(( (end - start) / 100000000 % 10 )) s"
}

rm -rf "$work/data" "$work/workspace" "$work/backbone" "$work/checkpoint" "$work/checkpoint.training"
mkdir -p "$work"
recipe_start=$(date +%s)

step "generate the demo ($leads leads, seed 42)" \
  "$cli" demo generate --leads "$leads" --days "$days" --seed 42 --lang en --format csv --shape per-interaction \
  --out "$work/data"
import_both() {
  "$cli" import "$work/data/leads.csv" --workspace "$work/workspace"
  "$cli" import "$work/data/interactions.csv" --workspace "$work/workspace"
}
step "import" import_both

# A model trained from scratch needs far larger rates than the paper's 5e-5 / 2.5e-6 for a
# pretrained 1.5B backbone (measured: see bench/README.md, "Training").
step "pretrain the compact backbone" \
  "$cli" pretrain --workspace "$work/workspace" --out "$work/backbone" --seed 42 --threads "$threads" \
  --vocab-size "${VOCAB_SIZE:-4096}" --seq-len "${SEQ_LEN:-320}" --steps "${PRETRAIN_STEPS:-1500}" \
  --batch "${PRETRAIN_BATCH:-16}" --lr "${PRETRAIN_LR:-1e-3}"

step "HPRO fine-tune" \
  "$cli" train --workspace "$work/workspace" --backbone "$work/backbone" --out "$work/checkpoint" --mode full \
  --seed 42 --threads "$threads" --epochs "${TRAIN_EPOCHS:-1}" --batch "${TRAIN_BATCH:-32}" \
  --max-train-leads "${MAX_TRAIN_LEADS:-24000}" --head-lr "${HEAD_LR:-1e-3}" --backbone-lr "${BACKBONE_LR:-1e-4}" \
  --token-budget "${SEQ_LEN:-320}"

rm -rf "$out"
mkdir -p "$(dirname "$out")"
cp -r "$work/checkpoint" "$out"
echo "== recipe done in $(( $(date +%s) - recipe_start )) s; checkpoint $out ($(du -sh "$out" | cut -f1))"
