// Fleets: chip totals, capital cost, peak FLOP/s, comparisons (essay E9, E11).
#include <curveshift/curveshift.hpp>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("DeepSeek's assumed mix sums to the essay's 50,000 chips (E9, E13)", "[fleet]") {
  const auto& ds = essay::assumed_deepseek_mix;
  // 10,000 + 10,000 + 30,000 = 50,000.
  CHECK(ds.total_chips() == essay::deepseek_chips);
  CHECK(ds.count_of("H100").in(chips) == 10'000);
  CHECK(ds.count_of("h800").in(chips) == 10'000);
  CHECK(ds.count_of("H20").in(chips) == 30'000);
  // A catalogue chip the fleet does not hold: zero.
  CHECK(ds.count_of("B200").in(chips) == 0);
  CHECK(to_string(ds) == "50,000 chips: 10,000 H100, 10,000 H800, 30,000 H20");
  CHECK(to_string(essay::colossus_2024) == "100,000 chips: 100,000 H100");
}

TEST_CASE("capital cost at catalogue prices and at the essay's $20,000 (E9)", "[fleet]") {
  // $1B / 50,000 = $20,000 a chip.
  CHECK(essay::implied_chip_price.in(usd_per_chip) == Approx(20'000));
  // At one price, 50,000 x $20,000 = $1B.
  CHECK(essay::assumed_deepseek_mix.capital_cost(essay::implied_chip_price).in(billion_usd) == Approx(1.0));
  // At catalogue prices: low 10,000 x $25k + 10,000 x $30k + 30,000 x $12k = $250M + $300M + $360M = $910M;
  // high 10,000 x $40k + $300M + $360M = $1.06B: "on the order of ~$1B".
  const auto cost = essay::assumed_deepseek_mix.capital_cost();
  CHECK(cost.in(million_usd).lo() == Approx(910));
  CHECK(cost.in(million_usd).hi() == Approx(1060));
  // Colossus: 100,000 x $25k-$40k = $2.5B-$4B.
  CHECK(essay::colossus_2024.capital_cost().in(billion_usd).lo() == Approx(2.5));
  CHECK(essay::colossus_2024.capital_cost().in(billion_usd).hi() == Approx(4.0));
  CHECK(to_string(essay::colossus_2024.capital_cost()) == "$2.5-4B");
}

TEST_CASE("peak FLOP/s of a fleet at a precision", "[fleet]") {
  // bf16: 10,000 x 989.4 + 10,000 x 989.4 + 30,000 x 148 TFLOP/s
  //     = 9.894e18 + 9.894e18 + 4.44e18 = 2.4228e19 FLOP/s.
  CHECK(essay::assumed_deepseek_mix.peak_flop_rate(precision::bf16).in(flop_per_second) == Approx(2.4228e19));
  // fp8: 20,000 x 1,978.9 + 30,000 x 296 TFLOP/s = 3.9578e19 + 8.88e18 = 4.8458e19.
  CHECK(essay::assumed_deepseek_mix.peak_flop_rate(precision::fp8).in(flop_per_second) == Approx(4.8458e19));
  // Colossus: 100,000 x 989.4 TFLOP/s = 9.894e19.
  CHECK(essay::colossus_2024.peak_flop_rate(precision::bf16).in(petaflop_per_second) == Approx(98'940));
}

TEST_CASE("fleets compare as multipliers: 2-3x less than Colossus (E9)", "[fleet]") {
  const auto& ds = essay::assumed_deepseek_mix;
  // 100,000 / 50,000 = 2x; 200,000 / 50,000 = 4x after the expansion.
  CHECK(size_ratio(essay::colossus_2024, ds).value() == Approx(2.0));
  CHECK(size_ratio(essay::colossus_expansion, ds).value() == Approx(4.0));
  CHECK(size_ratio(ds, essay::colossus_2024).value() == Approx(0.5));
  // In peak bf16 FLOP/s the H20s make the gap wider: 9.894e19 / 2.4228e19 = 4.0837x.
  CHECK(compute_ratio(essay::colossus_2024, ds, precision::bf16).value() == Approx(4.083705));
  // "2-3x" of 50,000 chips is 100,000-150,000 chips.
  CHECK((essay::deepseek_chips * essay::us_fleet_gap).in(chips).lo() == Approx(100'000));
  CHECK((essay::deepseek_chips * essay::us_fleet_gap).in(chips).hi() == Approx(150'000));
  CHECK(to_string(essay::deepseek_chips * essay::us_fleet_gap) == "100,000-150,000 chips");
  // Colossus's 100,000 is inside "2-3x" of 50,000; the 200,000 expansion is past it.
  CHECK(essay::us_fleet_gap.value().contains(size_ratio(essay::colossus_2024, essay::assumed_deepseek_mix).value()));
  CHECK_FALSE(
      essay::us_fleet_gap.value().contains(size_ratio(essay::colossus_expansion, essay::assumed_deepseek_mix).value()));
}

TEST_CASE("chips a dollar figure buys and what chips cost (E11, E12)", "[fleet]") {
  // $20B / $20,000 = 1,000,000 chips; $1B buys 50,000.
  CHECK(chips_for(billion_usd(20), essay::implied_chip_price).in(chips) == Approx(1e6));
  CHECK(chips_for(essay::deepseek_fleet_cost, essay::implied_chip_price) == essay::deepseek_chips);
  // 1,000,000 x $20,000 = $20B; 2-3 million chips = $40-60B.
  CHECK(cost_of(essay::frontier_chips, essay::implied_chip_price).in(billion_usd) == Approx(20));
  CHECK(cost_of(chips(2e6), essay::implied_chip_price).in(billion_usd) == Approx(40));
  CHECK(cost_of(chips(3e6), essay::implied_chip_price).in(billion_usd) == Approx(60));
  // At the H100's $25k-$40k a million chips are $25B-$40B: "tens of billions of dollars".
  const auto at_h100_prices = cost_of(essay::frontier_chips, catalogue::h100.price());
  CHECK(at_h100_prices.in(billion_usd).lo() == Approx(25));
  CHECK(at_h100_prices.in(billion_usd).hi() == Approx(40));
  CHECK(at_h100_prices.in(billion_usd).lo() > essay::frontier_cost.in(billion_usd));
  CHECK(to_string(at_h100_prices) == "$25-40B");
  // "2-3 million chips" as bounds: $40-60B.
  CHECK(to_string(cost_of(chips(interval{2e6, 3e6}), essay::implied_chip_price)) == "$40-60B");
}

TEST_CASE("a user-built fleet", "[fleet]") {
  const fleet mixed{fleet_entry{catalogue::b200, chips(1'000)}, fleet_entry{catalogue::h200, chips(500)}};
  // 1,000 x 2,250 + 500 x 989.4 TFLOP/s = 2.25e18 + 4.947e17 = 2.7447e18.
  CHECK(mixed.peak_flop_rate(precision::bf16).in(flop_per_second) == Approx(2.7447e18));
  // 1,000 x $45k + 500 x $35k-$40k = $62.5M-$65M.
  CHECK(mixed.capital_cost().in(million_usd).lo() == Approx(62.5));
  CHECK(mixed.capital_cost().in(million_usd).hi() == Approx(65));
  CHECK(mixed.entries().size() == 2);
  const fleet empty{catalogue::h100, chips(0)};
  CHECK(empty.total_chips().in(chips) == 0);
}

TEST_CASE("bad fleets raise curveshift::error", "[fleet][bad-input]") {
  // Negative counts cannot be made.
  CHECK_THROWS_WITH(fleet(catalogue::h100, chips(-5)), ContainsSubstring("curveshift::chips") &&
                                                           ContainsSubstring("amount = -5"));
  CHECK_THROWS_WITH((fleet{fleet_entry{catalogue::h100, chips(1)}, fleet_entry{catalogue::h100, chips(2)}}),
                    ContainsSubstring("curveshift::fleet") && ContainsSubstring("chip = H100"));
  CHECK_THROWS_WITH(essay::assumed_deepseek_mix.count_of("H300"),
                    ContainsSubstring("fleet::count_of") && ContainsSubstring("name = H300"));
  CHECK_THROWS_WITH(essay::assumed_deepseek_mix.capital_cost(usd_per_chip(0)),
                    ContainsSubstring("fleet::capital_cost") && ContainsSubstring("price = 0"));
  const fleet ascend{catalogue::ascend_910c, chips(1'000)};
  CHECK_THROWS_WITH(ascend.capital_cost(),
                    ContainsSubstring("fleet::capital_cost") && ContainsSubstring("chip = Ascend 910C"));
  CHECK_THROWS_WITH(ascend.peak_flop_rate(precision::fp8),
                    ContainsSubstring("fleet::peak_flop_rate") && ContainsSubstring("precision = fp8"));
  const fleet empty{catalogue::h100, chips(0)};
  CHECK_THROWS_WITH(size_ratio(essay::colossus_2024, empty),
                    ContainsSubstring("size_ratio") && ContainsSubstring("b.total_chips() = 0"));
  CHECK_THROWS_WITH(size_ratio(empty, essay::colossus_2024),
                    ContainsSubstring("size_ratio") && ContainsSubstring("a.total_chips() = 0"));
  CHECK_THROWS_WITH(compute_ratio(essay::colossus_2024, empty, precision::bf16),
                    ContainsSubstring("compute_ratio") && ContainsSubstring("b.peak_flop_rate() = 0"));
  CHECK_THROWS_WITH(compute_ratio(ascend, essay::colossus_2024, precision::fp8),
                    ContainsSubstring("fleet::peak_flop_rate") && ContainsSubstring("precision = fp8"));
  CHECK_THROWS_WITH(chips_for(billion_usd(1), usd_per_chip(0)),
                    ContainsSubstring("chips_for") && ContainsSubstring("price = 0"));
  CHECK_THROWS_WITH(cost_of(chips(10), usd_per_chip(0)), ContainsSubstring("cost_of") && ContainsSubstring("price = 0"));
  CHECK_THROWS_AS(cost_of(chips(1e300), usd_per_chip(1e300)), error);
}
