// curveshift/fit/power_law.hpp: loss = floor + (scale / input)^exponent
// measured from data.
#pragma once

#include "curveshift/curves/power_law.hpp"
#include "curveshift/fit/common.hpp"

namespace curveshift {

/// Fits loss = floor + (scale / input)^exponent with the floor given (0 for
/// Kaplan's form) by least squares of ln(loss - floor) on ln(input): a line
/// of slope -exponent. Residuals and R^2 are in that log space.
template <std::ranges::forward_range R>
  requires detail::points_of<R, loss<detail::point_value<R>>>
auto fit_power_law(const R& observations, const loss<detail::point_value<R>>& floor = loss<detail::point_value<R>>(0)) {
  using T = detail::point_value<R>;
  using D = detail::point_dim<R>;
  constexpr const char* function = "fit_power_law";
  std::vector<T> us;
  std::vector<T> ys;
  if constexpr (std::ranges::sized_range<R>) {
    us.reserve(std::ranges::size(observations));
    ys.reserve(std::ranges::size(observations));
  }
  detail::line_accumulator<T> acc;
  T first_input = 0;
  const T e = floor.value();
  for (const auto& p : observations) {
    const T x = p.input.base_value();
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
  return fit_result<power_law<D, T>>{curve, detail::r_squared_of(ss, acc.syy), std::move(ys), acc.n};
}

}  // namespace curveshift
