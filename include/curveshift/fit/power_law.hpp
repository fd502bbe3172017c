// curveshift/fit/power_law.hpp: loss = floor + (scale / input)^exponent
// measured from data, with the floor given (Kaplan's form has none) or
// estimated too (Hoffmann et al.'s E, the loss no amount of compute removes).
#pragma once

#include "curveshift/curves/power_law.hpp"
#include "curveshift/fit/common.hpp"
#include "curveshift/fit/least_squares.hpp"

namespace curveshift {

/// Fits loss = floor + (scale / input)^exponent with the floor given (0 for
/// Kaplan's form) by least squares of ln(loss - floor) on ln(input): a line
/// of slope -exponent. Residuals and R^2 are in that log space.
template <detail::forward_range R>
  requires curve_points<R, loss<detail::point_value<R>>>
auto fit_power_law(const R& observations, const loss<detail::point_value<R>>& floor = loss<detail::point_value<R>>(0)) {
  using T = detail::point_value<R>;
  using D = detail::point_dim<R>;
  constexpr const char* function = "fit_power_law";
  std::vector<T> us;
  std::vector<T> ys;
  detail::reserve_columns(observations, us, ys);
  detail::line_accumulator<T> acc;
  T first_input = 0;
  const T e = floor.value();
  for (const auto& p : observations) {
    const T x = detail::raw(p.input);  // checked on the next line, naming the fit
    if (acc.n == 0) first_input = x;
    detail::require_positive(x, function, "input");
    detail::require_about(T(p.result.value() - e), [](auto v) { return v > 0 && detail::finite(v); }, p.result.value(),
                          function, "loss", "a finite loss above the given floor");
    const T u = log(x);
    const T y = log(T(p.result.value() - e));
    us.push_back(u);
    ys.push_back(y);
    acc.add(u, y);
  }
  detail::require_count(acc.n, 2, function);
  detail::require_spread(acc.suu, first_input, function, "input");
  const T ss = detail::residuals_of_line(acc, us, ys, T(1));
  const T exponent = -acc.slope();
  detail::require(exponent, [](auto v) { return v > 0; }, function, "exponent",
                  "a loss that falls as the input grows (fitted exponent > 0)");
  // y = exponent (ln scale - u), so at the means ln scale = mean_u + mean_y / exponent.
  const T scale = exp(T(acc.mean_u + acc.mean_y / exponent));
  power_law<D, T> curve(floor, detail::make_quantity<D>(detail::checked_result(scale, function), function), exponent);
  // The exponent is minus the line's slope: the same standard error.
  const auto errors = detail::errors_of_line(acc, ss, acc.mean_u);
  std::vector<parameter_estimate<T>> estimates{{"exponent", exponent, errors.slope, acc.n > 2 ? acc.n - 2 : 0}};
  return fit_result<power_law<D, T>>{curve, detail::r_squared_of(ss, acc.syy), std::move(ys), acc.n,
                                     std::move(estimates)};
}

/// Asks fit_power_law to estimate the floor too: fit_power_law(data, fitted_floor).
struct fitted_floor_t {
  explicit constexpr fitted_floor_t() = default;
};
inline constexpr fitted_floor_t fitted_floor{};

/// Fits loss = floor + (scale / input)^exponent, i.e. L = E + A / x^alpha,
/// with the floor E estimated as well: "the irreducible loss" of Hoffmann et
/// al. 2022. Least squares in loss (nats), with the floor >= 0, so residuals
/// and R^2 are in loss. Needs 3 observations at 3 distinct inputs or more.
/// Variable projection on a subsample gives the start (for a fixed exponent
/// the floor and coefficient are linear), then Levenberg-Marquardt on all
/// three; each iteration is one pass with one exp per observation.
template <detail::forward_range R>
  requires curve_points<R, loss<detail::point_value<R>>>
auto fit_power_law(const R& observations, fitted_floor_t) {
  using T = detail::point_value<R>;
  using D = detail::point_dim<R>;
  constexpr const char* function = "fit_power_law";
  std::vector<T> us;
  std::vector<T> ys;
  detail::reserve_columns(observations, us, ys);
  detail::distinct_inputs<T, 3> distinct;
  T largest = 0;
  for (const auto& p : observations) {
    const T x = detail::raw(p.input);  // checked on the next line, naming the fit
    detail::require_positive(x, function, "input");
    detail::require_nonnegative(p.result.value(), function, "loss");
    distinct.add(x);
    us.push_back(log(x));
    ys.push_back(p.result.value());
    largest = p.result.value() > largest ? p.result.value() : largest;
  }
  const std::size_t n = us.size();
  detail::require_count(n, 3, function);
  detail::require_distinct(distinct, function);

  // Losses in units of the largest (1 if all are 0), so the sums of squares
  // neither overflow (losses of 1e154 squared are inf, and the iteration
  // returned NaN: found by tests/fuzz/fuzz_fits.cpp) nor underflow; the
  // slope, floor, coefficient and residuals scale back, and R^2 does not
  // depend on the unit.
  const T unit = largest > 0 ? largest : T(1);

  // u measured from the smallest input, so t = exp(-alpha u) is in (0, 1]
  // and never overflows; the coefficient c is then the reducible loss there.
  T u0 = us[0];
  for (const T u : us) u0 = u < u0 ? u : u0;
  T span = 0;
  detail::line_accumulator<T> line;
  for (std::size_t i = 0; i < n; ++i) {
    us[i] -= u0;
    ys[i] /= unit;
    span = us[i] > span ? us[i] : span;
    line.add(us[i], ys[i]);
  }
  detail::require(T(line.slope() * unit), [](auto v) { return v < 0; }, function, "slope",
                  "losses that fall as the input grows (the least-squares slope of loss against ln(input) is not negative)");

  constexpr T inf = std::numeric_limits<T>::infinity();
  // Start: exponents with alpha x span from 0.01 (nearly a straight line in
  // ln x) to 100 (all the fall at the smallest input), 41 to the decade.
  const std::size_t stride = detail::subsample_stride(n, 512);
  std::array<T, 3> start{0, 0, 0};
  T best = inf;
  for (int j = 0; j <= 40; ++j) {
    const T alpha = exp10(T(T(-2) + T(j) / T(10))) / span;
    detail::two_column_sums<T> sums;
    for (std::size_t i = 0; i < n; i += stride) sums.add(T(1), exp(-alpha * us[i]), ys[i]);
    const auto linear = detail::box_least_squares(sums, T(0), inf, T(0), inf);
    if (linear.sse < best) {
      best = linear.sse;
      start = {linear.p, linear.q, alpha};
    }
  }
  const auto model = [&us, &ys](std::size_t i, const std::array<T, 3>& q, std::array<T, 3>& g) {
    const T t = exp(-q[2] * us[i]);
    g = {T(1), t, T(-q[1] * us[i] * t)};
    return T(ys[i] - (q[0] + q[1] * t));
  };
  const auto fit = detail::bounded_least_squares<T, 3>(n, start, {T(0), T(0), T(1e-12)}, {inf, inf, inf}, model);
  const T exponent = fit.parameters[2];
  detail::require(fit.parameters[1], [](auto v) { return v > 0; }, function, "coefficient",
                  "a loss that falls as the input grows (fitted coefficient > 0)");

  T ss = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const T r = ys[i] - (fit.parameters[0] + fit.parameters[1] * exp(-exponent * us[i]));
    ss += r * r;
    ys[i] = r * unit;
  }
  const T floor = fit.parameters[0] * unit;
  const T coefficient = fit.parameters[1] * unit;
  // c exp(-alpha (ln x - u0)) = (scale / x)^alpha, so ln scale = ln c / alpha + u0.
  const T scale = exp(T(log(coefficient) / exponent + u0));
  power_law<D, T> curve(loss<T>(floor), detail::make_quantity<D>(detail::checked_result(scale, function), function),
                        exponent);
  return fit_result<power_law<D, T>>{curve, detail::r_squared_of(ss, line.syy), std::move(ys), n, {}};
}

}  // namespace curveshift
