// Curves accept interval<double> and samples<double> unchanged: the same
// model gives a point, bounds or a distribution.
#include <curveshift/curveshift.hpp>
#include <curveshift/uncertainty/monte_carlo.hpp>

#include <cmath>

#include "catch.hpp"

using namespace curveshift;

TEST_CASE("the essay's curve maps a range of spend to a range of scores", "[curve][interval]") {
  // 20 + 20 log10(x / $1M): $5M -> 33.98%, $20M -> 46.02%.
  const auto s = essay::coding_curve.score_at(million_usd(interval{5.0, 20.0}));
  CHECK(s.share().lo() == Approx(0.2 + 0.2 * std::log10(5.0)));
  CHECK(s.share().hi() == Approx(0.2 + 0.2 * std::log10(20.0)));
  // A 2-3x compute multiplier: 40% costs $10M / 3 .. $10M / 2 = $3.33M .. $5M.
  const auto cost = essay::coding_curve.shifted_by(multiplier(interval{2.0, 3.0})).cost_for(percent(40));
  CHECK(cost.in(million_usd).lo() == Approx(10.0 / 3.0));
  CHECK(cost.in(million_usd).hi() == Approx(5.0));
  // A range of targets: 40-60% costs $10M-$100M.
  const auto range_cost = essay::coding_curve.cost_for(score<interval<>>::from_share(interval{0.4, 0.6}));
  CHECK(range_cost.in(million_usd).lo() == Approx(10.0));
  CHECK(range_cost.in(million_usd).hi() == Approx(100.0));
}

TEST_CASE("logistic, power-law, Chinchilla and staged curves take ranges", "[curve][interval]") {
  // The assumed RL curve closes 25% of the headroom at $0.1M and 75% at $1M
  // (midpoint 10^5.5, ln 9 per decade: 1 / (1 + 9^-(log10 x - 5.5)) at 5 and 6).
  const auto rl = essay::assumed_rl_curve.score_at(usd(interval{1e5, 1e6}));
  CHECK(rl.share().lo() == Approx(0.25));
  CHECK(rl.share().hi() == Approx(0.75));
  // Staged, on $10M of pretraining (40%): 1 - 0.6 x 0.75 = 55% to 1 - 0.6 x 0.25 = 85%.
  const auto both = essay::assumed_coding_paradigm.score_at(million_usd(10), usd(interval{1e5, 1e6}));
  CHECK(both.share().lo() == Approx(0.55));
  CHECK(both.share().hi() == Approx(0.85));
  // Chinchilla (rounded fit): L = 1.69 + 406.4 / N^0.34 + 410.7 / D^0.28; a range of
  // tokens gives the loss at each end (the loss falls as D grows).
  const auto fit = published::hoffmann_2022;
  const auto l = fit.loss_at(billion_parameters(70), trillion_tokens(interval{1.4, 2.8}));
  CHECK(l.value().lo() == Approx(fit.loss_at(billion_parameters(70), trillion_tokens(2.8)).value()));
  CHECK(l.value().hi() == Approx(fit.loss_at(billion_parameters(70), trillion_tokens(1.4)).value()));
}

TEST_CASE("curves on samples keep each draw's correlation", "[curve][samples]") {
  monte_carlo mc{20'000, 7};
  const auto spend = million_usd(mc.between(5, 20));
  const auto s = essay::coding_curve.score_at(spend);
  // The curve is monotone, so its median is the curve at the median spend:
  // sqrt(5 x 20) = $10M -> 40% (up to sampling error in the median).
  CHECK(s.share().median() == Approx(0.4).margin(0.005));
  // Draw by draw, the inverse returns the spend exactly: no dependency widening.
  const auto back = essay::coding_curve.cost_for(s);
  const auto diff = back.base_value() - spend.base_value();
  CHECK(diff.percentiles({0.0, 100.0})[0] == Approx(0.0).margin(1e-6));
  CHECK(diff.percentiles({0.0, 100.0})[1] == Approx(0.0).margin(1e-6));
}
