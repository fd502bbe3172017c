// curveshift/chip.hpp: an AI accelerator as published figures, each with
// its source. The essay's second half is arithmetic over chips: "50,000
// Hopper chips", "millions of chips", which of them were banned and when.
// curveshift/catalogue.hpp names the essay's chips; users define their own
// with the same type.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "curveshift/core/date.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/core/energy.hpp"
#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// The number format a FLOP/s figure is quoted at. All figures are dense
/// (no 2:4 sparsity). bf16 also stands for FP16: on every chip here the two
/// dense rates are equal, and the Ascend figures are quoted at FP16.
enum class precision { bf16, fp8 };

/// "bf16" or "fp8".
inline std::string to_string(precision p) { return p == precision::bf16 ? "bf16" : "fp8"; }

/// Where each figure of a chip comes from ("Epoch AI ML hardware data", a
/// vendor sheet, a BIS rule), so a number can be traced and replaced.
struct chip_sources {
  std::string_view release{};
  std::string_view flop_rate{};
  std::string_view memory{};
  std::string_view bandwidth{};
  std::string_view price{};
  std::string_view export_control{};
  std::string_view power{};
};

/// The figures of a chip, for designated initialisers:
///   chip{chip_spec{.name = "X1", .released = date{2024, 1, 1},
///                  .bf16 = teraflop_per_second_per_chip(500)}}.
/// A figure that is not published stays std::nullopt: never 0. A price is given as
/// price_low and price_high (read back by chip::price() as an interval); a
/// point price sets only price_low.
struct chip_spec {
  std::string_view name;
  date released;
  /// Dense BF16/FP16 FLOP/s.
  flop_rate_per_chip<> bf16;
  /// Dense FP8 FLOP/s, where the chip has FP8 and the figure is published.
  std::optional<flop_rate_per_chip<>> fp8{};
  std::optional<double> memory_gb{};
  std::optional<double> bandwidth_tb_per_s{};
  /// Order-of-magnitude price; price_high defaults to price_low.
  std::optional<price_per_chip<>> price_low{};
  std::optional<price_per_chip<>> price_high{};
  /// False where the price was not checked against its source: a default a
  /// user may override, never a test oracle.
  bool price_verified = true;
  /// Thermal design power of one chip: 700 W for the H100 SXM.
  std::optional<power_per_chip<>> tdp{};
  /// The first day its export to China was banned (US controls); nullopt
  /// while it is allowed. A date on or before release means "banned at release".
  std::optional<date> banned_from{};
  chip_sources sources{};
  /// Anything a reader should know: "interconnect cut to ~400 GB/s".
  std::string_view note{};
};

/// An accelerator: its name, release date, dense FLOP/s, memory, price and
/// export-control status, each figure with its source. Asking for a figure
/// that is not published raises curveshift::error.
class chip {
 public:
  constexpr explicit chip(const chip_spec& spec) : s_(spec) {
    if (s_.name.empty()) detail::fail("chip", "name = \"\"; expected a chip name");
    check_positive(s_.bf16.base_value(), "bf16");
    if (s_.fp8) check_positive(s_.fp8->base_value(), "fp8");
    if (s_.memory_gb) check_positive(*s_.memory_gb, "memory_gb");
    if (s_.bandwidth_tb_per_s) check_positive(*s_.bandwidth_tb_per_s, "bandwidth_tb_per_s");
    if (s_.tdp) check_positive(s_.tdp->base_value(), "tdp");
    if (s_.price_high && !s_.price_low) detail::fail("chip", "price_high is set without price_low");
    if (s_.price_low) {
      check_positive(s_.price_low->base_value(), "price_low");
      if (!s_.price_high) s_.price_high = s_.price_low;
      check_positive(s_.price_high->base_value(), "price_high");
      if (*s_.price_high < *s_.price_low) {
        detail::fail("chip", "price_high", static_cast<long double>(s_.price_high->base_value()),
                     "a price >= price_low");
      }
    }
  }

  /// "H100".
  constexpr std::string_view name() const { return s_.name; }
  /// The release date (the 1st of the month, or of January, where only a
  /// month or a year is published).
  constexpr date released() const { return s_.released; }

  /// True when the chip has a published dense figure at this precision.
  constexpr bool has(precision p) const { return p == precision::bf16 || s_.fp8.has_value(); }

  /// Dense FLOP/s of one chip at a precision: 989.4 TFLOP/s for the H100 at bf16.
  constexpr flop_rate_per_chip<> flop_rate(precision p) const {
    if (p == precision::bf16) return s_.bf16;
    if (!s_.fp8) detail::fail_text("chip::flop_rate", "precision", "fp8", "a precision with a published figure for this chip");
    return *s_.fp8;
  }

  constexpr bool memory_known() const { return s_.memory_gb.has_value(); }
  /// Memory in GB: 80 for the H100.
  constexpr double memory_gb() const {
    if (!s_.memory_gb) detail::fail_text("chip::memory_gb", "chip", s_.name, "a chip whose memory is published");
    return *s_.memory_gb;
  }

  constexpr bool bandwidth_known() const { return s_.bandwidth_tb_per_s.has_value(); }
  /// Memory bandwidth in TB/s: 3.35 for the H100.
  constexpr double bandwidth_tb_per_s() const {
    if (!s_.bandwidth_tb_per_s) {
      detail::fail_text("chip::bandwidth_tb_per_s", "chip", s_.name, "a chip whose memory bandwidth is published");
    }
    return *s_.bandwidth_tb_per_s;
  }

  constexpr bool tdp_known() const { return s_.tdp.has_value(); }
  /// Thermal design power, the most one chip draws: 700 W for the H100 SXM.
  constexpr power_per_chip<> tdp() const {
    if (!s_.tdp) detail::fail_text("chip::tdp", "chip", s_.name, "a chip whose TDP is published");
    return *s_.tdp;
  }

  constexpr bool price_known() const { return s_.price_low.has_value(); }
  /// The order-of-magnitude price as bounds: [$25k, $40k] for the H100; a
  /// point interval for a point price (~$30k for the H800).
  constexpr price_per_chip<interval<>> price() const {
    if (!s_.price_low) detail::fail_text("chip::price", "chip", s_.name, "a chip whose price is known");
    return usd_per_chip(interval<>(s_.price_low->base_value(), s_.price_high->base_value()));
  }
  /// False where the catalogue marks the price "(unverified)".
  constexpr bool price_verified() const { return s_.price_verified; }

  /// The first day its export to China was banned; nullopt while allowed.
  constexpr const std::optional<date>& banned_from() const { return s_.banned_from; }

  constexpr const chip_sources& sources() const { return s_.sources; }
  constexpr std::string_view note() const { return s_.note; }

  /// Chips are identified by name: a fleet holds each name once.
  friend constexpr bool operator==(const chip& a, const chip& b) { return a.s_.name == b.s_.name; }

 private:
  static constexpr void check_positive(double v, const char* argument) {
    detail::require_positive(v, "chip", argument);
  }

  chip_spec s_;
};

/// A chip is written as its name: "H100".
inline std::string to_string(const chip& c) { return std::string(c.name()); }

}  // namespace curveshift
