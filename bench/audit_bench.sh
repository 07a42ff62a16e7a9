#!/usr/bin/env bash
# Audit benchmark (docs/benchmarks.md, "Name matching and audit"): generates ROWS
# customer rows (bench/match_eval/audit_gen.cpp: mostly invented companies, 3 % list
# names, many perturbed), imports the full CSL snapshot, and runs
# `exportcheck audit` RUNS times under /usr/bin/time -v. Prints per run the wall
# time, rows/s, peak RSS and the load average before the run, then the median.
#
# usage: bench/audit_bench.sh BUILD_DIR [ROWS] [RUNS] [JOBS]
#   BUILD_DIR  a build with exportcheck and bench/audit_gen (RelWithDebInfo or Release)
#   ROWS       default 1000000; RUNS default 3; JOBS default: exportcheck's (all hardware threads)
set -euo pipefail
build=$(cd "${1:?usage: bench/audit_bench.sh BUILD_DIR [ROWS] [RUNS] [JOBS]}" && pwd)
rows=${2:-1000000}
runs=${3:-3}
jobs=${4:-}
root=$(cd "$(dirname "$0")/.." && pwd)
csl="$root/data/csl/consolidated.csv"
work=$(mktemp -d "${TMPDIR:-/tmp}/audit-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$build/exportcheck" -q --db "$work/csl.db" db import "$csl" >/dev/null
"$build/bench/audit_gen" "$csl" "$work/customers.csv" "$rows" 20261123
echo "input: $(du -h "$work/customers.csv" | cut -f1) CSV, $rows rows; lists: $csl"
echo "cpus: $(nproc); $(uname -sr)"

walls=()
for run in $(seq 1 "$runs"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  status=0
  /usr/bin/time -v "$build/exportcheck" --db "$work/csl.db" audit "$work/customers.csv" \
    -o "$work/out.csv" ${jobs:+--jobs "$jobs"} 2>"$work/time.txt" || status=$?
  if [ "$status" != 0 ] && [ "$status" != 1 ]; then
    cat "$work/time.txt" >&2
    exit "$status"
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
  cpu=$(awk -F': ' '/Percent of CPU/ {print $2}' "$work/time.txt")
  walls+=("$wall")
  printf 'run %s: wall %.2f s, %.0f rows/s, peak RSS %s MiB, CPU %s, load average before %s\n' \
    "$run" "$wall" "$(echo "$rows / $wall" | bc -l)" "$rss" "$cpu" "$load"
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
printf 'median wall %.2f s over %s runs: %.0f rows/s\n' "$median" "$runs" "$(echo "$rows / $median" | bc -l)"
python3 - "$work/out.csv" <<'EOF'
import collections, csv, sys
lines = [l for l in open(sys.argv[1], newline="") if not l.startswith("#")]  # the provenance block
counts = collections.Counter(row["decision"] for row in csv.DictReader(lines) if row["row"] != "run")
print("decisions of the last run:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
EOF
