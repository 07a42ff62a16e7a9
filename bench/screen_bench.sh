#!/usr/bin/env bash
# Screening benchmark: one order screened by a fresh process against the
# default database (the shipped CSL + OFAC non-SDN lists), RUNS times; prints
# each wall time and the median. Includes process start, database open, list
# load, matcher build, rule and catalog load, classification and output.
# Usage: bench/screen_bench.sh [BINARY] [RUNS] [ORDER]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/release/exportcheck}
runs=${2:-21}
order=${3:-examples/orders/sensetime-beijing-h800.json}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" -q --db "$tmp/t.db" db import data/csl/consolidated.csv >/dev/null
"$bin" -q --db "$tmp/t.db" db import --data-date 2025-12-19 data/ofac/cons_prim.csv >/dev/null
"$bin" -q --db "$tmp/t.db" screen "$order" >/dev/null || true   # warm the page cache
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$bin" -q --db "$tmp/t.db" screen "$order" >/dev/null || true
  end=$(date +%s%N)
  times+=("$(( (end - start) / 1000 ))")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, min %.1f ms, max %.1f ms over %d runs\n", a[int((NR+1)/2)]/1000, a[1]/1000, a[NR]/1000, NR}'
