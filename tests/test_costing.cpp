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
  // 3. Up front (Epoch's method): 1,000 x $30,000 x 1.64 (servers, for a
  //    single-unit price) / 0.81 (interconnect, 19% of the cluster) = $60.7407M.
  const auto upfront = upfront_cost(run, usd_per_chip(30'000));
  CHECK(upfront.in(million_usd) == Approx(60.740741));
  // 2. Amortized: 440,221.9 chip-hours / 8,766 = 50.21925 chip-years; r = 0.14 ln 10 =
  //    0.3223619 per year; each chip's share of the cluster is 30,000 x 1.64 / 0.81 =
  //    $60,740.74; value lost = 60,740.74 x 0.3223619 x 50.21925 = $983.32k; energy 526.21
  //    MWh x $80.6 per MWh = $42.41k; total $1,025.73k.
  const auto e = energy_used(run, catalogue::h100.tdp());
  const auto amortized = amortized_cost(run, usd_per_chip(30'000), e, usd_per_kilowatt_hour(0.0806));
  CHECK(amortized.in(thousand_usd) == Approx(1025.73).epsilon(1e-4));
  // The same from the run's chip time alone.
  CHECK(amortized_cost(run.chip_time_used(), usd_per_chip(30'000), e, usd_per_kilowatt_hour(0.0806)).in(thousand_usd) ==
        Approx(1025.73).epsilon(1e-4));
  // The named alternative, exponential decay over the run's 0.0502 years per chip:
  //    1,000 x 60,740.74 x (1 - e^(-0.3223619 x 0.05021925)) = $976.2k, + $42.41k.
  const cluster_costs<> decay{.method = amortization::exponential};
  CHECK(amortized_cost(run, usd_per_chip(30'000), e, usd_per_kilowatt_hour(0.0806), decay).in(thousand_usd) ==
        Approx(60740.74 * (1 - std::exp(-0.3223619 * 0.05021925)) + 42.41).epsilon(1e-4));
  // With no depreciation, only the energy is left.
  CHECK(amortized_cost(run, usd_per_chip(30'000), e, usd_per_kilowatt_hour(0.0806),
                       cluster_costs<>{.depreciation_orders_per_year = 0.0})
            .in(thousand_usd) == Approx(42.41).epsilon(1e-3));
  // The chip price as the catalogue's range, $25k-$40k: up front x 1.64 / 0.81 = $50.62-80.99M.
  const auto ranged = upfront_cost(run, catalogue::h100.price());
  CHECK(lower(ranged).in(million_usd) == Approx(50.617284).epsilon(1e-6));
  CHECK(upper(ranged).in(million_usd) == Approx(80.987654).epsilon(1e-6));
}

TEST_CASE("costing constants may be samples", "[costing][samples]") {
  // Two draws of the PUE, 1.1 and 1.25: a million H100s draw 1.4025 and 1.59375 GW, draw by draw.
  const facility<samples<>> site{.pue = samples<>(std::vector<double>{1.1, 1.25})};
  const auto draw = power_draw(fleet<1>{catalogue::h100, chips(1e6)}, site).in(gigawatts);
  REQUIRE(draw.size() == 2);
  CHECK(draw[0] == Approx(1.4025));
  CHECK(draw[1] == Approx(1.59375));
  // Up front with a server cost ratio of 1.54 and 1.69: 1,000 x $30k x ratio / 0.81 = $57.037M and $62.593M.
  const cluster_costs<samples<>> extra{.server_cost_ratio = samples<>(std::vector<double>{1.54, 1.69})};
  const auto upfront = upfront_cost(run, usd_per_chip(30'000), extra).in(million_usd);
  CHECK(upfront[0] == Approx(57.037037));
  CHECK(upfront[1] == Approx(62.592593));
}

TEST_CASE("bad costing input raises curveshift::error", "[costing][bad-input]") {
  CHECK_THROWS_WITH(upfront_cost(run, usd_per_chip(0)), ContainsSubstring("upfront_cost: price = 0"));
  CHECK_THROWS_WITH(upfront_cost(run, usd_per_chip(1), cluster_costs<>{.server_cost_ratio = 0.5}),
                    ContainsSubstring("upfront_cost: server_cost_ratio = 0.5"));
  CHECK_THROWS_WITH(upfront_cost(run, usd_per_chip(1), cluster_costs<>{.interconnect_share = -0.1}),
                    ContainsSubstring("upfront_cost: interconnect_share = -0.1"));
  CHECK_THROWS_WITH(upfront_cost(run, usd_per_chip(1), cluster_costs<>{.interconnect_share = 1.0}),
                    ContainsSubstring("upfront_cost: interconnect_share = 1") && ContainsSubstring("[0, 1)"));
  CHECK_THROWS_WITH(upfront_cost(chips(0), usd_per_chip(1)), ContainsSubstring("upfront_cost: chips = 0"));
  CHECK_THROWS_WITH(amortized_cost(run.chip_time_used(), usd_per_chip(1), energy_used(run, catalogue::h100.tdp()),
                                   usd_per_kilowatt_hour(0.08), cluster_costs<>{.method = amortization::exponential}),
                    ContainsSubstring("amortized_cost: extra.method"));
  CHECK_THROWS_WITH(depreciated_price(usd_per_chip(1), days(-1.0)), ContainsSubstring("depreciated_price: held = -86400"));
  CHECK_THROWS_WITH(depreciated_price(usd_per_chip(0), days(1.0)), ContainsSubstring("depreciated_price: price = 0"));
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

TEST_CASE("the interconnect is a share of the cluster, and the price says what it covers", "[costing]") {
  // One H100 at $10k, its price already a server's share (no server ratio):
  // Epoch's 19% of the cluster is 10,000 / 0.81 = $12,345.68; 19% of the
  // servers on top (the named alternative) is 10,000 x 1.19 = $11,900.
  const cluster_costs<> per_gpu{.basis = price_basis::per_gpu_in_server};
  CHECK(upfront_cost(chips(1), usd_per_chip(10'000), per_gpu).in(usd) == Approx(12345.679012));
  cluster_costs<> on_top = per_gpu;
  on_top.interconnect = interconnect_basis::share_of_servers;
  CHECK(upfront_cost(chips(1), usd_per_chip(10'000), on_top).in(usd) == Approx(11900));
  // A single-unit price takes the server ratio, Epoch's 1.64: 10,000 x 1.64 / 0.81 = $20,246.91.
  CHECK(upfront_cost(chips(1), usd_per_chip(10'000)).in(usd) == Approx(20246.913580));
}

// Epoch AI's published costs, reproduced from their inputs through the
// public API: epoch-research/training-cost-trends, model_costs.csv at commit
// e13599f8f21960b504fd6a45f14c7945b8129ccd (columns Hardware_Acquisition_Cost
// and Hardware_Capex_Energy_Cost, in December 2024 dollars). The inputs
// come from the same commit's data/: each model's row of "All ML Systems"
// (chips, training hours, chip-hours, organisation, publication date), the
// A100's price (the earliest DGX price, $24,875 per GPU, 2020-05-21: a
// server's share, so no server ratio), the chips' release dates and TDP
// (400 W), and the PCU518210518210 price index (FRED) for inflation.
namespace {
struct epoch_run {
  double chips_used;
  double chip_hours;
  double held_days;         // acquisition (release + 90 days) to training start (publication - time - 60 days)
  double pue;               // 1.1 for Meta, 1.25 for others
  double usd_per_kwh;       // Epoch's US industrial price for the publication year
  double inflation;         // index in 2024-12 over the index in the publication month
  double upfront_published;
  double amortized_published;
};
double a100_server_power_ratio() { return (6.5 / 8) / 0.4; }  // a DGX A100: 6.5 kW for 8 GPUs of 400 W
}  // namespace

TEST_CASE("Epoch AI's published up-front and amortized costs, reproduced", "[costing][epoch]") {
  const cluster_costs<> dgx{.basis = price_basis::per_gpu_in_server};
  const auto a100 = usd_per_chip(24'875);
  const epoch_run runs[] = {
      // BLOOM-176B: 384 A100 80GB, 2,808 h, 1,078,272 chip-hours, published 2022-07-11.
      // Acquired 2020-11-16 + 90 days = 2021-02-14; training from 2022-07-11 - 117 - 60
      // days = 2022-01-15: held 335 days. Index 119.349 / 116.778 (2022-07).
      {384, 1'078'272, 335, 1.25, 0.0832, 119.349 / 116.778, 12052219.881598702, 995819.1170778133},
      // Llama 2-70B: 1,000 A100 80GB, 1,728 h, 1,720,320 chip-hours, Meta AI, 2023-07-18:
      // training from 2023-07-18 - 72 - 60 days = 2023-03-08; held from 2021-02-14, 752 days.
      {1000, 1'720'320, 752, 1.1, 0.0806, 119.349 / 118.355, 30967792.282164294, 1102561.1942339484},
      // Falcon-180B: 4,096 A100 40GB (released 2020-05-14, acquired 2020-08-12), 4,320 h,
      // 17,694,720 chip-hours, TII, 2023-09-06: from 2023-09-06 - 180 - 60 days =
      // 2023-01-09, held 880 days. Index 119.349 / 118.297 (2023-09).
      {4096, 17'694'720, 880, 1.25, 0.0806, 119.349 / 118.297, 126906267.74605912, 10368712.429676345},
  };
  for (const auto& r : runs) {
    INFO("chips " << r.chips_used);
    const auto upfront = upfront_cost(chips(r.chips_used), a100, dgx) * r.inflation;
    CHECK(upfront.in(usd) == Approx(r.upfront_published).epsilon(1e-12));
    const auto used = chip_hours(r.chip_hours);
    // Epoch's energy: TDP x server ratio x 0.75 (average power) x PUE x chip-hours.
    const auto energy_use = energy_used(used, watts_per_chip(400), facility<>{.pue = r.pue, .server_power_ratio = a100_server_power_ratio()});
    const auto value = depreciated_price(a100, days(r.held_days));
    const auto amortized =
        amortized_cost(used, value, energy_use, usd_per_kilowatt_hour(r.usd_per_kwh), dgx) * r.inflation;
    CHECK(amortized.in(usd) == Approx(r.amortized_published).epsilon(1e-12));
  }
  // BLOOM's depreciated price by hand: 24,875 x 10^(-0.14 x 335 / 365.25) = $18,507.93.
  CHECK(depreciated_price(a100, days(335)).in(usd_per_chip) == Approx(18507.931672).epsilon(1e-10));
}

TEST_CASE("a power figure says what it includes", "[costing][energy]") {
  // 16,384 H100s (Llama 3 405B's cluster) at PUE 1.2: chips 16,384 x 700 W =
  // 11.4688 MW; servers x (10.2 / 8 / 0.7 = 1.8214286) = 20.8896 MW, so +9.4208
  // MW; facility x 1.2 = 25.06752 MW, so +4.17792 MW. A reader expecting 13.8 MW
  // (chips x PUE) sees the server ratio that makes the difference.
  const fleet<1> cluster{catalogue::h100, chips(16384)};
  const auto b = power_breakdown_of(cluster, facility<>{.pue = 1.2});
  CHECK(b.chips.in(megawatts) == Approx(11.4688));
  CHECK(b.servers.in(megawatts) == Approx(9.4208).epsilon(1e-9));
  CHECK(b.facility.in(megawatts) == Approx(4.17792).epsilon(1e-9));
  CHECK(b.total.in(megawatts) == Approx(25.06752).epsilon(1e-9));
  CHECK(b.total == power_draw(cluster, facility<>{.pue = 1.2}));
  CHECK(to_string(b) == "25.1 MW: chips 11.5 MW, servers +9.42 MW (x1.82), facility +4.18 MW (PUE 1.2)");
  CHECK_THROWS_WITH(power_breakdown_of(cluster, facility<>{.pue = 0.5}), ContainsSubstring("power_breakdown_of: pue = 0.5"));
}
