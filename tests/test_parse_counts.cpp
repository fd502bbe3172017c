// Reading counts, power, energy and prices per token as people write them.
#include <curveshift/curveshift.hpp>
#include <curveshift/text/parse.hpp>
#include "curveshift/text/parse_counts.hpp"

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("parameter and token counts read back", "[parse][counts]") {
  CHECK(parse_parameter_count("70B parameters").in(billion_parameters) == Approx(70.0));
  CHECK(parse_parameter_count("175 billion parameters").in(parameters) == Approx(175e9));
  CHECK(parse_parameter_count("405B params").in(billion_parameters) == Approx(405.0));
  CHECK(parse_parameter_count("~1.8T parameters").in(trillion_parameters) == Approx(1.8));
  CHECK(parse_token_count("1.4T tokens").in(trillion_tokens) == Approx(1.4));
  CHECK(parse_token_count("15 trillion tokens").in(tokens) == Approx(15e12));
  const auto range = parse_parameter_count_range("7-70B parameters");
  CHECK(lower(range).in(billion_parameters) == Approx(7.0));
  CHECK(upper(range).in(billion_parameters) == Approx(70.0));
  CHECK(to_string(parse_token_count_range("1.4-2.8T tokens")) == "1.4-2.8T tokens");
  // Text reads back to itself.
  for (const auto* text : {"70B parameters", "32.5B parameters", "125M parameters", "7 parameters"}) {
    CHECK(to_string(parse_parameter_count(text)) == text);
  }
  CHECK(to_string(parse_token_count("2.98T tokens")) == "2.98T tokens");
}

TEST_CASE("power and energy read back", "[parse][energy]") {
  CHECK(parse_power("1.2 GW").in(gigawatts) == Approx(1.2));
  CHECK(parse_power("700 W").in(watts) == Approx(700.0));
  CHECK(parse_power("700W").in(watts) == Approx(700.0));
  CHECK(parse_power("45 MW").in(megawatts) == Approx(45.0));
  CHECK(parse_power("1.2 gigawatts").in(gigawatts) == Approx(1.2));
  CHECK(parse_power("300 kW").in(kilowatts) == Approx(300.0));
  // 16.8 MWh = 16.8e6 Wh x 3600 J/Wh = 6.048e10 J.
  CHECK(parse_energy("16.8 MWh").in(joules) == Approx(6.048e10));
  CHECK(parse_energy("500 kWh").in(kilowatt_hours) == Approx(500.0));
  CHECK(parse_energy("1.2 gigawatt-hours").in(gigawatt_hours) == Approx(1.2));
  CHECK(parse_energy("3.6e6 J").in(kilowatt_hours) == Approx(1.0));
  CHECK(to_string(parse_power_range("1-1.5 GW")) == "1-1.5 GW");
  CHECK(to_string(parse_energy_range("10-20 GWh")) == "10-20 GWh");
  // Each bound keeps its own unit: 3.66 J to 2.0655 Wh (7,436 J). fuzz_parse_counts found the
  // lower bound's joules taken for "no unit" and given the upper bound's Wh (13,176 J > 7,436 J).
  const auto mixed = parse_energy_range("3.66 J-2.0655555555555556 Wh");
  CHECK(lower(mixed).in(joules) == Approx(3.66));
  CHECK(upper(mixed).in(joules) == Approx(7436.0));
  for (const auto* text : {"1.59 GW", "700 W", "45 MW"}) CHECK(to_string(parse_power(text)) == text);
  for (const auto* text : {"526 MWh", "16.8 MWh", "1.2 GWh"}) CHECK(to_string(parse_energy(text)) == text);
}

TEST_CASE("full-precision text reads back to the same double (found by fuzz_parse_counts)", "[parse][energy]") {
  // 2.6e166 J in Wh is 2.6e166 / 3600, whose nearest double times 3600 is not 2.6e166: no
  // watt-hour figure reads back exactly, so full-precision text falls back to joules.
  const auto e = joules(2.6e166);
  CHECK(parse_energy(to_string(e, digits::full())).in(joules) == e.in(joules));
  CHECK(to_string(e, digits::full()) == "2.6e166 J");
  // Where a watt-hour figure does read back, it is used: 1 kWh.
  CHECK(to_string(kilowatt_hours(1), digits::full()) == "1 kWh");
  // The same for prices per million tokens; $3 per million tokens reads back as written.
  CHECK(to_string(usd_per_million_tokens(3), digits::full()) == "$3 per million tokens");
  for (const double v : {1e-300, 3.3333333333333333e-7, 7.777777777777777e-5, 1.2345678901234567e-10}) {
    const auto price = usd_per_token(v);
    CHECK(parse_price_per_token(to_string(price, digits::full())).in(usd_per_token) == v);
    // A range with one bound that cannot be written per million is written per token,
    // both bounds (fuzz_parse_counts found "$1M-$1e160T per token").
    const auto range = usd_per_token(interval{1.0, 1.0000326e172});
    const auto back = parse_price_per_token_range(to_string(range, digits::full()));
    CHECK(lower(back).in(usd_per_token) == 1.0);
    CHECK(upper(back).in(usd_per_token) == 1.0000326e172);
    const auto energy_v = joules(v * 1e200);
    CHECK(parse_energy(to_string(energy_v, digits::full())).in(joules) == v * 1e200);
  }
}

TEST_CASE("prices per token read back", "[parse][inference]") {
  CHECK(parse_price_per_token("$3 per million tokens").in(usd_per_million_tokens) == Approx(3.0));
  CHECK(parse_price_per_token("$15/M tokens").in(usd_per_million_tokens) == Approx(15.0));
  CHECK(parse_price_per_token("$3/1M tokens").in(usd_per_million_tokens) == Approx(3.0));
  CHECK(parse_price_per_token("$0.000003 per token").in(usd_per_million_tokens) == Approx(3.0));
  CHECK(parse_price_per_token("$0.5 per thousand tokens").in(usd_per_million_tokens) == Approx(500.0));
  const auto range = parse_price_per_token_range("$3-15 per million tokens");
  CHECK(lower(range).in(usd_per_million_tokens) == Approx(3.0));
  CHECK(upper(range).in(usd_per_million_tokens) == Approx(15.0));
  for (const auto* text : {"$3 per million tokens", "$0.157 per million tokens", "$23.2 per million tokens"}) {
    CHECK(to_string(parse_price_per_token(text)) == text);
  }
  // The GPU-hour price the example pays reads as the existing parser has it.
  CHECK(parse_price_per_chip_hour("$2.5/GPU-hour").in(usd_per_chip_hour) == Approx(2.5));
}

TEST_CASE("bad counts, power, energy and prices raise parse_error at the column", "[parse][bad-input]") {
  // A bare number is not a count; a scale alone is read as the noun left off, as for chips ("70B").
  CHECK_THROWS_WITH(parse_parameter_count("70"), ContainsSubstring("parse_parameter_count: expected \"parameters\""));
  CHECK(parse_parameter_count("70B").in(billion_parameters) == Approx(70.0));
  CHECK_THROWS_WITH(parse_parameter_count("70B tokens"), ContainsSubstring("parse_parameter_count"));
  CHECK_THROWS_WITH(parse_parameter_count("7-70B parameters"), ContainsSubstring("a single value"));
  CHECK_THROWS_WITH(parse_parameter_count_range("70-7B parameters"),
                    ContainsSubstring("an upper bound >= the lower bound \"70\""));
  CHECK_THROWS_WITH(parse_token_count("-1T tokens"), ContainsSubstring("parse_token_count: expected a number"));
  CHECK_THROWS_WITH(parse_power("16.8 MWh"), ContainsSubstring("parse_power: expected a unit of power") &&
                                                 ContainsSubstring("column 6"));
  CHECK_THROWS_WITH(parse_power("5 kilowatt-hours"), ContainsSubstring("a unit of power"));
  CHECK_THROWS_WITH(parse_energy("1.2 GW"), ContainsSubstring("parse_energy: expected a unit of energy"));
  CHECK_THROWS_WITH(parse_energy("1e308 GWh"), ContainsSubstring("parse_energy"));
  CHECK_THROWS_WITH(parse_price_per_token("$3"), ContainsSubstring("\"per million tokens\""));
  CHECK_THROWS_WITH(parse_price_per_token("$3 per million chips"), ContainsSubstring("\"per million tokens\""));
  CHECK_THROWS_AS(parse_power(""), parse_error);
  CHECK_THROWS_AS(parse_energy_range("x"), parse_error);
  CHECK_THROWS_AS(parse_price_per_token_range("$-3 per token"), parse_error);
  CHECK_THROWS_AS(parse_token_count_range("tokens"), parse_error);
  CHECK_THROWS_AS(parse_power_range("GW"), parse_error);
}
