// libFuzzer target: parse_date. See tests/fuzz/README.md.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  // As the CSV reader runs it: failures recorded, not raised.
  fuzz::check_soft_agrees(text, [](std::string_view s) { return curveshift::parse_date(s); });
  try {
    const curveshift::date d = curveshift::parse_date(text);
    const std::string shown = to_string(d);
    if (curveshift::parse_date(shown) != d) fuzz::bug("date", shown, to_string(curveshift::parse_date(shown)));
  } catch (const curveshift::parse_error&) {
  }
  try {
    (void)curveshift::is_approximate(text);
  } catch (...) {
    fuzz::bug("is_approximate threw", std::string(text), "");
  }
  return 0;
}
