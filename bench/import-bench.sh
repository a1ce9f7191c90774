#!/usr/bin/env bash
# Import benchmark: a generated per-interaction CSV imported by leadladder-cli (parse, decode,
# validate, map, dedupe, insert) side by side with the sqlite3 shell's .import of the same file
# into a plain table (the floor: it parses but neither validates nor maps).
# Prints rows/s, peak memory and the ratio. Usage: bench/import-bench.sh [ROWS...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${LEADLADDER_BUILD_DIR:-build}
cmake --build "$build" --target leadladder-cli gen_interactions >/dev/null
work=${BENCH_DIR:-$(mktemp -d /tmp/leadladder-bench.XXXXXX)}
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(250000 1000000)

peak_kib() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }
elapsed_s() { awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }

printf '%-10s %-8s %-22s %10s %12s %12s\n' rows MB tool seconds rows/s peak_MiB
for rows in "${sizes[@]}"; do
  csv="$work/interactions-$rows.csv"
  [[ -f "$csv" ]] || "$build/bench/gen_interactions" "$rows" "$csv" 7
  mb=$(( $(stat -c %s "$csv") / 1000000 ))

  rm -rf "$work/ws-$rows" "$work/wal-$rows"
  /usr/bin/time -v "$build/app/leadladder-cli" import "$csv" --workspace "$work/ws-$rows" \
      >"$work/ll.out" 2>"$work/ll.time" || { echo "leadladder import failed:"; cat "$work/ll.out" "$work/ll.time"; exit 1; }
  ll_s=$(elapsed_s "$work/ll.time"); ll_kib=$(peak_kib "$work/ll.time")
  /usr/bin/time -v "$build/app/leadladder-cli" import "$csv" --workspace "$work/wal-$rows" --journal wal \
      >"$work/wal.out" 2>"$work/wal.time" || { echo "leadladder import (WAL) failed:"; cat "$work/wal.out"; exit 1; }
  wal_s=$(elapsed_s "$work/wal.time"); wal_kib=$(peak_kib "$work/wal.time")

  rm -f "$work/plain-$rows.sqlite"
  /usr/bin/time -v sqlite3 "$work/plain-$rows.sqlite" \
      -cmd "CREATE TABLE t(lead_id TEXT, type TEXT, at TEXT, duration TEXT, notes TEXT)" \
      ".import --csv --skip 1 $csv t" >"$work/sq.out" 2>"$work/sq.time"
  sq_s=$(elapsed_s "$work/sq.time"); sq_kib=$(peak_kib "$work/sq.time")

  awk -v r="$rows" -v mb="$mb" -v a="$ll_s" -v b="$sq_s" -v w="$wal_s" -v ak="$ll_kib" -v bk="$sq_kib" -v wk="$wal_kib" 'BEGIN {
    printf "%-10d %-8d %-22s %10.2f %12.0f %12.1f\n", r, mb, "leadladder (auto)", a, r / a, ak / 1024
    printf "%-10d %-8d %-22s %10.2f %12.0f %12.1f\n", r, mb, "leadladder (WAL)", w, r / w, wk / 1024
    printf "%-10d %-8d %-22s %10.2f %12.0f %12.1f\n", r, mb, "sqlite3 .import", b, r / b, bk / 1024
    printf "%-10s throughput ratio leadladder/sqlite3: %.2fx (WAL forced: %.2fx)\n", "", b / a, b / w
  }'
  grep -E "rows read|interactions:" "$work/ll.out" | sed 's/^/           /'
done
echo "files in $work"
