#!/usr/bin/env bash
# Independent name-matching evaluation (docs/benchmarks.md, "Name matching
# quality"): leave-one-name-out, acronym/brand queries and negatives on the
# real lists in ../shared/data-raw (trade.gov CSL 2022; OFAC SDN 2024-05 with
# the 2025-12 alt/add/comments files, and the OFAC non-SDN 2025-12 set).
#
# usage: bench/name_eval.sh BUILD_DIR [tune|test] [MISSES_FILE] [SETS]
#   tune  the tuning half (default): look at its misses, change the matcher
#   test  the test half: report it, do not tune to it
#   SETS  lono,acr,neg (default all): leave-one-name-out, acronym/brand, negatives
# NAME_EVAL_ARGS="--set contains_coverage=0.5" passes scorer options to bench/name_eval.
# SWEEP=1 also prints recall and false alarms at review thresholds 0.70 .. 0.85 (one run).
set -euo pipefail
build=$(cd "${1:?usage: bench/name_eval.sh BUILD_DIR [tune|test] [MISSES_FILE]}" && pwd)
half=${2:-tune}
misses=${3:-}
sets=${4:-lono,acr,neg}
root=$(cd "$(dirname "$0")/.." && pwd)
raw=${DATA_RAW:-$root/../shared/data-raw}
[ -d "$raw/trade-gov-csl-2022" ] || { echo "name_eval: no data in $raw (set DATA_RAW)" >&2; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/name-eval.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The importer reads OFAC companions from beside the primary file.
mkdir "$work/sdn" "$work/cons"
ln -s "$raw/ofac-sdn-2024-05/sdn.csv" "$work/sdn/sdn.csv"
for f in alt.csv add.csv sdn_comments.csv; do ln -s "$raw/ofac-sdn-companions-2025-12/$f" "$work/sdn/$f"; done
for f in "$raw"/ofac-consolidated-nonsdn-2025-12/cons_*.csv; do ln -s "$f" "$work/cons/"; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); cpus: $(nproc)"
"$build/bench/name_eval" --half "$half" --sets "$sets" ${NAME_EVAL_ARGS:-} ${SWEEP:+--sweep} ${misses:+--misses "$misses"} \
  "csl=$raw/trade-gov-csl-2022/consolidated.csv" \
  "ofac=$work/sdn/sdn.csv,$work/cons/cons_prim.csv"
