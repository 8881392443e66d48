#!/usr/bin/env bash
# bench/scale.sh: the scale table of docs/performance.md. For each corpus shape and size,
# generates the corpus (bench/gen_corpus), runs `factcheck extract` and
# `factcheck --format json` on it under /usr/bin/time -v, and prints articles, MB, check time,
# time per article, peak RSS, extract time and the check/extract ratio.
#
# Usage: bench/scale.sh [-b BUILD_DIR] [-s "1000 3000 10000"] [-k "same distinct"]
#                       [-w WORK_DIR] [-m MAX_RSS_MIB] [-t TIMEOUT_S] [--keep]
# Defaults: build/release, sizes 1000 3000 10000, both shapes, a temporary work directory,
# a 6 GiB address-space limit and a 900 s timeout per run (the machine is shared: a run that
# would blow up is stopped, and its row says so).
set -euo pipefail

build=build/release
sizes="1000 3000 10000"
shapes="same distinct"
work=""
max_mib=6144
timeout_s=900
keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -b) build="$2"; shift 2 ;;
    -s) sizes="$2"; shift 2 ;;
    -k) shapes="$2"; shift 2 ;;
    -w) work="$2"; shift 2 ;;
    -m) max_mib="$2"; shift 2 ;;
    -t) timeout_s="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "scale.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

factcheck="$build/cli/factcheck"
gen="${GEN:-$build/bench/gen_corpus}"
for exe in "$factcheck" "$gen"; do
  [[ -x "$exe" ]] || { echo "scale.sh: $exe not built" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "scale.sh: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
if [[ -z "$work" ]]; then
  work=$(mktemp -d /tmp/factcheck-scale.XXXXXX)
  [[ $keep -eq 1 ]] || trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

# Runs a command with the limits; prints "seconds cpu_seconds rss_mib status" (cpu: user +
# system; on a shared machine wall time varies with the load, CPU time much less).
measure() {
  local log="$work/time.log"
  local status=0
  ( ulimit -v $((max_mib * 1024)); exec timeout "$timeout_s" /usr/bin/time -v -o "$log" "$@" ) \
    >/dev/null 2>"$work/stderr.log" || status=$?
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" 2>/dev/null || true)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log" 2>/dev/null || true)
  local cpu
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log" 2>/dev/null || echo 0)
  # h:mm:ss or m:ss.ss -> seconds
  local secs
  secs=$(awk -v t="${wall:-0}" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; printf "%.2f", s }')
  echo "$secs ${cpu:-0} $(( ${rss:-0} / 1024 )) $status"
}

# ms/article and ratio (check / extract) are from CPU time.
printf '%-9s %8s %7s %9s %9s %10s %9s %9s %9s %11s %6s %9s  %s\n' shape articles MB check_s \
  check_cpu ms/article peak_MiB extract_s extract_cpu extract_MiB ratio findings status
for shape in $shapes; do
  for n in $sizes; do
    dir="$work/$shape-$n"
    if [[ ! -d "$dir" ]]; then
      "$gen" --shape "$shape" --articles "$n" "$dir" >/dev/null
    fi
    mb=$(du -sb "$dir" | awk '{printf "%.1f", $1 / 1048576}')
    read -r ex_s ex_cpu ex_mib ex_status < <(measure "$factcheck" extract "$dir" -o "$work/extract.json")
    read -r ck_s ck_cpu ck_mib ck_status < <(measure "$factcheck" --format json --fail-on none \
      --no-progress -o "$work/check.json" "$dir")
    findings=$(grep -c '"rule":' "$work/check.json" 2>/dev/null || echo 0)
    status=ok
    [[ $ck_status -eq 0 ]] || status="check exit $ck_status (124: timeout; killed or 2: memory limit)"
    [[ $ex_status -eq 0 ]] || status="$status; extract exit $ex_status"
    per=$(awk -v s="$ck_cpu" -v n="$n" 'BEGIN { printf "%.2f", s * 1000 / n }')
    ratio=$(awk -v c="$ck_cpu" -v e="$ex_cpu" 'BEGIN { if (e > 0) printf "%.2f", c / e; else print "-" }')
    printf '%-9s %8s %7s %9s %9s %10s %9s %9s %9s %11s %6s %9s  %s\n' "$shape" "$n" "$mb" "$ck_s" \
      "$ck_cpu" "$per" "$ck_mib" "$ex_s" "$ex_cpu" "$ex_mib" "$ratio" "$findings" "$status"
    rm -f "$work/check.json" "$work/extract.json"
  done
done
