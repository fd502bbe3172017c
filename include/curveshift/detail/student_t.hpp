// curveshift/detail/student_t.hpp: quantiles of Student's t distribution, for
// the confidence interval of a fitted line's slope (fit_trend).
//
// The t CDF is the regularized incomplete beta function I_x(a, b), evaluated
// by its continued fraction (modified Lentz), and the quantile inverts it by
// bisection: about 60 steps to the last bit, which is nothing beside a fit.
// Checked against printed t tables (tests/test_student_t.cpp).
#pragma once

#include <cmath>
#include <limits>

namespace curveshift::detail {

/// I_x(a, b) by the continued fraction, for x < (a + 1) / (a + b + 2)
/// where it converges fast; the caller uses the symmetry I_x(a, b) =
/// 1 - I_{1-x}(b, a) for the other side.
inline double incomplete_beta_fraction(double a, double b, double x) {
  constexpr double tiny = 1e-300;
  constexpr double eps = 1e-16;
  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  if (std::fabs(d) < tiny) d = tiny;
  d = 1.0 / d;
  double f = d;
  for (int m = 1; m <= 400; ++m) {
    const double md = m;
    // The even step, then the odd step, of the fraction's terms.
    double term = md * (b - md) * x / ((a + 2 * md - 1) * (a + 2 * md));
    d = 1.0 + term * d;
    d = std::fabs(d) < tiny ? 1.0 / tiny : 1.0 / d;
    c = 1.0 + term / c;
    if (std::fabs(c) < tiny) c = tiny;
    f *= d * c;
    term = -(a + md) * (a + b + md) * x / ((a + 2 * md) * (a + 2 * md + 1));
    d = 1.0 + term * d;
    d = std::fabs(d) < tiny ? 1.0 / tiny : 1.0 / d;
    c = 1.0 + term / c;
    if (std::fabs(c) < tiny) c = tiny;
    const double step = d * c;
    f *= step;
    if (std::fabs(step - 1.0) < eps) break;
  }
  return f;
}

/// The regularized incomplete beta function I_x(a, b), a, b > 0, x in [0, 1].
inline double incomplete_beta(double a, double b, double x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double log_front =
      std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
  const double front = std::exp(log_front);
  if (x < (a + 1) / (a + b + 2)) return front * incomplete_beta_fraction(a, b, x) / a;
  return 1.0 - front * incomplete_beta_fraction(b, a, 1.0 - x) / b;
}

/// P(T <= t) for Student's t with nu degrees of freedom.
inline double student_t_cdf(double t, double nu) {
  const double tail = 0.5 * incomplete_beta(nu / 2, 0.5, nu / (nu + t * t));
  return t >= 0 ? 1.0 - tail : tail;
}

/// The t with P(T <= t) = p, for p in (0, 1): 2.919986 for p = 0.95, nu = 2.
inline double student_t_quantile(double p, double nu) {
  if (p < 0.5) return -student_t_quantile(1.0 - p, nu);
  double lo = 0;
  double hi = 1;
  while (student_t_cdf(hi, nu) < p && hi < 1e300) hi *= 2;
  for (int i = 0; i < 200 && hi - lo > 4 * std::numeric_limits<double>::epsilon() * hi; ++i) {
    const double mid = 0.5 * (lo + hi);
    (student_t_cdf(mid, nu) < p ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

}  // namespace curveshift::detail
