// curveshift/curves/power_law.hpp: loss falling as a power of the input,
// Kaplan et al. 2020's L(C) = (C_c / C)^alpha, with an optional floor E of
// irreducible loss: L = E + (scale / x)^alpha = E + A / x^alpha.
#pragma once

#include "curveshift/core/counts.hpp"
#include "curveshift/curves/curve.hpp"

namespace curveshift {

/// loss = floor + (scale / input)^exponent over money, compute, parameters or
/// tokens (Dim): Kaplan's laws in compute, in N and in D share one form.
/// With floor 0 it is Kaplan's form; A / x^alpha is scale = A^(1/alpha) in
/// base units (see from_coefficient).
template <class Dim, number T = double>
class power_law {
 public:
  using input_type = quantity<Dim, T>;
  using result_type = loss<T>;
  using value_type = T;

  /// Kaplan's form, no floor: L = (scale / x)^exponent.
  constexpr power_law(const quantity<Dim, T>& scale, const T& exponent) : power_law(loss<T>(T(0)), scale, exponent) {}

  /// L = floor + (scale / x)^exponent.
  constexpr power_law(const loss<T>& floor, const quantity<Dim, T>& scale, const T& exponent)
      : floor_(floor), scale_(scale), exponent_(exponent) {
    detail::require_positive(detail::raw(scale), "power_law", "scale");
    detail::require_positive(exponent, "power_law", "exponent");
  }

  /// L = floor + coefficient / x^exponent with x in base units (dollars or
  /// FLOP): the scale is coefficient^(1 / exponent).
  static constexpr power_law from_coefficient(const loss<T>& floor, const T& coefficient, const T& exponent) {
    detail::require_positive(coefficient, "power_law::from_coefficient", "coefficient");
    detail::require_positive(exponent, "power_law::from_coefficient", "exponent");
    const T scale = exp(T(log(coefficient) / exponent));
    return power_law(floor, detail::make_quantity<Dim>(detail::checked_result(scale, "power_law::from_coefficient"),
                                                       "power_law::from_coefficient"),
                     exponent);
  }

  /// Converts the number type (double -> interval<double>).
  template <number U>
    requires(!std::same_as<U, T> && std::constructible_from<T, const U&>)
  constexpr explicit(!std::convertible_to<const U&, T>) power_law(const power_law<Dim, U>& other)
      : power_law(loss<T>(other.floor()), quantity<Dim, T>(other.scale()), T(other.exponent())) {}

  constexpr const loss<T>& floor() const { return floor_; }
  constexpr const quantity<Dim, T>& scale() const { return scale_; }
  constexpr const T& exponent() const { return exponent_; }

  /// The loss an input reaches.
  template <number U>
  constexpr auto loss_at(const quantity<Dim, U>& input) const {
    using R = promoted_t<T, U>;
    detail::require_positive(detail::raw(input), "power_law::loss_at", "input");
    // (scale / x)^alpha as exp(alpha ln(scale / x)): the input appears once,
    // and only exp and log are asked of the number type.
    const R reducible = exp(R(exponent_ * log(R(detail::raw(scale_) / detail::raw(input)))));
    return loss<R>(detail::checked_result(R(floor_.value() + reducible), "power_law::loss_at"));
  }

  /// The input that brings the loss down to a target above the floor.
  template <number U>
  constexpr auto cost_for(const loss<U>& target) const {
    using R = promoted_t<T, U>;
    const R reducible = R(target.value() - floor_.value());
    detail::require_about(reducible, [](auto v) { return v > 0; }, target.value(), "power_law::cost_for", "target",
                          "a loss above the curve's floor (the curve never comes down to it)");
    const R x = R(scale_.base_value() * exp(R(-log(reducible) / exponent_)));
    return detail::make_quantity<Dim>(detail::checked_result(x, "power_law::cost_for"), "power_law::cost_for");
  }

  /// The curve after a compute multiplier: the scale falls by m.
  template <number U>
  constexpr auto shifted_by(const multiplier<U>& m) const {
    using R = promoted_t<T, U>;
    return power_law<Dim, R>(loss<R>(floor_), scale_ / m, R(exponent_));
  }

 private:
  loss<T> floor_;
  quantity<Dim, T> scale_;
  T exponent_;
};

template <class Dim, number T>
power_law(quantity<Dim, T>, T) -> power_law<Dim, T>;
template <class Dim, number T>
power_law(loss<T>, quantity<Dim, T>, T) -> power_law<Dim, T>;

namespace published {
/// Kaplan et al. 2020 (arXiv 2001.08361): L(C_min) = (3.1e8 PF-days / C_min)^0.050,
/// loss in nats per token against compute-efficient training compute.
inline constexpr power_law<compute_dim> kaplan_2020_compute{petaflop_days(3.1e8), 0.050};
/// Kaplan et al. 2020: L(N) = (8.8e13 / N)^0.076, N non-embedding parameters,
/// trained to convergence.
inline constexpr power_law<parameter_dim> kaplan_2020_parameters{parameters(8.8e13), 0.076};
/// Kaplan et al. 2020: L(D) = (5.4e13 / D)^0.095, D tokens, with early stopping.
inline constexpr power_law<token_dim> kaplan_2020_tokens{tokens(5.4e13), 0.095};
}  // namespace published

}  // namespace curveshift
