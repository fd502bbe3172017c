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
#   time       bench_core (chain, E7, E2; bench/models.hpp) and bench_curves
#              (log_linear score_at and cost_for, logistic score_at):
#              <x>_typed_values against <x>_raw and <x>_raw_seconds, <x>_typed
#              against <x>_raw_checked (and against <x>_raw, shown); cost_for
#              against the formula with its slope check (and without, shown);
#              each pair timed pass against pass in one loop
#              (bench/paired.hpp, -O2), the median ratio over repetitions bar <= 1.05
#   instr      zero_overhead under callgrind, the same pairs of the three
#              models                                                     bar <= 1.02
#              and of the curves (shown: their bar is in time)
#   compile    compile_time/run.sh: umbrella - baseline (g++ -O0 -fsyntax-only,
#              medians of interleaved runs, CPU time); each area header   bar <= 0.35 s
#   monte carlo run_monte_carlo.sh --prebuilt: the uncertainty issue's bars
#              (plain loop / curveshift >= 2, Squiggle / curveshift >= 50, both in
#              CPU and wall time; peak RSS <= 64 MiB); npm installs Squiggle into
#              <bench build dir>/squiggle
# The rest of bench_curves (Chinchilla, the 1e6-point fit) and any other bench_*
# program run and print their own tables.
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

if ((quick)); then reps=3; ct_runs=3; passes=2; min_time=0.05; else reps=9; ct_runs=9; passes=20; min_time=0.2; fi

row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$table"; }
section() { printf '\n== %s\n' "$1"; }

section "machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
echo "compiler: $("$cxx" --version | head -1)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')"

# ---- typed against raw, in time ------------------------------------------------
# Each benchmark named <typed side>_vs_<raw side> is a pair timed pass against
# pass in one loop (bench/paired.hpp), reporting counters typed_ns, raw_ns
# (median pass per evaluation) and ratio. A pair <x>_vs_raw whose typed side
# also has a pair <x>_vs_raw_checked is shown, not judged: what the checks the
# typed side must make (each input; cost_for's slope) cost over raw code that
# checks nothing.
section "time: typed API against raw doubles (-O2, pairs timed pass against pass; $reps repetitions, median ratio judged)"
time_jsons=()
for program in bench_core bench_curves; do
  if [[ ! -x $dir/$program ]]; then
    row "time typed/raw ($program)" "not built" "<= 1.05" "MISSING"
    continue
  fi
  echo "-- $program"
  if "$dir/$program" --benchmark_filter=_vs_ --benchmark_repetitions="$reps" \
    --benchmark_min_time="$min_time" --benchmark_display_aggregates_only=true \
    --benchmark_out="$tmp/$program.json" --benchmark_out_format=json --benchmark_format=console; then
    time_jsons+=("$tmp/$program.json")
  else
    broken=1
    row "time typed/raw ($program)" "$program failed" "<= 1.05" "BROKEN"
  fi
done
if ((${#time_jsons[@]})); then
  python3 - "${time_jsons[@]}" >>"$table" <<'PY2'
import json, statistics, sys
# Each repetition of a pair gives one ratio of the two sides' median passes;
# the judged figure is the median of those ratios, their range shown beside.
for path in sys.argv[1:]:
    ratios, typed_ns, raw_ns, order = {}, {}, {}, []
    for b in json.load(open(path))["benchmarks"]:
        if b.get("run_type") != "iteration" or "ratio" not in b:
            continue
        name = b["run_name"]
        if name not in ratios:
            order.append(name)
        ratios.setdefault(name, []).append(b["ratio"])
        typed_ns.setdefault(name, []).append(b["typed_ns"])
        raw_ns.setdefault(name, []).append(b["raw_ns"])
    for name in order:
        typed, raw = name.split("_vs_")
        # Where the typed side must check something (its inputs, a curve's
        # slope), it is judged against raw code that checks the same
        # (_raw_checked), and its ratio to unchecked raw is shown.
        judged = not (raw == "raw" and typed + "_vs_raw_checked" in ratios)
        ratio = statistics.median(ratios[name])
        detail = "%.2f / %.2f ns per evaluation; ratios %.3f-%.3f over %d repetitions" % (
            statistics.median(typed_ns[name]), statistics.median(raw_ns[name]), min(ratios[name]),
            max(ratios[name]), len(ratios[name]))
        label = typed + " / " + raw + ("" if judged else " (the checks' cost, shown)")
        verdict = ("PASS" if ratio <= 1.05 else "FAIL") if judged else "-"
        print("time %s (%s)\t%.3f\t%s\t%s" % (label, detail, ratio, "<= 1.05" if judged else "-", verdict))
PY2
fi

# ---- typed against raw, in instructions ---------------------------------------
section "instructions: typed against raw doubles (callgrind)"
if [[ -x $dir/zero_overhead ]]; then
  if "$here/zero_overhead/run.sh" "$dir/zero_overhead" "$passes" >"$tmp/zo.txt"; then
    cat "$tmp/zo.txt"
    # pair <typed side> <raw side> per_evaluation <typed> <raw> ratio <ratio> <judged|shown>
    while read -r _ typed_side raw_side _ t_per r_per _ ratio kind; do
      if [[ $kind == judged ]]; then
        verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.02) ? "PASS" : "FAIL" }')
        row "instructions $typed_side/$raw_side ($t_per / $r_per per evaluation)" "$ratio" "<= 1.02" "$verdict"
      elif [[ $typed_side == log_linear_* || $typed_side == logistic_* ]]; then
        row "instructions $typed_side/$raw_side ($t_per / $r_per per evaluation; shown, the curves' bar is in time)" "$ratio" "-" "-"
      else
        row "instructions $typed_side/$raw_side ($t_per / $r_per; the input checks' cost, shown)" "$ratio" "-" "-"
      fi
    done <"$tmp/zo.txt"
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
# The uncertainty issue's runner, on the programs the bench preset built
# (npm installs Squiggle into $dir/squiggle). Its last line carries the figures.
section "Monte Carlo"
if "$here/run_monte_carlo.sh" "$dir" --prebuilt --repetitions "$((quick ? 1 : 5))" | tee "$tmp/mc.txt"; then
  # bars plain_wall <x> plain_cpu <x> squiggle_wall <x|na> squiggle_cpu <x|na> peak_mib <MiB>
  read -r _ _ plain_wall _ plain_cpu _ sq_wall _ sq_cpu _ peak < <(grep '^bars ' "$tmp/mc.txt")
  ge() { awk -v v="$1" -v b="$2" 'BEGIN { print (v >= b) ? "PASS" : "FAIL" }'; }
  row "monte carlo plain loop / curveshift, CPU time" "$plain_cpu" ">= 2" "$(ge "$plain_cpu" 2)"
  row "monte carlo plain loop / curveshift, wall time" "$plain_wall" ">= 2" "$(ge "$plain_wall" 2)"
  if [[ $sq_cpu == na ]]; then
    row "monte carlo Squiggle / curveshift" "not measured" ">= 50" "SKIPPED"
  else
    row "monte carlo Squiggle / curveshift, CPU time" "$sq_cpu" ">= 50" "$(ge "$sq_cpu" 50)"
    row "monte carlo Squiggle / curveshift, wall time" "$sq_wall" ">= 50" "$(ge "$sq_wall" 50)"
  fi
  row "monte carlo peak memory, 1M draws (MiB, process peak RSS)" "$peak" "<= 64" \
    "$(awk -v v="$peak" 'BEGIN { print (v <= 64) ? "PASS" : "FAIL" }')"
else
  broken=1
  row "monte carlo (run_monte_carlo.sh)" "failed" ">= 2x, >= 50x, <= 64 MiB" "BROKEN"
fi

# ---- the other benchmarks (curves, fits): measured, no bar --------------------------
for program in "$dir"/bench_*; do
  name=$(basename "$program")
  case $name in bench_core | bench_monte_carlo | bench_version) continue ;; esac
  [[ -x $program && ! -d $program ]] || continue
  section "$name"
  filter=.
  # Its typed/raw pairs ran above, with repetitions.
  [[ $name == bench_curves ]] && filter='-_vs_'
  "$program" --benchmark_filter="$filter" --benchmark_min_time="$min_time" || { broken=1; row "$name" "failed" "-" "BROKEN"; }
done

# ---- the table ----------------------------------------------------------------------
section "bars"
awk -F'\t' '{ printf "%-100s %12s  %-8s %s\n", $1, $2, $3, $4 }
  BEGIN { printf "%-100s %12s  %-8s %s\n", "measure", "value", "bar", "verdict" }' "$table"
fails=$(grep -c $'\tFAIL$' "$table" || true)
echo
echo "$fails bar(s) failed"
((broken)) && exit 2
((strict && fails > 0)) && exit 1
exit 0
