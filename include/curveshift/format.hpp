// curveshift/format.hpp: values as a person writes them: "$5M", "4x",
// "1.68x/year", "halving every 6 months", "40%". Only <string> and
// <charconv>: curveshift/io.hpp adds std::ostream, curveshift/std_format.hpp
// adds std::format.
#pragma once

#include <string>

#include "curveshift/number.hpp"
#include "curveshift/quantity.hpp"
#include "curveshift/multiplier.hpp"
#include "curveshift/score.hpp"
#include "curveshift/trend.hpp"
#include "curveshift/date.hpp"

namespace curveshift {

/// A value written as prefix, number and suffix ("$" "5" "M"), so a range can
/// share its unit: "2.8-4x" rather than "2.8x-4x".
struct text_parts {
  std::string prefix;
  std::string number;
  std::string suffix;
  std::string whole() const { return prefix + number + suffix; }
};

namespace detail {

/// A number with `sig` significant digits, trailing zeros dropped: 6.3096 -> "6.31".
inline std::string format_significant(double v, int sig) {
  if (v == 0) return "0";
  const double mag = std::floor(std::log10(v < 0 ? -v : v));
  int decimals = sig - 1 - static_cast<int>(mag);
  if (decimals < 0) decimals = 0;
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  std::string s(buf, res.ptr);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

/// A number with at most `decimals` decimals, trailing zeros dropped: 46.0206 -> "46.02".
inline std::string format_decimals(double v, int decimals) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  std::string s(buf, res.ptr);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

/// 50000 -> "50,000".
inline std::string format_grouped(double v) {
  const std::string digits = format_decimals(v < 0 ? -v : v, 0);
  std::string out;
  const auto n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i != 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return v < 0 ? "-" + out : out;
}

inline text_parts money_parts(double usd_value) {
  const double a = usd_value < 0 ? -usd_value : usd_value;
  // Round first, so $999.9k shows as $1M rather than $1000k.
  struct scale { double size; const char* suffix; };
  constexpr scale scales[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}, {1, ""}};
  for (const auto& s : scales) {
    if (a >= s.size * 0.9995 || s.size == 1) {
      return {"$", format_significant(usd_value / s.size, 3), s.suffix};
    }
  }
  return {"$", format_significant(usd_value, 3), ""};
}

inline text_parts multiplier_parts(double factor) { return {"", format_significant(factor, 3), "x"}; }
inline text_parts percent_parts(double share) { return {"", format_decimals(share * 100, 2), "%"}; }

inline text_parts span_parts(double secs) {
  const double a = secs < 0 ? -secs : secs;
  const double month = 2629746.0;
  if (a >= 36 * month) return {"", format_decimals(secs / (12 * month), 2), " years"};
  if (a >= 2 * month) return {"", format_decimals(secs / month, 2), " months"};
  if (a >= 86400.0) return {"", format_decimals(secs / 86400.0, 2), " days"};
  return {"", format_decimals(secs / 3600.0, 2), " hours"};
}

inline text_parts scientific_parts(double v, const char* unit) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific, 2);
  std::string s(buf, res.ptr);
  // "3.30e+24" -> "3.3e24": the form papers use.
  const auto e = s.find('e');
  std::string mant = s.substr(0, e);
  std::string expo = s.substr(e + 1);
  if (mant.find('.') != std::string::npos) {
    while (mant.back() == '0') mant.pop_back();
    if (mant.back() == '.') mant.pop_back();
  }
  if (expo[0] == '+') expo.erase(0, 1);
  const bool neg = expo[0] == '-';
  if (neg) expo.erase(0, 1);
  while (expo.size() > 1 && expo[0] == '0') expo.erase(0, 1);
  return {"", mant + "e" + (neg ? "-" : "") + expo, unit};
}

}  // namespace detail

/// Writes a value of any number type from the parts of one scalar. For a
/// floating type, the parts of its value; interval<T> and samples<T>
/// overload this to write a range or a summary.
template <std::floating_point T, class Parts>
std::string format_number(const T& x, Parts parts) {
  return parts(static_cast<double>(x)).whole();
}

template <number T>
std::string to_string(const money<T>& m) { return format_number(m.base_value(), detail::money_parts); }

template <number T>
std::string to_string(const compute<T>& c) {
  return format_number(c.base_value(), [](double v) { return detail::scientific_parts(v, " FLOP"); });
}

template <number T>
std::string to_string(const flop_rate<T>& r) {
  return format_number(r.base_value(), [](double v) { return detail::scientific_parts(v, " FLOP/s"); });
}

template <number T>
std::string to_string(const time_span<T>& s) { return format_number(s.base_value(), detail::span_parts); }

template <number T>
std::string to_string(const chip_count<T>& c) {
  return format_number(c.base_value(), [](double v) { return text_parts{"", detail::format_grouped(v), " chips"}; });
}

template <number T>
std::string to_string(const price_per_chip<T>& p) {
  return format_number(p.base_value(), [](double v) {
    auto parts = detail::money_parts(v);
    parts.suffix += " per chip";
    return parts;
  });
}

template <number T>
std::string to_string(const multiplier<T>& m) { return format_number(m.value(), detail::multiplier_parts); }

template <number T>
std::string to_string(const score<T>& s) { return format_number(s.share(), detail::percent_parts); }

template <number T>
std::string to_string(const points<T>& p) {
  return format_number(p.value(), [](double v) {
    return text_parts{v < 0 ? "" : "+", detail::format_decimals(v, 2), " points"};
  });
}

template <number T>
std::string to_string(const trend<T>& t) {
  return format_number(T(exp(t.log_rate())), [](double f) {
    auto parts = detail::multiplier_parts(f);
    parts.suffix += "/year";
    return parts;
  });
}

/// "halving every 6 months": a trend read as the fall of the cost it divides.
template <number T>
std::string halving_text(const trend<T>& t) {
  return "halving every " + to_string(t.halving_time());
}

/// "doubling every 16.03 months".
template <number T>
std::string doubling_text(const trend<T>& t) {
  return "doubling every " + to_string(t.doubling_time());
}

/// "2023-10-17".
inline std::string to_string(const date& d) {
  char buf[16];
  auto two = [](char* p, int v) { p[0] = static_cast<char>('0' + v / 10); p[1] = static_cast<char>('0' + v % 10); };
  auto r = std::to_chars(buf, buf + 5, d.year());
  *r.ptr = '-';
  two(r.ptr + 1, d.month());
  r.ptr[3] = '-';
  two(r.ptr + 4, d.day());
  return std::string(buf, r.ptr + 6);
}

}  // namespace curveshift
