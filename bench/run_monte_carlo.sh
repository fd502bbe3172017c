#!/usr/bin/env bash
# run_monte_carlo.sh: the E7 Monte Carlo model with 1,000,000 draws, three
# ways in one run on one machine, against the bars of the uncertainty issue:
#   curveshift (samples<double> through the typed API)  >= 50x faster than Squiggle
#                                                       >= 2x faster than the plain loop
#   peak memory of the 1M model                          <= 64 MiB
#
# Usage: bench/run_monte_carlo.sh [build_dir] [--prebuilt] [--repetitions N]
#   build_dir      default build/bench-monte-carlo
#   --prebuilt     use bench_monte_carlo and e7_peak_memory already in build_dir
#                  (the bench preset builds them; bench/run_all.sh passes this)
#                  instead of compiling them here with $CXX -O2
#   --repetitions  Google Benchmark repetitions, interleaved (default 5)
# Needs Google Benchmark (libbenchmark-dev), node and npm. The Squiggle package
# is installed into <build_dir>/squiggle from the npm registry, never into the
# source tree; if npm or node fails, the Squiggle comparison is reported as
# unavailable and the rest still runs. Times are medians of wall-clock and of
# CPU time: Google Benchmark's median over repetitions; Squiggle's median over
# in-process runs after a warm-up (node start-up and package load excluded).
#
# The last line is for bench/run_all.sh:
#   bars plain_wall <x> plain_cpu <x> squiggle_wall <x|na> squiggle_cpu <x|na> peak_mib <MiB>
# (each ratio: the peer's time / curveshift's time).
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=""
prebuilt=0
reps=5
while (($#)); do
  case $1 in
    --prebuilt) prebuilt=1 ;;
    --repetitions) reps=${2:?--repetitions needs a number}; shift ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) build=$1 ;;
  esac
  shift
done
build="${build:-$src/build/bench-monte-carlo}"
mkdir -p "$build/squiggle"
build="$(cd "$build" && pwd)"
cxx="${CXX:-g++}"

if ((prebuilt)); then
  for program in bench_monte_carlo e7_peak_memory; do
    [[ -x $build/$program ]] || { echo "$build/$program not built (cmake --workflow --preset bench)" >&2; exit 2; }
  done
  echo "== using the programs in $build"
else
  echo "== building (${cxx} -O2) into $build"
  "$cxx" -std=c++20 -O2 -I"$src/include" "$src/bench/bench_monte_carlo.cpp" -lbenchmark -lpthread \
    -o "$build/bench_monte_carlo"
  "$cxx" -std=c++20 -O2 -I"$src/include" "$src/bench/e7_peak_memory.cpp" -o "$build/e7_peak_memory"
fi

echo "== installing @quri/squiggle-lang into $build/squiggle"
cp "$src/bench/squiggle/package.json" "$src/bench/squiggle/e7.mjs" "$build/squiggle/"
squiggle=1
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "node or npm not found: no Squiggle comparison" >&2
  squiggle=0
elif ! npm install --prefix "$build/squiggle" --no-audit --no-fund --loglevel=error >"$build/squiggle/npm.log" 2>&1; then
  cat "$build/squiggle/npm.log" >&2
  echo "npm install failed: no Squiggle comparison" >&2
  squiggle=0
fi

echo "== Google Benchmark: curveshift and the plain std::mt19937_64 loop"
"$build/bench_monte_carlo" --benchmark_filter='_e7$' --benchmark_repetitions="$reps" \
  --benchmark_enable_random_interleaving=true \
  --benchmark_out="$build/bench_monte_carlo.json" --benchmark_out_format=json

squiggle_line="median_ms=0 cpu_median_ms=0"
if ((squiggle)); then
  echo "== Squiggle"
  if squiggle_line="$(cd "$build/squiggle" && node e7.mjs 1000000 "$reps")"; then
    echo "$squiggle_line"
  else
    echo "Squiggle run failed: no Squiggle comparison" >&2
    squiggle=0
    squiggle_line="median_ms=0 cpu_median_ms=0"
  fi
fi

echo "== peak memory"
memory_line="$("$build/e7_peak_memory")"
echo "$memory_line"

node - "$build/bench_monte_carlo.json" "$squiggle_line" "$memory_line" "$squiggle" "$reps" <<'JS'
const fs = require("fs");
const [json, squiggleLine, memoryLine, haveSquiggle, reps] = process.argv.slice(2);
const runs = JSON.parse(fs.readFileSync(json, "utf8")).benchmarks;
const median = (name, field) => {
  // With one repetition there is no aggregate; the run itself is the figure.
  const r = runs.find((b) => b.name === `${name}_median`) ?? runs.find((b) => b.name === name);
  const scale = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 }[r.time_unit];
  return r[field] * scale;
};
const cs = median("curveshift_e7", "real_time");
const plain = median("plain_loop_e7", "real_time");
const csCpu = median("curveshift_e7", "cpu_time");
const plainCpu = median("plain_loop_e7", "cpu_time");
const sq = haveSquiggle === "1" ? Number(/ median_ms=([\d.]+)/.exec(squiggleLine)[1]) : NaN;
const sqCpu = haveSquiggle === "1" ? Number(/cpu_median_ms=([\d.]+)/.exec(squiggleLine)[1]) : NaN;
const peak = Number(/peak_rss_mib=([\d.]+)/.exec(memoryLine)[1]);
const pass = (ok) => (ok ? "PASS" : "FAIL");
console.log(`\n== E7 Monte Carlo, 1,000,000 draws, end to end (medians of ${reps})`);
console.log("                              wall-clock     CPU time");
const row = (name, w, c) => console.log(`${name.padEnd(28)} ${w.toFixed(1).padStart(9)} ms ${c.toFixed(1).padStart(9)} ms`);
row("curveshift samples<double>", cs, csCpu);
row("plain mt19937_64 loop", plain, plainCpu);
if (haveSquiggle === "1") {
  row("Squiggle 0.10.0", sq, sqCpu);
  console.log(`vs Squiggle:   wall ${(sq / cs).toFixed(1)}x, CPU ${(sqCpu / csCpu).toFixed(1)}x faster (bar >= 50x)  ` +
              `wall ${pass(sq / cs >= 50)}, CPU ${pass(sqCpu / csCpu >= 50)}`);
} else {
  console.log("vs Squiggle:   not measured (node, npm or the package unavailable)");
}
console.log(`vs plain loop: wall ${(plain / cs).toFixed(2)}x, CPU ${(plainCpu / csCpu).toFixed(2)}x faster (bar >= 2x)  ` +
            `wall ${pass(plain / cs >= 2)}, CPU ${pass(plainCpu / csCpu >= 2)}`);
console.log("(on a shared, loaded machine wall-clock includes time spent descheduled; CPU time is the work done)");
console.log(`peak memory:   ${peak.toFixed(1)} MiB process peak RSS (bar <= 64 MiB)  ${pass(peak <= 64)}`);
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : "na");
console.log(`bars plain_wall ${f(plain / cs)} plain_cpu ${f(plainCpu / csCpu)} squiggle_wall ${f(sq / cs)} ` +
            `squiggle_cpu ${f(sqCpu / csCpu)} peak_mib ${peak.toFixed(1)}`);
JS
