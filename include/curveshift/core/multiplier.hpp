// curveshift/multiplier.hpp: a positive ratio, shown as "4x". A compute
// multiplier is a multiplier on effective compute: shifting a scaling curve
// by one makes every dollar buy that many times the compute.
#pragma once

#include <compare>

#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// A positive, finite ratio: "2x", "0.83x". Composes by *, inverts, raises
/// to a power; multiplying money or compute by one gives effective spend.
template <number T = double>
class multiplier {
 public:
  constexpr explicit multiplier(const T& factor) : raw_(factor) {
    detail::require_positive(raw_, "multiplier", "factor");
  }


  /// Converts the number type (double -> interval<double>).
  template <number U>
    requires(!std::same_as<U, T> && std::constructible_from<T, const U&>)
  constexpr explicit(!std::convertible_to<const U&, T>) multiplier(const multiplier<U>& other)
      : raw_(T(detail::raw(other))) {}

  /// The ratio: 2 for "2x". A read: if an operation before it overflowed (or
  /// underflowed to 0, which is no ratio), this raises.
  constexpr const T& value() const {
    detail::require(raw_, [](auto v) { return detail::finite_positive(v); }, "multiplier::value", "value",
                    "a finite value > 0 (an operation before this read overflowed or underflowed)");
    return raw_;
  }
  /// 1 / the ratio: a 2x multiplier halves the cost of a fixed result.
  constexpr multiplier inverse() const { return detail::access::make<multiplier>(T(scalar_t<T>(1) / raw_)); }
  /// Orders of magnitude: 1 for 10x, 0.301 for 2x.
  constexpr T orders_of_magnitude() const { return log10(value()); }

 private:
  // A factor made from checked values by interior arithmetic, for the
  // library through detail::access::make; reads check it.
  constexpr multiplier(detail::raw_tag, const T& factor) : raw_(factor) {}
  friend struct detail::access;
  T raw_;
};

template <class X>
multiplier(X) -> multiplier<maker_t<X>>;

namespace detail {
/// A multiplier from interior arithmetic on checked values: positive by
/// construction, unchecked; overflow (or underflow to 0) raises at the read.
template <number R>
constexpr multiplier<R> make_unchecked_multiplier(const R& factor) {
  return detail::access::make<multiplier<R>>(factor);
}
}  // namespace detail

/// Multipliers compound by multiplication: 1.2x * 2x * 10x = 24x.
template <number A, number B>
constexpr auto operator*(const multiplier<A>& a, const multiplier<B>& b) {
  using R = promoted_t<A, B>;
  return detail::make_unchecked_multiplier(R(detail::raw(a) * detail::raw(b)));
}

template <number A, number B>
constexpr auto operator/(const multiplier<A>& a, const multiplier<B>& b) {
  using R = promoted_t<A, B>;
  return detail::make_unchecked_multiplier(R(detail::raw(a) / detail::raw(b)));
}

/// A multiplier compounded k times: pow(1.2x, 4) = 2.0736x.
template <number A, class X>
  requires number<maker_t<X>>
constexpr auto pow(const multiplier<A>& m, const X& k) {
  using K = maker_t<X>;
  using R = promoted_t<A, K>;
  detail::require_finite(static_cast<K>(k), "pow(multiplier, k)", "k");
  return detail::make_unchecked_multiplier(R(exp(R(static_cast<K>(k) * log(detail::raw(m))))));
}

/// Effective spend: money or compute times a compute multiplier. A quantity
/// keeps its sign (the multiplier is positive), so nothing is checked here:
/// overflow raises at the read.
template <class D, number A, number B>
constexpr auto operator*(const quantity<D, A>& q, const multiplier<B>& m) {
  using R = promoted_t<A, B>;
  return detail::make_unchecked<D>(R(detail::raw(q) * detail::raw(m)));
}
template <class D, number A, number B>
constexpr auto operator*(const multiplier<B>& m, const quantity<D, A>& q) {
  return q * m;
}
/// The cost of a fixed result after a multiplier: $10M / 2x = $5M.
template <class D, number A, number B>
constexpr auto operator/(const quantity<D, A>& q, const multiplier<B>& m) {
  using R = promoted_t<A, B>;
  return detail::make_unchecked<D>(R(detail::raw(q) / detail::raw(m)));
}

template <std::floating_point A, std::floating_point B>
constexpr auto operator<=>(const multiplier<A>& a, const multiplier<B>& b) {
  return a.value() <=> b.value();
}
template <std::floating_point A, std::floating_point B>
constexpr bool operator==(const multiplier<A>& a, const multiplier<B>& b) {
  return detail::equal(a.value(), b.value());
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
