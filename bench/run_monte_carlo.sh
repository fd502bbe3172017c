#!/usr/bin/env bash
# run_monte_carlo.sh: the E7 Monte Carlo model with 1,000,000 draws, three
# ways in one run on one machine, against the bars of the uncertainty issue:
#   curveshift (samples<double> through the typed API)  >= 50x faster than Squiggle
#                                                       >= 2x faster than the plain loop
#   peak memory of the 1M model                          <= 64 MiB
#
# Usage: bench/run_monte_carlo.sh [build_dir]   (default: build/bench-monte-carlo)
# Needs g++ with C++20, Google Benchmark (libbenchmark-dev), node and npm.
# The Squiggle package is installed into <build_dir>/squiggle from the npm
# registry, never into the source tree. Times are medians of wall-clock
# time: Google Benchmark's median over repetitions; Squiggle's median over
# in-process runs after a warm-up (node start-up and package load excluded).
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$src/build/bench-monte-carlo}"
mkdir -p "$build/squiggle"
build="$(cd "$build" && pwd)"
cxx="${CXX:-g++}"

echo "== building (${cxx} -O2) into $build"
"$cxx" -std=c++20 -O2 -I"$src/include" "$src/bench/bench_monte_carlo.cpp" -lbenchmark -lpthread \
  -o "$build/bench_monte_carlo"
"$cxx" -std=c++20 -O2 -I"$src/include" "$src/bench/e7_peak_memory.cpp" -o "$build/e7_peak_memory"

echo "== installing @quri/squiggle-lang into $build/squiggle"
cp "$src/bench/squiggle/package.json" "$src/bench/squiggle/e7.mjs" "$build/squiggle/"
npm install --prefix "$build/squiggle" --no-audit --no-fund --loglevel=error >/dev/null

echo "== Google Benchmark: curveshift and the plain std::mt19937_64 loop"
"$build/bench_monte_carlo" --benchmark_filter='_e7$' --benchmark_repetitions=5 \
  --benchmark_out="$build/bench_monte_carlo.json" --benchmark_out_format=json

echo "== Squiggle"
squiggle_line="$(cd "$build/squiggle" && node e7.mjs 1000000 5)"
echo "$squiggle_line"

echo "== peak memory"
memory_line="$("$build/e7_peak_memory")"
echo "$memory_line"

node - "$build/bench_monte_carlo.json" "$squiggle_line" "$memory_line" <<'JS'
const fs = require("fs");
const [json, squiggleLine, memoryLine] = process.argv.slice(2);
const runs = JSON.parse(fs.readFileSync(json, "utf8")).benchmarks;
const median = (name, field) => {
  const r = runs.find((b) => b.name === `${name}_median`);
  const scale = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 }[r.time_unit];
  return r[field] * scale;
};
const cs = median("curveshift_e7", "real_time");
const plain = median("plain_loop_e7", "real_time");
const sq = Number(/ median_ms=([\d.]+)/.exec(squiggleLine)[1]);
const csCpu = median("curveshift_e7", "cpu_time");
const plainCpu = median("plain_loop_e7", "cpu_time");
const sqCpu = Number(/cpu_median_ms=([\d.]+)/.exec(squiggleLine)[1]);
const peak = Number(/peak_rss_mib=([\d.]+)/.exec(memoryLine)[1]);
const pass = (ok) => (ok ? "PASS" : "FAIL");
console.log("\n== E7 Monte Carlo, 1,000,000 draws, end to end (medians)");
console.log("                              wall-clock     CPU time");
const row = (name, w, c) => console.log(`${name.padEnd(28)} ${w.toFixed(1).padStart(9)} ms ${c.toFixed(1).padStart(9)} ms`);
row("curveshift samples<double>", cs, csCpu);
row("plain mt19937_64 loop", plain, plainCpu);
row("Squiggle 0.10.0", sq, sqCpu);
console.log(`vs Squiggle:   wall ${(sq / cs).toFixed(1)}x, CPU ${(sqCpu / csCpu).toFixed(1)}x faster (bar >= 50x)  ` +
            `wall ${pass(sq / cs >= 50)}, CPU ${pass(sqCpu / csCpu >= 50)}`);
console.log(`vs plain loop: wall ${(plain / cs).toFixed(2)}x, CPU ${(plainCpu / csCpu).toFixed(2)}x faster (bar >= 2x)  ` +
            `wall ${pass(plain / cs >= 2)}, CPU ${pass(plainCpu / csCpu >= 2)}`);
console.log("(on a shared, loaded machine wall-clock includes time spent descheduled; CPU time is the work done)");
console.log(`peak memory:   ${peak.toFixed(1)} MiB process peak RSS (bar <= 64 MiB)  ${pass(peak <= 64)}`);
JS
