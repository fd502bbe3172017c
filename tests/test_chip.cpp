// The chip type and the catalogue: published figures, their sources, lookups,
// honest unknowns, user-defined chips (../shared/facts.md, "Chips").
#include <curveshift/curveshift.hpp>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("the catalogue holds the figures of facts.md", "[chip][catalogue]") {
  // H100 SXM: 989.4 TFLOP/s bf16, 1,979 fp8, 80 GB, 3.35 TB/s, $25k-$40k.
  CHECK(catalogue::h100.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(989.4));
  CHECK(catalogue::h100.flop_rate(precision::fp8).base_value() == Approx(1.979e15));
  CHECK(catalogue::h100.memory_gb() == 80);
  CHECK(catalogue::h100.bandwidth_tb_per_s() == Approx(3.35));
  CHECK(catalogue::h100.price().in(usd_per_chip).lo() == 25'000);
  CHECK(catalogue::h100.price().in(usd_per_chip).hi() == 40'000);
  CHECK(catalogue::h100.released() == date{2022, 9, 1});
  CHECK(catalogue::h100.sources().flop_rate == "Epoch AI ML hardware data");
  // H800: same compute as the H100; a point price (~$30k) has low == high.
  CHECK(catalogue::h800.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(989));
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
  CHECK(catalogue::h200.sources().memory == "vendor sheet");
  CHECK(catalogue::b200.flop_rate(precision::fp8).in(teraflop_per_second_per_chip) == Approx(4500));
  CHECK(catalogue::b200.price().in(usd_per_chip).lo() == 45'000);
  CHECK(catalogue::ascend_910b.flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == Approx(376));
  CHECK(catalogue::ascend_910c.bandwidth_tb_per_s() == Approx(3.2));
  CHECK(catalogue::all.size() == 7);
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
