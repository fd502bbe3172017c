// The essay's scaling curve, proved at compile time (../shared/arithmetic.md
// rows E1, E2, E15), with the inverse round trip and the shift. Compiling
// this file is the test.
#include <curveshift/curveshift.hpp>

#include "near.hpp"

namespace {
using namespace curveshift;

using curveshift_static::near;

constexpr const auto& coding = essay::coding_curve;

// E1: score = 20% + 20 points x log10(spend / $1M): $1M -> 20%, $10M -> 40%, $100M -> 60%.
static_assert(near(coding.score_at(million_usd(1)).in_percent(), 20.0));
static_assert(near(coding.score_at(million_usd(10)).in_percent(), 40.0));
static_assert(near(coding.score_at(million_usd(100)).in_percent(), 60.0));
// and the inverse: 60% -> $100M.
static_assert(near(coding.cost_for(percent(60)).in(million_usd), 100.0));

// E2: a 2x compute multiplier: 40% for $5M instead of $10M; 60% for $50M instead of $100M.
static_assert(near(coding.shifted_by(multiplier{2.0}).cost_for(percent(40)).in(million_usd), 5.0));
static_assert(near(coding.shifted_by(multiplier{2.0}).cost_for(percent(60)).in(million_usd), 50.0));
static_assert(coding.shifted_by(multiplier{2.0}).cost_for(percent(40)) == million_usd(5));
// At a fixed $10M: 20 + 20 log10(20) = 20 + 20 x 1.30103 = 46.0206%, +6.0206 points.
static_assert(near(coding.shifted_by(multiplier{2.0}).score_at(million_usd(10)).in_percent(), 46.020599913279625));
static_assert(near((coding.shifted_by(multiplier{2.0}).score_at(million_usd(10)) - coding.score_at(million_usd(10))).value(),
                   6.020599913279624));
// The shift through the generic operation is the same curve.
static_assert(near(shifted_by(coding, multiplier{2.0}).cost_for(percent(60)).in(million_usd), 50.0));
// 20 log10 2 = 6.0206 points per doubling, and a 2x CM buys exactly that (E3).
static_assert(near(marginal_gain_per_doubling(coding, million_usd(10)).value(), 6.020599913279624));
static_assert(near(gain_from(coding, million_usd(10), essay::medium_cm).value(), 6.020599913279624));

// E15: "another factor of 10" = one decade of spend = +20 points.
static_assert(near(marginal_gain_per_decade(coding, million_usd(10)).value(), 20.0));
static_assert(near((coding.score_at(million_usd(100)) - coding.score_at(million_usd(10))).value(), 20.0));
static_assert(near(gain_from(coding, million_usd(3), essay::large_cm).value(), 20.0));

// Round trips within 1e-12 relative.
static_assert(near(coding.cost_for(coding.score_at(million_usd(3.7))).in(million_usd), 3.7));
static_assert(near(coding.score_at(coding.cost_for(percent(33.3))).in_percent(), 33.3));
static_assert(near(essay::assumed_rl_curve.cost_for(essay::assumed_rl_curve.score_at(million_usd(2))).in(million_usd), 2.0));

// The gap: 46.02% at $10M is 2x ahead of the curve.
static_assert(near(multiplier_gap(coding, curve_point{million_usd(10), coding.shifted_by(multiplier{2.0}).score_at(million_usd(10))},
                                  curve_point{million_usd(10), percent(40)})
                       .value(),
                   2.0));

// E6 with the assumed RL curve (an assumption, not the essay's): RL $0.1M -> $1M at
// $10M of pretraining gains 30 points > 20.
static_assert((essay::assumed_coding_paradigm.score_at(million_usd(10), million_usd(1)) -
               essay::assumed_coding_paradigm.score_at(million_usd(10), thousand_usd(100)))
                  .value() > 20.0);

// Chinchilla's compute-optimal split spends all of C: 6 N D = C.
static_assert(near(published::hoffmann_2022.compute_optimal(flop(5.76e23)).training_compute().in(flop), 5.76e23, 1e-12));
}  // namespace
