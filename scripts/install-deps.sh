#!/usr/bin/env bash
# Installs everything LeadLadder needs to build and test, from Debian 12 packages only.
# Usage: scripts/install-deps.sh [--bench]   (--bench adds the tools the benchmarks compare against)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  # Qt 6.4: Widgets, Sql (SQLite driver), Charts, Test, LinguistTools.
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # find_package(Qt6 COMPONENTS Charts) fails without these (not pulled in by qt6-charts-dev).
  libqt6opengl6-dev libxkbcommon-dev libgl-dev
  # Engine: libtorch (CPU) and an optimised BLAS (the reference BLAS is ~20x slower).
  libtorch-dev libopenblas0-pthread
  libxgboost-dev  # the gradient-boosted tree baseline (C API)
  # Store, logging, XLSX in (minizip) and out (libxlsxwriter, which uses the same minizip).
  libsqlite3-dev libspdlog-dev libfmt-dev libminizip-dev zlib1g-dev libxlsxwriter-dev
  libicu-dev nlohmann-json3-dev  # tokenizer: Unicode categories + NFC, tokenizer.json parsing
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(sqlite3 time xvfb python3-torch)
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "All build dependencies are installed."
fi
