#!/usr/bin/env bash
# README command (b): installs the dependencies, builds with coverage and -Werror, runs every
# test, prints the lcov coverage summary and ends with ctest's summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
cmake --preset coverage
cmake --build --preset coverage
find build/coverage -name '*.gcda' -delete

status=0
ctest --preset coverage 2>&1 | tee build/coverage/ctest.log || status=$?

lcov --quiet --capture --directory build/coverage --output-file build/coverage/all.info \
     --ignore-errors gcov,source 2>/dev/null || true
lcov --quiet --extract build/coverage/all.info "$PWD/text/*" "$PWD/grammar/*" "$PWD/checker/*" \
     "$PWD/reports/*" "$PWD/cli/*" --output-file build/coverage/project.info 2>/dev/null || true
echo "== coverage (text, grammar, checker, reports, cli) =="
lcov --summary build/coverage/project.info 2>&1 | grep -E "lines|functions" || echo "coverage: no data"

# ctest's summary line last, so CI logs end with it.
grep -E "tests passed|tests failed" build/coverage/ctest.log | tail -1 || true
exit "$status"
