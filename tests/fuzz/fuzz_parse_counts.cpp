// libFuzzer target: parameter and token counts, power, energy, prices per
// token and chip time, single values and ranges. See tests/fuzz/README.md.
#include "fuzz_common.hpp"

namespace {
template <class Parse>
void fuzz_one(std::string_view text, Parse parse) {
  try {
    fuzz::check_round_trip(parse(text), parse);
  } catch (const curveshift::parse_error&) {
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  // As the CSV reader runs them: failures recorded, not raised.
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_parameter_count(s); });
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_token_count(s); });
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_energy(s); });
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_power(s); });
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_price_per_token(s); });
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_chip_time(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_parameter_count(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_parameter_count_range(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_token_count(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_token_count_range(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_power(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_power_range(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_energy(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_energy_range(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_price_per_token(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_price_per_token_range(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_chip_time(s); });
  fuzz_one(text, [](std::string_view s) { return curveshift::parse_chip_time_range(s); });
  return 0;
}
