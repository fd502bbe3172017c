// text/kinds.hpp: one declaration of a quantity kind's text serves
// to_string, the parsers, parse<Q> and the CSV reader. Chip time is the
// kind added through it alone (issue 21): its tests are here.
#include <curveshift/data/csv.hpp>
#include <curveshift/text/kinds.hpp>
#include <curveshift/text/parse.hpp>

#include <string>
#include <vector>

#include "catch.hpp"

using namespace curveshift;

namespace {
template <class Q>
concept parsable = requires(std::string_view text) { parse<Q>(text); };
}  // namespace

TEST_CASE("chip time reads as reports write it", "[kinds][parse]") {
  // DeepSeek-V3's report (arXiv:2412.19437, table 1): "2.788M H800 GPU
  // hours"; 2,788,000 hours x 3,600 s = 1.00368e10 chip-seconds, exact in a
  // double, and chip_hours(2.788e6) forms the same product.
  const auto v3 = chip_hours(2.788e6);
  CHECK(v3.base_value() == 1.00368e10);
  CHECK(parse_chip_time("2.788M GPU-hours") == v3);
  CHECK(parse_chip_time("2,788K H800 GPU hours") == v3);
  CHECK(parse_chip_time("2.788M H800 GPU-hours") == v3);
  CHECK(parse_chip_time("2,788,000 chip-hours") == v3);
  CHECK(parse_chip_time("2.788 million GPU hours") == v3);
  CHECK(parse_chip_time("~2.8M GPU-hours") == chip_hours(2.8e6));
  // "5,000 GPU-hr": 5,000 x 3,600 = 1.8e7.
  CHECK(parse_chip_time("5,000 GPU-hr").base_value() == 1.8e7);
  CHECK(parse_chip_time("3600 chip-seconds") == chip_hours(1.0));
  // A range shares the upper bound's unit: 2.6M and 2.8M hours.
  const auto range = parse_chip_time_range("2.6-2.8M GPU-hours");
  CHECK(range.base_value().lo() == 2.6e6 * 3600.0);
  CHECK(range.base_value().hi() == 2.8e6 * 3600.0);
  CHECK(parse<chip_time<>>("2.788M GPU-hours") == v3);
}

TEST_CASE("chip time writes in chip-hours and reads back", "[kinds][format]") {
  const auto v3 = chip_hours(2.788e6);
  CHECK(to_string(v3) == "2,788,000 chip-hours");
  CHECK(to_string(v3, digits{3}) == "2.79M chip-hours");
  CHECK(to_string(v3, digits::full()) == "2.788M chip-hours");
  CHECK(parse_chip_time(to_string(v3, digits::full())) == v3);
  // 1.5 chip-seconds is 1/2400 chip-hour: the decimal of that quotient times
  // 3,600 gives 1.5 again, so it stays in hours; every full text reads back.
  for (const double s : {1.5, 1.0 / 3.0, 7e-300, 1e300, 12345.678}) {
    const auto t = chip_seconds(s);
    CHECK(parse_chip_time(to_string(t, digits::full())) == t);
  }
  CHECK(to_string(chip_time<interval<>>(chip_hours(interval<>(2.6e6, 2.8e6)))) == "2,600,000-2,800,000 chip-hours");
}

TEST_CASE("chip time's bad text names the parser, the column and what was expected", "[kinds][parse]") {
  const auto message = [](std::string_view text) {
    try {
      (void)parse_chip_time(text);
    } catch (const parse_error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message("2.788M GPUs") == "curveshift::parse_chip_time: expected the end of the text after \"2.788M \" at column 8 in \"2.788M GPUs\"");
  CHECK(message("H800 GPU hours").find("expected a number at column 1") != std::string::npos);
  CHECK(message("-5 GPU-hours").find("expected a number at column 1") != std::string::npos);
  CHECK(message("5,000 GPU") .find("expected \"GPU-hours\" or \"chip-hours\"") != std::string::npos);
  // 1e305 hours is 3.6e308 chip-seconds, past the largest double (1.8e308).
  CHECK(message("1e305 GPU-hours").find("within the range of a double (about 1e-308 to 1e308) in the base unit at column 1") !=
        std::string::npos);
  CHECK(message("2-3M GPU-hours").find("a single value (parse_chip_time_range reads ranges)") != std::string::npos);
  CHECK_THROWS_AS(parse_chip_time_range("3-2M GPU-hours"), parse_error);
}

TEST_CASE("parse<Q> reads every kind with a reader, in its parser's name", "[kinds][parse]") {
  CHECK(parse<money<>>("$6M") == million_usd(6));
  CHECK(parse<money<interval<>>>("$20-50M").base_value().hi() == 50e6);
  CHECK(parse<compute<>>("3,640 PF-days") == petaflop_days(3640.0));
  CHECK(parse<energy<>>("16.8 MWh") == megawatt_hours(16.8));
  try {
    (void)parse<money<>>("6M");
    FAIL("no error");
  } catch (const parse_error& e) {
    CHECK(std::string(e.what()).find("curveshift::parse_money: expected \"$\"") == 0);
  }
  // A kind written but not read has no parse<Q>; nor has a bare double.
  STATIC_REQUIRE(!parsable<tokens_per_parameter<>>);
  STATIC_REQUIRE(!parsable<double>);
  STATIC_REQUIRE(parsable<chip_time<interval<>>>);
}

TEST_CASE("a kind's text reaches the CSV reader with no edit there", "[kinds][csv]") {
  // Chip time was added in text/kinds.hpp alone; read_observations reads it.
  const std::string text =
      "model,date,gpu_hours\n"
      "DeepSeek-V3,2024-12-26,2.788M H800 GPU hours\n"
      "Other,2024-06-01,5000 GPU-hr\n";
  const csv_table table = read_csv(text);
  const auto read = read_observations<chip_time<>>(table, {.when = "date", .value = "gpu_hours", .name = "model"});
  REQUIRE(read.records.size() == 2);
  CHECK(read.records[0].value == chip_hours(2.788e6));
  CHECK(read.records[1].value.base_value() == 1.8e7);
  // A bad cell is a skipped row whose reason is the kind's parser's.
  const csv_table bad_table = read_csv("date,gpu_hours\n2024-01-01,lots\n2024-02-01,3 GPU-hours\n");
  const auto bad = read_observations<chip_time<>>(bad_table, {.when = "date", .value = "gpu_hours"}, on_bad_row::skip);
  CHECK(bad.records.size() == 1);
  REQUIRE(bad.skipped.size() == 1);
  CHECK(bad.skipped[0].reason.find("expected a number") != std::string::npos);
}

TEST_CASE("every kind the library writes has its writer's name for bad digits", "[kinds][format]") {
  CHECK_THROWS_WITH(to_string(chip_hours(1.0), digits{18}), Catch::Matchers::ContainsSubstring("to_string(chip_time)"));
  CHECK_THROWS_WITH(to_string(usd(1.0), digits{18}), Catch::Matchers::ContainsSubstring("to_string(money)"));
  CHECK_THROWS_WITH(to_string(watts(1.0), digits{18}), Catch::Matchers::ContainsSubstring("to_string(power)"));
}

TEST_CASE("the kinds' public concepts", "[kinds]") {
  STATIC_REQUIRE(writable_kind<chip_time_dim>);
  STATIC_REQUIRE(writable_kind<token_rate_dim>);        // written, not read
  STATIC_REQUIRE(!readable_quantity<token_rate<>>);
  STATIC_REQUIRE(readable_quantity<chip_time<interval<>>>);
  STATIC_REQUIRE(!readable_quantity<chip_time<float>>);  // the parsers read doubles
  STATIC_REQUIRE(!writable_kind<dimension<2, 0, 0, 0>>);  // dollars squared: no text
}
