#!/usr/bin/env bash
# bench/run_all.sh: run every benchmark and measure, and print each against its bar.
#
#   bench/run_all.sh <bench build dir> [--quick] [--strict]
#
# The bench build dir is where the bench preset puts the programs
# (build/bench/bench). `cmake --workflow --preset run_benchmarks` builds them
# and calls this script. --quick: fewer repetitions (a smoke run, not figures
# to quote). --strict: exit 1 if any bar fails (by default the table is the
# result and only a broken run exits non-zero).
#
# Measures:
#   time       bench_core: each <model>_typed against <model>_raw (and against
#              <model>_raw_checked), medians of CPU time over interleaved
#              repetitions in one run (-O2)                          bar <= 1.05
#   instr      zero_overhead under callgrind: typed / raw            bar <= 1.02
#   compile    compile_time/run.sh: umbrella - baseline (g++ -O0 -fsyntax-only,
#              medians of interleaved runs, CPU time); each area below it
#                                                                    bar <= 0.35 s
#   monte carlo bench_monte_carlo + bench/run_monte_carlo.sh: the uncertainty
#              issue's bars (>= 50x Squiggle, >= 2x the plain loop, <= 64 MiB)
# Other bench_* programs (curves, fits) run and print their own tables.
set -uo pipefail

dir=${1:?usage: $0 <bench build dir> [--quick] [--strict]}
shift
quick=0
strict=0
for arg in "$@"; do
  case $arg in
    --quick) quick=1 ;;
    --strict) strict=1 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
dir=$(cd "$dir" && pwd) || exit 2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cxx=${CXX:-g++}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
table=$tmp/table   # measure \t value \t bar \t verdict
: >"$table"
broken=0

if ((quick)); then reps=3; ct_runs=3; passes=2; min_time=0.05; else reps=15; ct_runs=9; passes=20; min_time=0.5; fi

row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$table"; }
section() { printf '\n== %s\n' "$1"; }

section "machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
echo "compiler: $("$cxx" --version | head -1)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')"

# ---- typed against raw, in time ------------------------------------------------
section "time: typed API against raw doubles (bench_core, -O2)"
if [[ -x $dir/bench_core ]]; then
  if "$dir/bench_core" --benchmark_repetitions="$reps" --benchmark_enable_random_interleaving=true \
    --benchmark_report_aggregates_only=true --benchmark_out="$tmp/core.json" --benchmark_out_format=json \
    --benchmark_format=console; then
    python3 - "$tmp/core.json" >>"$table" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
# CPU time, not wall time: on a shared machine wall time also counts the
# waits for a core (wall ran 2x CPU at load 4.7 on 2 cores); a single-threaded
# benchmark's CPU time is its own work.
median = {b["run_name"]: b["cpu_time"] for b in runs if b.get("aggregate_name") == "median"}
cv = {b["run_name"]: b["cpu_time"] for b in runs if b.get("aggregate_name") == "cv"}
for name in sorted(median):
    if not name.endswith("_typed"):
        continue
    model = name[: -len("_typed")]
    for suffix in ("_raw", "_raw_checked"):
        raw = model + suffix
        if raw not in median:
            continue
        ratio = median[name] / median[raw]
        spread = "cv %.0f%%/%.0f%%" % (100 * cv.get(name, 0), 100 * cv.get(raw, 0))
        label = "typed/raw" if suffix == "_raw" else "typed/hand-checked raw"
        print("time %s %s (%s)\t%.3f\t<= 1.05\t%s" % (model, label, spread, ratio, "PASS" if ratio <= 1.05 else "FAIL"))
PY
  else
    broken=1
    row "time typed/raw" "bench_core failed" "<= 1.05" "BROKEN"
  fi
else
  row "time typed/raw" "bench_core not built" "<= 1.05" "MISSING"
fi

# ---- typed against raw, in instructions ---------------------------------------
section "instructions: typed against raw doubles (callgrind)"
if [[ -x $dir/zero_overhead ]]; then
  if line=$("$here/zero_overhead/run.sh" "$dir/zero_overhead" "$passes"); then
    echo "$line"
    read -r _ _ _ _ _ _ t_per r_per _ ratio _ _ _ c_per _ c_ratio <<<"$line"
    verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.02) ? "PASS" : "FAIL" }')
    row "instructions chain typed/raw ($t_per vs $r_per per evaluation)" "$ratio" "<= 1.02" "$verdict"
    verdict=$(awk -v r="$c_ratio" 'BEGIN { print (r <= 1.02) ? "PASS" : "FAIL" }')
    row "instructions chain typed/hand-checked raw ($t_per vs $c_per)" "$c_ratio" "<= 1.02" "$verdict"
  else
    status=$?
    if ((status == 3)); then row "instructions typed/raw" "valgrind missing" "<= 1.02" "SKIPPED"; else
      broken=1
      row "instructions typed/raw" "callgrind run failed" "<= 1.02" "BROKEN"
    fi
  fi
else
  row "instructions typed/raw" "zero_overhead not built" "<= 1.02" "MISSING"
fi

# ---- compile time ---------------------------------------------------------------
section "compile time"
"$here/compile_time/run.sh" -c "$cxx" -n "$ct_runs" -o "$tmp/ct.tsv"
status=$?
if [[ -s $tmp/ct.tsv ]]; then
  # name median min max cpu delta cpu_delta limit
  while IFS=$'\t' read -r name wall lo hi cpu delta cdelta limit; do
    [[ $name == baseline ]] && continue
    verdict=$(awk -v d="$cdelta" -v l="$limit" 'BEGIN { print (d <= l) ? "PASS" : "FAIL" }')
    if [[ $name == umbrella ]]; then label="compile umbrella - baseline (s cpu; wall $delta)"; else label="compile $name.hpp - baseline (s cpu; wall $delta)"; fi
    row "$label" "$cdelta" "<= $limit" "$verdict"
  done <"$tmp/ct.tsv"
else
  broken=1
  row "compile time" "script failed ($status)" "<= 0.35" "BROKEN"
fi

# ---- Monte Carlo -------------------------------------------------------------------
section "Monte Carlo"
if [[ -x $dir/bench_monte_carlo ]]; then
  if "$dir/bench_monte_carlo" --benchmark_repetitions="$((quick ? 1 : 5))" \
    --benchmark_report_aggregates_only=true --benchmark_out="$tmp/mc.json" --benchmark_out_format=json; then
    python3 - "$tmp/mc.json" >>"$table" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
def med(name):
    for b in runs:
        if b["run_name"] == name and b.get("aggregate_name", "median") == "median":
            return b["real_time"]
    return None
lib, plain = med("curveshift_e7"), med("plain_loop_e7")
if lib and plain:
    r = plain / lib
    print("monte carlo plain loop / curveshift (time)\t%.2f\t>= 2\t%s" % (r, "PASS" if r >= 2 else "FAIL"))
PY
  else
    broken=1
    row "monte carlo" "bench_monte_carlo failed" "-" "BROKEN"
  fi
else
  row "monte carlo (bench_monte_carlo)" "not merged yet" ">= 2x plain loop" "MISSING"
fi
if [[ -x $here/run_monte_carlo.sh ]]; then
  # The uncertainty issue's runner (Squiggle, memory); its lines that carry a
  # verdict join the table as they are.
  "$here/run_monte_carlo.sh" "$dir" | tee "$tmp/mc.txt"
  grep -E 'PASS|FAIL' "$tmp/mc.txt" | sed 's/^/monte carlo: /' | awk '{ print $0 "\t\t\t" }' >>"$tmp/mc_rows"
  [[ -s $tmp/mc_rows ]] && cat "$tmp/mc_rows" >>"$table"
else
  row "monte carlo vs Squiggle, memory (run_monte_carlo.sh)" "not merged yet" ">= 50x, <= 64 MiB" "MISSING"
fi

# ---- the other benchmarks (curves, fits): measured, no bar --------------------------
for program in "$dir"/bench_*; do
  name=$(basename "$program")
  case $name in bench_core | bench_monte_carlo | bench_version) continue ;; esac
  [[ -x $program && ! -d $program ]] || continue
  section "$name"
  "$program" --benchmark_min_time="$min_time" || { broken=1; row "$name" "failed" "-" "BROKEN"; }
done

# ---- the table ----------------------------------------------------------------------
section "bars"
awk -F'\t' '{ printf "%-72s %10s  %-18s %s\n", $1, $2, $3, $4 }
  BEGIN { printf "%-72s %10s  %-18s %s\n", "measure", "value", "bar", "verdict" }' "$table"
fails=$(grep -c $'\tFAIL$' "$table" || true)
echo
echo "$fails bar(s) failed"
((broken)) && exit 2
((strict && fails > 0)) && exit 1
exit 0
