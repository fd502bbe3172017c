// curveshift/parse_counts.hpp: reading counts, power, energy and prices per
// token as people write them: "70B parameters", "15T tokens", "1.2 GW",
// "16.8 MWh", "$3 per million tokens", and ranges of each ("7-70B
// parameters"). Every form that to_string writes reads back. Included by
// parse.hpp, whose scanner and errors it shares.
#pragma once

#include <string_view>

#include "curveshift/core/counts.hpp"
#include "curveshift/core/energy.hpp"
#include "curveshift/text/parse.hpp"

namespace curveshift {
namespace detail {

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

}  // namespace detail

namespace detail {
template <class T>
parameter_count<T> parse_parameters_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    return read_bounds(s, false, read_parameter_unit, [&s](const number_text& n, int scale) { return number_value(s, n, scale); });
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return curveshift::parameters(v); });
}

template <class T>
token_count<T> parse_tokens_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    return read_bounds(s, false, read_token_unit, [&s](const number_text& n, int scale) { return number_value(s, n, scale); });
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return curveshift::tokens(v); });
}

template <class T>
power<T> parse_power_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    return read_bounds(s, false, read_power_unit, [&s](const number_text& n, int prefix) { return number_value(s, n, prefix); });
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return watts(v); });
}

template <class T>
energy<T> parse_energy_as(std::string_view text, const char* function, const char* range_function) {
  auto [sc, r] = parse_whole(text, function, [](scanner& s) {
    return read_bounds(s, false, read_energy_unit, [&s](const number_text& n, int unit) { return energy_value(s, n, unit); });
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return joules(v); });
}

template <class T>
price_per_token<T> parse_price_per_token_as(std::string_view text, const char* function, const char* range_function) {
  double per = 1;
  auto [sc, r] = parse_whole(text, function, [&per](scanner& s) {
    reading m = read_money(s);
    per = read_per_tokens(s);
    return m;
  });
  const T v = number_from<T>(sc, r, range_function);
  return build(sc, r.lo_pos, [&] { return usd_per_token(T(v / per)); });
}
}  // namespace detail

/// "70B parameters", "175 billion parameters", "405B params".
inline parameter_count<> parse_parameter_count(std::string_view text) {
  return detail::parse_parameters_as<double>(text, "parse_parameter_count", "parse_parameter_count_range");
}
/// "7-70B parameters", "7B to 70B parameters".
inline parameter_count<interval<>> parse_parameter_count_range(std::string_view text) {
  return detail::parse_parameters_as<interval<>>(text, "parse_parameter_count_range", "parse_parameter_count_range");
}
/// "1.4T tokens", "15 trillion tokens".
inline token_count<> parse_token_count(std::string_view text) {
  return detail::parse_tokens_as<double>(text, "parse_token_count", "parse_token_count_range");
}
/// "1.4-2.8T tokens".
inline token_count<interval<>> parse_token_count_range(std::string_view text) {
  return detail::parse_tokens_as<interval<>>(text, "parse_token_count_range", "parse_token_count_range");
}
/// "1.2 GW", "700 W", "45 MW", "1.2 gigawatts".
inline power<> parse_power(std::string_view text) {
  return detail::parse_power_as<double>(text, "parse_power", "parse_power_range");
}
/// "1-1.5 GW".
inline power<interval<>> parse_power_range(std::string_view text) {
  return detail::parse_power_as<interval<>>(text, "parse_power_range", "parse_power_range");
}
/// "16.8 MWh", "500 kWh", "1.2 gigawatt-hours", "3.6e6 J".
inline energy<> parse_energy(std::string_view text) {
  return detail::parse_energy_as<double>(text, "parse_energy", "parse_energy_range");
}
/// "10-20 GWh".
inline energy<interval<>> parse_energy_range(std::string_view text) {
  return detail::parse_energy_as<interval<>>(text, "parse_energy_range", "parse_energy_range");
}
/// "$3 per million tokens", "$15/M tokens", "$0.000003 per token".
inline price_per_token<> parse_price_per_token(std::string_view text) {
  return detail::parse_price_per_token_as<double>(text, "parse_price_per_token", "parse_price_per_token_range");
}
/// "$3-15 per million tokens".
inline price_per_token<interval<>> parse_price_per_token_range(std::string_view text) {
  return detail::parse_price_per_token_as<interval<>>(text, "parse_price_per_token_range", "parse_price_per_token_range");
}

}  // namespace curveshift
