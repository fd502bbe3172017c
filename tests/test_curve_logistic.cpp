// A logistic in log-input: bounded benchmarks and a young RL stage.
#include <curveshift/curveshift.hpp>

#include <cmath>
#include <limits>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
// Floor 10%, ceiling 90%, midpoint $1M, steepness ln 9: one decade from the
// midpoint the odds are 9:1, so the curve has climbed 10% or 90% of its range.
const logistic test_curve{percent(10), percent(90), million_usd(1), std::log(9.0)};
}  // namespace

TEST_CASE("a logistic's scores, by hand", "[curve][logistic]") {
  // $1M: midpoint, half the range: 10 + 80 / 2 = 50%.
  CHECK(test_curve.score_at(million_usd(1)).in_percent() == Approx(50.0));
  // $10M: 1 / (1 + 1/9) = 0.9 of the range: 10 + 72 = 82%.
  CHECK(test_curve.score_at(million_usd(10)).in_percent() == Approx(82.0));
  // $0.1M: 1 / (1 + 9) = 0.1: 10 + 8 = 18%.
  CHECK(test_curve.score_at(thousand_usd(100)).in_percent() == Approx(18.0));
  // $sqrt(10)M: odds 9^0.5 = 3 to 1: 0.75 of the range: 10 + 60 = 70%.
  CHECK(test_curve.score_at(usd(std::sqrt(10.0) * 1e6)).in_percent() == Approx(70.0));
  // It never leaves [floor, ceiling], even where exp overflows.
  CHECK(test_curve.score_at(usd(1e-300)).in_percent() == Approx(10.0));
  CHECK(test_curve.score_at(usd(1e300)).in_percent() == Approx(90.0));
  const logistic full{percent(0), percent(100), million_usd(1), 50.0};
  CHECK(full.score_at(usd(1e300)).share() <= 1.0);
  CHECK(full.score_at(usd(1e300)).in_percent() == Approx(100.0));
  CHECK(full.score_at(usd(1e-300)).share() == 0.0);
  // Floors and ceilings whose difference rounds: in doubles 0.03 + (0.29 -
  // 0.03) is above 0.29 (one of 144 such pairs of whole percentages, found
  // by trying them all). Far above the midpoint the odds against underflow
  // to 0 and the score is floor + range: it must not leave [floor, ceiling].
  int rounded_pairs = 0;
  for (int lo = 0; lo < 100; ++lo) {
    for (int hi = lo + 1; hi <= 100; ++hi) {
      const double f = percent(lo).share(), c = percent(hi).share();
      if (f + (c - f) > c) ++rounded_pairs;
      const logistic pair{percent(lo), percent(hi), million_usd(1), 50.0};
      const double top = pair.score_at(usd(1e300)).share();
      CHECK(top <= c);
      CHECK(top >= f);
    }
  }
  CHECK(rounded_pairs == 144);  // the test covers the case it is for
}

TEST_CASE("a logistic's inverse, shift and slope", "[curve][logistic]") {
  // 70% is 0.75 of the range: odds 3 = 9^z, z = 0.5 decade: $3.1623M.
  CHECK(test_curve.cost_for(percent(70)).in(million_usd) == Approx(std::sqrt(10.0)));
  CHECK(test_curve.cost_for(percent(18)).in(million_usd) == Approx(0.1));
  for (double m : {0.001, 0.3, 1.0, 42.0, 1000.0}) {
    const double back = test_curve.cost_for(test_curve.score_at(million_usd(m))).in(million_usd);
    CHECK(std::abs(back - m) <= 1e-12 * m);
  }
  // A 10x multiplier moves the midpoint to $0.1M, so $1M now scores what $10M did: 82%.
  const auto shifted = test_curve.shifted_by(multiplier{10.0});
  CHECK(shifted.midpoint().in(million_usd) == Approx(0.1));
  CHECK(shifted.score_at(million_usd(1)).in_percent() == Approx(82.0));
  // Slope at the midpoint: 100 x 0.8 x ln 9 x (1/2)(1/2) = 20 ln 9 = 43.944 points per decade.
  CHECK(test_curve.marginal_gain_per_decade(million_usd(1)).value() == Approx(43.944491547));
  // At $10M: u = 0.9, 100 x 0.8 x ln 9 x 0.9 x 0.1 = 15.820 points per decade.
  CHECK(marginal_gain_per_decade(test_curve, million_usd(10)).value() == Approx(7.2 * std::log(9.0)));
  CHECK(marginal_gain_per_decade(test_curve, usd(1e300)).value() == 0.0);
  STATIC_REQUIRE(scaling_curve<logistic<money_dim>>);
  STATIC_REQUIRE(scaling_curve<logistic<compute_dim, float>>);
}

TEST_CASE("bad input to logistic raises curveshift::error", "[curve][logistic][bad-input]") {
  CHECK_THROWS_WITH(test_curve.cost_for(percent(95)), ContainsSubstring("logistic::cost_for") &&
                                                          ContainsSubstring("target = 0.95") &&
                                                          ContainsSubstring("ceiling"));
  CHECK_THROWS_WITH(test_curve.cost_for(percent(90)), ContainsSubstring("target = 0.9"));
  CHECK_THROWS_WITH(test_curve.cost_for(percent(5)), ContainsSubstring("logistic::cost_for") &&
                                                         ContainsSubstring("target = 0.05") && ContainsSubstring("floor"));
  CHECK_THROWS_WITH(test_curve.cost_for(percent(10)), ContainsSubstring("target = 0.1"));
  CHECK_THROWS_WITH(test_curve.score_at(usd(0)), ContainsSubstring("logistic::score_at") && ContainsSubstring("input = 0"));
  // An input an earlier operation overflowed ($1e300 x 1e300 = inf, unread)
  // would land on the ceiling if not looked at: it raises, naming the curve.
  CHECK_THROWS_WITH(test_curve.score_at(usd(1e300) * 1e300), ContainsSubstring("logistic::score_at") &&
                                                                 ContainsSubstring("input = inf"));
  CHECK_THROWS_WITH(test_curve.score_at(usd(1e300) * 1e300 * 0.0), ContainsSubstring("logistic::score_at") &&
                                                                       ContainsSubstring("nan"));
  // Inputs at the ends of double's range are good inputs: x / midpoint
  // underflows to 0 ($5e-324 / $1M), so exp(+inf) gives the floor, or
  // overflows to inf ($1e308 on a curve whose midpoint is $1e-10), so
  // exp(-inf) gives the ceiling; neither raises.
  CHECK(test_curve.score_at(usd(5e-324)).share() == 0.1);
  CHECK(logistic(percent(10), percent(90), usd(1e-10), 1.0).score_at(usd(1e308)).share() == 0.9);
  CHECK_THROWS_WITH(test_curve.marginal_gain_per_decade(usd(0)),
                    ContainsSubstring("logistic::marginal_gain_per_decade") && ContainsSubstring("input = 0"));
  CHECK_THROWS_WITH(logistic(percent(50), percent(50), million_usd(1), 1.0),
                    ContainsSubstring("curveshift::logistic") && ContainsSubstring("ceiling = 0.5"));
  CHECK_THROWS_WITH(logistic(percent(10), percent(90), usd(0), 1.0), ContainsSubstring("midpoint = 0"));
  CHECK_THROWS_WITH(logistic(percent(10), percent(90), million_usd(1), 0.0), ContainsSubstring("steepness = 0"));
  CHECK_THROWS_WITH(logistic(percent(10), percent(90), million_usd(1), -2.0), ContainsSubstring("steepness = -2"));
  CHECK_THROWS_WITH(logistic(percent(10), percent(90), million_usd(1), std::numeric_limits<double>::quiet_NaN()),
                    ContainsSubstring("steepness = nan"));
}
