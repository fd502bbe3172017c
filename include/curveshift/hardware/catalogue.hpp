// curveshift/catalogue.hpp: the chips of the essay and its sequels, with their
// published figures and the source of each (chip.sources). A namespace of
// its own because `chips` is already the unit of chip counts (chips(50'000)).
#pragma once

#include <array>
#include <string_view>

#include "curveshift/hardware/chip.hpp"
#include "curveshift/detail/names.hpp"

namespace curveshift::catalogue {

namespace detail {
inline constexpr std::string_view epoch = "Epoch AI ML hardware data";
inline constexpr std::string_view street_price =
    "order of magnitude of market prices reported in the press, 2023-2024; not a list price";
inline constexpr std::string_view month_only = "Epoch AI ML hardware data (month published; the 1st stands for it)";
// One source for the Hopper die's rates, so one value for one die. The
// H100, H800 and H200 SXM boards run the same GH100 tensor cores at the same
// boost clock, and NVIDIA's architecture whitepaper gives the dense rates to
// a tenth: 989.4 TFLOP/s BF16, 1,978.9 FP8. Data sheets print the sparse
// rates rounded (1,979 and 3,958), whose halves (989.5, 1,979) are where the
// 989, 989.4 and 989.5 that lists quote for these three boards come from.
inline constexpr std::string_view hopper_rate =
    "NVIDIA H100 Tensor Core GPU Architecture whitepaper (2022), SXM5 dense rates; the same die and clock on H800 and H200 SXM";
inline constexpr std::string_view banned_at_release_2023 =
    "above the 2023-10-17 rule's performance threshold; banned at release";
}  // namespace detail

/// NVIDIA A100 SXM 80 GB (Ampere), the chip GPT-4 and Llama 2 trained on. No
/// FP8. Its export to China needed a licence from the BIS rule of
/// 2022-10-07 (NVIDIA was told of the requirement in August 2022).
inline constexpr chip a100{chip_spec{
    .name = "A100",
    .released = date{2020, 5, 14},
    .bf16 = teraflop_per_second_per_chip(312),
    .memory_gb = 80,
    .bandwidth_tb_per_s = 2.039,
    .price_low = usd_per_chip(10'000),
    .price_high = usd_per_chip(15'000),
    .price_verified = false,
    .tdp = watts_per_chip(400),
    .banned_from = date{2022, 10, 7},
    .sources = {"NVIDIA A100 launch, GTC 2020-05-14", "NVIDIA A100 Tensor Core GPU data sheet (dense BF16)",
                "NVIDIA A100 data sheet (80 GB SXM)", "NVIDIA A100 data sheet (80 GB SXM)",
                "order of magnitude of reported market prices, unverified",
                "BIS interim final rule of 2022-10-07 (A100 and H100 caught)",
                "NVIDIA A100 data sheet: SXM, 400 W"},
}};

/// NVIDIA H100 SXM (Hopper). "H100's have been banned under the export
/// controls since their release." Release 2022-09 (the 1st stands for the
/// month); its ban is dated at release because the US licence requirement on
/// A100/H100 exports to China came before it shipped and the 2022-10-07
/// rule codified it, so there was no lawful window to ship one to China.
inline constexpr chip h100{chip_spec{
    .name = "H100",
    .released = date{2022, 9, 1},
    .bf16 = teraflop_per_second_per_chip(989.4),
    .fp8 = teraflop_per_second_per_chip(1978.9),
    .memory_gb = 80,
    .bandwidth_tb_per_s = 3.35,
    .price_low = usd_per_chip(25'000),
    .price_high = usd_per_chip(40'000),
    .tdp = watts_per_chip(700),
    .banned_from = date{2022, 9, 1},
    .sources = {detail::month_only, detail::hopper_rate, detail::epoch, detail::epoch, detail::street_price,
                "BIS interim final rule of 2022-10-07 (A100 and H100 caught); banned at release",
                "NVIDIA H100 data sheet: SXM, up to 700 W (unverified here)"},
    .note = "the SXM board; catalogue::h100_pcie is the PCIe card",
}};

/// NVIDIA H100 PCIe: the same die at lower clocks and power, with HBM2e.
inline constexpr chip h100_pcie{chip_spec{
    .name = "H100 PCIe",
    .released = date{2022, 9, 1},
    .bf16 = teraflop_per_second_per_chip(756),
    .fp8 = teraflop_per_second_per_chip(1513),
    .memory_gb = 80,
    .bandwidth_tb_per_s = 2.0,
    .price_low = usd_per_chip(25'000),
    .price_high = usd_per_chip(30'000),
    .price_verified = false,
    .tdp = watts_per_chip(350),
    .banned_from = date{2022, 9, 1},
    .sources = {detail::month_only, "NVIDIA H100 data sheet, PCIe: 1,513 BF16 and 3,026 FP8 TFLOP/s with sparsity, halved",
                "NVIDIA H100 data sheet (PCIe)", "NVIDIA H100 data sheet (PCIe)",
                "order of magnitude of reported market prices, unverified",
                "BIS interim final rule of 2022-10-07; banned at release, as the SXM board",
                "NVIDIA H100 data sheet: PCIe, 300-350 W (the upper figure)"},
}};

/// NVIDIA H800 SXM: the H100 with chip-to-chip interconnect cut under the
/// 2022 threshold. "H800's were allowed under the initial round of 2022
/// export controls, but were banned in Oct 2023 when the controls were
/// updated." Banned from 2023-11-16, the effective date of the 2023-10-17
/// rule: that is the first day the published rule made the export unlawful.
/// Its compute and memory are the H100 SXM's (the same board).
inline constexpr chip h800{chip_spec{
    .name = "H800",
    .released = date{2023, 3, 1},
    .bf16 = teraflop_per_second_per_chip(989.4),
    .fp8 = teraflop_per_second_per_chip(1978.9),
    .memory_gb = 80,
    .bandwidth_tb_per_s = 3.35,
    .price_low = usd_per_chip(30'000),
    .tdp = watts_per_chip(700),
    .banned_from = date{2023, 11, 16},
    .sources = {detail::month_only, detail::hopper_rate, detail::epoch,
                "the H100 SXM board's 3.35 TB/s (Epoch AI lists 3.36, the same memory rounded otherwise)",
                detail::street_price, "BIS update of 2023-10-17, effective 2023-11-16 (A800 and H800 now covered)",
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
    .bf16 = teraflop_per_second_per_chip(989.4),
    .fp8 = teraflop_per_second_per_chip(1978.9),
    .memory_gb = 141,
    .bandwidth_tb_per_s = 4.8,
    .price_low = usd_per_chip(35'000),
    .price_high = usd_per_chip(40'000),
    .tdp = watts_per_chip(700),
    .banned_from = date{2024, 1, 1},
    .sources = {"Epoch AI ML hardware data (year published; January 1st stands for it)", detail::hopper_rate,
                "NVIDIA H200 data sheet (SXM)", detail::epoch, detail::street_price, detail::banned_at_release_2023,
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
                detail::banned_at_release_2023, "NVIDIA B200: 1,000 W (vendor data; unverified here)"},
}};

/// NVIDIA GB200, per GPU: one of the two Blackwell GPUs of a Grace Blackwell
/// superchip, as the GB200 NVL72 rack quotes them (72 GPUs). It runs faster
/// than an HGX B200 at more power. No per-GPU price is published (racks are
/// sold whole).
inline constexpr chip gb200{chip_spec{
    .name = "GB200",
    .released = date{2024, 3, 18},
    .bf16 = teraflop_per_second_per_chip(2500),
    .fp8 = teraflop_per_second_per_chip(5000),
    .memory_gb = 186,
    .bandwidth_tb_per_s = 8.0,
    .tdp = watts_per_chip(1200),
    .banned_from = date{2024, 3, 18},
    .sources = {"NVIDIA GTC keynote, 2024-03-18 (announced)",
                "NVIDIA GB200 NVL72 specifications: 360 PFLOP/s BF16 and 720 FP8 with sparsity for 72 GPUs, halved",
                "NVIDIA GB200 NVL72 specifications: 13.4 TB HBM3e for 72 GPUs",
                "NVIDIA GB200 NVL72 specifications: 576 TB/s for 72 GPUs", "",
                detail::banned_at_release_2023,
                "reported configuration of a GB200 NVL72 GPU, about 1,200 W (unverified)"},
    .note = "per GPU of the NVL72 rack; a superchip is two of these and a Grace CPU",
}};

/// AMD Instinct MI300X. Above the 2023 threshold: banned at release.
inline constexpr chip mi300x{chip_spec{
    .name = "MI300X",
    .released = date{2023, 12, 6},
    .bf16 = teraflop_per_second_per_chip(1307.4),
    .fp8 = teraflop_per_second_per_chip(2614.9),
    .memory_gb = 192,
    .bandwidth_tb_per_s = 5.3,
    .price_low = usd_per_chip(10'000),
    .price_high = usd_per_chip(20'000),
    .price_verified = false,
    .tdp = watts_per_chip(750),
    .banned_from = date{2023, 12, 6},
    .sources = {"AMD Advancing AI event, 2023-12-06 (launch)", "AMD Instinct MI300X data sheet (dense)",
                "AMD Instinct MI300X data sheet", "AMD Instinct MI300X data sheet",
                "order of magnitude of reported prices to large buyers, unverified", detail::banned_at_release_2023,
                "AMD Instinct MI300X data sheet: 750 W"},
}};

/// Google TPU v5p, one chip. Not sold: rented in Google Cloud. Google
/// publishes no FP8 rate (INT8: 918 TOPS), no TDP and no price.
inline constexpr chip tpu_v5p{chip_spec{
    .name = "TPU v5p",
    .released = date{2023, 12, 6},
    .bf16 = teraflop_per_second_per_chip(459),
    .memory_gb = 95,
    .bandwidth_tb_per_s = 2.765,
    .banned_from = date{2023, 12, 6},
    .sources = {"Google Cloud announcement of TPU v5p, 2023-12-06", "Google Cloud TPU v5p documentation",
                "Google Cloud TPU v5p documentation", "Google Cloud TPU v5p documentation", "",
                "above the 2023-10-17 rule's performance threshold (the chip is not sold, only rented)", ""},
    .note = "rented in Google Cloud, not sold",
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
inline constexpr std::array<const chip*, 12> all = {&a100, &h100, &h100_pcie, &h800, &h20,        &h200,
                                                    &b200, &gb200, &mi300x,    &tpu_v5p, &ascend_910b, &ascend_910c};

namespace detail {
using curveshift::detail::same_name;
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
                                "one of A100, H100, H100 PCIe, H800, H20, H200, B200, GB200, MI300X, TPU v5p, "
                                "Ascend 910B, Ascend 910C");
}

}  // namespace curveshift::catalogue
