// curveshift/curve.hpp: what a scaling curve is, and what every curve can do.
//
// "if you spend $1M ... 20% ... $10M ... 40%": a scaling curve maps an input
// (money or compute) to a result (a score, or a loss for the loss curves) and
// back again. The operations here are written once against the concepts, so
// they work on every family in curves/ and on a user's own curve.
#pragma once

#include <bit>
#include <charconv>
#include <compare>
#include <cstdint>
#include <concepts>
#include <type_traits>

#include "curveshift/core/multiplier.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/core/score.hpp"

namespace curveshift {

/// A training loss (cross-entropy, nats per token): finite and >= 0. The
/// result of the loss curves (power_law, chinchilla), where lower is better.
template <number T = double>
class loss {
 public:
  constexpr explicit loss(const T& value) : value_(value) { detail::require_nonnegative(value_, "loss", "value"); }

  /// Converts the number type (double -> interval<double>).
  template <number U>
    requires(!std::same_as<U, T> && std::constructible_from<T, const U&>)
  constexpr explicit(!std::convertible_to<const U&, T>) loss(const loss<U>& other) : value_(T(other.value())) {}

  /// The loss in nats per token.
  constexpr const T& value() const { return value_; }

 private:
  T value_;
};

template <class X>
loss(X) -> loss<maker_t<X>>;

template <std::floating_point A, std::floating_point B>
constexpr auto operator<=>(const loss<A>& a, const loss<B>& b) {
  return a.value() <=> b.value();
}
template <std::floating_point A, std::floating_point B>
constexpr bool operator==(const loss<A>& a, const loss<B>& b) {
  return a.value() == b.value();
}

/// One model on (or off) a curve: what went in and what came out,
/// e.g. curve_point{million_usd(6), percent(40)}.
template <class Input, class Result>
struct curve_point {
  Input input;
  Result result;
};

template <class Input, class Result>
curve_point(Input, Result) -> curve_point<Input, Result>;

namespace detail {

template <class X>
inline constexpr bool is_score = false;
template <class T>
inline constexpr bool is_score<score<T>> = true;

template <class X>
inline constexpr bool is_loss = false;
template <class T>
inline constexpr bool is_loss<loss<T>> = true;

template <class X>
inline constexpr bool is_quantity = false;
template <class D, class T>
inline constexpr bool is_quantity<quantity<D, T>> = true;

/// log10 for any number type: the floating path keeps std::log10's accuracy,
/// other types (interval, samples) need only log.
template <number T>
constexpr T log10_of(const T& x) {
  if constexpr (std::floating_point<T>) {
    return log10(x);
  } else {
    return T(log(x) / scalar_t<T>(ln10_wide));
  }
}

/// 10^x for any number type, as above.
template <number T>
constexpr T exp10_of(const T& x) {
  if constexpr (std::floating_point<T>) {
    return exp10(x);
  } else {
    return T(exp(T(x * scalar_t<T>(ln10_wide))));
  }
}

/// A filter for the hot path: true when every value of x is in [0, 1]. For
/// double, one unsigned compare of the bits (non-negative doubles order as
/// their bit patterns; a sign bit or NaN makes the pattern larger than 1.0's).
/// -0.0 fails the filter, so callers follow a failure with the full check.
template <number T>
constexpr bool in_unit_range_fast(const T& x) {
  if constexpr (std::same_as<T, double>) {
    if (!std::is_constant_evaluated()) {
      return std::bit_cast<std::uint64_t>(x) <= std::bit_cast<std::uint64_t>(1.0);
    }
  }
  return number_traits<T>::find_if_not(x, [](auto v) { return v >= 0 && v <= 1; }) == nullptr;
}

/// A filter for the hot path: true when every value of x is finite and > 0.
/// For double, one unsigned compare of the bits less one: +0 wraps to the
/// top, and negatives (sign bit), infinities and NaNs all land at or above
/// infinity's pattern. Callers follow a failure with the full check.
template <number T>
constexpr bool finite_positive_fast(const T& x) {
  if constexpr (std::same_as<T, double>) {
    if (!std::is_constant_evaluated()) {
      constexpr std::uint64_t inf = std::bit_cast<std::uint64_t>(std::numeric_limits<double>::infinity());
      return std::bit_cast<std::uint64_t>(x) - 1 < inf - 1;
    }
  }
  return number_traits<T>::find_if_not(x, [](auto v) { return finite_positive(v); }) == nullptr;
}

/// Reports the value finite_positive_fast rejected. That filter is exact, so
/// this never returns, and saying so lets a loop around the hot path keep a
/// curve's fields in registers: a failed check that might return could have
/// changed them.
template <number T>
[[noreturn]] constexpr void fail_positive(const T& x, const char* function, const char* argument) {
  require_positive(x, function, argument);
  __builtin_unreachable();
}

/// Checks a score share a curve computed; names the curve, not score::from_share.
/// The share is stored in [0, 1] but reported in percent, as scores are
/// written: "score = 300%", not "score = 3.0000000000000004".
template <number T>
constexpr score<T> checked_score(const T& share, const char* function) {
  if (const auto* bad = number_traits<T>::find_if_not(share, [](auto v) { return v >= 0 && v <= 1; })) [[unlikely]] {
    if (std::is_constant_evaluated()) constant_evaluation_failed(function, "score", *bad, "a share in [0, 1]");
    char text[64];
    const auto end = std::to_chars(text, text + sizeof text - 1, static_cast<double>(*bad) * 100,
                                   std::chars_format::general, 6).ptr;
    *end = '%';
    fail_text(function, "score", std::string_view(text, static_cast<std::size_t>(end - text) + 1),
              "0..100% (the input lies past where the curve reaches 0% or 100%)");
  }
  return detail::access::make<score<T>>(share);
}

/// Checks `test` value by value with pred; on failure reports the first value
/// of `shown` (the argument the user passed) rather than the derived test value.
template <number D, number S, class Pred>
constexpr void require_about(const D& test, Pred pred, const S& shown, const char* function, const char* argument,
                             const char* expected) {
  if (number_traits<D>::find_if_not(test, pred) != nullptr) [[unlikely]] {
    const auto* first = number_traits<S>::find_if_not(shown, [](auto) { return false; });
    fail(function, argument, static_cast<long double>(*first), expected);
  }
}

}  // namespace detail

/// A curve that can be inverted: it names its input (money or compute) and its
/// result (score or loss), and answers cost_for(result), the input that reaches it.
template <class C>
concept invertible_curve = requires { typename C::input_type; typename C::result_type; } &&
                           detail::is_quantity<typename C::input_type> &&
                           requires(const C& c, const typename C::result_type& r) {
                             { c.cost_for(r) } -> std::same_as<typename C::input_type>;
                           };

/// A scaling curve: score_at(input) and its inverse cost_for(score).
/// "a $1M model might solve 20% of important coding tasks, a $10M might solve 40%"
template <class C>
concept scaling_curve = invertible_curve<C> && detail::is_score<typename C::result_type> &&
                        requires(const C& c, const typename C::input_type& x) {
                          { c.score_at(x) } -> std::same_as<typename C::result_type>;
                        };

/// A loss curve: loss_at(input) and its inverse cost_for(loss); lower is better.
template <class C>
concept loss_curve = invertible_curve<C> && detail::is_loss<typename C::result_type> &&
                     requires(const C& c, const typename C::input_type& x) {
                       { c.loss_at(x) } -> std::same_as<typename C::result_type>;
                     };

/// Any scaling curve seen through a compute multiplier: score_at(x) is the
/// curve's score at x * m, cost_for(s) the curve's cost / m. The families in
/// curves/ shift themselves into their own family; this serves the rest.
template <scaling_curve C, number T = typename C::input_type::value_type>
class shifted_curve {
 public:
  using input_type = typename C::input_type;
  using result_type = typename C::result_type;

  constexpr shifted_curve(const C& curve, const multiplier<T>& by) : curve_(curve), by_(by) {}

  constexpr result_type score_at(const input_type& input) const { return curve_.score_at(input_type(input * by_)); }
  constexpr input_type cost_for(const result_type& target) const { return input_type(curve_.cost_for(target) / by_); }
  constexpr shifted_curve shifted_by(const multiplier<T>& m) const { return shifted_curve(curve_, by_ * m); }
  constexpr const C& curve() const { return curve_; }
  constexpr const multiplier<T>& by() const { return by_; }

 private:
  C curve_;
  multiplier<T> by_;
};

/// "shifting the curve": the same curve after a compute multiplier, so each
/// dollar (or FLOP) buys m times the effective compute.
/// shifted_by(coding_curve, 2x).cost_for(40%) == $5M (essay E2).
template <invertible_curve C, number T>
constexpr auto shifted_by(const C& curve, const multiplier<T>& m) {
  if constexpr (requires { curve.shifted_by(m); }) {
    return curve.shifted_by(m);
  } else {
    return shifted_curve<C, T>(curve, m);
  }
}

/// Points gained per decade of input at a point: the slope of the score
/// against log10(input). On the essay's curve, +20 points everywhere (E15).
template <scaling_curve C, class D, number U>
constexpr auto marginal_gain_per_decade(const C& curve, const quantity<D, U>& input) {
  if constexpr (requires { curve.marginal_gain_per_decade(input); }) {
    return curve.marginal_gain_per_decade(input);
  } else {
    // A curve without its own derivative: a central difference over +-0.001
    // decades (error ~1e-7 relative for smooth curves).
    using R = promoted_t<typename C::input_type::value_type, U>;
    const multiplier<R> step(R(detail::exp10_of(scalar_t<R>(0.001))));
    const auto up = curve.score_at(input * step);
    const auto down = curve.score_at(input / step);
    return points<R>(R((up - down).value() / scalar_t<R>(0.002)));
  }
}

/// Points gained per doubling of input at a point: the decade slope times
/// log10(2). On the essay's curve, 20 x 0.30103 = +6.02 points (E2, E3).
template <scaling_curve C, class D, number U>
constexpr auto marginal_gain_per_doubling(const C& curve, const quantity<D, U>& input) {
  const auto per_decade = marginal_gain_per_decade(curve, input);
  using R = std::remove_cvref_t<decltype(per_decade.value())>;
  return points<R>(R(per_decade.value() * scalar_t<R>(0.30102999566398119521373889472449302677L)));
}

/// Points a compute multiplier buys at a given input: score_at(x * m) - score_at(x).
/// On the essay's curve 1.2x = +1.58, 2x = +6.02, 10x = +20 points (E3).
template <scaling_curve C, class D, number U, number V>
constexpr auto gain_from(const C& curve, const quantity<D, U>& input, const multiplier<V>& m) {
  return curve.score_at(input * m) - curve.score_at(input);
}

/// How many x on the scaling curve model a is ahead of model b: each model's
/// efficiency is the input the curve needs for its result over the input it
/// used; the gap is the ratio. Below 1x, a is behind.
/// "DeepSeek-V3 is worse than those US frontier models — let's say by ~2x on the scaling curve"
template <invertible_curve C, class Input, class Result>
constexpr auto multiplier_gap(const C& curve, const curve_point<Input, Result>& a, const curve_point<Input, Result>& b) {
  const auto efficiency_a = curve.cost_for(a.result) / a.input;
  const auto efficiency_b = curve.cost_for(b.result) / b.input;
  using R = std::remove_cvref_t<decltype(efficiency_a / efficiency_b)>;
  return multiplier<R>(detail::checked_result(R(efficiency_a / efficiency_b), "multiplier_gap"));
}

/// The total input a model needs to reach a target, keeping its own distance
/// from the curve: input x cost_for(target) / cost_for(its result). For a model
/// on the curve this is cost_for(target); less than its input if it is past the target.
template <invertible_curve C, class Input, class Result>
constexpr auto input_to_close(const C& curve, const curve_point<Input, Result>& from, const Result& target) {
  const auto ratio = curve.cost_for(target) / curve.cost_for(from.result);
  using R = std::remove_cvref_t<decltype(ratio)>;
  return from.input * multiplier<R>(R(detail::checked_result(ratio, "input_to_close")));
}

}  // namespace curveshift
