// std::chrono interop.
#include <curveshift/core/chrono.hpp>
#include <curveshift/core/trend.hpp>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("time spans to and from std::chrono", "[chrono]") {
  // std::chrono::months is a twelfth of 365.2425 days, as curveshift's month.
  CHECK(from_chrono(std::chrono::months(9)) == months(9));
  CHECK(from_chrono(std::chrono::years(1)).in(days) == Approx(365.2425));
  CHECK(from_chrono(std::chrono::hours(36)).in(days) == Approx(1.5));
  CHECK(to_chrono(months(6)).count() == Approx(6 * 2629746.0));
  // The trend API takes chrono spans through from_chrono: 4x/yr over 6 months = 2x.
  CHECK(per_year(4).over(from_chrono(std::chrono::months(6))).value() == Approx(2.0));
}

TEST_CASE("dates to and from std::chrono", "[chrono]") {
  using namespace std::chrono;
  CHECK(from_chrono(year_month_day{year{2023}, month{10}, day{17}}) == date{2023, 10, 17});
  // 2024-01-01 is 19,723 days after 1970-01-01 in both calendars.
  CHECK(to_chrono(date{2024, 1, 1}).time_since_epoch().count() == 19723);
  CHECK(year_month_day{to_chrono(date{2025, 1, 27})} == year_month_day{year{2025}, month{1}, day{27}});
}

TEST_CASE("bad chrono dates raise curveshift::error", "[chrono][bad-input]") {
  using namespace std::chrono;
  CHECK_THROWS_WITH(from_chrono(year_month_day{year{2023}, month{2}, day{30}}),
                    ContainsSubstring("curveshift::from_chrono") && ContainsSubstring("ymd"));
  CHECK_THROWS_WITH(from_chrono(year_month_day{year{1800}, month{1}, day{1}}), ContainsSubstring("year = 1800"));
}
