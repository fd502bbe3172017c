// uncertainty/sensitivity.hpp: which input matters, by first-order index.
// Values derived by hand in the comments; sampling tolerances of several
// standard errors at the draw counts used.
#include <algorithm>
#include <functional>
#include <cmath>
#include <string>
#include <vector>

#include "catch.hpp"
#include "curveshift/uncertainty/correlation.hpp"
#include "curveshift/curveshift.hpp"
#include "curveshift/uncertainty/distributions.hpp"
#include "curveshift/uncertainty/histogram.hpp"
#include "curveshift/uncertainty/probability.hpp"
#include "curveshift/uncertainty/sensitivity.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
constexpr std::size_t n = 200'000;
}  // namespace

TEST_CASE("sensitivity ranks the inputs by their first-order index", "[distributions][sensitivity]") {
  monte_carlo mc{n, 15};
  // Y = X1 + X2 + X3, independent normals with sd 1, 2, 3: Var Y = 14, so the
  // first-order indices are 1/14 = 0.0714, 4/14 = 0.2857 and 9/14 = 0.6429.
  const auto x1 = mc.normal(0, 1);
  const auto x2 = mc.normal(0, 2);
  const auto x3 = mc.normal(0, 3);
  const auto sum = sensitivity(x1 + x2 + x3, {{"x1", x1}, {"x2", x2}, {"x3", x3}});
  REQUIRE(sum.rows.size() == 3);
  CHECK(sum.rows[0].name == "x3");
  CHECK(sum.rows[0].first_order == Approx(9.0 / 14).margin(0.01));
  CHECK(sum.rows[1].first_order == Approx(4.0 / 14).margin(0.01));
  CHECK(sum.rows[2].first_order == Approx(1.0 / 14).margin(0.01));
  // Y = U1 U2, U uniform on [0, 1]: Var Y = 1/9 - 1/16 = 7/144; Var E[Y | U1] = Var(U1 / 2) = 1/48;
  // so each index is (1/48) / (7/144) = 3/7 = 0.428571, and 1/7 is the interaction.
  const auto u1 = mc.uniform(0, 1);
  const auto u2 = mc.uniform(0, 1);
  const auto product = sensitivity(u1 * u2, {{"u1", u1}, {"u2", u2}});
  CHECK(product.rows[0].first_order == Approx(3.0 / 7).margin(0.01));
  CHECK(product.rows[1].first_order == Approx(3.0 / 7).margin(0.01));
  CHECK_THAT(to_string(sum), ContainsSubstring("input  first-order  rank corr.\nx3"));
}

