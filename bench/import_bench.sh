#!/usr/bin/env bash
# Import benchmark: imports the full CSL snapshot (data/csl/consolidated.csv,
# 14,160 rows) into a fresh database RUNS times with the built binary and
# prints each run's wall time and peak RSS, then the medians.
# Usage: bench/import_bench.sh [BINARY] [RUNS]    (default build/release/exportcheck, 11)
# Needs GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/release/exportcheck}
runs=${2:-11}
file=data/csl/consolidated.csv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
walls=()
rsss=()
for i in $(seq 1 "$runs"); do
  rm -f "$tmp"/t.db*
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" -q --db "$tmp/t.db" db import "$file" >/dev/null
  read -r wall rss <"$tmp/time"
  walls+=("$wall")
  rsss+=("$rss")
  echo "run $i: ${wall} s, peak RSS ${rss} KiB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median wall time: $(median "${walls[@]}") s over $runs runs"
echo "median peak RSS: $(median "${rsss[@]}") KiB"
