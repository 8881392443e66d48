#!/usr/bin/env bash
# The sanitizer and fuzz stages: builds the ASan+UBSan preset and runs the whole suite under the
# sanitizers (halting on the first report), then builds the libFuzzer targets (clang) and runs
# each for a bounded time on its committed seed corpus. Any failure fails the script.
# FACTCHECK_FUZZ_SECONDS (default 30) sets the time per fuzz target.
# Not yet part of README command (b) / .ci/run: its time on a clean 2-core machine has not been
# measured (docs/reliability.md); it joins tools/test.sh once it has.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
status=0
# --- ASan + UBSan: the whole suite, each test process stops at its first sanitizer report.
echo "== ASan+UBSan suite =="
asan_status=0
cmake --preset asan >/dev/null
cmake --build --preset asan
ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --preset asan 2>&1 | tee build/asan/ctest.log || asan_status=$?
[[ $asan_status -eq 0 ]] || status=$asan_status

# --- Fuzzing: each target for a bounded time on a scratch copy of tests/fuzz/corpus/<target>/.
echo "== fuzz =="
fuzz_seconds="${FACTCHECK_FUZZ_SECONDS:-30}"
CXX=clang++ cmake --preset fuzz >/dev/null
fuzz_targets=()
for dir in tests/fuzz/corpus/*/; do fuzz_targets+=("fuzz_$(basename "$dir")"); done
cmake --build --preset fuzz --target "${fuzz_targets[@]}"
: > build/fuzz/fuzz.log
for target in "${fuzz_targets[@]}"; do
  name="${target#fuzz_}"
  work="build/fuzz/ci/$name"
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
  cp tests/fuzz/corpus/"$name"/* "$work/corpus/"
  options=(-max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096
           -print_final_stats=1 -artifact_prefix="$work/artifacts/")
  if [[ $name == extract ]]; then options+=(-dict=tests/fuzz/grammar.dict); fi
  fuzz_status=0
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
    "build/fuzz/tests/fuzz/$target" "${options[@]}" "$work/corpus" >"$work/log" 2>&1 \
    || fuzz_status=$?
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$work/log" | grep -Eo '[0-9]+$' || echo 0)
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$work/log" | tail -1 || true)
  if [[ $fuzz_status -ne 0 ]]; then
    status=1
    echo "$target: FAILED (exit $fuzz_status), artifacts in $work/artifacts" | tee -a build/fuzz/fuzz.log
    grep -E "ERROR|SUMMARY|runtime error" "$work/log" | head -5 || true
  else
    echo "$target: ok, ${runs} runs in ${fuzz_seconds} s, ${cov}" | tee -a build/fuzz/fuzz.log
  fi
done

echo "== ASan+UBSan: $(grep -E "tests passed|tests failed" build/asan/ctest.log | tail -1 || echo 'no summary')"
exit "$status"
