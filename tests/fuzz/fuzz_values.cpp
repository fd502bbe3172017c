// libFuzzer target: values made from numbers rather than text. The input's
// first byte picks a kind (money, multiplier, trend, score and points, time
// span, compute and FLOP/s, chips and prices, a training run, ranges); the rest
// becomes doubles of any bit pattern, which make values, combine them and
// read them. Every call must return or raise curveshift::error, nothing else;
// a read never hands out NaN or infinity; and every value made writes text
// that reads back (fuzz_common.hpp's round trip: exactly at digits::full(),
// to the same text at the default). The parsers' targets start from text;
// this one reaches the values text seldom writes (subnormals, 1e300, values
// one ulp from a unit boundary). See README.md here.
#include <cmath>
#include <cstddef>
#include <cstdint>

#include "fuzz_common.hpp"
#include "fuzz_doubles.hpp"

namespace {

using namespace curveshift;
using fuzz::answer;
using fuzz::check_finite;
using fuzz::doubles;

void fuzz_money(doubles& in) {
  const money<> a = usd(in.next());
  const money<> b = usd(in.next());
  const multiplier<> m{in.next()};
  fuzz::check_round_trip(a, [](std::string_view s) { return parse_money(s); });
  answer([&] { check_finite((a + b).base_value(), "money + money"); });
  answer([&] { check_finite((a - b).base_value(), "money - money"); });
  answer([&] { check_finite((a * m).in(million_usd), "money x multiplier"); });
  answer([&] { check_finite((a / m).in(usd), "money / multiplier"); });
  answer([&] { check_finite(a / b, "money / money"); });
  answer([&] { fuzz::check_round_trip(a * m, [](std::string_view s) { return parse_money(s); }); });
}

void fuzz_multiplier(doubles& in) {
  const multiplier<> a{in.next()};
  const multiplier<> b{in.next()};
  const double k = in.next();
  fuzz::check_round_trip(a, [](std::string_view s) { return parse_multiplier(s); });
  answer([&] { check_finite((a * b).value(), "multiplier x multiplier"); });
  answer([&] { check_finite((a / b).value(), "multiplier / multiplier"); });
  answer([&] { check_finite(pow(a, k).value(), "pow(multiplier, k)"); });
  answer([&] { check_finite(a.inverse().value(), "multiplier::inverse"); });
  answer([&] { check_finite(percent_drop(k).value(), "percent_drop"); });
  answer([&] { fuzz::check_round_trip(a * b, [](std::string_view s) { return parse_multiplier(s); }); });
}

void fuzz_trend(doubles& in) {
  const double f = in.next();
  const double span = in.next();
  const double k = in.next();
  const double m = in.next();
  const auto parse = [](std::string_view s) { return parse_trend(s); };
  answer([&] {
    const trend<> t = per_year(f);
    fuzz::check_round_trip(t, parse);
    answer([&] { check_finite(t.over(months(span)).value(), "trend::over"); });
    answer([&] { check_finite(t.time_for(multiplier{m}).in(months), "trend::time_for"); });
    answer([&] { check_finite(pow(t, k).over(years(1)).value(), "pow(trend, k)"); });
    answer([&] { fuzz::check_round_trip(t * t.inverse(), parse); });
  });
  answer([&] { fuzz::check_round_trip(halving_every(months(span)), parse); });
  answer([&] { fuzz::check_round_trip(doubling_every(days(span)), parse); });
  answer([&] { fuzz::check_round_trip(orders_of_magnitude_per_year(k), parse); });
  answer([&] { fuzz::check_round_trip(multiplier{m} / years(span), parse); });
}

void fuzz_score_points(doubles& in) {
  const double s = in.next();
  const double p = in.next();
  answer([&] { fuzz::check_round_trip(score<>::from_share(s), [](std::string_view t) { return parse_score(t); }); });
  answer([&] { fuzz::check_round_trip(percent(s), [](std::string_view t) { return parse_score(t); }); });
  answer([&] { fuzz::check_round_trip(points{p}, [](std::string_view t) { return parse_points(t); }); });
  answer([&] {
    const auto moved = score<>::from_share(s) + points{p};  // a domain error past 0 or 100%
    check_finite(moved.share(), "score + points");
  });
}

void fuzz_spans(doubles& in) {
  const double a = in.next();
  const double b = in.next();
  const auto parse = [](std::string_view t) { return parse_time_span(t); };
  answer([&] { fuzz::check_round_trip(seconds(a), parse); });
  answer([&] { fuzz::check_round_trip(days(a), parse); });
  answer([&] { fuzz::check_round_trip(months(a), parse); });
  answer([&] { fuzz::check_round_trip(years(a), parse); });
  answer([&] { check_finite((months(a) + years(b)).in(days), "span + span"); });
  answer([&] { check_finite((months(a) / years(b)), "span / span"); });
}

void fuzz_compute(doubles& in) {
  const double w = in.next();
  const double r = in.next();
  answer([&] { fuzz::check_round_trip(flop(w), [](std::string_view t) { return parse_compute(t); }); });
  answer([&] { fuzz::check_round_trip(flop_per_second(r), [](std::string_view t) { return parse_flop_rate(t); }); });
  answer([&] { check_finite((flop(w) / flop_per_second(r)).in(days), "compute / FLOP/s"); });
  answer([&] { check_finite((flop_per_second(r) * seconds(w)).in(flop), "FLOP/s x span"); });
}

void fuzz_chips(doubles& in) {
  const double n = in.next();
  const double price = in.next();
  const double amount = in.next();
  answer([&] { fuzz::check_round_trip(chips(n), [](std::string_view t) { return parse_chip_count(t); }); });
  answer([&] {
    fuzz::check_round_trip(usd_per_chip(price), [](std::string_view t) { return parse_price_per_chip(t); });
  });
  answer([&] { check_finite(chips_for(usd(amount), usd_per_chip(price)).in(chips), "chips_for"); });
  answer([&] { check_finite(cost_of(chips(n), usd_per_chip(price)).in(usd), "cost_of"); });
}

void fuzz_training_run(doubles& in) {
  const double work = in.next();
  const double count = in.next();
  const double share = in.next();
  const double rent = in.next();
  answer([&] {
    const training_run run{flop(work), catalogue::h800, chips(count), mfu{share}, precision::bf16};
    answer([&] { check_finite(run.wall_clock().in(days), "training_run::wall_clock"); });
    answer([&] { check_finite(run.chip_time_used().in(chip_hours), "training_run::chip_time_used"); });
    answer([&] { check_finite(run.rental_cost(usd_per_chip_hour(rent)).in(usd), "training_run::rental_cost"); });
    answer([&] {
      check_finite(implied_mfu(flop(work), run.chip_time_used(), catalogue::h800, precision::bf16).share(),
                  "implied_mfu");
    });
  });
}

// Ranges (interval<double>) of the same values, through the range parsers.
void fuzz_ranges(doubles& in) {
  const double a = in.next();
  const double b = in.next();
  answer([&] {
    fuzz::check_round_trip(usd(interval<double>{a, b}), [](std::string_view t) { return parse_money_range(t); });
  });
  answer([&] {
    fuzz::check_round_trip(multiplier{interval<double>{a, b}},
                           [](std::string_view t) { return parse_multiplier_range(t); });
  });
  answer([&] {
    fuzz::check_round_trip(months(interval<double>{a, b}), [](std::string_view t) { return parse_time_span_range(t); });
  });
  answer([&] {
    fuzz::check_round_trip(per_year(interval<double>{a, b}), [](std::string_view t) { return parse_trend_range(t); });
  });
  answer([&] {
    fuzz::check_round_trip(score<interval<double>>::from_share(interval<double>{a, b}),
                           [](std::string_view t) { return parse_score_range(t); });
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  doubles in{data + 1, size - 1};
  switch (data[0] % 9) {
    case 0: answer([&] { fuzz_money(in); }); break;
    case 1: answer([&] { fuzz_multiplier(in); }); break;
    case 2: answer([&] { fuzz_trend(in); }); break;
    case 3: answer([&] { fuzz_score_points(in); }); break;
    case 4: answer([&] { fuzz_spans(in); }); break;
    case 5: answer([&] { fuzz_compute(in); }); break;
    case 6: answer([&] { fuzz_chips(in); }); break;
    case 7: answer([&] { fuzz_training_run(in); }); break;
    default: answer([&] { fuzz_ranges(in); }); break;
  }
  return 0;
}
