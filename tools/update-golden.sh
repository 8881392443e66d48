#!/bin/sh
# Regenerates fixtures/golden/ (every report format for fixtures/corpus) from the
# current binary. Run it on purpose, after a change to a reporter or a rule, and review the diff:
#   tools/update-golden.sh [build-dir]        (default: build/dev)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build/dev}" && pwd)
cmake --build "$build" --target factcheck cli_tests
FACTCHECK_UPDATE_GOLDEN=1 "$build/tests/cli_tests" --gtest_filter='Reports/Golden.*'
git -C "$root" status --short fixtures/golden
echo "Review with: git diff fixtures/golden"
