// A paradigm in stages, pretraining then RL (essay E6).
//
// The essay gives no RL numbers; essay::assumed_rl_curve is our stated
// assumption: a logistic closing 25% of the headroom at $0.1M, 75% at $1M,
// 27/28 at $10M and 243/244 at $100M (midpoint $10^5.5, steepness ln 9 per
// decade: odds 9^(z) at z decades from the midpoint). Combined score:
// 1 - (1 - p)(1 - r).
#include <curveshift/curveshift.hpp>

#include <cmath>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
const auto& paradigm = essay::assumed_coding_paradigm;
double combined(double pretraining_musd, double rl_musd) {
  return paradigm.score_at(million_usd(pretraining_musd), million_usd(rl_musd)).in_percent();
}
}  // namespace

TEST_CASE("the assumed RL curve, by hand", "[curve][staged]") {
  const auto& rl = essay::assumed_rl_curve;
  CHECK(rl.score_at(thousand_usd(100)).in_percent() == Approx(25.0));
  CHECK(rl.score_at(million_usd(1)).in_percent() == Approx(75.0));
  CHECK(rl.score_at(million_usd(10)).in_percent() == Approx(100.0 * 27.0 / 28.0));
  CHECK(rl.score_at(million_usd(100)).in_percent() == Approx(100.0 * 243.0 / 244.0));
}

TEST_CASE("the combination rule: RL closes its share of pretraining's headroom", "[curve][staged]") {
  // $10M pretraining: p = 40%. With $0.1M of RL (r = 25%): 1 - 0.6 x 0.75 = 55%.
  CHECK(combined(10, 0.1) == Approx(55.0));
  // With $1M (r = 75%): 1 - 0.6 x 0.25 = 85%.
  CHECK(combined(10, 1) == Approx(85.0));
  // The rule is symmetric and stays below 100%: $100M and $100M: 1 - 0.4 x (1/244) = 99.836%.
  CHECK(combined(100, 100) == Approx(100.0 * (1.0 - 0.4 / 244.0)));
  CHECK(paradigm.pretraining().score_at(million_usd(10)) == percent(40));
  CHECK(paradigm.rl().midpoint().in(usd) == Approx(std::pow(10.0, 5.5)));
}

TEST_CASE("E6: tenfold RL from $0.1M beats tenfold pretraining from $10M, and the advantage shrinks",
          "[curve][staged][essay]") {
  // RL $0.1M -> $1M at $10M of pretraining: 85 - 55 = 30 points.
  const double rl_gain = combined(10, 1) - combined(10, 0.1);
  CHECK(rl_gain == Approx(30.0));
  // More than the pretraining curve's 20 points per decade (E1) ...
  CHECK(rl_gain > essay::coding_curve.marginal_gain_per_decade(million_usd(10)).value());
  // ... and more than a tenfold pretraining spend from $10M in the staged model:
  // 1 - 0.4 x 0.75 = 70% vs 55%: 15 points.
  const double pretraining_gain = combined(100, 0.1) - combined(10, 0.1);
  CHECK(pretraining_gain == Approx(15.0));
  CHECK(rl_gain > pretraining_gain);
  // The next decades of RL gain less: 0.6 x (27/28 - 3/4) = 12.857 points, then
  // 0.6 x (243/244 - 27/28) = 1.897 points: the crossover is temporary.
  const double next = combined(10, 10) - combined(10, 1);
  const double after = combined(10, 100) - combined(10, 10);
  CHECK(next == Approx(0.6 * 100.0 * (27.0 / 28.0 - 0.75)));
  CHECK(after == Approx(0.6 * 100.0 * (243.0 / 244.0 - 27.0 / 28.0)));
  CHECK(rl_gain > next);
  CHECK(next > after);
  CHECK(next < 20.0);
  // The same as slopes on the RL stage's curve: 100 x 0.6 x ln 9 x u (1 - u):
  // $1M (u = 3/4): 24.719; $10M (u = 27/28): 4.540; $100M: 0.5390 points per decade.
  const auto rl_curve = paradigm.rl_stage_at(million_usd(10));
  STATIC_REQUIRE(scaling_curve<decltype(rl_curve)>);
  const double ln9 = std::log(9.0);
  const double at_1m = marginal_gain_per_decade(rl_curve, million_usd(1)).value();
  const double at_10m = marginal_gain_per_decade(rl_curve, million_usd(10)).value();
  const double at_100m = marginal_gain_per_decade(rl_curve, million_usd(100)).value();
  CHECK(at_1m == Approx(60.0 * ln9 * 0.75 * 0.25));
  CHECK(at_10m == Approx(60.0 * ln9 * (27.0 / 28.0) * (1.0 / 28.0)));
  CHECK(at_100m == Approx(60.0 * ln9 * (243.0 / 244.0) * (1.0 / 244.0)));
  CHECK(at_1m > at_10m);
  CHECK(at_10m > at_100m);
}

TEST_CASE("one stage as a curve with the other held fixed", "[curve][staged]") {
  const auto rl_curve = paradigm.rl_stage_at(million_usd(10));
  CHECK(rl_curve.base() == percent(40));
  CHECK(rl_curve.score_at(million_usd(1)).in_percent() == Approx(85.0));
  // 85% needs an RL share of 1 - 0.15 / 0.6 = 75%: $1M.
  CHECK(rl_curve.cost_for(percent(85)).in(million_usd) == Approx(1.0));
  // A 10x multiplier on RL: $0.1M now buys what $1M did.
  CHECK(rl_curve.shifted_by(multiplier{10.0}).score_at(thousand_usd(100)).in_percent() == Approx(85.0));
  // With $1M of RL (75%), pretraining at $10M gives 85%; 85% needs a pretraining share of
  // 1 - 0.15 / 0.25 = 40%: $10M. Its slope: 0.25 x 20 = 5 points per decade.
  const auto pre_curve = paradigm.pretraining_stage_at(million_usd(1));
  CHECK(pre_curve.score_at(million_usd(10)).in_percent() == Approx(85.0));
  CHECK(pre_curve.cost_for(percent(85)).in(million_usd) == Approx(10.0));
  CHECK(marginal_gain_per_decade(pre_curve, million_usd(10)).value() == Approx(5.0));
  // The gap between two models on the staged curve: the RL stage at $0.1M vs a model
  // reaching the same score with $1M (a 10x worse RL recipe): 10x.
  const curve_point good{thousand_usd(100), rl_curve.score_at(million_usd(1))};
  const curve_point poor{million_usd(1), rl_curve.score_at(million_usd(1))};
  CHECK(multiplier_gap(rl_curve, good, poor).value() == Approx(10.0));
}

TEST_CASE("bad input to staged curves raises curveshift::error", "[curve][staged][bad-input]") {
  // $1000 of pretraining is off the bottom of the coding curve (-40%).
  CHECK_THROWS_WITH(paradigm.score_at(usd(1000), million_usd(1)), ContainsSubstring("log_linear::score_at"));
  CHECK_THROWS_WITH(paradigm.score_at(million_usd(10), usd(0)),
                    ContainsSubstring("logistic::score_at") && ContainsSubstring("input = 0"));
  const auto rl_curve = paradigm.rl_stage_at(million_usd(10));
  CHECK_THROWS_WITH(rl_curve.cost_for(percent(30)), ContainsSubstring("headroom_curve::cost_for") &&
                                                        ContainsSubstring("target = 0.3"));
  // Exactly the base: the RL stage would need to close 0%, its floor, which it never reaches.
  CHECK_THROWS_WITH(rl_curve.cost_for(percent(40)), ContainsSubstring("logistic::cost_for"));
  // Pretraining at $10B scores 100%: nothing is left for RL.
  const auto saturated = paradigm.rl_stage_at(billion_usd(10));
  CHECK_THROWS_WITH(saturated.cost_for(percent(100)),
                    ContainsSubstring("headroom_curve::cost_for") && ContainsSubstring("base = 1"));
  CHECK_THROWS_WITH(rl_curve.score_at(usd(0)), ContainsSubstring("input = 0"));
  CHECK_THROWS_WITH(marginal_gain_per_decade(rl_curve, usd(0)), ContainsSubstring("input = 0"));
  CHECK_THROWS_WITH(paradigm.pretraining_stage_at(usd(0)), ContainsSubstring("logistic::score_at"));
}

TEST_CASE("a stage that adds almost nothing never lowers the score", "[curve][staged]") {
  // Pretraining at 20% ($1M on the coding curve); an RL stage at its floor,
  // r = 1e-300 (the logistic's floor, reached at $5e-324). In doubles
  // 1 - (1 - 0.2)(1 - 1e-300) is 1 - 0.8 = 0.19999999999999996, below the
  // pretraining score; p + (1 - p) r is 0.2 exactly, the same number written
  // without the cancellation.
  const logistic rl{score<>::from_share(1e-300), percent(90), million_usd(1), 1.0};
  const staged idle_rl{essay::coding_curve, rl};
  CHECK(idle_rl.score_at(million_usd(1), usd(5e-324)).share() == 0.2);
  CHECK(idle_rl.rl_stage_at(million_usd(1)).score_at(usd(5e-324)).share() == 0.2);
}
