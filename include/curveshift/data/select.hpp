// curveshift/select.hpp: the selections the field makes before fitting a
// trend: models from a date on, by developer, the frontier (the top n by
// compute at the time of release, optionally within a window) and the models
// on or above a fitted trend. Each takes any range of dated rows (the shipped
// catalogue::models, rows read from CSV, the user's own structs with a
// `when` date) and returns the chosen rows, in their order, as a vector.
#pragma once

#include <cmath>
#include <cstddef>
#include <string_view>
#include <vector>

#include "curveshift/core/date.hpp"
#include "curveshift/detail/names.hpp"
#include "curveshift/core/rows.hpp"
#include "curveshift/core/number.hpp"

namespace curveshift {

namespace detail {
template <class R, class Keep>
std::vector<row_t<R>> keep_rows(const R& rows, Keep keep) {
  std::vector<row_t<R>> out;
  for (const auto& row : rows) {
    if (keep(row)) out.push_back(row);
  }
  return out;
}

/// True when one of the comma-separated names in `list` is `name`, case
/// ignored: Epoch AI writes joint work as "Google DeepMind,Google".
constexpr bool lists_name(std::string_view list, std::string_view name) {
  auto trim = [](std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
  };
  while (true) {
    const std::size_t comma = list.find(',');
    if (same_name(trim(list.substr(0, comma)), trim(name))) return true;
    if (comma == std::string_view::npos) return false;
    list.remove_prefix(comma + 1);
  }
}
}  // namespace detail

/// The rows published on or after a date: from_date(rows, date{2018, 1, 1}).
template <detail::dated_range R>
std::vector<detail::row_t<R>> from_date(const R& rows, const date& first) {
  return detail::keep_rows(rows, [&](const auto& row) { return !(date(row.when) < first); });
}

/// The rows of one developer, case ignored; a row developed jointly
/// ("Microsoft, NVIDIA") belongs to each.
template <detail::dated_range R>
  requires requires(const detail::row_t<R>& row) { std::string_view(row.developer); }
std::vector<detail::row_t<R>> by_developer(const R& rows, std::string_view developer) {
  if (developer.empty()) detail::fail("by_developer", "developer = \"\"; expected a developer's name");
  return detail::keep_rows(rows, [&](const auto& row) { return detail::lists_name(row.developer, developer); });
}

namespace detail {
template <class R, class Projection>
std::vector<row_t<R>> frontier_within(const R& rows, std::size_t top_n, long window_days, Projection value,
                                      const char* function) {
  if (top_n == 0) fail(function, "top_n", 0.0L, "at least 1");
  std::vector<row_t<R>> out;
  for (const auto& row : rows) {
    const long day = date(row.when).days_since_epoch();
    const auto v = detail::project(value, row).base_value();
    require_positive(v, function, "value");
    // Rank among the rows published in [day - window, day]: the row is on
    // the frontier when fewer than top_n of them are strictly larger.
    std::size_t larger = 0;
    for (const auto& other : rows) {
      const long when = date(other.when).days_since_epoch();
      if (when > day || (window_days >= 0 && when < day - window_days)) continue;
      if (detail::project(value, other).base_value() > v) ++larger;
    }
    if (larger < top_n) out.push_back(row);
  }
  return out;
}
}  // namespace detail

/// The frontier: rows whose value (training compute, by default row.value)
/// was among the top n of all rows published up to their date, Epoch AI's
/// "top 10 at the time of release". A row tied with the n-th is kept.
/// fit_trend over the frontier gives the frontier's growth.
template <detail::dated_range R, class Projection = detail::value_of_row>
std::vector<detail::row_t<R>> frontier(const R& rows, std::size_t top_n, Projection value = {}) {
  return detail::frontier_within(rows, top_n, -1, value, "frontier");
}

/// The frontier within a window: the top n of the rows published in the
/// window before each row's date (and on it), so an old record does not keep
/// later models off the frontier for ever.
template <detail::dated_range R, class Projection = detail::value_of_row>
std::vector<detail::row_t<R>> frontier(const R& rows, std::size_t top_n, const time_span<>& window,
                                       Projection value = {}) {
  detail::require_positive(window.base_value(), "frontier", "window");
  const double window_days = window.base_value() / 86400.0;
  if (!(window_days < 1e9)) detail::fail("frontier", "window", window.base_value(), "a window shorter than 1e9 days");
  return detail::frontier_within(rows, top_n, static_cast<long>(window_days), value, "frontier");
}

/// The rows on or above a fitted trend, less a margin in orders of magnitude:
/// above_trend(rows, fit, 0.5) keeps the rows within half an order of
/// magnitude below the trend line or above it (the residual frontier). The
/// fit is a trend_fit (fit_trend's result) or anything with value_on(date).
template <detail::dated_range R, class Fit, class Projection = detail::value_of_row>
  requires requires(const Fit& f, const date& d) { f.value_on(d).base_value(); }
std::vector<detail::row_t<R>> above_trend(const R& rows, const Fit& fit, double orders_below = 0,
                                          Projection value = {}) {
  detail::require_finite(orders_below, "above_trend", "orders_below");
  const double factor = std::pow(10.0, -orders_below);
  return detail::keep_rows(rows, [&](const auto& row) {
    const auto v = detail::project(value, row);
    detail::require_positive(v.base_value(), "above_trend", "value");
    return !(v.base_value() < fit.value_on(date(row.when)).base_value() * factor);
  });
}

}  // namespace curveshift
