// Calendar dates.
#include <curveshift/curveshift.hpp>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("dates count days from 1970-01-01", "[date]") {
  CHECK(date{1970, 1, 1}.days_since_epoch() == 0);
  // 2000 is a leap year (divisible by 400): 30 years and 7 leap days (72..96, 2000 excluded).
  CHECK(date{2000, 1, 1}.days_since_epoch() == 30 * 365 + 7);
  CHECK(date{2000, 3, 1}.days_since_epoch() - date{2000, 2, 28}.days_since_epoch() == 2);
  // 1900 is not a leap year: 1900-03-01 minus 1900-02-28 is one day.
  CHECK(date{1900, 3, 1}.days_since_epoch() - date{1900, 2, 28}.days_since_epoch() == 1);
  CHECK(date::from_days_since_epoch(-1) == date{1969, 12, 31});
  CHECK(date::from_days_since_epoch(date{2025, 1, 27}.days_since_epoch()) == date{2025, 1, 27});
  // GPT-4 (2023-03-14) to Claude 3.5 Sonnet (2024-06-20): 17 + 30 + 31 + ... = 464 days.
  CHECK((date{2024, 6, 20} - date{2023, 3, 14}).in(days) == Approx(464.0));
  CHECK(date{2023, 10, 17} < date{2023, 11, 16});
}

TEST_CASE("bad dates raise curveshift::error", "[date][bad-input]") {
  CHECK_THROWS_WITH(date(2023, 2, 29), ContainsSubstring("curveshift::date") && ContainsSubstring("day = 29"));
  CHECK_THROWS_WITH(date(2023, 13, 1), ContainsSubstring("month = 13"));
  CHECK_THROWS_WITH(date(1800, 1, 1), ContainsSubstring("year = 1800"));
  CHECK_THROWS_AS(date(2024, 4, 31), error);
  CHECK_THROWS_AS(date(2024, 1, 0), error);
  // The ends of the range, from days: 1900-01-01 is 70 years of 365 days and
  // 17 leap days (1904..1968) before 1970, -25567; 2200-12-31 is 231 years and
  // 56 leap days (1972..2196, less 2100) after it, less a day, 84370.
  CHECK(date::from_days_since_epoch(-25567) == date{1900, 1, 1});
  CHECK(date::from_days_since_epoch(84370) == date{2200, 12, 31});
  CHECK_THROWS_WITH(date::from_days_since_epoch(84371),
                    ContainsSubstring("date::from_days_since_epoch") && ContainsSubstring("count = 84371"));
  CHECK_THROWS_WITH(date::from_days_since_epoch(-25568), ContainsSubstring("count = -25568"));
  // A count far outside is refused at once, not after walking to its year.
  CHECK_THROWS_WITH(date::from_days_since_epoch(1'000'000'000'000'000L), ContainsSubstring("count = 1e+15"));
}

TEST_CASE("a date plus or minus a span, and the date a trend reaches a value", "[date][trend]") {
  // 2023-03-14 + 15 months (15 x 30.436875 = 456.55 days, to the nearest day 457) = 2024-06-13.
  CHECK(date{2023, 3, 14} + months(15) == date{2024, 6, 13});
  CHECK(date{2024, 6, 13} - months(15) == date{2023, 3, 14});
  CHECK(date{2024, 1, 1} + days(366) == date{2025, 1, 1});
  // And back again: date - date is the span.
  CHECK((date{2024, 6, 20} - date{2023, 3, 14}).in(days) == 464);
  // 5e25 FLOP on 2024-01-01 growing 4x/year reaches 1e27 after ln 20 / ln 4 = 2.16096 years
  // = 789.27 days: 2024-01-01 + 789 = 2026-02-28.
  const observation compute_2024{date{2024, 1, 1}, flop(5e25)};
  CHECK(date_reaching(compute_2024, per_year(4), flop(1e27)) == date{2026, 2, 28});
  // A price falling 4x/year (0.25x/year) from $10M reaches $2.5M in a year (365.24 days,
  // to the nearest day 365): 2026-01-01; and $5M in half a year (182.62 -> 183 days): 2025-07-03.
  const observation price_2025{date{2025, 1, 1}, million_usd(10)};
  CHECK(date_reaching(price_2025, per_year(4).inverse(), million_usd(2.5)) == date{2026, 1, 1});
  CHECK(date_reaching(price_2025, per_year(4).inverse(), million_usd(5)) == date{2025, 7, 3});
  // Already there: the same date.
  const observation there{date{2025, 1, 1}, flop(1e26)};
  CHECK(date_reaching(there, per_year(4), flop(1e26)) == date{2025, 1, 1});
}

TEST_CASE("bad date arithmetic raises curveshift::error", "[date][bad-input]") {
  const date d2024{2024, 1, 1};
  CHECK_THROWS_WITH(d2024 + years(500), ContainsSubstring("date"));
  CHECK_THROWS_WITH(d2024 + years(1e300), ContainsSubstring("operator+(date, time_span)"));
  // A rising trend never brings a value down, nor does a flat one move it.
  const observation start{date{2024, 1, 1}, flop(5e25)};
  CHECK_THROWS_WITH(date_reaching(start, per_year(4), flop(1e24)),
                    ContainsSubstring("date_reaching: factor per year = 4"));
  CHECK_THROWS_WITH(date_reaching(start, per_year(1), flop(1e27)),
                    ContainsSubstring("date_reaching: factor per year = 1"));
  const observation nothing{date{2024, 1, 1}, flop(0)};
  CHECK_THROWS_WITH(date_reaching(nothing, per_year(4), flop(1e27)),
                    ContainsSubstring("date_reaching: from.value = 0"));
}
