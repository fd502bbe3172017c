// Formatting in the forms a person writes.
#include <curveshift/curveshift.hpp>

#include <sstream>

#include "catch.hpp"

using namespace curveshift;

template <class V>
std::string streamed(const V& v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

TEST_CASE("money with k/M/B/T scales", "[format]") {
  CHECK(to_string(million_usd(5)) == "$5M");
  CHECK(to_string(thousand_usd(20)) == "$20k");
  CHECK(to_string(billion_usd(1)) == "$1B");
  CHECK(to_string(usd(625000)) == "$625k");
  CHECK(to_string(million_usd(2.5)) == "$2.5M");
  CHECK(to_string(trillion_usd(1.5)) == "$1.5T");
  CHECK(to_string(usd(999999)) == "$1M");  // rounds up a scale rather than "$1000k"
  CHECK(to_string(usd(12.5)) == "$12.5");
  CHECK(to_string(usd(0)) == "$0");
  CHECK(streamed(million_usd(5)) == "$5M");
}

TEST_CASE("multipliers, trends, scores and points", "[format]") {
  CHECK(to_string(multiplier{4.0}) == "4x");
  CHECK(to_string(multiplier{1.2}) == "1.2x");
  CHECK(to_string(percent_drop(17)) == "0.83x");
  CHECK(to_string(multiplier{6.309573}) == "6.31x");
  CHECK(to_string(per_year(1.68)) == "1.68x/year");
  CHECK(streamed(essay::cost_trend) == "4x/year");
  CHECK(halving_text(essay::cost_trend) == "halving every 6 months");
  CHECK(doubling_text(essay::algorithmic_progress_2020) == "doubling every 16.03 months");
  CHECK(to_string(percent(40)) == "40%");
  CHECK(to_string(percent(46.0206)) == "46.02%");
  CHECK(to_string(points{6.0206}) == "+6.02 points");
  CHECK(to_string(points{-3.0}) == "-3 points");
}

TEST_CASE("compute, rates, chips, spans and dates", "[format]") {
  CHECK(to_string(flop(3.3e24)) == "3.3e24 FLOP");
  CHECK(to_string(teraflop_per_second(989.4)) == "9.89e14 FLOP/s");
  CHECK(to_string(chips(50000)) == "50,000 chips");
  CHECK(to_string(chips(1234567)) == "1,234,567 chips");
  CHECK(to_string(billion_usd(1) / chips(50000)) == "$20k per chip");
  CHECK(to_string(months(9)) == "9 months");
  CHECK(to_string(years(5)) == "5 years");
  CHECK(to_string(days(12)) == "12 days");
  CHECK(to_string(hours(5)) == "5 hours");
  // Exactly one takes the singular; a range keeps the plural.
  CHECK(to_string(days(1)) == "1 day");
  CHECK(to_string(hours(-1)) == "-1 hour");
  CHECK(to_string(months(interval{2.0, 3.0})) == "2-3 months");
  CHECK(to_string(days(interval{1.0, 3.0})) == "1-3 days");
  CHECK(to_string(days(1.001)) == "1 day");  // 2 decimals: 1.00
  // Under 36 seconds (0.01 hours) a span is written in seconds, not "0 hours".
  CHECK(to_string(seconds(30)) == "30 seconds");
  CHECK(to_string(seconds(36)) == "0.01 hours");
  CHECK(to_string(seconds(1)) == "1 second");
  CHECK(to_string(seconds(1), digits::full()) == "1 second");
  CHECK(to_string(date{2023, 10, 17}) == "2023-10-17");
  CHECK(streamed(date{2025, 1, 3}) == "2025-01-03");
}
