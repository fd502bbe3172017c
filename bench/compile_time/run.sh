#!/usr/bin/env bash
# bench/compile_time/run.sh: what including curveshift costs at compile time.
#
# Times `$CXX -std=c++20 -O0 -fsyntax-only` of baseline.cpp (<cmath>, <string>,
# <iostream> and a raw-double calculation), umbrella.cpp (the umbrella header
# and one typed calculation) and one file per area header (its header and one
# calculation in that area). The machine is shared, so the runs interleave
# (round 1 of every file, then round 2, ...) and the figures are medians;
# min-max shows the spread. A file whose "// requires:" header is not there yet
# is skipped. The bars judge CPU time (user + sys of the compiler): on a shared
# machine wall time also counts the waits for a core, which swing by tenths
# of a second from run to run; wall time is shown beside it.
#
#   bench/compile_time/run.sh [-c compiler] [-n runs] [-o results.tsv]
#
# Bars (CPU time): umbrella - baseline <= 0.35 s, each area header - baseline
# the same. Exit status 1 if a bar fails.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
include_dir=$(cd "$here/../../include" && pwd)
cxx=${CXX:-g++}
runs=7
out=""
bar=0.35
while getopts "c:n:o:" opt; do
  case $opt in
    c) cxx=$OPTARG ;;
    n) runs=$OPTARG ;;
    o) out=$OPTARG ;;
    *) echo "usage: $0 [-c compiler] [-n runs] [-o results.tsv]" >&2; exit 2 ;;
  esac
done

# baseline first, umbrella second, then the areas in name order.
files=("$here/baseline.cpp" "$here/umbrella.cpp")
for f in "$here"/*.cpp; do
  case $(basename "$f") in baseline.cpp | umbrella.cpp) continue ;; esac
  req=$(sed -n 's|^// requires: *||p' "$f" | head -1)
  if [[ -n $req && ! -f $include_dir/$req ]]; then
    echo "skip $(basename "$f" .cpp): $req not there yet" >&2
    continue
  fi
  files+=("$f")
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
TIMEFORMAT='%R %U %S'
for ((r = 1; r <= runs; ++r)); do
  for f in "${files[@]}"; do
    name=$(basename "$f" .cpp)
    { time "$cxx" -std=c++20 -O0 -fsyntax-only -I"$include_dir" "$f" >/dev/null 2>"$tmp/err"; } 2>>"$tmp/$name.times" ||
      { echo "compile failed: $f" >&2; cat "$tmp/err" >&2; exit 2; }
  done
done

# The median of a column of numbers on stdin.
median() {
  sort -n | awk '{ v[NR] = $1 } END { m = int((NR + 1) / 2); printf "%.3f", (NR % 2) ? v[m] : (v[m] + v[m + 1]) / 2 }'
}

# name median_wall min_wall max_wall median_cpu
summarise() {
  local t=$tmp/$1.times
  echo "$1 $(awk '{ print $1 }' "$t" | median) $(awk '{ print $1 }' "$t" | sort -n | head -1)" \
    "$(awk '{ print $1 }' "$t" | sort -n | tail -1) $(awk '{ print $2 + $3 }' "$t" | median)"
}

version=$("$cxx" --version | head -1)
echo "compile time: $version, -std=c++20 -O0 -fsyntax-only, $runs interleaved runs, medians (s)"
printf '%-12s %8s %14s %8s %9s %9s  %s\n' file wall min-max cpu "wall-base" "cpu-base" verdict
read -r _ base_wall _ _ base_cpu < <(summarise baseline)
status=0
[[ -n $out ]] && : >"$out"
for f in "${files[@]}"; do
  name=$(basename "$f" .cpp)
  read -r _ wall lo hi cpu < <(summarise "$name")
  delta=$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { printf "%.3f", a - b }')
  cdelta=$(awk -v a="$cpu" -v b="$base_cpu" 'BEGIN { printf "%.3f", a - b }')
  verdict=""
  limit=""
  case $name in
    baseline) ;;
    umbrella) limit=$bar ;;
    # An area header is part of the umbrella, so its true cost is below the
    # umbrella's; its measured delta is judged against the bar itself, as
    # comparing two noisy medians of near-equal files would fail at random.
    *) limit=$bar ;;
  esac
  if [[ -n $limit ]]; then
    if awk -v d="$cdelta" -v l="$limit" 'BEGIN { exit !(d <= l) }'; then verdict="PASS (<= $limit)"; else verdict="FAIL (> $limit)"; status=1; fi
  fi
  printf '%-12s %8.3f %6.3f-%-7.3f %8.3f %9s %9s  %s\n' "$name" "$wall" "$lo" "$hi" "$cpu" \
    "$([[ $name == baseline ]] && echo - || echo "$delta")" "$([[ $name == baseline ]] && echo - || echo "$cdelta")" "$verdict"
  [[ -n $out ]] && printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$wall" "$lo" "$hi" "$cpu" "$delta" "$cdelta" "${limit:--}" >>"$out"
done
exit $status
