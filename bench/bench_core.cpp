// bench/bench_core.cpp: the typed API against the same arithmetic on raw doubles.
//
// The promise: quantities, multipliers and trends cost nothing at run time.
// Three essay models (the curve-free chain, E7 and E2; bench/models.hpp) run
// on every side of bench/models.hpp over the same 4096 inputs
// (bench/chain_inputs.hpp); a pass sums the model over the inputs and reads
// the total once. bench/run_all.sh reads the medians of a run with
// interleaved repetitions and prints the ratios against the bar (<= 1.05):
//   <model>_typed_values / <model>_raw and / <model>_raw_seconds: the cost of
//     the types on values a model holds (the same arithmetic);
//   <model>_typed / <model>_raw_checked: the cost of the types when every
//     input is built from a double and checked where it enters, against raw
//     code that checks the same inputs;
//   <model>_typed / <model>_raw: shown, not judged: what checking each input
//     costs over raw code that checks nothing.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>

#include "models.hpp"

namespace {

namespace cb = curveshift_bench;

const cb::chain_inputs inputs = cb::make_chain_inputs();
const cb::held_inputs held = cb::make_held_inputs(inputs);

template <class Model>
void run(benchmark::State& state, Model model) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(cb::pass(model));
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(cb::chain_size));
}

// One benchmark per model and side, named <model>_<side> for run_all.sh.
#define CURVESHIFT_BENCH_SIDES(model)                                                                              \
  void model##_typed(benchmark::State& s) {                                                                        \
    run(s, [](std::size_t i) { return cb::model##_typed(inputs, i); });                                            \
  }                                                                                                                \
  BENCHMARK(model##_typed);                                                                                        \
  void model##_typed_values(benchmark::State& s) {                                                                 \
    run(s, [](std::size_t i) { return cb::model##_typed_values(held, i); });                                       \
  }                                                                                                                \
  BENCHMARK(model##_typed_values);                                                                                 \
  void model##_raw(benchmark::State& s) {                                                                          \
    run(s, [](std::size_t i) { return cb::model##_raw(inputs, i); });                                              \
  }                                                                                                                \
  BENCHMARK(model##_raw);                                                                                          \
  void model##_raw_seconds(benchmark::State& s) {                                                                  \
    run(s, [](std::size_t i) { return cb::model##_raw_seconds(inputs, held, i); });                               \
  }                                                                                                                \
  BENCHMARK(model##_raw_seconds);                                                                                  \
  void model##_raw_checked(benchmark::State& s) {                                                                  \
    run(s, [](std::size_t i) { return cb::model##_raw_checked(inputs, i); });                                      \
  }                                                                                                                \
  BENCHMARK(model##_raw_checked);

CURVESHIFT_BENCH_SIDES(chain)
CURVESHIFT_BENCH_SIDES(e7)
CURVESHIFT_BENCH_SIDES(e2)

}  // namespace

BENCHMARK_MAIN();
