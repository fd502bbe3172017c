// interval<T>: bounds through arithmetic and through the core types.
#include <curveshift/curveshift.hpp>
#include <curveshift/core/interval.hpp>

#include <cmath>
#include <limits>
#include <sstream>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("interval arithmetic gives the textbook bounds", "[interval]") {
  const interval a{1.0, 2.0};
  const interval b{3.0, 5.0};
  CHECK(a + b == interval{4.0, 7.0});
  CHECK(a - b == interval{-4.0, -1.0});  // [1-5, 2-3]
  CHECK(a * b == interval{3.0, 10.0});
  CHECK(a / b == interval{0.2, 2.0 / 3.0});  // [1/5, 2/3]
  CHECK(interval{-1.0, 2.0} * interval{-3.0, 4.0} == interval{-6.0, 8.0});  // min(-1x4, 2x-3) .. max(2x4, -1x-3)
  CHECK(-a == interval{-2.0, -1.0});
  CHECK(2.0 * a == interval{2.0, 4.0});
  CHECK(a + 1 == interval{2.0, 3.0});
  CHECK(10.0 / b == interval{2.0, 10.0 / 3.0});
  // The dependency effect: x - x is not 0 for intervals (samples keep it at 0).
  CHECK(a - a == interval{-1.0, 1.0});
  CHECK(a.mid() == 1.5);
  CHECK(a.width() == 1.0);
  CHECK(b.contains(4.0));
  CHECK(interval{0.0, 10.0}.contains(b));
}

TEST_CASE("monotone functions map bounds to bounds", "[interval]") {
  const interval x{1.0, 4.0};
  CHECK(exp(x).lo() == Approx(std::exp(1.0)));
  CHECK(exp(x).hi() == Approx(std::exp(4.0)));
  CHECK(log(x) == interval{0.0, std::log(4.0)});
  CHECK(log10(interval{10.0, 1000.0}).hi() == Approx(3.0));
  CHECK(sqrt(x) == interval{1.0, 2.0});
  // 4^[0.75, 1] = [2.828, 4] (E7's trend over 9-12 months).
  CHECK(pow(4.0, interval{0.75, 1.0}).lo() == Approx(2.8284271));
  CHECK(pow(4.0, interval{0.75, 1.0}).hi() == Approx(4.0));
  CHECK(pow(x, 2.0).hi() == Approx(16.0));
  CHECK(min(x, interval{2.0, 3.0}) == interval{1.0, 3.0});
  CHECK(max(x, interval{2.0, 3.0}) == interval{2.0, 4.0});
  CHECK(abs(interval{-3.0, 2.0}) == interval{0.0, 3.0});
  CHECK(certainly_less(interval{1.0, 2.0}, interval{3.0, 4.0}));
  CHECK_FALSE(certainly_less(interval{1.0, 3.5}, interval{3.0, 4.0}));
  CHECK(possibly_less(interval{1.0, 3.5}, interval{3.0, 4.0}));
}

TEST_CASE("core types accept intervals unchanged (E7 as bounds)", "[interval]") {
  // Sonnet trained 9-12 months before V3: 4x/yr over that span is 4^0.75 .. 4^1 = 2.83x .. 4x;
  // times the ~2x quality gap: 5.66x .. 8x.
  const time_span<interval<double>> lead = months(interval{9.0, 12.0});
  const auto cheaper = essay::cost_trend.over(lead);
  STATIC_REQUIRE(std::is_same_v<decltype(cheaper), const multiplier<interval<double>>>);
  CHECK(cheaper.value().lo() == Approx(2.8284271));
  CHECK(cheaper.value().hi() == Approx(4.0));
  const auto expected = cheaper * essay::v3_quality_gap;
  CHECK(expected.value().lo() == Approx(5.6568542));
  CHECK(expected.value().hi() == Approx(8.0));
  CHECK(to_string(expected) == "5.66-8x");
  // Money with a range: "a few $10M's" read as $20-50M, at a 2x CM costs $10-25M.
  const auto few_tens = usd(interval{20e6, 50e6});
  CHECK(to_string(few_tens / essay::medium_cm) == "$10-25M");
  CHECK(to_string(usd(interval{625e3, 2.5e6})) == "$625k-$2.5M");
  CHECK(to_string(months(interval{9.0, 12.0})) == "9-12 months");
  // Mixed arithmetic promotes double to interval.
  const auto mixed = million_usd(1) + usd(interval{0.0, 1e6});
  STATIC_REQUIRE(std::is_same_v<decltype(mixed), const money<interval<double>>>);
  CHECK(mixed.in(million_usd) == interval{1.0, 2.0});
}

TEST_CASE("a bare interval prints on its own", "[interval][format]") {
  // The bounds to 3 significant figures: 1/3 -> 0.333.
  CHECK(to_string(interval{1.0, 2.0}) == "1-2");
  CHECK(to_string(interval{0.25, 1.0 / 3.0}) == "0.25-0.333");
  CHECK(to_string(interval{0.25, 1.0 / 3.0}, digits{5}) == "0.25-0.33333");
  CHECK(to_string(interval{2.0, 2.0}) == "2");
  std::ostringstream os;
  os << interval{1.0, 2.0} << ", " << digits{2} << interval{1.0, 1.0 / 3.0 + 1};
  CHECK(os.str() == "1-2, 1-1.3");
  CHECK_THROWS_WITH(to_string(interval{1.0, 2.0}, digits{40}), ContainsSubstring("to_string(interval)"));
}

TEST_CASE("bad intervals raise curveshift::error", "[interval][bad-input]") {
  CHECK_THROWS_WITH(interval(2.0, 1.0), ContainsSubstring("curveshift::interval") && ContainsSubstring("lo = 2") &&
                                            ContainsSubstring("hi = 1"));
  CHECK_THROWS_WITH(interval(std::numeric_limits<double>::quiet_NaN(), 1.0), ContainsSubstring("lo = nan"));
  CHECK_THROWS_AS(interval(0.0, std::numeric_limits<double>::infinity()), error);
  CHECK_THROWS_WITH(interval(1.0, 2.0) / interval(-1.0, 1.0),
                    ContainsSubstring("operator/(interval, interval)") && ContainsSubstring("excludes 0"));
  CHECK_THROWS_WITH(log(interval{-1.0, 2.0}), ContainsSubstring("log(interval)") && ContainsSubstring("x = -1"));
  CHECK_THROWS_AS(log10(interval{0.0, 2.0}), error);
  CHECK_THROWS_AS(sqrt(interval{-1.0, 2.0}), error);
  CHECK_THROWS_WITH(pow(interval{-1.0, 2.0}, 2.0), ContainsSubstring("pow(interval, interval)"));
  CHECK_THROWS_WITH(exp(interval{1.0, 1000.0}), ContainsSubstring("exp(interval)") && ContainsSubstring("inf"));
  CHECK_THROWS_AS(interval(1e308, 1e308) * 10.0, error);
  // Quantities check every bound: a range that dips below $0 is bad money.
  CHECK_THROWS_WITH(usd(interval{-1.0, 5.0}), ContainsSubstring("curveshift::usd") && ContainsSubstring("amount = -1"));
  CHECK_THROWS_WITH(multiplier(interval(0.0, 2.0)), ContainsSubstring("factor = 0"));
}

TEST_CASE("the bounds and midpoint of ranged quantities and multipliers", "[interval]") {
  // The essay's "9-12 months" and "7-10 months" are intervals.
  CHECK(lower(essay::sonnet_lead) == months(9));
  CHECK(upper(essay::sonnet_lead) == months(12));
  CHECK(midpoint(essay::sonnet_lead) == months(10.5));
  CHECK(upper(essay::peer_age) == months(10));
  // 4x/yr over 9-12 months: 4^0.75 = 2.828 to 4^1 = 4, midpoint 3.414.
  const auto cheaper = essay::cost_trend.over(essay::sonnet_lead);
  CHECK(lower(cheaper).value() == Approx(2.8284271));
  CHECK(upper(cheaper).value() == Approx(4.0));
  CHECK(midpoint(cheaper).value() == Approx((2.8284271 + 4.0) / 2));
  // No bad-input case: an interval-valued quantity or multiplier already holds
  // valid bounds (lo <= hi, finite, in the type's domain), so every bound is one.
  STATIC_REQUIRE(std::is_same_v<decltype(lower(cheaper)), multiplier<double>>);
}
