// libFuzzer target: time_span parsers. See tests/fuzz/README.md.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  // As the CSV reader runs them: failures recorded, not raised.
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_time_span(s); });
  try {
    fuzz::check_round_trip(curveshift::parse_time_span(text), [](std::string_view s) { return curveshift::parse_time_span(s); });
  } catch (const curveshift::parse_error&) {
  }
  return 0;
}
