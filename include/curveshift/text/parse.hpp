// curveshift/parse.hpp: the essay's numbers read back from text. People
// write "$6M", "a few $10M's", "~4x/year", "3-4x", "9-12 months", "50,000
// chips", "40%", "halving every 6 months"; these functions turn such text into
// typed values, and every form that format.hpp writes reads back.
//
// - Each family has a single-value parser (parse_money) and a range parser
//   (parse_money_range) that returns the interval type; the range parser also
//   reads a single value, as a point interval, so one call reads either.
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
#pragma once

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "curveshift/core/date.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/core/multiplier.hpp"
#include "curveshift/text/parse_error.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/core/score.hpp"
#include "curveshift/core/trend.hpp"

namespace curveshift {

namespace detail {

/// Where a parser records its first failure instead of raising it: the
/// CSV reader's way to skip a cell that does not read, with exceptions on or
/// off (-fno-exceptions, where raising aborts).
struct parse_failure {
  bool failed = false;
  std::size_t column = 0;  // 1-based, as parse_error::column()
  std::string expected;
};

/// The failure record of the parsers running on this thread, or none (they
/// raise). Set for one call by soft_parse.
inline thread_local parse_failure* soft_failure = nullptr;

/// A cursor over the text, with the parser's name for its errors.
class scanner {
 public:
  scanner(std::string_view text, const char* function) : text_(text), function_(function), soft_(soft_failure) {}

  std::size_t pos() const { return pos_; }
  /// Moves the cursor; a scanner that has failed stays at the end.
  void set_pos(std::size_t p) {
    if (!stopped_) pos_ = p;
  }
  /// True once a failure was recorded (soft mode): what the parser returns
  /// then is a placeholder, and the caller reads the failure instead.
  bool stopped() const { return stopped_; }
  bool done() const { return pos_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }
  std::string_view rest() const { return text_.substr(pos_ < text_.size() ? pos_ : text_.size()); }
  /// The text between two positions, as written.
  std::string_view between(std::size_t from, std::size_t to) const { return text_.substr(from, to - from); }

  void skip_spaces() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }

  /// Consumes `lit` exactly as written.
  bool accept(std::string_view lit) {
    if (rest().substr(0, lit.size()) != lit) return false;
    pos_ += lit.size();
    return true;
  }

  /// Consumes a word, ignoring ASCII case, when no letter follows it: "year"
  /// matches "Year" in "4x/Year" but not the start of "yearly".
  bool accept_word(std::string_view word) {
    const std::string_view r = rest();
    if (r.size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (lower(r[i]) != lower(word[i])) return false;
    }
    if (r.size() > word.size() && is_letter(r[word.size()])) return false;
    pos_ += word.size();
    return true;
  }

  /// Tries each word in turn; the index of the one consumed, or -1.
  template <std::size_t N>
  int accept_any(const std::string_view (&words)[N]) {
    for (std::size_t i = 0; i < N; ++i) {
      if (accept_word(words[i])) return static_cast<int>(i);
    }
    return -1;
  }

  /// Raises parse_error at a position; in soft mode, records the first
  /// failure and moves to the end instead, so the parser winds down without
  /// reading more (every accept fails, every peek is '\0') and returns.
  void fail_at(std::size_t at, std::string_view expected) const {
    if (soft_ == nullptr) raise(parse_error(function_, text_, at + 1, expected));
    if (!soft_->failed) {
      soft_->failed = true;
      soft_->column = at + 1;
      soft_->expected = std::string(expected);
    }
    stopped_ = true;
    pos_ = text_.size();
  }
  void fail(std::string_view expected) const { fail_at(pos_, expected); }

  void expect_end() {
    skip_spaces();
    if (!done()) fail("the end of the text");
  }

  static constexpr char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
  static constexpr bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
  static constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

 private:
  std::string_view text_;
  // Mutable: a failure stops a scanner the parser holds as const.
  mutable std::size_t pos_ = 0;
  mutable bool stopped_ = false;
  const char* function_;
  parse_failure* soft_;
};

/// Runs parse(text) with failures recorded in `why` rather than raised:
/// the value, meaningful only when why.failed is false.
template <class Parse>
auto soft_parse(std::string_view text, parse_failure& why, Parse parse) {
  parse_failure* const outer = soft_failure;
  soft_failure = &why;
  struct restore {
    parse_failure* outer;
    ~restore() { soft_failure = outer; }
  } const guard{outer};
  return parse(text);
}

/// A number as written: where it starts, its sign, its mantissa with the
/// thousands separators removed ("50000", "3.3") and its exponent ("e24").
struct number_text {
  std::size_t start = 0;
  bool negative = false;
  std::string mantissa;
  long exponent = 0;
};

/// Reads [sign] digits[,ddd]*[.digits][e[sign]digits] at the cursor; false
/// (cursor unmoved) when no number starts there.
inline bool read_number(scanner& sc, bool allow_sign, number_text& out) {
  const std::size_t start = sc.pos();
  out = number_text{};
  out.start = start;
  if (allow_sign && (sc.peek() == '-' || sc.peek() == '+') &&
      (scanner::is_digit(sc.peek(1)) || (sc.peek(1) == '.' && scanner::is_digit(sc.peek(2))))) {
    out.negative = sc.peek() == '-';
    sc.set_pos(sc.pos() + 1);
  }
  std::size_t whole_digits = 0;
  while (scanner::is_digit(sc.peek())) {
    out.mantissa.push_back(sc.peek());
    sc.set_pos(sc.pos() + 1);
    ++whole_digits;
  }
  if (whole_digits == 0 && !(sc.peek() == '.' && scanner::is_digit(sc.peek(1)))) {
    sc.set_pos(start);
    return false;
  }
  // "50,000": a separator needs one to three digits before the first one and
  // exactly three after each, so "1,2" and "1234,567" are errors, not 12 or 1234567.
  if (sc.peek() == ',' && scanner::is_digit(sc.peek(1))) {
    if (whole_digits > 3) sc.fail("a digit or the decimal point (thousands separators go every three digits)");
    while (sc.peek() == ',' && scanner::is_digit(sc.peek(1))) {
      sc.set_pos(sc.pos() + 1);
      for (int i = 0; i < 3; ++i) {
        if (!scanner::is_digit(sc.peek())) sc.fail("three digits after the thousands separator");
        out.mantissa.push_back(sc.peek());
        sc.set_pos(sc.pos() + 1);
      }
      if (scanner::is_digit(sc.peek())) sc.fail("a separator or the end of the number (groups are three digits)");
    }
  }
  if (sc.peek() == '.' && scanner::is_digit(sc.peek(1))) {
    out.mantissa.push_back('.');
    sc.set_pos(sc.pos() + 1);
    while (scanner::is_digit(sc.peek())) {
      out.mantissa.push_back(sc.peek());
      sc.set_pos(sc.pos() + 1);
    }
  }
  // An exponent only when digits follow: "1e24", "3.3e+24", but "1EFLOP/s" is 1 exaFLOP/s.
  if ((sc.peek() == 'e' || sc.peek() == 'E') &&
      (scanner::is_digit(sc.peek(1)) ||
       ((sc.peek(1) == '-' || sc.peek(1) == '+') && scanner::is_digit(sc.peek(2))))) {
    sc.set_pos(sc.pos() + 1);
    bool negative_exponent = false;
    if (sc.peek() == '-' || sc.peek() == '+') {
      negative_exponent = sc.peek() == '-';
      sc.set_pos(sc.pos() + 1);
    }
    long e = 0;
    while (scanner::is_digit(sc.peek())) {
      if (e < 1000000) e = e * 10 + (sc.peek() - '0');  // beyond any double; from_chars reports the range
      sc.set_pos(sc.pos() + 1);
    }
    out.exponent = negative_exponent ? -e : e;
  }
  return true;
}

/// The double the number denotes times 10^shift, correctly rounded (the
/// shift is decimal, so "$6.5M" is the double nearest 6,500,000).
inline double number_value(const scanner& sc, const number_text& n, int shift = 0) {
  std::string text = n.negative ? "-" : "";
  text.append(n.mantissa).append("e").append(std::to_string(n.exponent + shift));
  double v = 0;
  const auto res = std::from_chars(text.data(), text.data() + text.size(), v);
  bool nonzero = false;
  for (const char c : n.mantissa) nonzero = nonzero || (c >= '1' && c <= '9');
  if (res.ec != std::errc{} || !finite(v) || (nonzero && detail::equal(v, 0))) {
    sc.fail_at(n.start, "a number within the range of a double (about 1e-308 to 1e308)");
  }
  return v;
}

/// Skips "~", "≈", "about", "around", "approximately", "roughly"; true if one was there.
inline bool skip_approximate(scanner& sc) {
  sc.skip_spaces();
  bool hedged = false;
  for (;;) {
    if (sc.accept("~") || sc.accept("\xE2\x89\x88") || sc.accept_word("about") || sc.accept_word("around") ||
        sc.accept_word("approximately") || sc.accept_word("roughly")) {
      hedged = true;
      sc.skip_spaces();
    } else {
      return hedged;
    }
  }
}

/// Consumes a range separator: "-", an en or em dash, or "to".
inline bool accept_separator(scanner& sc) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  if (sc.accept("-") || sc.accept("\xE2\x80\x93") || sc.accept("\xE2\x80\x94") || sc.accept_word("to")) {
    sc.skip_spaces();
    return true;
  }
  sc.set_pos(before);
  return false;
}

/// Consumes "a few": the range 2 to 5 of what follows.
inline bool accept_a_few(scanner& sc) {
  const std::size_t before = sc.pos();
  if (sc.accept_word("a")) {
    sc.skip_spaces();
    if (sc.accept_word("few")) {
      sc.skip_spaces();
      return true;
    }
  }
  sc.set_pos(before);
  return false;
}

/// "a few": 2 to 5, the reading the library documents for "a few $10M's" ($20-50M).
inline constexpr double a_few_lo = 2.0;
inline constexpr double a_few_hi = 5.0;

/// What a parser read: bounds in the family's base unit, or one value.
struct reading {
  double lo = 0;
  double hi = 0;
  std::size_t lo_pos = 0;
  std::size_t hi_pos = 0;
  std::size_t separator_pos = 0;  // also where the lower bound's text ends
  bool is_range = false;
  int lo_unit = 0;  // the family's unit of each bound, where the family has several
  int hi_unit = 0;
};

/// The number type a parser returns built from what it read: the value for
/// double (a range is an error), the bounds for interval<double>.
template <class T>
T number_from(const scanner& sc, const reading& r, const char* range_function) {
  if constexpr (std::is_floating_point_v<T>) {
    if (r.is_range) {
      sc.fail_at(r.separator_pos, std::string("a single value (") + range_function + " reads ranges)");
    }
    return r.lo;
  } else {
    if (!(r.lo <= r.hi)) {
      // Named as the user wrote it ("12" in "12-9 months"), not in base units.
      sc.fail_at(r.hi_pos, "an upper bound >= the lower bound " +
                               parse_error::quote(sc.between(r.lo_pos, r.separator_pos)));
      return T(r.lo, r.lo);
    }
    return T(r.lo, r.hi);
  }
}

/// Runs a library maker on parsed numbers; a value the type rejects becomes a
/// parse_error at that value's column, so a parser raises nothing else.
/// A value for a parser to return once its scanner has stopped (soft mode):
/// any value of the type, read by no one. Only for the value types the
/// CSV reader asks for; others are built as usual.
template <class R>
struct placeholder_of {
  static constexpr bool exists = false;
};
template <class D>
struct placeholder_of<quantity<D, double>> {
  static constexpr bool exists = true;
  static quantity<D, double> make() { return access::make<quantity<D, double>>(0.0); }
};

template <class F>
auto build(const scanner& sc, std::size_t at, F&& make) -> decltype(make()) {
  using R = decltype(make());
  // A stopped scanner read no value: the caller reads its failure, not this.
  if constexpr (placeholder_of<R>::exists) {
    if (sc.stopped()) return placeholder_of<R>::make();
  }
#if CURVESHIFT_EXCEPTIONS
  try {
    return make();
  } catch (const parse_error&) {
    throw;
  } catch (const error& e) {
    sc.fail_at(at, std::string("a value in range (") + e.what() + ")");
    if constexpr (placeholder_of<R>::exists) {
      return placeholder_of<R>::make();
    } else {
      throw;  // soft mode, a type with no placeholder (none the CSV reader reads): the maker's error goes on
    }
  }
#else
  // Without exceptions the maker's own check reports (function, argument,
  // value) and aborts; there is nothing to catch and re-point at a column.
  (void)sc, (void)at;
  return make();
#endif
}

/// Reads one value, or two separated by "-" / "to", with an optional unit on
/// the lower bound that defaults to the upper's. `read_unit(sc, required)`
/// returns the unit (an int the family defines; -1 when absent and allowed);
/// `value(n, unit)` converts a number in that unit to the base unit.
template <class ReadUnit, class Value>
reading read_bounds(scanner& sc, bool allow_sign, ReadUnit read_unit, Value value) {
  reading r;
  number_text lo;
  skip_approximate(sc);
  if (accept_a_few(sc)) {
    // "a few 10,000 chips" is 20,000-50,000 chips.
    if (!read_number(sc, false, lo)) sc.fail("a number after \"a few\"");
    const int unit = read_unit(sc, true, lo);
    const double x = value(lo, unit);
    return reading{a_few_lo * x, a_few_hi * x, lo.start, lo.start, lo.start, true, unit, unit};
  }
  if (!read_number(sc, allow_sign, lo)) sc.fail("a number");
  const std::size_t after_lo = sc.pos();
  int lo_unit = read_unit(sc, false, lo);
  r.lo_pos = lo.start;
  const std::size_t before_separator = sc.pos();
  if (accept_separator(sc)) {
    r.separator_pos = before_separator;
    skip_approximate(sc);
    number_text hi;
    if (!read_number(sc, allow_sign, hi)) sc.fail("a number (the upper bound of the range)");
    const int hi_unit = read_unit(sc, true, hi);
    if (lo_unit < 0) lo_unit = hi_unit;
    r.lo = value(lo, lo_unit);
    r.hi = value(hi, hi_unit);
    r.hi_pos = hi.start;
    r.is_range = true;
    r.lo_unit = lo_unit;
    r.hi_unit = hi_unit;
    return r;
  }
  if (lo_unit < 0) {
    sc.set_pos(after_lo);
    lo_unit = read_unit(sc, true, lo);  // raises "expected a unit" at the right column
  }
  r.lo = r.hi = value(lo, lo_unit);
  r.hi_pos = r.lo_pos;
  r.lo_unit = r.hi_unit = lo_unit;
  return r;
}

/// Raises at the offending bound unless both bounds pass `ok`.
template <class Pred>
void check_bounds(const scanner& sc, const reading& r, Pred ok, std::string_view expected) {
  if (!ok(r.lo)) sc.fail_at(r.lo_pos, expected);
  if (!ok(r.hi)) sc.fail_at(r.hi_pos, expected);
}

// ---- the families' units ----------------------------------------------------

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
  const item lo = read_item(true);
  r.lo_pos = r.hi_pos = lo.pos;
  const std::size_t before_separator = sc.pos();
  if (accept_separator(sc)) {
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
      if (sc.accept_word("hour")) return;
    }
  }
  sc.fail_at(at, "\"per chip-hour\"");
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
/// x in a unit of `factor` base units, in base units: the product the
/// unit's maker forms (amount x factor), or 0 having failed at the number
/// when it passes the largest double. Checked here rather than by the maker,
/// which would raise (and without exceptions abort) where the parser must
/// report instead.
inline double in_base_units(const scanner& sc, const number_text& n, double x, long double factor) {
  const double v = x * static_cast<double>(factor);
  if (finite(v)) return v;
  sc.fail_at(n.start, "a number within the range of a double (about 1e-308 to 1e308) in the base unit");
  return 0;
}

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

}  // namespace detail

namespace detail {

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

/// Runs a parser body with a scanner and checks nothing follows the value.
template <class Read>
auto parse_whole(std::string_view text, const char* function, Read read) {
  scanner sc(text, function);
  auto r = read(sc);
  sc.expect_end();
  return std::pair{sc, r};
}

template <class T>
money<T> parse_money_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, read_money);
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return usd(v); });
}

template <class T>
price_per_chip<T> parse_price_per_chip_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    reading m = read_money(s);
    expect_per_chip(s);
    return m;
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return usd_per_chip(v); });
}

template <class T>
price_per_chip_second<T> parse_price_per_chip_hour_as(std::string_view text, const char* function,
                                                      const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    reading m = read_money(s);
    expect_per_chip_hour(s);
    return m;
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return usd_per_chip_hour(v); });
}

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
trend<T> parse_trend_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, t] = parse_whole(text, function, read_trend);
  return make_trend<T>(sc, t, range_function);
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

template <class T>
time_span<T> parse_time_span_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    return read_bounds(s, true, read_time_unit, [&s](const number_text& n, int unit) { return span_value(s, n, unit); });
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return seconds(v); });
}

template <class T>
chip_count<T> parse_chip_count_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    skip_approximate(s);
    reading words;
    if (read_chip_words(s, words)) return words;
    return read_bounds(s, false, read_chip_unit, [&s](const number_text& n, int scale) { return number_value(s, n, scale); });
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return chips(v); });
}

template <class T>
compute<T> parse_compute_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    return read_bounds(s, false, read_compute_unit, [&s](const number_text& n, int unit) { return compute_value(s, n, unit); });
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return flop(v); });
}

template <class T>
flop_rate<T> parse_flop_rate_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    return read_bounds(s, false, read_flop_rate_unit, [&s](const number_text& n, int power) { return number_value(s, n, power); });
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return flop_per_second(v); });
}

template <class T>
flop_rate_per_chip<T> parse_flop_rate_per_chip_as(std::string_view text, const char* function,
                                                  const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    reading rate = read_bounds(s, false, read_flop_rate_unit,
                               [&s](const number_text& n, int power) { return number_value(s, n, power); });
    expect_per_chip(s);
    return rate;
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return flop_per_second_per_chip(v); });
}

}  // namespace detail

// ---- the public parsers -------------------------------------------------------

/// Whether the text hedges its value: "~4x", "≈$1B", "about 50,000 chips".
inline bool is_approximate(std::string_view text) {
  detail::scanner sc(text, "is_approximate");
  return detail::skip_approximate(sc);
}

/// "$6M", "$1 million", "~$1B", "$12.5", "$1,000,000". The essay: "DeepSeek-V3 ... cost $6M to train".
inline money<> parse_money(std::string_view text) {
  return detail::parse_money_as<double>(text, "parse_money", "parse_money_range");
}
/// "$20-50M", "$625k-$2.5M", "$20M to $50M", "a few $10M's" ($20M-$50M: "a few" is 2 to 5); a single value is a point.
inline money<interval<>> parse_money_range(std::string_view text) {
  return detail::parse_money_as<interval<>>(text, "parse_money_range", "parse_money_range");
}

/// "$20k per chip", "$30,000/chip".
inline price_per_chip<> parse_price_per_chip(std::string_view text) {
  return detail::parse_price_per_chip_as<double>(text, "parse_price_per_chip", "parse_price_per_chip_range");
}
/// "$20-25k per chip".
inline price_per_chip<interval<>> parse_price_per_chip_range(std::string_view text) {
  return detail::parse_price_per_chip_as<interval<>>(text, "parse_price_per_chip_range", "parse_price_per_chip_range");
}

/// "4x", "~1.2x", "0.83x", "10×". The essay's compute multipliers: "small ones (~1.2x), ... medium-sized ones (~2x)".
inline multiplier<> parse_multiplier(std::string_view text) {
  return detail::parse_multiplier_as<double>(text, "parse_multiplier", "parse_multiplier_range");
}
/// "3-4x", "2.8 to 4x", "~2-3x": "a model 3-4x cheaper than 3.5 Sonnet/GPT-4o".
inline multiplier<interval<>> parse_multiplier_range(std::string_view text) {
  return detail::parse_multiplier_as<interval<>>(text, "parse_multiplier_range", "parse_multiplier_range");
}

/// "4x/year", "4x/yr", "4x per year", "~1.68x /year", "0.6 OOM/year", "2x/month",
/// "halving every 6 months", "doubling every 16 months", "10x in 15 months".
inline trend<> parse_trend(std::string_view text) {
  return detail::parse_trend_as<double>(text, "parse_trend", "parse_trend_range");
}
/// "2.8-4x/year", "halving every 6-8 months".
inline trend<interval<>> parse_trend_range(std::string_view text) {
  return detail::parse_trend_as<interval<>>(text, "parse_trend_range", "parse_trend_range");
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
inline time_span<> parse_time_span(std::string_view text) {
  return detail::parse_time_span_as<double>(text, "parse_time_span", "parse_time_span_range");
}
/// "9-12 months", "7 to 10 months", "5 days-3 months".
inline time_span<interval<>> parse_time_span_range(std::string_view text) {
  return detail::parse_time_span_as<interval<>>(text, "parse_time_span_range", "parse_time_span_range");
}

/// "50,000 chips", "50k chips", "1.2 million GPUs". The essay: "DeepSeek actually had 50,000 Hopper generation chips".
inline chip_count<> parse_chip_count(std::string_view text) {
  return detail::parse_chip_count_as<double>(text, "parse_chip_count", "parse_chip_count_range");
}
/// "20,000-50,000 chips", "20-50k chips", "a few tens of thousands of chips", "millions of chips".
inline chip_count<interval<>> parse_chip_count_range(std::string_view text) {
  return detail::parse_chip_count_as<interval<>>(text, "parse_chip_count_range", "parse_chip_count_range");
}

/// "3.3e24 FLOP", "1e25 FLOPs", "3,640 PF-days".
inline compute<> parse_compute(std::string_view text) {
  return detail::parse_compute_as<double>(text, "parse_compute", "parse_compute_range");
}
/// "1e24-3e24 FLOP".
inline compute<interval<>> parse_compute_range(std::string_view text) {
  return detail::parse_compute_as<interval<>>(text, "parse_compute_range", "parse_compute_range");
}

/// "9.89e14 FLOP/s", "989 TFLOP/s", "1 PFLOP/s", "2 exaFLOPS".
inline flop_rate<> parse_flop_rate(std::string_view text) {
  return detail::parse_flop_rate_as<double>(text, "parse_flop_rate", "parse_flop_rate_range");
}
/// "$2 per chip-hour", "$2/GPU-hour": a rental price. DeepSeek-V3's report: "$2 per GPU hour".
inline price_per_chip_second<> parse_price_per_chip_hour(std::string_view text) {
  return detail::parse_price_per_chip_hour_as<double>(text, "parse_price_per_chip_hour", "parse_price_per_chip_hour_range");
}
/// "$2-3.5 per chip-hour" (cloud rental for Hopper-class GPUs).
inline price_per_chip_second<interval<>> parse_price_per_chip_hour_range(std::string_view text) {
  return detail::parse_price_per_chip_hour_as<interval<>>(text, "parse_price_per_chip_hour_range",
                                                           "parse_price_per_chip_hour_range");
}
/// "989 TFLOP/s per chip", "9.89e14 FLOP/s per chip": one chip's peak.
inline flop_rate_per_chip<> parse_flop_rate_per_chip(std::string_view text) {
  return detail::parse_flop_rate_per_chip_as<double>(text, "parse_flop_rate_per_chip", "parse_flop_rate_per_chip_range");
}
/// "148-989 TFLOP/s per chip".
inline flop_rate_per_chip<interval<>> parse_flop_rate_per_chip_range(std::string_view text) {
  return detail::parse_flop_rate_per_chip_as<interval<>>(text, "parse_flop_rate_per_chip_range",
                                                          "parse_flop_rate_per_chip_range");
}
/// "148-989 TFLOP/s".
inline flop_rate<interval<>> parse_flop_rate_range(std::string_view text) {
  return detail::parse_flop_rate_as<interval<>>(text, "parse_flop_rate_range", "parse_flop_rate_range");
}

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

// Counts, power, energy and prices per token: the same scanner, in text/parse_counts.hpp.

