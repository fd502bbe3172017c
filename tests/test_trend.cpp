// Trends: every way of writing a rate, conversions, and the reverse question
// (essay E4, E5, E7, E8, E16).
#include <curveshift/curveshift.hpp>

#include <cmath>
#include <limits>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("a trend from each way of writing it (E4)", "[trend]") {
  // 4x/year = halving every 6 months = log10(4) = 0.60206 orders of magnitude per year.
  CHECK(per_year(4).per_year().value() == Approx(4.0));
  CHECK(halving_every(months(6)).per_year().value() == Approx(4.0));
  CHECK(orders_of_magnitude_per_year(0.6020599913).per_year().value() == Approx(4.0));
  CHECK(essay::cost_trend.orders_of_magnitude_per_year() == Approx(0.60206));
  CHECK(essay::cost_trend.halving_time().in(months) == Approx(6.0));
  // 1.68x/year doubles every 12 ln2 / ln1.68 = 12 x 0.693147 / 0.518794 = 16.0329 months; and 2^(12/16) = 1.6818x/yr.
  CHECK(essay::algorithmic_progress_2020.doubling_time().in(months) == Approx(16.0329).epsilon(1e-5));
  CHECK(doubling_every(months(16)).per_year().value() == Approx(1.68179));
  // A falling trend halves what it multiplies: 0.5x/year halves in ln2 / |ln 0.5| = 1 year;
  // 0.25x/year in ln2 / ln4 = 6 months, the same span as 4x/year's.
  CHECK(per_year(0.5).halving_time().in(years) == Approx(1.0));
  CHECK(per_year(0.25).halving_time().in(months) == Approx(6.0));
  CHECK(per_year(0.25).doubling_time().in(months) == Approx(6.0));
  CHECK(trend<>::from_log_rate(std::log(4.0)).per_year().value() == Approx(4.0));
  // Over 3 years: 1.68^3 = 4.7416 vs 4^3 = 64.
  CHECK(essay::algorithmic_progress_2020.over(years(3)).value() == Approx(4.741632));
  CHECK(essay::cost_trend.over(years(3)).value() == Approx(64.0));
}

TEST_CASE("a trend from a factor over a span and from dated observations (E5)", "[trend]") {
  // 10x lower price in 15 months: 10^(12/15) = 6.3096x per year.
  CHECK((multiplier{10.0} / months(15)).per_year().value() == Approx(6.309573));
  // GPT-4 (2023-03-14, $30/M input) to Claude 3.5 Sonnet (2024-06-20, $3/M):
  // 464 days = 1.2704 years; 10^(1/1.2704) = 6.126x per year decline.
  const observation gpt4{date{2023, 3, 14}, usd(30)};
  const observation sonnet{date{2024, 6, 20}, usd(3)};
  const double years_between = 464.0 / 365.2425;
  CHECK(decline_between(gpt4, sonnet).per_year().value() == Approx(std::pow(10.0, 1.0 / years_between)));
  CHECK(growth_between(gpt4, sonnet).per_year().value() == Approx(std::pow(0.1, 1.0 / years_between)));
  // A 4x/yr trend over 15 months: 4^1.25 = 5.657x.
  CHECK(essay::cost_trend.over(essay::gpt4_to_sonnet).value() == Approx(5.656854));
}

TEST_CASE("the reverse question: how much trend a factor is (E7)", "[trend]") {
  // 8x at 4x/yr is 12 log8 / log4 = 18 months.
  CHECK(essay::cost_trend.time_for(multiplier{8.0}).in(months) == Approx(18.0));
  // 0.5x at 4x/yr is six months back.
  CHECK(essay::cost_trend.time_for(multiplier{0.5}).in(months) == Approx(-6.0));
  // E8: 4^(7/12) = 2.2449 and 4^(10/12) = 3.1748.
  CHECK(essay::cost_trend.over(lower(essay::peer_age)).value() == Approx(2.244924));
  CHECK(essay::cost_trend.over(upper(essay::peer_age)).value() == Approx(3.174802));
  // A negative span runs the trend backwards.
  CHECK(essay::cost_trend.over(months(-6)).value() == Approx(0.5));
}

TEST_CASE("trends compose, invert and compound", "[trend]") {
  // Hardware 1.35x/yr and algorithms 3x/yr together: 4.05x/yr.
  CHECK((per_year(1.35) * per_year(3)).per_year().value() == Approx(4.05));
  CHECK(essay::cost_trend.inverse().per_year().value() == Approx(0.25));
  CHECK(pow(per_year(2), 2).per_year().value() == Approx(4.0));
  CHECK(essay::algorithmic_progress_2020 < essay::cost_trend);
  // E16: at a fixed score the cost falls $10M -> $2.5M -> $0.625M.
  CHECK((million_usd(10) / essay::cost_trend.over(years(1))).in(million_usd) == Approx(2.5));
  CHECK((million_usd(10) / essay::cost_trend.over(years(2))).in(million_usd) == Approx(0.625));
}

TEST_CASE("bad trends raise curveshift::error", "[trend][bad-input]") {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH(per_year(0), ContainsSubstring("curveshift::per_year") && ContainsSubstring("factor = 0"));
  CHECK_THROWS_WITH(per_year(-4), ContainsSubstring("factor = -4"));
  CHECK_THROWS_AS(per_year(nan), error);
  CHECK_THROWS_WITH(doubling_every(months(0)), ContainsSubstring("doubling_every") && ContainsSubstring("span = 0"));
  CHECK_THROWS_WITH(halving_every(months(-6)), ContainsSubstring("halving_every"));
  CHECK_THROWS_WITH(multiplier{10.0} / months(0), ContainsSubstring("span = 0"));
  CHECK_THROWS_AS(orders_of_magnitude_per_year(nan), error);
  CHECK_THROWS_AS(trend<>::from_log_rate(nan), error);
  // A flat trend is named by its factor per year, as the user wrote it, not
  // by its internal log rate (0).
  CHECK_THROWS_WITH(per_year(1).time_for(multiplier{2.0}),
                    ContainsSubstring("trend::time_for: factor per year = 1; expected a trend that changes"));
  CHECK_THROWS_WITH(per_year(1).halving_time(), ContainsSubstring("trend::halving_time: factor per year = 1;"));
  CHECK_THROWS_WITH(per_year(1).doubling_time(), ContainsSubstring("trend::doubling_time: factor per year = 1;"));
  // A range across 1x/year has no single halving time.
  CHECK_THROWS_WITH(per_year(interval{0.5, 2.0}).halving_time(),
                    ContainsSubstring("trend::halving_time: the trend rises at one end"));
  // The text forms say which trend they could not write.
  CHECK_THROWS_WITH(halving_text(per_year(1)), ContainsSubstring("trend::halving_time"));
  CHECK_THROWS_WITH(doubling_text(per_year(1)), ContainsSubstring("trend::doubling_time"));
  // 4^1e6 overflows; so does the money it scales. Both raise at the read.
  CHECK_THROWS_WITH(essay::cost_trend.over(years(1e6)).value(), ContainsSubstring("multiplier::value") && ContainsSubstring("inf"));
  CHECK_THROWS_AS((usd(1) * essay::cost_trend.over(years(1e6))).in(usd), error);
  // 4^-1e6 underflows to 0, which is no ratio.
  CHECK_THROWS_WITH(essay::cost_trend.over(years(-1e6)).value(), ContainsSubstring("value = 0"));
  const observation a{date{2024, 1, 1}, usd(30)};
  const observation b{date{2024, 1, 1}, usd(3)};
  CHECK_THROWS_WITH(growth_between(a, b), ContainsSubstring("growth_between") && ContainsSubstring("same date"));
  CHECK_THROWS_WITH(decline_between(a, b), ContainsSubstring("decline_between"));
  const observation zero{date{2025, 1, 1}, usd(0)};
  CHECK_THROWS_WITH(growth_between(a, zero), ContainsSubstring("b.value = 0"));
  CHECK_THROWS_AS(pow(essay::cost_trend, nan), error);
}
