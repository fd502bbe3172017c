// curveshift/text/kinds.hpp: one declaration of each quantity kind's text
// (how a value is written, its unit words, the unit its numbers are read
// in), which to_string, operator<<, std::format, the parsers and the CSV
// reader all use. Adding a kind is one entry here: see CONTRIBUTING.md.
#pragma once

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "curveshift/core/counts.hpp"
#include "curveshift/core/energy.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/detail/decimal.hpp"
#include "curveshift/text/reading.hpp"
#include "curveshift/text/scanner.hpp"
#include "curveshift/text/units.hpp"

namespace curveshift {

/// How one quantity kind is written and read. A kind with no `parts` has no
/// text (to_string does not compile for it); one with no `read` is written
/// but not read.
template <class D>
struct quantity_text {
  const char* writer = nullptr;        // "to_string(money)", named in errors
  const char* parser = nullptr;        // "parse_money", named in parse errors
  const char* range_parser = nullptr;  // "parse_money_range"
  /// One value, given in base units, as prefix, number and suffix.
  text_parts (*parts)(double base, digits) = nullptr;
  /// Written after the value or after a whole range: "$20-25k per chip".
  const char* after = "";
  /// Reads one value or a range, in `read_unit`; the unit's maker checks it.
  detail::reading (*read)(detail::scanner&) = nullptr;
  unit<D> read_unit{1.0L, ""};
  /// At full precision, when `inexact` holds for any value, every value is
  /// written with `exact_parts` and `exact_after` instead (one unit for both
  /// bounds of a range): prices per token, whose per-million figure may not
  /// read back.
  bool (*inexact)(double base) = nullptr;
  text_parts (*exact_parts)(double base, digits) = nullptr;
  const char* exact_after = "";
};

/// The text of the kind of dimension D; specialised below for every kind the
/// library writes. The primary has no text.
template <class D>
inline constexpr quantity_text<D> quantity_text_for{};

namespace detail {

/// A dimension whose values have text.
template <class D>
concept has_text = quantity_text_for<D>.parts != nullptr;
/// A dimension whose values are also read back from text.
template <class D>
concept has_reader = has_text<D> && quantity_text_for<D>.read != nullptr;

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

inline std::optional<double> per_million_tokens(double v) {
  return exact_scaled(v, v * 1e6, [](double m) { return m / 1e6; });
}

/// "16.8 MWh"; at full precision, an energy whose watt-hours cannot read
/// back exactly is written in joules ("2.6e166 J").
inline text_parts energy_parts(double v, digits p) {
  if (p.is_full()) {
    if (const auto wh = exact_scaled(v, v / 3600.0, [](double w) { return 3600.0 * w; })) {
      return scaled_parts(*wh, "", si_letters, "Wh", p);
    }
    return text_parts{"", render(significant_for(v, p, 3)), " J"};
  }
  return scaled_parts(v / 3600.0, "", si_letters, "Wh", p);
}

/// "2,788,000 chip-hours": whole hours by default, "2.79M chip-hours" to the
/// digits asked for; at full precision, chip time whose hours cannot
/// multiply back exactly is written in chip-seconds.
inline text_parts chip_time_parts(double v, digits p) {
  if (p.is_default()) return chip_hours_parts(v);
  double h = v / 3600.0;
  if (p.is_full() && !exact_multiple(v, 3600.0, h)) return scaled_parts(v, "", count_letters, " chip-seconds", p);
  return scaled_parts(h, "", count_letters, " chip-hours", p);
}

// The readers of each kind: bounds in the kind's read unit.
inline reading read_compute(scanner& s) {
  return read_bounds(s, false, read_compute_unit, [&s](const number_text& n, int u) { return compute_value(s, n, u); });
}
inline reading read_flop_rate(scanner& s) {
  return read_bounds(s, false, read_flop_rate_unit, [&s](const number_text& n, int u) { return number_value(s, n, u); });
}
inline reading read_time_span(scanner& s) {
  return read_bounds(s, true, read_time_unit, [&s](const number_text& n, int u) { return span_value(s, n, u); });
}
inline reading read_chip_count(scanner& s) {
  skip_approximate(s);
  reading words;
  if (read_chip_words(s, words)) return words;
  return read_bounds(s, false, read_chip_unit, [&s](const number_text& n, int u) { return number_value(s, n, u); });
}
inline reading read_parameters(scanner& s) {
  return read_bounds(s, false, read_parameter_unit, [&s](const number_text& n, int u) { return number_value(s, n, u); });
}
inline reading read_tokens(scanner& s) {
  return read_bounds(s, false, read_token_unit, [&s](const number_text& n, int u) { return number_value(s, n, u); });
}
inline reading read_power(scanner& s) {
  return read_bounds(s, false, read_power_unit, [&s](const number_text& n, int u) { return number_value(s, n, u); });
}
inline reading read_energy(scanner& s) {
  return read_bounds(s, false, read_energy_unit, [&s](const number_text& n, int u) { return energy_value(s, n, u); });
}
inline reading read_chip_time(scanner& s) {
  return read_bounds(s, false, read_chip_time_unit, [&s](const number_text& n, int u) { return chip_time_value(s, n, u); });
}
/// A reading followed by words that must come after it ("per chip").
template <reading (*Read)(scanner&), void (*Then)(scanner&)>
reading read_then(scanner& s) {
  reading r = Read(s);
  Then(s);
  return r;
}
/// "$3 per million tokens": the price per token.
inline reading read_price_per_token(scanner& s) {
  reading r = read_money(s);
  const double per = read_per_tokens(s);
  r.lo /= per;
  r.hi /= per;
  return r;
}

}  // namespace detail

// ---- the kinds ----------------------------------------------------------------
// Each entry: what errors call its writer and parsers, one value's text,
// what follows a range, its reader and the unit the reader's numbers are in.

/// "$5M", "$625k", "$1.5T"; reads "$6M", "$1 million", "$20-50M", "a few $10M's".
template <>
inline constexpr quantity_text<money_dim> quantity_text_for<money_dim>{
    .writer = "to_string(money)", .parser = "parse_money", .range_parser = "parse_money_range",
    .parts = detail::money_parts, .read = detail::read_money, .read_unit = usd};

/// "3.3e24 FLOP"; reads "1e25 FLOPs", "3,640 PF-days".
template <>
inline constexpr quantity_text<compute_dim> quantity_text_for<compute_dim>{
    .writer = "to_string(compute)", .parser = "parse_compute", .range_parser = "parse_compute_range",
    .parts = [](double v, digits p) { return detail::scientific_parts(v, " FLOP", p); },
    .read = detail::read_compute, .read_unit = flop};

/// "9.89e14 FLOP/s"; reads "989 TFLOP/s", "2 exaFLOPS".
template <>
inline constexpr quantity_text<flop_rate_dim> quantity_text_for<flop_rate_dim>{
    .writer = "to_string(flop_rate)", .parser = "parse_flop_rate", .range_parser = "parse_flop_rate_range",
    .parts = [](double v, digits p) { return detail::scientific_parts(v, " FLOP/s", p); },
    .read = detail::read_flop_rate, .read_unit = flop_per_second};

/// "9 months", "1.5 years", "12 days"; reads "2 weeks", "9-12 months".
template <>
inline constexpr quantity_text<time_dim> quantity_text_for<time_dim>{
    .writer = "to_string(time_span)", .parser = "parse_time_span", .range_parser = "parse_time_span_range",
    .parts = detail::span_parts, .read = detail::read_time_span, .read_unit = seconds};

/// "50,000 chips"; reads "50k chips", "1.2 million GPUs", "a few thousand chips".
template <>
inline constexpr quantity_text<chip_dim> quantity_text_for<chip_dim>{
    .writer = "to_string(chip_count)", .parser = "parse_chip_count", .range_parser = "parse_chip_count_range",
    .parts = detail::chip_parts, .read = detail::read_chip_count, .read_unit = chips};

/// "$20k per chip"; a range keeps " per chip" outside it: "$0-$25k per chip".
template <>
inline constexpr quantity_text<price_per_chip_dim> quantity_text_for<price_per_chip_dim>{
    .writer = "to_string(price_per_chip)", .parser = "parse_price_per_chip",
    .range_parser = "parse_price_per_chip_range", .parts = detail::money_parts, .after = " per chip",
    .read = detail::read_then<detail::read_money, detail::expect_per_chip>, .read_unit = usd_per_chip};

/// "$2 per chip-hour": a rental price; reads "$2/GPU-hour".
template <>
inline constexpr quantity_text<price_per_chip_second_dim> quantity_text_for<price_per_chip_second_dim>{
    .writer = "to_string(price_per_chip_second)", .parser = "parse_price_per_chip_hour",
    .range_parser = "parse_price_per_chip_hour_range",
    .parts = [](double v, digits p) { return detail::money_parts(v * 3600.0, p); }, .after = " per chip-hour",
    .read = detail::read_then<detail::read_money, detail::expect_per_chip_hour>, .read_unit = usd_per_chip_hour};

/// "9.89e14 FLOP/s per chip": one chip's peak; reads "989 TFLOP/s per chip".
template <>
inline constexpr quantity_text<flop_rate_per_chip_dim> quantity_text_for<flop_rate_per_chip_dim>{
    .writer = "to_string(flop_rate_per_chip)", .parser = "parse_flop_rate_per_chip",
    .range_parser = "parse_flop_rate_per_chip_range",
    .parts = [](double v, digits p) { return detail::scientific_parts(v, " FLOP/s", p); }, .after = " per chip",
    .read = detail::read_then<detail::read_flop_rate, detail::expect_per_chip>,
    .read_unit = flop_per_second_per_chip};

/// "2,788,000 chip-hours"; reads "2.788M GPU-hours", "2,788K H800 GPU hours", "5,000 GPU-hr".
template <>
inline constexpr quantity_text<chip_time_dim> quantity_text_for<chip_time_dim>{
    .writer = "to_string(chip_time)", .parser = "parse_chip_time", .range_parser = "parse_chip_time_range",
    .parts = detail::chip_time_parts, .read = detail::read_chip_time, .read_unit = chip_seconds};

/// "70B parameters", "405B parameters"; reads "175 billion parameters", "405B params".
template <>
inline constexpr quantity_text<parameter_dim> quantity_text_for<parameter_dim>{
    .writer = "to_string(parameter_count)", .parser = "parse_parameter_count",
    .range_parser = "parse_parameter_count_range",
    .parts = [](double v, digits p) { return detail::scaled_parts(v, "", detail::count_letters, " parameters", p); },
    .read = detail::read_parameters, .read_unit = parameters};

/// "1.4T tokens", "15T tokens"; reads "15 trillion tokens".
template <>
inline constexpr quantity_text<token_dim> quantity_text_for<token_dim>{
    .writer = "to_string(token_count)", .parser = "parse_token_count", .range_parser = "parse_token_count_range",
    .parts = [](double v, digits p) { return detail::scaled_parts(v, "", detail::count_letters, " tokens", p); },
    .read = detail::read_tokens, .read_unit = tokens};

/// "$3 per million tokens", as API prices are quoted; reads "$15/M tokens",
/// "$0.000003 per token". At full precision, a price with any value whose
/// per-million figure cannot read back exactly is written per token, every
/// value of it.
template <>
inline constexpr quantity_text<price_per_token_dim> quantity_text_for<price_per_token_dim>{
    .writer = "to_string(price_per_token)", .parser = "parse_price_per_token",
    .range_parser = "parse_price_per_token_range",
    .parts = [](double v, digits p) { return detail::money_parts(p.is_full() ? *detail::per_million_tokens(v) : v * 1e6, p); },
    .after = " per million tokens", .read = detail::read_price_per_token, .read_unit = usd_per_token,
    .inexact = [](double v) { return !detail::per_million_tokens(v); }, .exact_parts = detail::money_parts,
    .exact_after = " per token"};

/// "20 tokens per parameter".
template <>
inline constexpr quantity_text<tokens_per_parameter_dim> quantity_text_for<tokens_per_parameter_dim>{
    .writer = "to_string(tokens_per_parameter)",
    .parts = [](double v, digits p) { return detail::bare_parts(v, p); }, .after = " tokens per parameter"};

/// "2,500 tokens per second".
template <>
inline constexpr quantity_text<token_rate_dim> quantity_text_for<token_rate_dim>{
    .writer = "to_string(token_rate)", .parts = [](double v, digits p) {
      return text_parts{"", p.is_default() ? detail::format_grouped(v) : detail::render(detail::significant_for(v, p, 3)),
                        " tokens per second"};
    }};

/// "1.2 GW", "700 W", "45 MW"; reads "1.2 gigawatts".
template <>
inline constexpr quantity_text<power_dim> quantity_text_for<power_dim>{
    .writer = "to_string(power)", .parser = "parse_power", .range_parser = "parse_power_range",
    .parts = [](double v, digits p) { return detail::scaled_parts(v, "", detail::si_letters, "W", p); },
    .read = detail::read_power, .read_unit = watts};

/// "700 W per chip": one chip's power (its TDP).
template <>
inline constexpr quantity_text<power_per_chip_dim> quantity_text_for<power_per_chip_dim>{
    .writer = "to_string(power_per_chip)",
    .parts = [](double v, digits p) { return detail::scaled_parts(v, "", detail::si_letters, "W", p); },
    .after = " per chip"};

/// "16.8 MWh", "1.2 GWh": energy in watt-hours, as electricity is sold;
/// reads "500 kWh", "1.2 gigawatt-hours", "3.6e6 J".
template <>
inline constexpr quantity_text<energy_dim> quantity_text_for<energy_dim>{
    .writer = "to_string(energy)", .parser = "parse_energy", .range_parser = "parse_energy_range",
    .parts = detail::energy_parts, .read = detail::read_energy, .read_unit = joules};

/// "$0.08 per kWh".
template <>
inline constexpr quantity_text<price_per_energy_dim> quantity_text_for<price_per_energy_dim>{
    .writer = "to_string(price_per_energy)",
    .parts = [](double v, digits p) { return detail::money_parts(v * 3.6e6, p); }, .after = " per kWh"};

// ---- written and read through the kinds ---------------------------------------

/// A dimension whose quantities have text (an entry above): to_string,
/// operator<< and std::format take them.
template <class D>
concept writable_kind = detail::has_text<D>;

/// A quantity as text, in its kind's words: "$5M", "3.3e24 FLOP", "$5-10M"
/// for a range; the digits asked for, or the kind's default.
template <writable_kind D, number T>
std::string to_string(const quantity<D, T>& q, digits p = {}) {
  constexpr const quantity_text<D>& kind = quantity_text_for<D>;
  detail::check_digits(p, kind.writer);
  bool exact_form = false;
  if constexpr (kind.inexact != nullptr) {
    if (p.is_full()) {
      (void)format_number(q.base_value(), [&exact_form](double v) {
        exact_form = exact_form || quantity_text_for<D>.inexact(v);
        return text_parts{};
      });
    }
  }
  if (exact_form) {
    return format_number(q.base_value(), [p](double v) { return quantity_text_for<D>.exact_parts(v, p); }) +
           kind.exact_after;
  }
  return format_number(q.base_value(), [p](double v) { return quantity_text_for<D>.parts(v, p); }) + kind.after;
}

namespace detail {
/// A quantity whose kind is read from text.
template <class Q>
concept readable_quantity = requires {
  typename Q::dimension_type;
  typename Q::value_type;
} && std::same_as<Q, quantity<typename Q::dimension_type, typename Q::value_type>> &&
                            has_reader<typename Q::dimension_type>;

template <class D, class T>
quantity<D, T> parse_kind(std::string_view text) {
  constexpr const quantity_text<D>& kind = quantity_text_for<D>;
  auto [sc, r] = parse_whole(text, std::is_floating_point_v<T> ? kind.parser : kind.range_parser, kind.read);
  const T v = number_from<T>(sc, r, kind.range_parser);
  return build(sc, r.lo_pos, [&] { return kind.read_unit(v); });
}
}  // namespace detail

/// A quantity read from text by parse<Q>: a kind with a reader, over double
/// or interval<double>.
template <class Q>
concept readable_quantity = detail::readable_quantity<Q> && (std::same_as<typename Q::value_type, double> ||
                                                              std::same_as<typename Q::value_type, interval<double>>);

/// A quantity read from text in its kind's words: parse<money<>>("$6M"),
/// parse<money<interval<>>>("$20-50M"), parse<chip_time<>>("2.788M GPU-hours").
/// A range reads only into an interval; a single value reads into either.
/// Errors are parse_errors naming the kind's parser ("parse_money").
template <readable_quantity Q>
Q parse(std::string_view text) {
  return detail::parse_kind<typename Q::dimension_type, typename Q::value_type>(text);
}

}  // namespace curveshift
