// bootstrap: any fit's uncertainty by refitting resamples, checked against the
// analytic interval of a linear fit, and what follows from a fit with it.
#include <cmath>
#include <limits>
#include <vector>

#include "catch.hpp"
#include "curveshift/curveshift.hpp"
#include "curveshift/fit.hpp"
#include "curveshift/fit/bootstrap.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
using score_points = std::vector<curve_point<money<>, score<>>>;

// 20 points: x = 10^(6 + 2i/19) dollars, score = 20 + 20 log10(x / $1M) + 3 sin(1.7 i + 0.3) points.
score_points twenty() {
  score_points out;
  for (int i = 0; i < 20; ++i) {
    const double x = std::pow(10.0, 6 + 2.0 * i / 19);
    out.push_back({usd(x), percent(20 + 20 * std::log10(x / 1e6) + 3 * std::sin(1.7 * i + 0.3))});
  }
  return out;
}
}  // namespace

TEST_CASE("bootstrap agrees with the analytic interval of a linear fit", "[fit][bootstrap]") {
  // By hand (Python): slope 19.9021 points per decade, SE 0.820934, t(0.95, 18 df) = 1.734064:
  // 90% CI 18.4785-21.3256. The bootstrap's percentile interval estimates the same spread;
  // with 20 points it is about sqrt(18 / 20) as wide and agrees to within a few tenths.
  const auto data = twenty();
  const auto boot = bootstrap(data, [](const auto& d) { return fit_log_linear(d); }, 4000, 7);
  CHECK(boot.curves.size() + boot.failed == 4000);
  CHECK(boot.failed == 0);
  const auto slope = boot.interval_of([](const auto& c) { return c.per_decade().value(); });
  CHECK(slope.lo() == Approx(18.4785).margin(0.35));
  CHECK(slope.hi() == Approx(21.3256).margin(0.35));
  CHECK(slope.width() < 3.5);
  // The same seed gives the same draws; another seed, others.
  const auto again = bootstrap(data, [](const auto& d) { return fit_log_linear(d); }, 4000, 7);
  CHECK(again.interval_of([](const auto& c) { return c.per_decade().value(); }) == slope);
  const auto other = bootstrap(data, [](const auto& d) { return fit_log_linear(d); }, 4000, 8);
  CHECK_FALSE(other.interval_of([](const auto& c) { return c.per_decade().value(); }) == slope);
}

TEST_CASE("the cost of 70% from four points carries its uncertainty and says it extrapolates", "[fit][bootstrap]") {
  // The essay's three points and a fourth off the line: $1M 20%, $10M 40%, $30M 52%, $100M 60%.
  const score_points four{{million_usd(1), percent(20)}, {million_usd(10), percent(40)},
                          {million_usd(30), percent(52)}, {million_usd(100), percent(60)}};
  const auto boot = bootstrap(four, [](const auto& d) { return fit_log_linear(d); }, 2000, 3);
  const auto cost = boot.samples_of([](const auto& c) { return c.cost_for(percent(70)).in(million_usd); });
  // The fit to all four (by hand: slope 20.4 points per decade through the mean) puts 70% near
  // $300M-$350M; the resamples spread it, and 70% lies past every observed score.
  const auto whole = fit_log_linear(four);
  const double point = whole.curve.cost_for(percent(70)).in(million_usd);
  CHECK(cost.median() == Approx(point).epsilon(0.25));
  CHECK(cost.percentile(5) < point);
  CHECK(cost.percentile(95) > point);
  CHECK(boot.extrapolates_result(0.70));
  CHECK_FALSE(boot.extrapolates_result(0.50));
  CHECK(boot.extrapolates_input(1e9));
  CHECK_FALSE(boot.extrapolates_input(5e7));
  CHECK(boot.input_lo == 1e6);
  // The same question through a curve over samples: each draw is one resample's curve.
  const auto curve = samples_curve(boot);
  const auto cost_draws = curve.cost_for(percent(70)).in(million_usd);
  CHECK(cost_draws.size() == boot.curves.size());
  CHECK(cost_draws.median() == Approx(cost.median()).epsilon(1e-9));
  CHECK(boot.result_hi == Approx(0.6));
}

TEST_CASE("bootstrap works for the iterative fits, counting refits that fail", "[fit][bootstrap]") {
  // A power law L = 1.69 + (1e20 / C)^0.1 ... as losses at 8 computes; the floor is given.
  std::vector<curve_point<compute<>, loss<>>> losses;
  for (int i = 0; i < 8; ++i) {
    const double c = std::pow(10.0, 20 + i);
    losses.push_back({flop(c), loss{1.69 + 2.0 * std::pow(1e20 / c, 0.1) * (1 + 0.01 * std::sin(i * 1.3))}});
  }
  const auto boot = bootstrap(losses, [](const auto& d) { return fit_power_law(d, loss{1.69}); }, 500, 11);
  CHECK(boot.curves.size() + boot.failed == 500);
  const auto exponent = boot.interval_of([](const auto& c) { return c.exponent(); });
  CHECK(samples_curve(boot).exponent().percentile(50) == Approx(boot.samples_of([](const auto& c) { return c.exponent(); }).median()));
  CHECK(exponent.lo() < 0.1);
  CHECK(exponent.hi() > 0.1);
  CHECK(exponent.width() < 0.01);
}

TEST_CASE("bad input to bootstrap raises curveshift::error", "[fit][bootstrap][bad-input]") {
  const auto data = twenty();
  const auto fit = [](const auto& d) { return fit_log_linear(d); };
  CHECK_THROWS_WITH(bootstrap(data, fit, 1, 1), ContainsSubstring("bootstrap") && ContainsSubstring("resamples = 1"));
  const score_points one{{million_usd(1), percent(20)}};
  CHECK_THROWS_WITH(bootstrap(one, fit, 100, 1), ContainsSubstring("fit_log_linear") && ContainsSubstring("observations = 1"));
  const auto boot = bootstrap(data, fit, 100, 1);
  CHECK_THROWS_WITH(boot.interval_of([](const auto& c) { return c.per_decade().value(); }, 1.0),
                    ContainsSubstring("fit_bootstrap::interval_of") && ContainsSubstring("level = 1"));
  // A value that is no number (an overflow in what f computes) raises, never enters the samples.
  CHECK_THROWS_WITH(boot.samples_of([](const auto&) { return std::numeric_limits<double>::infinity(); }),
                    ContainsSubstring("samples") && ContainsSubstring("inf"));
}

TEST_CASE("the linear fits give each parameter with its closed-form error", "[fit][bootstrap]") {
  // The 20 points above, by hand (Python): slope 19.902056 points per decade, SE 0.820934;
  // t(0.95, 18 df) = 1.734064: 90% CI 18.478503-21.325608. At the reference $1M (log10 = 6, the
  // lowest input): level 20.227663 points, SE = sqrt(s^2 (1/20 + (6 - 7)^2 / S_uu)) = 0.960325,
  // 90% CI 18.562398-21.892929.
  const auto fit = fit_log_linear(twenty(), million_usd(1));
  const auto& slope = fit.estimate("per_decade");
  CHECK(slope.value == Approx(19.902056).epsilon(1e-6));
  CHECK(slope.standard_error == Approx(0.820934).epsilon(1e-5));
  CHECK(slope.degrees_of_freedom == 18);
  CHECK(slope.interval_at(0.9).lo() == Approx(18.478503).epsilon(1e-6));
  CHECK(slope.interval_at(0.9).hi() == Approx(21.325608).epsilon(1e-6));
  const auto& level = fit.estimate("level");
  CHECK(level.value == Approx(20.227663).epsilon(1e-6));
  CHECK(level.value == Approx(fit.curve.level().in_percent()).epsilon(1e-12));
  CHECK(level.standard_error == Approx(0.960325).epsilon(1e-5));
  CHECK(level.interval_at().lo() == Approx(18.562398).epsilon(1e-6));
  CHECK(level.interval_at().hi() == Approx(21.892929).epsilon(1e-6));
  // The bootstrap of the same fit spreads the slope about as much.
  const auto boot = bootstrap(twenty(), [](const auto& d) { return fit_log_linear(d); }, 2000, 5);
  const auto spread = boot.samples_of([](const auto& c) { return c.per_decade().value(); }).stddev();
  CHECK(spread == Approx(slope.standard_error).epsilon(0.3));
  // A power law with its floor given is a line in logs: its exponent has an error too.
  std::vector<curve_point<compute<>, loss<>>> losses;
  for (int i = 0; i < 8; ++i) {
    const double c = std::pow(10.0, 20 + i);
    losses.push_back({flop(c), loss{1.69 + 2.0 * std::pow(1e20 / c, 0.1) * (1 + 0.01 * std::sin(i * 1.3))}});
  }
  const auto law = fit_power_law(losses, loss{1.69});
  CHECK(law.estimate("exponent").interval_at().contains(0.1));
  CHECK(law.estimate("exponent").value == Approx(law.curve.exponent()));
  // The iterative fits have none: their errors come from bootstrap.
  const auto free_floor = fit_power_law(losses, fitted_floor);
  CHECK(free_floor.estimates.empty());
  CHECK_THROWS_WITH(free_floor.estimate("exponent"), ContainsSubstring("fit_result::estimate") &&
                                                         ContainsSubstring("use bootstrap()"));
  CHECK_THROWS_WITH(fit.estimate("slope"), ContainsSubstring("name = slope"));
  const auto two = fit_log_linear(std::vector<curve_point<money<>, score<>>>{{million_usd(1), percent(20)},
                                                                             {million_usd(10), percent(40)}});
  CHECK_THROWS_WITH(two.estimate("per_decade").interval_at(), ContainsSubstring("degrees_of_freedom = 0"));
  CHECK_THROWS_WITH(slope.interval_at(0), ContainsSubstring("parameter_estimate::interval_at") && ContainsSubstring("level = 0"));
}

TEST_CASE("a logistic's bootstrap as a curve over samples", "[fit][bootstrap]") {
  // Scores on a logistic from 10% to 90%, midpoint $10M, steepness ln 9 per decade, with a
  // small wobble: the midpoint's score is 50% by construction, so the curve of samples puts
  // its median there.
  score_points data;
  for (int i = 0; i < 12; ++i) {
    const double decades = -1.5 + 3.0 * i / 11;
    const double share = 0.1 + 0.8 / (1 + std::exp(-std::log(9.0) * decades)) + 0.01 * std::sin(2.1 * i);
    data.push_back({usd(1e7 * std::pow(10.0, decades)), score<>::from_share(share)});
  }
  const auto boot = bootstrap(data, [](const auto& d) { return fit_logistic(d, percent(10), percent(90)); }, 300, 4);
  const auto curve = samples_curve(boot);
  CHECK(curve.score_at(million_usd(10)).share().median() == Approx(0.5).margin(0.01));
  CHECK(curve.midpoint().in(million_usd).median() == Approx(10).epsilon(0.05));
}
