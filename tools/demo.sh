#!/usr/bin/env bash
# README command (a): installs the dependencies, builds a release factcheck and runs it on the
# bundled fixtures corpus, writing report.html (and printing the text report).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
cmake --workflow --preset release
status=0
./build/release/cli/factcheck --fail-on none fixtures/corpus/ || status=$?
./build/release/cli/factcheck --report html -o report.html --fail-on none fixtures/corpus/ || status=$?
echo "factcheck: wrote $PWD/report.html"
exit "$status"
