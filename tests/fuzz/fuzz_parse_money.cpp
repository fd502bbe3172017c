// libFuzzer target: money parsers. See tests/fuzz/README.md.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  // As the CSV reader runs them: failures recorded, not raised.
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_money(s); });
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_price_per_chip(s); });
  try {
    fuzz::check_round_trip(curveshift::parse_money(text), [](std::string_view s) { return curveshift::parse_money(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_price_per_chip(text), [](std::string_view s) { return curveshift::parse_price_per_chip(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    // A rental price is kept per second: the x3600 out and /3600 back each
    // round once, so its full-precision text reads back within a few ulps.
    const auto v = curveshift::parse_price_per_chip_hour(text);
    const std::string full = to_string(v, curveshift::digits::full());
    const auto back = curveshift::parse_price_per_chip_hour(full);
    const double a = v.base_value();
    const double b = back.base_value();
    if (std::abs(a - b) > 4 * std::numeric_limits<double>::epsilon() * std::abs(a)) {
      fuzz::bug("rental price at full precision", full, to_string(back, curveshift::digits::full()));
    }
  } catch (const curveshift::parse_error&) {
  }
  return 0;
}
