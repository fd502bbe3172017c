// curveshift/text/parse.hpp: the essay's numbers read back from text. People
// write "$6M", "a few $10M's", "~4x/year", "3-4x", "9-12 months", "50,000
// chips", "40%", "halving every 6 months"; these functions turn such text into
// typed values, and every form that to_string writes reads back.
// - Each family has a single-value parser (parse_money) and a range parser
//   (parse_money_range) that returns the interval type; the range parser also
//   reads a single value, as a point interval, so one call reads either. A
//   quantity kind's parsers are its entry in text/kinds.hpp, also reached as
//   parse<money<>>(text).
// - Ranges: "3-4x", "2.8 to 4x", "$20-50M" (the unit of the upper bound is
//   shared), "$625k-$2.5M", "9-12 months", "5 days-3 months"; "-", an en dash
//   or "to" separates the bounds.
// - "a few X" is the range 2X to 5X: "a few $10M's" is $20M-$50M, "a few
//   thousand chips" 2,000-5,000 chips.
// - "~4x" (also "≈", "about", "around", "approximately", "roughly") reads as
//   4x; is_approximate(text) tells whether the text hedged.
// - Numbers: "50,000" (groups of three), "3.3e24", ".5"; no locale, no
//   iostreams; a parser never reads past the end of its std::string_view.
// - Text that does not parse raises curveshift::parse_error, with the column
//   and what was expected there; a value the type rejects (0x, 120%) is a
//   parse_error at that value's column too, so a parser raises nothing else.
// Counts, power, energy and prices per token are in text/parse_counts.hpp.
#pragma once

#include <cstddef>
#include <string_view>

#include "curveshift/core/date.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/core/multiplier.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/core/score.hpp"
#include "curveshift/text/kinds.hpp"
#include "curveshift/text/parse_error.hpp"
#include "curveshift/text/parse_trend.hpp"
#include "curveshift/text/reading.hpp"
#include "curveshift/text/scanner.hpp"
#include "curveshift/text/units.hpp"

namespace curveshift {
namespace detail {

template <class T>
multiplier<T> parse_multiplier_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    return read_bounds(s, false, read_times, [&s](const number_text& n, int) { return number_value(s, n); });
  });
  check_bounds(sc, r, [](double v) { return v > 0; }, "a factor > 0");
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return multiplier<T>(v); });
}

template <class T>
score<T> parse_score_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    // The percent sign moves the decimal point: "46.02%" is the double nearest 0.4602.
    return read_bounds(s, false, read_percent_sign, [&s](const number_text& n, int) { return number_value(s, n, -2); });
  });
  check_bounds(sc, r, [](double v) { return v >= 0 && v <= 1; }, "a percentage in [0, 100]");
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return score<T>::from_share(v); });
}

template <class T>
points<T> parse_points_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    return read_bounds(s, true, read_points_unit, [&s](const number_text& n, int) { return number_value(s, n); });
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return points<T>(v); });
}
}  // namespace detail

// ---- the public parsers -------------------------------------------------------

/// Whether the text hedges its value: "~4x", "≈$1B", "about 50,000 chips".
inline bool is_approximate(std::string_view text) {
  detail::scanner sc(text, "is_approximate");
  return detail::skip_approximate(sc);
}

/// "$6M", "$1 million", "~$1B", "$12.5", "$1,000,000". The essay: "DeepSeek-V3 ... cost $6M to train".
inline money<> parse_money(std::string_view text) { return parse<money<>>(text); }
/// "$20-50M", "$625k-$2.5M", "$20M to $50M", "a few $10M's" ($20M-$50M: "a few" is 2 to 5); a single value is a point.
inline money<interval<>> parse_money_range(std::string_view text) { return parse<money<interval<>>>(text); }
/// "$20k per chip", "$30,000/chip".
inline price_per_chip<> parse_price_per_chip(std::string_view text) { return parse<price_per_chip<>>(text); }
/// "$20-25k per chip".
inline price_per_chip<interval<>> parse_price_per_chip_range(std::string_view text) {
  return parse<price_per_chip<interval<>>>(text);
}

/// "4x", "~1.2x", "0.83x", "10×". The essay's compute multipliers: "small ones (~1.2x), ... medium-sized ones (~2x)".
inline multiplier<> parse_multiplier(std::string_view text) {
  return detail::parse_multiplier_as<double>(text, "parse_multiplier", "parse_multiplier_range");
}
/// "3-4x", "2.8 to 4x", "~2-3x": "a model 3-4x cheaper than 3.5 Sonnet/GPT-4o".
inline multiplier<interval<>> parse_multiplier_range(std::string_view text) {
  return detail::parse_multiplier_as<interval<>>(text, "parse_multiplier_range", "parse_multiplier_range");
}

/// "40%", "46.02%", "60 percent".
inline score<> parse_score(std::string_view text) {
  return detail::parse_score_as<double>(text, "parse_score", "parse_score_range");
}
/// "40-60%".
inline score<interval<>> parse_score_range(std::string_view text) {
  return detail::parse_score_as<interval<>>(text, "parse_score_range", "parse_score_range");
}

/// "+6.02 points", "-3 points", "6 pp".
inline points<> parse_points(std::string_view text) {
  return detail::parse_points_as<double>(text, "parse_points", "parse_points_range");
}
/// "+2-3 points".
inline points<interval<>> parse_points_range(std::string_view text) {
  return detail::parse_points_as<interval<>>(text, "parse_points_range", "parse_points_range");
}


/// "9 months", "1.5 years", "12 days", "2 weeks", "5 hours", "-3 months".
inline time_span<> parse_time_span(std::string_view text) { return parse<time_span<>>(text); }
/// "9-12 months", "7 to 10 months", "5 days-3 months".
inline time_span<interval<>> parse_time_span_range(std::string_view text) { return parse<time_span<interval<>>>(text); }
/// "50,000 chips", "50k chips", "1.2 million GPUs". The essay: "DeepSeek actually had 50,000 Hopper generation chips".
inline chip_count<> parse_chip_count(std::string_view text) { return parse<chip_count<>>(text); }
/// "20,000-50,000 chips", "20-50k chips", "a few tens of thousands of chips", "millions of chips".
inline chip_count<interval<>> parse_chip_count_range(std::string_view text) { return parse<chip_count<interval<>>>(text); }
/// "3.3e24 FLOP", "1e25 FLOPs", "3,640 PF-days".
inline compute<> parse_compute(std::string_view text) { return parse<compute<>>(text); }
/// "1e24-3e24 FLOP".
inline compute<interval<>> parse_compute_range(std::string_view text) { return parse<compute<interval<>>>(text); }
/// "9.89e14 FLOP/s", "989 TFLOP/s", "1 PFLOP/s", "2 exaFLOPS".
inline flop_rate<> parse_flop_rate(std::string_view text) { return parse<flop_rate<>>(text); }
/// "148-989 TFLOP/s".
inline flop_rate<interval<>> parse_flop_rate_range(std::string_view text) { return parse<flop_rate<interval<>>>(text); }
/// "$2 per chip-hour", "$2/GPU-hour": a rental price. DeepSeek-V3's report: "$2 per GPU hour".
inline price_per_chip_second<> parse_price_per_chip_hour(std::string_view text) {
  return parse<price_per_chip_second<>>(text);
}
/// "$2-3.5 per chip-hour" (cloud rental for Hopper-class GPUs).
inline price_per_chip_second<interval<>> parse_price_per_chip_hour_range(std::string_view text) {
  return parse<price_per_chip_second<interval<>>>(text);
}
/// "989 TFLOP/s per chip", "9.89e14 FLOP/s per chip": one chip's peak.
inline flop_rate_per_chip<> parse_flop_rate_per_chip(std::string_view text) { return parse<flop_rate_per_chip<>>(text); }
/// "148-989 TFLOP/s per chip".
inline flop_rate_per_chip<interval<>> parse_flop_rate_per_chip_range(std::string_view text) {
  return parse<flop_rate_per_chip<interval<>>>(text);
}
/// "2.788M GPU-hours", "2,788K H800 GPU hours", "5,000 GPU-hr", "2,788,000 chip-hours":
/// chip time as reports give it. DeepSeek-V3's report: "2.788M H800 GPU hours".
inline chip_time<> parse_chip_time(std::string_view text) { return parse<chip_time<>>(text); }
/// "2.6-2.8M GPU-hours".
inline chip_time<interval<>> parse_chip_time_range(std::string_view text) { return parse<chip_time<interval<>>>(text); }

/// "2023-10-17" (ISO 8601, the form to_string(date) writes).
inline date parse_date(std::string_view text) {
  detail::scanner sc(text, "parse_date");
  sc.skip_spaces();
  auto digits = [&sc](int count, const char* expected) {
    int v = 0;
    for (int i = 0; i < count; ++i) {
      if (!detail::scanner::is_digit(sc.peek())) sc.fail(expected);
      v = v * 10 + (sc.peek() - '0');
      sc.set_pos(sc.pos() + 1);
    }
    return v;
  };
  const std::size_t year_pos = sc.pos();
  const int y = digits(4, "a four-digit year (YYYY-MM-DD)");
  if (!sc.accept("-")) sc.fail("\"-\" (YYYY-MM-DD)");
  const std::size_t month_pos = sc.pos();
  const int m = digits(2, "a two-digit month (YYYY-MM-DD)");
  if (!sc.accept("-")) sc.fail("\"-\" (YYYY-MM-DD)");
  const std::size_t day_pos = sc.pos();
  const int d = digits(2, "a two-digit day (YYYY-MM-DD)");
  sc.expect_end();
  if (y < 1900 || y > 2200) sc.fail_at(year_pos, "a year in [1900, 2200]");
  if (m < 1 || m > 12) sc.fail_at(month_pos, "a month in [1, 12]");
  // A stopped scanner (soft mode) may hold month 13: no day of it is asked.
  if (sc.stopped()) return date(1970, 1, 1);  // a placeholder: the failure is recorded
  if (d < 1 || d > date::days_in_month(y, m)) sc.fail_at(day_pos, "a day that exists in that month");
  if (sc.stopped()) return date(1970, 1, 1);
  return date(y, m, d);
}


}  // namespace curveshift
