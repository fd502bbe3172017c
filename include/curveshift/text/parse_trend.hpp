// curveshift/text/parse_trend.hpp: a trend read from text as people write
// it: "4x/year", "~1.68x /year", "2.8-4x/year", "0.6 OOM/year", "2x/month",
// "halving every 6 months", "doubling every 16 months", "10x in 15 months".
#pragma once

#include <cstddef>
#include <string_view>

#include "curveshift/core/interval.hpp"
#include "curveshift/core/multiplier.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/core/trend.hpp"
#include "curveshift/text/reading.hpp"
#include "curveshift/text/scanner.hpp"
#include "curveshift/text/units.hpp"

namespace curveshift {
namespace detail {

/// Reads a span for "halving every ...": a range, a number and unit, or a bare unit ("every year").
inline reading read_every_span(scanner& sc) {
  sc.skip_spaces();
  const std::size_t at = sc.pos();
  number_text one;
  one.start = at;
  one.mantissa = "1";
  const int bare_unit = read_time_unit(sc, false, one);
  if (bare_unit >= 0) {
    const double v = span_value(sc, one, bare_unit);
    return reading{v, v, at, at, at, false, bare_unit, bare_unit};
  }
  return read_bounds(sc, false, read_time_unit, [&sc](const number_text& n, int unit) { return span_value(sc, n, unit); });
}

/// What a trend's text said, before it becomes a trend<T>.
struct trend_reading {
  enum form { per_year, per_month, orders_per_year, halving, doubling, factor_over_span } kind = per_year;
  reading factor;  // the factor, or orders of magnitude
  reading span;    // seconds, for halving, doubling and factor_over_span
};

/// "x" or orders of magnitude after a trend's number.
inline int read_trend_factor_unit(scanner& sc, bool required, const number_text& n) {
  const std::size_t before = sc.pos();
  if (read_times(sc, false, n) == 0) return 0;
  sc.skip_spaces();
  static constexpr std::string_view names[] = {"ooms", "oom", "orders of magnitude", "order of magnitude"};
  if (sc.accept_any(names) >= 0) return 1;
  sc.set_pos(before);
  if (required) sc.fail("\"x\" or \"OOM\"");
  return -1;
}

/// "4x/year", "4x/yr", "4x per year", "~1.68x /year", "2.8-4x/year", "0.6
/// OOM/year", "2x/month", "halving every 6 months", "doubling every 16
/// months", "10x in 15 months".
inline trend_reading read_trend(scanner& sc) {
  trend_reading t;
  skip_approximate(sc);
  if (sc.accept_word("halving") || sc.accept_word("halves") || sc.accept_word("doubling") ||
      sc.accept_word("doubles")) {
    t.kind = trend_reading::halving;
    sc.skip_spaces();
    if (!sc.accept_word("every")) sc.fail("\"every\"");
    t.span = read_every_span(sc);
    return t;
  }
  t.factor = read_bounds(sc, true, read_trend_factor_unit, [&sc](const number_text& n, int) { return number_value(sc, n); });
  if (t.factor.lo_unit != t.factor.hi_unit) sc.fail_at(t.factor.hi_pos, "the lower bound's unit on both bounds");
  const bool orders = t.factor.hi_unit == 1;
  const std::size_t after_factor = sc.pos();
  sc.skip_spaces();
  if (!orders && (sc.accept_word("in") || sc.accept_word("over"))) {
    t.kind = trend_reading::factor_over_span;
    sc.skip_spaces();
    t.span = read_every_span(sc);
    return t;
  }
  if (sc.accept("/") || sc.accept_word("per") || sc.accept_word("a") || sc.accept_word("each") ||
      sc.accept_word("every")) {
    sc.skip_spaces();
    static constexpr std::string_view year_names[] = {"years", "year", "yrs", "yr", "y", "annum"};
    static constexpr std::string_view month_names[] = {"months", "month", "mo"};
    if (sc.accept_any(year_names) >= 0) {
      t.kind = orders ? trend_reading::orders_per_year : trend_reading::per_year;
      return t;
    }
    if (!orders && sc.accept_any(month_names) >= 0) {
      t.kind = trend_reading::per_month;
      return t;
    }
  }
  sc.fail_at(after_factor, "a unit");
  return t;  // stopped: a placeholder (soft mode)
}

/// Builds a trend<T> from what read_trend read.
template <class T>
trend<T> make_trend(const scanner& sc, const trend_reading& t, const char* range_function) {
  switch (t.kind) {
    case trend_reading::per_year:
    case trend_reading::per_month:
    case trend_reading::factor_over_span: {
      check_bounds(sc, t.factor, [](double v) { return v > 0; }, "a factor > 0");
      const T f = number_from<T>(sc, t.factor, range_function);
      if (t.kind == trend_reading::per_year) return build(sc, t.factor.lo_pos, [&] { return curveshift::per_year(f); });
      if (t.kind == trend_reading::per_month) {
        return build(sc, t.factor.lo_pos, [&] { return trend<T>(multiplier<T>(f) / months(1.0)); });
      }
      check_bounds(sc, t.span, [](double v) { return v > 0; }, "a span > 0");
      const T s = number_from<T>(sc, t.span, range_function);
      return build(sc, t.span.lo_pos, [&] { return trend<T>(multiplier<T>(f) / seconds(s)); });
    }
    case trend_reading::orders_per_year: {
      const T o = number_from<T>(sc, t.factor, range_function);
      return build(sc, t.factor.lo_pos, [&] { return orders_of_magnitude_per_year(o); });
    }
    case trend_reading::halving:
    case trend_reading::doubling: {
      check_bounds(sc, t.span, [](double v) { return v > 0; }, "a span > 0");
      const T s = number_from<T>(sc, t.span, range_function);
      // Halving and doubling times are the same trend: a cost that halves every
      // 6 months falls 4x a year, as capability per dollar doubles every 6 months.
      return build(sc, t.span.lo_pos, [&] { return halving_every(seconds(s)); });
    }
  }
  __builtin_unreachable();  // every form returns above
}


template <class T>
trend<T> parse_trend_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, t] = parse_whole(text, function, read_trend);
  return make_trend<T>(sc, t, range_function);
}

}  // namespace detail

/// "4x/year", "4x/yr", "4x per year", "~1.68x /year", "0.6 OOM/year", "2x/month",
/// "halving every 6 months", "doubling every 16 months", "10x in 15 months".
inline trend<> parse_trend(std::string_view text) {
  return detail::parse_trend_as<double>(text, "parse_trend", "parse_trend_range");
}
/// "2.8-4x/year", "halving every 6-8 months".
inline trend<interval<>> parse_trend_range(std::string_view text) {
  return detail::parse_trend_as<interval<>>(text, "parse_trend_range", "parse_trend_range");
}


}  // namespace curveshift
