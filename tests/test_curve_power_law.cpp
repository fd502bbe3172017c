// Power-law loss curves: Kaplan et al. 2020's L = (x_c / x)^alpha and L = E + A / x^alpha.
#include <curveshift/curveshift.hpp>

#include <cmath>
#include <limits>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("Kaplan's compute law L(C) = (3.1e8 PF-days / C)^0.050", "[curve][power_law]") {
  const auto& k = published::kaplan_2020_compute;
  STATIC_REQUIRE(loss_curve<power_law<compute_dim>>);
  // At C = 3.1e8 PF-days the ratio is 1: loss 1.
  CHECK(k.loss_at(petaflop_days(3.1e8)).value() == Approx(1.0));
  // 1e10 times more compute: (1e-10)^0.05 = 10^-0.5 = 0.316228.
  CHECK(k.loss_at(petaflop_days(3.1e18)).value() == Approx(0.316227766));
  // 1 PF-day: (3.1e8)^0.05 = exp(0.05 x 19.552) = 2.65808.
  CHECK(k.loss_at(petaflop_days(1)).value() == Approx(2.65808023));
  CHECK(k.cost_for(loss{1.0}).in(petaflop_days) == Approx(3.1e8));
  CHECK(k.floor().value() == 0.0);
}

TEST_CASE("a power law with a floor, from its coefficient", "[curve][power_law]") {
  // L = 1.69 + 406.4 / x^0.34 (Chinchilla's parameter term as a one-variable law).
  // x = 1e9: 1e9^0.34 = 10^3.06 = 1148.154; 406.4 / 1148.154 = 0.353960; L = 2.043960.
  const auto p = power_law<compute_dim>::from_coefficient(loss{1.69}, 406.4, 0.34);
  CHECK(p.loss_at(flop(1e9)).value() == Approx(2.0439596));
  // The scale is 406.4^(1 / 0.34) = 4.71404e7.
  CHECK(p.scale().in(flop) == Approx(47140396.73));
  CHECK(p.cost_for(loss{2.0439596029}).in(flop) == Approx(1e9));
  // The inverse subtracts the floor, so its precision is that of (L - E): at
  // 1e24 FLOP the reducible part is 2.8e-6 of a loss of 1.69, and a round trip
  // keeps only ~1e-10. Up to 7e15 (reducible 1.7e-3) it keeps 1e-12.
  for (double x : {1.0, 3e4, 1e9, 7e15}) {
    const double back = p.cost_for(p.loss_at(flop(x))).in(flop);
    CHECK(std::abs(back - x) <= 1e-12 * x);
  }
  // Shifting by 10x: the loss at x is the unshifted loss at 10x.
  const auto s10 = p.shifted_by(multiplier{10.0});
  CHECK(s10.loss_at(flop(1e8)).value() == Approx(p.loss_at(flop(1e9)).value()));
  CHECK(shifted_by(p, multiplier{10.0}).cost_for(loss{2.0439596029}).in(flop) == Approx(1e8));
  // Over money, with CTAD: L = (1e6 $ / x)^0.5: $4M -> 0.5.
  const power_law m{million_usd(1), 0.5};
  CHECK(m.loss_at(million_usd(4)).value() == Approx(0.5));
  CHECK(m.cost_for(loss{0.25}).in(million_usd) == Approx(16.0));
}

TEST_CASE("bad input to power_law raises curveshift::error", "[curve][power_law][bad-input]") {
  const auto p = power_law<compute_dim>::from_coefficient(loss{1.69}, 406.4, 0.34);
  CHECK_THROWS_WITH(p.loss_at(flop(0)), ContainsSubstring("power_law::loss_at") && ContainsSubstring("input = 0"));
  CHECK_THROWS_WITH(p.cost_for(loss{1.5}), ContainsSubstring("power_law::cost_for") &&
                                               ContainsSubstring("target = 1.5") && ContainsSubstring("floor"));
  CHECK_THROWS_WITH(p.cost_for(loss{1.69}), ContainsSubstring("target = 1.69"));
  CHECK_THROWS_WITH(power_law(flop(0), 0.05), ContainsSubstring("curveshift::power_law") && ContainsSubstring("scale = 0"));
  CHECK_THROWS_WITH(power_law(flop(1e10), 0.0), ContainsSubstring("exponent = 0"));
  CHECK_THROWS_WITH(power_law(flop(1e10), -0.1), ContainsSubstring("exponent = -0.1"));
  CHECK_THROWS_WITH(power_law<compute_dim>::from_coefficient(loss{1.0}, -3.0, 0.3),
                    ContainsSubstring("power_law::from_coefficient") && ContainsSubstring("coefficient = -3"));
  CHECK_THROWS_WITH(power_law<compute_dim>::from_coefficient(loss{1.0}, 3.0, 0.0), ContainsSubstring("exponent = 0"));
  // A coefficient whose scale overflows: 1e300^(1/0.01).
  CHECK_THROWS_WITH(power_law<compute_dim>::from_coefficient(loss{1.0}, 1e300, 0.01),
                    ContainsSubstring("power_law::from_coefficient"));
  CHECK_THROWS_WITH(loss{-1.0}, ContainsSubstring("curveshift::loss") && ContainsSubstring("value = -1"));
  CHECK_THROWS_WITH(loss{std::numeric_limits<double>::quiet_NaN()}, ContainsSubstring("value = nan"));
  // A target so near the floor that the input overflows.
  CHECK_THROWS_WITH(p.cost_for(loss{1.69 + 1e-300}), ContainsSubstring("power_law::cost_for"));
}
