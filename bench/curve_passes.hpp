// bench/curve_passes.hpp: the curves' typed/raw sides, each a pass over the
// same inputs, shared by bench_curves.cpp (time, pass against pass) and
// zero_overhead/zero_overhead.cpp (instructions), so both measure the same code.
//
// Sides (<curve>_<operation>_<side>):
//   typed_values  the typed curve on typed values made once, as a model holds them
//   raw           the formula on doubles, as one would write it
//   raw_checked   (cost_for) the formula with the slope check cost_for makes
#pragma once

#include <cmath>
#include <cstddef>
#include <vector>

#include <curveshift/curves/log_linear.hpp>
#include <curveshift/curves/logistic.hpp>
#include <curveshift/core/quantity.hpp>
#include <curveshift/core/score.hpp>

#include "chain_inputs.hpp"

namespace curveshift_bench {

namespace cs = curveshift;

/// Evaluations per pass; a power of two, so an index wraps with a mask.
inline constexpr std::size_t curve_count = 1024;

// Parameters the compiler cannot see, so no formula folds to a constant.
// (Read through volatile rather than benchmark::DoNotOptimize on a mutable
// lvalue, whose "+m,r" constraint gcc 12 can miscompile into garbage values.)
inline double opaque(double v) {
  volatile double hidden = v;
  return hidden;
}

// Spends from $0.1M to $1B, fixed, so typed and raw runs see the same inputs.
inline const std::vector<double>& raw_spends() {
  static const std::vector<double> v = [] {
    std::vector<double> out(curve_count);
    for (std::size_t i = 0; i < curve_count; ++i) {
      out[i] = 1e5 * std::pow(10.0, 4.0 * static_cast<double>(i) / curve_count);
    }
    return out;
  }();
  return v;
}
inline const std::vector<cs::money<>>& typed_spends() {
  static const std::vector<cs::money<>> v = [] {
    std::vector<cs::money<>> out;
    for (double x : raw_spends()) out.push_back(cs::usd(x));
    return out;
  }();
  return v;
}
// Scores from 0% to 100%.
inline const std::vector<double>& raw_shares() {
  static const std::vector<double> v = [] {
    std::vector<double> out(curve_count);
    for (std::size_t i = 0; i < curve_count; ++i) out[i] = static_cast<double>(i) / curve_count;
    return out;
  }();
  return v;
}
inline const std::vector<cs::score<>>& typed_scores() {
  static const std::vector<cs::score<>> v = [] {
    std::vector<cs::score<>> out;
    for (double s : raw_shares()) out.push_back(cs::score<>::from_share(s));
    return out;
  }();
  return v;
}

// Both sides hold the curve's parameters the same way (objects at namespace
// scope, made from values the compiler cannot see) and do the same work per
// pass. (Holding the typed curve in a local let g++ keep its fields
// in registers and spill them around every log10 call, which timed the
// register allocator, not the library.)
struct raw_log_linear {
  double level, share_per_decade, reference;
};
inline const raw_log_linear raw_line{opaque(0.2), opaque(0.2), opaque(1e6)};
inline const cs::log_linear typed_line{cs::score<>::from_share(opaque(0.2)), cs::usd(opaque(1e6)),
                                       cs::points{opaque(20.0)}};
struct raw_logistic {
  double floor, range, midpoint, steepness;
};
inline const raw_logistic raw_s_curve{opaque(0.1), opaque(0.8), opaque(1e6), opaque(std::log(9.0))};
inline const cs::logistic typed_s_curve{cs::percent(opaque(10)), cs::percent(opaque(90)), cs::usd(opaque(1e6)),
                                        opaque(std::log(9.0))};

// Each side is a pass: the curve at all 1024 inputs, summed, the sum read once.
template <class Curve>
double score_at_pass(const Curve& curve) {
  double total = 0;
  for (const cs::money<>& x : typed_spends()) total += curve.score_at(x).share();
  return total;
}
inline double log_linear_score_at_typed_values() { return score_at_pass(typed_line); }
inline double log_linear_score_at_raw() {
  double total = 0;
  for (const double x : raw_spends()) {
    total += raw_line.level + raw_line.share_per_decade * std::log10(x / raw_line.reference);
  }
  return total;
}
inline double log_linear_cost_for_typed_values() {
  cs::money<> total = cs::usd(0);
  for (const cs::score<>& s : typed_scores()) total = total + typed_line.cost_for(s);
  return total.base_value();  // the read, once per pass
}
inline double log_linear_cost_for_raw() {
  double total = 0;
  for (const double s : raw_shares()) {
    total += raw_line.reference * std::pow(10.0, (s - raw_line.level) / raw_line.share_per_decade);
  }
  return total;
}
// cost_for must refuse a curve that does not rise (one predicted branch per
// call); the raw formula above checks nothing. This raw side checks the same
// thing each call, so its pair shows what the types cost beyond the check.
inline double log_linear_cost_for_raw_checked() {
  double total = 0;
  for (const double s : raw_shares()) {
    raw_check(raw_line.share_per_decade > 0, "share_per_decade");
    total += raw_line.reference * std::pow(10.0, (s - raw_line.level) / raw_line.share_per_decade);
  }
  return total;
}
inline double logistic_score_at_typed_values() { return score_at_pass(typed_s_curve); }
inline double logistic_score_at_raw() {
  double total = 0;
  for (const double x : raw_spends()) {
    total += raw_s_curve.floor +
             raw_s_curve.range / (1.0 + std::exp(-raw_s_curve.steepness * std::log10(x / raw_s_curve.midpoint)));
  }
  return total;
}

}  // namespace curveshift_bench
