// bench/zero_overhead/zero_overhead.cpp: the zero-overhead pair for callgrind.
//
// Time on a shared machine wobbles by several percent; an instruction count
// does not. This program runs the curve-free chain of bench_core.cpp (spend x
// compute multiplier x 4x/year trend over a span) over the same 4096 inputs,
// `passes` times, on one side: `zero_overhead typed [passes]` or
// `zero_overhead raw [passes]`; `raw_checked` is raw doubles with each input
// and the result checked once, as bench_core's *_raw_checked. bench/zero_overhead/run.sh runs both under
// `valgrind --tool=callgrind --toggle-collect=<side's loop>` so start-up and
// input generation are not counted, and prints typed / raw.
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <curveshift/essay.hpp>
#include <curveshift/multiplier.hpp>
#include <curveshift/quantity.hpp>
#include <curveshift/trend.hpp>

#include "../chain_inputs.hpp"

namespace {

using curveshift_bench::chain_size;

// Keeps a value alive without a library: the asm claims to read it, so the
// compiler must compute it, and costs no instruction of its own.
inline void keep(double x) { asm volatile("" : : "x"(x)); }

}  // namespace

// extern "C" and noinline so callgrind's --toggle-collect can name them.
extern "C" [[gnu::noinline]] void curveshift_zero_overhead_typed(const curveshift_bench::chain_inputs& in,
                                                                 int passes) {
  using namespace curveshift;
  const trend<> cost = essay::cost_trend;
  for (int p = 0; p < passes; ++p) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const money<> effective = usd(in.spend[i]) * multiplier{in.cm[i]} * cost.over(months(in.span_months[i]));
      keep(effective.base_value());
    }
  }
}

extern "C" [[gnu::noinline]] void curveshift_zero_overhead_raw(const curveshift_bench::chain_inputs& in, int passes) {
  const double rate = std::log(4.0);  // 4x/year as a continuous rate
  for (int p = 0; p < passes; ++p) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double effective = in.spend[i] * in.cm[i] * std::exp(rate * in.span_months[i] / 12.0);
      keep(effective);
    }
  }
}

extern "C" [[gnu::noinline]] void curveshift_zero_overhead_raw_checked(const curveshift_bench::chain_inputs& in,
                                                                       int passes) {
  using curveshift_bench::raw_check;
  using curveshift_bench::raw_max;
  const double rate = std::log(4.0);
  for (int p = 0; p < passes; ++p) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double spend = in.spend[i];
      const double cm = in.cm[i];
      const double span = in.span_months[i];
      raw_check(spend >= 0 && spend <= raw_max, "spend");
      raw_check(cm > 0 && cm <= raw_max, "multiplier");
      raw_check(span >= -raw_max && span <= raw_max, "span");
      const double effective = spend * cm * std::exp(rate * span / 12.0);
      raw_check(effective <= raw_max, "result");
      keep(effective);
    }
  }
}

int main(int argc, char** argv) {
  const std::string_view side = argc > 1 ? argv[1] : "";
  const int passes = argc > 2 ? std::atoi(argv[2]) : 100;
  const curveshift_bench::chain_inputs in = curveshift_bench::make_chain_inputs();
  if (side == "typed") {
    curveshift_zero_overhead_typed(in, passes);
  } else if (side == "raw") {
    curveshift_zero_overhead_raw(in, passes);
  } else if (side == "raw_checked") {
    curveshift_zero_overhead_raw_checked(in, passes);
  } else {
    std::fputs("usage: zero_overhead typed|raw|raw_checked [passes]\n", stderr);
    return 2;
  }
  return 0;
}
