#!/usr/bin/env bash
# bench/zero_overhead/run.sh: instructions of the typed models against raw doubles.
#
# Runs the zero_overhead program (built by the bench preset) once per side
# under callgrind, counting only inside the side's loop function
# (--toggle-collect), so start-up, input generation and valgrind itself do not
# count. An instruction count is deterministic, so one run per side is enough,
# and a busy machine does not move it.
#
#   bench/zero_overhead/run.sh <path to zero_overhead> [passes]
#
# Prints one line per pair (typed side, raw side), instructions per evaluation:
#   pair <typed side> <raw side> per_evaluation <typed> <raw> ratio <typed/raw>
# The pairs: chain_typed against chain_raw and chain_raw_checked (typed values
# built from doubles in the loop); chain_typed_values against chain_raw_seconds
# and e2_typed_values against e2_raw_seconds (typed values made once, as a
# model holds them; the raw span in seconds, as time_span holds it).
set -euo pipefail
program=${1:?usage: $0 <path to zero_overhead> [passes]}
passes=${2:-20}
command -v valgrind >/dev/null || { echo "valgrind not found (apt-get install valgrind)" >&2; exit 3; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count() {
  [[ -s $tmp/$1.out ]] || valgrind --tool=callgrind --callgrind-out-file="$tmp/$1.out" \
    --toggle-collect="curveshift_zero_overhead_$1" "$program" "$1" "$passes" >/dev/null 2>"$tmp/$1.log" ||
    { cat "$tmp/$1.log" >&2; exit 2; }  # (each side runs once, however many pairs it is in)
  sed -n 's/^summary: *//p' "$tmp/$1.out"
}
pair() {
  local typed raw
  typed=$(count "$1")
  raw=$(count "$2")
  awk -v a="$1" -v b="$2" -v t="$typed" -v r="$raw" -v n="$passes" 'BEGIN {
    e = n * 4096
    printf "pair %s %s per_evaluation %.1f %.1f ratio %.4f\n", a, b, t / e, r / e, t / r }'
}
pair chain_typed chain_raw
pair chain_typed chain_raw_checked
pair chain_typed_values chain_raw_seconds
pair e2_typed_values e2_raw_seconds
