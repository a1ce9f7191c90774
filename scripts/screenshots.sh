#!/usr/bin/env bash
# Screenshots of each main screen, in English and Chinese, under Xvfb at 1366x768, into
# docs/screenshots/<lang>/. Uses the build in build/ (scripts/test.sh or run-demo.sh make it) and
# a 5,000-lead demo workspace per language, scored by the shipped model when there is one and
# evaluated against the baselines, so every screen has real content.
#   scripts/screenshots.sh            # needs xvfb-run (Debian: xvfb, xauth)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${BUILD_DIR:-$root/build}
cli=$build/app/leadladder-cli
gui=$build/app/gui/leadladder
model=$root/resources/models/default
[[ -x $cli && -x $gui ]] || { echo "build first: scripts/test.sh (or cmake --build build)"; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb xauth"; exit 2; }

work=$build/screenshots
rm -rf "$work"
mkdir -p "$work"
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data  # fresh settings, no recent workspaces

for lang in en zh_CN; do
  demo_lang=${lang%%_*}
  data=$work/data-$demo_lang
  ws=$work/ws-$demo_lang
  "$cli" demo generate --leads 5000 --seed 42 --lang "$demo_lang" --format csv --shape per-interaction --out "$data" >/dev/null
  "$cli" import "$data/leads.csv" --workspace "$ws" >/dev/null
  cp -r "$data" "$ws/demo-data"  # the tour shows the import wizard on this file
  "$cli" import "$data/interactions.csv" --workspace "$ws" >/dev/null
  if [[ -f $model/manifest.json ]]; then
    "$cli" score --model "$model" --workspace "$ws" >/dev/null
  fi
  "$cli" demo simulate-ab --leads 40000 --seed 42 --policy-a funnel-recency --policy-b oracle --out "$ws/ab" >/dev/null
  "$cli" evaluate --workspace "$ws" --truth "$data/truth.csv" --baselines funnel-recency,xgboost \
    ${model:+$( [[ -f $model/manifest.json ]] && echo --model "asLLR+HPRO=$model")} >/dev/null || true
  out=$root/docs/screenshots/$lang
  rm -rf "$out"
  mkdir -p "$out"
  xvfb-run -a -s "-screen 0 1366x768x24" "$gui" --language "$lang" --screenshots "$out" "$ws"
  echo "$out: $(ls "$out" | wc -l) screenshots"
done
