// E7 of ../shared/arithmetic.md as one model, run three ways: a point
// (double), bounds (interval<double>) and a distribution (samples<double>).
// "we'd expect a model 3-4x cheaper than 3.5 Sonnet/GPT-4o around now ...
// worse ... by ~2x on the scaling curve": expected cost ratio = 4x/year over
// Sonnet's 9-12 month lead, times a quality gap of 1.5-2.5x.
#include <curveshift/curveshift.hpp>
#include <curveshift/uncertainty/monte_carlo.hpp>
#include <curveshift/core/samples.hpp>

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("E7 with doubles: the midpoints", "[e7]") {
  // 10.5 months, gap 2: 4^(10.5/12) x 2 = 2^1.75 x 2 = 3.363586 x 2 = 6.727171.
  const auto r = essay::expected_cost_ratio(months(10.5), essay::cost_trend, multiplier(2.0));
  STATIC_REQUIRE(std::is_same_v<decltype(r), const multiplier<double>>);
  CHECK(r.value() == Approx(6.727171322));
  // The essay's own reading: 9-12 months at gap 2 is 5.66-8x (E7).
  CHECK(essay::expected_cost_ratio(lower(essay::sonnet_lead), essay::cost_trend, essay::v3_quality_gap).value() ==
        Approx(5.656854));
}

TEST_CASE("E7 with intervals: the bounds", "[e7]") {
  // [9, 12] months, gap [1.5, 2.5]: [4^0.75 x 1.5, 4^1 x 2.5] = [2.828427 x 1.5, 10] = [4.242641, 10].
  const auto r = essay::expected_cost_ratio(months(interval{9.0, 12.0}), essay::cost_trend,
                                            multiplier(interval{1.5, 2.5}));
  STATIC_REQUIRE(std::is_same_v<decltype(r), const multiplier<interval<double>>>);
  CHECK(r.value().lo() == Approx(4.242641));
  CHECK(r.value().hi() == Approx(10.0));
  CHECK(to_string(r) == "4.24-10x");
}

TEST_CASE("E7 with samples: the distribution", "[e7]") {
  // months ~ between(9, 12): lognormal, mu_M = ln sqrt(108) = 2.341066, sigma_M = ln(4/3)/(2z) = 0.0874491.
  // gap ~ between(1.5, 2.5): lognormal, mu_G = ln sqrt(3.75) = 0.660878, sigma_G = ln(5/3)/(2z) = 0.155280.
  // ln ratio = (ln 4 / 12) M + ln G. The second term is normal; the first is a
  // lognormal scaled by a = 0.1155245, nearly normal since sigma_M is small, so
  // ln ratio is nearly normal and its median lies between the two simple readings:
  //   medians added: a e^mu_M + mu_G = 0.1155245 x 10.392305 + 0.660878 = 1.861445 -> e^ = 6.4330;
  //   means added:   a E[M] + mu_G = 0.1155245 x 10.432118 + 0.660878 = 1.866045 -> e^ = 6.4627.
  // Exactly, P(ratio <= x) = integral of phi(u) Phi((ln x - a e^(mu_M + sigma_M u) - mu_G) / sigma_G) du;
  // solving by quadrature (mpmath, 30 digits): median 6.453297, p5 4.757399, p95 8.822752.
  // The mean factors (independence): E[4^(M/12)] E[G] = 3.356144 x e^(mu_G + sigma_G^2/2)
  // = 3.356144 x 1.959979 = 6.577973.
  // With 1e6 draws the standard errors are ~0.02% (median, mean) and ~0.05% (p5, p95); tolerance 0.2%.
  monte_carlo mc{1'000'000, 2025};
  const auto lead = months(mc.between(9, 12));
  const auto gap = multiplier(mc.between(1.5, 2.5));
  const auto r = essay::expected_cost_ratio(lead, essay::cost_trend, gap);
  STATIC_REQUIRE(std::is_same_v<decltype(r), const multiplier<samples<double>>>);
  const auto& v = r.value();
  CHECK(v.median() == Approx(6.453297).epsilon(2e-3));
  CHECK(v.mean() == Approx(6.577973).epsilon(2e-3));
  CHECK(v.percentile(5) == Approx(4.757399).epsilon(2e-3));
  CHECK(v.percentile(95) == Approx(8.822752).epsilon(2e-3));
  CHECK_THAT(to_string(r), ContainsSubstring("median 6.4") && ContainsSubstring("(90% CI 4.7") &&
                               ContainsSubstring("-8.8") && ContainsSubstring("x)"));
  // The distribution's 90% interval sits inside the interval bounds [4.24, 10]:
  // bounds take every input at its extreme at once, which draws rarely do.
  CHECK(v.ci90().lo() > 4.242641);
  CHECK(v.ci90().hi() < 10.0);
}

TEST_CASE("the product of two independent lognormals is lognormal", "[e7]") {
  // gap ~ between(1.5, 2.5) and a second factor ~ between(2, 8), independent:
  // ln of the product is normal with mu = ln sqrt(3.75) + ln sqrt(16) = 0.660878 + 1.386294 = 2.047172
  // and sigma = sqrt(0.155280^2 + (ln 4 / (2z))^2) = sqrt(0.155280^2 + 0.421410^2) = 0.449108.
  // Median e^mu = sqrt(3.75 x 16) = 7.745967; p5, p95 = e^(mu -+ z sigma) = e^(2.047172 -+ 0.738711)
  // = 3.699 .. 16.221 (e^1.308461 = 3.700477, e^2.785883 = 16.214161).
  monte_carlo mc{1'000'000, 77};
  const auto product = multiplier(mc.between(1.5, 2.5)) * multiplier(mc.between(2, 8));
  CHECK(product.value().median() == Approx(7.745967).epsilon(2e-3));
  CHECK(product.value().percentile(5) == Approx(3.700477).epsilon(3e-3));
  CHECK(product.value().percentile(95) == Approx(16.214161).epsilon(3e-3));
}

TEST_CASE("containment: draws inside the bounds give results inside the interval", "[e7]") {
  // Inputs drawn uniformly inside [9, 12] months and [1.5, 2.5]x: each draw is
  // a point of the box, and interval arithmetic bounds the model over the box.
  const auto bounds = essay::expected_cost_ratio(months(interval{9.0, 12.0}), essay::cost_trend,
                                                 multiplier(interval{1.5, 2.5}));
  monte_carlo mc{1'000'000, 3};
  const auto r = essay::expected_cost_ratio(months(mc.uniform(9, 12)), essay::cost_trend,
                                            multiplier(mc.uniform(1.5, 2.5)));
  const auto& v = r.value();
  const double lo = *std::min_element(v.begin(), v.end());
  const double hi = *std::max_element(v.begin(), v.end());
  CHECK(lo >= bounds.value().lo());
  CHECK(hi <= bounds.value().hi());
  // And the draws reach close to both ends (the bounds are not loose here:
  // each variable appears once). The corners are 4.2426 and 10; with 1e6
  // uniform draws the extremes come within ~2% of them.
  CHECK(lo < bounds.value().lo() * 1.02);
  CHECK(hi > bounds.value().hi() * 0.98);
}

TEST_CASE("E7 model bad input", "[e7][bad-input]") {
  // A gap sampled with a draw <= 0 cannot be a multiplier, and two sample sets
  // of different sizes cannot meet in one model.
  monte_carlo a{1000, 1};
  monte_carlo b{999, 1};
  CHECK_THROWS_WITH(multiplier(a.between(-1, 1)), ContainsSubstring("curveshift::multiplier") &&
                                                      ContainsSubstring("factor = -"));
  CHECK_THROWS_WITH(essay::expected_cost_ratio(months(a.between(9, 12)), essay::cost_trend,
                                               multiplier(b.between(1.5, 2.5))),
                    ContainsSubstring("operator*(samples, samples)") && ContainsSubstring("1000 and 999"));
  CHECK_THROWS_WITH(essay::expected_cost_ratio(months(interval{9.0, 12.0}), essay::cost_trend,
                                               multiplier(interval{0.0, 2.5})),
                    ContainsSubstring("factor = 0"));
}
