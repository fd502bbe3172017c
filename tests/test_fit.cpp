// Least-squares fits: curves to (input, result) observations and trends to
// dated values. Known parameters are recovered from generated data, exactly
// without noise and within a few standard errors with it (fixed seed).
#include <curveshift/curveshift.hpp>
#include <curveshift/fit.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "catch.hpp"
#include "sample_stats.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {

// A tiny deterministic generator, the same on every standard library:
// splitmix64 for uniforms, Box-Muller for normals.
struct generator {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in (0, 1).
  double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
  double normal() {
    const double r = std::sqrt(-2.0 * std::log(uniform()));
    return r * std::cos(6.283185307179586 * uniform());
  }
};

using score_points = std::vector<curve_point<money<>, score<>>>;

using curveshift_test::mean_of;
using curveshift_test::sd_of;

}  // namespace

TEST_CASE("fit_log_linear recovers the coding curve exactly from its own points", "[fit]") {
  // 41 spends from $1M to $100M, evenly in log10 (u = 6, 6.05, ..., 8), on 20% + 20 log10(x / $1M).
  score_points data;
  for (int i = 0; i <= 40; ++i) {
    const auto spend = usd(std::pow(10.0, 6.0 + 0.05 * i));
    data.push_back({spend, essay::coding_curve.score_at(spend)});
  }
  const auto fit = fit_log_linear(data);
  // Default reference: the geometric mean, 10^7 = $10M, where the curve gives 40%.
  CHECK(fit.curve.reference().in(million_usd) == Approx(10.0));
  CHECK(fit.curve.level().in_percent() == Approx(40.0));
  CHECK(fit.curve.per_decade().value() == Approx(20.0).epsilon(1e-12));
  CHECK(fit.r_squared == Approx(1.0).epsilon(1e-12));
  CHECK(fit.observations == 41);
  REQUIRE(fit.residuals.size() == 41);
  for (double r : fit.residuals) CHECK(std::abs(r) < 1e-9);
  // With the reference at $1M the level is the essay's 20%.
  const auto at_1m = fit_log_linear(data, million_usd(1));
  CHECK(at_1m.curve.level().in_percent() == Approx(20.0).epsilon(1e-12));
  CHECK(at_1m.curve.cost_for(percent(60)).in(million_usd) == Approx(100.0).epsilon(1e-10));
}

TEST_CASE("fit_log_linear with noise", "[fit]") {
  // 2000 spends, log10 uniform in [5.5, 8] ($0.32M..$100M, scores 10%..70%), plus
  // normal noise of 2 points. Standard errors: slope 2 / sqrt(n var(u)) =
  // 2 / sqrt(2000 x 2.5^2 / 12) = 0.062 points per decade; level at $1M about 0.06 points.
  // Tolerances are 0.3 (about 5 standard errors). Expected R^2 = 1 - 4 / (400 x 0.52 + 4) = 0.981.
  generator g{42};
  score_points data;
  for (int i = 0; i < 2000; ++i) {
    const double u = 5.5 + 2.5 * g.uniform();
    const double pct = 20.0 + 20.0 * (u - 6.0) + 2.0 * g.normal();
    data.push_back({usd(std::pow(10.0, u)), percent(pct)});
  }
  const auto fit = fit_log_linear(data, million_usd(1));
  CHECK(std::abs(fit.curve.per_decade().value() - 20.0) < 0.3);
  CHECK(std::abs(fit.curve.level().in_percent() - 20.0) < 0.3);
  CHECK(fit.r_squared > 0.975);
  CHECK(fit.r_squared < 0.987);
  // Residuals are in points, with mean 0 (least squares) and spread near the noise's 2.
  CHECK(std::abs(mean_of(fit.residuals)) < 1e-9);
  CHECK(std::abs(sd_of(fit.residuals) - 2.0) < 0.15);
}

TEST_CASE("fit_power_law recovers Kaplan's law and a law with a floor", "[fit]") {
  // Kaplan's L(C) = (3.1e8 PF-days / C)^0.05 at 1e3..1e9 PF-days.
  std::vector<curve_point<compute<>, loss<>>> kaplan;
  for (int i = 0; i <= 30; ++i) {
    const auto c = petaflop_days(std::pow(10.0, 3.0 + 0.2 * i));
    kaplan.push_back({c, published::kaplan_2020_compute.loss_at(c)});
  }
  const auto fit = fit_power_law(kaplan);
  CHECK(fit.curve.exponent() == Approx(0.05).epsilon(1e-10));
  CHECK(fit.curve.scale().in(petaflop_days) == Approx(3.1e8).epsilon(1e-8));
  CHECK(fit.r_squared == Approx(1.0).epsilon(1e-12));
  // L = 1.69 + 406.4 / x^0.34 for x = 1e6..1e12, floor given: exponent 0.34,
  // scale 406.4^(1/0.34) = 4.71404e7.
  std::vector<curve_point<compute<>, loss<>>> floored;
  for (int i = 0; i <= 24; ++i) {
    const double x = std::pow(10.0, 6.0 + 0.25 * i);
    floored.push_back({flop(x), loss{1.69 + 406.4 / std::pow(x, 0.34)}});
  }
  const auto f2 = fit_power_law(floored, loss{1.69});
  CHECK(f2.curve.exponent() == Approx(0.34).epsilon(1e-9));
  CHECK(f2.curve.scale().in(flop) == Approx(47140396.73).epsilon(1e-7));
  CHECK(f2.curve.floor().value() == 1.69);
}

TEST_CASE("fit_power_law with multiplicative noise", "[fit]") {
  // ln L = 0.05 ln(3.1e8) - 0.05 ln C + e, e ~ N(0, 0.01), ln C uniform over 13.8 (1e3..1e9 PF-days):
  // SE(exponent) = 0.01 / sqrt(1000 x 13.8^2 / 12) = 7.9e-5; tolerance 5e-4.
  generator g{7};
  std::vector<curve_point<compute<>, loss<>>> data;
  for (int i = 0; i < 1000; ++i) {
    const auto c = petaflop_days(std::pow(10.0, 3.0 + 6.0 * g.uniform()));
    data.push_back({c, loss{published::kaplan_2020_compute.loss_at(c).value() * std::exp(0.01 * g.normal())}});
  }
  const auto fit = fit_power_law(data);
  CHECK(std::abs(fit.curve.exponent() - 0.05) < 5e-4);
  // The loss at 1e6 PF-days: (310)^0.05 = 1.33223; its SE is ~0.01 x 1.33 / sqrt(1000) = 4e-4.
  CHECK(std::abs(fit.curve.loss_at(petaflop_days(1e6)).value() - std::pow(310.0, 0.05)) < 3e-3);
  CHECK(std::abs(sd_of(fit.residuals) - 0.01) < 0.001);
}

TEST_CASE("fit_logistic recovers a saturating curve", "[fit]") {
  // Floor 10%, ceiling 90%, midpoint $1M, steepness ln 9, at spends 10^4..10^8.
  const logistic truth{percent(10), percent(90), million_usd(1), std::log(9.0)};
  score_points exact;
  for (int i = 0; i <= 40; ++i) {
    const auto spend = usd(std::pow(10.0, 4.0 + 0.1 * i));
    exact.push_back({spend, truth.score_at(spend)});
  }
  const auto fit = fit_logistic(exact, percent(10), percent(90));
  CHECK(fit.curve.steepness() == Approx(std::log(9.0)).epsilon(1e-9));
  CHECK(fit.curve.midpoint().in(million_usd) == Approx(1.0).epsilon(1e-9));
  CHECK(fit.r_squared == Approx(1.0).epsilon(1e-12));
  CHECK(fit.observations == 41);

  // With 1 point of noise on 2000 points, u uniform in [4, 8]: from the Fisher
  // information the standard errors are 0.0040 for the steepness and 0.00092
  // decades for the midpoint; tolerances 0.025 and 0.006 (about 6 SE).
  generator g{2024};
  score_points noisy;
  for (int i = 0; i < 2000; ++i) {
    const auto spend = usd(std::pow(10.0, 4.0 + 4.0 * g.uniform()));
    noisy.push_back({spend, percent(truth.score_at(spend).in_percent() + g.normal())});
  }
  const auto nfit = fit_logistic(noisy, percent(10), percent(90));
  CHECK(std::abs(nfit.curve.steepness() - std::log(9.0)) < 0.025);
  CHECK(std::abs(std::log10(nfit.curve.midpoint().in(usd)) - 6.0) < 0.006);
  CHECK(std::abs(sd_of(nfit.residuals) - 1.0) < 0.08);
}

TEST_CASE("fit_trend recovers a price falling 4x per year", "[fit]") {
  // $30 on 2023-01-01, falling 4x per year: on the first of each month for two years,
  // price = 30 x 4^-(days / 365.2425).
  std::vector<observation<money<>>> prices;
  const date start{2023, 1, 1};
  for (int i = 0; i < 24; ++i) {
    const date when{2023 + i / 12, 1 + i % 12, 1};
    const double yrs = static_cast<double>(when.days_since_epoch() - start.days_since_epoch()) / 365.2425;
    prices.push_back({when, usd(30.0 * std::pow(4.0, -yrs))});
  }
  const auto fit = fit_trend(prices);
  CHECK(fit.trend.per_year().value() == Approx(0.25).epsilon(1e-10));
  CHECK(fit.trend.inverse().halving_time().in(months) == Approx(6.0).epsilon(1e-9));
  CHECK(fit.start.value.in(usd) == Approx(30.0).epsilon(1e-10));
  CHECK(fit.start.when == start);
  CHECK(fit.r_squared == Approx(1.0).epsilon(1e-12));
  // One year on (365 days): 30 x 4^-(365 / 365.2425) = 7.5050.
  CHECK(fit.value_on(date{2024, 1, 1}).in(usd) == Approx(30.0 * std::pow(4.0, -365.0 / 365.2425)));

  // Weekly for 200 weeks with 5% lognormal noise: SE(log rate) = 0.05 / sqrt(200 x 3.83^2 / 12)
  // = 0.0032; tolerance 0.02 on ln 4 = 1.3863.
  generator g{99};
  std::vector<observation<money<>>> noisy;
  for (int i = 0; i < 200; ++i) {
    const date when = date::from_days_since_epoch(start.days_since_epoch() + 7L * i);
    const double yrs = 7.0 * i / 365.2425;
    noisy.push_back({when, usd(30.0 * std::pow(4.0, -yrs) * std::exp(0.05 * g.normal()))});
  }
  const auto nfit = fit_trend(noisy);
  CHECK(std::abs(nfit.trend.inverse().log_rate() - std::log(4.0)) < 0.02);
  CHECK(nfit.observations == 200);
  CHECK(std::abs(sd_of(nfit.residuals) - 0.05) < 0.006);
}

TEST_CASE("bad input to the fits raises curveshift::error", "[fit][bad-input]") {
  const double nan_value = std::numeric_limits<double>::quiet_NaN();
  score_points one{{million_usd(1), percent(20)}};
  score_points none;
  score_points same{{million_usd(1), percent(20)}, {million_usd(1), percent(30)}, {million_usd(1), percent(25)}};
  CHECK_THROWS_WITH(fit_log_linear(one), ContainsSubstring("fit_log_linear") && ContainsSubstring("observations = 1") &&
                                             ContainsSubstring("at least 2"));
  CHECK_THROWS_WITH(fit_log_linear(none), ContainsSubstring("observations = 0"));
  CHECK_THROWS_WITH(fit_log_linear(same), ContainsSubstring("fit_log_linear") && ContainsSubstring("input = 1e+06") &&
                                              ContainsSubstring("distinct"));
  CHECK_THROWS_WITH(fit_logistic(one, percent(0), percent(100)), ContainsSubstring("fit_logistic") &&
                                                                    ContainsSubstring("observations = 1"));
  CHECK_THROWS_WITH(fit_logistic(same, percent(0), percent(100)), ContainsSubstring("input = 1e+06"));
  // NaN cannot get into an observation through the public makers ...
  CHECK_THROWS_AS(percent(nan_value), error);
  CHECK_THROWS_AS(usd(nan_value), error);
  // ... and the fits check every value anyway.
  score_points with_nan{{million_usd(1), percent(20)}, {detail::access::make<money<>>(nan_value), percent(40)}};
  CHECK_THROWS_WITH(fit_log_linear(with_nan), ContainsSubstring("fit_log_linear") && ContainsSubstring("input = nan"));
  CHECK_THROWS_WITH(fit_logistic(with_nan, percent(0), percent(100)), ContainsSubstring("input = nan"));
  score_points zero_input{{usd(0), percent(20)}, {million_usd(1), percent(40)}};
  CHECK_THROWS_WITH(fit_log_linear(zero_input), ContainsSubstring("input = 0"));
  // A reference input where the fitted line leaves 0..100%: $1 on the coding curve is -100%.
  score_points two{{million_usd(1), percent(20)}, {million_usd(10), percent(40)}};
  CHECK_THROWS_WITH(fit_log_linear(two, usd(1)), ContainsSubstring("fit_log_linear") && ContainsSubstring("level = -0.99"));
  CHECK_THROWS_WITH(fit_log_linear(two, usd(0)), ContainsSubstring("reference = 0"));
  // Logistic: scores that fall with spend, and a ceiling at the floor.
  score_points falling{{million_usd(1), percent(60)}, {million_usd(10), percent(40)}, {million_usd(100), percent(20)}};
  CHECK_THROWS_WITH(fit_logistic(falling, percent(0), percent(100)),
                    ContainsSubstring("fit_logistic") && ContainsSubstring("steepness"));
  CHECK_THROWS_WITH(fit_logistic(two, percent(50), percent(50)),
                    ContainsSubstring("fit_logistic") && ContainsSubstring("ceiling = 0.5"));
  // Power law: a loss at the floor, a loss that rises with compute, too few points, one input.
  std::vector<curve_point<compute<>, loss<>>> losses{{flop(1e20), loss{2.0}}, {flop(1e21), loss{1.9}}};
  CHECK_THROWS_WITH(fit_power_law(losses, loss{1.95}), ContainsSubstring("fit_power_law") &&
                                                           ContainsSubstring("loss = 1.9"));
  std::vector<curve_point<compute<>, loss<>>> rising{{flop(1e20), loss{1.9}}, {flop(1e21), loss{2.0}}};
  CHECK_THROWS_WITH(fit_power_law(rising), ContainsSubstring("fit_power_law") && ContainsSubstring("exponent = -"));
  std::vector<curve_point<compute<>, loss<>>> single{{flop(1e20), loss{2.0}}};
  CHECK_THROWS_WITH(fit_power_law(single), ContainsSubstring("observations = 1"));
  std::vector<curve_point<compute<>, loss<>>> flat{{flop(1e20), loss{2.0}}, {flop(1e20), loss{1.9}}};
  CHECK_THROWS_WITH(fit_power_law(flat), ContainsSubstring("fit_power_law") && ContainsSubstring("input = 1e+20"));
  std::vector<curve_point<compute<>, loss<>>> nan_input{{flop(1e20), loss{2.0}},
                                                        {detail::access::make<compute<>>(nan_value), loss{1.9}}};
  CHECK_THROWS_WITH(fit_power_law(nan_input), ContainsSubstring("fit_power_law") && ContainsSubstring("input = nan"));
  CHECK_THROWS_AS(loss{nan_value}, error);
  // Trend: one observation, all on one date, a price of zero.
  std::vector<observation<money<>>> lone{{date{2024, 1, 1}, usd(3)}};
  CHECK_THROWS_WITH(fit_trend(lone), ContainsSubstring("fit_trend") && ContainsSubstring("observations = 1"));
  std::vector<observation<money<>>> same_day{{date{2024, 1, 1}, usd(3)}, {date{2024, 1, 1}, usd(2)}};
  CHECK_THROWS_WITH(fit_trend(same_day), ContainsSubstring("fit_trend") && ContainsSubstring("one date"));
  std::vector<observation<money<>>> free{{date{2024, 1, 1}, usd(3)}, {date{2024, 6, 1}, usd(0)}};
  CHECK_THROWS_WITH(fit_trend(free), ContainsSubstring("fit_trend") && ContainsSubstring("value = 0"));
}

TEST_CASE("curve_points names what the curve fits take", "[fit]") {
  // A public concept for the public fits' argument (design.md: no detail::
  // concept constrains a public template).
  STATIC_REQUIRE(curve_points<std::vector<curve_point<money<>, score<>>>, score<>>);
  STATIC_REQUIRE(curve_points<std::vector<curve_point<compute<>, loss<>>>, loss<>>);
  STATIC_REQUIRE(!curve_points<std::vector<curve_point<money<>, score<>>>, loss<>>);
  STATIC_REQUIRE(!curve_points<std::vector<double>, score<>>);
}
