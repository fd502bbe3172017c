// Parsing the essay's forms back into typed values, and every error shape.
#include <curveshift/curveshift.hpp>
#include <curveshift/text/parse.hpp>
#include "curveshift/text/parse_counts.hpp"

#include <string>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
/// Runs f, which must raise a parse_error, and returns it for inspection.
template <class F>
parse_error error_of(F f) {
  try {
    f();
  } catch (const parse_error& e) {
    return e;
  }
  FAIL("no parse_error");
  return parse_error("", "", 0, "");
}
}  // namespace

TEST_CASE("money: \"$6M\", scales, words, separators", "[parse]") {
  // "DeepSeek-V3 ... cost $6M": 6 x 10^6 dollars.
  CHECK(parse_money("$6M") == million_usd(6));
  CHECK(parse_money("$6m") == usd(6e6));
  CHECK(parse_money("$1 million") == usd(1e6));
  CHECK(parse_money("$1.5 billion") == usd(1.5e9));
  CHECK(parse_money("~$1B") == usd(1e9));  // "cost on the order of ~$1B"
  CHECK(parse_money("$625k") == usd(625e3));
  CHECK(parse_money("$2.5T") == usd(2.5e12));
  CHECK(parse_money("$1,000,000") == usd(1e6));
  CHECK(parse_money("$12.5") == usd(12.5));
  CHECK(parse_money("$0.1M") == usd(1e5));  // "$0.1M is ..." = 100,000 dollars
  CHECK(parse_money("  $6M  ") == usd(6e6));
  CHECK(parse_money("$3.3e9") == usd(3.3e9));
  // The scale moves the decimal point rather than multiplying in binary: $6.3M is the double nearest 6,300,000.
  CHECK(parse_money("$6.3M").base_value() == 6300000.0);
  CHECK(parse_price_per_chip("$20k per chip") == usd_per_chip(20000));
  CHECK(parse_price_per_chip("$30,000/chip") == usd_per_chip(30000));
}

TEST_CASE("money ranges, shared scales and \"a few $10M's\"", "[parse]") {
  // "$20-50M": the lower bound shares the upper's M.
  const money<interval<>> r = parse_money_range("$20-50M");
  CHECK(r.base_value() == interval{20e6, 50e6});
  CHECK(parse_money_range("$625k-$2.5M").base_value() == interval{625e3, 2.5e6});
  CHECK(parse_money_range("$20M to $50M").base_value() == interval{20e6, 50e6});
  // "$500-$2k": the upper bound has its own "$", so $500 stays dollars.
  CHECK(parse_money_range("$500-$2k").base_value() == interval{500.0, 2000.0});
  // "cost a few $10M's to train": a few = 2 to 5, so 2 x $10M .. 5 x $10M.
  CHECK(parse_money_range("a few $10M's").base_value() == interval{20e6, 50e6});
  CHECK(parse_money_range("a few $10Ms").base_value() == interval{20e6, 50e6});
  CHECK(parse_money_range("a few $10M\xE2\x80\x99s").base_value() == interval{20e6, 50e6});
  // A single value is a point interval, so one parser reads either.
  CHECK(parse_money_range("$6M").base_value() == interval{6e6, 6e6});
  CHECK(parse_price_per_chip_range("$20-25k per chip").base_value() == interval{20e3, 25e3});
}

TEST_CASE("multipliers and their ranges", "[parse]") {
  CHECK(parse_multiplier("4x") == multiplier{4.0});
  CHECK(parse_multiplier("~1.2x") == multiplier{1.2});  // "small ones (~1.2x)"
  CHECK(parse_multiplier("10X") == multiplier{10.0});
  CHECK(parse_multiplier("10\xC3\x97") == multiplier{10.0});  // 10×
  CHECK(parse_multiplier("0.83x") == multiplier{0.83});
  CHECK(parse_multiplier("4 x") == multiplier{4.0});
  CHECK(parse_multiplier("1,234.5x") == multiplier{1234.5});
  CHECK(parse_multiplier(".5x") == multiplier{0.5});
  // "a model 3-4x cheaper than 3.5 Sonnet/GPT-4o".
  CHECK(parse_multiplier_range("3-4x").value() == interval{3.0, 4.0});
  CHECK(parse_multiplier_range("2.8 to 4x").value() == interval{2.8, 4.0});
  CHECK(parse_multiplier_range("~2-3x").value() == interval{2.0, 3.0});
  CHECK(parse_multiplier_range("3x-4x").value() == interval{3.0, 4.0});
  CHECK(parse_multiplier_range("3 \xE2\x80\x93 4x").value() == interval{3.0, 4.0});  // en dash
  CHECK(parse_multiplier_range("8x").value() == interval{8.0, 8.0});
}

TEST_CASE("approximate: \"~\" reads as the value, is_approximate tells", "[parse]") {
  CHECK(is_approximate("~4x"));
  CHECK(is_approximate("  ~$1B"));
  CHECK(is_approximate("about 50,000 chips"));
  CHECK(is_approximate("\xE2\x89\x88 2x"));  // ≈
  CHECK_FALSE(is_approximate("4x"));
  CHECK_FALSE(is_approximate(""));
  CHECK(parse_multiplier("~4x") == parse_multiplier("4x"));
}

TEST_CASE("trends: per year, per month, OOM, halving and doubling", "[parse]") {
  // "I'd guess the number today is maybe ~4x /year."
  CHECK(parse_trend("4x/year") == per_year(4));
  CHECK(parse_trend("4x/yr") == per_year(4));
  CHECK(parse_trend("4x per year") == per_year(4));
  CHECK(parse_trend("4x a year") == per_year(4));
  CHECK(parse_trend("~4x /year") == per_year(4));
  CHECK(parse_trend("~1.68x /year") == per_year(1.68));
  // 0.6 orders of magnitude per year = 10^0.6 = 3.98x/year.
  CHECK(parse_trend("0.6 OOM/year").per_year().value() == Approx(3.9810717));
  CHECK(parse_trend("0.6 orders of magnitude per year").per_year().value() == Approx(3.9810717));
  // 2x per month compounds to 2^12 = 4096x per year.
  CHECK(parse_trend("2x/month").per_year().value() == Approx(4096.0));
  // Halving every 6 months: two halvings a year, a 4x/year fall.
  CHECK(parse_trend("halving every 6 months").per_year().value() == Approx(4.0));
  // Doubling every 16 months: 2^(12/16) = 1.6818x/year.
  CHECK(parse_trend("doubling every 16 months").per_year().value() == Approx(1.6817928));
  CHECK(parse_trend("halving every year").per_year().value() == Approx(2.0));
  // "10x in 15 months": 10^(12/15) = 6.3096x/year.
  CHECK(parse_trend("10x in 15 months").per_year().value() == Approx(6.3095734));
  const trend<interval<>> r = parse_trend_range("2.8-4x/year");
  CHECK(r.per_year().value().lo() == Approx(2.8));
  CHECK(r.per_year().value().hi() == Approx(4.0));
  // Halving every 6-8 months: 2^(12/8) = 2.83x .. 2^(12/6) = 4x per year.
  const trend<interval<>> h = parse_trend_range("halving every 6-8 months");
  CHECK(h.per_year().value().lo() == Approx(2.8284271));
  CHECK(h.per_year().value().hi() == Approx(4.0));
}

TEST_CASE("scores and points", "[parse]") {
  CHECK(parse_score("40%") == percent(40));
  CHECK(parse_score("60 percent") == percent(60));
  CHECK(parse_score("0%") == percent(0));
  CHECK(parse_score("100%") == percent(100));
  // The percent sign moves the decimal point: "46.02%" is the double nearest 0.4602.
  CHECK(parse_score("46.02%").share() == 0.4602);
  CHECK(parse_score_range("40-60%").share() == interval{0.4, 0.6});
  CHECK(parse_points("+6.02 points").value() == 6.02);
  CHECK(parse_points("-3 points").value() == -3.0);
  CHECK(parse_points("6 pp").value() == 6.0);
  CHECK(parse_points("2 percentage points").value() == 2.0);
  CHECK(parse_points_range("+2-3 points").value() == interval{2.0, 3.0});
}

TEST_CASE("time spans and their ranges", "[parse]") {
  CHECK(parse_time_span("9 months") == months(9));
  CHECK(parse_time_span("1.5 years") == years(1.5));
  CHECK(parse_time_span("12 days") == days(12));
  CHECK(parse_time_span("2 weeks") == days(14));
  CHECK(parse_time_span("5 hours") == hours(5));
  CHECK(parse_time_span("30 seconds") == seconds(30));
  CHECK(parse_time_span("1 month") == months(1));
  CHECK(parse_time_span("-3 months") == months(-3));
  // "Sonnet ... trained 9-12 months earlier"; "7-10 months older".
  CHECK(parse_time_span_range("9-12 months").base_value() == interval{months(9).base_value(), months(12).base_value()});
  CHECK(parse_time_span_range("7 to 10 months").base_value() == interval{months(7).base_value(), months(10).base_value()});
  CHECK(parse_time_span_range("5 days-3 months").base_value() == interval{days(5).base_value(), months(3).base_value()});
  CHECK(parse_time_span_range("-3--1 months").base_value() == interval{months(-3).base_value(), months(-1).base_value()});
}

TEST_CASE("chips, in digits and in words", "[parse]") {
  // "DeepSeek actually had 50,000 Hopper generation chips".
  CHECK(parse_chip_count("50,000 chips") == chips(50000));
  CHECK(parse_chip_count("50000 chips") == chips(50000));
  CHECK(parse_chip_count("50k chips") == chips(50000));
  CHECK(parse_chip_count("1 chip") == chips(1));
  CHECK(parse_chip_count("1.2 million GPUs") == chips(1.2e6));
  CHECK(parse_chip_count_range("20,000-50,000 chips").base_value() == interval{20e3, 50e3});
  CHECK(parse_chip_count_range("20-50k chips").base_value() == interval{20e3, 50e3});
  // "a few tens of thousands of chips": a few (2-5) x 10,000.
  CHECK(parse_chip_count_range("a few tens of thousands of chips").base_value() == interval{20e3, 50e3});
  CHECK(parse_chip_count_range("a few thousand chips").base_value() == interval{2e3, 5e3});
  // "millions of chips": a plural scale is one to ten of it.
  CHECK(parse_chip_count_range("millions of chips").base_value() == interval{1e6, 1e7});
  CHECK(parse_chip_count_range("hundreds of thousands of chips").base_value() == interval{1e5, 1e6});
}

TEST_CASE("compute, FLOP/s and dates", "[parse]") {
  CHECK(parse_compute("3.3e24 FLOP") == flop(3.3e24));
  CHECK(parse_compute("3.3e+24 FLOP") == flop(3.3e24));
  CHECK(parse_compute("1e25 FLOPs") == flop(1e25));
  // GPT-3: 3,640 PF-days x 8.64e19 FLOP per PF-day = 3.14e23 FLOP.
  CHECK(parse_compute("3,640 PF-days").base_value() == Approx(3.14496e23));
  CHECK(parse_compute_range("1e24-3e24 FLOP").base_value() == interval{1e24, 3e24});
  CHECK(parse_flop_rate("9.89e14 FLOP/s") == flop_per_second(9.89e14));
  // An H100's 989 dense BF16 TFLOP/s.
  CHECK(parse_flop_rate("989 TFLOP/s") == teraflop_per_second(989));
  CHECK(parse_flop_rate("1 PFLOP/s") == petaflop_per_second(1));
  CHECK(parse_flop_rate("2 exaFLOPS") == flop_per_second(2e18));
  CHECK(parse_flop_rate("1EFLOP/s") == flop_per_second(1e18));
  CHECK(parse_flop_rate_range("148-989 TFLOP/s").base_value() == interval{148e12, 989e12});
  CHECK(parse_date("2023-10-17") == date{2023, 10, 17});
  CHECK(parse_date("2024-02-29") == date{2024, 2, 29});
}

TEST_CASE("parse_error: the issue's example, field by field", "[parse][bad-input]") {
  const parse_error e = error_of([] { parse_trend("4x/yaer"); });
  CHECK(e.input() == "4x/yaer");
  CHECK(e.column() == 3);
  CHECK(e.expected() == "a unit");
  CHECK(e.function() == "parse_trend");
  CHECK_THAT(e.what(), ContainsSubstring("expected a unit after \"4x\" at column 3 in \"4x/yaer\""));
  CHECK_THAT(e.what(), ContainsSubstring("curveshift::parse_trend"));
  // A parse_error is a curveshift::error, so one catch handles both.
  CHECK_THROWS_AS(parse_trend("4x/yaer"), error);
}

/// The column and what was expected for each shape of bad text.
struct bad_case {
  const char* text;
  std::size_t column;
  const char* expected;
};

template <class Parse>
void check_errors(Parse parse, std::initializer_list<bad_case> cases) {
  for (const auto& c : cases) {
    INFO(c.text);
    const parse_error e = error_of([&] { parse(c.text); });
    CHECK(e.column() == c.column);
    CHECK_THAT(e.expected(), ContainsSubstring(c.expected));
    CHECK_THAT(e.what(), ContainsSubstring(parse_error::quote(c.text)));
  }
}

TEST_CASE("every error shape, with its column", "[parse][bad-input]") {
  check_errors(parse_money, {
                                {"", 1, "\"$\""},
                                {"6M", 1, "\"$\""},
                                {"$", 2, "a number"},
                                {"$-5", 2, "a number"},
                                {"$6Mx", 3, "the end of the text"},
                                {"$1e400", 2, "within the range of a double"},
                                {"$1,2M", 5, "three digits"},
                                {"$1,2345", 7, "groups are three digits"},
                                {"$1234,567", 6, "every three digits"},
                                {"$20-50M", 4, "a single value (parse_money_range"},
                                {"a few $10M's", 7, "a single value"},
                                {"a few 10M", 7, "\"$\""},
                            });
  check_errors(parse_money_range, {{"$50-20M", 5, "an upper bound >= the lower bound \"$50\""}, {"$20-", 5, "a number"}});
  check_errors(parse_price_per_chip, {{"$20k", 5, "\"per chip\""}, {"$20k per gpx", 6, "\"per chip\""}});
  check_errors(parse_price_per_chip_range, {{"$20k", 5, "\"per chip\""}});
  check_errors(parse_multiplier, {
                                     {"4", 2, "\"x\""},
                                     {"x", 1, "a number"},
                                     {"4xx", 2, "\"x\""},
                                     {"0x", 1, "a factor > 0"},
                                     {"3-4x", 2, "a single value"},
                                     {"4x cheaper", 4, "the end of the text"},
                                     {"1e-400x", 1, "within the range of a double"},
                                 });
  check_errors(parse_multiplier_range, {{"4-3x", 3, "an upper bound >= the lower bound \"4\""}, {"3-4", 4, "\"x\""}, {"0-4x", 1, "a factor > 0"}});
  check_errors(parse_trend, {
                                {"4x", 3, "a unit"},
                                {"4x/", 3, "a unit"},
                                {"4x per", 3, "a unit"},
                                {"4/year", 2, "\"x\" or \"OOM\""},
                                {"halving 6 months", 9, "\"every\""},
                                {"halving every", 14, "a number"},
                                {"halving every 6", 16, "a unit of time"},
                                {"halving every -6 months", 15, "a number"},
                                {"halving every 0 months", 15, "a span > 0"},
                                {"0x/year", 1, "a factor > 0"},
                                {"10x in 0 months", 8, "a span > 0"},
                                {"2.8-4x/year", 4, "a single value"},
                                {"0.6 OOM/month", 8, "a unit"},
                            });
  check_errors(parse_trend_range, {{"4-3x/year", 3, "an upper bound"}, {"4x-0.6 OOM/year", 4, "the lower bound's unit"}});
  check_errors(parse_score, {{"40", 3, "\"%\""}, {"120%", 1, "a percentage in [0, 100]"}, {"-5%", 1, "a number"}, {"40-60%", 3, "a single value"}});
  check_errors(parse_score_range, {{"40-120%", 4, "a percentage in [0, 100]"}, {"60-40%", 4, "an upper bound"}});
  check_errors(parse_points, {{"6", 2, "\"points\""}, {"six points", 1, "a number"}});
  check_errors(parse_points_range, {{"3-2 points", 3, "an upper bound"}});
  check_errors(parse_time_span, {{"9", 2, "a unit of time"}, {"9 monthz", 2, "a unit of time"}, {"1e308 years", 1, "a number within the range of a double (about 1e-308 to 1e308) in the base unit"}, {"9-12 months", 2, "a single value"}});
  // The lower bound is named as written ("12"), not in seconds (31556952),
  // the unit the span is stored in.
  check_errors(parse_time_span_range, {{"12-9 months", 4, "an upper bound >= the lower bound \"12\""},
                                       {"1 year-6 months", 8, "an upper bound >= the lower bound \"1 year\""},
                                       {"9-12", 5, "a unit of time"}});
  check_errors(parse_chip_count, {{"50,000", 7, "\"chips\""}, {"50,00 chips", 6, "three digits"}, {"a few chips", 7, "\"thousand\" or \"million\""}, {"thousand chips", 1, "a number before"}, {"tens thousands of chips", 6, "\"of\""}});
  check_errors(parse_chip_count_range, {{"50-20k chips", 4, "an upper bound"}});
  check_errors(parse_compute, {{"3.3e24", 7, "\"FLOP\" or \"PF-days\""}, {"3e24 FLOP/s", 6, "FLOP/s is parse_flop_rate's"}, {"1e400 FLOP", 1, "within the range"}});
  check_errors(parse_compute_range, {{"3e24-1e24 FLOP", 6, "an upper bound"}});
  check_errors(parse_flop_rate, {{"989 T", 4, "\"FLOP/s\""}, {"989 TFLOP", 4, "\"FLOP/s\""}});
  check_errors(parse_flop_rate_range, {{"989-148 TFLOP/s", 5, "an upper bound"}});
  check_errors(parse_date, {
                               {"", 1, "a four-digit year"},
                               {"23-10-17", 3, "a four-digit year"},
                               {"2023/10/17", 5, "\"-\""},
                               {"2023-1-17", 7, "a two-digit month"},
                               {"2023-13-01", 6, "a month in [1, 12]"},
                               {"2023-02-29", 9, "a day that exists in that month"},
                               {"1899-12-31", 1, "a year in [1900, 2200]"},
                               {"2023-10-17x", 11, "the end of the text"},
                           });
}

TEST_CASE("error messages quote control bytes and never read past the end", "[parse][bad-input]") {
  const std::string with_nul("4\0x", 3);
  const parse_error e = error_of([&] { parse_multiplier(with_nul); });
  CHECK(e.column() == 2);
  CHECK_THAT(e.what(), ContainsSubstring("\"4\\x00x\""));
  // A view into a longer buffer: the parser stops at the view's end, so "4" lacks its "x".
  const std::string buffer = "4x/year";
  CHECK_THROWS_AS(parse_multiplier(std::string_view(buffer).substr(0, 1)), parse_error);
  CHECK(parse_multiplier(std::string_view(buffer).substr(0, 2)) == multiplier{4.0});
}

TEST_CASE("rental prices and one chip's FLOP/s", "[parse]") {
  // DeepSeek-V3's report: "$2 per GPU hour"; facts.md: Hopper rental at $2-3.5 per GPU-hour.
  CHECK(parse_price_per_chip_hour("$2 per chip-hour") == usd_per_chip_hour(2));
  CHECK(parse_price_per_chip_hour("$2/GPU-hour") == usd_per_chip_hour(2));
  CHECK(parse_price_per_chip_hour("$2 per GPU hour") == usd_per_chip_hour(2));
  const auto rental = parse_price_per_chip_hour_range("$2-3.5 per GPU-hour");
  CHECK(rental.in(usd_per_chip_hour).lo() == Approx(2.0));
  CHECK(rental.in(usd_per_chip_hour).hi() == Approx(3.5));
  // The H800's 989 TFLOP/s bf16 = 9.89e14 FLOP/s; the H20's 148-989 range across the Hopper line.
  CHECK(parse_flop_rate_per_chip("989 TFLOP/s per chip") == teraflop_per_second_per_chip(989));
  CHECK(parse_flop_rate_per_chip("9.89e14 FLOP/s per chip") == flop_per_second_per_chip(9.89e14));
  const auto hopper = parse_flop_rate_per_chip_range("148-989 TFLOP/s per chip");
  CHECK(hopper.in(teraflop_per_second_per_chip).lo() == Approx(148.0));
  CHECK(hopper.in(teraflop_per_second_per_chip).hi() == Approx(989.0));
  // What to_string writes reads back: the price within an ulp (it is kept per
  // second, so the x3600 on the way out and /3600 on the way in each round once).
  const auto price = usd_per_chip_hour(2.37);
  CHECK(parse_price_per_chip_hour(to_string(price, digits::full())).base_value() ==
        Approx(price.base_value()).epsilon(1e-15));
  const auto rate = teraflop_per_second_per_chip(989.4);
  CHECK(parse_flop_rate_per_chip(to_string(rate, digits::full())) == rate);
}

TEST_CASE("rental price and per-chip FLOP/s errors, with their columns", "[parse][bad-input]") {
  check_errors(parse_price_per_chip_hour, {{"$2", 3, "\"per chip-hour\""},
                                           {"$2 per chip", 4, "\"per chip-hour\""},
                                           {"$2 per day", 4, "\"per chip-hour\""},
                                           {"2 per chip-hour", 1, "\"$\""},
                                           {"$2-3 per chip-hour", 3, "a single value"}});
  check_errors(parse_price_per_chip_hour_range, {{"$3-2 per chip-hour", 4, "an upper bound >= the lower bound"}});
  check_errors(parse_flop_rate_per_chip, {{"989 TFLOP/s", 12, "\"per chip\""},
                                          {"989 per chip", 4, "FLOP"},
                                          {"148-989 TFLOP/s per chip", 4, "a single value"}});
  check_errors(parse_flop_rate_per_chip_range, {{"989 TFLOP/s per gpx", 13, "\"per chip\""}});
}

TEST_CASE("ranges written with between ... and, and GPU-hr", "[parse]") {
  // Forms people write (issue 22): "between 2 and 3x" is the range 2-3x, as "2-3x" is.
  const auto m = parse_multiplier_range("between 2 and 3x");
  CHECK(m.value().lo() == 2.0);
  CHECK(m.value().hi() == 3.0);
  const auto cost = parse_money_range("between $2M and $3M");
  CHECK(cost.base_value().lo() == 2e6);
  CHECK(cost.base_value().hi() == 3e6);
  CHECK(parse_trend_range("between 2 and 4x/year").log_rate().hi() == Approx(std::log(4.0)));
  CHECK(parse_chip_count_range("between 20,000 and 50,000 chips").base_value().lo() == 20000);
  CHECK(parse_price_per_chip_hour("$2/GPU-hr") == usd_per_chip_hour(2));
  CHECK(parse_price_per_chip_hour("$2 per GPU hr") == usd_per_chip_hour(2));
  // "and" is a separator only after "between"; "between" needs its "and".
  check_errors(parse_multiplier_range, {{"2 and 3x", 2, "\"x\""}, {"between 2x", 11, "\"and\""}});
  check_errors(parse_money_range, {{"between $2M", 12, "\"and\""}});
  check_errors(parse_multiplier, {{"between 2 and 3x", 10, "a single value"}});
}
