// bench/bench_core.cpp: the typed API against the same arithmetic on raw doubles.
//
// The promise: quantities, multipliers and trends cost nothing at run time.
// Three essay models (the curve-free chain, E7 and E2; bench/models.hpp) run
// on every side of bench/models.hpp over the same 4096 inputs
// (bench/chain_inputs.hpp); a pass sums the model over the inputs and reads
// the total once. Each benchmark is a pair, <typed side>_vs_<raw side>, timed
// pass against pass (bench/paired.hpp); bench/run_all.sh judges its ratio
// counter against the bar (<= 1.05):
//   <model>_typed_values_vs_raw and _vs_raw_seconds: the cost of the types on
//     values a model holds (the same arithmetic);
//   <model>_typed_vs_raw_checked: the cost of the types when every input is
//     built from a double and checked where it enters, against raw code that
//     checks the same inputs;
//   <model>_typed_vs_raw: shown, not judged: what checking each input costs
//     over raw code that checks nothing.
#include <benchmark/benchmark.h>

#include <cstddef>

#include "models.hpp"
#include "paired.hpp"

namespace {

namespace cb = curveshift_bench;

const cb::chain_inputs inputs = cb::make_chain_inputs();
const cb::held_inputs held = cb::make_held_inputs(inputs);

// One pass of a model's side: the model summed over every input.
#define CURVESHIFT_SIDE(model, side, ...) [] { return cb::pass([](std::size_t i) { return cb::model##_##side(__VA_ARGS__, i); }); }

// The pairs of one model, named <model>_<typed side>_vs_<raw side> for run_all.sh.
#define CURVESHIFT_BENCH_PAIR(model, typed_side, typed_args, raw_side, ...)                                        \
  void model##_##typed_side##_vs_##raw_side(benchmark::State& s) {                                                 \
    cb::paired(s, CURVESHIFT_SIDE(model, typed_side, typed_args), CURVESHIFT_SIDE(model, raw_side, __VA_ARGS__),    \
               cb::chain_size);                                                                                    \
  }                                                                                                                \
  BENCHMARK(model##_##typed_side##_vs_##raw_side);
#define CURVESHIFT_BENCH_PAIRS(model)                                                                              \
  CURVESHIFT_BENCH_PAIR(model, typed_values, held, raw, inputs)                                                    \
  CURVESHIFT_BENCH_PAIR(model, typed_values, held, raw_seconds, inputs, held)                                      \
  CURVESHIFT_BENCH_PAIR(model, typed, inputs, raw_checked, inputs)                                                 \
  CURVESHIFT_BENCH_PAIR(model, typed, inputs, raw, inputs)

CURVESHIFT_BENCH_PAIRS(chain)
CURVESHIFT_BENCH_PAIRS(e7)
CURVESHIFT_BENCH_PAIRS(run)
CURVESHIFT_BENCH_PAIRS(e2)

}  // namespace

BENCHMARK_MAIN();
