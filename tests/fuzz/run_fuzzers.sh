#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, build/fuzz) and runs each
# for SECONDS, one after another, niced: seeds from tests/fuzz/corpus and
# tests/fuzz/regressions, new inputs in build/fuzz/corpus (not committed).
# Crashing inputs land in build/fuzz/findings/TARGET-*; copy one into
# tests/fuzz/regressions/TARGET/ once it is fixed. Usage (via scripts/test):
#   scripts/test --fuzz SECONDS    or    tests/fuzz/run_fuzzers.sh SECONDS [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?usage: run_fuzzers.sh SECONDS [TARGET...]}
shift
ccache=$(command -v ccache || true)
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DECC_FUZZ=ON -DECC_BUILD_BENCH=OFF -DECC_WARNINGS_AS_ERRORS=ON \
  ${ccache:+-DCMAKE_CXX_COMPILER_LAUNCHER=ccache} >/dev/null
nice cmake --build build/fuzz --target fuzz_all -j "$(nproc 2>/dev/null || echo 2)"
targets=("$@")
if [ ${#targets[@]} = 0 ]; then
  mapfile -t targets < <(sed -n '/^set(ecc_fuzz_targets/,/)/p' tests/fuzz/CMakeLists.txt |
    sed -e 's/set(ecc_fuzz_targets//' -e 's/)//' | tr -s ' ' '\n' | sed '/^$/d')
fi
mkdir -p build/fuzz/findings
failed=()
for t in "${targets[@]}"; do
  mkdir -p "build/fuzz/corpus/$t"
  seeds=()
  for d in "tests/fuzz/corpus/$t" "tests/fuzz/regressions/$t"; do [ -d "$d" ] && seeds+=("$d"); done
  echo "== $t: ${seconds}s"
  if ! nice "build/fuzz/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=16384 -print_final_stats=1 -artifact_prefix="build/fuzz/findings/$t-" \
      "build/fuzz/corpus/$t" "${seeds[@]}" >"build/fuzz/$t.log" 2>&1; then
    failed+=("$t")
    grep -E "ERROR|SUMMARY|Test unit written" "build/fuzz/$t.log" | head -5
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "build/fuzz/$t.log" | tr '\n' ' '
  echo
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]} (logs in build/fuzz/TARGET.log)"
  exit 1
fi
echo "fuzzing: ${#targets[@]} targets, ${seconds}s each, no finding"
