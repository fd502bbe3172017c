// curveshift/detail/normal.hpp: the standard normal's CDF and quantile
// function, for truncation, copulas and quantile-matched makers.
#pragma once

#include <cmath>

namespace curveshift::detail {

/// P(Z <= x) for a standard normal Z.
inline double normal_cdf(double x) { return 0.5 * std::erfc(-x / 1.4142135623730951); }

/// The x with P(Z <= x) = p, p in (0, 1): a start from Abramowitz and Stegun
/// 26.2.23 (error under 4.5e-4), then Newton steps on the exact CDF, which
/// reach full double precision in three.
inline double normal_quantile(double p) {
  const bool lower = p < 0.5;
  const double q = lower ? p : 1 - p;
  const double t = std::sqrt(-2 * std::log(q));
  // Solved in the lower tail, where the CDF keeps its digits, and mirrored.
  double x = -(t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))));
  for (int i = 0; i < 3; ++i) {
    const double density = 0.3989422804014327 * std::exp(-0.5 * x * x);
    if (!(density > 0)) break;
    x -= (normal_cdf(x) - q) / density;
  }
  return lower ? x : -x;
}

}  // namespace curveshift::detail
