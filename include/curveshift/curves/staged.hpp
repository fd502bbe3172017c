// curveshift/curves/staged.hpp: a paradigm as stages, pretraining then RL,
// each with its own curve and its own spend.
//
// "Spending $1M instead of $0.1M is enough to get huge gains" for a young RL
// stage, while pretraining sits far up its curve: the essay's "crossover point".
//
// The combination rule: each stage closes a share of the headroom the other
// leaves. With p the pretraining curve's score and r the RL curve's (read as
// the share of the remaining tasks RL makes solvable),
//     score = 1 - (1 - p)(1 - r) = p + (1 - p) r.
// It stays in [0, 1] with no cap, treats the stages symmetrically, and is the
// pretraining score when RL adds nothing.
#pragma once

#include "curveshift/curves/curve.hpp"

namespace curveshift {

namespace detail {

/// The combined share 1 - (1 - p)(1 - r), written to suit the number type.
/// For floating p and r as p + (1 - p) r: the same number, but never below p
/// (the product is >= 0) nor, rounded, above 1, where the product form could
/// round an ulp below p for a tiny r (found by tests/fuzz/fuzz_curves.cpp: a
/// stage that adds nothing lowering the score by 3e-17). For other number
/// types (interval, samples) in the product form, where p and r appear once
/// each, so interval bounds stay tight.
template <number P, number R>
constexpr auto combined_share(const P& p, const R& r) {
  using S = promoted_t<P, R>;
  if constexpr (std::floating_point<S>) {
    return S(p + (S(1) - p) * r);
  } else {
    return S(scalar_t<S>(1) - (scalar_t<S>(1) - p) * (scalar_t<S>(1) - r));
  }
}

}  // namespace detail

/// A scaling curve of one stage with the other stage's score held fixed:
/// score = 1 - (1 - base)(1 - stage.score_at(input)). What staged::rl_stage_at
/// and staged::pretraining_stage_at return, so every generic curve operation
/// (marginal gain, gap, shift) applies to one stage's spend.
template <scaling_curve C, number T = typename C::input_type::value_type>
class headroom_curve {
 public:
  using input_type = typename C::input_type;
  using result_type = typename C::result_type;

  constexpr headroom_curve(const score<T>& base, const C& stage) : base_(base), stage_(stage) {}

  constexpr const score<T>& base() const { return base_; }
  constexpr const C& stage() const { return stage_; }

  constexpr result_type score_at(const input_type& input) const {
    using S = typename input_type::value_type;
    const S share = S(detail::combined_share(S(base_.share()), stage_.score_at(input).share()));
    return detail::checked_score(share, "headroom_curve::score_at");
  }

  /// The stage input that lifts the combined score to a target at or above the base.
  constexpr input_type cost_for(const result_type& target) const {
    using S = typename input_type::value_type;
    const S remaining = S(scalar_t<S>(1) - base_.share());
    detail::require_about(remaining, [](auto v) { return v > 0; }, base_.share(), "headroom_curve::cost_for", "base",
                          "a base score below 100% (nothing is left for the stage to gain)");
    detail::require_about(S(target.share() - base_.share()), [](auto v) { return v >= 0; }, target.share(),
                          "headroom_curve::cost_for", "target", "a score at or above the other stage's score");
    const S stage_share = S(scalar_t<S>(1) - (scalar_t<S>(1) - target.share()) / remaining);
    return stage_.cost_for(detail::checked_score(stage_share, "headroom_curve::cost_for"));
  }

  template <number U>
  constexpr auto shifted_by(const multiplier<U>& m) const {
    auto moved = curveshift::shifted_by(stage_, m);
    return headroom_curve<decltype(moved), T>(base_, moved);
  }

  /// The stage's points per decade, scaled by the headroom (1 - base).
  constexpr auto marginal_gain_per_decade(const input_type& input) const {
    using S = typename input_type::value_type;
    const auto inner = curveshift::marginal_gain_per_decade(stage_, input);
    return points<S>(S((scalar_t<S>(1) - base_.share()) * inner.value()));
  }

 private:
  score<T> base_;
  C stage_;
};

template <scaling_curve Pretraining, scaling_curve Rl>
class staged;

/// staged{pretraining_curve, rl_curve} deduces both curve types.
template <scaling_curve Pretraining, scaling_curve Rl>
staged(const Pretraining&, const Rl&) -> staged<Pretraining, Rl>;

/// Two stages of a paradigm: staged{pretraining_curve, rl_curve}. The
/// combined score at (pretraining spend, RL spend) is 1 - (1 - p)(1 - r).
template <scaling_curve Pretraining, scaling_curve Rl>
class staged {
 public:
  constexpr staged(const Pretraining& pretraining, const Rl& rl) : pretraining_(pretraining), rl_(rl) {}

  constexpr const Pretraining& pretraining() const { return pretraining_; }
  constexpr const Rl& rl() const { return rl_; }

  /// The combined score: the RL stage closes its share of what pretraining leaves.
  /// Spends of any number type: a range of RL spend gives a range of scores.
  template <number U, number V>
  constexpr auto score_at(const quantity<typename Pretraining::input_type::dimension_type, U>& pretraining_input,
                          const quantity<typename Rl::input_type::dimension_type, V>& rl_input) const {
    const auto share = detail::combined_share(pretraining_.score_at(pretraining_input).share(),
                                              rl_.score_at(rl_input).share());
    return detail::checked_score(share, "staged::score_at");
  }

  /// The combined score as a curve in RL spend, pretraining spend held fixed.
  constexpr auto rl_stage_at(const typename Pretraining::input_type& pretraining_input) const {
    using T = typename Rl::input_type::value_type;
    return headroom_curve<Rl, T>(score<T>(pretraining_.score_at(pretraining_input)), rl_);
  }

  /// The combined score as a curve in pretraining spend, RL spend held fixed.
  constexpr auto pretraining_stage_at(const typename Rl::input_type& rl_input) const {
    using T = typename Pretraining::input_type::value_type;
    return headroom_curve<Pretraining, T>(score<T>(rl_.score_at(rl_input)), pretraining_);
  }

 private:
  Pretraining pretraining_;
  Rl rl_;
};

}  // namespace curveshift
