// Quantities: makers, units, dimensions and their checks.
#include <curveshift/curveshift.hpp>

#include <limits>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("money makers agree across scales", "[quantity]") {
  // $5M written three ways is the same 5,000,000 dollars.
  CHECK(usd(5e6) == million_usd(5));
  CHECK(thousand_usd(5000) == million_usd(5));
  CHECK(billion_usd(1).in(million_usd) == Approx(1000.0));
  CHECK(trillion_usd(0.02).in(billion_usd) == Approx(20.0));
  using namespace curveshift::literals;
  CHECK(5_Musd == million_usd(5));
  CHECK(20_kusd == usd(20000));
  CHECK(1_Busd == billion_usd(1));
  CHECK(2.5_usd == usd(2.5));
}

TEST_CASE("time units follow std::chrono's year and month", "[quantity]") {
  // A Gregorian year is 365.2425 days = 31,556,952 s; a month is a twelfth.
  CHECK(years(1).in(days) == Approx(365.2425));
  CHECK(months(12) == years(1));
  CHECK(months(1).in(seconds) == Approx(2629746.0));
  CHECK(hours(24) == days(1));
  CHECK(-months(3) == months(-3));
}

TEST_CASE("dimensions combine like the physics", "[quantity]") {
  // $1B / 50,000 chips = $20,000 per chip (essay E9).
  const auto per_chip = billion_usd(1) / chips(50000);
  CHECK(per_chip.in(usd_per_chip) == Approx(20000.0));
  // and back: 1,000,000 chips x $20,000 = $20B (essay E11).
  CHECK((chips(1e6) * per_chip).in(billion_usd) == Approx(20.0));
  // 3.3e24 FLOP at 1e18 FLOP/s takes 3.3e6 s = 38.19 days (3.3e6 / 86400).
  const auto t = flop(3.3e24) / flop_per_second(1e18);
  CHECK(t.in(days) == Approx(3.3e6 / 86400.0));
  // FLOP/s x time is FLOP: 1 PFLOP/s for a day is 1 PF-day = 8.64e19 FLOP.
  CHECK((petaflop_per_second(1) * days(1)).in(flop) == Approx(8.64e19));
  // Same dimension divided is a plain number: $6M / $1B = 0.006 (E10).
  const double share = million_usd(6) / billion_usd(1);
  CHECK(share == Approx(0.006));
  // A rental price: $2 per chip-hour for 1,000 chips over 10 hours is $20,000.
  CHECK((usd_per_chip_hour(2) * chips(1000) * hours(10)).in(usd) == Approx(20000.0));
}

TEST_CASE("arithmetic on quantities", "[quantity]") {
  CHECK(million_usd(2) + million_usd(3) == million_usd(5));
  CHECK(million_usd(5) - million_usd(3) == million_usd(2));
  CHECK(million_usd(2) * 3 == million_usd(6));
  CHECK(3.0 * million_usd(2) == million_usd(6));
  CHECK(million_usd(6) / 3 == million_usd(2));
  CHECK(million_usd(1) < million_usd(2));
  CHECK(months(9) > months(7));
}

TEST_CASE("float and long double work through the same code", "[quantity]") {
  const auto m = usd(5e6f);
  STATIC_REQUIRE(std::is_same_v<decltype(m), const money<float>>);
  CHECK(m.in(million_usd) == Approx(5.0f));
  const money<long double> ml = usd(5e6L);
  CHECK(static_cast<double>(ml.in(million_usd)) == Approx(5.0));
  // float promotes to double in mixed arithmetic.
  const auto sum = usd(1.0f) + usd(2.0);
  STATIC_REQUIRE(std::is_same_v<decltype(sum), const money<double>>);
  CHECK(sum.in(usd) == 3.0);
}

TEST_CASE("bad quantities raise curveshift::error naming the function, argument and value", "[quantity][bad-input]") {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  constexpr double inf = std::numeric_limits<double>::infinity();
  CHECK_THROWS_WITH(usd(-5), ContainsSubstring("curveshift::usd") && ContainsSubstring("amount = -5"));
  CHECK_THROWS_AS(million_usd(nan), error);
  CHECK_THROWS_WITH(flop(inf), ContainsSubstring("curveshift::flop") && ContainsSubstring("amount = inf"));
  CHECK_THROWS_WITH(chips(-1), ContainsSubstring("chips") && ContainsSubstring("-1"));
  CHECK_THROWS_AS(flop_per_second(-1e15), error);
  CHECK_THROWS_AS(months(nan), error);
  // Subtraction below zero dollars is an error, not negative money.
  CHECK_THROWS_WITH(million_usd(1) - million_usd(2), ContainsSubstring("operator-") && ContainsSubstring("result"));
  // A plain factor is an input: checked where it enters (negative scales
  // money below zero; NaN is no factor).
  CHECK_THROWS_WITH(usd(5) * -2.0, ContainsSubstring("operator*") && ContainsSubstring("k = -2"));
  CHECK_THROWS_WITH(usd(5) / nan, ContainsSubstring("operator/") && ContainsSubstring("k = nan"));
  CHECK_THROWS_WITH(months(5) * inf, ContainsSubstring("operator*") && ContainsSubstring("k = inf"));
  // Overflow to infinity is an error, never a result: the product is interior
  // arithmetic (1e300 x 1e300 = inf in IEEE double), and the read raises.
  const money<> overflowed = usd(1e300) * 1e300;
  CHECK_THROWS_WITH(overflowed.base_value(), ContainsSubstring("quantity::base_value") && ContainsSubstring("value = inf"));
  CHECK_THROWS_WITH(overflowed.in(million_usd), ContainsSubstring("quantity::in") && ContainsSubstring("value = inf"));
  CHECK_THROWS_WITH(million_usd(1) / 0.0, ContainsSubstring("operator/") && ContainsSubstring("divisor = 0"));
  CHECK_THROWS_WITH(billion_usd(1) / chips(0), ContainsSubstring("operator/") && ContainsSubstring("divisor = 0"));
  CHECK_THROWS_AS((usd(1e308) + usd(1e308)).base_value(), error);
  // The span 1e300 s x 1e300 FLOP/s as compute overflows.
  // (Its sign is checked at once, below, and that check sees the inf too.)
  CHECK_THROWS_WITH(seconds(1e300) * flop_per_second(1e300), ContainsSubstring("operator*") && ContainsSubstring("inf"));
  // A negative span makes negative compute: a domain error, raised at once.
  CHECK_THROWS_WITH(seconds(-1) * flop_per_second(1e15), ContainsSubstring("operator*") && ContainsSubstring("result = -1e+15"));
  CHECK_THROWS_AS(thousand_usd(1e306), error);
}

// Interior arithmetic is IEEE, and an overflow stays visible: inf and NaN
// propagate through every later operation, so whichever read comes next
// raises. These chains would silently give a number if any step hid the
// overflow (for example by clamping inf to the largest double).
TEST_CASE("an overflow anywhere in a chain raises at the next read", "[quantity][bad-input]") {
  const money<> huge = usd(1e300) * 1e10;  // inf, unread
  // inf + $5 = inf; inf - inf = NaN; inf x 0 = NaN: each raises when read.
  CHECK_THROWS_WITH((huge + usd(5)).base_value(), ContainsSubstring("value = inf"));
  CHECK_THROWS_WITH((huge * 0.0).base_value(), ContainsSubstring("nan"));
  // A comparison is a read, so it cannot answer false for a NaN silently.
  CHECK_THROWS_AS(huge * 0.0 < usd(1), error);
  CHECK_THROWS_AS(huge == usd(1), error);
  // So is writing it as text.
  CHECK_THROWS_AS(to_string(huge), error);
  // A plain number leaving the library (dollars / dollars) is a read too.
  CHECK_THROWS_WITH(huge / usd(1), ContainsSubstring("operator/") && ContainsSubstring("inf"));
  // The values made by makers are finite, so a chain without overflow reads cleanly:
  // $1e300 x 1e-10 x 1e10 = $1e300 (each product representable).
  CHECK((usd(1e300) * 1e-10 * 1e10).in(usd) == Approx(1e300));
}
