// curveshift/chrono.hpp: time spans and dates to and from std::chrono. In its
// own header because <chrono>'s calendar costs more to compile than the core.
#pragma once

#include <chrono>

#include "curveshift/core/date.hpp"
#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// A std::chrono duration as a time span: from_chrono(std::chrono::months(9)).
template <class Rep, class Period>
constexpr time_span<> from_chrono(const std::chrono::duration<Rep, Period>& d) {
  return seconds(std::chrono::duration<double>(d).count());
}

/// A time span as a std::chrono duration in seconds (double).
template <std::floating_point T>
constexpr std::chrono::duration<T> to_chrono(const time_span<T>& span) {
  return std::chrono::duration<T>(span.in(seconds));
}

/// A std::chrono calendar date as a curveshift date.
constexpr date from_chrono(const std::chrono::year_month_day& ymd) {
  if (!ymd.ok()) detail::fail("from_chrono", "ymd", 0, "a valid calendar date");
  return date(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day())));
}

/// A curveshift date as std::chrono::sys_days.
constexpr std::chrono::sys_days to_chrono(const date& d) {
  return std::chrono::sys_days(std::chrono::days(d.days_since_epoch()));
}

}  // namespace curveshift
