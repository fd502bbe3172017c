// bench/models.hpp: the three essay models of the zero-overhead pairs, each
// written once per side, shared by bench_core.cpp (time) and
// zero_overhead/zero_overhead.cpp (instructions), so both measure the same code.
//
// Models (one evaluation at input i):
//   chain  spend x compute multiplier x 4x/year trend over a span
//   e7     a cost after the trend over a lead and the 2x quality gap
//   e2     the coding curve shifted by a multiplier and the trend over a span,
//          inverted at a target score
//   run    a training run's rental cost: C = 6 N D over counts, divided by a
//          chip's effective FLOP/s (chip-seconds), times a price per chip-hour
// Sides:
//   typed         typed values built from the doubles at each evaluation: every
//                 input is checked where it enters, as the library promises
//   typed_values  typed values made (and checked) once, as a model holds them
//   raw           the same arithmetic on doubles, written the natural way
//                 (the span in months, / 12)
//   raw_seconds   the same on doubles in the library's order and units (the
//                 span in seconds, times rate / seconds per year)
//   raw_checked   raw doubles with the checks a careful hand-written model
//                 makes: each input once and the result once
// A pass sums a model over all 4096 inputs and reads the total once: the
// library checks a value when it is read (base_value(), in(), a comparison,
// text), not after every operation, so a model that keeps its results typed
// pays one check per read, as the raw side that checks its total would.
#pragma once

#include <cmath>
#include <cstddef>
#include <type_traits>
#include <vector>

#include <curveshift/core/counts.hpp>
#include <curveshift/curves/log_linear.hpp>
#include <curveshift/curves/training_compute.hpp>
#include <curveshift/essay.hpp>
#include <curveshift/core/multiplier.hpp>
#include <curveshift/core/quantity.hpp>
#include <curveshift/core/score.hpp>
#include <curveshift/core/trend.hpp>

#include "chain_inputs.hpp"

namespace curveshift_bench {

/// The inputs as a model holds them: typed values, made and checked once,
/// and the raw spans in seconds, as time_span holds them.
struct held_inputs {
  std::vector<curveshift::money<>> spend;
  std::vector<curveshift::multiplier<>> cm;
  std::vector<curveshift::time_span<>> span;
  std::vector<curveshift::score<>> target;
  std::vector<double> span_seconds;
  std::vector<curveshift::parameter_count<>> parameters;
  std::vector<curveshift::token_count<>> tokens;
  std::vector<curveshift::price_per_chip_second<>> price;
  std::vector<double> price_per_second;
};

// The run model's inputs, from the shared arrays: N = spend x 1,000 (1e9..1e11
// parameters), D = span x 1e11 (1e11..2.4e12 tokens), a price of cm dollars
// per chip-hour ($1.1..$10).
inline double run_parameters(const chain_inputs& in, std::size_t i) { return in.spend[i] * 1e3; }
inline double run_tokens(const chain_inputs& in, std::size_t i) { return in.span_months[i] * 1e11; }

inline held_inputs make_held_inputs(const chain_inputs& in) {
  using namespace curveshift;
  held_inputs h;
  for (std::size_t i = 0; i < chain_size; ++i) {
    h.spend.push_back(usd(in.spend[i]));
    h.cm.push_back(multiplier{in.cm[i]});
    h.span.push_back(months(in.span_months[i]));
    h.target.push_back(score<>::from_share(in.target_share[i]));
    h.span_seconds.push_back(in.span_months[i] * 2629746.0);
    h.parameters.push_back(parameters(run_parameters(in, i)));
    h.tokens.push_back(tokens(run_tokens(in, i)));
    h.price.push_back(usd_per_chip_hour(in.cm[i]));
    h.price_per_second.push_back(in.cm[i] / 3600.0);
  }
  return h;
}

// The raw sides' constants: 4x/year as a continuous rate, the essay's curve
// (20% at $1M, +20 points per decade) and the 2x quality gap.
inline const double rate = std::log(4.0);
inline const double rate_per_second = std::log(4.0) / 31556952.0;
inline constexpr double level = 0.2, share_per_decade = 0.2, reference = 1e6, quality_gap = 2.0;

// ---- chain: "the shift in the curve ... is maybe ~4x/year" ----
inline curveshift::money<> chain_typed(const chain_inputs& in, std::size_t i) {
  using namespace curveshift;
  return usd(in.spend[i]) * multiplier{in.cm[i]} * essay::cost_trend.over(months(in.span_months[i]));
}
inline curveshift::money<> chain_typed_values(const held_inputs& h, std::size_t i) {
  return h.spend[i] * h.cm[i] * curveshift::essay::cost_trend.over(h.span[i]);
}
inline double chain_raw(const chain_inputs& in, std::size_t i) {
  return in.spend[i] * in.cm[i] * std::exp(rate * in.span_months[i] / 12.0);
}
inline double chain_raw_seconds(const chain_inputs& in, const held_inputs& h, std::size_t i) {
  return in.spend[i] * in.cm[i] * std::exp(h.span_seconds[i] * rate_per_second);
}
inline double chain_raw_checked(const chain_inputs& in, std::size_t i) {
  const double spend = in.spend[i];
  const double cm = in.cm[i];
  const double span = in.span_months[i];
  raw_check(spend >= 0 && spend <= raw_max, "spend");
  raw_check(cm > 0 && cm <= raw_max, "multiplier");
  raw_check(span >= -raw_max && span <= raw_max, "span");
  const double effective = spend * cm * std::exp(rate * span / 12.0);
  raw_check(effective <= raw_max, "result");
  return effective;
}

// ---- E7: "a model 3-4x cheaper than 3.5 Sonnet/GPT-4o ... worse ... by ~2x" ----
inline curveshift::money<> e7_typed(const chain_inputs& in, std::size_t i) {
  using namespace curveshift;
  return usd(in.spend[i]) / (essay::cost_trend.over(months(in.span_months[i])) * essay::v3_quality_gap);
}
inline curveshift::money<> e7_typed_values(const held_inputs& h, std::size_t i) {
  using namespace curveshift;
  return h.spend[i] / (essay::cost_trend.over(h.span[i]) * essay::v3_quality_gap);
}
inline double e7_raw(const chain_inputs& in, std::size_t i) {
  return in.spend[i] / (std::exp(rate * in.span_months[i] / 12.0) * quality_gap);
}
inline double e7_raw_seconds(const chain_inputs& in, const held_inputs& h, std::size_t i) {
  return in.spend[i] / (std::exp(h.span_seconds[i] * rate_per_second) * quality_gap);
}
inline double e7_raw_checked(const chain_inputs& in, std::size_t i) {
  const double cost = in.spend[i];
  const double lead = in.span_months[i];
  raw_check(cost >= 0 && cost <= raw_max, "cost");
  raw_check(lead >= -raw_max && lead <= raw_max, "lead");
  const double expected = cost / (std::exp(rate * lead / 12.0) * quality_gap);
  raw_check(expected <= raw_max, "result");
  return expected;
}

// ---- E2: "40% on a coding task for $5M instead of $10M" ----
// What log_linear computes (curves/log_linear.hpp): shifted_by(m) divides the
// reference ($1M) by m; cost_for(s) is that reference times
// 10^((s - level) / (per_decade / 100)), with std::pow(10, x) for 10^x.
inline curveshift::money<> e2_typed(const chain_inputs& in, std::size_t i) {
  using namespace curveshift;
  return essay::coding_curve.shifted_by(multiplier{in.cm[i]} * essay::cost_trend.over(months(in.span_months[i])))
      .cost_for(score<>::from_share(in.target_share[i]));
}
inline curveshift::money<> e2_typed_values(const held_inputs& h, std::size_t i) {
  using namespace curveshift;
  return essay::coding_curve.shifted_by(h.cm[i] * essay::cost_trend.over(h.span[i])).cost_for(h.target[i]);
}
inline double e2_raw(const chain_inputs& in, std::size_t i) {
  const double shifted_reference = reference / (in.cm[i] * std::exp(rate * in.span_months[i] / 12.0));
  return shifted_reference * std::pow(10.0, (in.target_share[i] - level) / share_per_decade);
}
inline double e2_raw_seconds(const chain_inputs& in, const held_inputs& h, std::size_t i) {
  const double shifted_reference = reference / (in.cm[i] * std::exp(h.span_seconds[i] * rate_per_second));
  return shifted_reference * std::pow(10.0, (in.target_share[i] - level) / share_per_decade);
}
inline double e2_raw_checked(const chain_inputs& in, std::size_t i) {
  const double cm = in.cm[i];
  const double span = in.span_months[i];
  const double target = in.target_share[i];
  raw_check(cm > 0 && cm <= raw_max, "multiplier");
  raw_check(span >= -raw_max && span <= raw_max, "span");
  raw_check(target >= 0 && target <= 1, "target");
  const double cost = reference / (cm * std::exp(rate * span / 12.0)) *
                      std::pow(10.0, (target - level) / share_per_decade);
  raw_check(cost <= raw_max, "result");
  return cost;
}

// ---- run: "what does training this model cost to rent?" ----
// An H100 at 37.5% of its 989.4 TFLOP/s: 3.71025e14 FLOP/s per chip.
inline const curveshift::flop_rate_per_chip<> effective_rate =
    curveshift::teraflop_per_second_per_chip(989.4 * 0.375);
inline constexpr double effective_flop_per_second = 989.4e12 * 0.375;
inline curveshift::money<> run_typed(const chain_inputs& in, std::size_t i) {
  using namespace curveshift;
  return training_compute(parameters(run_parameters(in, i)), tokens(run_tokens(in, i))) / effective_rate *
         usd_per_chip_hour(in.cm[i]);
}
inline curveshift::money<> run_typed_values(const held_inputs& h, std::size_t i) {
  return curveshift::training_compute(h.parameters[i], h.tokens[i]) / effective_rate * h.price[i];
}
inline double run_raw(const chain_inputs& in, std::size_t i) {
  return 6.0 * run_parameters(in, i) * run_tokens(in, i) / effective_flop_per_second * in.cm[i] / 3600.0;
}
inline double run_raw_seconds(const chain_inputs& in, const held_inputs& h, std::size_t i) {
  return 6.0 * run_parameters(in, i) * run_tokens(in, i) / effective_flop_per_second * h.price_per_second[i];
}
inline double run_raw_checked(const chain_inputs& in, std::size_t i) {
  const double n = run_parameters(in, i);
  const double d = run_tokens(in, i);
  const double price = in.cm[i];
  raw_check(n > 0 && n <= raw_max, "parameters");
  raw_check(d > 0 && d <= raw_max, "tokens");
  raw_check(price >= 0 && price <= raw_max, "price");
  const double work = 6.0 * n * d;
  raw_check(work <= raw_max, "compute");
  const double cost = work / effective_flop_per_second * price / 3600.0;
  raw_check(cost <= raw_max, "result");
  return cost;
}

template <class Total>
Total zero() {
  if constexpr (std::is_same_v<Total, double>) {
    return 0.0;
  } else {
    return curveshift::usd(0);  // every typed model here returns money
  }
}

/// One pass: the model summed over every input, the total read once (typed:
/// through base_value(), the read that checks; raw: checked for overflow, as
/// a careful raw model would check what it reports).
///
/// The model has one call site, on every side. With two (the first
/// evaluation outside the loop, then the rest), g++ 12 inlined the raw E2
/// model into both and called the typed one out of line, and the pair timed
/// the inliner's size estimate (8%), not the code.
template <class Model>
double pass(Model model) {
  using total_type = decltype(model(std::size_t{0}));
  total_type total = zero<total_type>();
  for (std::size_t i = 0; i < chain_size; ++i) total = total + model(i);
  if constexpr (std::is_same_v<decltype(total), double>) {
    raw_check(total <= raw_max, "total");
    return total;
  } else {
    return total.base_value();
  }
}

}  // namespace curveshift_bench
