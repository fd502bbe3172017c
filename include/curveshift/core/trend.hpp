// curveshift/trend.hpp: a rate of change per year. The essay's "~4x per
// year" shift of the curve; the 1.68x/year of 2020; the fall in the price of
// a fixed capability. Over a span a trend accumulates a multiplier, so trends
// and compute multipliers compose.
#pragma once

#include <compare>

#include "curveshift/core/date.hpp"
#include "curveshift/core/multiplier.hpp"

namespace curveshift {

/// A factor per year. Stored as its natural log (the continuous rate), so
/// over(span) is one exp and composing trends is one addition.
template <number T = double>
class trend {
 public:
  /// From the continuous rate per year: trend::from_log_rate(log(4)) is 4x/year.
  static constexpr trend from_log_rate(const T& rate) {
    detail::require_finite(rate, "trend::from_log_rate", "rate");
    return trend(rate);
  }

  /// Converts the number type (double -> interval<double>).
  template <number U>
    requires(!std::same_as<U, T> && std::constructible_from<T, const U&>)
  constexpr explicit(!std::convertible_to<const U&, T>) trend(const trend<U>& other) : rate_(T(other.log_rate())) {}

  /// ln(factor per year).
  constexpr const T& log_rate() const { return rate_; }
  /// The factor per year: 4x for "4x/year".
  constexpr multiplier<T> per_year() const { return multiplier<T>(exp(rate_)); }
  /// Orders of magnitude per year: 0.602 for 4x/year.
  constexpr T orders_of_magnitude_per_year() const { return T(rate_ / scalar_t<T>(detail::ln10_wide)); }

  /// The multiplier accumulated over a span: 4x/year over 9 months is 2.83x.
  template <number U>
  constexpr auto over(const time_span<U>& span) const {
    using R = promoted_t<T, U>;
    // A multiply by the reciprocal, not a divide: it sits right before exp on
    // every model's hot path, and costs at most an ulp.
    // The rate per second folds into one factor, so a span of many values
    // (samples) takes one pass here, not two.
    const R x = R(detail::raw(span) * (rate_ * scalar_t<T>(1.0L / seconds_per_year)));
    // Interior arithmetic: exp's overflow to inf (or underflow to 0, which
    // is no ratio) raises at the read of the multiplier or of what it scales.
    return detail::make_unchecked_multiplier(R(exp(x)));
  }

  /// The span in which the trend accumulates a factor: 8x at 4x/year is 18 months.
  template <number U>
  constexpr auto time_for(const multiplier<U>& factor) const {
    using R = promoted_t<T, U>;
    if (const auto* flat = number_traits<T>::find_if_not(rate_, [](auto v) { return !detail::equal(v, 0); })) {
      detail::fail("trend::time_for", "factor per year", exp(*flat), "a trend that changes (not 1x/year)");
    }
    const R yrs = R(log(detail::raw(factor)) / rate_);
    return detail::make_unchecked<time_dim>(R(yrs * scalar_t<R>(seconds_per_year)));
  }

  /// The time to double: 16.03 months at 1.68x/year. The same span is the
  /// halving time of what the trend divides (a cost at fixed capability); a
  /// falling trend (0.5x/year) doubles what it divides every year.
  constexpr time_span<T> doubling_time() const { return time_for_two("trend::doubling_time"); }

  /// The halving time of a cost that this trend divides: 6 months at 4x/year;
  /// a falling trend halves what it multiplies: 1 year at 0.5x/year.
  constexpr time_span<T> halving_time() const { return time_for_two("trend::halving_time"); }

  /// The same trend read the other way: 4x/year growth is a 0.25x/year fall.
  constexpr trend inverse() const { return trend(T(-rate_)); }

  static constexpr long double seconds_per_year = 31556952.0L;

 private:
  constexpr explicit trend(const T& rate) : rate_(rate) {}

  // Doubling and halving are the same span read from either side: 4x/year
  // doubles what it multiplies, and halves what it divides, every 6 months;
  // 0.5x/year halves what it multiplies every year. Only a flat trend (1x/year)
  // has neither, and the error names it by its factor, as the user wrote it.
  constexpr time_span<T> time_for_two(const char* function) const {
    if (detail::holds(rate_, [](auto v) { return v > 0; })) return time_for(multiplier<T>(T(2)));
    if (detail::holds(rate_, [](auto v) { return v < 0; })) return time_for(multiplier<T>(T(0.5)));
    if (const auto* flat = number_traits<T>::find_if_not(rate_, [](auto v) { return !detail::equal(v, 0); })) {
      detail::fail(function, "factor per year", exp(*flat),
                   "a trend that rises or falls (a flat 1x/year never doubles or halves)");
    }
    detail::fail(function, "the trend rises at one end of its range and falls at the other, so it has no single "
                           "doubling or halving time (expected a range on one side of 1x/year)");
  }
  T rate_;
};

/// A trend of factor per year: per_year(4) is "4x/year".
template <class X>
  requires number<maker_t<X>>
constexpr trend<maker_t<X>> per_year(const X& factor) {
  using T = maker_t<X>;
  const T f = static_cast<T>(factor);
  detail::require_positive(f, "per_year", "factor");
  return trend<T>::from_log_rate(log(f));
}

/// A factor accumulated over a span, as a trend: 10x over 15 months is 6.31x/year.
template <number A, number B>
constexpr auto operator/(const multiplier<A>& m, const time_span<B>& span) {
  using R = promoted_t<A, B>;
  detail::require(span.base_value(), [](auto v) { return !detail::equal(v, 0); }, "operator/(multiplier, time_span)", "span",
                  "a nonzero span");
  return trend<R>::from_log_rate(R(log(m.value()) * (scalar_t<R>(trend<R>::seconds_per_year) / span.base_value())));
}

/// A trend that doubles every span: doubling_every(months(16)) is 1.68x/year.
template <number T>
constexpr trend<T> doubling_every(const time_span<T>& span) {
  detail::require_positive(span.base_value(), "doubling_every", "span");
  return multiplier<T>(T(2)) / span;
}

/// A trend under which a cost halves every span: halving_every(months(6)) is 4x/year.
template <number T>
constexpr trend<T> halving_every(const time_span<T>& span) {
  detail::require_positive(span.base_value(), "halving_every", "span");
  return multiplier<T>(T(2)) / span;
}

/// A trend of so many orders of magnitude per year: 0.602 is 4x/year.
template <class X>
  requires number<maker_t<X>>
constexpr trend<maker_t<X>> orders_of_magnitude_per_year(const X& orders) {
  using T = maker_t<X>;
  const T o = static_cast<T>(orders);
  detail::require_finite(o, "orders_of_magnitude_per_year", "orders");
  return trend<T>::from_log_rate(T(o * scalar_t<T>(detail::ln10_wide)));
}

/// The growth between two dated observations: the factor b / a per year.
template <class D, number T>
constexpr trend<T> growth_between(const observation<quantity<D, T>>& a, const observation<quantity<D, T>>& b) {
  if (a.when == b.when) detail::fail("growth_between", "the two observations are on the same date");
  detail::require_positive(a.value.base_value(), "growth_between", "a.value");
  detail::require_positive(b.value.base_value(), "growth_between", "b.value");
  return multiplier<T>(T(b.value.base_value() / a.value.base_value())) / (b.when - a.when);
}

/// The decline between two dated observations, as a positive trend:
/// a price falling 10x in 15 months is a 6.31x/year decline.
template <class D, number T>
constexpr trend<T> decline_between(const observation<quantity<D, T>>& a, const observation<quantity<D, T>>& b) {
  if (a.when == b.when) detail::fail("decline_between", "the two observations are on the same date");
  return growth_between(a, b).inverse();
}

/// The date a value seen on a date reaches a target at a trend: 5e25 FLOP on
/// 2024-01-01 growing 4x/year reaches 1e27 FLOP ln 20 / ln 4 = 2.161 years
/// later (789 days), on 2026-02-28. A target the trend moves away from, or a flat trend,
/// raises; so does a date past 2200.
template <class D, std::floating_point T, std::floating_point U>
constexpr date date_reaching(const observation<quantity<D, T>>& from, const trend<T>& t, const quantity<D, U>& target) {
  detail::require_positive(from.value.base_value(), "date_reaching", "from.value");
  detail::require_positive(target.base_value(), "date_reaching", "target");
  const auto ratio = multiplier<T>(T(target.base_value() / from.value.base_value()));
  if (!detail::equal(ratio.value(), T(1))) {
    const bool rising = t.log_rate() > 0;
    if (detail::equal(t.log_rate(), T(0)) || (ratio.value() > 1) != rising) {
      detail::fail("date_reaching", "factor per year", exp(t.log_rate()),
                   "a trend that moves toward the target (it is the other way from the starting value)");
    }
  }
  return from.when + t.time_for(ratio);
}

/// Trends compose: hardware 1.35x/year times algorithms 3x/year is 4.05x/year.
template <number A, number B>
constexpr auto operator*(const trend<A>& a, const trend<B>& b) {
  using R = promoted_t<A, B>;
  return trend<R>::from_log_rate(R(a.log_rate() + b.log_rate()));
}

/// A trend compounded k times faster: pow(2x/year, 2) is 4x/year.
template <number A, class X>
  requires number<maker_t<X>>
constexpr auto pow(const trend<A>& t, const X& k) {
  using K = maker_t<X>;
  using R = promoted_t<A, K>;
  detail::require_finite(static_cast<K>(k), "pow(trend, k)", "k");
  return trend<R>::from_log_rate(R(t.log_rate() * static_cast<K>(k)));
}

template <std::floating_point A, std::floating_point B>
constexpr auto operator<=>(const trend<A>& a, const trend<B>& b) {
  return a.log_rate() <=> b.log_rate();
}
template <std::floating_point A, std::floating_point B>
constexpr bool operator==(const trend<A>& a, const trend<B>& b) {
  return detail::equal(a.log_rate(), b.log_rate());
}

}  // namespace curveshift
