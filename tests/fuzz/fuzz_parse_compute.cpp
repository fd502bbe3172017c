// libFuzzer target: compute parsers. See tests/fuzz/README.md.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  // As the CSV reader runs them: failures recorded, not raised.
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_compute(s); });
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_flop_rate(s); });
  try {
    fuzz::check_round_trip(curveshift::parse_compute(text), [](std::string_view s) { return curveshift::parse_compute(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_flop_rate(text), [](std::string_view s) { return curveshift::parse_flop_rate(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_flop_rate_per_chip(text),
                           [](std::string_view s) { return curveshift::parse_flop_rate_per_chip(s); });
  } catch (const curveshift::parse_error&) {
  }
  return 0;
}
