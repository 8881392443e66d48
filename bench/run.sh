#!/usr/bin/env bash
# bench/run.sh: whole-process throughput of factcheck beside a plain C++ word scan and
# chrono-node over the same bytes, in the same run, and instructions per byte from callgrind.
# See docs/performance.md for the method and the figures.
#
#   bash bench/run.sh            # 10 MB file, 10 MB directory, 1k articles
#   BENCH_LARGE=1 bash bench/run.sh   # also 100k articles (~360 MB, minutes)
#   BENCH_NO_CALLGRIND=1 ...     # skip the callgrind count
#
# Builds the release preset, generates the corpora deterministically under build/bench/
# (bench/gen_corpus, fixed seed), then prints one Markdown table. MB/s is input bytes over
# wall-clock time of the whole process (start-up, reading, output to /dev/null); peak RSS is
# GNU time's maximum resident set size. Ratios are factcheck's MB/s over the peer's MB/s.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=build/release
work=build/bench
jobs=${BENCH_BUILD_JOBS:-2}

if [[ -f /work/ccache.env ]]; then source /work/ccache.env; fi
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs" --target factcheck word_scan >/dev/null
# The corpus generator is bench/gen_corpus (issue 13's story generator); BENCH_GEN overrides.
gen_exe=${BENCH_GEN:-$build/bench/gen_corpus}
if [[ -z ${BENCH_GEN:-} ]]; then
  if ! cmake --build --preset release -j "$jobs" --target gen_corpus >/dev/null 2>&1; then
    echo "run.sh: bench/gen_corpus is not in this tree (set BENCH_GEN to a gen_corpus binary)" >&2
    exit 2
  fi
fi

fc=$build/cli/factcheck
mkdir -p "$work"

# --- corpora (deterministic; regenerated only when missing) --------------------------------
gen() {  # gen NAME ARGS...
  local dir=$work/$1
  shift
  if [[ ! -d $dir ]]; then "$gen_exe" "$@" "$dir" >/dev/null; fi
}
gen dir10 --shape distinct --mb 10 --seed 11
gen k1 --shape distinct --articles 1000 --seed 12
if [[ ${BENCH_LARGE:-0} == 1 ]]; then gen k100 --shape distinct --articles 100000 --seed 13; fi
# One 10 MB file: the directory's articles, in order, separated by blank lines.
if [[ ! -f $work/file10.txt ]]; then
  find "$work/dir10" -type f | LC_ALL=C sort | while read -r f; do cat "$f"; printf '\n\n'; done \
    >"$work/file10.txt"
fi
# A fixed 1 MB input for callgrind: the file's first 1 MiB, cut at a paragraph break.
if [[ ! -f $work/one1.txt ]]; then
  head -c 1048576 "$work/file10.txt" | python3 -c '
import sys
b = sys.stdin.buffer.read()
sys.stdout.buffer.write(b[: b.rfind(b"\n\n") + 2])' >"$work/one1.txt"
fi

bytes_of() { if [[ -d $1 ]]; then find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s}'; else stat -c %s "$1"; fi; }

# run LABEL CMD...: wall seconds and peak RSS (KiB) of one process, output to /dev/null.
measure() {
  local out
  out=$( { /usr/bin/time -f '%e %M' "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1)
  echo "$out"
}

mbps() { awk -v b="$1" -v s="$2" 'BEGIN { if (s <= 0) s = 0.01; printf "%.2f", b / 1e6 / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) print "-"; else printf "%.2fx", a / b }'; }

have_node=0
if command -v node >/dev/null && [[ -f bench/peers/package-lock.json ]]; then
  if [[ ! -d bench/peers/node_modules/chrono-node ]]; then
    (cd bench/peers && npm ci --no-audit --no-fund >/dev/null 2>&1) || true
  fi
  [[ -d bench/peers/node_modules/chrono-node ]] && have_node=1
fi

threads=$(nproc)
# -j arrived with issue 11; an older binary runs one thread and takes no -j.
if "$fc" --help 2>&1 | grep -q -- '--jobs'; then j1=(-j 1); jn=(-j "$threads"); else j1=(); jn=(); fi
echo "| input | bytes | command | MB/s | peak RSS MiB | RSS / input | word scan MB/s | ratio to word scan | chrono-node MB/s | ratio to chrono-node |"
echo "|---|---|---|---|---|---|---|---|---|---|"
row() {  # row INPUT_LABEL PATH COMMAND_LABEL FACTCHECK_ARGS...
  local label=$1 path=$2 cmd=$3
  shift 3
  local bytes t rss fm ws wr cm cr
  bytes=$(bytes_of "$path")
  read -r t rss < <(measure "$fc" "$@" "$path")
  fm=$(mbps "$bytes" "$t")
  ws=$("$build/bench/word_scan" "$path" | cut -d' ' -f1)
  wr=$(ratio "$fm" "$ws")
  cm="-"
  cr="-"
  if [[ $have_node == 1 && -f $path ]]; then
    cm=$(node bench/peers/chrono_bench.js "$path" | cut -d' ' -f1)
    cr=$(ratio "$fm" "$cm")
  fi
  echo "| $label | $bytes | $cmd | $fm | $((rss / 1024)) | $(awk -v r="$rss" -v b="$bytes" 'BEGIN { printf "%.1f", r * 1024 / b }') | $ws | $wr | $cm | $cr |"
}
row "10 MB file" "$work/file10.txt" "extract -j 1" extract --format json "${j1[@]}"
row "10 MB file" "$work/file10.txt" "check -j 1" --format json "${j1[@]}" --fail-on none
row "10 MB dir" "$work/dir10" "extract -j 1" extract --format json "${j1[@]}"
row "10 MB dir" "$work/dir10" "extract -j $threads" extract --format json "${jn[@]}"
row "10 MB dir" "$work/dir10" "check -j 1" --format json "${j1[@]}" --fail-on none
row "1k articles" "$work/k1" "extract -j 1" extract --format json "${j1[@]}"
row "1k articles" "$work/k1" "check -j 1" --format json "${j1[@]}" --fail-on none
if [[ -d $work/k100 ]]; then
  row "100k articles" "$work/k100" "extract -j $threads" extract --format json "${jn[@]}"
  row "100k articles" "$work/k100" "check -j $threads" --format json "${jn[@]}" --fail-on none
else
  echo "| 100k articles | - | not run (BENCH_LARGE=1) | | | | | | | |"
fi

if [[ ${BENCH_NO_CALLGRIND:-0} != 1 ]] && command -v valgrind >/dev/null; then
  b=$(stat -c %s "$work/one1.txt")
  ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$fc" extract --format json "${j1[@]}" \
         "$work/one1.txt" 2>&1 >/dev/null | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
  echo
  echo "callgrind: extract --format json -j 1 on a fixed $b-byte input: $ir instructions," \
    "$(awk -v i="$ir" -v b="$b" 'BEGIN { printf "%.0f", i / b }') per byte"
fi
echo
echo "machine: $(nproc) hardware threads, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
