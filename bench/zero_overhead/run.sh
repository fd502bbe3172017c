#!/usr/bin/env bash
# bench/zero_overhead/run.sh: instructions of the typed chain against raw doubles.
#
# Runs the zero_overhead program (built by the bench preset) once per side
# under callgrind, counting only inside the side's loop function
# (--toggle-collect), so start-up, input generation and valgrind itself do not
# count. An instruction count is deterministic, so one run per side is enough,
# and a busy machine does not move it.
#
#   bench/zero_overhead/run.sh <path to zero_overhead> [passes]
#
# Prints: "instructions typed <n> raw <n> per_evaluation <typed> <raw> ratio <typed/raw>
#          raw_checked <n> per_evaluation <raw_checked> ratio <typed/raw_checked>".
set -euo pipefail
program=${1:?usage: $0 <path to zero_overhead> [passes]}
passes=${2:-20}
command -v valgrind >/dev/null || { echo "valgrind not found (apt-get install valgrind)" >&2; exit 3; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count() {
  valgrind --tool=callgrind --callgrind-out-file="$tmp/$1.out" \
    --toggle-collect="curveshift_zero_overhead_$1" "$program" "$1" "$passes" >/dev/null 2>"$tmp/$1.log" ||
    { cat "$tmp/$1.log" >&2; exit 2; }
  sed -n 's/^summary: *//p' "$tmp/$1.out"
}
typed=$(count typed)
raw=$(count raw)
checked=$(count raw_checked)
awk -v t="$typed" -v r="$raw" -v c="$checked" -v n="$passes" 'BEGIN {
  e = n * 4096
  printf "instructions typed %d raw %d per_evaluation %.1f %.1f ratio %.4f", t, r, t / e, r / e, t / r
  printf " raw_checked %d per_evaluation %.1f ratio %.4f\n", c, c / e, t / c }'
