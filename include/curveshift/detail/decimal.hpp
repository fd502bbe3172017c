// curveshift/detail/decimal.hpp: the decimal engine that writes numbers as a
// person would ("5", "6.31", "50,000", "1.2e25"), the digits option and the
// parts (prefix, number, suffix) a value's text is made of. It sits below
// every layer so that any layer can write a value into an error message
// without the text layer (curveshift/text/format.hpp), which writes whole
// values ("$5M", "4x/year") from these parts.
#pragma once

#include <charconv>
#include <concepts>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "curveshift/detail/fail.hpp"
#include "curveshift/detail/math.hpp"

namespace curveshift {

/// A value written as prefix, number and suffix ("$" "5" "M"), so a range can
/// share its unit: "2.8-4x" rather than "2.8x-4x".
struct text_parts {
  std::string prefix;
  std::string number;
  std::string suffix;
  std::string singular = {};  // the suffix after exactly 1, where it differs ("1 day")
  std::string whole() const {
    const bool one = number == "1" || number == "-1";
    return prefix + number + (one && !singular.empty() ? singular : suffix);
  }
};

/// How many digits a value shows. The default, digits{}, is each form's own:
/// 3 significant figures for money, multipliers, trends and FLOP ("$5M", "6.31x"),
/// up to 2 decimals for percent, points and spans ("46.02%", "16.03 months"),
/// whole chips ("50,000 chips"). digits{n}, n in [1, 17], shows n significant
/// figures in every form; digits::full() shows the shortest digits that read
/// back as the same value, so parse(to_string(v, digits::full())) == v.
/// A stream takes it as a sticky manipulator (`os << digits{4}`, see io.hpp),
/// std::format as "{:.4}" and "{:r}" (see std_format.hpp).
struct digits {
  /// 0: the form's default; 1..17: significant figures; -1: full (shortest round trip).
  int count = 0;

  static constexpr digits full() { return digits{-1}; }
  constexpr bool is_default() const { return count == 0; }
  constexpr bool is_full() const { return count == -1; }
  friend constexpr bool operator==(digits, digits) = default;
};

namespace detail {

/// Rejects a digits option outside {default, 1..17, full}.
inline void check_digits(digits p, const char* function) {
  if (p.count < -1 || p.count > 17) {
    fail(function, "digits", p.count, "0 (the default), 1..17 significant figures or digits::full()");
  }
}

/// A finite decimal: the integer `digits` times 10^exponent, sign apart. Text is
/// built from it so scaling by 10^3 ("k", "M") or 10^2 (percent) moves the
/// decimal point instead of dividing in binary, which keeps round trips exact.
struct decimal {
  bool negative = false;
  std::string digits;  // no leading zeros; empty for zero
  int exponent = 0;
};

/// Reads to_chars' scientific output ("-3.30e+24") into a decimal, trailing
/// zeros dropped; fixed output ("-1234.50") reads the same way, with no
/// exponent part.
inline decimal decimal_from_chars(std::string_view s) {
  decimal d;
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') { d.negative = true; ++i; }
  int fraction_digits = 0;
  bool in_fraction = false;
  for (; i < s.size() && s[i] != 'e'; ++i) {
    if (s[i] == '.') { in_fraction = true; continue; }
    d.digits.push_back(s[i]);
    if (in_fraction) ++fraction_digits;
  }
  int e = 0;
  if (i < s.size()) std::from_chars(s.data() + i + 1 + (s[i + 1] == '+' ? 1 : 0), s.data() + s.size(), e);
  d.exponent = e - fraction_digits;
  while (!d.digits.empty() && d.digits.back() == '0') { d.digits.pop_back(); ++d.exponent; }
  std::size_t lead = 0;
  while (lead < d.digits.size() && d.digits[lead] == '0') ++lead;
  d.digits.erase(0, lead);
  if (d.digits.empty()) { d.exponent = 0; d.negative = false; }
  return d;
}

/// v with `sig` significant figures (correctly rounded), or with the shortest
/// digits that read back as v when sig is -1.
inline decimal decimal_significant(double v, int sig) {
  char buf[64];
  const auto res = sig < 0 ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific)
                           : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific, sig - 1);
  return decimal_from_chars(std::string_view(buf, static_cast<std::size_t>(res.ptr - buf)));
}

/// v rounded to `decimals` decimals, computed in decimal from v's exact value.
inline decimal decimal_fixed(double v, int decimals) {
  // A double has at most 309 integer digits; fixed output needs sign, point and decimals beyond that.
  char buf[400];
  const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  // Fixed output is scientific output without the exponent part.
  return decimal_from_chars(std::string_view(buf, static_cast<std::size_t>(res.ptr - buf)));
}

/// The power of ten of the leading digit: 3 for 5000, -1 for 0.25.
inline int leading_power(const decimal& d) {
  return d.digits.empty() ? 0 : static_cast<int>(d.digits.size()) - 1 + d.exponent;
}

/// Writes d / 10^shift: fixed notation ("0.000625", "2500") from 1e-6 up to
/// 1e21, scientific beyond ("3.3e24", "1e-9"), as to_chars' general form does.
inline std::string render(const decimal& d, int shift = 0) {
  if (d.digits.empty()) return "0";
  std::string out = d.negative ? "-" : "";
  const int n = static_cast<int>(d.digits.size());
  const int e = d.exponent - shift;
  const int lead = n - 1 + e;
  if (lead < -6 || lead >= 21) {
    out += d.digits[0];
    if (n > 1) out.append(".").append(d.digits, 1);
    char buf[16];
    const auto res = std::to_chars(buf, buf + sizeof buf, lead);
    out.append("e").append(buf, res.ptr);
  } else if (e >= 0) {
    out.append(d.digits).append(static_cast<std::size_t>(e), '0');
  } else if (-e < n) {
    out.append(d.digits, 0, static_cast<std::size_t>(n + e)).append(".").append(d.digits, static_cast<std::size_t>(n + e));
  } else {
    out.append("0.").append(static_cast<std::size_t>(-e - n), '0').append(d.digits);
  }
  return out;
}

/// The double that text written from d reads back as: +-inf past the
/// largest double (where from_chars reports the range and leaves v alone).
inline double value_of(const decimal& d) {
  const std::string text = render(d);
  double v = 0;
  const auto res = std::from_chars(text.data(), text.data() + text.size(), v);
  if (res.ec == std::errc::result_out_of_range && leading_power(d) > 0) {
    v = d.negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  }
  return v;
}

/// v to `sig` significant figures, cut rather than rounded where rounding
/// would pass the largest double (1.7977e308 to 3 figures rounds to 1.8e308,
/// which no double holds, so "1.8e308x" would not parse: found by
/// tests/fuzz/fuzz_values.cpp; cut, it is 1.79e308, which reads back to the
/// same text). More figures instead would not: read back, the value needs
/// fewer again.
inline decimal readable_significant(double v, int sig) {
  decimal d = decimal_significant(v, sig);
  if (sig <= 0 || std::abs(value_of(d)) <= std::numeric_limits<double>::max()) return d;
  d = decimal_significant(v, 17);
  const auto keep = static_cast<std::size_t>(sig);
  if (d.digits.size() > keep) {
    d.exponent += static_cast<int>(d.digits.size() - keep);
    d.digits.resize(keep);
  }
  while (!d.digits.empty() && d.digits.back() == '0') {
    d.digits.pop_back();
    ++d.exponent;
  }
  return d;
}

/// The significant figures asked for: the form's default, or digits{n}'s n
/// (-1 for full precision).
inline int significant_figures(digits p, int default_sig) { return p.is_default() ? default_sig : p.count; }

/// The decimal of v for a form whose default is `default_sig` significant figures.
inline decimal significant_for(double v, digits p, int default_sig) {
  const int sig = significant_figures(p, default_sig);
  // Deep in the subnormals a double holds fewer digits than asked for (the
  // double nearest 1e-321 is 9.98e-322); there its shortest text, which
  // reads back to it, is all it has. (Found by tests/fuzz/fuzz_values.cpp:
  // "1e-321x" read back was written "9.98e-322x".)
  if (sig > 0 && !detail::equal(v, 0) && std::abs(v) < std::numeric_limits<double>::min()) {
    decimal shortest = decimal_significant(v, -1);
    if (static_cast<int>(shortest.digits.size()) < sig) return shortest;
  }
  return readable_significant(v, sig);
}

/// The decimal of v for a form whose default is `default_decimals` decimals,
/// and at most 15 significant digits. A double holds any 15-digit decimal
/// (DBL_DIG), so default text reads back to the same text; with more (2
/// decimals of 2.1e13 years is 16 digits) the last one can come back changed
/// after the reading's and writing's unit conversions, as
/// tests/fuzz/fuzz_parse_time_span found: "21086751327454.26 years" read back
/// and written as "21086751327454.27 years".
inline decimal decimals_for(double v, digits p, int default_decimals) {
  if (!p.is_default()) return readable_significant(v, p.count);
  decimal d = decimal_fixed(v, default_decimals);
  if (d.digits.size() > 15) d = readable_significant(v, 15);
  return d;
}

/// A number with at most `decimals` decimals, trailing zeros dropped: 46.0206 -> "46.02".
inline std::string format_decimals(double v, int decimals) { return render(decimal_fixed(v, decimals)); }

/// Thousands separators in the whole part of a fixed number: "50000" -> "50,000".
inline std::string group_thousands(const std::string& s) {
  if (s.find('e') != std::string::npos) return s;  // scientific: nothing to group
  const std::size_t sign = (!s.empty() && s[0] == '-') ? 1 : 0;
  std::size_t point = s.find('.');
  if (point == std::string::npos) point = s.size();
  const std::size_t n = point - sign;
  std::string out = s.substr(0, sign);
  for (std::size_t i = 0; i < n; ++i) {
    if (i != 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(s[sign + i]);
  }
  return out + s.substr(point);
}

/// 50000 -> "50,000".
inline std::string format_grouped(double v) { return group_thousands(format_decimals(v, 0)); }

/// Scale letters, trillions to thousands: "$1.5T", "70B parameters" / "1.2 GW".
struct scale_letters {
  const char* letters[4];
  bool spaced;  // "1.2 GW" (SI: a space, then the prefixed unit) or "70B parameters"
};
inline constexpr scale_letters count_letters{{"T", "B", "M", "k"}, false};
inline constexpr scale_letters si_letters{{"T", "G", "M", "k"}, true};

/// A number with a scale letter and then `unit`; the scale is chosen after
/// rounding, so 999.9k is "1M". Money, counts, power and energy share it.
inline text_parts scaled_parts(double v, const char* prefix, const scale_letters& scale, const char* unit,
                               digits p) {
  const decimal d = significant_for(v, p, 3);
  const int lead = leading_power(d);
  const std::string space = scale.spaced ? " " : "";
  constexpr int powers[4] = {12, 9, 6, 3};
  for (int i = 0; i < 4; ++i) {
    if (lead >= powers[i]) return {prefix, render(d, powers[i]), space + scale.letters[i] + unit};
  }
  return {prefix, render(d), space + unit};
}

/// "$5M", "$625k", "$1.5T": the scale is chosen after rounding, so $999.9k is "$1M".
inline text_parts money_parts(double usd_value, digits p = {}) {
  return scaled_parts(usd_value, "$", count_letters, "", p);
}

inline text_parts multiplier_parts(double factor, digits p = {}) {
  return {"", render(significant_for(factor, p, 3)), "x"};
}

/// "40%": the share's decimal point moved by two places, so "46.02%" is exact decimal arithmetic.
inline text_parts percent_parts(double share, digits p = {}) {
  return {"", render(decimals_for(share, p, 4), -2), "%"};
}

/// "+6.02 points"; the sign comes from the rounded digits, so -0.001 is "+0 points".
inline text_parts points_parts(double value, digits p = {}) {
  const decimal d = decimals_for(value, p, 2);
  return {d.negative ? "" : "+", render(d), " points"};
}

/// A double x near v / factor for which x * factor (in double, as a unit maker
/// computes it) is exactly v, if one exists; used by full precision.
inline bool exact_multiple(double v, double factor, double& x) {
  const double x0 = v / factor;
  double up = x0;
  double down = x0;
  for (int step = 0; step < 6; ++step) {
    if (detail::equal(up * factor, v)) { x = up; return true; }
    if (detail::equal(down * factor, v)) { x = down; return true; }
    up = std::nextafter(up, std::numeric_limits<double>::infinity());
    down = std::nextafter(down, -std::numeric_limits<double>::infinity());
  }
  return false;
}

/// The unit a span is written in: years from 36 months, months from 2,
/// days from 1, hours from 0.01 (36 seconds), seconds below (so a short span
/// is "30 seconds", not "0 hours"). Each threshold is on the larger unit's
/// grid of 2 decimals, so a span at or past it is still there once rounded.
struct span_unit {
  double factor;  // seconds per unit, as the unit's maker (years, months, ...) multiplies
  const char* suffix;
};
inline span_unit span_unit_of(double secs) {
  const double a = secs < 0 ? -secs : secs;
  constexpr double month = 2629746.0;
  if (a >= 36 * month) return {12 * month, " years"};
  if (a >= 2 * month) return {month, " months"};
  if (a >= 86400.0) return {86400.0, " days"};
  if (a >= 36.0) return {3600.0, " hours"};
  return {1.0, " seconds"};
}

/// "12 days", and "1 day": the unit's plural loses its "s" after exactly 1
/// (a range keeps the plural: "1-3 days").
inline text_parts span_text(const decimal& d, const char* plural) {
  std::string unit = plural;
  std::string one = unit.substr(0, unit.size() - 1);
  return {"", render(d), std::move(unit), std::move(one)};
}

/// "9 months", "5 years", "12 days", "5 hours", "30 seconds"; full precision
/// falls back to seconds when no decimal in the natural unit multiplies back
/// to the exact value.
inline text_parts span_parts(double secs, digits p = {}) {
  const span_unit u = span_unit_of(secs);
  if (p.is_full()) {
    double x = 0;
    if (exact_multiple(secs, u.factor, x)) return span_text(decimal_significant(x, -1), u.suffix);
    return span_text(decimal_significant(secs, -1), " seconds");
  }
  const decimal d = decimals_for(secs / u.factor, p, 2);
  // The unit is chosen on the span and the number rounded after, so the
  // text can read back as a span of a larger unit: 35.996 months is written
  // "36 months", which reads back as 3 years. Then the span read back is
  // written instead ("3 years"), which reads back to itself. (Found by
  // tests/fuzz/fuzz_values.cpp.)
  const double back = value_of(d) * u.factor;  // what the unit's maker reads back, bit for bit
  const span_unit larger = span_unit_of(back);
  if (!detail::equal(larger.factor, u.factor)) return span_text(decimals_for(back / larger.factor, p, 2), larger.suffix);
  return span_text(d, u.suffix);
}

/// "3.3e24": the form papers use, always scientific.
inline std::string scientific_number(double v, digits p) {
  const decimal d = significant_for(v, p, 3);
  if (d.digits.empty()) return "0";
  std::string out = d.negative ? "-" : "";
  out += d.digits[0];
  if (d.digits.size() > 1) out.append(".").append(d.digits, 1);
  char buf[16];
  const auto res = std::to_chars(buf, buf + sizeof buf, leading_power(d));
  return out.append("e").append(buf, res.ptr);
}

inline text_parts scientific_parts(double v, const char* unit, digits p = {}) {
  return {"", scientific_number(v, p), unit};
}

/// A bare number (no unit): "1.5", "0.34", "406.4"; default_sig significant
/// figures by default, or the digits asked for.
inline text_parts bare_parts(double v, digits p, int default_sig = 3) {
  return {"", render(significant_for(v, p, default_sig)), ""};
}

/// "50,000 chips": whole chips by default (a fleet's average can be fractional).
inline text_parts chip_parts(double count, digits p = {}) {
  const decimal d = p.is_default() ? decimal_fixed(count, 0) : readable_significant(count, p.count);
  return {"", group_thousands(render(d)), " chips"};
}

/// "2,788,000 chip-hours" from chip-seconds.
inline text_parts chip_hours_parts(double chip_seconds) {
  return {"", format_grouped(chip_seconds / 3600.0), " chip-hours"};
}

}  // namespace detail

/// Writes a value of any number type from the parts of one scalar. For a
/// floating type, the parts of its value; interval<T> and samples<T>
/// overload this to write a range or a summary.
template <std::floating_point T, class Parts>
std::string format_number(const T& x, Parts parts) {
  return parts(static_cast<double>(x)).whole();
}


}  // namespace curveshift
