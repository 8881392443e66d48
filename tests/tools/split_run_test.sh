#!/usr/bin/env bash
# The split run (tools/split-run.sh: shards, map, sort, reduce) gives byte-identical findings
# to a direct run (issue 13, docs/scale-out.md).
#
# Usage: split_run_test.sh CASE SOURCE_DIR FACTCHECK [GEN_CORPUS | SHARED_DIR]
#   fixtures   fixtures/corpus, 3 shards, two shard orders, json and text reports
#   generated  1,000 generated articles (bench/gen_corpus), 7 shards in a shuffled order
#   seeds      each seed article mapped alone, the lines shuffled, reduced from stdin;
#              skipped (exit 77) when the shared seeds are absent
set -euo pipefail
case_name="$1"
src="$2"
factcheck="$3"
extra="${4:-}"
split_run="$src/tools/split-run.sh"
work=$(mktemp -d /tmp/factcheck-split-test.XXXXXX)
trap 'rm -rf "$work"' EXIT

report_opts=(--format json --fail-on none --no-progress -j 2 --config "$work/none.toml")
# An empty configuration file: the built-in defaults, whatever factcheck.toml is around.
: > "$work/none.toml"

same() {  # same NAME DIRECT SPLIT
  if ! cmp -s "$2" "$3"; then
    echo "FAIL $1: the split run differs from the direct run" >&2
    diff "$2" "$3" | head -20 >&2
    exit 1
  fi
  echo "ok $1 ($(wc -c < "$2") bytes)"
}

# A direct run and split runs in shuffled shard orders (one per seed), in json; with TEXT=text
# also the text report of the first split run's lines.
check_corpus() {  # check_corpus NAME DIR SHARDS TEXT SEEDS...
  local name="$1" dir="$2" shards="$3" text="$4"
  shift 4
  local first="$1"
  "$factcheck" "${report_opts[@]}" "$dir" > "$work/direct.json"
  for seed in "$@"; do
    bash "$split_run" -b "$factcheck" -n "$shards" -s "$seed" -w "$work/run$seed" "$dir" \
      -- "${report_opts[@]}" > "$work/split$seed.json"
    same "$name json, $shards shards, order $seed" "$work/direct.json" "$work/split$seed.json"
  done
  [[ "$text" == text ]] || return 0
  # The text report reads the original lines (snippets) through the rebuilt position maps.
  "$factcheck" --format text --color never --fail-on none --no-progress --config "$work/none.toml" \
    "$dir" > "$work/direct.txt"
  "$factcheck" check --claims "$work/run$first/shuffled.jsonl" --format text --color never \
    --fail-on none --no-progress --config "$work/none.toml" > "$work/split.txt"
  same "$name text" "$work/direct.txt" "$work/split.txt"
}

case "$case_name" in
  fixtures)
    check_corpus fixtures "$src/fixtures/corpus" 3 text 1 2
    ;;
  generated)
    [[ -x "$extra" ]] || { echo "gen_corpus not built: skipped"; exit 77; }
    "$extra" --shape distinct --articles 1000 --seed 13 "$work/corpus" > /dev/null
    # One shard order, json only: a Debug coverage build takes minutes here.
    check_corpus generated "$work/corpus" 7 json 3
    ;;
  seeds)
    seeds="$extra/seeds"
    [[ -d "$seeds" ]] || { echo "$seeds absent: skipped"; exit 77; }
    "$factcheck" "${report_opts[@]}" "$seeds" > "$work/direct.json"
    # One map per article (each a shard of its own), every line shuffled, reduced from stdin.
    for f in "$seeds"/*.txt; do
      "$factcheck" extract --format claims-jsonl "$f"
    done | shuf --random-source=<(yes 13) > "$work/lines.jsonl"
    "$factcheck" check --claims - "${report_opts[@]}" < "$work/lines.jsonl" > "$work/split.json"
    same "seeds, one shard per article, lines shuffled" "$work/direct.json" "$work/split.json"
    ;;
  *)
    echo "split_run_test.sh: unknown case $case_name" >&2
    exit 2
    ;;
esac
