// curveshift/interval.hpp: closed bounds [lo, hi] that flow through every
// layer in place of a double. The essay's numbers are ranges ("3-4x",
// "9-12 months"); with interval<double> the same model code gives bounds.
//
// Arithmetic is the textbook interval arithmetic, so a result contains every
// value the formula can take for inputs inside the bounds. A variable that
// appears once in a formula gives exact bounds; one that appears twice can
// give wider ones (x - x is [lo - hi, hi - lo], not 0): samples<T> keeps
// that correlation, intervals do not.
#pragma once

#include <concepts>
#include <string>

#include "curveshift/detail/decimal.hpp"
#include "curveshift/core/multiplier.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/core/number.hpp"

namespace curveshift {

/// Closed bounds [lo, hi] over a floating type.
template <std::floating_point T = double>
class interval {
 public:
  /// The point interval [x, x]; implicit, so double promotes to interval<double>.
  constexpr interval(T point) : lo_(point), hi_(point) {  // NOLINT(google-explicit-constructor)
    detail::require_finite(point, "interval", "point");
  }
  constexpr interval(T lo, T hi) : lo_(lo), hi_(hi) {
    detail::require_finite(lo, "interval", "lo");
    detail::require_finite(hi, "interval", "hi");
    if (!(lo <= hi)) detail::fail("interval", "lo", lo, "lo <= hi (hi = " + detail::short_number(hi) + ")");
  }

  constexpr const T& lo() const { return lo_; }
  constexpr const T& hi() const { return hi_; }
  /// The midpoint, (lo + hi) / 2.
  constexpr T mid() const { return lo_ / 2 + hi_ / 2; }
  constexpr T width() const { return hi_ - lo_; }
  constexpr bool contains(T x) const { return lo_ <= x && x <= hi_; }
  constexpr bool contains(const interval& o) const { return lo_ <= o.lo_ && o.hi_ <= hi_; }

  friend constexpr bool operator==(const interval& a, const interval& b) {
    return detail::equal(a.lo_, b.lo_) && detail::equal(a.hi_, b.hi_);
  }

 private:
  T lo_;
  T hi_;
};

template <class A, class B>
interval(A, B) -> interval<maker_t<std::common_type_t<A, B>>>;
template <class A>
interval(A) -> interval<maker_t<A>>;

template <std::floating_point T>
struct number_traits<interval<T>> {
  using scalar = T;
  template <class Pred>
  static constexpr const T* find_if_not(const interval<T>& x, Pred pred) {
    // The bounds stand for every value between them; the library's checks are
    // all of the form "v > 0", "v in [a, b]", for which the bounds decide.
    if (!pred(x.lo())) return &x.lo();
    if (!pred(x.hi())) return &x.hi();
    return nullptr;
  }
};

namespace detail {
// Plain comparisons rather than <algorithm>, which would double what this
// header costs to compile.
template <class T>
constexpr T smaller(T a, T b) { return b < a ? b : a; }
template <class T>
constexpr T larger(T a, T b) { return a < b ? b : a; }
template <class T>
constexpr T smallest(const T (&v)[4]) { return smaller(smaller(v[0], v[1]), smaller(v[2], v[3])); }
template <class T>
constexpr T largest(const T (&v)[4]) { return larger(larger(v[0], v[1]), larger(v[2], v[3])); }

template <std::floating_point T>
constexpr interval<T> checked_interval(T lo, T hi, const char* function) {
  require_finite(lo, function, "result");
  require_finite(hi, function, "result");
  return interval<T>(lo, hi);
}
}  // namespace detail

// ---- arithmetic -----------------------------------------------------------

template <std::floating_point T>
constexpr interval<T> operator-(const interval<T>& a) { return interval<T>(-a.hi(), -a.lo()); }

template <std::floating_point T>
constexpr interval<T> operator+(const interval<T>& a, const interval<T>& b) {
  return detail::checked_interval(a.lo() + b.lo(), a.hi() + b.hi(), "operator+(interval, interval)");
}
template <std::floating_point T>
constexpr interval<T> operator-(const interval<T>& a, const interval<T>& b) {
  return detail::checked_interval(a.lo() - b.hi(), a.hi() - b.lo(), "operator-(interval, interval)");
}
template <std::floating_point T>
constexpr interval<T> operator*(const interval<T>& a, const interval<T>& b) {
  const T p[4] = {a.lo() * b.lo(), a.lo() * b.hi(), a.hi() * b.lo(), a.hi() * b.hi()};
  return detail::checked_interval(detail::smallest(p), detail::largest(p),
                                  "operator*(interval, interval)");
}
template <std::floating_point T>
constexpr interval<T> operator/(const interval<T>& a, const interval<T>& b) {
  if (b.lo() <= 0 && b.hi() >= 0) {
    detail::fail("operator/(interval, interval)", "divisor.lo", b.lo(),
                 "an interval that excludes 0 (divisor is [" + detail::short_number(b.lo()) + ", " +
                     detail::short_number(b.hi()) + "])");
  }
  const T q[4] = {a.lo() / b.lo(), a.lo() / b.hi(), a.hi() / b.lo(), a.hi() / b.hi()};
  return detail::checked_interval(detail::smallest(q), detail::largest(q),
                                  "operator/(interval, interval)");
}

// Mixed with a scalar: the scalar is the point interval.
#define CURVESHIFT_INTERVAL_MIXED(op)                                                   \
  template <std::floating_point T, class S>                                             \
    requires std::is_arithmetic_v<S>                                                    \
  constexpr interval<T> operator op(const interval<T>& a, S s) {                         \
    return a op interval<T>(static_cast<T>(s));                                         \
  }                                                                                     \
  template <std::floating_point T, class S>                                             \
    requires std::is_arithmetic_v<S>                                                    \
  constexpr interval<T> operator op(S s, const interval<T>& a) {                         \
    return interval<T>(static_cast<T>(s)) op a;                                         \
  }
CURVESHIFT_INTERVAL_MIXED(+)
CURVESHIFT_INTERVAL_MIXED(-)
CURVESHIFT_INTERVAL_MIXED(*)
CURVESHIFT_INTERVAL_MIXED(/)
#undef CURVESHIFT_INTERVAL_MIXED

// ---- functions: monotone ones map bounds to bounds ---------------------------

/// e^x, increasing.
template <std::floating_point T>
constexpr interval<T> exp(const interval<T>& x) {
  return detail::checked_interval(exp(x.lo()), exp(x.hi()), "exp(interval)");
}
/// ln x for x > 0, increasing.
template <std::floating_point T>
constexpr interval<T> log(const interval<T>& x) {
  detail::require_positive(x, "log(interval)", "x");
  return interval<T>(log(x.lo()), log(x.hi()));
}
/// log10 x for x > 0, increasing.
template <std::floating_point T>
constexpr interval<T> log10(const interval<T>& x) {
  detail::require_positive(x, "log10(interval)", "x");
  return interval<T>(log10(x.lo()), log10(x.hi()));
}
/// sqrt x for x >= 0, increasing.
template <std::floating_point T>
constexpr interval<T> sqrt(const interval<T>& x) {
  detail::require_nonnegative(x, "sqrt(interval)", "x");
  return interval<T>(sqrt(x.lo()), sqrt(x.hi()));
}
/// x^y for x > 0: exp(y ln x), monotone in each argument.
template <std::floating_point T>
constexpr interval<T> pow(const interval<T>& x, const interval<T>& y) {
  detail::require_positive(x, "pow(interval, interval)", "x");
  return exp(y * log(x));
}
template <std::floating_point T, class S>
  requires std::is_arithmetic_v<S>
constexpr interval<T> pow(const interval<T>& x, S y) {
  return pow(x, interval<T>(static_cast<T>(y)));
}
template <std::floating_point T, class S>
  requires std::is_arithmetic_v<S>
constexpr interval<T> pow(S x, const interval<T>& y) {
  return pow(interval<T>(static_cast<T>(x)), y);
}
template <std::floating_point T>
constexpr interval<T> min(const interval<T>& a, const interval<T>& b) {
  return interval<T>(detail::smaller(a.lo(), b.lo()), detail::smaller(a.hi(), b.hi()));
}
template <std::floating_point T>
constexpr interval<T> max(const interval<T>& a, const interval<T>& b) {
  return interval<T>(detail::larger(a.lo(), b.lo()), detail::larger(a.hi(), b.hi()));
}
template <std::floating_point T>
constexpr interval<T> abs(const interval<T>& a) {
  if (a.lo() >= 0) return a;
  if (a.hi() <= 0) return -a;
  return interval<T>(T(0), detail::larger(T(-a.lo()), a.hi()));
}

/// Comparisons that hold for every pair of values: certainly_less([1,2], [3,4]).
template <std::floating_point T>
constexpr bool certainly_less(const interval<T>& a, const interval<T>& b) { return a.hi() < b.lo(); }
/// Comparisons that hold for some pair of values: possibly_less([1,3], [2,4]).
template <std::floating_point T>
constexpr bool possibly_less(const interval<T>& a, const interval<T>& b) { return a.lo() < b.hi(); }

// ---- the bounds of a quantity or multiplier over an interval -------------------

/// The lower bound: lower(months(interval{9.0, 12.0})) is 9 months.
template <class D, std::floating_point T>
constexpr quantity<D, T> lower(const quantity<D, interval<T>>& q) {
  return detail::access::make<quantity<D, T>>(q.base_value().lo());
}
/// The upper bound: upper(months(interval{9.0, 12.0})) is 12 months.
template <class D, std::floating_point T>
constexpr quantity<D, T> upper(const quantity<D, interval<T>>& q) {
  return detail::access::make<quantity<D, T>>(q.base_value().hi());
}
/// The midpoint: midpoint(months(interval{9.0, 12.0})) is 10.5 months.
template <class D, std::floating_point T>
constexpr quantity<D, T> midpoint(const quantity<D, interval<T>>& q) {
  return detail::access::make<quantity<D, T>>(q.base_value().mid());
}
/// The lower bound of a ranged multiplier: lower(2.83-4x) is 2.83x.
template <std::floating_point T>
constexpr multiplier<T> lower(const multiplier<interval<T>>& m) { return detail::access::make<multiplier<T>>(m.value().lo()); }
/// The upper bound of a ranged multiplier: upper(2.83-4x) is 4x.
template <std::floating_point T>
constexpr multiplier<T> upper(const multiplier<interval<T>>& m) { return detail::access::make<multiplier<T>>(m.value().hi()); }
/// The midpoint of a ranged multiplier: midpoint(2-3x) is 2.5x.
template <std::floating_point T>
constexpr multiplier<T> midpoint(const multiplier<interval<T>>& m) {
  return detail::access::make<multiplier<T>>(m.value().mid());
}

// ---- text ------------------------------------------------------------------

/// "2.8-4x", "$5-10M", "9-12 months"; with different units "$625k-$2.5M".
template <std::floating_point T, class Parts>
std::string format_number(const interval<T>& x, Parts parts) {
  const text_parts lo = parts(static_cast<double>(x.lo()));
  const text_parts hi = parts(static_cast<double>(x.hi()));
  if (lo.number == hi.number && lo.prefix == hi.prefix && lo.suffix == hi.suffix) return lo.whole();
  if (lo.prefix == hi.prefix && lo.suffix == hi.suffix) return lo.prefix + lo.number + "-" + hi.number + lo.suffix;
  return lo.whole() + "-" + hi.whole();
}

/// A bare interval, "1-2" or "0.3-0.45": its bounds to 3 significant figures,
/// or the digits asked for. Quantities and multipliers over intervals write
/// their units ("$5-10M", "2.8-4x") through their own to_string.
template <std::floating_point T>
std::string to_string(const interval<T>& x, digits p = {}) {
  detail::check_digits(p, "to_string(interval)");
  return format_number(x, [p](double v) { return detail::bare_parts(v, p); });
}

}  // namespace curveshift
