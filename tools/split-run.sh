#!/usr/bin/env bash
# tools/split-run.sh: a split (map/reduce) run of factcheck with the shell only, under the
# contract Hadoop Streaming and Spark's RDD.pipe use (docs/scale-out.md): lines on stdin and
# stdout, a key first, a sort by key between the map and the reduce.
#
#   1. list   the article files of PATH... as a directory walk reads them (article formats,
#             no hidden entries, no README)
#   2. split  the list into SHARDS shards (split -n r/N), taken in a shuffled order
#   3. map    each shard: factcheck extract --format claims-jsonl FILE... > map.K
#   4. shuffle all map outputs concatenated, sorted by key (LC_ALL=C sort -t TAB -k1,1)
#   5. reduce the key groups: factcheck check --claims - [CHECK OPTIONS] (one reduce task;
#             the records say which article and claim they are, so their order is free)
#
# Usage: tools/split-run.sh [-b FACTCHECK] [-n SHARDS] [-s SEED] [-w WORKDIR] [-P PARALLEL] [-t]
#                           PATH... [-- CHECK OPTIONS...]
# Defaults: build/release/cli/factcheck, 4 shards, seed 1, a temporary work directory, 2 maps
# at once. -t prints the seconds of each step and the shuffle's size on stderr. The report
# goes to stdout (or -o in the check options); the exit code is the reduce's. The files map.*
# and shuffled.jsonl stay in WORKDIR when -w is given.
set -euo pipefail

factcheck=build/release/cli/factcheck
shards=4
seed=1
work=""
parallel=2
timing=0
paths=()
check_opts=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -b) factcheck="$2"; shift 2 ;;
    -n) shards="$2"; shift 2 ;;
    -s) seed="$2"; shift 2 ;;
    -w) work="$2"; shift 2 ;;
    -P) parallel="$2"; shift 2 ;;
    -t) timing=1; shift ;;
    --) shift; check_opts=("$@"); break ;;
    -*) echo "split-run.sh: unknown option $1" >&2; exit 2 ;;
    *) paths+=("$1"); shift ;;
  esac
done
[[ ${#paths[@]} -gt 0 ]] || { echo "split-run.sh: no PATH given" >&2; exit 2; }
[[ -x "$factcheck" ]] || { echo "split-run.sh: $factcheck is not built" >&2; exit 2; }
if [[ -z "$work" ]]; then
  work=$(mktemp -d /tmp/factcheck-split.XXXXXX)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
started=$(date +%s.%N)
step() {  # step NAME: the seconds since the previous step, with -t
  local now
  now=$(date +%s.%N)
  if [[ $timing -eq 1 ]]; then
    echo "split-run: $1 $(awk -v a="$started" -v b="$now" 'BEGIN { printf "%.2f", b - a }') s" >&2
  fi
  started=$now
}
rm -f "$work"/list "$work"/shard.* "$work"/map.* "$work"/shuffled.jsonl

# 1. list: the files a directory walk reads (text/ingest.cpp: article extensions, hidden
# entries skipped, README skipped); a file named explicitly is always read.
for p in "${paths[@]}"; do
  if [[ -d "$p" ]]; then
    find "$p" -mindepth 1 \( -name '.?*' -prune \) -o -type f \
      \( -iname '*.txt' -o -iname '*.text' -o -iname '*.md' -o -iname '*.markdown' \
         -o -iname '*.html' -o -iname '*.htm' -o -iname '*.xhtml' -o -iname '*.jsonl' \
         -o -iname '*.ndjson' \) ! -iname 'readme.*' -print
  else
    printf '%s\n' "$p"
  fi
done > "$work/list"
[[ -s "$work/list" ]] || { echo "split-run.sh: no article files in ${paths[*]}" >&2; exit 2; }
step list

# 2. split, in a shuffled order: the result must not depend on which shard comes first.
split -n "r/$shards" -d -a 4 "$work/list" "$work/shard."
order=$(ls "$work"/shard.* | shuf --random-source=<(yes "$seed"))

# 3. map each shard (an empty shard maps to nothing).
map_one() {
  local shard="$1" out="${1/shard./map.}"
  if [[ -s "$shard" ]]; then
    xargs -r -d '\n' -a "$shard" "$factcheck" extract --format claims-jsonl -j 1 > "$out"
  else
    : > "$out"
  fi
}
export -f map_one
export factcheck
printf '%s\n' $order | xargs -P "$parallel" -I{} bash -c 'map_one "$1"' _ {}
step map

# 4. shuffle: concatenated in the shuffled shard order, sorted by key only.
for s in $order; do cat "${s/shard./map.}"; done \
  | LC_ALL=C sort -t $'\t' -k1,1 -s > "$work/shuffled.jsonl"
step sort
if [[ $timing -eq 1 ]]; then
  echo "split-run: shuffle $(wc -l < "$work/shuffled.jsonl") lines, $(wc -c < "$work/shuffled.jsonl") bytes" >&2
fi

# 5. reduce.
status=0
"$factcheck" check --claims "$work/shuffled.jsonl" "${check_opts[@]}" || status=$?
step reduce
exit "$status"
