#!/usr/bin/env bash
# Installs dependencies, builds, and runs the main job on the embedded demo data: imports the
# demo CRM exports into a demo workspace and prints today's queue. Opens the desktop app too
# when a display is available.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=${LEADLADDER_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)" --target leadladder-cli $( [[ -n "${DISPLAY:-}" ]] && echo leadladder )
workspace=${LEADLADDER_DEMO_WORKSPACE:-$PWD/$build/demo-workspace}
cli="$build/app/leadladder-cli"
for file in resources/demo/leads.csv resources/demo/interactions.csv; do
  "$cli" import "$file" --workspace "$workspace"
done
"$cli" stats --workspace "$workspace"
"$cli" leads --workspace "$workspace" --top 15
if [[ -n "${DISPLAY:-}" && "${CI:-}" != "true" ]]; then
  exec "$build/app/gui/leadladder" "$workspace"
fi
