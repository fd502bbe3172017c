// uncertainty/probability.hpp: the questions asked of a distribution (probabilities,
// quantiles, summaries), in the draws' own terms.
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
#include "curveshift/text/uncertainty.hpp"

using namespace curveshift;


TEST_CASE("questions asked of a distribution", "[distributions][probability]") {
  // Draws 1..10.
  const samples<double> x(std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  CHECK(probability_above(x, 8.0) == Approx(0.2));       // 9, 10
  CHECK(probability_below(x, 3.0) == Approx(0.2));       // 1, 2
  CHECK(probability_between(x, 3.0, 8.0) == Approx(0.4));  // 4..7
  CHECK(cdf(x, 5.0) == Approx(0.5));                     // 1..5
  // Interpolated as R's type 7: the median of 1..10 is 5.5; 0 and 1 are the extremes.
  CHECK(quantile(x, 0.5) == Approx(5.5));
  CHECK(quantile(x, 0.0) == 1);
  CHECK(quantile(x, 1.0) == 10);
  // The same through a multiplier and a quantity: P(ratio > 8x), P(cost > $8).
  const multiplier<samples<double>> ratio(x);
  CHECK(probability_above(ratio, 8.0) == Approx(0.2));
  CHECK(probability_above(ratio, multiplier{8.0}) == Approx(0.2));
  const auto cost = usd(x);
  CHECK(probability_above(cost, usd(8.0)) == Approx(0.2));
  CHECK(quantile(cost, 1.0) == usd(10));  // a quantity's quantile is a quantity
  // A bare number is not a threshold for money: it read $8 where $8M was meant.
  STATIC_REQUIRE(!threshold_for<double, decltype(cost)>);
  STATIC_REQUIRE(!threshold_for<multiplier<>, decltype(cost)>);
  STATIC_REQUIRE(!threshold_for<compute<>, decltype(cost)>);
  STATIC_REQUIRE(threshold_for<money<>, decltype(cost)>);
  STATIC_REQUIRE(threshold_for<double, decltype(ratio)>);
  STATIC_REQUIRE(threshold_for<double, decltype(x)>);
  // Mean 5.5, sd sqrt(110 / 12) = 3.02765; percentiles 5, 50, 95 at 1.45, 5.5, 9.55.
  const auto s = summarize(x);
  CHECK(s.mean == Approx(5.5));
  CHECK(s.sd == Approx(3.027650).epsilon(1e-6));
  CHECK(to_string(s) == "median 5.5 (90% CI 1.45-9.55), mean 5.5, sd 3.03, 10 draws");
}


TEST_CASE("a summary of a quantity's draws is in its units and prints them", "[probability]") {
  // Draws $1M..$9M: mean $5M, median $5M; sd sqrt(sum (i-5)^2 / 8) =
  // sqrt(60/8) = 2.7386M (the sample sd, n - 1); p5 at rank 0.05 x 8 = 0.4:
  // $1.4M; p95 at 7.6: $8.6M.
  std::vector<double> v;
  for (int i = 1; i <= 9; ++i) v.push_back(i * 1e6);
  const auto s = summarize(usd(samples<double>(v)));
  STATIC_REQUIRE(std::same_as<decltype(s), const summary<money<>>>);
  CHECK(s.median == million_usd(5));
  CHECK(s.mean == million_usd(5));
  CHECK(s.sd.in(million_usd) == Approx(2.7386128).epsilon(1e-7));
  CHECK(s.p5.in(million_usd) == Approx(1.4));
  CHECK(s.p95.in(million_usd) == Approx(8.6));
  CHECK(to_string(s) == "median $5M (90% CI $1.4M-$8.6M), mean $5M, sd $2.74M, 9 draws");
  // Plain samples keep plain numbers.
  CHECK(to_string(summarize(samples<double>(v))) ==
        "median 5000000 (90% CI 1400000-8600000), mean 5000000, sd 2740000, 9 draws");
}

TEST_CASE("distribution is the public concept of what questions take", "[probability]") {
  STATIC_REQUIRE(distribution<samples<double>>);
  STATIC_REQUIRE(distribution<money<samples<double>>>);
  STATIC_REQUIRE(distribution<multiplier<samples<double>>>);
  STATIC_REQUIRE(!distribution<money<>>);
  STATIC_REQUIRE(!distribution<double>);
}
