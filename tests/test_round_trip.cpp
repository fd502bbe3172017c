// Round trip over generated values: every value formatting writes parses
// back. At digits::full() exactly; at the default (3 significant figures,
// 2 decimals) within half a unit of the last digit shown, and stable: formatting
// the parsed value writes the same text again.
#include <curveshift/curveshift.hpp>
#include <curveshift/text/parse.hpp>
#include "curveshift/text/parse_counts.hpp"

#include <cmath>
#include <cstdint>
#include <limits>

#include "catch.hpp"

using namespace curveshift;

namespace {

/// A fixed-seed generator (splitmix64), so a failure reproduces.
class generator {
 public:
  explicit generator(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  /// Log-uniform over [10^lo, 10^hi): values of every size, with all their digits.
  double magnitude(double lo, double hi) { return std::pow(10.0, lo + (hi - lo) * unit()); }
  /// Sometimes a round number of two significant figures ("$6.3M", "4x").
  double maybe_round(double v) {
    if (next() % 4 != 0 || v == 0) return v;
    const double unit = std::pow(10.0, std::floor(std::log10(std::abs(v))) - 1);
    return std::round(v / unit) * unit;
  }

 private:
  std::uint64_t state_;
};

constexpr int count = 2000;

/// |a - b| within half a unit of the `sig`-th significant digit of b, plus a little rounding.
bool within_significant(double shown, double v, int sig) {
  if (v == 0) return shown == 0;
  const double unit = std::pow(10.0, std::floor(std::log10(std::abs(v))) - (sig - 1));
  return std::abs(shown - v) <= 0.5 * unit * (1 + 1e-9) + 4 * std::numeric_limits<double>::epsilon() * std::abs(v);
}

}  // namespace

TEST_CASE("money round-trips at full precision and to 3 significant figures", "[round_trip]") {
  generator g(1);
  for (int i = 0; i < count; ++i) {
    const money<> v = usd(g.maybe_round(g.magnitude(-2, 15)));
    INFO(to_string(v, digits::full()));
    CHECK(parse_money(to_string(v, digits::full())) == v);
    const money<> shown = parse_money(to_string(v));
    CHECK(within_significant(shown.base_value(), v.base_value(), 3));
    CHECK(to_string(shown) == to_string(v));
    CHECK(parse_money(to_string(shown)) == shown);
    const price_per_chip<> p = v / chips(1);
    CHECK(parse_price_per_chip(to_string(p, digits::full())) == p);
  }
}

TEST_CASE("money ranges round-trip", "[round_trip]") {
  generator g(2);
  for (int i = 0; i < count; ++i) {
    const double a = g.magnitude(0, 13);
    const double b = a * (1 + 10 * g.unit());
    const money<interval<>> v = usd(interval{a, b});
    INFO(to_string(v, digits::full()));
    CHECK(parse_money_range(to_string(v, digits::full())).base_value() == v.base_value());
    const auto shown = parse_money_range(to_string(v));
    CHECK(to_string(shown) == to_string(v));
  }
}

TEST_CASE("multipliers and trends round-trip", "[round_trip]") {
  generator g(3);
  for (int i = 0; i < count; ++i) {
    const multiplier<> m{g.maybe_round(g.magnitude(-5, 6))};
    INFO(to_string(m, digits::full()));
    CHECK(parse_multiplier(to_string(m, digits::full())) == m);
    const multiplier<> shown = parse_multiplier(to_string(m));
    CHECK(within_significant(shown.value(), m.value(), 3));
    CHECK(to_string(shown) == to_string(m));
    // A trend is stored as ln(factor): written as the factor, exp and log each
    // round once, so the log rate comes back within a few ulps.
    const trend<> t = per_year(m.value());
    const trend<> back = parse_trend(to_string(t, digits::full()));
    CHECK(std::abs(back.log_rate() - t.log_rate()) <=
          4 * std::numeric_limits<double>::epsilon() * std::max(1.0, std::abs(t.log_rate())));
    CHECK(to_string(parse_trend(to_string(t))) == to_string(t));
    const multiplier<interval<>> r{interval{m.value(), m.value() * 2}};
    CHECK(parse_multiplier_range(to_string(r, digits::full())).value() == r.value());
  }
  // A rate whose factor per year overflows a double is written in OOM/year and still reads back.
  const trend<> steep = trend<>::from_log_rate(2000.0);
  CHECK(to_string(steep) == "869 OOM/year");  // 2000 / ln 10 = 868.6 orders of magnitude
  CHECK(parse_trend(to_string(steep, digits::full())).log_rate() == Approx(2000.0));
  // The line between the forms is drawn on the factor as written: 1e300x/year
  // and beyond is written in OOM/year. Drawn on the rate (e^-700 = 10^-304.006
  // was the line), -304.00004 OOM/year was written "-304 OOM/year", which read
  // back as a rate just inside the line and was written "1e-304x/year".
  const trend<> edge = orders_of_magnitude_per_year(-304.00004);
  CHECK(to_string(edge) == "-304 OOM/year");
  CHECK(to_string(parse_trend(to_string(edge))) == "-304 OOM/year");
  // Either side of the new line: 10^299.4 is "2.51e299x/year"; 10^299.9999
  // rounds to 1e300 as written, so it is "300 OOM/year", and reads back so.
  CHECK(to_string(orders_of_magnitude_per_year(299.4)) == "2.51e299x/year");
  CHECK(to_string(orders_of_magnitude_per_year(299.9999)) == "300 OOM/year");
  CHECK(to_string(parse_trend("300 OOM/year")) == "300 OOM/year");
  CHECK(to_string(parse_trend("2.51e299x/year")) == "2.51e299x/year");
  // 10^-300.3 = 5.01e-301 is past the line, so it is written in OOM/year;
  // -300.3 to 3 digits is -300, and 1e-300 is a factor, so the text steps
  // one unit further out, to -301, which reads back to the same text.
  CHECK(to_string(orders_of_magnitude_per_year(-300.3)) == "-301 OOM/year");
  CHECK(to_string(parse_trend("-301 OOM/year")) == "-301 OOM/year");
  CHECK(to_string(parse_trend("1e-300x/year")) == "1e-300x/year");
  // A range with one end past the line writes both ends in OOM/year; the end
  // inside (0.1766 OOM/year, 1.5x/year) rounds to nearest and stays there.
  const auto wide = orders_of_magnitude_per_year(interval{-311.0, 0.1766});
  CHECK(to_string(wide) == "-311-0.177 OOM/year");
  CHECK(to_string(parse_trend_range(to_string(wide))) == "-311-0.177 OOM/year");
}

TEST_CASE("scores, points and spans round-trip", "[round_trip]") {
  generator g(4);
  for (int i = 0; i < count; ++i) {
    const score<> s = score<>::from_share(g.unit());
    INFO(to_string(s, digits::full()));
    CHECK(parse_score(to_string(s, digits::full())) == s);
    const score<> shown = parse_score(to_string(s));
    CHECK(std::abs(shown.share() - s.share()) <= 0.00005 + 1e-15);  // 2 decimals of a percent
    CHECK(to_string(shown) == to_string(s));

    const points<> p{(g.unit() - 0.5) * 200};
    CHECK(parse_points(to_string(p, digits::full())) == p);
    CHECK(std::abs(parse_points(to_string(p)).value() - p.value()) <= 0.005 + 1e-12);

    const time_span<> t = seconds((g.next() % 2 ? 1 : -1) * g.maybe_round(g.magnitude(0, 10)));
    INFO(to_string(t, digits::full()));
    CHECK(parse_time_span(to_string(t, digits::full())) == t);
    const time_span<> ts = parse_time_span(to_string(t));
    CHECK(to_string(ts) == to_string(t));
    const auto r = parse_time_span_range(to_string(months(interval{9.0, 12.0 + 12 * g.unit()}), digits::full()));
    CHECK(r.base_value().lo() == months(9).base_value());
  }
}

TEST_CASE("default text has at most 15 significant digits, so it reads back to itself", "[round_trip]") {
  // 7,701,777,771,717,712 days is 2.108675132745426e13 years; with 2 decimals
  // that is 16 digits, "21086751327454.26 years", which read back (x 365.2425
  // days x 86400 s) and written again (/ the year) came out "...27"
  // (tests/fuzz/fuzz_parse_time_span). 15 digits: "21086751327454.3 years".
  const time_span<> t = days(7701777771717712.0);
  CHECK(to_string(t) == "21086751327454.3 years");
  CHECK(to_string(parse_time_span(to_string(t))) == to_string(t));
  // Ordinary spans keep their 2 decimals: 3.25 years (39 months, past the
  // 36 at which text turns to years) is "3.25 years".
  CHECK(to_string(years(3.25)) == "3.25 years");
  // Points too: +1234567890123.4567 points has 15 digits at 2 decimals and
  // keeps them; ten times that would have 16, and is cut to 15.
  CHECK(to_string(points{1234567890123.4567}) == "+1234567890123.46 points");
  CHECK(to_string(points{12345678901234.567}) == "+12345678901234.6 points");
}

TEST_CASE("a subnormal value is written with the digits it holds", "[round_trip]") {
  // The double nearest 1e-321 is 9.98012604599318e-322: to 3 digits
  // "9.98e-322", which reads back as 9.98012604599318e-322 again only
  // because subnormals that small are 4.94e-324 apart; its shortest text,
  // "1e-321", is what it holds, and is what is written.
  const multiplier<> tiny{1e-321};
  CHECK(to_string(tiny) == "1e-321x");
  CHECK(to_string(parse_multiplier(to_string(tiny))) == "1e-321x");
  // Normal values are unchanged: 3 significant figures.
  CHECK(to_string(multiplier{1.23456e-300}) == "1.23e-300x");
}

TEST_CASE("a value near the largest double is cut, not rounded past it", "[round_trip]") {
  // 1.7976931348623157e308 to 3 figures rounds to 1.8e308, past the largest
  // double, so "1.8e308x" would not parse; the figures are cut instead.
  const double top = std::numeric_limits<double>::max();
  CHECK(to_string(multiplier{top}) == "1.79e308x");
  CHECK(to_string(parse_multiplier(to_string(multiplier{top}))) == "1.79e308x");
  CHECK(to_string(flop(top)) == "1.79e308 FLOP");
  CHECK(to_string(points{top}) == "+1.79769313486231e308 points");  // 15 figures, cut
  CHECK(to_string(parse_money(to_string(usd(top)))) == to_string(usd(top)));
  // Chips at a precision asked for too ("1.8e308 chips" did not parse).
  CHECK(to_string(chips(top), digits{3}) == "1.79e308 chips");
  CHECK(to_string(parse_chip_count(to_string(chips(top), digits{3})), digits{3}) == "1.79e308 chips");
}

TEST_CASE("a span whose rounded text crosses into a larger unit is written in that unit", "[round_trip]") {
  // 35.996 months is under the 36 at which text turns to years, but it is
  // written to 2 decimals as 36, and "36 months" reads back as 3 years,
  // written "3 years". So 35.996 months is written "3 years" at once.
  CHECK(to_string(months(35.996)) == "3 years");
  CHECK(to_string(parse_time_span("3 years")) == "3 years");
  // The same at days to months (60.878 days rounds to 60.88, past 2 months
  // = 60.874 days) and hours to days (23.999 hours rounds to 24).
  CHECK(to_string(days(60.8737)) == "60.87 days");  // rounds down: stays in days
  CHECK(to_string(days(60.878)) == "2 months");
  CHECK(to_string(hours(23.999)) == "1 day");
  // Below the crossing nothing changes.
  CHECK(to_string(months(35.99)) == "35.99 months");
}

TEST_CASE("chips, compute, FLOP/s and dates round-trip", "[round_trip]") {
  generator g(5);
  for (int i = 0; i < count; ++i) {
    const chip_count<> c = chips(std::round(g.magnitude(0, 8)));
    INFO(to_string(c, digits::full()));
    CHECK(parse_chip_count(to_string(c)) == c);  // whole chips: exact even at the default
    CHECK(parse_chip_count(to_string(c, digits::full())) == c);
    const chip_count<> fractional = chips(g.magnitude(-3, 8));
    CHECK(parse_chip_count(to_string(fractional, digits::full())) == fractional);

    const compute<> f = flop(g.magnitude(15, 30));
    CHECK(parse_compute(to_string(f, digits::full())) == f);
    const compute<> fs = parse_compute(to_string(f));
    CHECK(within_significant(fs.base_value(), f.base_value(), 3));
    CHECK(to_string(fs) == to_string(f));

    const flop_rate<> r = flop_per_second(g.magnitude(9, 20));
    CHECK(parse_flop_rate(to_string(r, digits::full())) == r);
    CHECK(to_string(parse_flop_rate(to_string(r))) == to_string(r));

    const date d = date::from_days_since_epoch(static_cast<long>(g.next() % 80000) - 25000);
    CHECK(parse_date(to_string(d)) == d);
  }
}

TEST_CASE("chip time round-trips at full precision, in hours or chip-seconds", "[round_trip]") {
  generator g(11);
  for (int i = 0; i < count; ++i) {
    // Any number of chip-seconds, not only whole hours: those that no
    // decimal of hours multiplies back to are written in chip-seconds.
    const chip_time<> t = chip_seconds(g.maybe_round(g.magnitude(-3, 14)));
    INFO(to_string(t, digits::full()));
    CHECK(parse_chip_time(to_string(t, digits::full())) == t);
    const chip_time<> shown = parse_chip_time(to_string(t, digits{3}));
    CHECK(within_significant(shown.in(chip_hours), t.in(chip_hours), 3));
  }
}
