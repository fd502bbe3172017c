// curveshift/text/format.hpp: values as a person writes them: "$5M", "4x",
// "1.68x/year", "halving every 6 months", "40%". A quantity is written in its
// kind's words (text/kinds.hpp); multipliers, scores, points, trends and
// dates here. No iostreams: curveshift/text/io.hpp adds std::ostream,
// curveshift/text/std_format.hpp adds std::format.
#pragma once

#include <charconv>
#include <concepts>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "curveshift/detail/decimal.hpp"
#include "curveshift/core/counts.hpp"
#include "curveshift/core/energy.hpp"
#include "curveshift/core/number.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/core/multiplier.hpp"
#include "curveshift/core/score.hpp"
#include "curveshift/core/trend.hpp"
#include "curveshift/core/date.hpp"
#include "curveshift/text/kinds.hpp"

namespace curveshift {

/// "4x", "1.2x", "0.83x".
template <number T>
std::string to_string(const multiplier<T>& m, digits p = {}) {
  detail::check_digits(p, "to_string(multiplier)");
  return format_number(m.value(), [p](double v) { return detail::multiplier_parts(v, p); });
}

/// "40%".
template <number T>
std::string to_string(const score<T>& s, digits p = {}) {
  detail::check_digits(p, "to_string(score)");
  return format_number(s.share(), [p](double v) { return detail::percent_parts(v, p); });
}

/// "+6.02 points".
template <number T>
std::string to_string(const points<T>& pts, digits p = {}) {
  detail::check_digits(p, "to_string(points)");
  return format_number(pts.value(), [p](double v) { return detail::points_parts(v, p); });
}

namespace detail {

/// Whether a rate of e^r per year is written as its factor: the factor as
/// written (rounded to the digits asked for) is at least 1e-300 and below
/// 1e300. Decided on the written factor, not on r, so that the factor's text
/// read back falls on the same side.
inline bool written_as_factor(double r, digits p) {
  const double f = std::exp(r);
  if (!(f > 0 && f < std::numeric_limits<double>::infinity())) return false;
  const int power = leading_power(significant_for(f, p, 3));
  return power >= -300 && power < 300;
}

/// The orders of magnitude per year of a rate not written as a factor,
/// rounded to the digits asked for. Rounded to nearest, they can land back
/// on the factor side ("-300.3 OOM/year" to 3 digits is -300, and 1e-300 is
/// a factor); then they step one unit of the last digit further from zero,
/// which is further from the line than the rate itself, so the text read
/// back is written the same way. (Drawn on the rate alone, "-304 OOM/year"
/// read back just inside the line was written "1e-304x/year": found by
/// tests/fuzz/fuzz_values.cpp.)
inline decimal orders_for(double r, digits p) {
  const double orders = r / static_cast<double>(ln10_wide);
  decimal d = significant_for(orders, p, 3);
  // (Only a rate past the line steps: a range with one end past it writes
  // both ends in OOM/year, and the end inside stays where it rounds.)
  if (p.is_full() || written_as_factor(r, p)) return d;
  const double written = value_of(d);
  if (written_as_factor(written * static_cast<double>(ln10_wide), p)) {
    const double unit = std::pow(10.0, leading_power(d) - significant_figures(p, 3) + 1);
    d = significant_for(orders < 0 ? written - unit : written + unit, p, 3);
  }
  return d;
}

}  // namespace detail

/// "4x/year", "1.68x/year". A rate whose factor per year would be written
/// as 1e300x/year or more, or below 1e-300x/year (a double holds factors
/// only to about 1e308), is written as orders of magnitude instead:
/// "1.57e6 OOM/year", which parse_trend reads back.
template <number T>
std::string to_string(const trend<T>& t, digits p = {}) {
  detail::check_digits(p, "to_string(trend)");
  const bool extreme = number_traits<T>::find_if_not(
      t.log_rate(), [p](auto r) { return detail::written_as_factor(static_cast<double>(r), p); });
  if (extreme) {
    return format_number(t.log_rate(), [p](double r) {
      return text_parts{"", detail::render(detail::orders_for(r, p)), " OOM/year"};
    });
  }
  return format_number(T(exp(t.log_rate())), [p](double f) {
    auto parts = detail::multiplier_parts(f, p);
    parts.suffix += "/year";
    return parts;
  });
}

/// "halving every 6 months": a trend read as the fall of the cost it divides.
template <number T>
std::string halving_text(const trend<T>& t, digits p = {}) {
  detail::check_digits(p, "halving_text");
  return "halving every " + to_string(t.halving_time(), p);
}

/// "doubling every 16.03 months".
template <number T>
std::string doubling_text(const trend<T>& t, digits p = {}) {
  detail::check_digits(p, "doubling_text");
  return "doubling every " + to_string(t.doubling_time(), p);
}

/// "2023-10-17". A date has no digits to choose; the precision is accepted so
/// every value type formats through one signature.
inline std::string to_string(const date& d, digits p = {}) {
  detail::check_digits(p, "to_string(date)");
  return detail::date_text(d);
}

namespace detail {
/// A value whose to_string takes a digits option ("$5M", "4x").
template <class V>
concept formattable_with_digits = requires(const V& v, digits p) {
  { to_string(v, p) } -> std::same_as<std::string>;
};
/// A value with a plain to_string() (a chip's name, a fleet, an export status).
template <class V>
concept formattable = formattable_with_digits<V> || requires(const V& v) {
  { to_string(v) } -> std::same_as<std::string>;
};
/// to_string(v, p) where the type takes digits, else to_string(v).
template <formattable V>
std::string text_of(const V& v, digits p) {
  if constexpr (formattable_with_digits<V>) {
    return to_string(v, p);
  } else {
    return to_string(v);
  }
}
}  // namespace detail

}  // namespace curveshift
