// curveshift/score.hpp: a score, the share of tasks solved (0..100%), and
// the percentage points between two scores.
#pragma once

#include <compare>

#include "curveshift/core/number.hpp"

namespace curveshift {

namespace detail {
template <number T>
constexpr void check_share(const T& s, const char* function, const char* argument) {
  require(s, [](auto v) { return v >= 0 && v <= 1; }, function, argument, "a share in [0, 1] (0..100%)");
}
}  // namespace detail

/// Percentage points: the signed difference of two scores ("+6.02 points").
template <number T = double>
class points {
 public:
  constexpr explicit points(const T& value) : value_(value) { detail::require_finite(value_, "points", "value"); }
  /// The number of percentage points.
  constexpr const T& value() const { return value_; }

 private:
  T value_;
};

template <class X>
points(X) -> points<maker_t<X>>;

template <number A, number B>
constexpr auto operator+(const points<A>& a, const points<B>& b) {
  return points<promoted_t<A, B>>(a.value() + b.value());
}
template <number A, number B>
constexpr auto operator-(const points<A>& a, const points<B>& b) {
  return points<promoted_t<A, B>>(a.value() - b.value());
}
template <number T>
constexpr points<T> operator-(const points<T>& a) {
  return points<T>(-a.value());
}
template <std::floating_point A, std::floating_point B>
constexpr auto operator<=>(const points<A>& a, const points<B>& b) {
  return a.value() <=> b.value();
}
template <std::floating_point A, std::floating_point B>
constexpr bool operator==(const points<A>& a, const points<B>& b) {
  return detail::equal(a.value(), b.value());
}

/// A score: the share of tasks a model solves, from 0 to 100%.
template <number T = double>
class score {
 public:
  /// From a share in [0, 1]; see percent() for the usual way to write one.
  static constexpr score from_share(const T& share) {
    detail::check_share(share, "score::from_share", "share");
    return score(share);
  }

  /// The share in [0, 1].
  constexpr const T& share() const { return share_; }
  /// The share in percent, 0..100.
  constexpr T in_percent() const { return T(share_ * scalar_t<T>(100)); }

  /// Converts the number type (double -> interval<double>).
  template <number U>
    requires(!std::same_as<U, T> && std::constructible_from<T, const U&>)
  constexpr explicit(!std::convertible_to<const U&, T>) score(const score<U>& other) : share_(T(other.share())) {}

 private:
  constexpr explicit score(const T& share) : share_(share) {}
  // A share already known to be in [0, 1], for the library's internals
  // through detail::access::make; no user code skips the check.
  constexpr score(detail::raw_tag, const T& share) : share_(share) {}
  friend struct detail::access;
  T share_;
};

/// A score written in percent: percent(40) is 40% of tasks solved.
template <class X>
  requires number<maker_t<X>>
constexpr score<maker_t<X>> percent(const X& value) {
  using T = maker_t<X>;
  const T v = static_cast<T>(value);
  detail::require(v, [](auto s) { return s >= 0 && s <= 100; }, "percent", "value", "a percentage in [0, 100]");
  return score<T>::from_share(T(v / scalar_t<T>(100)));
}

/// Points between two scores.
template <number A, number B>
constexpr auto operator-(const score<A>& a, const score<B>& b) {
  using R = promoted_t<A, B>;
  return points<R>(R((a.share() - b.share()) * scalar_t<R>(100)));
}

/// A score moved by some points; leaving 0..100% is an error.
template <number A, number B>
constexpr auto operator+(const score<A>& a, const points<B>& p) {
  using R = promoted_t<A, B>;
  const R share = a.share() + p.value() / scalar_t<R>(100);
  detail::check_share(share, "operator+(score, points)", "result");
  return score<R>::from_share(share);
}

template <number A, number B>
constexpr auto operator-(const score<A>& a, const points<B>& p) {
  return a + (-p);
}

template <std::floating_point A, std::floating_point B>
constexpr auto operator<=>(const score<A>& a, const score<B>& b) {
  return a.share() <=> b.share();
}
template <std::floating_point A, std::floating_point B>
constexpr bool operator==(const score<A>& a, const score<B>& b) {
  return detail::equal(a.share(), b.share());
}

namespace literals {
constexpr score<> operator""_pct(long double v) { return percent(static_cast<double>(v)); }
constexpr score<> operator""_pct(unsigned long long v) { return percent(static_cast<double>(v)); }
}  // namespace literals

}  // namespace curveshift
