// curveshift/curves/chinchilla.hpp: loss in parameters and tokens,
// L(N, D) = E + A / N^alpha + B / D^beta (Hoffmann et al. 2022, approach 3),
// and the allocation of a compute budget C = 6 N D that minimises it.
#pragma once

#include "curveshift/curves/power_law.hpp"
#include "curveshift/curves/training_compute.hpp"

namespace curveshift {

/// L(N, D) = floor + a / N^alpha + b / D^beta: N parameters, D training tokens.
template <number T = double>
class chinchilla {
 public:
  using value_type = T;

  constexpr chinchilla(const loss<T>& floor, const T& a, const T& b, const T& alpha, const T& beta)
      : floor_(floor), a_(a), b_(b), alpha_(alpha), beta_(beta) {
    detail::require_positive(a, "chinchilla", "a");
    detail::require_positive(b, "chinchilla", "b");
    detail::require_positive(alpha, "chinchilla", "alpha");
    detail::require_positive(beta, "chinchilla", "beta");
  }

  constexpr const loss<T>& floor() const { return floor_; }
  constexpr const T& a() const { return a_; }
  constexpr const T& b() const { return b_; }
  constexpr const T& alpha() const { return alpha_; }
  constexpr const T& beta() const { return beta_; }

  /// The loss of a model with N parameters trained on D tokens:
  /// loss_at(billion_parameters(70), trillion_tokens(1.4)).
  template <number UN, number UD>
  constexpr auto loss_at(const parameter_count<UN>& count, const token_count<UD>& seen) const {
    using R = promoted_t<T, promoted_t<UN, UD>>;
    const UN& n = detail::raw(count);
    const UD& d = detail::raw(seen);
    detail::require_positive(n, "chinchilla::loss_at", "parameters");
    detail::require_positive(d, "chinchilla::loss_at", "tokens");
    const R value = R(floor_.value() + a_ * exp(R(-alpha_ * log(n))) + b_ * exp(R(-beta_ * log(d))));
    return loss<R>(detail::checked_result(value, "chinchilla::loss_at"));
  }

  /// The split of a budget C = 6 N D that minimises the loss, in closed form
  /// (Hoffmann et al. 2022, eq. 4; approach 3). The fits disagree here: see
  /// fixed_ratio_allocation for approach 1 and how far apart they are: with G = (alpha a / (beta b))^(1 / (alpha + beta)),
  /// N = G (C/6)^(beta / (alpha + beta)) and D = (C/6)^(alpha / (alpha + beta)) / G.
  template <number U>
  constexpr auto compute_optimal(const compute<U>& budget) const {
    using R = promoted_t<T, U>;
    detail::require_positive(budget.base_value(), "chinchilla::compute_optimal", "budget");
    const R sum = R(alpha_ + beta_);
    const R log_g = R(log(R(alpha_ * a_ / (beta_ * b_))) / sum);
    const R log_c6 = R(log(R(budget.base_value() / scalar_t<R>(6))));
    const R n = exp(R(log_g + beta_ * log_c6 / sum));
    const R d = exp(R(alpha_ * log_c6 / sum - log_g));
    return allocation<R>{
        detail::make_quantity<parameter_dim>(detail::checked_result(n, "chinchilla::compute_optimal"),
                                             "chinchilla::compute_optimal"),
        detail::make_quantity<token_dim>(detail::checked_result(d, "chinchilla::compute_optimal"),
                                         "chinchilla::compute_optimal")};
  }

  /// The loss of compute-optimal models as a function of compute. Both terms
  /// fall as (C/6)^-gamma with gamma = alpha beta / (alpha + beta), so this is
  /// exactly a power law: floor + (x_c / C)^gamma with
  /// x_c = 6 (a G^-alpha + b G^beta)^(1 / gamma).
  constexpr power_law<compute_dim, T> compute_optimal_curve() const {
    const T sum = T(alpha_ + beta_);
    const T gamma = T(alpha_ * beta_ / sum);
    const T log_g = T(log(T(alpha_ * a_ / (beta_ * b_))) / sum);
    const T k = T(a_ * exp(T(-alpha_ * log_g)) + b_ * exp(T(beta_ * log_g)));
    const T scale = T(scalar_t<T>(6) * exp(T(log(k) / gamma)));
    return power_law<compute_dim, T>(floor_, detail::make_quantity<compute_dim>(scale, "chinchilla::compute_optimal_curve"),
                                     gamma);
  }

 private:
  loss<T> floor_;
  T a_;
  T b_;
  T alpha_;
  T beta_;
};

template <number T>
chinchilla(loss<T>, T, T, T, T) -> chinchilla<T>;

/// Published fits, each with its paper.
namespace published {
/// Hoffmann et al. 2022 (arXiv 2203.15556), approach 3, as printed (rounded):
/// E = 1.69, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28.
inline constexpr chinchilla<> hoffmann_2022{loss{1.69}, 406.4, 410.7, 0.34, 0.28};
/// Hoffmann et al. 2022, approach 3, unrounded: E = 1.693374, A = 406.401,
/// B = 410.723, alpha = 0.33917084, beta = 0.2849083.
inline constexpr chinchilla<> hoffmann_2022_unrounded{loss{1.693374}, 406.401, 410.723, 0.33917084, 0.2849083};
/// Besiroglu et al. 2024, "Chinchilla Scaling: A replication attempt" (arXiv 2404.10102):
/// E = 1.8172, A = 482.01, B = 2085.43, alpha = 0.3478, beta = 0.3658.
inline constexpr chinchilla<> besiroglu_2024{loss{1.8172}, 482.01, 2085.43, 0.3478, 0.3658};
}  // namespace published

}  // namespace curveshift
