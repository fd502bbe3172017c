// curveshift/detail/math.hpp: exp, log and pow usable in constant evaluation.
//
// Why: std::log and std::exp are not constexpr on clang 14, yet the essay's
// arithmetic must hold in static_asserts on both compilers. At run time these
// forward to <cmath>, so nothing is slower than the standard library.
#pragma once

#include <cmath>
#include <concepts>
#include <limits>
#include <type_traits>

namespace curveshift::detail {

// Exact comparison of floating values, where exact is meant: a series that
// stopped changing, a value that is exactly 0 or exactly a bound. Users build
// with -Wfloat-equal (it is in clang's -Weverything), which flags every ==
// on floating types; the intended ones go through here, so the warning stays
// useful in the code that includes curveshift.
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wfloat-equal"
#endif
template <class A, class B>
[[gnu::always_inline]] constexpr bool equal(const A& a, const B& b) {
  return a == b;
}
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

// Constant-evaluation kernels work in long double (64-bit mantissa on x86),
// which leaves several digits of margin over the 1e-12 relative target.
using wide = long double;

inline constexpr wide ln2_wide = 0.693147180559945309417232121458176568L;
inline constexpr wide ln10_wide = 2.302585092994045684017991454684364208L;

constexpr bool is_nan(wide x) { return !equal(x, x); }
constexpr bool is_inf(wide x) {
  return equal(x, std::numeric_limits<wide>::infinity()) || equal(x, -std::numeric_limits<wide>::infinity());
}

// Natural log for x > 0: scale x by powers of two into [sqrt(1/2), sqrt(2)),
// then log(m) = 2 atanh((m - 1) / (m + 1)), whose series converges fast there.
constexpr wide const_log(wide x) {
  if (is_nan(x) || x < 0) return std::numeric_limits<wide>::quiet_NaN();
  if (equal(x, 0)) return -std::numeric_limits<wide>::infinity();
  if (is_inf(x)) return x;
  int e = 0;
  constexpr wide sqrt2 = 1.414213562373095048801688724209698079L;
  while (x >= sqrt2) { x /= 2; ++e; }
  while (x < sqrt2 / 2) { x *= 2; --e; }
  const wide s = (x - 1) / (x + 1);
  const wide s2 = s * s;
  wide term = s;
  wide sum = 0;
  for (int k = 1; k < 200; k += 2) {
    const wide next = sum + term / k;
    if (equal(next, sum)) break;
    sum = next;
    term *= s2;
  }
  return 2 * sum + static_cast<wide>(e) * ln2_wide;
}

// exp(x) = 2^k exp(r) with |r| <= ln2 / 2; the Taylor series of exp(r) then
// converges in under 30 terms.
constexpr wide const_exp(wide x) {
  if (is_nan(x)) return x;
  if (x > 11357) return std::numeric_limits<wide>::infinity();
  if (x < -11400) return 0;
  const wide kf = x / ln2_wide;
  long long k = static_cast<long long>(kf < 0 ? kf - 0.5L : kf + 0.5L);
  const wide r = x - static_cast<wide>(k) * ln2_wide;
  wide term = 1;
  wide sum = 1;
  for (int n = 1; n < 60; ++n) {
    term *= r / n;
    const wide next = sum + term;
    if (equal(next, sum)) break;
    sum = next;
  }
  for (; k > 0; --k) sum *= 2;
  for (; k < 0; ++k) sum /= 2;
  return sum;
}

}  // namespace curveshift::detail

namespace curveshift {

/// Natural logarithm; constexpr on every compiler.
template <std::floating_point T>
constexpr T log(T x) {
  if (std::is_constant_evaluated()) return static_cast<T>(detail::const_log(static_cast<detail::wide>(x)));
  return std::log(x);
}

/// e^x; constexpr on every compiler.
template <std::floating_point T>
constexpr T exp(T x) {
  if (std::is_constant_evaluated()) return static_cast<T>(detail::const_exp(static_cast<detail::wide>(x)));
  return std::exp(x);
}

/// Base-10 logarithm; constexpr on every compiler.
template <std::floating_point T>
constexpr T log10(T x) {
  if (std::is_constant_evaluated()) return static_cast<T>(detail::const_log(static_cast<detail::wide>(x)) / detail::ln10_wide);
  return std::log10(x);
}

/// x^y for x > 0; constexpr on every compiler.
template <std::floating_point T>
constexpr T pow(T x, T y) {
  if (std::is_constant_evaluated()) {
    return static_cast<T>(detail::const_exp(static_cast<detail::wide>(y) * detail::const_log(static_cast<detail::wide>(x))));
  }
  return std::pow(x, y);
}

/// 10^x; constexpr on every compiler.
template <std::floating_point T>
constexpr T exp10(T x) {
  if (std::is_constant_evaluated()) return static_cast<T>(detail::const_exp(static_cast<detail::wide>(x) * detail::ln10_wide));
  return std::pow(T{10}, x);
}

/// Square root; constexpr on every compiler (Newton's method in constant evaluation).
template <std::floating_point T>
constexpr T sqrt(T x) {
  if (std::is_constant_evaluated()) {
    if (!(x > 0)) return detail::equal(x, 0) ? x : std::numeric_limits<T>::quiet_NaN();
    const detail::wide w = static_cast<detail::wide>(x);
    detail::wide g = x > 1 ? w : 1;
    for (int i = 0; i < 200; ++i) {
      const detail::wide next = (g + w / g) / 2;
      if (detail::equal(next, g)) break;
      g = next;
    }
    return static_cast<T>(g);
  }
  return std::sqrt(x);
}

/// Absolute value; constexpr. The compiler's fabs, which both g++ and clang
/// evaluate in constant expressions: one mask instruction, where
/// `x < 0 ? -x : x` (which keeps -0.0's sign) compiles to a compare and select.
template <std::floating_point T>
constexpr T abs(T x) {
  if constexpr (std::same_as<T, float>) {
    return __builtin_fabsf(x);
  } else if constexpr (std::same_as<T, long double>) {
    return __builtin_fabsl(x);
  } else {
    return __builtin_fabs(x);
  }
}

}  // namespace curveshift
