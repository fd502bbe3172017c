// curveshift/text/units.hpp: the words of each kind's unit, as people write
// them after a number: scales ("k", "M", "B", "million"), "$", "x", "%",
// "points", time units, "chips", "FLOP" and "PF-days", "TFLOP/s", SI
// prefixes for watts and watt-hours, "per chip", "per chip-hour", "per
// million tokens", "GPU-hours". One idea, the vocabulary, read by the kinds
// of text/kinds.hpp; it passes ~400 lines because it is one table of the
// language, each reader a few lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "curveshift/core/quantity.hpp"
#include "curveshift/text/reading.hpp"
#include "curveshift/text/scanner.hpp"

namespace curveshift {
namespace detail {

/// A scale after a number: "k", "M", "B", "T" right after the digits (also
/// "K", "m", "mn", "b", "bn", "t", "tn"), or a word after a space ("$1
/// million"). The power of ten, or 0 when there is none.
inline int read_scale(scanner& sc) {
  const std::size_t before = sc.pos();
  struct scale_word { std::string_view text; int power; };
  static constexpr scale_word letters[] = {{"k", 3}, {"K", 3}, {"mn", 6}, {"M", 6}, {"m", 6}, {"bn", 9},
                                           {"B", 9}, {"b", 9}, {"tn", 12}, {"T", 12}, {"t", 12}};
  static constexpr scale_word words[] = {{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}};
  for (const auto& w : letters) {
    // A letter scale may be followed by the plural of "a few $10M's" but not by
    // another letter: "$6Mx" is not $6M.
    if (sc.rest().substr(0, w.text.size()) != w.text) continue;
    const char next = sc.peek(w.text.size());
    const bool plural_s = next == 's' && !scanner::is_letter(sc.peek(w.text.size() + 1));
    if (scanner::is_letter(next) && !plural_s) continue;
    sc.set_pos(sc.pos() + w.text.size());
    return w.power;
  }
  sc.skip_spaces();
  for (const auto& w : words) {
    if (sc.accept_word(w.text)) return w.power;
  }
  sc.set_pos(before);
  return 0;
}

/// The plural after "a few $10M": "'s", "’s" or "s".
inline void skip_plural(scanner& sc) {
  if (!sc.accept("'s") && !sc.accept("\xE2\x80\x99s")) sc.accept("s");
}

/// Money: "$6M", "$1 million", "$625k-$2.5M", "$20-50M", "a few $10M's".
/// The upper bound's scale is shared when the lower bound has none and the
/// upper has no "$" of its own: "$20-50M" is $20M-$50M, "$500-$2k" is $500-$2,000.
inline reading read_money(scanner& sc) {
  struct item { number_text n; int scale = 0; bool dollar = false; std::size_t pos = 0; };
  auto read_item = [&sc](bool dollar_required) {
    item it;
    sc.skip_spaces();
    it.pos = sc.pos();
    it.dollar = sc.accept("$");
    if (!it.dollar && dollar_required) sc.fail("\"$\"");
    if (!read_number(sc, false, it.n)) sc.fail("a number");
    it.scale = read_scale(sc);
    return it;
  };
  reading r;
  skip_approximate(sc);
  if (accept_a_few(sc)) {
    const item x = read_item(true);
    skip_plural(sc);
    const double v = number_value(sc, x.n, x.scale);
    return reading{a_few_lo * v, a_few_hi * v, x.pos, x.pos, x.pos, true};
  }
  const bool between = accept_between(sc);
  const item lo = read_item(true);
  r.lo_pos = r.hi_pos = lo.pos;
  const std::size_t before_separator = sc.pos();
  if (accept_separator(sc, between)) {
    skip_approximate(sc);
    const item hi = read_item(false);
    const int lo_scale = (lo.scale == 0 && !hi.dollar) ? hi.scale : lo.scale;
    r.lo = number_value(sc, lo.n, lo_scale);
    r.hi = number_value(sc, hi.n, hi.scale);
    r.hi_pos = hi.pos;
    r.separator_pos = before_separator;
    r.is_range = true;
    return r;
  }
  if (between) sc.fail("\"and\" (\"between $2M and $3M\")");
  r.lo = r.hi = number_value(sc, lo.n, lo.scale);
  return r;
}

/// "per chip", "/chip", "a chip" after a price.
inline void expect_per_chip(scanner& sc) {
  sc.skip_spaces();
  const std::size_t at = sc.pos();
  if (sc.accept("/") || sc.accept_word("per") || sc.accept_word("a") || sc.accept_word("each")) {
    sc.skip_spaces();
    if (sc.accept_word("chip") || sc.accept_word("gpu")) return;
  }
  sc.fail_at(at, "\"per chip\"");
}

/// "per chip-hour", "/chip-hour", "per GPU-hour", "per chip hour" after a price.
inline void expect_per_chip_hour(scanner& sc) {
  sc.skip_spaces();
  const std::size_t at = sc.pos();
  if (sc.accept("/") || sc.accept_word("per") || sc.accept_word("a") || sc.accept_word("each")) {
    sc.skip_spaces();
    if (sc.accept_word("chip") || sc.accept_word("gpu")) {
      if (!sc.accept("-")) sc.skip_spaces();
      static constexpr std::string_view hour_words[] = {"hour", "hr", "h"};
      if (sc.accept_any(hour_words) >= 0) return;
    }
  }
  sc.fail_at(at, "\"per chip-hour\" (also \"/GPU-hour\", \"/GPU-hr\")");
}

/// A multiplier's "x" (or "X", "×"); the unit is always 0.
inline int read_times(scanner& sc, bool required, const number_text&) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  if (sc.accept("x") || sc.accept("X") || sc.accept("\xC3\x97")) {
    // "4x" but not "4xyz"; "4x/year" and "4x per year" are the trend parser's.
    if (!scanner::is_letter(sc.peek())) return 0;
  }
  sc.set_pos(before);
  if (required) sc.fail("\"x\"");
  return -1;
}

/// A time unit; the factor of the library's unit maker is applied by span_value.
inline int read_time_unit(scanner& sc, bool required, const number_text&) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  static constexpr std::string_view names[] = {
      "years", "year", "yrs", "yr", "y", "months", "month", "mos", "mo", "weeks", "week", "wks", "wk",
      "days", "day", "d", "hours", "hour", "hrs", "hr", "h", "seconds", "second", "secs", "sec", "s"};
  static constexpr int units[] = {0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5};
  const int i = sc.accept_any(names);
  if (i >= 0) return units[i];
  sc.set_pos(before);
  if (required) sc.fail("a unit of time (\"months\", \"years\", \"days\", \"weeks\", \"hours\", \"seconds\")");
  return -1;
}

/// A span in seconds, through the library's own unit makers so "9 months"
/// parses to exactly months(9).
inline double span_value(const scanner& sc, const number_text& n, int unit) {
  const double x = number_value(sc, n);
  switch (unit) {
    case 0: return in_base_units(sc, n, x, years.factor);
    case 1: return in_base_units(sc, n, x, months.factor);
    case 2: return in_base_units(sc, n, in_base_units(sc, n, x, days.factor), 7.0L);  // days(x) * 7
    case 3: return in_base_units(sc, n, x, days.factor);
    case 4: return in_base_units(sc, n, x, hours.factor);
    default: return in_base_units(sc, n, x, seconds.factor);
  }
}

/// "%" or "percent"/"pct".
inline int read_percent_sign(scanner& sc, bool required, const number_text&) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  if (sc.accept("%") || sc.accept_word("percent") || sc.accept_word("pct")) return 0;
  sc.set_pos(before);
  if (required) sc.fail("\"%\"");
  return -1;
}

/// "points", "point", "pts", "pp", "percentage points".
inline int read_points_unit(scanner& sc, bool required, const number_text&) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  if (sc.accept_word("percentage")) sc.skip_spaces();
  static constexpr std::string_view names[] = {"points", "point", "pts", "pt", "pp"};
  if (sc.accept_any(names) >= 0) return 0;
  sc.set_pos(before);
  if (required) sc.fail("\"points\"");
  return -1;
}

/// A count's unit after its number: a scale ("B", "billion") and then the
/// noun ("chips", "parameters", "tokens"). A scale alone may stand on a range's lower
/// bound ("7B-70B parameters", "20-50k chips"); the unit returned is the power of ten.
template <std::size_t N>
int read_count_unit(scanner& sc, bool required, const std::string_view (&nouns)[N], const char* expected) {
  const std::size_t before = sc.pos();
  const int scale = read_scale(sc);
  sc.skip_spaces();
  if (sc.accept_any(nouns) >= 0) return scale;
  if (!required && scale != 0) return scale;
  sc.set_pos(before);
  if (required) sc.fail(expected);
  return -1;
}

/// "chips" with an optional scale before it: "50,000 chips", "50k chips", "1.2 million GPUs".
inline int read_chip_unit(scanner& sc, bool required, const number_text&) {
  static constexpr std::string_view nouns[] = {"chips", "chip", "gpus", "gpu", "accelerators", "accelerator"};
  return read_count_unit(sc, required, nouns, "\"chips\"");
}

/// "FLOP", "FLOPs", or "PF-days" (Kaplan et al. 2020: 8.64e19 FLOP).
inline int read_compute_unit(scanner& sc, bool required, const number_text&) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  static constexpr std::string_view names[] = {"flops", "flop"};
  if (sc.accept_any(names) >= 0) {
    if (sc.peek() != '/') return 0;  // "FLOP/s" is a rate, not a count
    sc.set_pos(before);
    sc.skip_spaces();
    sc.fail("\"FLOP\" (a count; FLOP/s is parse_flop_rate's)");
  }
  static constexpr std::string_view days_names[] = {"pf-days", "pf-day", "petaflop-days", "petaflop-day",
                                                    "petaflop/s-days", "petaflop/s-day", "pfs-days", "pfs-day"};
  if (sc.accept_any(days_names) >= 0) return 1;
  sc.set_pos(before);
  if (required) sc.fail("\"FLOP\" or \"PF-days\"");
  return -1;
}

inline double compute_value(const scanner& sc, const number_text& n, int unit) {
  if (unit == 0) return number_value(sc, n);
  return in_base_units(sc, n, number_value(sc, n), petaflop_days.factor);
}

/// "FLOP/s" with an SI prefix: "989 TFLOP/s", "1 PFLOP/s", "9.89e14 FLOP/s", "2 exaFLOPS".
inline int read_flop_rate_unit(scanner& sc, bool required, const number_text&) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  struct prefix { std::string_view text; int power; };
  static constexpr prefix prefixes[] = {{"kilo", 3}, {"mega", 6}, {"giga", 9}, {"tera", 12}, {"peta", 15},
                                        {"exa", 18}, {"k", 3},    {"M", 6},    {"G", 9},     {"T", 12},
                                        {"P", 15},   {"E", 18},   {"", 0}};
  for (const auto& pr : prefixes) {
    const std::size_t at = sc.pos();
    if (!sc.accept(pr.text)) continue;
    if (sc.accept_word("flop/s") || sc.accept_word("flops") || sc.accept_word("flop per second") ||
        sc.accept_word("flop/sec")) {
      return pr.power;
    }
    sc.set_pos(at);
  }
  sc.set_pos(before);
  if (required) sc.fail("\"FLOP/s\" (with an optional prefix: TFLOP/s, PFLOP/s)");
  return -1;
}



/// Chips in words: "a few thousand chips" (2,000-5,000), "a few tens of
/// thousands of chips" (20,000-50,000), "thousands of chips" (1,000-10,000),
/// "millions of chips" (1-10 million). False (cursor unmoved) for other text.
inline bool read_chip_words(scanner& sc, reading& r) {
  const std::size_t start = sc.pos();
  const bool few = accept_a_few(sc);
  double base = 1;
  const std::size_t at = sc.pos();
  if (sc.accept_word("tens")) base = 10;
  else if (sc.accept_word("hundreds")) base = 100;
  if (!detail::equal(base, 1)) {
    sc.skip_spaces();
    if (!sc.accept_word("of")) sc.fail("\"of\"");
    sc.skip_spaces();
  }
  double scale = 0;
  bool plural = false;
  if (sc.accept_word("thousand")) scale = 1e3;
  else if (sc.accept_word("million")) scale = 1e6;
  else if (sc.accept_word("thousands")) { scale = 1e3; plural = true; }
  else if (sc.accept_word("millions")) { scale = 1e6; plural = true; }
  if (detail::equal(scale, 0)) {
    if (few || !detail::equal(base, 1)) sc.fail("\"thousand\" or \"million\"");
    sc.set_pos(start);
    return false;
  }
  if (!detail::equal(base, 1) && !plural) sc.fail_at(at, "\"tens of thousands\" (plural)");
  sc.skip_spaces();
  if (plural) {
    if (!sc.accept_word("of")) sc.fail("\"of\"");
    sc.skip_spaces();
  }
  static constexpr std::string_view names[] = {"chips", "chip", "gpus", "gpu", "accelerators", "accelerator"};
  if (sc.accept_any(names) < 0) sc.fail("\"chips\"");
  const double unit = base * scale;
  const double lo = few ? a_few_lo * unit : unit;
  const double hi = few ? a_few_hi * unit : 10 * unit;
  if (!few && !plural) sc.fail_at(at, "a number before \"" + std::string(detail::equal(scale, 1e3) ? "thousand" : "million") + "\"");
  r = reading{lo, hi, at, at, at, true, 0, 0};
  return true;
}

inline int read_parameter_unit(scanner& sc, bool required, const number_text&) {
  static constexpr std::string_view nouns[] = {"parameters", "parameter", "params", "param"};
  return read_count_unit(sc, required, nouns, "\"parameters\"");
}

inline int read_token_unit(scanner& sc, bool required, const number_text&) {
  static constexpr std::string_view nouns[] = {"tokens", "token"};
  return read_count_unit(sc, required, nouns, "\"tokens\"");
}

/// SI prefixes, as symbols and as words, with their powers of ten.
struct si_prefix {
  std::string_view symbol;
  std::string_view word;
  int power;
};
inline constexpr si_prefix si_prefixes[] = {{"T", "tera", 12}, {"G", "giga", 9}, {"M", "mega", 6}, {"k", "kilo", 3},
                                            {"", "", 0}};

/// A prefixed symbol ("GW", "MWh") with no letter after it; the prefix's power, or -1.
inline int accept_si_symbol(scanner& sc, std::string_view symbol) {
  for (const auto& p : si_prefixes) {
    const std::size_t at = sc.pos();
    if (sc.accept(p.symbol) && sc.accept_word(symbol)) return p.power;
    sc.set_pos(at);
  }
  return -1;
}

/// A prefixed word ("gigawatt", "kilowatt"), optionally plural; the power, or -1.
inline int accept_si_word(scanner& sc, std::string_view word) {
  for (const auto& p : si_prefixes) {
    const std::size_t at = sc.pos();
    const std::string_view rest = sc.rest();
    if (rest.substr(0, p.word.size()) == p.word && rest.substr(p.word.size(), word.size()) == word) {
      sc.set_pos(at + p.word.size() + word.size());
      if (sc.peek() == 's' && !scanner::is_letter(sc.peek(1))) sc.set_pos(sc.pos() + 1);
      if (!scanner::is_letter(sc.peek())) return p.power;
    }
    sc.set_pos(at);
  }
  return -1;
}

inline int read_power_unit(scanner& sc, bool required, const number_text&) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  int power = accept_si_symbol(sc, "W");
  if (power < 0) {
    power = accept_si_word(sc, "watt");
    // "kilowatt-hours" is energy.
    if (power >= 0 && sc.peek() == '-') power = -1;
  }
  if (power >= 0) return power;
  sc.set_pos(before);
  if (required) {
    sc.skip_spaces();
    sc.fail("a unit of power (\"W\", \"kW\", \"MW\", \"GW\")");
  }
  return -1;
}

/// The unit of energy: the power of ten of a watt-hour prefix (0..12), or
/// joules_unit. Not negative: read_bounds takes a negative unit for "none
/// written", and would give a lower bound in joules the upper bound's Wh.
inline constexpr int joules_unit = 100;

inline int read_energy_unit(scanner& sc, bool required, const number_text&) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  int power = accept_si_symbol(sc, "Wh");
  if (power < 0) {
    power = accept_si_word(sc, "watt");
    if (power >= 0 && !((sc.accept("-") || sc.accept(" ")) && (sc.accept_word("hours") || sc.accept_word("hour")))) {
      power = -1;
    }
  }
  if (power >= 0) return power;
  sc.set_pos(before);
  sc.skip_spaces();
  static constexpr std::string_view joule_names[] = {"joules", "joule", "J"};
  if (sc.accept_any(joule_names) >= 0) return joules_unit;
  sc.set_pos(before);
  if (required) {
    sc.skip_spaces();
    sc.fail("a unit of energy (\"kWh\", \"MWh\", \"GWh\", \"J\")");
  }
  return -1;
}

/// Joules as written; a watt-hour is 3600 J.
inline double energy_value(const scanner& sc, const number_text& n, int unit) {
  if (unit == joules_unit) return number_value(sc, n);
  return in_base_units(sc, n, number_value(sc, n, unit), 3600.0L);  // watt-hours
}

/// "per million tokens", "/M tokens", "/1M tokens", "per 1M tokens", "per token".
inline double read_per_tokens(scanner& sc) {
  sc.skip_spaces();
  const std::size_t at = sc.pos();
  if (sc.accept("/") || sc.accept_word("per") || sc.accept_word("a")) {
    sc.skip_spaces();
    double per = 1;
    if (sc.accept("1M") || sc.accept("M") || sc.accept_word("million") || sc.accept("1 million")) {
      per = 1e6;
    } else if (sc.accept("1k") || sc.accept("k") || sc.accept_word("thousand") || sc.accept("1K") || sc.accept("K")) {
      per = 1e3;
    }
    sc.skip_spaces();
    if (sc.accept_word("tokens") || sc.accept_word("token")) return per;
  }
  sc.fail_at(at, "\"per million tokens\"");
  return 1;  // stopped: a placeholder (soft mode)
}

/// The unit of chip time after its number: a scale, then an optional chip
/// name, then "GPU" or "chip" (also "accelerator", "TPU") and "hours"
/// joined by "-" or a space: "2.788M GPU-hours", "2,788K H800 GPU hours",
/// "5,000 GPU-hr", "2,788,000 chip-hours"; "chip-seconds" is what to_string
/// writes when hours cannot read back exactly. The unit is the scale's power
/// of ten, plus chip_seconds_unit for seconds.
inline constexpr int chip_seconds_unit = 100;

inline int read_chip_time_unit(scanner& sc, bool required, const number_text&) {
  const std::size_t before = sc.pos();
  const int scale = read_scale(sc);
  sc.skip_spaces();
  const std::size_t noun_at = sc.pos();
  const auto noun_and_time = [&sc]() {
    static constexpr std::string_view nouns[] = {"gpu", "chip", "accelerator", "tpu"};
    static constexpr std::string_view hour_words[] = {"hours", "hour", "hrs", "hr", "h"};
    static constexpr std::string_view second_words[] = {"seconds", "second", "secs", "sec", "s"};
    if (sc.accept_any(nouns) < 0) return -1;
    if (!sc.accept("-")) sc.skip_spaces();
    if (sc.accept_any(hour_words) >= 0) return 0;
    if (sc.accept_any(second_words) >= 0) return chip_seconds_unit;
    return -1;
  };
  int unit = noun_and_time();
  if (unit < 0) {
    // A chip's name before the noun: "H800 GPU hours", "A100 GPU-hours".
    sc.set_pos(noun_at);
    std::size_t end = noun_at;
    while (scanner::is_letter(sc.peek(end - noun_at)) || scanner::is_digit(sc.peek(end - noun_at))) ++end;
    if (end > noun_at && sc.peek(end - noun_at) == ' ') {
      sc.set_pos(end);
      sc.skip_spaces();
      unit = noun_and_time();
    }
  }
  if (unit >= 0) return unit + scale;
  sc.set_pos(noun_at);
  if (!required && scale != 0) return scale;
  sc.set_pos(before);
  if (required) {
    sc.skip_spaces();
    sc.fail("\"GPU-hours\" or \"chip-hours\"");
  }
  return -1;
}

/// Chip-seconds as written.
inline double chip_time_value(const scanner& sc, const number_text& n, int unit) {
  if (unit >= chip_seconds_unit) return number_value(sc, n, unit - chip_seconds_unit);
  return in_base_units(sc, n, number_value(sc, n, unit), chip_hours.factor);
}

}  // namespace detail
}  // namespace curveshift
