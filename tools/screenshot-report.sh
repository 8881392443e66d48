#!/bin/sh
# Renders the HTML report of the seeds in headless Chromium and saves docs/img/report.png.
#   tools/screenshot-report.sh [build-dir] [seeds-dir]   (defaults: build/dev, ../shared/seeds)
# Offline: every host name resolves to nothing, and the report has no external resource anyway.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build/dev}" && pwd)
seeds=${2:-"$root/../shared/seeds"}
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "screenshot-report: $chromium not found (tools/install-deps.sh)" >&2; exit 2; }
cmake --build "$build" --target factcheck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Relative paths in the report, as an editor would run it from the corpus's parent folder.
(cd "$(dirname "$seeds")" && "$build/cli/factcheck" --report html --fail-on none --no-progress \
  -o "$work/report.html" "$(basename "$seeds")")
mkdir -p "$root/docs/img"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --host-resolver-rules='MAP * ~NOTFOUND' --user-data-dir="$work/profile" \
  --hide-scrollbars --window-size=1280,1800 --force-device-scale-factor=1 \
  --screenshot="$work/report.png" "file://$work/report.html" 2>/dev/null
mv "$work/report.png" "$root/docs/img/report.png"
echo "wrote docs/img/report.png"
