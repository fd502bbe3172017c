// uncertainty/correlation.hpp: rank correlation of inputs, margins kept.
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

namespace {
constexpr std::size_t n = 200'000;
std::vector<double> sorted(const samples<double>& x) {
  std::vector<double> v(x.begin(), x.end());
  std::sort(v.begin(), v.end());
  return v;
}
}  // namespace

TEST_CASE("correlate reaches the rank correlation asked for and keeps each margin", "[distributions][correlation]") {
  monte_carlo mc{n, 14};
  const auto hardware = mc.between(1.25, 1.45);
  const auto algorithms = mc.between(2.5, 3.5);
  // Independent draws: rank correlation about 0 (sd 1 / sqrt(n) = 0.0022).
  CHECK(std::abs(rank_correlation(hardware, algorithms)) < 0.01);
  const auto [h, a] = correlate(mc, hardware, algorithms, 0.5);
  CHECK(rank_correlation(h, a) == Approx(0.5).margin(0.01));
  // Only the order changed: the same draws, so the same distribution.
  CHECK(sorted(h) == sorted(hardware));
  CHECK(sorted(a) == sorted(algorithms));
  // Three inputs, one negative pair.
  const auto three = correlate(mc, {mc.between(1, 2), mc.between(1, 2), mc.between(1, 2)},
                               {{1, 0.3, -0.4}, {0.3, 1, 0.2}, {-0.4, 0.2, 1}});
  CHECK(rank_correlation(three[0], three[1]) == Approx(0.3).margin(0.01));
  CHECK(rank_correlation(three[0], three[2]) == Approx(-0.4).margin(0.01));
  CHECK(rank_correlation(three[1], three[2]) == Approx(0.2).margin(0.01));
  // Rank correlation by hand: 1..5 against 5..1 is -1; against itself, 1.
  const samples<double> up(std::vector<double>{1, 2, 3, 4, 5});
  const samples<double> down(std::vector<double>{5, 4, 3, 2, 1});
  CHECK(rank_correlation(up, down) == Approx(-1));
  CHECK(rank_correlation(up, up) == Approx(1));
}

TEST_CASE("E7 with correlated trends matches quadrature", "[distributions][correlation]") {
  // ln ratio = (lead / 12) (ln hw + ln algo) + ln gap, each input lognormal by its 90% interval
  // (lead 9-12 months, hw 1.25-1.40, algo 2.4-3.4, gap 1.5-2.5). Integrating over the lead with a
  // 4,000-point rule (Python): P(ratio > 8) = 0.105693 independent; with a rank correlation of
  // 0.5 (Pearson 2 sin(pi / 12) = 0.517638 between ln hw and ln algo), 0.112855. Medians 6.1330
  // and 6.1308. Sampling sd of P at 200,000 draws: 0.0007; tolerance 3 sd.
  monte_carlo mc{200'000, 99};
  const auto lead = months(mc.between(9, 12));
  const auto gap = multiplier(mc.between(1.5, 2.5));
  const auto hw = mc.between(1.25, 1.40);
  const auto algo = mc.between(2.4, 3.4);
  const auto independent = essay::expected_cost_ratio(lead, per_year(hw * algo), gap);
  CHECK(probability_above(independent, 8.0) == Approx(0.105693).margin(0.0021));
  CHECK(quantile(independent, 0.5) == Approx(6.1330).epsilon(0.003));
  const auto [h, a] = correlate(mc, hw, algo, 0.5);
  const auto correlated = essay::expected_cost_ratio(lead, per_year(h * a), gap);
  CHECK(probability_above(correlated, 8.0) == Approx(0.112855).margin(0.0021));
  CHECK(quantile(correlated, 0.5) == Approx(6.1308).epsilon(0.003));
}

