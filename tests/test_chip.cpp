// The chip type and the catalogue: published figures, their sources, lookups,
// honest unknowns, user-defined chips (../shared/facts.md, "Chips").
#include <curveshift/curveshift.hpp>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("the catalogue holds the figures of facts.md", "[chip][catalogue]") {
  // H100 SXM: 989.4 TFLOP/s bf16, 1,978.9 fp8 (the whitepaper's dense rates), 80 GB, 3.35 TB/s, $25k-$40k.
  CHECK(catalogue::h100.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(989.4));
  CHECK(catalogue::h100.flop_rate(precision::fp8).base_value() == Approx(1.9789e15));
  CHECK(catalogue::h100.memory_gb() == 80);
  CHECK(catalogue::h100.bandwidth_tb_per_s() == Approx(3.35));
  CHECK(catalogue::h100.price().in(usd_per_chip).lo() == 25'000);
  CHECK(catalogue::h100.price().in(usd_per_chip).hi() == 40'000);
  CHECK(catalogue::h100.released() == date{2022, 9, 1});
  CHECK_THAT(std::string(catalogue::h100.sources().flop_rate), ContainsSubstring("whitepaper"));
  // H800: same compute as the H100; a point price (~$30k) has low == high.
  CHECK(catalogue::h800.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(989.4));
  CHECK(catalogue::h800.price().in(usd_per_chip).width() == 0);
  CHECK(to_string(catalogue::h100.price()) == "$25-40k per chip");
  CHECK(catalogue::h800.price().in(usd_per_chip).hi() == 30'000);
  CHECK_THAT(std::string(catalogue::h800.note()), ContainsSubstring("400 GB/s"));
  // H20: 148 / 296 TFLOP/s, so 989.4 / 148 = 6.685 H20s match one H100 at bf16 ...
  CHECK(catalogue::h100.flop_rate(precision::bf16) / catalogue::h20.flop_rate(precision::bf16) == Approx(6.685135));
  // ... but more memory bandwidth (4.0 vs 3.35 TB/s): "more efficient for sampling".
  CHECK(catalogue::h20.bandwidth_tb_per_s() > catalogue::h100.bandwidth_tb_per_s());
  CHECK(catalogue::h20.memory_gb() == 96);
  CHECK(catalogue::h20.price().in(usd_per_chip).lo() == 12'000);
  CHECK(catalogue::h200.memory_gb() == 141);
  CHECK(catalogue::h200.sources().memory == "NVIDIA H200 data sheet (SXM)");
  CHECK(catalogue::b200.flop_rate(precision::fp8).in(teraflop_per_second_per_chip) == Approx(4500));
  CHECK(catalogue::b200.price().in(usd_per_chip).lo() == 45'000);
  CHECK(catalogue::ascend_910b.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(376));
  CHECK(catalogue::ascend_910c.bandwidth_tb_per_s() == Approx(3.2));
  CHECK(catalogue::all.size() == 12);
}

TEST_CASE("figures that are not published are unknown, never zero", "[chip][catalogue]") {
  CHECK_FALSE(catalogue::ascend_910b.has(precision::fp8));
  CHECK(catalogue::ascend_910b.has(precision::bf16));
  CHECK(catalogue::h100.has(precision::fp8));
  CHECK_FALSE(catalogue::ascend_910c.memory_known());
  CHECK_FALSE(catalogue::ascend_910c.price_known());
  CHECK(catalogue::ascend_910b.price_known());
  // "~$17k (unverified)".
  CHECK_FALSE(catalogue::ascend_910b.price_verified());
  CHECK(catalogue::h100.price_verified());
  CHECK(catalogue::h100.bandwidth_known());
}

TEST_CASE("catalogue::find looks chips up by name, case ignored", "[chip][catalogue]") {
  CHECK(&catalogue::find("H100") == &catalogue::h100);
  CHECK(&catalogue::find("h800") == &catalogue::h800);
  CHECK(&catalogue::find("ascend 910c") == &catalogue::ascend_910c);
  CHECK(catalogue::find("B200").flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(2250));
  CHECK(catalogue::contains("H20"));
  CHECK_FALSE(catalogue::contains("H2"));
  CHECK(to_string(catalogue::h20) == "H20");
  CHECK(to_string(precision::fp8) == "fp8");
  CHECK(to_string(precision::bf16) == "bf16");
}

TEST_CASE("users define their own chips with the same type", "[chip]") {
  constexpr chip x1{chip_spec{.name = "X1",
                              .released = date{2025, 6, 1},
                              .bf16 = teraflop_per_second_per_chip(500),
                              .price_low = usd_per_chip(10'000),
                              .price_high = usd_per_chip(15'000),
                              .banned_from = date{2025, 9, 1}}};
  CHECK(x1.flop_rate(precision::bf16).base_value() == Approx(5e14));
  CHECK_FALSE(x1.has(precision::fp8));
  CHECK(x1.price().in(usd_per_chip).hi() == 15'000);
  CHECK(x1.banned_from() == date{2025, 9, 1});
  CHECK_FALSE(x1.memory_known());
  CHECK(x1 == x1);
  CHECK_FALSE(x1 == catalogue::h100);
}

TEST_CASE("bad chips and unknown figures raise curveshift::error", "[chip][bad-input]") {
  auto spec = [] {
    return chip_spec{.name = "X1", .released = date{2025, 6, 1}, .bf16 = teraflop_per_second_per_chip(500)};
  };
  {
    auto s = spec();
    s.bf16 = teraflop_per_second_per_chip(0);
    CHECK_THROWS_WITH(chip{s}, ContainsSubstring("curveshift::chip") && ContainsSubstring("bf16 = 0") &&
                                   ContainsSubstring("> 0"));
  }
  {
    auto s = spec();
    s.fp8 = teraflop_per_second_per_chip(0);
    CHECK_THROWS_WITH(chip{s}, ContainsSubstring("curveshift::chip") && ContainsSubstring("fp8 = 0"));
  }
  CHECK_THROWS_WITH(teraflop_per_second_per_chip(-5), ContainsSubstring("amount = -5"));
  {
    auto s = spec();
    s.price_low = usd_per_chip(0);
    CHECK_THROWS_WITH(chip{s}, ContainsSubstring("curveshift::chip") && ContainsSubstring("price_low = 0"));
  }
  CHECK_THROWS_WITH(usd_per_chip(-20'000), ContainsSubstring("usd_per_chip") && ContainsSubstring("amount = -20000"));
  {
    auto s = spec();
    s.price_low = usd_per_chip(40'000);
    s.price_high = usd_per_chip(25'000);
    CHECK_THROWS_WITH(chip{s}, ContainsSubstring("curveshift::chip") && ContainsSubstring("price_high = 25000"));
  }
  {
    auto s = spec();
    s.price_high = usd_per_chip(25'000);
    CHECK_THROWS_WITH(chip{s}, ContainsSubstring("curveshift::chip") && ContainsSubstring("price_high"));
  }
  {
    auto s = spec();
    s.memory_gb = -80.0;
    CHECK_THROWS_WITH(chip{s}, ContainsSubstring("memory_gb = -80"));
  }
  {
    auto s = spec();
    s.bandwidth_tb_per_s = 0.0;
    CHECK_THROWS_WITH(chip{s}, ContainsSubstring("bandwidth_tb_per_s = 0"));
  }
  {
    auto s = spec();
    s.name = "";
    CHECK_THROWS_WITH(chip{s}, ContainsSubstring("curveshift::chip") && ContainsSubstring("name"));
  }
  CHECK_THROWS_WITH(catalogue::ascend_910b.flop_rate(precision::fp8),
                    ContainsSubstring("chip::flop_rate") && ContainsSubstring("precision = fp8"));
  CHECK_THROWS_WITH(catalogue::ascend_910c.memory_gb(),
                    ContainsSubstring("chip::memory_gb") && ContainsSubstring("chip = Ascend 910C"));
  CHECK_THROWS_WITH(catalogue::ascend_910c.price(),
                    ContainsSubstring("chip::price") && ContainsSubstring("chip = Ascend 910C"));
  auto no_bandwidth = spec();
  CHECK_THROWS_WITH(chip{no_bandwidth}.bandwidth_tb_per_s(),
                    ContainsSubstring("chip::bandwidth_tb_per_s") && ContainsSubstring("chip = X1"));
  CHECK_THROWS_WITH(catalogue::find("H300"), ContainsSubstring("curveshift::catalogue::find") &&
                                                 ContainsSubstring("name = H300") && ContainsSubstring("H100"));
  CHECK_THROWS_AS(catalogue::find(""), error);
}

TEST_CASE("the chips the field compares, each with its source", "[chip][catalogue]") {
  // One value for one die: the H100, H800 and H200 SXM share the whitepaper's 989.4 / 1,978.9.
  for (const chip* c : {&catalogue::h100, &catalogue::h800, &catalogue::h200}) {
    CHECK(c->flop_rate(precision::bf16) == catalogue::h100.flop_rate(precision::bf16));
    CHECK(c->flop_rate(precision::fp8) == catalogue::h100.flop_rate(precision::fp8));
    CHECK(c->sources().flop_rate == catalogue::h100.sources().flop_rate);
  }
  CHECK(catalogue::h800.bandwidth_tb_per_s() == catalogue::h100.bandwidth_tb_per_s());
  // A100 SXM: 312 TFLOP/s bf16, no FP8, 400 W; banned from the 2022-10-07 rule.
  CHECK(catalogue::a100.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(312));
  CHECK_FALSE(catalogue::a100.has(precision::fp8));
  CHECK(catalogue::a100.tdp().in(watts_per_chip) == Approx(400));
  CHECK(*catalogue::a100.banned_from() == date{2022, 10, 7});
  // H100 PCIe: the data sheet's sparse 1,513 / 3,026 halved; 350 W.
  CHECK(catalogue::h100_pcie.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(756));
  CHECK(catalogue::h100_pcie.flop_rate(precision::fp8).in(teraflop_per_second_per_chip) == Approx(1513));
  // GB200 per GPU: 360 PFLOP/s sparse for 72 GPUs = 5 PFLOP/s each, halved = 2,500 TFLOP/s dense.
  CHECK(catalogue::gb200.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(360e3 / 72 / 2));
  CHECK(catalogue::gb200.bandwidth_tb_per_s() == Approx(576.0 / 72));
  CHECK_FALSE(catalogue::gb200.price_known());
  // MI300X: 1,307.4 TFLOP/s bf16, 192 GB at 5.3 TB/s, 750 W.
  CHECK(catalogue::mi300x.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(1307.4));
  CHECK(catalogue::mi300x.memory_gb() == 192);
  CHECK_FALSE(catalogue::mi300x.price_verified());
  // TPU v5p: 459 TFLOP/s bf16, 95 GB; no FP8 rate, TDP or price published.
  CHECK(catalogue::tpu_v5p.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(459));
  CHECK_FALSE(catalogue::tpu_v5p.has(precision::fp8));
  CHECK_FALSE(catalogue::tpu_v5p.tdp_known());
  CHECK_FALSE(catalogue::tpu_v5p.price_known());
  // Every chip names the source of its release date and its FLOP/s, and is found by its name.
  for (const chip* c : catalogue::all) {
    CHECK_FALSE(c->sources().release.empty());
    CHECK_FALSE(c->sources().flop_rate.empty());
    CHECK(&catalogue::find(c->name()) == c);
  }
}

TEST_CASE("fleets convert to H100-equivalents", "[chip][fleet]") {
  // 30,000 H20 x 148 / 989.4 = 4,487.57 H100-equivalents at bf16.
  CHECK(fleet{catalogue::h20, chips(30'000)}.h100_equivalents().in(chips) == Approx(30'000 * 148 / 989.4));
  // DeepSeek's assumed mix: 10,000 + 10,000 (the H800 is the same die) + 4,487.57 = 24,487.57.
  CHECK(essay::assumed_deepseek_mix.h100_equivalents().in(chips) == Approx(24'487.57).epsilon(1e-6));
  // At fp8: 20,000 + 30,000 x 296 / 1,978.9 = 24,487.34.
  CHECK(essay::assumed_deepseek_mix.h100_equivalents(precision::fp8).in(chips) ==
        Approx(20'000 + 30'000 * 296 / 1978.9));
  // 1,000 GB200 GPUs: 1,000 x 2,500 / 989.4 = 2,526.78.
  CHECK(fleet{catalogue::gb200, chips(1'000)}.h100_equivalents().in(chips) == Approx(2526.784).epsilon(1e-6));
  const fleet ascend{catalogue::ascend_910b, chips(1'000)};
  CHECK_THROWS_WITH(ascend.h100_equivalents(precision::fp8),
                    ContainsSubstring("fleet::h100_equivalents") && ContainsSubstring("precision = fp8"));
}

TEST_CASE("catalogue::find's error lists every chip", "[chip][catalogue][bad-input]") {
  try {
    (void)catalogue::find("H300");
    FAIL("find(\"H300\") returned");
  } catch (const error& e) {
    const std::string message = e.what();
    CHECK_THAT(message, ContainsSubstring("catalogue::find") && ContainsSubstring("name = H300"));
    for (const chip* c : catalogue::all) CHECK_THAT(message, ContainsSubstring(std::string(c->name())));
  }
}
