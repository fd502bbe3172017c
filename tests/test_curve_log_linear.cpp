// The essay's log-linear scaling curve (../shared/arithmetic.md E1, E2, E15).
#include <curveshift/curveshift.hpp>

#include <cmath>
#include <limits>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
constexpr double nan_value = std::numeric_limits<double>::quiet_NaN();
}

TEST_CASE("the coding curve: 20% at $1M, 40% at $10M, 60% at $100M (E1)", "[curve][log_linear]") {
  const auto& c = essay::coding_curve;
  // score = 20 + 20 log10(spend / $1M): log10 of 1, 10, 100 is 0, 1, 2.
  CHECK(c.score_at(million_usd(1)).in_percent() == Approx(20.0));
  CHECK(c.score_at(million_usd(10)).in_percent() == Approx(40.0));
  CHECK(c.score_at(million_usd(100)).in_percent() == Approx(60.0));
  // $3M: 20 + 20 log10(3) = 20 + 20 x 0.4771213 = 29.542425.
  CHECK(c.score_at(million_usd(3)).in_percent() == Approx(29.542425));
  // The inverse: 60% -> 10^((60 - 20) / 20) x $1M = $100M; 0% -> $0.1M; 100% -> $10B.
  CHECK(c.cost_for(percent(60)).in(million_usd) == Approx(100.0));
  CHECK(c.cost_for(percent(0)).in(million_usd) == Approx(0.1));
  CHECK(c.cost_for(percent(100)).in(billion_usd) == Approx(10.0));
  CHECK(c.level() == percent(20));
  CHECK(c.per_decade() == points{20.0});
  CHECK(c.reference() == million_usd(1));
}

TEST_CASE("cost_for inverts score_at to 1e-12 relative", "[curve][log_linear]") {
  const log_linear c{percent(12.5), thousand_usd(250), points{7.25}};
  for (double m : {0.13, 0.25, 1.0, 7.7, 123.0, 4567.0}) {
    const auto spend = million_usd(m);
    const double back = c.cost_for(c.score_at(spend)).in(million_usd);
    CHECK(std::abs(back - m) <= 1e-12 * m);
  }
  for (double p : {0.5, 12.5, 33.3, 80.0}) {
    CHECK(std::abs(c.score_at(c.cost_for(percent(p))).in_percent() - p) <= 1e-12 * 100);
  }
}

TEST_CASE("a curve in compute, and CTAD picks the dimension and number type", "[curve][log_linear]") {
  // 30% at 1e24 FLOP, +10 points per decade: 1e25 FLOP -> 40%, 40% -> 1e25 FLOP.
  const log_linear c{percent(30), flop(1e24), points{10.0}};
  STATIC_REQUIRE(std::is_same_v<decltype(c), const log_linear<compute_dim, double>>);
  STATIC_REQUIRE(scaling_curve<log_linear<compute_dim, double>>);
  CHECK(c.score_at(flop(1e25)).in_percent() == Approx(40.0));
  CHECK(c.cost_for(percent(40)).in(flop) == Approx(1e25));
  // float works through the same code: 20% at $1M, $10M -> 40%.
  const log_linear<money_dim, float> f{percent(20.0f), million_usd(1.0f), points{20.0f}};
  CHECK(f.score_at(million_usd(10.0f)).in_percent() == Approx(40.0f));
  // and a double curve converts to long double.
  const log_linear<money_dim, long double> l(essay::coding_curve);
  CHECK(static_cast<double>(l.score_at(million_usd(100.0L)).in_percent()) == Approx(60.0));
}

TEST_CASE("shifting the curve by a compute multiplier (E2)", "[curve][log_linear]") {
  const auto shifted = essay::coding_curve.shifted_by(multiplier{2.0});
  // "40% on a coding task for $5M instead of $10M; or 60% for $50M instead of $100M"
  CHECK(shifted.cost_for(percent(40)).in(million_usd) == Approx(5.0));
  CHECK(shifted.cost_for(percent(60)).in(million_usd) == Approx(50.0));
  // At a fixed $10M: 20 + 20 log10(20) = 46.0206%, +6.0206 points.
  CHECK(shifted.score_at(million_usd(10)).in_percent() == Approx(46.020599913));
  CHECK((shifted.score_at(million_usd(10)) - essay::coding_curve.score_at(million_usd(10))).value() == Approx(6.020599913));
  CHECK(shifted.reference() == thousand_usd(500));
}

TEST_CASE("marginal gain: +20 points per decade, +6.02 per doubling, everywhere (E15)", "[curve][log_linear]") {
  CHECK(essay::coding_curve.marginal_gain_per_decade(million_usd(3)).value() == Approx(20.0));
  // 20 log10(2) = 6.0206 points.
  CHECK(marginal_gain_per_doubling(essay::coding_curve, million_usd(50)).value() == Approx(6.020599913));
}

TEST_CASE("bad input to log_linear raises curveshift::error", "[curve][log_linear][bad-input]") {
  const auto& c = essay::coding_curve;
  CHECK_THROWS_WITH(c.score_at(usd(0)), ContainsSubstring("log_linear::score_at") && ContainsSubstring("input = 0"));
  // $100B: 20 + 20 x 5 = 120%, past the top of the curve; reported in
  // percent, as scores are written, not as the stored share 1.2.
  CHECK_THROWS_WITH(c.score_at(billion_usd(100)),
                    ContainsSubstring("log_linear::score_at: score = 120%; expected 0..100%"));
  // $10^15: 20 + 20 x 9 = 200% (the share 2.0000000000000004 in binary).
  CHECK_THROWS_WITH(c.score_at(usd(1e15)), ContainsSubstring("score = 200%;"));
  // $1000: 20 + 20 x (-3) = -40%.
  CHECK_THROWS_WITH(c.score_at(usd(1000)), ContainsSubstring("score = -40%"));
  CHECK_THROWS_WITH(log_linear(percent(20), usd(0), points{20.0}),
                    ContainsSubstring("curveshift::log_linear") && ContainsSubstring("reference = 0"));
  const log_linear flat{percent(20), million_usd(1), points{0.0}};
  CHECK_THROWS_WITH(flat.cost_for(percent(30)),
                    ContainsSubstring("log_linear::cost_for") && ContainsSubstring("per_decade = 0"));
  const log_linear falling{percent(20), million_usd(1), points{-5.0}};
  CHECK_THROWS_WITH(falling.cost_for(percent(10)), ContainsSubstring("per_decade = -5"));
  CHECK_THROWS_WITH(falling.marginal_gain_per_decade(usd(0)),
                    ContainsSubstring("log_linear::marginal_gain_per_decade") && ContainsSubstring("input = 0"));
  // A gentle curve whose inverse overflows: at 0.001 points per decade, 100% needs $10^100000.
  const log_linear gentle{percent(0), usd(1), points{0.001}};
  // The cost is interior arithmetic (10^100000 = inf); reading it raises.
  CHECK_THROWS_WITH(gentle.cost_for(percent(100)).in(usd), ContainsSubstring("quantity::in") && ContainsSubstring("inf"));
  // A slope so small its reciprocal overflows (1e-310 points per decade:
  // 1 / 1e-312 = inf) still inverts at its own level, to the reference
  // itself (0 decades; 0 x inf would be NaN), and one point above it
  // overflows to inf, which the read reports.
  const log_linear creeping{percent(50), million_usd(1), points{1e-310}};
  CHECK(creeping.cost_for(percent(50)).in(usd) == 1e6);
  CHECK_THROWS_WITH(creeping.cost_for(percent(51)).in(usd), ContainsSubstring("quantity::in") && ContainsSubstring("inf"));
  CHECK(creeping.cost_for(percent(49)).in(usd) == 0.0);  // 10^-inf: a gentle enough curve falls to $0 below its level
  // 2e-322 points per decade is a share per decade of 2e-324, which rounds
  // to 0: the same answers, not 0 / 0.
  const log_linear flattened{percent(50), million_usd(1), points{2e-322}};
  CHECK(flattened.cost_for(percent(50)).in(usd) == 1e6);
  CHECK_THROWS_WITH(flattened.cost_for(percent(51)).in(usd), ContainsSubstring("inf"));
  // An input an earlier operation overflowed raises in score_at, naming the curve:
  // log10(inf) = inf is a score past 100%.
  const log_linear coding{percent(20), million_usd(1), points{20.0}};
  CHECK_THROWS_WITH(coding.score_at(usd(1e300) * 1e300), ContainsSubstring("log_linear::score_at"));
  // NaN never gets in: every part is checked where it is made.
  CHECK_THROWS_WITH(million_usd(nan_value), ContainsSubstring("million_usd"));
  CHECK_THROWS_WITH(points{nan_value}, ContainsSubstring("points"));
  CHECK_THROWS_AS(percent(nan_value), error);
  CHECK_THROWS_WITH(c.shifted_by(multiplier{nan_value}), ContainsSubstring("multiplier"));
}
