// The fit tests' summaries of residuals: mean and sample standard deviation.
#pragma once

#include <cmath>
#include <vector>

namespace curveshift_test {

inline double mean_of(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s / static_cast<double>(v.size());
}

/// The sample standard deviation (n - 1 in the denominator).
inline double sd_of(const std::vector<double>& v) {
  const double m = mean_of(v);
  double s = 0;
  for (double x : v) s += (x - m) * (x - m);
  return std::sqrt(s / static_cast<double>(v.size() - 1));
}

}  // namespace curveshift_test
