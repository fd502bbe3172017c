// Compute multipliers: composition, inverse, powers, effective spend (essay E2, E3, E14).
#include <curveshift/curveshift.hpp>

#include <limits>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("compute multipliers compound by multiplication (E3)", "[multiplier]") {
  // 1.2 x 2 x 10 = 24.
  CHECK((essay::small_cm * essay::medium_cm * essay::large_cm).value() == Approx(24.0));
  // Four small ones: 1.2^4 = 1.44^2 = 2.0736.
  CHECK(pow(essay::small_cm, 4).value() == Approx(2.0736));
  CHECK(pow(essay::large_cm, 0.5).value() == Approx(3.16227766));
  CHECK((essay::large_cm / essay::medium_cm).value() == Approx(5.0));
  CHECK(essay::medium_cm.inverse().value() == 0.5);
  CHECK(essay::large_cm.orders_of_magnitude() == Approx(1.0));
  CHECK(multiplier{2.0}.orders_of_magnitude() == Approx(0.30103));
  CHECK(essay::small_cm < essay::medium_cm);
  CHECK(multiplier{2} == essay::medium_cm);
}

TEST_CASE("a multiplier on spend gives effective spend (E2)", "[multiplier]") {
  // A 2x CM makes $5M buy what $10M bought; $10M of a fixed result now costs $5M.
  CHECK(million_usd(5) * essay::medium_cm == million_usd(10));
  CHECK(essay::medium_cm * million_usd(50) == million_usd(100));
  CHECK(million_usd(10) / essay::medium_cm == million_usd(5));
  CHECK((flop(1e24) * essay::large_cm).in(flop) == Approx(1e25));
}

TEST_CASE("percentage changes as multipliers (E14)", "[multiplier]") {
  // A 17% drop leaves 83%: 0.83x. A 20% rise is 1.2x.
  CHECK(percent_drop(17).value() == Approx(0.83));
  CHECK(essay::nvidia_drop.value() == Approx(0.83));
  CHECK(percent_rise(20) == multiplier{1.2});
  using namespace curveshift::literals;
  CHECK(2_x == essay::medium_cm);
  CHECK(1.2_x == essay::small_cm);
}

TEST_CASE("bad multipliers raise curveshift::error", "[multiplier][bad-input]") {
  CHECK_THROWS_WITH(multiplier{0.0}, ContainsSubstring("curveshift::multiplier") && ContainsSubstring("factor = 0"));
  CHECK_THROWS_WITH(multiplier{-2.0}, ContainsSubstring("factor = -2"));
  CHECK_THROWS_AS(multiplier{std::numeric_limits<double>::quiet_NaN()}, error);
  CHECK_THROWS_AS(multiplier{std::numeric_limits<double>::infinity()}, error);
  // 10^400 overflows: interior arithmetic, raised by the read.
  CHECK_THROWS_WITH(pow(essay::large_cm, 400).value(), ContainsSubstring("multiplier::value") && ContainsSubstring("value = inf"));
  CHECK_THROWS_WITH(pow(essay::large_cm, std::numeric_limits<double>::quiet_NaN()), ContainsSubstring("k = nan"));
  CHECK_THROWS_AS((multiplier{1e200} * multiplier{1e200}).value(), error);
  // Underflow to 0 is not a ratio either: 1e-200 / 1e200 = 1e-400 -> 0.
  CHECK_THROWS_WITH((multiplier{1e-200} / multiplier{1e200}).value(), ContainsSubstring("value = 0"));
  CHECK_THROWS_AS((multiplier{1e-200} / multiplier{1e200}).orders_of_magnitude(), error);
  CHECK_THROWS_AS(multiplier{1e-200} / multiplier{1e200} < multiplier{1.0}, error);
  CHECK_THROWS_WITH(percent_drop(100), ContainsSubstring("percent_drop") && ContainsSubstring("percent = 100"));
  CHECK_THROWS_AS(percent_drop(-5), error);
  CHECK_THROWS_WITH(percent_rise(-5), ContainsSubstring("percent_rise") && ContainsSubstring("-5"));
  CHECK_THROWS_AS((usd(1e300) * multiplier{1e10}).base_value(), error);
  // The inverse of an overflowed multiplier is 0, which the read refuses.
  CHECK_THROWS_AS((multiplier{1e200} * multiplier{1e200}).inverse().value(), error);
}
