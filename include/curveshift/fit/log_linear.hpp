// curveshift/fit/log_linear.hpp: the essay's curve measured from data,
// score = level + per_decade x log10(input / reference), in closed form.
#pragma once

#include "curveshift/curves/log_linear.hpp"
#include "curveshift/fit/common.hpp"

namespace curveshift {

namespace detail {
template <class R, class D, std::floating_point T>
auto fit_log_linear_at(const R& observations, const quantity<D, T>* reference) {
  constexpr const char* function = "fit_log_linear";
  auto read = read_score_observations<T>(observations, function);
  auto& us = read.us;
  auto& ys = read.ys;
  const T first_input = read.first_input;
  detail::line_accumulator<T> acc;
  for (std::size_t i = 0; i < us.size(); ++i) acc.add(us[i], ys[i]);
  detail::require_count(acc.n, 2, function);
  detail::require_spread(acc.suu, first_input, function, "input");
  const T ss = detail::residuals_of_line(acc, us, ys, T(100));
  const T ref_u = reference != nullptr ? T(log10(reference->base_value())) : acc.mean_u;
  const T level = T(acc.mean_y + acc.slope() * (ref_u - acc.mean_u));
  detail::require(level, [](auto v) { return v >= 0 && v <= 1; }, function, "level",
                  "a fitted score at the reference input within [0, 1] (choose a reference inside the data)");
  const quantity<D, T> ref = reference != nullptr ? *reference : detail::access::make<quantity<D, T>>(exp10(acc.mean_u));
  log_linear<D, T> curve(score<T>::from_share(level), ref, points<T>(T(acc.slope() * T(100))));
  // Closed-form errors, in points: the slope per decade, and the level at the reference.
  const auto errors = detail::errors_of_line(acc, ss, ref_u);
  const std::size_t dof = acc.n > 2 ? acc.n - 2 : 0;
  std::vector<parameter_estimate<T>> estimates{
      {"per_decade", T(acc.slope() * T(100)), T(errors.slope * T(100)), dof},
      {"level", T(level * T(100)), T(errors.value_at * T(100)), dof}};
  return fit_result<log_linear<D, T>>{curve, detail::r_squared_of(ss, acc.syy), std::move(ys), acc.n,
                                      std::move(estimates)};
}
}  // namespace detail

/// Fits score = level + per_decade x log10(input / reference) by least squares
/// (in points), with the reference input at the geometric mean of the inputs,
/// where the fitted level is the mean score. Residuals are in points.
template <detail::forward_range R>
  requires curve_points<R, score<detail::point_value<R>>>
auto fit_log_linear(const R& observations) {
  return detail::fit_log_linear_at(observations, static_cast<const quantity<detail::point_dim<R>, detail::point_value<R>>*>(nullptr));
}

/// As above, with the reference input given: the fitted level is the score
/// there (fit_log_linear(data, million_usd(1)).curve.level() is the score at $1M).
template <detail::forward_range R>
  requires curve_points<R, score<detail::point_value<R>>>
auto fit_log_linear(const R& observations, const quantity<detail::point_dim<R>, detail::point_value<R>>& reference) {
  detail::require_positive(reference.base_value(), "fit_log_linear", "reference");
  return detail::fit_log_linear_at(observations, &reference);
}

}  // namespace curveshift
