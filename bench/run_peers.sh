#!/usr/bin/env bash
# run_peers.sh: the uncertainty issue's comparisons, in one run on one machine:
#   the "time to botec" mixture model, 1,000,000 draws: curveshift, the plain
#     C++ loop, plain C, numpy, Squiggle and squiggle.c (one core each)
#     bar: curveshift faster than squiggle.c
#   the E7 model, 1,000,000 draws: the same six (curveshift and the plain C++
#     loop from bench_monte_carlo)
#   E7 on 10,000,000 draws through simulate() on 1 and 2 threads
#     bar: 2 threads within 1.3x of linear scaling (speed-up >= 2 / 1.3)
#   E7 on 100,000,000 draws through simulate(): peak memory
#     bar: <= 64 MiB
#
# Usage: bench/run_peers.sh [build_dir]   (default build/bench/bench, the bench preset's)
# Peers that are not here are reported SKIPPED, never fetched:
#   numpy       Debian's python3-numpy for /usr/bin/python3
#   Squiggle    node and npm (the npm registry); installed into $build/squiggle
#   squiggle.c  SQUIGGLE_C_DIR=<a copy of github.com/NunoSempere/squiggle.c>
# Without squiggle.c the script estimates it from plain C measured here and
# the published ratio of the two (12.7 ms / 5.6 ms on the comparison's
# machine), and says so.
set -uo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$src/build/bench/bench}"
for program in bench_peers bench_monte_carlo e7_stream; do
  [[ -x $build/$program ]] || { echo "$build/$program not built (cmake --preset bench && cmake --build build/bench)" >&2; exit 2; }
done
work="$build/peers"
mkdir -p "$work"
cc="${CC:-cc}"
median() { sed -n "s/.* median_ms=\([0-9.]*\).*/\1/p" <<<"$1"; }

echo "== curveshift and the plain C++ loop (Google Benchmark, medians of 5)"
"$build/bench_peers" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_out="$work/bench_peers.json" --benchmark_out_format=json | grep median
# gb FILE NAME: a benchmark's real time in ms from Google Benchmark's JSON.
gb() { node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).benchmarks
    .find((b) => b.name === process.argv[2]);
  const scale = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 }[r.time_unit];
  console.log((r.real_time * scale).toFixed(2));' "$1" "$2"; }
echo "== E7: curveshift and the plain C++ loop (bench_monte_carlo, medians of 5)"
"$build/bench_monte_carlo" --benchmark_filter='_e7$' --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_out="$work/bench_e7.json" --benchmark_out_format=json | grep median
cs_e7=$(gb "$work/bench_e7.json" curveshift_e7_median)
plain_cpp_e7=$(gb "$work/bench_e7.json" plain_loop_e7_median)
cs_mix=$(gb "$work/bench_peers.json" curveshift_mixture_median)
plain_cpp=$(gb "$work/bench_peers.json" plain_loop_mixture_median)
t1=$(gb "$work/bench_peers.json" e7_stream_threads/1/real_time_median)
t2=$(gb "$work/bench_peers.json" e7_stream_threads/2/real_time_median)

echo "== plain C"
"$cc" -std=c11 -O3 -march=native "$src/bench/peers/mixture_plain.c" -lm -o "$work/mixture_plain"
plain_c_line=$("$work/mixture_plain" 1e6 7); echo "$plain_c_line"
plain_c=$(median "$(grep plain_c_mixture <<<"$plain_c_line")")
plain_c_e7=$(median "$(grep plain_c_e7 <<<"$plain_c_line")")

squiggle_c="SKIPPED"; squiggle_c_e7="SKIPPED"
if [[ -n ${SQUIGGLE_C_DIR:-} ]]; then
  echo "== squiggle.c from $SQUIGGLE_C_DIR"
  if "$cc" -std=c11 -O3 -march=native -I"$SQUIGGLE_C_DIR" "$src/bench/peers/squiggle_c_mixture.c" \
       "$SQUIGGLE_C_DIR/squiggle.c" -lm -o "$work/squiggle_c_mixture"; then
    line=$("$work/squiggle_c_mixture" 1e6 7); echo "$line"
    squiggle_c=$(median "$(grep squiggle_c_mixture <<<"$line")"); squiggle_c_e7=$(median "$(grep squiggle_c_e7 <<<"$line")")
  else
    echo "squiggle.c did not build against bench/peers/squiggle_c_mixture.c: SKIPPED" >&2
  fi
else
  echo "== squiggle.c: SKIPPED (set SQUIGGLE_C_DIR to a copy of it)"
fi

numpy_mix="SKIPPED"; numpy_e7="SKIPPED"
if /usr/bin/python3 -c "import numpy" 2>/dev/null; then
  echo "== numpy"
  out=$(/usr/bin/python3 "$src/bench/peers/models_numpy.py" 1e6 5); echo "$out"
  numpy_mix=$(median "$(grep numpy_mixture <<<"$out")"); numpy_e7=$(median "$(grep numpy_e7 <<<"$out")")
else
  echo "== numpy: SKIPPED (apt install python3-numpy)"
fi

squiggle="SKIPPED"; squiggle_e7="SKIPPED"
if command -v node >/dev/null && command -v npm >/dev/null; then
  echo "== Squiggle (@quri/squiggle-lang, installed into $work/squiggle)"
  mkdir -p "$work/squiggle"
  cp "$src/bench/squiggle/package.json" "$src/bench/squiggle/e7.mjs" "$work/squiggle/"
  if npm install --prefix "$work/squiggle" --no-audit --no-fund --loglevel=error >"$work/squiggle/npm.log" 2>&1 &&
     line=$(cd "$work/squiggle" && node e7.mjs 1000000 3 mixture) &&
     line_e7=$(cd "$work/squiggle" && node e7.mjs 1000000 3 e7); then
    echo "$line"; echo "$line_e7"; squiggle=$(median "$line"); squiggle_e7=$(median "$line_e7")
  else
    echo "Squiggle unavailable: SKIPPED" >&2
  fi
else
  echo "== Squiggle: SKIPPED (no node or npm)"
fi

echo "== E7 on 100,000,000 draws through simulate(), all cores"
stream_line=$("$build/e7_stream" 1e8 0); echo "$stream_line"
peak=$(sed -n 's/.*peak_rss_mib=\([0-9.]*\).*/\1/p' <<<"$stream_line")

node - "$cs_mix" "$plain_cpp" "$plain_c" "$squiggle_c" "$numpy_mix" "$squiggle" "$t1" "$t2" "$peak" \
  "$cs_e7" "$plain_cpp_e7" "$plain_c_e7" "$squiggle_c_e7" "$numpy_e7" "$squiggle_e7" <<'JS'
const [cs, cpp, c, sqc, np, sq, t1, t2, peak, ...e7] = process.argv.slice(2);
const num = (x) => (x === "SKIPPED" ? NaN : Number(x));
const pass = (ok) => (ok ? "PASS" : "FAIL");
const table = (title, times) => {
  console.log(`\n== ${title}, 1,000,000 draws, one core (median ms)`);
  const names = ["curveshift", "plain C++ loop (std::lognormal_distribution)", "plain C", "squiggle.c", "numpy", "Squiggle"];
  names.forEach((name, i) => {
    const t = num(times[i]);
    console.log(`${name.padEnd(46)} ${Number.isFinite(t) ? t.toFixed(1).padStart(8) + " ms" : "     SKIPPED"}` +
                (Number.isFinite(t) && i > 0 ? `   curveshift ${(t / num(times[0])).toFixed(2)}x faster` : ""));
  });
};
table("the time-to-botec mixture model", [cs, cpp, c, sqc, np, sq]);
table("E7", e7);
let squiggleC = num(sqc), how = "measured";
if (!Number.isFinite(squiggleC)) { squiggleC = num(c) * 12.7 / 5.6; how = "estimated: plain C here x 12.7 / 5.6"; }
console.log(`vs squiggle.c (${how}): ${squiggleC.toFixed(1)} ms, curveshift ${(squiggleC / num(cs)).toFixed(2)}x faster (bar > 1)  ${pass(squiggleC > num(cs))}`);
const speedup = num(t1) / num(t2);
console.log(`simulate, 1e7 E7 draws: 1 thread ${num(t1).toFixed(0)} ms, 2 threads ${num(t2).toFixed(0)} ms: ` +
            `${speedup.toFixed(2)}x (bar >= ${(2 / 1.3).toFixed(2)}, within 1.3x of linear)  ${pass(speedup >= 2 / 1.3)}`);
console.log(`simulate, 1e8 E7 draws: peak RSS ${num(peak).toFixed(1)} MiB (bar <= 64 MiB)  ${pass(num(peak) <= 64)}`);
JS
