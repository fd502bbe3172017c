// libFuzzer target: ranges parsers. See tests/fuzz/README.md.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  try {
    fuzz::check_round_trip(curveshift::parse_money_range(text), [](std::string_view s) { return curveshift::parse_money_range(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_price_per_chip_range(text), [](std::string_view s) { return curveshift::parse_price_per_chip_range(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_multiplier_range(text), [](std::string_view s) { return curveshift::parse_multiplier_range(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_trend_range(text), [](std::string_view s) { return curveshift::parse_trend_range(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_score_range(text), [](std::string_view s) { return curveshift::parse_score_range(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_points_range(text), [](std::string_view s) { return curveshift::parse_points_range(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_time_span_range(text), [](std::string_view s) { return curveshift::parse_time_span_range(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_chip_count_range(text), [](std::string_view s) { return curveshift::parse_chip_count_range(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_compute_range(text), [](std::string_view s) { return curveshift::parse_compute_range(s); });
  } catch (const curveshift::parse_error&) {
  }
  try {
    fuzz::check_round_trip(curveshift::parse_flop_rate_range(text), [](std::string_view s) { return curveshift::parse_flop_rate_range(s); });
  } catch (const curveshift::parse_error&) {
  }
  return 0;
}
