// The nonlinear fits that estimate a curve's bounds too: a power law's floor
// (fit_power_law(data, fitted_floor)) and a logistic's floor and ceiling
// (fit_logistic(data)). Known parameters are recovered from generated data:
// to ~1e-9 without noise, and within about 5 standard errors with it (fixed
// seeds, curveshift's own engine). The standard errors come from the Fisher
// information sigma^2 (n E[g g^T])^-1, g the gradient of the model in its
// parameters at the truth, averaged over the design (u uniform); the
// integrals were done by the midpoint rule (20,000 steps).
#include <curveshift/curveshift.hpp>
#include <curveshift/fit.hpp>
#include <curveshift/uncertainty/random.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "catch.hpp"
#include "sample_stats.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {

using loss_points = std::vector<curve_point<compute<>, loss<>>>;
using score_points = std::vector<curve_point<money<>, score<>>>;

using curveshift_test::mean_of;
using curveshift_test::sd_of;

// Hoffmann et al. 2022's parameter term as a law in one input:
// L = 1.69 + 406.4 / x^0.34.
double hoffmann_n_term(double x) { return 1.69 + 406.4 / std::pow(x, 0.34); }

}  // namespace

TEST_CASE("fit_power_law with fitted_floor recovers the floor of an exact law", "[fit][power_law]") {
  // L = 1.69 + 406.4 / x^0.34 at x = 10^6, 10^6.25, ..., 10^12 (25 inputs).
  // As (scale / x)^alpha, scale = 406.4^(1 / 0.34) = exp(6.00735 / 0.34)
  // = exp(17.66868) = 4.71404e7.
  loss_points data;
  for (int i = 0; i <= 24; ++i) {
    const double x = std::pow(10.0, 6.0 + 0.25 * i);
    data.push_back({flop(x), loss{hoffmann_n_term(x)}});
  }
  const auto fit = fit_power_law(data, fitted_floor);
  CHECK(fit.curve.floor().value() == Approx(1.69).epsilon(1e-9));
  CHECK(fit.curve.exponent() == Approx(0.34).epsilon(1e-9));
  CHECK(fit.curve.scale().in(flop) == Approx(47140396.73).epsilon(1e-8));
  CHECK(fit.r_squared == Approx(1.0).epsilon(1e-12));
  CHECK(fit.observations == 25);
  REQUIRE(fit.residuals.size() == 25);
  for (double r : fit.residuals) CHECK(std::abs(r) < 1e-10);
  // Between the observed inputs too: at 3e9, 1.69 + 406.4 / 3e9^0.34 =
  // 1.69 + 406.4 / 1658.2 = 1.93508.
  CHECK(fit.curve.loss_at(flop(3e9)).value() == Approx(hoffmann_n_term(3e9)).epsilon(1e-10));
  // The fit given the floor agrees (a different estimator: a line in log space).
  const auto given = fit_power_law(data, loss{1.69});
  CHECK(given.curve.exponent() == Approx(fit.curve.exponent()).epsilon(1e-9));
}

TEST_CASE("fit_power_law with fitted_floor works in any unit of loss", "[fit][power_law]") {
  // An exact law in units 1e-200 of a nat: L = 1e200 x (1.69 + (406.4 / x)^1)
  // at x = 1, 10^0.125, ..., 10^3 (25 inputs). With exponent 1 the loss is
  // floor + (scale / x), so the floor is 1.69e200 and the scale 406.4e200 =
  // 4.064e202 FLOP. (Squared, these losses overflow to inf; a fit that summed
  // them raw returned NaN residuals.)
  constexpr double unit = 1e200;
  loss_points data;
  for (int i = 0; i <= 24; ++i) {
    const double x = std::pow(10.0, 0.125 * i);
    data.push_back({flop(x), loss{unit * (1.69 + 406.4 / x)}});
  }
  const auto fit = fit_power_law(data, fitted_floor);
  CHECK(fit.curve.floor().value() == Approx(1.69 * unit).epsilon(1e-9));
  CHECK(fit.curve.exponent() == Approx(1.0).epsilon(1e-9));
  CHECK(fit.curve.scale().in(flop) == Approx(406.4 * unit).epsilon(1e-8));
  CHECK(fit.r_squared == Approx(1.0).epsilon(1e-12));
  for (double r : fit.residuals) CHECK(std::abs(r) < 1e-10 * unit);
}

TEST_CASE("fit_power_law with fitted_floor finds no floor in Kaplan's law", "[fit][power_law]") {
  // Kaplan et al. 2020's L(C) = (3.1e8 PF-days / C)^0.05 has no floor; at
  // 1e3..1e9 PF-days (31 inputs) the fit should put the floor at 0 and recover
  // the exponent 0.05 and scale 3.1e8 PF-days.
  loss_points data;
  for (int i = 0; i <= 30; ++i) {
    const auto c = petaflop_days(std::pow(10.0, 3.0 + 0.2 * i));
    data.push_back({c, published::kaplan_2020_compute.loss_at(c)});
  }
  const auto fit = fit_power_law(data, fitted_floor);
  CHECK(fit.curve.floor().value() < 1e-9);
  CHECK(fit.curve.exponent() == Approx(0.05).epsilon(1e-8));
  CHECK(fit.curve.scale().in(petaflop_days) == Approx(3.1e8).epsilon(1e-6));
}

TEST_CASE("fit_power_law with fitted_floor keeps the floor at 0 when the data point below it", "[fit][power_law]") {
  // L = 1.2 (1e20 / x)^0.1 - 0.05 at x = 1e18..1e24 (losses 1.46..0.71, all
  // > 0): the least-squares floor would be -0.05, which no loss can be, so
  // the fit holds the floor at its bound, exactly 0. It then is the
  // least-squares law without a floor in loss space, which no other law
  // without a floor beats: in particular not the one fit in log space, so its
  // sum of squared residuals is at most that one's (measured in loss).
  loss_points data;
  for (int i = 0; i <= 30; ++i) {
    const double x = std::pow(10.0, 18.0 + 0.2 * i);
    data.push_back({flop(x), loss{1.2 * std::pow(1e20 / x, 0.1) - 0.05}});
  }
  const auto fit = fit_power_law(data, fitted_floor);
  CHECK(fit.curve.floor().value() == 0.0);
  const auto log_space = fit_power_law(data);
  double ss_fit = 0;
  double ss_log_space = 0;
  for (const auto& p : data) {
    ss_fit += std::pow(p.result.value() - fit.curve.loss_at(p.input).value(), 2);
    ss_log_space += std::pow(p.result.value() - log_space.curve.loss_at(p.input).value(), 2);
  }
  CHECK(ss_fit <= ss_log_space);
  // And the residuals it reports are those, in loss.
  double ss_reported = 0;
  for (double r : fit.residuals) ss_reported += r * r;
  CHECK(ss_reported == Approx(ss_fit).epsilon(1e-9));
}

TEST_CASE("fit_power_law with fitted_floor and noise", "[fit][power_law]") {
  // 2000 inputs, x = 10^(6 + 6U) with U uniform, on L = 1.69 + 406.4 / x^0.34
  // plus normal noise of 0.01 nats. Fisher standard errors (design u = ln x - ln 1e6
  // uniform in [0, 13.8], coefficient 406.4 / 1e6^0.34 = 3.706 at 1e6):
  // floor 0.00047, exponent 0.00020. Tolerances: 0.0025 and 0.001 (5 SE).
  // Expected R^2: the losses spread over 1.72..5.4 (variance ~0.56), so
  // 1 - 1e-4 / 0.56 > 0.999.
  random_engine engine(2022);
  loss_points data;
  for (int i = 0; i < 2000; ++i) {
    const double x = std::pow(10.0, 6.0 + 6.0 * uniform01(engine));
    data.push_back({flop(x), loss{hoffmann_n_term(x) + 0.01 * standard_normal(engine)}});
  }
  const auto fit = fit_power_law(data, fitted_floor);
  CHECK(std::abs(fit.curve.floor().value() - 1.69) < 0.0025);
  CHECK(std::abs(fit.curve.exponent() - 0.34) < 0.001);
  CHECK(fit.r_squared > 0.999);
  CHECK(fit.r_squared < 1.0);
  // Residuals are in loss: mean 0 (the floor is free and inside its bound) and
  // spread near the noise's 0.01 (the SE of a sample sd is 0.01 / sqrt(4000) = 0.00016).
  CHECK(std::abs(mean_of(fit.residuals)) < 1e-9);
  CHECK(std::abs(sd_of(fit.residuals) - 0.01) < 0.001);
}

TEST_CASE("fit_logistic without bounds recovers floor, ceiling, midpoint and steepness", "[fit][logistic]") {
  // Floor 10%, ceiling 90%, midpoint $1M, steepness ln 9 = 2.19722 (10%..90%
  // of the range over the two decades around $1M), at spends 10^4..10^8 (41).
  const logistic truth{percent(10), percent(90), million_usd(1), std::log(9.0)};
  score_points exact;
  for (int i = 0; i <= 40; ++i) {
    const auto spend = usd(std::pow(10.0, 4.0 + 0.1 * i));
    exact.push_back({spend, truth.score_at(spend)});
  }
  const auto fit = fit_logistic(exact);
  CHECK(fit.curve.floor().in_percent() == Approx(10.0).epsilon(1e-9));
  CHECK(fit.curve.ceiling().in_percent() == Approx(90.0).epsilon(1e-9));
  CHECK(fit.curve.steepness() == Approx(2.1972245773).epsilon(1e-9));
  CHECK(fit.curve.midpoint().in(million_usd) == Approx(1.0).epsilon(1e-9));
  CHECK(fit.r_squared == Approx(1.0).epsilon(1e-12));
  CHECK(fit.observations == 41);
  for (double r : fit.residuals) CHECK(std::abs(r) < 1e-8);

  // A benchmark with four answers (chance 25%) that saturates at 85%, midpoint
  // $30M (10^7.477), steepness 1.5, seen only from $0.1M to $1B: the midpoint
  // sits off the centre of the data, so the grid start matters.
  const logistic quiz{percent(25), percent(85), million_usd(30), 1.5};
  score_points seen;
  for (int i = 0; i <= 32; ++i) {
    const auto spend = usd(std::pow(10.0, 5.0 + 0.125 * i));
    seen.push_back({spend, quiz.score_at(spend)});
  }
  const auto qfit = fit_logistic(seen);
  CHECK(qfit.curve.floor().in_percent() == Approx(25.0).epsilon(1e-8));
  CHECK(qfit.curve.ceiling().in_percent() == Approx(85.0).epsilon(1e-8));
  CHECK(qfit.curve.steepness() == Approx(1.5).epsilon(1e-8));
  CHECK(qfit.curve.midpoint().in(million_usd) == Approx(30.0).epsilon(1e-8));
}

TEST_CASE("fit_logistic without bounds and noise", "[fit][logistic]") {
  // 2000 spends 10^(4 + 4U), the curve above (10%..90%, $1M, ln 9) plus 1
  // point of normal noise. Fisher standard errors (u uniform in [4, 8]):
  // floor and ceiling 0.069 points each, steepness 0.0077, log10(midpoint)
  // 0.0016 decades. Tolerances: 0.35 points, 0.04 and 0.008 (5 SE).
  const logistic truth{percent(10), percent(90), million_usd(1), std::log(9.0)};
  random_engine engine(4);
  score_points noisy;
  for (int i = 0; i < 2000; ++i) {
    const auto spend = usd(std::pow(10.0, 4.0 + 4.0 * uniform01(engine)));
    noisy.push_back({spend, percent(truth.score_at(spend).in_percent() + standard_normal(engine))});
  }
  const auto fit = fit_logistic(noisy);
  CHECK(std::abs(fit.curve.floor().in_percent() - 10.0) < 0.35);
  CHECK(std::abs(fit.curve.ceiling().in_percent() - 90.0) < 0.35);
  CHECK(std::abs(fit.curve.steepness() - std::log(9.0)) < 0.04);
  CHECK(std::abs(std::log10(fit.curve.midpoint().in(usd)) - 6.0) < 0.008);
  // Residuals in points: mean 0, spread near the noise's 1 (SE of the sd 0.016).
  CHECK(std::abs(mean_of(fit.residuals)) < 1e-6);
  CHECK(std::abs(sd_of(fit.residuals) - 1.0) < 0.08);
  // The same data with the true bounds given: the two fits agree on the midpoint
  // within their standard errors.
  const auto given = fit_logistic(noisy, percent(10), percent(90));
  CHECK(std::abs(std::log10(given.curve.midpoint().in(usd)) - std::log10(fit.curve.midpoint().in(usd))) < 0.008);
}

TEST_CASE("fit_logistic without bounds holds them at 0% and 100%", "[fit][logistic]") {
  // Scores -5% + 110% w (w the logistic with midpoint $1M, steepness 3), clipped
  // to 0..100%, at spends 10^4..10^8: flat at exactly 0% and 100% at the ends.
  // A logistic can only approach its bounds, so to meet the flat ends the
  // least-squares floor and ceiling would lie outside 0..100%; the fit holds
  // them at the bounds, 0% and 100%.
  score_points clipped;
  for (int i = 0; i <= 40; ++i) {
    const double u = 4.0 + 0.1 * i;
    const double share = -0.05 + 1.1 / (1.0 + std::exp(-3.0 * (u - 6.0)));
    clipped.push_back({usd(std::pow(10.0, u)), score<>::from_share(share < 0 ? 0 : (share > 1 ? 1 : share))});
  }
  const auto fit = fit_logistic(clipped);
  CHECK(fit.curve.floor().share() == 0.0);
  CHECK(fit.curve.ceiling().share() == 1.0);
  // Symmetric data about $1M give a midpoint at $1M.
  CHECK(fit.curve.midpoint().in(million_usd) == Approx(1.0).epsilon(1e-6));
  CHECK(fit.r_squared > 0.99);
}

TEST_CASE("bad input to the fits of floors and ceilings raises curveshift::error", "[fit][bad-input]") {
  const double nan_value = std::numeric_limits<double>::quiet_NaN();
  // Power law with its floor: 3 parameters.
  loss_points none;
  loss_points two{{flop(1e20), loss{2.0}}, {flop(1e21), loss{1.9}}};
  CHECK_THROWS_WITH(fit_power_law(two, fitted_floor), ContainsSubstring("fit_power_law") &&
                                                          ContainsSubstring("observations = 2") &&
                                                          ContainsSubstring("at least 3 observations"));
  CHECK_THROWS_WITH(fit_power_law(none, fitted_floor), ContainsSubstring("observations = 0"));
  loss_points one_input{{flop(1e20), loss{2.0}}, {flop(1e20), loss{1.9}}, {flop(1e20), loss{1.8}}};
  CHECK_THROWS_WITH(fit_power_law(one_input, fitted_floor),
                    ContainsSubstring("fit_power_law") && ContainsSubstring("input = 1e+20") &&
                        ContainsSubstring("two or more distinct"));
  // Three observations at two inputs: any exponent fits them exactly.
  loss_points two_inputs{{flop(1e20), loss{2.0}}, {flop(1e21), loss{1.9}}, {flop(1e20), loss{2.1}}};
  CHECK_THROWS_WITH(fit_power_law(two_inputs, fitted_floor),
                    ContainsSubstring("fit_power_law") && ContainsSubstring("input = 1e+20") &&
                        ContainsSubstring("3 or more distinct") && ContainsSubstring("these are at 2"));
  loss_points zero_input{{flop(0), loss{3.0}}, {flop(1e20), loss{2.0}}, {flop(1e21), loss{1.9}}};
  CHECK_THROWS_WITH(fit_power_law(zero_input, fitted_floor),
                    ContainsSubstring("fit_power_law") && ContainsSubstring("input = 0"));
  loss_points nan_input{{flop(1e19), loss{3.0}}, {detail::access::make<compute<>>(nan_value), loss{2.0}},
                        {flop(1e21), loss{1.9}}};
  CHECK_THROWS_WITH(fit_power_law(nan_input, fitted_floor),
                    ContainsSubstring("fit_power_law") && ContainsSubstring("input = nan"));
  // A NaN loss cannot be made (loss checks its value), so it never reaches a fit.
  CHECK_THROWS_AS(loss{nan_value}, error);
  // Losses that rise, and losses that stay put: the slope of loss against ln(input).
  // Rising 1.8, 1.9, 2.0 at ln steps of ln 10 = 2.3026: slope 0.1 / 2.3026 = 0.0434.
  loss_points rising{{flop(1e19), loss{1.8}}, {flop(1e20), loss{1.9}}, {flop(1e21), loss{2.0}}};
  CHECK_THROWS_WITH(fit_power_law(rising, fitted_floor), ContainsSubstring("fit_power_law") &&
                                                             ContainsSubstring("slope = 0.0434") &&
                                                             ContainsSubstring("fall as the input grows"));
  loss_points flat{{flop(1e19), loss{2.0}}, {flop(1e20), loss{2.0}}, {flop(1e21), loss{2.0}}};
  CHECK_THROWS_WITH(fit_power_law(flat, fitted_floor),
                    ContainsSubstring("fit_power_law") && ContainsSubstring("slope = 0;"));

  // Logistic with its floor and ceiling: 4 parameters.
  score_points three{{million_usd(1), percent(20)}, {million_usd(10), percent(40)}, {million_usd(100), percent(60)}};
  CHECK_THROWS_WITH(fit_logistic(three), ContainsSubstring("fit_logistic") && ContainsSubstring("observations = 3") &&
                                             ContainsSubstring("at least 4 observations"));
  CHECK_THROWS_WITH(fit_logistic(score_points{}), ContainsSubstring("fit_logistic") &&
                                                      ContainsSubstring("observations = 0"));
  score_points three_inputs{{million_usd(1), percent(20)},
                            {million_usd(10), percent(40)},
                            {million_usd(100), percent(60)},
                            {million_usd(10), percent(42)}};
  CHECK_THROWS_WITH(fit_logistic(three_inputs), ContainsSubstring("fit_logistic") && ContainsSubstring("input = 1e+06") &&
                                                    ContainsSubstring("4 or more distinct") &&
                                                    ContainsSubstring("these are at 3"));
  score_points one_spend{{million_usd(1), percent(20)},
                         {million_usd(1), percent(40)},
                         {million_usd(1), percent(60)},
                         {million_usd(1), percent(42)}};
  CHECK_THROWS_WITH(fit_logistic(one_spend), ContainsSubstring("fit_logistic") && ContainsSubstring("input = 1e+06") &&
                                                 ContainsSubstring("two or more distinct"));
  score_points zero_spend{{usd(0), percent(10)}, {million_usd(1), percent(20)}, {million_usd(10), percent(40)},
                          {million_usd(100), percent(60)}};
  CHECK_THROWS_WITH(fit_logistic(zero_spend), ContainsSubstring("fit_logistic") && ContainsSubstring("input = 0"));
  score_points nan_spend{{detail::access::make<money<>>(nan_value), percent(10)}, {million_usd(1), percent(20)},
                         {million_usd(10), percent(40)}, {million_usd(100), percent(60)}};
  CHECK_THROWS_WITH(fit_logistic(nan_spend), ContainsSubstring("fit_logistic") && ContainsSubstring("input = nan"));
  // A NaN score cannot be made either.
  CHECK_THROWS_AS(percent(nan_value), error);
  // Scores that fall 20 points per decade, and scores that stay put.
  score_points falling{{million_usd(1), percent(80)}, {million_usd(10), percent(60)}, {million_usd(100), percent(40)},
                       {million_usd(1000), percent(20)}};
  CHECK_THROWS_WITH(fit_logistic(falling), ContainsSubstring("fit_logistic") && ContainsSubstring("slope = -20") &&
                                               ContainsSubstring("rise with the input"));
  score_points level{{million_usd(1), percent(30)}, {million_usd(10), percent(30)}, {million_usd(100), percent(30)},
                     {million_usd(1000), percent(30)}};
  CHECK_THROWS_WITH(fit_logistic(level), ContainsSubstring("fit_logistic") && ContainsSubstring("slope = 0;"));
}
