// curveshift/text/scanner.hpp: the cursor every parser reads with, and the
// pieces of text common to all of them: a number as written ("50,000",
// "3.3e24", ".5"), a hedge ("~", "about"), a range's separator ("-", "to"),
// "a few". A parser never reads past the end of its std::string_view; a
// failure is a parse_error at a column, or, when the CSV reader runs the
// parser (soft mode), a record the reader reads instead.
#pragma once

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

#include "curveshift/core/number.hpp"
#include "curveshift/text/parse_error.hpp"

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

/// Consumes "between" before a range ("between 2 and 3x"); true if it was there.
inline bool accept_between(scanner& sc) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  if (sc.accept_word("between")) {
    sc.skip_spaces();
    return true;
  }
  sc.set_pos(before);
  return false;
}

/// Consumes a range separator: "-", an en or em dash, or "to"; after
/// "between", "and" too.
inline bool accept_separator(scanner& sc, bool after_between = false) {
  const std::size_t before = sc.pos();
  sc.skip_spaces();
  if (sc.accept("-") || sc.accept("\xE2\x80\x93") || sc.accept("\xE2\x80\x94") || sc.accept_word("to") ||
      (after_between && sc.accept_word("and"))) {
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

}  // namespace detail
}  // namespace curveshift
