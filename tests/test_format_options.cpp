// The precision option: the default forms, n significant figures, full
// (round-trip) digits, through to_string and through a stream.
#include <curveshift/curveshift.hpp>
#include <curveshift/text/std_format.hpp>

#include <sstream>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
template <class V>
std::string streamed(const V& v) {
  std::ostringstream os;
  os << v;
  return os.str();
}
}  // namespace

TEST_CASE("the default precision is each form's own", "[format][precision]") {
  // 3 significant figures: 6,251,700 -> 6.25M.
  CHECK(to_string(usd(6.2517e6)) == "$6.25M");
  CHECK(to_string(usd(6.2517e6), digits{}) == "$6.25M");
  // Up to 2 decimals for percent, points and spans.
  CHECK(to_string(percent(46.0206)) == "46.02%");
  CHECK(to_string(months(16.0276)) == "16.03 months");
  CHECK(to_string(chips(50000.4)) == "50,000 chips");
}

TEST_CASE("digits{n}: n significant figures in every form", "[format][precision]") {
  CHECK(to_string(usd(6.2517e6), digits{4}) == "$6.252M");
  CHECK(to_string(usd(6.2517e6), digits{1}) == "$6M");
  // Rounding picks the scale: $999,951 to 4 figures is 1.000e6, so "$1M" not "$1000k".
  CHECK(to_string(usd(999951), digits{4}) == "$1M");
  CHECK(to_string(usd(999951), digits{6}) == "$999.951k");
  CHECK(to_string(multiplier{6.309573}, digits{5}) == "6.3096x");
  CHECK(to_string(multiplier{6.309573}, digits{2}) == "6.3x");
  CHECK(to_string(per_year(1.681793), digits{5}) == "1.6818x/year");
  CHECK(to_string(percent(46.0206), digits{5}) == "46.021%");
  CHECK(to_string(points{6.0206}, digits{2}) == "+6 points");
  CHECK(to_string(months(16.0276), digits{3}) == "16 months");
  CHECK(to_string(chips(1234567), digits{3}) == "1,230,000 chips");
  CHECK(to_string(flop(3.14159e24), digits{5}) == "3.1416e24 FLOP");
  CHECK(to_string(teraflop_per_second(989.4), digits{4}) == "9.894e14 FLOP/s");
  CHECK(to_string(usd(25000) / chips(1), digits{2}) == "$25k per chip");
  // 1.68x/year doubles every ln 2 / ln 1.68 = 0.693147 / 0.518794 = 1.336076 years = 16.033 months.
  CHECK(doubling_text(per_year(1.68), digits{5}) == "doubling every 16.033 months");
  CHECK(halving_text(per_year(4), digits{3}) == "halving every 6 months");
  CHECK(to_string(date{2023, 10, 17}, digits{3}) == "2023-10-17");
  // 625,000 to 2 figures is an exact tie; digits are correctly rounded with ties to even, as printf does.
  CHECK(to_string(usd(interval{625e3, 2.5e6}), digits{2}) == "$620k-$2.5M");
  CHECK(to_string(usd(interval{635e3, 2.5e6}), digits{2}) == "$640k-$2.5M");
}

TEST_CASE("digits::full(): the shortest digits that read back exactly", "[format][precision]") {
  CHECK(to_string(usd(6.2517e6), digits::full()) == "$6.2517M");
  CHECK(to_string(multiplier{0.1}, digits::full()) == "0.1x");
  CHECK(to_string(multiplier{1.0 / 3}, digits::full()) == "0.3333333333333333x");
  CHECK(to_string(percent(46.0206), digits::full()) == "46.0206%");
  CHECK(to_string(chips(1234567), digits::full()) == "1,234,567 chips");
  CHECK(to_string(flop(3.3e24), digits::full()) == "3.3e24 FLOP");
  CHECK(to_string(months(9), digits::full()) == "9 months");
  // Very large and very small values switch to scientific notation past 1e21 and below 1e-6.
  CHECK(to_string(usd(1e300), digits::full()) == "$1e288T");
  CHECK(to_string(multiplier{1e-9}, digits::full()) == "1e-9x");
  CHECK(to_string(multiplier{1e-9}) == "1e-9x");
  CHECK(to_string(multiplier{0.000625}) == "0.000625x");
}

TEST_CASE("streams take the precision as a sticky manipulator", "[format][precision][io]") {
  std::ostringstream os;
  os << digits{4} << usd(6.2517e6) << " " << multiplier{6.309573};
  CHECK(os.str() == "$6.252M 6.31x");  // 6.310 trims to 6.31
  CHECK(stream_digits(os) == digits{4});
  os << digits{} << " " << usd(6.2517e6);
  CHECK(os.str() == "$6.252M 6.31x $6.25M");
  std::ostringstream full;
  full << digits::full() << percent(46.0206);
  CHECK(full.str() == "46.0206%");
  // A stream's own precision (for doubles) is untouched.
  CHECK(full.precision() == 6);
  CHECK(streamed(usd(6.2517e6)) == "$6.25M");
}

TEST_CASE("std::format takes {:.N} and {:r} where <format> exists", "[format][precision]") {
#if CURVESHIFT_HAS_STD_FORMAT
  CHECK(std::format("{}", usd(6e6)) == "$6M");
  CHECK(std::format("{:.4}", usd(6.2517e6)) == "$6.252M");
  CHECK(std::format("{:r}", percent(46.0206)) == "46.0206%");
  CHECK(std::format("{}", essay::cost_trend) == "4x/year");
#else
  // g++ 12's libstdc++ has no <format>: the header compiles to nothing.
  STATIC_REQUIRE(CURVESHIFT_HAS_STD_FORMAT == 0);
#endif
}

TEST_CASE("a bad precision raises curveshift::error", "[format][precision][bad-input]") {
  CHECK_THROWS_WITH(to_string(usd(1), digits{18}),
                    ContainsSubstring("to_string(money)") && ContainsSubstring("digits = 18"));
  CHECK_THROWS_WITH(to_string(usd(1), digits{-2}), ContainsSubstring("digits = -2"));
  CHECK_THROWS_WITH(to_string(multiplier{2.0}, digits{40}), ContainsSubstring("to_string(multiplier)"));
  CHECK_THROWS_WITH(to_string(percent(4), digits{40}), ContainsSubstring("to_string(score)"));
  CHECK_THROWS_WITH(to_string(points{4}, digits{40}), ContainsSubstring("to_string(points)"));
  CHECK_THROWS_WITH(to_string(months(4), digits{40}), ContainsSubstring("to_string(time_span)"));
  CHECK_THROWS_WITH(to_string(chips(4), digits{40}), ContainsSubstring("to_string(chip_count)"));
  CHECK_THROWS_WITH(to_string(flop(4), digits{40}), ContainsSubstring("to_string(compute)"));
  CHECK_THROWS_WITH(to_string(flop_per_second(4), digits{40}), ContainsSubstring("to_string(flop_rate)"));
  CHECK_THROWS_WITH(to_string(usd(4) / chips(1), digits{40}), ContainsSubstring("to_string(price_per_chip)"));
  CHECK_THROWS_WITH(to_string(per_year(4), digits{40}), ContainsSubstring("to_string(trend)"));
  CHECK_THROWS_WITH(halving_text(per_year(4), digits{40}), ContainsSubstring("halving_text"));
  CHECK_THROWS_WITH(doubling_text(per_year(4), digits{40}), ContainsSubstring("doubling_text"));
  CHECK_THROWS_WITH(to_string(date{2023, 1, 1}, digits{40}), ContainsSubstring("to_string(date)"));
  std::ostringstream os;
  CHECK_THROWS_WITH(os << digits{99}, ContainsSubstring("operator<<(std::ostream, digits)") &&
                                             ContainsSubstring("digits = 99"));
  CHECK_THROWS_AS(to_string(usd(1), digits{18}), error);
}

TEST_CASE("a value that rounds to zero has no sign", "[format][precision]") {
  // Found by fuzz_parse_score: -4.4e-28 points showed as "0 points", which read back as "+0 points".
  CHECK(to_string(points{-4.444446e-28}) == "+0 points");
  CHECK(to_string(points{-0.001}) == "+0 points");
  CHECK(to_string(points{-0.006}) == "-0.01 points");
  CHECK(to_string(months(-1e-9)) == "0 seconds");  // -0.0026 s
}
