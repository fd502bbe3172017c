// Power draw, energy and the three ways Epoch AI costs a training run
// (Cottier et al. 2024, arXiv 2405.21015), on a 70B model trained on 1.4T
// tokens with 1,000 H100s at 37.5% utilisation.
#include <curveshift/hardware/costing.hpp>
#include <curveshift/curveshift.hpp>
#include <curveshift/core/samples.hpp>

#include <vector>

#include <cmath>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
// C = 6 x 70e9 x 1.4e12 = 5.88e23 FLOP; at 1,000 x 989.4 TFLOP/s x 0.375 =
// 3.71025e17 FLOP/s the run takes 1.58480e6 s = 18.343 days = 440,222 chip-hours.
const training_run<> run{training_compute(billion_parameters(70), trillion_tokens(1.4)), catalogue::h100,
                         chips(1000), mfu{costing_defaults::utilisation}, precision::bf16};
}  // namespace

TEST_CASE("a fleet's power draw: a million H100s", "[costing][energy]") {
  // 1e6 x 700 W = 700 MW of chips; x (10.2 / 8 / 0.7 = 1.82143) servers = 1.275 GW;
  // x PUE 1.25 = 1.59375 GW (Epoch's PUE outside hyperscalers), x 1.1 = 1.4025 GW.
  const fleet<1> million{catalogue::h100, chips(1e6)};
  CHECK(power_draw(million).in(gigawatts) == Approx(1.59375));
  CHECK(power_draw(million, facility<>{.pue = costing_defaults::pue_hyperscale}).in(gigawatts) == Approx(1.4025));
  CHECK(to_string(power_draw(million)) == "1.59 GW");
  // With the PUE as a range, the draw is a range: 1.1-1.25 -> 1.4025-1.59375 GW.
  const auto range = power_draw(million, facility<interval<>>{.pue = interval{1.1, 1.25}});
  CHECK(lower(range).in(gigawatts) == Approx(1.4025));
  CHECK(upper(range).in(gigawatts) == Approx(1.59375));
  CHECK_THROWS_WITH(power_draw(million, facility<>{.pue = 0.9}), ContainsSubstring("power_draw: pue = 0.9"));
  CHECK_THROWS_WITH(power_draw(million, facility<>{.server_power_ratio = 0.5}),
                    ContainsSubstring("power_draw: server_power_ratio = 0.5"));
  CHECK_THROWS_WITH(power_draw(fleet<1>{catalogue::ascend_910c, chips(10)}), ContainsSubstring("chip::tdp"));
}

TEST_CASE("the energy of a run", "[costing][energy]") {
  CHECK(run.wall_clock().in(days) == Approx(18.3426).epsilon(1e-5));
  // 1,000 x 700 W x 1.82143 x 0.75 x 1.25 = 1.19531e6 W, for 1.58480e6 s = 1.89434e12 J = 526.2 MWh.
  const auto e = energy_used(run, catalogue::h100.tdp());
  CHECK(e.in(megawatt_hours) == Approx(526.21).epsilon(1e-4));
  // At full power (fraction 1) and a PUE of 1.1: x (1 / 0.75) x (1.1 / 1.25) = 617.4 MWh.
  CHECK(energy_used(run, catalogue::h100.tdp(), facility<>{.pue = 1.1}, 1.0).in(megawatt_hours) ==
        Approx(526.21 / 0.75 * 1.1 / 1.25).epsilon(1e-4));
  CHECK_THROWS_WITH(energy_used(run, catalogue::h100.tdp(), facility<>{}, 1.5),
                    ContainsSubstring("energy_used: average_power_fraction = 1.5"));
  CHECK_THROWS_WITH(energy_used(run, watts_per_chip(0)), ContainsSubstring("energy_used: chip_tdp = 0"));
}

TEST_CASE("the three costs of one run", "[costing]") {
  // 1. Cloud rental: 440,222 chip-hours x $2 = $880,444.
  CHECK(run.rental_cost(usd_per_chip_hour(2)).in(usd) == Approx(880444).epsilon(1e-5));
  // 3. Up front: 1,000 x $30,000 x 1.615 (servers) x 1.19 (interconnect) = $57.6555M.
  const auto upfront = upfront_cost(run, usd_per_chip(30'000));
  CHECK(upfront.in(million_usd) == Approx(57.6555));
  // 2. Amortized: the run is 18.3426 / 365.2425 = 0.0502206 years; r = 0.14 ln 10 = 0.322362 per
  //    year; value lost = 57.6555M x (1 - e^(-0.0161891)) = $925.9k; energy 526.21 MWh x $80.6 per
  //    MWh = $42.41k; total $968.3k.
  const auto e = energy_used(run, catalogue::h100.tdp());
  const auto amortized = amortized_cost(run, usd_per_chip(30'000), e, usd_per_kilowatt_hour(0.0806));
  CHECK(amortized.in(thousand_usd) == Approx(968.3).epsilon(1e-3));
  // With no depreciation, only the energy is left.
  CHECK(amortized_cost(run, usd_per_chip(30'000), e, usd_per_kilowatt_hour(0.0806),
                       cluster_costs<>{.depreciation_orders_per_year = 0.0})
            .in(thousand_usd) == Approx(42.41).epsilon(1e-3));
  // The chip price as the catalogue's range, $25k-$40k: up front $48.05-76.87M.
  const auto ranged = upfront_cost(run, catalogue::h100.price());
  CHECK(lower(ranged).in(million_usd) == Approx(48.0462).epsilon(1e-5));
  CHECK(upper(ranged).in(million_usd) == Approx(76.874).epsilon(1e-5));
}

TEST_CASE("costing constants may be samples", "[costing][samples]") {
  // Two draws of the PUE, 1.1 and 1.25: a million H100s draw 1.4025 and 1.59375 GW, draw by draw.
  const facility<samples<>> site{.pue = samples<>(std::vector<double>{1.1, 1.25})};
  const auto draw = power_draw(fleet<1>{catalogue::h100, chips(1e6)}, site).in(gigawatts);
  REQUIRE(draw.size() == 2);
  CHECK(draw[0] == Approx(1.4025));
  CHECK(draw[1] == Approx(1.59375));
  // Up front with a server cost ratio of 1.54 and 1.69: 1,000 x $30k x ratio x 1.19 = $54.978M and $60.333M.
  const cluster_costs<samples<>> extra{.server_cost_ratio = samples<>(std::vector<double>{1.54, 1.69})};
  const auto upfront = upfront_cost(run, usd_per_chip(30'000), extra).in(million_usd);
  CHECK(upfront[0] == Approx(54.978));
  CHECK(upfront[1] == Approx(60.333));
}

TEST_CASE("bad costing input raises curveshift::error", "[costing][bad-input]") {
  CHECK_THROWS_WITH(upfront_cost(run, usd_per_chip(0)), ContainsSubstring("upfront_cost: price = 0"));
  CHECK_THROWS_WITH(upfront_cost(run, usd_per_chip(1), cluster_costs<>{.server_cost_ratio = 0.5}),
                    ContainsSubstring("upfront_cost: server_cost_ratio = 0.5"));
  CHECK_THROWS_WITH(upfront_cost(run, usd_per_chip(1), cluster_costs<>{.interconnect_share = -0.1}),
                    ContainsSubstring("upfront_cost: interconnect_share = -0.1"));
  const auto e = energy_used(run, catalogue::h100.tdp());
  CHECK_THROWS_WITH(amortized_cost(run, usd_per_chip(1), e, usd_per_kilowatt_hour(0)),
                    ContainsSubstring("amortized_cost: energy_price = 0"));
  CHECK_THROWS_WITH(amortized_cost(run, usd_per_chip(1), e, usd_per_kilowatt_hour(0.08),
                                   cluster_costs<>{.depreciation_orders_per_year = -1.0}),
                    ContainsSubstring("depreciation_orders_per_year = -1"));
  // A utilisation over 100% is an error; so is FLOP accounting that implies one.
  CHECK_THROWS_WITH(mfu{1.2}, ContainsSubstring("mfu: share = 1.2"));
  CHECK_THROWS_WITH(implied_mfu(flop(5.88e23), chip_hours(1000), catalogue::h100, precision::bf16),
                    ContainsSubstring("implied_mfu") && ContainsSubstring("compute = 5.88e23 FLOP") &&
                        ContainsSubstring("chip_time = 1,000 chip-hours"));
}
