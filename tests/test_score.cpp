// Scores (share of tasks solved) and the percentage points between them.
#include <curveshift/curveshift.hpp>

#include <limits>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("scores are shares shown in percent", "[score]") {
  CHECK(percent(40).share() == Approx(0.4));
  CHECK(percent(40).in_percent() == Approx(40.0));
  CHECK(score<>::from_share(0.2) == percent(20));
  CHECK(percent(20) < percent(40));
  using namespace curveshift::literals;
  CHECK(40_pct == percent(40));
}

TEST_CASE("scores differ by percentage points", "[score]") {
  // 46.02% - 40% = +6.02 points (E2's gain from a 2x CM at $10M).
  CHECK((percent(46.02) - percent(40)).value() == Approx(6.02));
  CHECK((percent(40) + points{20.0}).in_percent() == Approx(60.0));
  CHECK((percent(60) - points{20.0}).in_percent() == Approx(40.0));
  CHECK((points{6.0} + points{14.0}) == points{20.0});
  CHECK((points{6.0} - points{14.0}).value() == Approx(-8.0));
  CHECK(points{1.0} < points{2.0});
}

TEST_CASE("bad scores raise curveshift::error", "[score][bad-input]") {
  CHECK_THROWS_WITH(percent(140), ContainsSubstring("curveshift::percent") && ContainsSubstring("value = 140"));
  CHECK_THROWS_WITH(percent(-1), ContainsSubstring("value = -1"));
  CHECK_THROWS_AS(percent(std::numeric_limits<double>::quiet_NaN()), error);
  CHECK_THROWS_WITH(score<>::from_share(1.5), ContainsSubstring("score::from_share") && ContainsSubstring("1.5"));
  CHECK_THROWS_WITH(percent(90) + points{20.0}, ContainsSubstring("operator+(score, points)") && ContainsSubstring("1.1"));
  CHECK_THROWS_AS(percent(10) - points{20.0}, error);
  CHECK_THROWS_WITH(points{std::numeric_limits<double>::infinity()}, ContainsSubstring("curveshift::points"));
}
