// curveshift/training_compute.hpp: the compute of training a transformer,
// C = 6 N D (Kaplan et al. 2020, arXiv 2001.08361), both ways, and the
// allocations of a budget between parameters and tokens.
#pragma once

#include "curveshift/core/counts.hpp"
#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// A split of a training budget: N parameters and D tokens with 6 N D = C.
template <number T = double>
struct allocation {
  parameter_count<T> parameters;
  token_count<T> tokens;
  /// Tokens per parameter, D / N: about 20 for Chinchilla itself (1.4T / 70B).
  constexpr tokens_per_parameter<T> ratio() const { return tokens / parameters; }
  /// The training compute, 6 N D FLOP.
  constexpr compute<T> training_compute() const {
    return detail::make_quantity<compute_dim>(
        detail::checked_result(T(scalar_t<T>(6) * detail::raw(parameters) * detail::raw(tokens)),
                               "allocation::training_compute"),
        "allocation::training_compute");
  }
};

/// Training compute of a transformer: C = 6 N D FLOP for N parameters and D
/// tokens (Kaplan et al. 2020). For a mixture of experts N is the active
/// parameters per token: DeepSeek-V3's 37B active on 14.8T tokens is
/// 6 x 37e9 x 14.8e12 = 3.2856e24 FLOP.
///
/// Interior arithmetic on checked counts (each finite and >= 0 by its type),
/// so it costs the instructions of 6 N D on doubles: an overflow to infinity
/// raises at the read that follows (in(), base_value(), text), as everywhere.
template <number A, number B>
constexpr auto training_compute(const parameter_count<A>& n, const token_count<B>& d) {
  using R = promoted_t<A, B>;
  return detail::make_unchecked<compute_dim>(R(scalar_t<R>(6) * detail::raw(n) * detail::raw(d)));
}

namespace detail {
/// The other count of 6 N D = C, given one: C / (6 x known).
template <class Result, class Known, number A, number B>
constexpr auto other_count(const compute<A>& budget, const quantity<Known, B>& known, const char* function,
                           const char* argument) {
  using R = promoted_t<A, B>;
  require_positive(raw(budget), function, "budget");
  require_positive(raw(known), function, argument);
  return make_quantity<Result>(checked_result(R(raw(budget) / (scalar_t<R>(6) * raw(known))), function), function);
}
}  // namespace detail

/// The tokens a budget trains a model of N parameters on: D = C / (6 N).
template <number A, number B>
constexpr auto tokens_for(const compute<A>& budget, const parameter_count<B>& n) {
  return detail::other_count<token_dim>(budget, n, "tokens_for", "parameters");
}

/// The model size a budget trains on D tokens: N = C / (6 D).
template <number A, number B>
constexpr auto parameters_for(const compute<A>& budget, const token_count<B>& d) {
  return detail::other_count<parameter_dim>(budget, d, "parameters_for", "tokens");
}

/// Hoffmann et al. 2022 (arXiv 2203.15556), approaches 1 and 2: N and D
/// grow alike with compute (exponents ~0.5), at about 20 tokens per
/// parameter, the ratio of Chinchilla itself (70B parameters, 1.4T tokens).
inline constexpr double chinchilla_tokens_per_parameter = 20.0;

/// The split at a fixed ratio r = D / N (approach 1): N = sqrt(C / (6 r)),
/// D = r N. At 5.76e23 FLOP and r = 20: N = sqrt(4.8e21) = 69.3B, D = 1.39T.
///
/// The published fits disagree on the ratio, and a user choosing one must
/// see by how much: at 1e25 FLOP, this rule gives 20 tokens per parameter,
/// the Besiroglu et al. 2024 replication's closed form (chinchilla::
/// compute_optimal) about 20, Hoffmann's approach-3 fit unrounded about 75,
/// and the same fit as printed (rounded) about 122 (tests/test_training_compute.cpp
/// derives each).
template <number A, class X = double>
  requires number<maker_t<X>>
constexpr auto fixed_ratio_allocation(const compute<A>& budget, const X& ratio = chinchilla_tokens_per_parameter) {
  using K = maker_t<X>;
  using R = promoted_t<A, K>;
  const K r = static_cast<K>(ratio);
  detail::require_positive(detail::raw(budget), "fixed_ratio_allocation", "budget");
  detail::require_positive(r, "fixed_ratio_allocation", "ratio");
  // sqrt as exp(ln / 2), which every number type offers (intervals, samples).
  const R n = exp(R(scalar_t<R>(0.5) * log(R(detail::raw(budget) / (scalar_t<R>(6) * r)))));
  detail::checked_result(n, "fixed_ratio_allocation");
  return allocation<R>{detail::make_unchecked<parameter_dim>(n),
                       detail::make_quantity<token_dim>(detail::checked_result(R(n * r), "fixed_ratio_allocation"),
                                                        "fixed_ratio_allocation")};
}

}  // namespace curveshift
