// curveshift/text/fit.hpp: a fitted trend as people quote it,
// "4.2x per year (90% CI 3.6-4.9x)".
#pragma once

#include <string>

#include "curveshift/fit/trend.hpp"
#include "curveshift/text/format.hpp"

namespace curveshift {

/// A fit as people quote it: "4.2x per year (90% CI 3.6-4.9x)", to 2
/// significant figures unless asked for more; a fit of two observations,
/// which has no interval, is its trend alone ("4.2x per year").
template <class D, std::floating_point T>
std::string to_string(const trend_fit<D, T>& fit, double level = 0.9, digits p = digits{2}) {
  detail::check_digits(p, "to_string(trend_fit)");
  std::string out = to_string(fit.trend.per_year(), p) + " per year";
  if (fit.observations < 3) return out;
  const auto range = fit.trend_interval(level);
  const double percent = level * 100;
  auto level_text = detail::bare_parts(percent, digits{3}).whole();
  return out + " (" + level_text + "% CI " + to_string(range.per_year(), p) + ")";
}

}  // namespace curveshift
