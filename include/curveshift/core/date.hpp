// curveshift/date.hpp: a calendar date, for dated observations, chip
// releases and export-control rounds. Light on purpose: <chrono>'s calendar
// costs more to compile than the rest of the core; curveshift/chrono.hpp
// converts both ways.
#pragma once

#include <charconv>
#include <string>

#include <compare>
#include <concepts>

#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// A day of the proleptic Gregorian calendar, years 1900 to 2200.
class date {
 public:
  constexpr date(int year, int month, int day) : year_(year), month_(month), day_(day) {
    if (year < 1900 || year > 2200) detail::fail("date", "year", year, "a year in [1900, 2200]");
    if (month < 1 || month > 12) detail::fail("date", "month", month, "a month in [1, 12]");
    if (day < 1 || day > days_in_month(year, month)) detail::fail("date", "day", day, "a day that exists in that month");
  }

  constexpr int year() const { return year_; }
  constexpr int month() const { return month_; }
  constexpr int day() const { return day_; }

  /// Days since 1970-01-01 (negative before it).
  constexpr long days_since_epoch() const {
    long n = 365L * (year_ - 1970) + leaps_before(year_) - leaps_before(1970);
    for (int m = 1; m < month_; ++m) n += days_in_month(year_, m);
    return n + (day_ - 1);
  }

  /// The date a number of days after 1970-01-01.
  static constexpr date from_days_since_epoch(long count) {
    // Checked before the walk below, which steps a year at a time: a count
    // of 1e15 days would otherwise walk for hours before the year's check.
    constexpr long first = -25567;  // 1900-01-01
    constexpr long last = 84370;    // 2200-12-31
    if (count < first || count > last) {
      detail::fail("date::from_days_since_epoch", "count", static_cast<long double>(count),
                   "a day in 1900-01-01 to 2200-12-31 (-25567 to 84370)");
    }
    int y = 1970;
    while (count < 0) { --y; count += is_leap(y) ? 366 : 365; }
    while (count >= (is_leap(y) ? 366 : 365)) { count -= is_leap(y) ? 366 : 365; ++y; }
    int m = 1;
    while (count >= days_in_month(y, m)) { count -= days_in_month(y, m); ++m; }
    return date(y, m, static_cast<int>(count) + 1);
  }

  static constexpr bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
  static constexpr int days_in_month(int y, int m) {
    constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : lengths[m - 1];
  }

  friend constexpr auto operator<=>(const date& a, const date& b) { return a.days_since_epoch() <=> b.days_since_epoch(); }
  friend constexpr bool operator==(const date& a, const date& b) = default;

 private:
  // Leap years in [1, y): each fourth year, less centuries, plus fourth centuries.
  static constexpr long leaps_before(int y) { return (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400; }

  int year_;
  int month_;
  int day_;
};

/// The time from a to b: date{2024, 6, 20} - date{2023, 3, 14} is about 15.2 months.
constexpr time_span<> operator-(const date& b, const date& a) {
  return days(static_cast<double>(b.days_since_epoch() - a.days_since_epoch()));
}

/// The date a span after d, to the nearest day: date{2023, 3, 14} + months(15)
/// is 2024-06-13. A date outside 1900-2200 raises.
template <std::floating_point T>
constexpr date operator+(const date& d, const time_span<T>& span) {
  const double whole_days = static_cast<double>(detail::raw(span)) / 86400.0;
  // The range test comes before the conversion to an integer, which is
  // undefined for a double past its range (UBSan found 1e300 years here).
  if (!(whole_days > -1e6 && whole_days < 1e6)) {
    detail::fail("operator+(date, time_span)", "span in days", whole_days, "a span that stays within 1900-2200");
  }
  const long rounded = whole_days < 0 ? -static_cast<long>(-whole_days + 0.5) : static_cast<long>(whole_days + 0.5);
  return date::from_days_since_epoch(d.days_since_epoch() + rounded);
}

/// The date a span before d.
template <std::floating_point T>
constexpr date operator-(const date& d, const time_span<T>& span) {
  return d + detail::access::make<time_span<T>>(T(-detail::raw(span)));
}

/// A value seen on a date: a price, a cost, a benchmark input.
template <class Q>
struct observation {
  date when;
  Q value;
};

template <class Q>
observation(date, Q) -> observation<Q>;

namespace detail {
/// "2025-01-20": a date as messages and to_string(date) write it (ISO 8601).
inline std::string date_text(const date& d) {
  char buf[16];
  auto two = [](char* q, int v) { q[0] = static_cast<char>('0' + v / 10); q[1] = static_cast<char>('0' + v % 10); };
  auto r = std::to_chars(buf, buf + 5, d.year());
  *r.ptr = '-';
  two(r.ptr + 1, d.month());
  r.ptr[3] = '-';
  two(r.ptr + 4, d.day());
  return std::string(buf, r.ptr + 6);
}
}  // namespace detail

}  // namespace curveshift
