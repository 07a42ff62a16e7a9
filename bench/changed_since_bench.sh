#!/usr/bin/env bash
# `audit --changed-since` benchmark (docs/benchmarks.md, "Re-screening after a
# list update"): imports the full CSL snapshot as dataset #1 and a copy with
# exactly CHANGES entries changed or added (bench/changed_lists.py, seeded) as
# dataset #2, generates ROWS customer rows (bench/match_eval/audit_gen.cpp, as
# bench/audit_bench.sh), then runs RUNS times, alternating, a full audit and an
# `--changed-since 1` audit under /usr/bin/time -v. Prints per run the wall
# time, peak RSS, CPU and the load average before it, the medians, the
# decision counts, and three checks: the DATE form gives the same report, every
# delta decision agrees with the full audit, and delta_check's count of exact
# hits the prefilter would miss. Big files stay in a temporary directory.
#
# usage: bench/changed_since_bench.sh BUILD_DIR [ROWS] [RUNS] [CHANGES] [JOBS]
#   BUILD_DIR  a build with exportcheck, bench/audit_gen and bench/delta_check (Release)
#   ROWS default 1000000; RUNS default 3; CHANGES default 100; JOBS default: all hardware threads
set -euo pipefail
build=$(cd "${1:?usage: bench/changed_since_bench.sh BUILD_DIR [ROWS] [RUNS] [CHANGES] [JOBS]}" && pwd)
rows=${2:-1000000}
runs=${3:-3}
changes=${4:-100}
jobs=${5:-}
root=$(cd "$(dirname "$0")/.." && pwd)
csl="$root/data/csl/consolidated.csv"
exe="$build/exportcheck"
work=$(mktemp -d "${TMPDIR:-/tmp}/changed-since-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Dataset #1 imported "yesterday", #2 (the changed copy) "today".
EXPORTCHECK_NOW=2026-11-22T06:00:00Z "$exe" -q --db "$work/lists.db" db import "$csl" >/dev/null
python3 "$root/bench/changed_lists.py" "$csl" "$work/next.csv" "$changes" 20261123
EXPORTCHECK_NOW=2026-11-23T06:00:00Z "$exe" -q --db "$work/lists.db" db import "$work/next.csv" \
  >/dev/null
"$exe" --db "$work/lists.db" db diff 1 2 | sed -n 3p
"$build/bench/audit_gen" "$csl" "$work/customers.csv" "$rows" 20261123
echo "input: $(du -h "$work/customers.csv" | cut -f1) CSV, $rows rows; lists: $csl"
echo "cpus: $(nproc); $(uname -sr)"

# measure LABEL OUT [ARGS...]: one audit under /usr/bin/time -v; appends its wall time to LABEL.walls.
measure() {
  local label=$1 out=$2
  shift 2
  local load status=0
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -v "$exe" -q --db "$work/lists.db" audit "$work/customers.csv" -o "$out" \
    ${jobs:+--jobs "$jobs"} "$@" 2>"$work/time.txt" || status=$?
  if [ "$status" != 0 ] && [ "$status" != 1 ]; then
    cat "$work/time.txt" >&2
    exit "$status"
  fi
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
  cpu=$(awk -F': ' '/Percent of CPU/ {print $2}' "$work/time.txt")
  echo "$wall" >>"$work/$label.walls"
  printf '%-5s run %s: wall %7.2f s, peak RSS %4s MiB, CPU %s, load average before %s\n' \
    "$label" "$run" "$wall" "$rss" "$cpu" "$load"
}

for run in $(seq 1 "$runs"); do
  measure full "$work/full.csv"
  measure delta "$work/delta.csv" --changed-since 1
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
full=$(median "$work/full.walls")
delta=$(median "$work/delta.walls")
printf 'median wall over %s runs: full %.2f s, --changed-since %.2f s (%.1fx faster)\n' \
  "$runs" "$full" "$delta" "$(echo "$full / $delta" | bc -l)"

"$exe" -q --db "$work/lists.db" audit "$work/customers.csv" --changed-since 2026-11-22 \
  -o "$work/delta-date.csv" ${jobs:+--jobs "$jobs"} || true
cmp -s "$work/delta.csv" "$work/delta-date.csv" && echo "check: --changed-since 2026-11-22 gives the same report as --changed-since 1"
python3 - "$work/full.csv" "$work/delta.csv" <<'EOF'
import collections, csv, sys
order = {"clear": 0, "review": 1, "match": 2, "error": 3}
delta = list(csv.DictReader(open(sys.argv[2], newline="")))
wanted = {r["row"] for r in delta}
full_counts, full_of = collections.Counter(), {}
for r in csv.DictReader(open(sys.argv[1], newline="")):
    full_counts[r["decision"]] += 1
    if r["row"] in wanted:
        full_of[r["row"]] = r["decision"]
delta_counts = collections.Counter(r["decision"] for r in delta)
for name, counts in (("full audit", full_counts), ("--changed-since", delta_counts)):
    print(f"decisions, {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
worse = [r["row"] for r in delta if order[r["decision"]] > order[full_of[r["row"]]]]
print(f"check: {len(delta)} delta rows, {len(worse)} with a decision above the full audit's")
EOF
if [ -x "$build/bench/delta_check" ]; then
  "$build/bench/delta_check" "$csl" "$work/next.csv" "$work/customers.csv" "${jobs:-$(nproc)}"
fi
