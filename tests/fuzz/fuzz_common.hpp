// Shared by the libFuzzer targets: a parser may raise curveshift::parse_error
// and nothing else; a value that parses must survive formatting and parsing
// again (exactly at digits::full(); text-stable at the default precision).
// Any other exception escapes LLVMFuzzerTestOneInput and is a crash.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>

#include <curveshift/curveshift.hpp>
#include <curveshift/text/parse.hpp>
#include "curveshift/text/parse_counts.hpp"

namespace fuzz {

[[noreturn]] inline void bug(const std::string& what, const std::string& a, const std::string& b) {
  std::fprintf(stderr, "round trip broken: %s\n  first:  %s\n  second: %s\n", what.c_str(), a.c_str(), b.c_str());
  std::abort();
}

// The number inside a value, for comparing.
template <class D, class T>
const T& raw(const curveshift::quantity<D, T>& q) { return q.base_value(); }
template <class T>
const T& raw(const curveshift::multiplier<T>& m) { return m.value(); }
template <class T>
const T& raw(const curveshift::score<T>& s) { return s.share(); }
template <class T>
const T& raw(const curveshift::points<T>& p) { return p.value(); }

inline auto raw(const curveshift::date& d) { return d.days_since_epoch(); }

inline bool same(double a, double b) { return a == b; }
inline bool same(long a, long b) { return a == b; }
inline bool same(const curveshift::interval<double>& a, const curveshift::interval<double>& b) { return a == b; }

// Trends are stored as ln(factor per year) and written as the factor, so exp
// and log each round once: the log rate comes back within a few ulps.
inline bool close_rate(double a, double b) {
  return std::abs(a - b) <= 4 * std::numeric_limits<double>::epsilon() * std::max(1.0, std::abs(a));
}
inline bool close_rate(const curveshift::interval<double>& a, const curveshift::interval<double>& b) {
  return close_rate(a.lo(), b.lo()) && close_rate(a.hi(), b.hi());
}

template <class V, class Parse>
V reparse(const std::string& text, Parse parse, const char* what) {
  try {
    return parse(text);
  } catch (const curveshift::parse_error& e) {
    bug(std::string(what) + ": formatted text does not parse: " + e.what(), text, "");
  }
}

/// v was parsed by `parse`: its full-precision text parses to v, and its
/// default text is a fixed point (format(parse(format(v))) == format(v)).
template <class V, class Parse>
void check_round_trip(const V& v, Parse parse) {
  const std::string full = to_string(v, curveshift::digits::full());
  const V back = reparse<V>(full, parse, "full precision");
  const std::string shown = to_string(v);
  const V again = reparse<V>(shown, parse, "default precision");
  const std::string shown_again = to_string(again);
  if constexpr (requires { v.log_rate(); }) {
    if (!close_rate(v.log_rate(), back.log_rate())) bug("trend at full precision", full, to_string(back, curveshift::digits::full()));
  } else {
    if (!same(raw(v), raw(back))) bug("value at full precision", full, to_string(back, curveshift::digits::full()));
    if (to_string(back, curveshift::digits::full()) != full) bug("text at full precision", full, to_string(back, curveshift::digits::full()));
  }
  if (shown != shown_again) bug("text at default precision", shown, shown_again);
}

/// The parser run in soft mode (detail::soft_parse, as the CSV reader runs
/// it) agrees with the parser raising: the same value when it reads, the
/// same column and expectation when it does not, and no other exception.
template <class Parse>
void check_soft_agrees(std::string_view text, Parse parse) {
  curveshift::detail::parse_failure why;
  const auto soft = curveshift::detail::soft_parse(text, why, parse);
  try {
    const auto strict = parse(text);
    if (why.failed) bug("soft mode failed where the parser reads", std::string(text), why.expected);
    if (!same(raw(strict), raw(soft))) bug("soft mode read another value", std::string(text), to_string(soft));
  } catch (const curveshift::parse_error& e) {
    if (!why.failed) bug("soft mode read what the parser refuses", std::string(text), e.what());
    if (e.column() != why.column || e.expected() != why.expected) {
      bug("soft mode failed elsewhere", e.what(), why.expected + " at " + std::to_string(why.column));
    }
  }
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

}  // namespace fuzz
