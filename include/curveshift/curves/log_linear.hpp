// curveshift/curves/log_linear.hpp: the essay's scaling curve, a fixed number
// of points per decade of spend.
//
// "if you spend $1M ... 20% of important coding tasks, a $10M might solve 40%,
// $100M might solve 60%": score = level + slope x log10(input / reference).
#pragma once

#include "curveshift/curves/curve.hpp"

namespace curveshift {

/// score = level + per_decade x log10(input / reference), over money or
/// compute (Dim) and any number type T. Unbounded in log-input, so an input
/// past where it reaches 0% or 100% is an error, never a score outside 0..100%.
template <class Dim, number T = double>
class log_linear {
 public:
  using input_type = quantity<Dim, T>;
  using result_type = score<T>;
  using value_type = T;

  /// The curve through `level` at `reference`, rising `per_decade` points for
  /// each tenfold input: log_linear{percent(20), million_usd(1), points{20.0}}.
  constexpr log_linear(const score<T>& level, const quantity<Dim, T>& reference, const points<T>& per_decade)
      : level_(level), reference_(reference), per_decade_(per_decade),
        share_per_decade_(T(per_decade.value() / scalar_t<T>(100))),
        decades_per_share_(reciprocal(share_per_decade_, per_decade.value())) {
    detail::require_positive(detail::raw(reference), "log_linear", "reference");
  }

  /// Converts the number type (double -> interval<double>).
  template <number U>
    requires(!std::same_as<U, T> && std::constructible_from<T, const U&>)
  constexpr explicit(!std::convertible_to<const U&, T>) log_linear(const log_linear<Dim, U>& other)
      : log_linear(score<T>(other.level()), quantity<Dim, T>(other.reference()), points<T>(T(other.per_decade().value()))) {}

  constexpr const score<T>& level() const { return level_; }
  constexpr const quantity<Dim, T>& reference() const { return reference_; }
  constexpr const points<T>& per_decade() const { return per_decade_; }

  /// The score an input buys: $10M -> 40% on the essay's curve.
  template <number U>
  constexpr auto score_at(const quantity<Dim, U>& input) const {
    using R = promoted_t<T, U>;
    // One check on the hot path, on the result: a zero input gives log10(0)
    // = -inf, so a share outside [0, 1] (NaN for a flat curve). Only then is
    // the input looked at, rebuilt from the decades (exactly 0 for -inf), so
    // the error still names it without the hot path keeping it across the
    // call. The level is added after the log so the curve's fields load after
    // the call, not across it.
    const R decades = detail::log10_of(R(detail::raw(input) / detail::raw(reference_)));
    const R share = R(share_per_decade_ * decades + level_.share());
    if (!detail::in_unit_range_fast(share)) [[unlikely]] {
      detail::require(R(detail::raw(reference_) * detail::exp10_of(decades)), [](auto v) { return v > 0; },
                      "log_linear::score_at", "input", "a value > 0 (log10 of 0 is -infinity)");
      detail::checked_score(share, "log_linear::score_at");
    }
    return detail::access::make<score<R>>(share);  // checked above: in [0, 1]
  }

  /// The input that reaches a target: 60% -> $100M on the essay's curve.
  template <number U>
  constexpr auto cost_for(const score<U>& target) const {
    using R = promoted_t<T, U>;
    const R decades = decades_to<R>(target.share());
    // reference > 0 and 10^d >= 0: the cost is >= 0 by construction, and
    // its overflow raises at the read. (10^d first, then the reference: the
    // reference is then read after the call, not kept across it.)
    return detail::make_unchecked<Dim>(R(detail::exp10_of(decades) * detail::raw(reference_)));
  }

  /// The curve after a compute multiplier: the same score for input / m, so
  /// the reference input falls by m (E2: 40% for $5M instead of $10M).
  template <number U>
  constexpr auto shifted_by(const multiplier<U>& m) const {
    using R = promoted_t<T, U>;
    // reference / m > 0 by construction: no check here; a reference that
    // overflowed or underflowed raises when the curve's results are read.
    return log_linear<Dim, R>(detail::raw_tag{}, score<R>(level_), reference_ / m, points<R>(R(per_decade_.value())),
                              R(share_per_decade_), decades_per_share_);
  }

  /// Points per decade at an input: the same everywhere on this curve.
  template <number U>
  constexpr auto marginal_gain_per_decade(const quantity<Dim, U>& input) const {
    detail::require_positive(detail::raw(input), "log_linear::marginal_gain_per_decade", "input");
    return points<promoted_t<T, U>>(promoted_t<T, U>(per_decade_.value()));
  }

 private:
  // For a floating T the decades per unit of share are computed once, so
  // cost_for multiplies where it would divide on every call, and a curve
  // that cannot be inverted (flat or falling) stores NaN, which cost_for's
  // one test finds. A rising curve always stores a finite number: where the
  // slope is so small (subnormal) that its reciprocal overflows, or its
  // share per decade rounds to 0, the largest double, so that at the curve's
  // own level the decades are 0 x that = 0 rather than 0 x inf = NaN (found
  // by tests/fuzz/fuzz_curves.cpp), and elsewhere so many that 10^d is inf
  // or 0, as such a curve needs. Other number types divide each time and
  // check the slope first: an interval or a sample set of slopes may hold 0.
  struct no_reciprocal {};
  using reciprocal_type = std::conditional_t<std::floating_point<T>, T, no_reciprocal>;
  static constexpr reciprocal_type reciprocal(const T& share_per_decade, const T& per_decade) {
    if constexpr (std::floating_point<T>) {
      if (!(per_decade > 0)) return std::numeric_limits<T>::quiet_NaN();
      const T r = T(1) / share_per_decade;
      return r < std::numeric_limits<T>::max() ? r : std::numeric_limits<T>::max();
    } else {
      return no_reciprocal{};
    }
  }

  template <class, number>
  friend class log_linear;

  // The shift keeps the slope, so it keeps the reciprocal too (a divide per
  // shift otherwise, on E2's path). From a curve of another number type the
  // reciprocal is computed afresh.
  template <class Reciprocal>
  constexpr log_linear(detail::raw_tag, const score<T>& level, const quantity<Dim, T>& reference,
                       const points<T>& per_decade, const T& share_per_decade, const Reciprocal& decades_per_share)
      : level_(level), reference_(reference), per_decade_(per_decade), share_per_decade_(share_per_decade),
        decades_per_share_(kept_reciprocal(share_per_decade, per_decade.value(), decades_per_share)) {}

  template <class Reciprocal>
  static constexpr reciprocal_type kept_reciprocal(const T& share_per_decade, const T& per_decade, const Reciprocal& r) {
    if constexpr (std::same_as<Reciprocal, reciprocal_type>) {
      return r;
    } else {
      return reciprocal(share_per_decade, per_decade);
    }
  }

  // The decades from the reference to a target share, for a rising curve
  // only. For a floating T the slope's check rides on the decades: a curve
  // that does not rise stores a NaN reciprocal (see reciprocal()), so only
  // then are the decades NaN, and only then is the slope examined, by name.
  template <number R, number S>
  constexpr R decades_to(const S& target_share) const {
    if constexpr (std::floating_point<T> && std::same_as<R, T>) {
      const R decades = R((target_share - level_.share()) * decades_per_share_);
      if (!detail::equal(decades, decades)) [[unlikely]] {
        require_rising();
      }
      return decades;
    } else {
      require_rising();
      return R((target_share - level_.share()) / share_per_decade_);
    }
  }

  constexpr void require_rising() const {
    detail::require(per_decade_.value(), [](auto v) { return v > 0; }, "log_linear::cost_for", "per_decade",
                    "a rising curve (> 0 points per decade) to invert");
  }

  score<T> level_;
  quantity<Dim, T> reference_;
  points<T> per_decade_;
  T share_per_decade_;
  [[no_unique_address]] reciprocal_type decades_per_share_;
};

template <class Dim, number T>
log_linear(score<T>, quantity<Dim, T>, points<T>) -> log_linear<Dim, T>;

}  // namespace curveshift
