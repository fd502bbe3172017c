// curveshift/text/parse_counts.hpp: reading counts, power, energy and prices
// per token as people write them: "70B parameters", "15T tokens", "1.2 GW",
// "16.8 MWh", "$3 per million tokens", and ranges of each ("7-70B
// parameters"). Every form that to_string writes reads back; each kind's
// words are its entry in text/kinds.hpp.
#pragma once

#include <string_view>

#include "curveshift/core/counts.hpp"
#include "curveshift/core/energy.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/text/kinds.hpp"

namespace curveshift {

/// "70B parameters", "175 billion parameters", "405B params".
inline parameter_count<> parse_parameter_count(std::string_view text) { return parse<parameter_count<>>(text); }
/// "7-70B parameters", "7B to 70B parameters".
inline parameter_count<interval<>> parse_parameter_count_range(std::string_view text) {
  return parse<parameter_count<interval<>>>(text);
}
/// "1.4T tokens", "15 trillion tokens".
inline token_count<> parse_token_count(std::string_view text) { return parse<token_count<>>(text); }
/// "1.4-2.8T tokens".
inline token_count<interval<>> parse_token_count_range(std::string_view text) {
  return parse<token_count<interval<>>>(text);
}
/// "1.2 GW", "700 W", "45 MW", "1.2 gigawatts".
inline power<> parse_power(std::string_view text) { return parse<power<>>(text); }
/// "1-1.5 GW".
inline power<interval<>> parse_power_range(std::string_view text) { return parse<power<interval<>>>(text); }
/// "16.8 MWh", "500 kWh", "1.2 gigawatt-hours", "3.6e6 J".
inline energy<> parse_energy(std::string_view text) { return parse<energy<>>(text); }
/// "10-20 GWh".
inline energy<interval<>> parse_energy_range(std::string_view text) { return parse<energy<interval<>>>(text); }
/// "$3 per million tokens", "$15/M tokens", "$0.000003 per token".
inline price_per_token<> parse_price_per_token(std::string_view text) { return parse<price_per_token<>>(text); }
/// "$3-15 per million tokens".
inline price_per_token<interval<>> parse_price_per_token_range(std::string_view text) {
  return parse<price_per_token<interval<>>>(text);
}

}  // namespace curveshift
