// curveshift/text/format.hpp: values as a person writes them: "$5M", "4x",
// "1.68x/year", "halving every 6 months", "40%". Only <string> and
// <charconv>: curveshift/io.hpp adds std::ostream, curveshift/std_format.hpp
// adds std::format.
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

namespace curveshift {

/// "$5M", "$625k", "$1.5T".
template <number T>
std::string to_string(const money<T>& m, digits p = {}) {
  detail::check_digits(p, "to_string(money)");
  return format_number(m.base_value(), [p](double v) { return detail::money_parts(v, p); });
}

/// "3.3e24 FLOP".
template <number T>
std::string to_string(const compute<T>& c, digits p = {}) {
  detail::check_digits(p, "to_string(compute)");
  return format_number(c.base_value(), [p](double v) { return detail::scientific_parts(v, " FLOP", p); });
}

/// "9.89e14 FLOP/s".
template <number T>
std::string to_string(const flop_rate<T>& r, digits p = {}) {
  detail::check_digits(p, "to_string(flop_rate)");
  return format_number(r.base_value(), [p](double v) { return detail::scientific_parts(v, " FLOP/s", p); });
}

/// "9 months", "1.5 years", "12 days".
template <number T>
std::string to_string(const time_span<T>& s, digits p = {}) {
  detail::check_digits(p, "to_string(time_span)");
  return format_number(s.base_value(), [p](double v) { return detail::span_parts(v, p); });
}

/// "50,000 chips".
template <number T>
std::string to_string(const chip_count<T>& c, digits p = {}) {
  detail::check_digits(p, "to_string(chip_count)");
  return format_number(c.base_value(), [p](double v) { return detail::chip_parts(v, p); });
}

/// "$20k per chip"; a range keeps " per chip" outside it: "$0-$25k per chip".
template <number T>
std::string to_string(const price_per_chip<T>& pr, digits p = {}) {
  detail::check_digits(p, "to_string(price_per_chip)");
  return format_number(pr.base_value(), [p](double v) { return detail::money_parts(v, p); }) + " per chip";
}

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

/// "70B parameters", "405B parameters".
template <number T>
std::string to_string(const parameter_count<T>& n, digits p = {}) {
  detail::check_digits(p, "to_string(parameter_count)");
  return format_number(n.base_value(), [p](double v) {
    return detail::scaled_parts(v, "", detail::count_letters, " parameters", p);
  });
}

/// "1.4T tokens", "15T tokens".
template <number T>
std::string to_string(const token_count<T>& d, digits p = {}) {
  detail::check_digits(p, "to_string(token_count)");
  return format_number(d.base_value(), [p](double v) { return detail::scaled_parts(v, "", detail::count_letters, " tokens", p); });
}

namespace detail {
/// For a value stored in base units but written in a scaled unit (joules as
/// Wh, dollars per token per million tokens): the scaled number, within two
/// ulps of the first guess, that the parser's `back` maps to exactly v, so
/// full-precision text reads back to the same double. None may exist (the map
/// skips doubles); the caller then writes the value in its base unit.
template <class Back>
std::optional<double> exact_scaled(double v, double guess, Back back) {
  double up = guess;
  double down = guess;
  for (int step = 0; step < 3; ++step) {
    if (equal(back(up), v)) return up;
    if (equal(back(down), v)) return down;
    up = std::nextafter(up, std::numeric_limits<double>::infinity());
    down = std::nextafter(down, -std::numeric_limits<double>::infinity());
  }
  return std::nullopt;
}
}  // namespace detail

/// "$3 per million tokens", as API prices are quoted. At full precision, a
/// price with any value whose per-million figure cannot read back exactly is
/// written per token, every value of it (one unit for a range's two bounds).
template <number T>
std::string to_string(const price_per_token<T>& price, digits p = {}) {
  detail::check_digits(p, "to_string(price_per_token)");
  const auto per_million = [](double v) { return detail::exact_scaled(v, v * 1e6, [](double m) { return m / 1e6; }); };
  bool per_token = false;
  if (p.is_full()) {
    (void)format_number(price.base_value(), [&per_token, &per_million](double v) {
      per_token = per_token || !per_million(v);
      return text_parts{};
    });
  }
  if (per_token) {
    return format_number(price.base_value(), [p](double v) { return detail::money_parts(v, p); }) + " per token";
  }
  return format_number(price.base_value(), [p, &per_million](double v) {
           return detail::money_parts(p.is_full() ? *per_million(v) : v * 1e6, p);
         }) +
         " per million tokens";
}

/// "20 tokens per parameter".
template <number T>
std::string to_string(const tokens_per_parameter<T>& r, digits p = {}) {
  detail::check_digits(p, "to_string(tokens_per_parameter)");
  return format_number(r.base_value(), [p](double v) { return detail::bare_parts(v, p); }) + " tokens per parameter";
}

/// "2,500 tokens per second".
template <number T>
std::string to_string(const token_rate<T>& r, digits p = {}) {
  detail::check_digits(p, "to_string(token_rate)");
  return format_number(r.base_value(), [p](double v) {
    return text_parts{"", p.is_default() ? detail::format_grouped(v) : detail::render(detail::significant_for(v, p, 3)),
                      " tokens per second"};
  });
}

/// "1.2 GW", "700 W", "45 MW".
template <number T>
std::string to_string(const power<T>& w, digits p = {}) {
  detail::check_digits(p, "to_string(power)");
  return format_number(w.base_value(), [p](double v) { return detail::scaled_parts(v, "", detail::si_letters, "W", p); });
}

/// "700 W per chip": one chip's power (its TDP).
template <number T>
std::string to_string(const power_per_chip<T>& w, digits p = {}) {
  detail::check_digits(p, "to_string(power_per_chip)");
  return format_number(w.base_value(), [p](double v) { return detail::scaled_parts(v, "", detail::si_letters, "W", p); }) +
         " per chip";
}

/// "16.8 MWh", "1.2 GWh": energy in watt-hours, as electricity is sold. At
/// full precision, an energy whose watt-hours cannot read back exactly is
/// written in joules ("2.6e166 J").
template <number T>
std::string to_string(const energy<T>& e, digits p = {}) {
  detail::check_digits(p, "to_string(energy)");
  return format_number(e.base_value(), [p](double v) {
    if (p.is_full()) {
      if (const auto wh = detail::exact_scaled(v, v / 3600.0, [](double w) { return 3600.0 * w; })) {
        return detail::scaled_parts(*wh, "", detail::si_letters, "Wh", p);
      }
      return text_parts{"", detail::render(detail::significant_for(v, p, 3)), " J"};
    }
    return detail::scaled_parts(v / 3600.0, "", detail::si_letters, "Wh", p);
  });
}

/// "$0.08 per kWh".
template <number T>
std::string to_string(const price_per_energy<T>& price, digits p = {}) {
  detail::check_digits(p, "to_string(price_per_energy)");
  return format_number(price.base_value(), [p](double v) { return detail::money_parts(v * 3.6e6, p); }) + " per kWh";
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
