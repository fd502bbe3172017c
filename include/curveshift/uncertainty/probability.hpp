// curveshift/probability.hpp: questions asked of a distribution (a sample
// set, or a multiplier or quantity over one): P(X > x), P(X < x),
// P(a < X < b), the CDF, quantiles at probabilities 0..1, and a summary.
//
//   probability_above(ratio, 8.0)    P(ratio > 8x)
//   quantile(ratio, 0.95)            the value 95% of draws are at or below
//
// One spelling for one idea: quantile(x, p) takes a probability in [0, 1];
// samples::percentile(p) takes percent, 0..100, as it always has.
#pragma once

#include <cmath>
#include <cstddef>
#include <string>

#include "curveshift/core/multiplier.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/core/samples.hpp"

namespace curveshift {

namespace detail {
template <std::floating_point T>
const samples<T>& draws_of(const samples<T>& x) {
  return x;
}
template <std::floating_point T>
const samples<T>& draws_of(const multiplier<samples<T>>& x) {
  return x.value();
}
template <class D, std::floating_point T>
const samples<T>& draws_of(const quantity<D, samples<T>>& x) {
  return x.base_value();
}
// A threshold in the distribution's own terms: a plain number for draws of
// plain numbers and of multipliers (a multiplier has no unit: 8.0 is 8x), a
// quantity of the same dimension for draws of a quantity. So
// probability_above(cost, 8.0) on money does not compile (it read $8 where
// $8M was meant); probability_above(cost, million_usd(8)) does.
template <std::floating_point T, class V>
  requires std::is_arithmetic_v<V>
double threshold_of(const samples<T>&, V v) {
  return static_cast<double>(v);
}
template <std::floating_point T, class V>
  requires std::is_arithmetic_v<V>
double threshold_of(const multiplier<samples<T>>&, V v) {
  return static_cast<double>(v);
}
template <std::floating_point T>
double threshold_of(const multiplier<samples<T>>&, const multiplier<double>& v) {
  return v.value();
}
template <class D, std::floating_point T>
double threshold_of(const quantity<D, samples<T>>&, const quantity<D, double>& v) {
  return v.base_value();
}

template <class X>
concept distribution = requires(const X& x) { draws_of(x); };

template <class X>
using draw_t = typename std::remove_cvref_t<decltype(draws_of(std::declval<const X&>()))>::value_type;

/// The share of draws for which keep(v) holds.
template <std::floating_point T, class Keep>
double share_where(const samples<T>& x, Keep keep) {
  std::size_t n = 0;
  for (const T v : x.values()) n += keep(v) ? 1 : 0;
  return static_cast<double>(n) / static_cast<double>(x.size());
}

template <class X, class V>
double checked_threshold(const X& x, const V& v, const char* function, const char* argument) {
  const double t = threshold_of(x, v);
  require(t, [](double d) { return !std::isnan(d); }, function, argument, "a number (not NaN)");
  return t;
}
}  // namespace detail

/// A value whose draws can be asked questions: samples<T>, and multipliers
/// and quantities over samples (what monte_carlo's makers return).
template <class X>
concept distribution = detail::distribution<X>;

/// A value that can be compared with the draws of X: a number for samples
/// and multipliers, a quantity of X's dimension for a quantity's draws.
template <class V, class X>
concept threshold_for = requires(const X& x, const V& v) { detail::threshold_of(x, v); };

/// P(X > x): the share of draws above x. For P(ratio > 8x):
/// probability_above(ratio, 8.0) or probability_above(ratio, multiplier{8.0});
/// for P(cost > $8M): probability_above(cost, million_usd(8)).
template <distribution X, threshold_for<X> V>
double probability_above(const X& x, const V& value) {
  const double t = detail::checked_threshold(x, value, "probability_above", "value");
  return detail::share_where(detail::draws_of(x), [t](auto v) { return v > t; });
}

/// P(X < x): the share of draws below x.
template <distribution X, threshold_for<X> V>
double probability_below(const X& x, const V& value) {
  const double t = detail::checked_threshold(x, value, "probability_below", "value");
  return detail::share_where(detail::draws_of(x), [t](auto v) { return v < t; });
}

/// P(a < X < b), a <= b.
template <distribution X, threshold_for<X> V>
double probability_between(const X& x, const V& a, const V& b) {
  const double lo = detail::checked_threshold(x, a, "probability_between", "a");
  const double hi = detail::checked_threshold(x, b, "probability_between", "b");
  if (lo > hi) detail::fail("probability_between", "a", lo, "a <= b (b = " + detail::short_number(hi) + ")");
  return detail::share_where(detail::draws_of(x), [lo, hi](auto v) { return v > lo && v < hi; });
}

/// The empirical CDF at x: P(X <= x).
template <distribution X, threshold_for<X> V>
double cdf(const X& x, const V& value) {
  const double t = detail::checked_threshold(x, value, "cdf", "value");
  return detail::share_where(detail::draws_of(x), [t](auto v) { return v <= t; });
}

namespace detail {
/// What a question of X's draws answers in: a quantity of X's dimension for a
/// quantity's draws ($5.92M), a plain number for samples and multipliers.
template <class X>
struct answer_of {
  using type = double;
  static double make(double v) { return v; }
};
template <class D, std::floating_point T>
struct answer_of<quantity<D, samples<T>>> {
  using type = quantity<D, double>;
  static type make(double v) { return access::make<type>(v); }
};
template <class X>
using answer_t = typename answer_of<X>::type;
}  // namespace detail

/// The quantile at probability p in [0, 1] (0.5 is the median), interpolated
/// between order statistics as samples::percentile is: a number for samples
/// and multipliers (a factor), a quantity for a quantity's draws
/// (quantile(cost, 0.5) is money<>, printed "$5.92M").
template <distribution X>
auto quantile(const X& x, double p) {
  detail::require(p, [](double v) { return v >= 0 && v <= 1; }, "quantile", "p", "a probability in [0, 1]");
  const auto q = detail::draws_of(x).percentile(p * 100);
  if constexpr (requires { typename X::dimension_type; }) {
    return detail::access::make<quantity<typename X::dimension_type, detail::draw_t<X>>>(q);
  } else {
    return q;
  }
}

/// What a forecaster reads off a distribution first, in the draws' terms:
/// summary<money<>> for a cost's draws (its median is "$5.92M"),
/// summary<double> for plain samples and multipliers.
template <class V = double>
struct summary {
  std::size_t draws;
  V mean;
  V sd;
  V p5;
  V median;
  V p95;
};

/// The draws' count, mean, standard deviation, and 5th, 50th and 95th
/// percentiles, each in the draws' terms (a quantity for a quantity's draws).
template <distribution X>
summary<detail::answer_t<X>> summarize(const X& x) {
  const auto& d = detail::draws_of(x);
  const auto q = d.percentiles({5.0, 50.0, 95.0});
  using A = detail::answer_of<X>;
  return {d.size(),
          A::make(static_cast<double>(d.mean())),
          A::make(static_cast<double>(d.stddev())),
          A::make(static_cast<double>(q[0])),
          A::make(static_cast<double>(q[1])),
          A::make(static_cast<double>(q[2]))};
}

/// "median 6.45 (90% CI 4.76-8.82), mean 6.6, sd 1.2, 1,000,000 draws", to 3
/// significant figures or the digits asked for. A summary of quantities is
/// written with their units by text/uncertainty.hpp.
inline std::string to_string(const summary<double>& s, digits p = {}) {
  detail::check_digits(p, "to_string(summary)");
  auto n = [p](double v) { return detail::bare_parts(v, p).whole(); };
  return "median " + n(s.median) + " (90% CI " + n(s.p5) + "-" + n(s.p95) + "), mean " + n(s.mean) + ", sd " +
         n(s.sd) + ", " + detail::format_grouped(static_cast<double>(s.draws)) + " draws";
}

}  // namespace curveshift
