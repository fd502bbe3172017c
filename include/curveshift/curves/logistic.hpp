// curveshift/curves/logistic.hpp: an S-curve in log-input, bounded by a floor
// and a ceiling: a benchmark that saturates, or a young RL stage where
// "spending $1M instead of $0.1M is enough to get huge gains".
#pragma once

#include "curveshift/curves/curve.hpp"

namespace curveshift {

/// score = floor + (ceiling - floor) / (1 + exp(-steepness x log10(input / midpoint))).
/// The score never leaves [floor, ceiling]; steepness is in natural-log odds per
/// decade, so steepness = ln 9 climbs from 10% to 90% of the range over the two
/// decades around the midpoint.
template <class Dim, number T = double>
class logistic {
 public:
  using input_type = quantity<Dim, T>;
  using result_type = score<T>;
  using value_type = T;

  constexpr logistic(const score<T>& floor, const score<T>& ceiling, const quantity<Dim, T>& midpoint, const T& steepness)
      : floor_(floor), ceiling_(ceiling), midpoint_(midpoint), steepness_(steepness),
        range_(T(ceiling.share() - floor.share())) {
    detail::require_about(range_, [](auto v) { return v > 0; }, ceiling.share(), "logistic", "ceiling",
                          "a share above the floor");
    detail::require_positive(detail::raw(midpoint), "logistic", "midpoint");
    detail::require_positive(steepness, "logistic", "steepness");
    if constexpr (std::floating_point<T>) {
      // floor + (ceiling - floor) may round an ulp above the ceiling; trim the
      // range until it does not, so floor + range / d (d >= 1) never leaves
      // [floor, ceiling] and score_at needs no range check on its result.
      while (floor_.share() + range_ > ceiling_.share()) range_ -= range_ * std::numeric_limits<T>::epsilon();
    }
  }

  /// Converts the number type (double -> interval<double>).
  template <number U>
    requires(!std::same_as<U, T> && std::constructible_from<T, const U&>)
  constexpr explicit(!std::convertible_to<const U&, T>) logistic(const logistic<Dim, U>& other)
      : logistic(score<T>(other.floor()), score<T>(other.ceiling()), quantity<Dim, T>(other.midpoint()),
                 T(other.steepness())) {}

  constexpr const score<T>& floor() const { return floor_; }
  constexpr const score<T>& ceiling() const { return ceiling_; }
  constexpr const quantity<Dim, T>& midpoint() const { return midpoint_; }
  constexpr const T& steepness() const { return steepness_; }

  template <number U>
  constexpr auto score_at(const quantity<Dim, U>& input) const {
    using R = promoted_t<T, U>;
    // One check on the hot path, on the input, before the calls, so the
    // input need not be kept across them: a finite input > 0 gives a score
    // in [floor, ceiling] whatever the calls return (x / midpoint may
    // underflow to 0, then exp gives inf and the score the floor, or
    // overflow to inf, then exp gives 0 and the score the ceiling).
    if (!detail::finite_positive_fast(detail::raw(input))) [[unlikely]] {
      detail::fail_positive(detail::raw(input), "logistic::score_at", "input");
    }
    // The input appears once, so interval bounds stay tight. The odds
    // against are exp(-k log10(x / m)), written exp(k log10(m / x)): the
    // same one rounding in the quotient, and no negation to keep across
    // the call.
    const R odds_against = exp(R(detail::log10_of(R(detail::raw(midpoint_) / detail::raw(input))) * steepness_));
    const R share = R(floor_.share() + range_ / R(scalar_t<R>(1) + odds_against));
    if constexpr (std::floating_point<R>) {
      return detail::access::make<score<R>>(share);  // in [floor, ceiling]: see the constructor
    } else {
      return detail::checked_score(share, "logistic::score_at");
    }
  }

  /// The input that reaches a target strictly between floor and ceiling.
  template <number U>
  constexpr auto cost_for(const score<U>& target) const {
    using R = promoted_t<T, U>;
    const R above_floor = R(target.share() - floor_.share());
    detail::require_about(above_floor, [](auto v) { return v > 0; }, target.share(), "logistic::cost_for", "target",
                          "a score above the curve's floor (the curve never comes down to it)");
    detail::require_about(R(ceiling_.share() - target.share()), [](auto v) { return v > 0; }, target.share(),
                          "logistic::cost_for", "target", "a score below the curve's ceiling (the curve never reaches it)");
    // (ceiling - floor) / (target - floor) - 1 is the odds against, exp(-k z):
    // the target appears once.
    const R odds_against = R(range_ / above_floor - scalar_t<R>(1));
    const R decades = R(-log(odds_against) / steepness_);
    // midpoint > 0 and 10^d >= 0: overflow raises at the read.
    return detail::make_unchecked<Dim>(R(detail::raw(midpoint_) * detail::exp10_of(decades)));
  }

  /// The curve after a compute multiplier: the midpoint comes m times sooner.
  template <number U>
  constexpr auto shifted_by(const multiplier<U>& m) const {
    using R = promoted_t<T, U>;
    return logistic<Dim, R>(score<R>(floor_), score<R>(ceiling_), midpoint_ / m, R(steepness_));
  }

  /// Points per decade at an input: 100 (ceiling - floor) k u (1 - u), with u
  /// the share of the range reached; greatest at the midpoint.
  template <number U>
  constexpr auto marginal_gain_per_decade(const quantity<Dim, U>& input) const {
    using R = promoted_t<T, U>;
    detail::require_positive(detail::raw(input), "logistic::marginal_gain_per_decade", "input");
    const R odds_against = exp(R(-steepness_ * detail::log10_of(R(detail::raw(input) / detail::raw(midpoint_)))));
    // u = 1 / (1 + e) stays in [0, 1] even when e overflows, so u (1 - u) is never NaN.
    const R reached = R(scalar_t<R>(1) / (scalar_t<R>(1) + odds_against));
    return points<R>(R(scalar_t<R>(100) * range_ * steepness_ * reached * (scalar_t<R>(1) - reached)));
  }

 private:
  score<T> floor_;
  score<T> ceiling_;
  quantity<Dim, T> midpoint_;
  T steepness_;
  T range_;
};

template <class Dim, number T>
logistic(score<T>, score<T>, quantity<Dim, T>, T) -> logistic<Dim, T>;

}  // namespace curveshift
