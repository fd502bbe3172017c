// curveshift/catalogue.hpp: the chips of the essay and its sequels, with their
// published figures and the source of each (chip.sources). A namespace of
// its own because `chips` is already the unit of chip counts (chips(50'000)).
#pragma once

#include <array>
#include <string_view>

#include "curveshift/chip.hpp"

namespace curveshift::catalogue {

namespace detail {
inline constexpr std::string_view epoch = "Epoch AI ML hardware data";
inline constexpr std::string_view street_price =
    "order of magnitude of market prices reported in the press, 2023-2024; not a list price";
inline constexpr std::string_view month_only = "Epoch AI ML hardware data (month published; the 1st stands for it)";
}  // namespace detail

/// NVIDIA H100 SXM (Hopper). "H100's have been banned under the export
/// controls since their release." Release 2022-09 (the 1st stands for the
/// month); its ban is dated at release because the US licence requirement on
/// A100/H100 exports to China came before it shipped and the 2022-10-07
/// rule codified it, so there was no lawful window to ship one to China.
inline constexpr chip h100{chip_spec{
    .name = "H100",
    .released = date{2022, 9, 1},
    .bf16 = teraflop_per_second_per_chip(989.4),
    .fp8 = teraflop_per_second_per_chip(1979),
    .memory_gb = 80,
    .bandwidth_tb_per_s = 3.35,
    .price_low = usd_per_chip(25'000),
    .price_high = usd_per_chip(40'000),
    .tdp = watts_per_chip(700),
    .banned_from = date{2022, 9, 1},
    .sources = {detail::month_only, detail::epoch, detail::epoch, detail::epoch, detail::street_price,
                "BIS interim final rule of 2022-10-07 (A100 and H100 caught); banned at release",
                "NVIDIA H100 data sheet: SXM, up to 700 W (unverified here)"},
}};

/// NVIDIA H800 SXM: the H100 with chip-to-chip interconnect cut under the
/// 2022 threshold. "H800's were allowed under the initial round of 2022
/// export controls, but were banned in Oct 2023 when the controls were
/// updated." Banned from 2023-11-16, the effective date of the 2023-10-17
/// rule: that is the first day the published rule made the export unlawful.
inline constexpr chip h800{chip_spec{
    .name = "H800",
    .released = date{2023, 3, 1},
    .bf16 = teraflop_per_second_per_chip(989),
    .fp8 = teraflop_per_second_per_chip(1979),
    .memory_gb = 80,
    .bandwidth_tb_per_s = 3.36,
    .price_low = usd_per_chip(30'000),
    .tdp = watts_per_chip(700),
    .banned_from = date{2023, 11, 16},
    .sources = {detail::month_only, detail::epoch, detail::epoch, detail::epoch, detail::street_price,
                "BIS update of 2023-10-17, effective 2023-11-16 (A800 and H800 now covered)",
                "NVIDIA H800 SXM: the H100 SXM board, up to 700 W (vendor data; unverified here)"},
    .note = "interconnect cut to ~400 GB/s (reports differ)",
}};

/// NVIDIA H20: a Hopper cut down to pass the 2023 rule. "H20's are less
/// efficient for training and more efficient for sampling, and are still
/// allowed" (January 2025): 148 TFLOP/s bf16, but more memory bandwidth
/// (4.0 TB/s) than the H100.
inline constexpr chip h20{chip_spec{
    .name = "H20",
    .released = date{2023, 11, 1},
    .bf16 = teraflop_per_second_per_chip(148),
    .fp8 = teraflop_per_second_per_chip(296),
    .memory_gb = 96,
    .bandwidth_tb_per_s = 4.0,
    .price_low = usd_per_chip(12'000),
    .tdp = watts_per_chip(400),
    .sources = {detail::month_only, detail::epoch, detail::epoch, detail::epoch, detail::street_price,
                "outside the controls when the essay was written (January 2025)",
                "NVIDIA H20: 400 W (vendor data; unverified here)"},
}};

/// NVIDIA H200 SXM: the H100's compute with 141 GB of faster memory. Above
/// the 2023 performance threshold, so banned for export to China at release.
/// Only the year (2024) is published; 2024-01-01 stands for it.
inline constexpr chip h200{chip_spec{
    .name = "H200",
    .released = date{2024, 1, 1},
    .bf16 = teraflop_per_second_per_chip(989.5),
    .fp8 = teraflop_per_second_per_chip(1979),
    .memory_gb = 141,
    .bandwidth_tb_per_s = 4.8,
    .price_low = usd_per_chip(35'000),
    .price_high = usd_per_chip(40'000),
    .tdp = watts_per_chip(700),
    .banned_from = date{2024, 1, 1},
    .sources = {"Epoch AI ML hardware data (year published; January 1st stands for it)", detail::epoch,
                "vendor sheet", detail::epoch, detail::street_price,
                "above the 2023-10-17 rule's performance threshold; banned at release",
                "NVIDIA H200 data sheet: SXM, up to 700 W (unverified here)"},
}};

/// NVIDIA B200 (Blackwell). Above the 2023 threshold: banned at release.
inline constexpr chip b200{chip_spec{
    .name = "B200",
    .released = date{2024, 3, 1},
    .bf16 = teraflop_per_second_per_chip(2250),
    .fp8 = teraflop_per_second_per_chip(4500),
    .memory_gb = 192,
    .bandwidth_tb_per_s = 8.0,
    .price_low = usd_per_chip(45'000),
    .tdp = watts_per_chip(1000),
    .banned_from = date{2024, 3, 1},
    .sources = {detail::month_only, detail::epoch, detail::epoch, detail::epoch, detail::street_price,
                "above the 2023-10-17 rule's performance threshold; banned at release",
                "NVIDIA B200: 1,000 W (vendor data; unverified here)"},
}};

/// Huawei Ascend 910B. "China's best AI chips, the Huawei Ascend series, are
/// substantially less capable than the leading chip made by U.S.-based
/// Nvidia." Made in China, so US export controls never ban it there. FP8 is
/// not published; the price is unverified.
inline constexpr chip ascend_910b{chip_spec{
    .name = "Ascend 910B",
    .released = date{2023, 1, 1},
    .bf16 = teraflop_per_second_per_chip(376),
    .memory_gb = 64,
    .bandwidth_tb_per_s = 1.2,
    .price_low = usd_per_chip(17'000),
    .price_verified = false,
    .sources = {"Epoch AI ML hardware data (year published; January 1st stands for it)",
                "Epoch AI ML hardware data (FP16)", detail::epoch, detail::epoch,
                "order of magnitude of reported market prices, unverified",
                "a Chinese chip: not subject to US export controls in China"},
}};

/// Huawei Ascend 910C. FP8, memory and price are not published.
inline constexpr chip ascend_910c{chip_spec{
    .name = "Ascend 910C",
    .released = date{2024, 10, 1},
    .bf16 = teraflop_per_second_per_chip(800),
    .bandwidth_tb_per_s = 3.2,
    .sources = {detail::month_only, "Epoch AI ML hardware data (FP16)", "", detail::epoch, "",
                "a Chinese chip: not subject to US export controls in China"},
}};

/// Every chip of the catalogue, in the order above.
inline constexpr std::array<const chip*, 7> all = {&h100, &h800, &h20, &h200, &b200, &ascend_910b, &ascend_910c};

namespace detail {
constexpr char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}
}  // namespace detail

/// True when the catalogue has a chip of that name (case ignored).
constexpr bool contains(std::string_view name) {
  for (const chip* c : all) {
    if (detail::same_name(c->name(), name)) return true;
  }
  return false;
}

/// The chip of that name, case ignored: find("h800") is catalogue::h800.
/// An unknown name raises curveshift::error.
constexpr const chip& find(std::string_view name) {
  for (const chip* c : all) {
    if (detail::same_name(c->name(), name)) return *c;
  }
  curveshift::detail::fail_text("catalogue::find", "name", name,
                                "one of H100, H800, H20, H200, B200, Ascend 910B, Ascend 910C");
}

}  // namespace curveshift::catalogue
