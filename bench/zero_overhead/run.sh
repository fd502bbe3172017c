#!/usr/bin/env bash
# bench/zero_overhead/run.sh: instructions of the typed models against raw doubles.
#
# Runs the zero_overhead program (built by the bench preset) once per side
# under callgrind, counting only inside curveshift_zero_overhead_run
# (--toggle-collect), so start-up, input generation and valgrind itself do not
# count. An instruction count is deterministic, so one run per side is enough,
# and a busy machine does not move it.
#
#   bench/zero_overhead/run.sh <path to zero_overhead> [passes]
#
# Prints one line per pair, instructions per evaluation:
#   pair <typed side> <raw side> per_evaluation <typed> <raw> ratio <typed/raw> <judged|shown>
# For each model (chain, e7, e2, run; bench/models.hpp): <m>_typed_values against
# <m>_raw and <m>_raw_seconds, and <m>_typed against <m>_raw_checked, judged
# against the bar; <m>_typed against <m>_raw shown (the input checks' cost).
# Then the curves' pairs (bench/curve_passes.hpp), shown: their bar is in time.
set -euo pipefail
program=${1:?usage: $0 <path to zero_overhead> [passes]}
passes=${2:-20}
command -v valgrind >/dev/null || { echo "valgrind not found (apt-get install valgrind)" >&2; exit 3; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count() {
  [[ -s $tmp/$1.out ]] || valgrind --tool=callgrind --callgrind-out-file="$tmp/$1.out" \
    --toggle-collect=curveshift_zero_overhead_run "$program" "$1" "$passes" >/dev/null 2>"$tmp/$1.log" ||
    { cat "$tmp/$1.log" >&2; exit 2; }  # (each side runs once, however many pairs it is in)
  sed -n 's/^summary: *//p' "$tmp/$1.out"
}
pair() {
  local typed raw
  typed=$(count "$1")
  raw=$(count "$2")
  awk -v a="$1" -v b="$2" -v t="$typed" -v r="$raw" -v n="$passes" -v k="$3" -v size="${4:-4096}" 'BEGIN {
    e = n * size
    printf "pair %s %s per_evaluation %.1f %.1f ratio %.4f %s\n", a, b, t / e, r / e, t / r, k }'
}
for model in chain e7 e2 run; do
  pair "${model}_typed_values" "${model}_raw" judged
  pair "${model}_typed_values" "${model}_raw_seconds" judged
  pair "${model}_typed" "${model}_raw_checked" judged
  pair "${model}_typed" "${model}_raw" shown
done
for curve in log_linear_score_at log_linear_cost_for logistic_score_at; do
  pair "${curve}_typed_values" "${curve}_raw" shown 1024
done
pair log_linear_cost_for_typed_values log_linear_cost_for_raw_checked shown 1024
