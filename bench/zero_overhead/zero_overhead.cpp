// bench/zero_overhead/zero_overhead.cpp: the zero-overhead pairs for callgrind.
//
// Time on a shared machine wobbles by several percent; an instruction count
// does not. This program runs one side of a pair of bench_core.cpp over the
// same 4096 inputs, `passes` times: `zero_overhead <side> [passes]`. Sides:
//   chain_typed         spend x compute multiplier x 4x/year trend over a span,
//                       typed values built from the doubles in the loop
//   chain_raw           the same on raw doubles (span in months / 12)
//   chain_raw_checked   raw doubles, each input and the result checked once
//   chain_typed_values  the chain on typed values made once (money, multiplier,
//                       time_span), as a model holds them
//   chain_raw_seconds   raw doubles on the span in seconds, as time_span holds it
//   e2_typed_values     E2: the coding curve shifted by a multiplier and the
//                       trend, inverted at a target score, on typed values
//   e2_raw_seconds      the same arithmetic on raw doubles
// bench/zero_overhead/run.sh runs each under `valgrind --tool=callgrind
// --toggle-collect=<side's loop>` so start-up and input generation are not
// counted, and prints typed / raw per pair.
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include <curveshift/curves/log_linear.hpp>
#include <curveshift/essay.hpp>
#include <curveshift/multiplier.hpp>
#include <curveshift/quantity.hpp>
#include <curveshift/score.hpp>
#include <curveshift/trend.hpp>

#include "../chain_inputs.hpp"

namespace {

using curveshift_bench::chain_size;

// Keeps a value alive without a library: the asm claims to read it, so the
// compiler must compute it, and costs no instruction of its own.
inline void keep(double x) { asm volatile("" : : "x"(x)); }

// The inputs as a model holds them: typed values, made and checked once.
struct typed_values {
  std::vector<curveshift::money<>> spend;
  std::vector<curveshift::multiplier<>> cm;
  std::vector<curveshift::time_span<>> span;
  std::vector<curveshift::score<>> target;
};

// The raw side of the values pairs: the span in seconds.
struct raw_values {
  std::vector<double> span_seconds;
};

}  // namespace

// extern "C" and noinline so callgrind's --toggle-collect can name them.
extern "C" [[gnu::noinline]] void curveshift_zero_overhead_chain_typed(const curveshift_bench::chain_inputs& in,
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

extern "C" [[gnu::noinline]] void curveshift_zero_overhead_chain_raw(const curveshift_bench::chain_inputs& in,
                                                                     int passes) {
  const double rate = std::log(4.0);  // 4x/year as a continuous rate
  for (int p = 0; p < passes; ++p) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double effective = in.spend[i] * in.cm[i] * std::exp(rate * in.span_months[i] / 12.0);
      keep(effective);
    }
  }
}

extern "C" [[gnu::noinline]] void curveshift_zero_overhead_chain_raw_checked(const curveshift_bench::chain_inputs& in,
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

extern "C" [[gnu::noinline]] void curveshift_zero_overhead_chain_typed_values(const typed_values& in, int passes) {
  using namespace curveshift;
  const trend<> cost = essay::cost_trend;
  for (int p = 0; p < passes; ++p) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const money<> effective = in.spend[i] * in.cm[i] * cost.over(in.span[i]);
      keep(effective.base_value());
    }
  }
}

extern "C" [[gnu::noinline]] void curveshift_zero_overhead_chain_raw_seconds(const curveshift_bench::chain_inputs& in,
                                                                             const raw_values& raw, int passes) {
  const double rate = std::log(4.0);
  for (int p = 0; p < passes; ++p) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double effective = in.spend[i] * in.cm[i] * std::exp(rate * (raw.span_seconds[i] / 31556952.0));
      keep(effective);
    }
  }
}

extern "C" [[gnu::noinline]] void curveshift_zero_overhead_e2_typed_values(const typed_values& in, int passes) {
  using namespace curveshift;
  for (int p = 0; p < passes; ++p) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const money<> cost =
          essay::coding_curve.shifted_by(in.cm[i] * essay::cost_trend.over(in.span[i])).cost_for(in.target[i]);
      keep(cost.base_value());
    }
  }
}

extern "C" [[gnu::noinline]] void curveshift_zero_overhead_e2_raw_seconds(const curveshift_bench::chain_inputs& in,
                                                                          const raw_values& raw, int passes) {
  // What log_linear::shifted_by and cost_for compute (see bench_core.cpp, E2).
  const double rate_per_second = std::log(4.0) / 31556952.0;
  const double level = 0.2, share_per_decade = 0.2, reference = 1e6;
  for (int p = 0; p < passes; ++p) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double shifted_reference = reference / (in.cm[i] * std::exp(raw.span_seconds[i] * rate_per_second));
      const double cost = shifted_reference * std::pow(10.0, (in.target_share[i] - level) / share_per_decade);
      keep(cost);
    }
  }
}

int main(int argc, char** argv) {
  using namespace curveshift;
  const std::string_view side = argc > 1 ? argv[1] : "";
  const int passes = argc > 2 ? std::atoi(argv[2]) : 100;
  const curveshift_bench::chain_inputs in = curveshift_bench::make_chain_inputs();
  typed_values typed;
  raw_values raw;
  for (std::size_t i = 0; i < chain_size; ++i) {
    typed.spend.push_back(usd(in.spend[i]));
    typed.cm.push_back(multiplier{in.cm[i]});
    typed.span.push_back(months(in.span_months[i]));
    typed.target.push_back(score<>::from_share(in.target_share[i]));
    raw.span_seconds.push_back(in.span_months[i] * 2629746.0);
  }
  if (side == "chain_typed") {
    curveshift_zero_overhead_chain_typed(in, passes);
  } else if (side == "chain_raw") {
    curveshift_zero_overhead_chain_raw(in, passes);
  } else if (side == "chain_raw_checked") {
    curveshift_zero_overhead_chain_raw_checked(in, passes);
  } else if (side == "chain_typed_values") {
    curveshift_zero_overhead_chain_typed_values(typed, passes);
  } else if (side == "chain_raw_seconds") {
    curveshift_zero_overhead_chain_raw_seconds(in, raw, passes);
  } else if (side == "e2_typed_values") {
    curveshift_zero_overhead_e2_typed_values(typed, passes);
  } else if (side == "e2_raw_seconds") {
    curveshift_zero_overhead_e2_raw_seconds(in, raw, passes);
  } else {
    std::fputs("usage: zero_overhead chain_typed|chain_raw|chain_raw_checked|chain_typed_values|chain_raw_seconds|"
               "e2_typed_values|e2_raw_seconds [passes]\n",
               stderr);
    return 2;
  }
  return 0;
}
