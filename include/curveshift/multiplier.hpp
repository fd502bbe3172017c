// curveshift/multiplier.hpp: a positive ratio, shown as "4x". A compute
// multiplier is a multiplier on effective compute: shifting a scaling curve
// by one makes every dollar buy that many times the compute.
#pragma once

#include <compare>

#include "curveshift/quantity.hpp"

namespace curveshift {

/// A positive, finite ratio: "2x", "0.83x". Composes by *, inverts, raises
/// to a power; multiplying money or compute by one gives effective spend.
template <number T = double>
class multiplier {
 public:
  constexpr explicit multiplier(const T& factor) : factor_(factor) {
    detail::require_positive(factor_, "multiplier", "factor");
  }

  /// For the library's internals: a factor already checked to be positive and finite.
  constexpr multiplier(detail::raw_tag, const T& factor) : factor_(factor) {}

  /// Converts the number type (double -> interval<double>).
  template <number U>
    requires(!std::same_as<U, T> && std::constructible_from<T, const U&>)
  constexpr explicit(!std::convertible_to<const U&, T>) multiplier(const multiplier<U>& other)
      : factor_(T(other.value())) {}

  /// The ratio: 2 for "2x".
  constexpr const T& value() const { return factor_; }
  /// 1 / the ratio: a 2x multiplier halves the cost of a fixed result.
  constexpr multiplier inverse() const { return multiplier(T(scalar_t<T>(1) / factor_)); }
  /// Orders of magnitude: 1 for 10x, 0.301 for 2x.
  constexpr T orders_of_magnitude() const { return log10(factor_); }

 private:
  T factor_;
};

template <class X>
multiplier(X) -> multiplier<maker_t<X>>;

namespace detail {
/// A multiplier from a computed factor, checked once: overflow to infinity
/// and underflow to 0 are both errors (a ratio of 0 is no multiplier).
template <number R>
constexpr multiplier<R> make_multiplier(const R& factor, const char* function) {
  require(factor, [](auto v) { return finite_positive(v); }, function, "result", "a finite value > 0");
  return multiplier<R>(raw_tag{}, factor);
}
}  // namespace detail

/// Multipliers compound by multiplication: 1.2x * 2x * 10x = 24x.
template <number A, number B>
constexpr auto operator*(const multiplier<A>& a, const multiplier<B>& b) {
  using R = promoted_t<A, B>;
  return detail::make_multiplier(R(a.value() * b.value()), "operator*(multiplier, multiplier)");
}

template <number A, number B>
constexpr auto operator/(const multiplier<A>& a, const multiplier<B>& b) {
  using R = promoted_t<A, B>;
  return detail::make_multiplier(R(a.value() / b.value()), "operator/(multiplier, multiplier)");
}

/// A multiplier compounded k times: pow(1.2x, 4) = 2.0736x.
template <number A, class X>
  requires number<maker_t<X>>
constexpr auto pow(const multiplier<A>& m, const X& k) {
  using K = maker_t<X>;
  using R = promoted_t<A, K>;
  detail::require_finite(static_cast<K>(k), "pow(multiplier, k)", "k");
  return detail::make_multiplier(R(exp(R(static_cast<K>(k) * log(m.value())))), "pow(multiplier, k)");
}

/// Effective spend: money or compute times a compute multiplier.
template <class D, number A, number B>
constexpr auto operator*(const quantity<D, A>& q, const multiplier<B>& m) {
  using R = promoted_t<A, B>;
  const R r = R(q.base_value() * m.value());
  // A time span may be negative, so it gets the full check; otherwise q >= 0
  // and m > 0, both finite, so the product is >= 0 and only overflow can fail.
  if constexpr (D::is_signed) {
    return detail::make_quantity<D>(r, "operator*(quantity, multiplier)");
  } else {
    return detail::make_finite_quantity<D>(r, "operator*(quantity, multiplier)");
  }
}
template <class D, number A, number B>
constexpr auto operator*(const multiplier<B>& m, const quantity<D, A>& q) {
  return q * m;
}
/// The cost of a fixed result after a multiplier: $10M / 2x = $5M.
template <class D, number A, number B>
constexpr auto operator/(const quantity<D, A>& q, const multiplier<B>& m) {
  using R = promoted_t<A, B>;
  const R r = R(q.base_value() / m.value());
  // A time span may be negative, so it gets the full check; otherwise q >= 0
  // and m > 0, both finite, so the quotient is >= 0 and only overflow can fail.
  if constexpr (D::is_signed) {
    return detail::make_quantity<D>(r, "operator/(quantity, multiplier)");
  } else {
    return detail::make_finite_quantity<D>(r, "operator/(quantity, multiplier)");
  }
}

template <std::floating_point A, std::floating_point B>
constexpr auto operator<=>(const multiplier<A>& a, const multiplier<B>& b) {
  return a.value() <=> b.value();
}
template <std::floating_point A, std::floating_point B>
constexpr bool operator==(const multiplier<A>& a, const multiplier<B>& b) {
  return a.value() == b.value();
}

/// The multiplier of a percentage fall: percent_drop(17) is 0.83x.
template <class X>
  requires number<maker_t<X>>
constexpr multiplier<maker_t<X>> percent_drop(const X& percent) {
  using T = maker_t<X>;
  const T p = static_cast<T>(percent);
  detail::require(p, [](auto v) { return v >= 0 && v < 100; }, "percent_drop", "percent", "a percentage in [0, 100)");
  return multiplier<T>(T(scalar_t<T>(1) - p / scalar_t<T>(100)));
}

/// The multiplier of a percentage rise: percent_rise(20) is 1.2x.
template <class X>
  requires number<maker_t<X>>
constexpr multiplier<maker_t<X>> percent_rise(const X& percent) {
  using T = maker_t<X>;
  const T p = static_cast<T>(percent);
  detail::require_nonnegative(p, "percent_rise", "percent");
  return multiplier<T>(T(scalar_t<T>(1) + p / scalar_t<T>(100)));
}

namespace literals {
constexpr multiplier<> operator""_x(long double v) { return multiplier<>(static_cast<double>(v)); }
constexpr multiplier<> operator""_x(unsigned long long v) { return multiplier<>(static_cast<double>(v)); }
}  // namespace literals

}  // namespace curveshift
