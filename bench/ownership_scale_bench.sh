#!/usr/bin/env bash
# Ownership at registry scale (issue 17): generates an ownership CSV of
# ENTITIES entities and STATEMENTS statements (bench/ownership_gen, registry
# model, listed parties named after CSL entries), imports it into a database
# that holds the shipped CSL and OFAC non-SDN lists (wall time and peak RSS of
# that `db import`), then times fresh processes RUNS times each:
#   screen  examples/orders/sensetime-beijing-h800.json   (the issue's order)
#   screen  an order whose purchaser is a generated probe (an unlisted entity
#           that inherits a restriction through the generated graph)
#   owners  PROBE
# and prints the medians. Nothing reaches the network.
# Usage: bench/ownership_scale_bench.sh [BUILD_DIR] [ENTITIES] [STATEMENTS] [RUNS] [SEED]
#        (defaults build 1000000 3000000 21 17). Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
entities=${2:-1000000}
statements=${3:-3000000}
runs=${4:-21}
seed=${5:-17}
bin=$build/exportcheck
gen=$build/bench/ownership_gen
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export EXPORTCHECK_NOW=2026-11-23T12:00:00Z

"$gen" registry "$entities" "$statements" "$seed" data/csl/consolidated.csv "$tmp/own.csv" rules
echo "ownership CSV: $(du -h "$tmp/own.csv" | cut -f1)"
probe=$(head -1 "$tmp/own.csv.probes")
[ -n "$probe" ] || { echo "bench: the generated graph has no probe" >&2; exit 1; }
echo "probe: $probe"
python3 - "$probe" >"$tmp/probe-order.json" <<'EOF'
import json, sys
print(json.dumps({"id": "BENCH-probe", "date": "2026-11-20", "ship_from": "US", "destination": "MY",
                  "parties": [{"role": "purchaser", "name": sys.argv[1], "country": "MY"}],
                  "items": [{"product": "H100 SXM5", "quantity": 8}],
                  "end_use": "AI model training"}))
EOF

"$bin" -q --db "$tmp/t.db" db import data/csl/consolidated.csv >/dev/null
"$bin" -q --db "$tmp/t.db" db import --data-date 2025-12-19 data/ofac/cons_prim.csv >/dev/null
echo "uptime before import: $(uptime)"
/usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$bin" -q --db "$tmp/t.db" db import "$tmp/own.csv" >/dev/null
read -r wall user sys rss <"$tmp/time"
echo "db import of the ownership CSV: ${wall} s wall (${user} s user, ${sys} s sys), peak RSS ${rss} KiB"
echo "uptime after import: $(uptime)"
echo "database: $(du -h "$tmp/t.db" | cut -f1)"

# Median, min and max wall time of RUNS fresh processes running "$@".
timed() {
  "$@" >/dev/null 2>&1 || true  # warm the page cache
  local times=() start end
  for _ in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=("$(((end - start) / 1000))")
  done
  printf '%s\n' "${times[@]}" | sort -n |
    awk '{a[NR]=$1} END {printf "median %.1f ms, min %.1f ms, max %.1f ms over %d runs\n", a[int((NR+1)/2)]/1000, a[1]/1000, a[NR]/1000, NR}'
}

echo "uptime before the runs: $(uptime)"
echo "screen sensetime-beijing-h800: $(timed "$bin" -q --db "$tmp/t.db" screen examples/orders/sensetime-beijing-h800.json)"
echo "screen probe order:            $(timed "$bin" -q --db "$tmp/t.db" screen "$tmp/probe-order.json")"
echo "owners probe:                  $(timed "$bin" -q --db "$tmp/t.db" owners "$probe")"
for what in examples/orders/sensetime-beijing-h800.json "$tmp/probe-order.json"; do
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" -q --db "$tmp/t.db" screen "$what" >"$tmp/screen.out" 2>&1 || true
  read -r wall rss < <(tail -n 1 "$tmp/time")  # GNU time adds a line for a non-zero exit
  echo "screen $(basename "$what"), one more run: ${wall} s, peak RSS ${rss} KiB; its first lines:"
  head -4 "$tmp/screen.out"
done
/usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" -q --db "$tmp/t.db" owners "$probe" >/dev/null 2>&1 || true
read -r wall rss < <(tail -n 1 "$tmp/time")
echo "owners probe, one more run: ${wall} s, peak RSS ${rss} KiB"
echo "uptime after the runs: $(uptime)"
