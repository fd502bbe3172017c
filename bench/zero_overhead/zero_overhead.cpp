// bench/zero_overhead/zero_overhead.cpp: the zero-overhead pairs for callgrind.
//
// Time on a shared machine wobbles by several percent; an instruction count
// does not. This program runs one side of one model of bench/models.hpp (the
// same code bench_core.cpp times), `passes` passes over the 4096 inputs:
//   zero_overhead <model>_<side> [passes]
// models: chain, e7, e2, run; sides: typed, typed_values, raw, raw_seconds,
// raw_checked (see bench/models.hpp). And the curves' sides of
// bench/curve_passes.hpp (the code bench_curves.cpp times), 1024 evaluations
// a pass: zero_overhead log_linear_score_at_typed_values [passes], and so on. bench/zero_overhead/run.sh runs each
// under `valgrind --tool=callgrind --toggle-collect=curveshift_zero_overhead_run`
// so start-up and input generation are not counted, and prints the ratios.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>

#include "../curve_passes.hpp"
#include "../models.hpp"

namespace {

namespace cb = curveshift_bench;

// Built before main, outside the counted function.
const cb::chain_inputs in = cb::make_chain_inputs();
const cb::held_inputs held = cb::make_held_inputs(in);
// The curves' inputs are made on first use: use them once here, so the
// counted passes do not count making them.
[[maybe_unused]] const bool curve_inputs_made =
    !cb::typed_spends().empty() && !cb::raw_spends().empty() && !cb::typed_scores().empty() && !cb::raw_shares().empty();

// Keeps a value alive without a library: the asm claims to read it, so the
// compiler must compute it, and costs no instruction of its own.
inline void keep(double x) { asm volatile("" : : "x"(x)); }

}  // namespace

// extern "C" and noinline so callgrind's --toggle-collect can name it; the
// model is a template argument, so each side's loop is compiled on its own
// and inlined into one instantiation (a function pointer would add a call).
template <class Model>
[[gnu::noinline]] void run_passes(Model model, int passes) {
  for (int p = 0; p < passes; ++p) keep(cb::pass(model));
}
template <class Pass>
[[gnu::noinline]] void run_curve_passes(Pass pass, int passes) {
  for (int p = 0; p < passes; ++p) keep(pass());
}

extern "C" [[gnu::noinline]] int curveshift_zero_overhead_run(std::string_view side, int passes) {
#define CURVESHIFT_SIDES(model)                                                                                         \
  if (side == #model "_typed") return run_passes([](std::size_t i) { return cb::model##_typed(in, i); }, passes), 0;  \
  if (side == #model "_typed_values")                                                                               \
    return run_passes([](std::size_t i) { return cb::model##_typed_values(held, i); }, passes), 0;                  \
  if (side == #model "_raw") return run_passes([](std::size_t i) { return cb::model##_raw(in, i); }, passes), 0;      \
  if (side == #model "_raw_seconds")                                                                                \
    return run_passes([](std::size_t i) { return cb::model##_raw_seconds(in, held, i); }, passes), 0;               \
  if (side == #model "_raw_checked")                                                                                \
    return run_passes([](std::size_t i) { return cb::model##_raw_checked(in, i); }, passes), 0;
  CURVESHIFT_SIDES(chain)
  CURVESHIFT_SIDES(e7)
  CURVESHIFT_SIDES(e2)
  CURVESHIFT_SIDES(run)
#undef CURVESHIFT_SIDES
#define CURVESHIFT_CURVE_SIDE(name) \
  if (side == #name) return run_curve_passes([] { return cb::name(); }, passes), 0;
  CURVESHIFT_CURVE_SIDE(log_linear_score_at_typed_values)
  CURVESHIFT_CURVE_SIDE(log_linear_score_at_raw)
  CURVESHIFT_CURVE_SIDE(log_linear_cost_for_typed_values)
  CURVESHIFT_CURVE_SIDE(log_linear_cost_for_raw)
  CURVESHIFT_CURVE_SIDE(log_linear_cost_for_raw_checked)
  CURVESHIFT_CURVE_SIDE(logistic_score_at_typed_values)
  CURVESHIFT_CURVE_SIDE(logistic_score_at_raw)
#undef CURVESHIFT_CURVE_SIDE
  return 2;
}

int main(int argc, char** argv) {
  const std::string_view side = argc > 1 ? argv[1] : "";
  const int passes = argc > 2 ? std::atoi(argv[2]) : 100;
  if (curveshift_zero_overhead_run(side, passes) != 0) {
    std::fputs("usage: zero_overhead <chain|e7|e2|run>_<typed|typed_values|raw|raw_seconds|raw_checked> [passes]\n"
               "       zero_overhead <log_linear_score_at|log_linear_cost_for|logistic_score_at>_<typed_values|raw> [passes]\n",
               stderr);
    return 2;
  }
  return 0;
}
