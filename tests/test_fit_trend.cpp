// fit_trend's confidence interval, its start on the earliest date whatever the
// rows' order, and its projection over rows that are not observations.
#include <algorithm>
#include <string>
#include <vector>

#include "catch.hpp"
#include "curveshift/curveshift.hpp"
#include "curveshift/detail/student_t.hpp"
#include "curveshift/fit.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
// Five years of training compute, newest first as in Epoch AI's files.
std::vector<observation<compute<>>> newest_first() {
  return {{date{2024, 1, 1}, flop(3e25)},
          {date{2023, 1, 1}, flop(8e24)},
          {date{2022, 1, 1}, flop(1.5e24)},
          {date{2021, 1, 1}, flop(5e23)},
          {date{2020, 1, 1}, flop(1e23)}};
}
}  // namespace

TEST_CASE("Student's t quantiles match the printed tables", "[fit][student_t]") {
  // Two-sided 90% and 95% critical values from any t table.
  CHECK(detail::student_t_quantile(0.95, 1) == Approx(6.313752).epsilon(1e-6));
  CHECK(detail::student_t_quantile(0.95, 2) == Approx(2.919986).epsilon(1e-6));
  CHECK(detail::student_t_quantile(0.95, 3) == Approx(2.353363).epsilon(1e-6));
  CHECK(detail::student_t_quantile(0.975, 10) == Approx(2.228139).epsilon(1e-6));
  CHECK(detail::student_t_quantile(0.995, 30) == Approx(2.749996).epsilon(1e-6));
  // Many degrees of freedom: the normal's 1.644854.
  CHECK(detail::student_t_quantile(0.95, 1e7) == Approx(1.644854).epsilon(1e-5));
  // Symmetry: the 5% point is minus the 95% point.
  CHECK(detail::student_t_quantile(0.05, 3) == Approx(-2.353363).epsilon(1e-6));
  CHECK(detail::student_t_cdf(0, 4) == Approx(0.5));
}

TEST_CASE("fit_trend gives the growth's confidence interval and starts on the earliest date", "[fit]") {
  // By hand (Python's statistics.linear_regression gives the same slope):
  // years from 2020-01-01 = 0, 366, 731, 1096, 1461 days / 365.2425
  //                       = 0, 1.002074, 2.001410, 3.000746, 4.000082;
  // ln(FLOP) regressed on them: slope 1.4181922 per year, so 4.12965x per year;
  // residual SS / (n - 2) / S_uu gives SE(slope) = 0.0447667;
  // t(0.95, 3 df) = 2.353363: 90% CI exp(1.4181922 +- 0.1053514) = 3.71671-4.58846x;
  // fitted ln value on 2020-01-01 = 53.0025091, i.e. 1.04399e23 FLOP; R^2 = 0.997020.
  const auto fit = fit_trend(newest_first());
  CHECK(fit.trend.per_year().value() == Approx(4.129648).epsilon(1e-6));
  CHECK(fit.log_rate_error == Approx(0.04476668).epsilon(1e-6));
  CHECK(fit.r_squared == Approx(0.9970197).epsilon(1e-6));
  CHECK(fit.start.when == date{2020, 1, 1});  // the earliest date, though it is the last row
  CHECK(fit.start.value.in(flop) == Approx(1.043992e23).epsilon(1e-6));
  const auto range = fit.trend_interval(0.9).per_year().value();
  CHECK(range.lo() == Approx(3.716714).epsilon(1e-6));
  CHECK(range.hi() == Approx(4.588460).epsilon(1e-6));
  // Doubling time: ln 2 / 1.4181922 years = 5.86505 months; its interval comes with the trend.
  CHECK(fit.trend.doubling_time().in(months) == Approx(5.865049).epsilon(1e-6));
  CHECK(fit.trend_interval().doubling_time().in(months).lo() < 5.865049);
  CHECK(to_string(fit) == "4.1x per year (90% CI 3.7-4.6x)");
  // The same rows oldest first fit the same line.
  auto oldest_first = newest_first();
  std::reverse(oldest_first.begin(), oldest_first.end());
  const auto again = fit_trend(oldest_first);
  CHECK(again.start.when == fit.start.when);
  CHECK(again.start.value.in(flop) == Approx(fit.start.value.in(flop)).epsilon(1e-12));
  CHECK(again.trend.log_rate() == Approx(fit.trend.log_rate()).epsilon(1e-12));
  // When does the fitted trend reach 1e27 FLOP? ln(1e27 / 1.043992e23) / 1.4181922 = 6.4644 years
  // after 2020-01-01: 2026-06-18 (6.4644 x 365.2425 = 2361.1 days).
  CHECK(fit.date_reaching(flop(1e27)) == date::from_days_since_epoch(date{2020, 1, 1}.days_since_epoch() + 2361));
}

TEST_CASE("fit_trend reads any dated row through a projection", "[fit]") {
  struct release {
    const char* name;
    date when;
    compute<> training;
  };
  const std::vector<release> rows{{"b", date{2022, 1, 1}, flop(1.5e24)}, {"a", date{2020, 1, 1}, flop(1e23)}};
  const auto fit = fit_trend(rows, &release::training);
  // Two points: (1.5e24 / 1e23) = 15x over 731 days = 2.001410 years: exp(ln 15 / 2.001410) = 3.869291x per year.
  CHECK(fit.trend.per_year().value() == Approx(3.869291).epsilon(1e-6));
  CHECK(fit.start.when == date{2020, 1, 1});
  CHECK(fit.log_rate_error == 0);
  CHECK(to_string(fit) == "3.9x per year");  // two rows: no interval to give
}

TEST_CASE("bad input to the trend's interval raises curveshift::error", "[fit][bad-input]") {
  const auto fit = fit_trend(newest_first());
  CHECK_THROWS_WITH(fit.trend_interval(1.0), ContainsSubstring("trend_fit::trend_interval") &&
                                                 ContainsSubstring("level = 1") && ContainsSubstring("(0, 1)"));
  CHECK_THROWS_WITH(fit.trend_interval(0), ContainsSubstring("level = 0"));
  const std::vector<observation<compute<>>> two{{date{2020, 1, 1}, flop(1e23)}, {date{2021, 1, 1}, flop(1e24)}};
  CHECK_THROWS_WITH(fit_trend(two).trend_interval(), ContainsSubstring("trend_fit::trend_interval") &&
                                                        ContainsSubstring("observations = 2") &&
                                                        ContainsSubstring("at least 3"));
  CHECK_THROWS_WITH(to_string(fit, 0.9, digits{40}), ContainsSubstring("to_string(trend_fit)"));
  CHECK_THROWS_WITH(to_string(fit, 1.5), ContainsSubstring("level = 1.5"));
}
