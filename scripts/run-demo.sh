#!/usr/bin/env bash
# Installs dependencies, builds, and runs the main job on generated demo data: the demo generator
# (core/demo) writes a simulated retailer's CRM exports, which are imported into a fresh demo
# workspace (leads first, then interactions), and today's queue is printed. Opens the desktop
# app too when a display is available. Same seed, same data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=${LEADLADDER_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)" --target leadladder-cli $( [[ -n "${DISPLAY:-}" ]] && echo leadladder )
default_workspace=$PWD/$build/demo-workspace
workspace=${LEADLADDER_DEMO_WORKSPACE:-$default_workspace}
data="$build/demo-data"
cli="$build/app/leadladder-cli"
# A fresh default workspace each run, so nothing left from other data mixes with the demo. A
# workspace named by the caller is never deleted.
rm -rf "$data"
if [[ "$workspace" == "$default_workspace" ]]; then rm -rf "$workspace"; fi
"$cli" demo generate --leads "${LEADLADDER_DEMO_LEADS:-20000}" --days 180 --seed 42 --lang "${LEADLADDER_DEMO_LANG:-en}" \
  --format csv --shape per-interaction --out "$data"
for file in "$data/leads.csv" "$data/interactions.csv"; do
  "$cli" import "$file" --workspace "$workspace"
done
"$cli" stats --workspace "$workspace"
"$cli" leads --workspace "$workspace" --top 15
if [[ -n "${DISPLAY:-}" && "${CI:-}" != "true" ]]; then
  exec "$build/app/gui/leadladder" "$workspace"
fi
