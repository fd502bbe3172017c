// The E7 model of ../../../shared/arithmetic.md in Squiggle, for
// bench/run_monte_carlo.sh: months = 9 to 12, gap = 1.5 to 2.5 (90% intervals,
// lognormal as in curveshift's between()), ratio = 4^(months/12) * gap, then
// the mean and three percentiles, with sampleCount set through the environment.
//
// Timing is in-process and end to end for one run (parse, draws, arithmetic,
// summaries): node start-up and the package import are excluded. The run is
// repeated and the median printed (wall-clock, and CPU time of the node
// process, which is the fairer figure on a shared machine), after one
// warm-up run for the JIT.
//
// Also the "time to botec" mixture model, for bench/run_peers.sh, as the
// third argument: mixture(0, 1, 1 to 3, 2 to 10) with weights 1 - p_c,
// p_c/2, p_c/4, p_c/4 (p_c = 0.8 x 0.5), and its mean.
//
// Usage: node e7.mjs [sampleCount] [repeats] [e7|mixture]   (run from the folder holding node_modules)
import { run, defaultEnvironment } from "@quri/squiggle-lang";

const sampleCount = Number(process.argv[2] ?? 1_000_000);
const repeats = Number(process.argv[3] ?? 5);

const model = process.argv[4] ?? "e7";

const mixtureCode = `
p_c = 0.8 * 0.5
result = mixture(pointMass(0), pointMass(1), 1 to 3, 2 to 10, [1 - p_c, p_c / 2, p_c / 4, p_c / 4])
summary = {
  mean: mean(result),
  p5: quantile(result, 0.05),
  p50: quantile(result, 0.5),
  p95: quantile(result, 0.95),
}
summary
`;

const e7Code = `
months = 9 to 12
gap = 1.5 to 2.5
ratio = 4 ^ (months / 12) * gap
summary = {
  mean: mean(ratio),
  p5: quantile(ratio, 0.05),
  p50: quantile(ratio, 0.5),
  p95: quantile(ratio, 0.95),
}
summary
`;

const code = model === "mixture" ? mixtureCode : e7Code;
const environment = { ...defaultEnvironment, sampleCount };

async function once() {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const output = await run(code, { environment });
  const result = output.getEndResult();
  if (!result.ok) throw new Error(`Squiggle failed: ${result.value.toString()}`);
  const dict = result.value.value;
  const stats = {};
  for (const key of ["mean", "p5", "p50", "p95"]) stats[key] = dict.get(key).value;
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);  // all of node's threads (GC helpers included)
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, stats };
}

await once();  // warm-up: JIT compilation is not the model's cost
const times = [];
const cpuTimes = [];
let last;
for (let i = 0; i < repeats; ++i) {
  last = await once();
  times.push(last.ms);
  cpuTimes.push(last.cpuMs);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)];
console.log(`squiggle_${model} sampleCount=${sampleCount} repeats=${repeats} median_ms=${median.toFixed(1)} ` +
            `cpu_median_ms=${cpuMedian.toFixed(1)} ` +
            `times_ms=[${times.map((t) => t.toFixed(1)).join(", ")}] ` +
            `mean=${last.stats.mean.toFixed(4)} p5=${last.stats.p5.toFixed(4)} ` +
            `p50=${last.stats.p50.toFixed(4)} p95=${last.stats.p95.toFixed(4)}`);
