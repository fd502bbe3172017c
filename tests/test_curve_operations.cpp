// Operations every curve has: shift, marginal gain, the gain a multiplier
// buys, the multiplier gap between two models, the input to close a gap.
#include <curveshift/curveshift.hpp>

#include <cmath>
#include <limits>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
// A user's curve with neither shifted_by nor its own slope: quadratic in
// log-spend, score = t^2 with t = log10(x / $1k) / 6, for $1k..$1B.
// At $1M: t = 1/2, score 25%; slope d score / d log10 x = 2t / 6 = 1/6 = 16.667 points per decade.
struct quadratic_curve {
  using input_type = money<>;
  using result_type = score<>;
  score<> score_at(const money<>& x) const {
    const double t = std::log10(x.in(usd) / 1e3) / 6;
    return score<>::from_share(t * t);
  }
  money<> cost_for(const score<>& s) const { return usd(1e3 * std::pow(10.0, 6 * std::sqrt(s.share()))); }
};
}  // namespace

TEST_CASE("what counts as a curve", "[curve][operations]") {
  STATIC_REQUIRE(scaling_curve<quadratic_curve>);
  STATIC_REQUIRE(scaling_curve<log_linear<money_dim>>);
  STATIC_REQUIRE(scaling_curve<shifted_curve<quadratic_curve>>);
  STATIC_REQUIRE(!scaling_curve<power_law<compute_dim>>);
  STATIC_REQUIRE(loss_curve<power_law<compute_dim>>);
  STATIC_REQUIRE(invertible_curve<power_law<compute_dim>>);
  STATIC_REQUIRE(!scaling_curve<int>);
  STATIC_REQUIRE(!scaling_curve<chinchilla<>>);
}

TEST_CASE("shifted_by works on every curve", "[curve][operations]") {
  // The families shift into themselves ...
  const auto shifted = shifted_by(essay::coding_curve, multiplier{2.0});
  STATIC_REQUIRE(std::is_same_v<decltype(shifted), const log_linear<money_dim, double>>);
  CHECK(shifted.cost_for(percent(40)).in(million_usd) == Approx(5.0));
  // ... and any other curve goes through shifted_curve: 10x, so $0.1M scores what $1M did (25%).
  const auto q = shifted_by(quadratic_curve{}, multiplier{10.0});
  CHECK(q.score_at(thousand_usd(100)).in_percent() == Approx(25.0));
  CHECK(q.cost_for(percent(25)).in(million_usd) == Approx(0.1));
  // Shifts compose: 10x then 2x is 20x: $50k scores 25%.
  CHECK(q.shifted_by(multiplier{2.0}).score_at(thousand_usd(50)).in_percent() == Approx(25.0));
  CHECK(q.by().value() == 10.0);
}

TEST_CASE("marginal gain per decade and per doubling", "[curve][operations]") {
  // The essay's curve: 20 points per decade, 20 log10 2 = 6.0206 per doubling, at any spend.
  CHECK(marginal_gain_per_decade(essay::coding_curve, million_usd(10)).value() == Approx(20.0));
  CHECK(marginal_gain_per_doubling(essay::coding_curve, million_usd(10)).value() == Approx(6.0205999133));
  // The user's curve by central difference (exact for a quadratic in log-spend): 16.667 points.
  CHECK(marginal_gain_per_decade(quadratic_curve{}, million_usd(1)).value() == Approx(100.0 / 6.0).epsilon(1e-9));
  // At $10M: t = 2/3, slope 2 (2/3) / 6 = 2/9 = 22.222 points per decade; per doubling x 0.30103 = 6.6896.
  CHECK(marginal_gain_per_doubling(quadratic_curve{}, million_usd(10)).value() ==
        Approx(200.0 / 9.0 * std::log10(2.0)).epsilon(1e-9));
}

TEST_CASE("the points a compute multiplier buys (E3)", "[curve][operations]") {
  // On the E1 curve: 20 log10(1.2) = 1.5836, 20 log10(2) = 6.0206, 20 log10(10) = 20 points.
  CHECK(gain_from(essay::coding_curve, million_usd(10), essay::small_cm).value() == Approx(1.5836249));
  CHECK(gain_from(essay::coding_curve, million_usd(10), essay::medium_cm).value() == Approx(6.0205999));
  CHECK(gain_from(essay::coding_curve, million_usd(10), essay::large_cm).value() == Approx(20.0));
}

TEST_CASE("the multiplier gap between two models", "[curve][operations]") {
  const auto& c = essay::coding_curve;
  // "worse ... by ~2x on the scaling curve": a model that reaches at $6M what the curve
  // gives at $3M (20 + 20 log10 3 = 29.54%) is 2x behind a model on the curve.
  const curve_point behind{million_usd(6), c.score_at(million_usd(3))};
  const curve_point frontier{million_usd(10), percent(40)};
  CHECK(multiplier_gap(c, behind, frontier).value() == Approx(0.5));
  CHECK(multiplier_gap(c, frontier, behind).value() == Approx(2.0));
  // E2 read as a gap: 46.02% at $10M is 2x ahead of the curve.
  const curve_point ahead{million_usd(10), essay::coding_curve.shifted_by(multiplier{2.0}).score_at(million_usd(10))};
  CHECK(multiplier_gap(c, ahead, frontier).value() == Approx(2.0));
  // On a loss curve: reaching at C the loss the curve gives at 2C is a 2x lead.
  const auto& k = published::kaplan_2020_compute;
  const curve_point efficient{petaflop_days(1e3), k.loss_at(petaflop_days(2e3))};
  const curve_point plain{petaflop_days(1e3), k.loss_at(petaflop_days(1e3))};
  CHECK(multiplier_gap(k, efficient, plain).value() == Approx(2.0));
}

TEST_CASE("the input to close a gap", "[curve][operations]") {
  const auto& c = essay::coding_curve;
  // On the curve, $10M at 40% needs $100M for 60%.
  CHECK(input_to_close(c, curve_point{million_usd(10), percent(40)}, percent(60)).in(million_usd) == Approx(100.0));
  // 2x behind (29.54% at $6M): 40% costs the curve $10M, so this model needs 2 x $10M = $20M.
  const curve_point behind{million_usd(6), c.score_at(million_usd(3))};
  CHECK(input_to_close(c, behind, percent(40)).in(million_usd) == Approx(20.0));
  // Already past the target: less than the input it used (40% -> 20% on the curve: $1M).
  CHECK(input_to_close(c, curve_point{million_usd(10), percent(40)}, percent(20)).in(million_usd) == Approx(1.0));
  // A loss curve: Kaplan's (3.1e8 PF-days / C)^0.05; halving the loss from 1 needs 2^20 = 1048576x compute.
  const auto& k = published::kaplan_2020_compute;
  CHECK(input_to_close(k, curve_point{petaflop_days(3.1e8), loss{1.0}}, loss{0.5}).in(petaflop_days) ==
        Approx(3.1e8 * 1048576.0));
}

TEST_CASE("bad input to the curve operations raises curveshift::error", "[curve][operations][bad-input]") {
  const logistic bounded{percent(10), percent(90), million_usd(1), std::log(9.0)};
  CHECK_THROWS_WITH(marginal_gain_per_decade(essay::coding_curve, usd(0)), ContainsSubstring("input = 0"));
  CHECK_THROWS_WITH(marginal_gain_per_doubling(bounded, usd(0)), ContainsSubstring("logistic::marginal_gain_per_decade"));
  CHECK_THROWS_WITH(gain_from(essay::coding_curve, usd(0), essay::medium_cm), ContainsSubstring("input = 0"));
  // $10B x 10 = $100B is past 100% on the coding curve.
  CHECK_THROWS_WITH(gain_from(essay::coding_curve, billion_usd(10), essay::large_cm),
                    ContainsSubstring("log_linear::score_at") && ContainsSubstring("score = 120%"));
  // A model scoring 95% against a curve whose ceiling is 90%: no gap can be measured.
  CHECK_THROWS_WITH(multiplier_gap(bounded, curve_point{million_usd(1), percent(95)}, curve_point{million_usd(1), percent(50)}),
                    ContainsSubstring("logistic::cost_for") && ContainsSubstring("target = 0.95"));
  // A model at zero spend has no efficiency.
  CHECK_THROWS_WITH(multiplier_gap(bounded, curve_point{usd(0), percent(50)}, curve_point{million_usd(1), percent(50)}),
                    ContainsSubstring("operator/") && ContainsSubstring("divisor = 0"));
  CHECK_THROWS_WITH(input_to_close(bounded, curve_point{million_usd(1), percent(50)}, percent(90)),
                    ContainsSubstring("target = 0.9"));
  CHECK_THROWS_WITH(input_to_close(published::kaplan_2020_compute, curve_point{petaflop_days(1), loss{1.0}}, loss{0.0}),
                    ContainsSubstring("power_law::cost_for") && ContainsSubstring("target = 0"));
  CHECK_THROWS_WITH(shifted_by(quadratic_curve{}, multiplier{10.0}).score_at(usd(0)), ContainsSubstring("curveshift::"));
}

TEST_CASE("the curves' hot-path filters agree with the full checks", "[curve][operations]") {
  // The bit-pattern filters (curve.hpp) stand in for v >= 0 && v <= 1 and for
  // finite_positive(v) on the hot path; a filter that passed a bad value
  // would let a score outside 0..100% or a zero input through unnamed. At
  // the edges of each range, and at the patterns either side of them:
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double denorm = std::numeric_limits<double>::denorm_min();
  const double big = std::numeric_limits<double>::max();
  const double edges[] = {0.0, -0.0, denorm, -denorm, 0.5, 1.0, std::nextafter(1.0, 2.0), std::nextafter(1.0, 0.0),
                          -1.0, big, -big, inf, -inf, nan, -nan};
  for (const double v : edges) {
    INFO("v = " << v);
    // -0.0 fails the unit-range filter (its sign bit), and the full check
    // after it accepts it: a filter may be stricter, never looser.
    if (detail::in_unit_range_fast(v)) CHECK((v >= 0 && v <= 1));
    if (v > 0 && v <= 1) CHECK(detail::in_unit_range_fast(v));
    CHECK(detail::finite_positive_fast(v) == detail::finite_positive(v));
  }
}
