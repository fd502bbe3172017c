// The essay's hardware and policy arithmetic, proved at compile time
// (../shared/arithmetic.md rows E9, E10, E11, E12, E13). Compiling this file is the test.
#include <curveshift/curveshift.hpp>

#include "near.hpp"

namespace {
using namespace curveshift;

using curveshift_static::near;

// The catalogue is constant data, looked up by name at compile time.
static_assert(catalogue::find("H100").flop_rate(precision::bf16).in(teraflop_per_second_per_chip) == 989.4);
static_assert(&catalogue::find("h20") == &catalogue::h20);
static_assert(!catalogue::ascend_910b.has(precision::fp8));
static_assert(!catalogue::ascend_910c.price_known());

// E9: $1B / 50,000 = $20,000 per chip; Colossus's 100,000 is 2x the 50,000,
// and "2-3x" of 50,000 is 100,000-150,000 chips.
static_assert(near(essay::implied_chip_price.in(usd_per_chip), 20'000));
static_assert(essay::assumed_deepseek_mix.total_chips() == essay::deepseek_chips);
static_assert(near(size_ratio(essay::colossus_2024, essay::assumed_deepseek_mix).value(), 2.0));
static_assert(near(size_ratio(essay::colossus_expansion, essay::assumed_deepseek_mix).value(), 4.0));
static_assert(near((essay::deepseek_chips * essay::us_fleet_gap).in(chips).lo(), 100'000));
static_assert(near((essay::deepseek_chips * essay::us_fleet_gap).in(chips).hi(), 150'000));
static_assert(near(essay::assumed_deepseek_mix.capital_cost(essay::implied_chip_price).in(billion_usd), 1.0));
// At catalogue prices: $250M + $300M + $360M = $910M to $400M + $300M + $360M = $1.06B.
static_assert(near(essay::assumed_deepseek_mix.capital_cost().in(million_usd).lo(), 910));
static_assert(near(essay::assumed_deepseek_mix.capital_cost().in(million_usd).hi(), 1060));

// E10: $6M / $1B = 0.6%; the report's 2.788M GPU-hours x $2 = $5.576M.
static_assert(near(essay::v3_training_run / essay::deepseek_fleet_cost, 0.006));
static_assert(near(rental_cost(essay::v3_chip_time, essay::v3_rental_price).in(million_usd), 5.576));
// C = 6 x 37e9 x 14.8e12 = 3.2856e24; implied bf16 MFU = 3.2856e24 / (1.00368e10 s x 989.4e12) = 0.330862.
static_assert(near(training_compute(essay::v3_active_parameters, essay::v3_tokens).in(flop), 3.2856e24));
static_assert(near(implied_mfu(training_compute(essay::v3_active_parameters, essay::v3_tokens),
                               essay::v3_chip_time, catalogue::h800, precision::bf16)
                       .share(),
                   3.2856e24 / (2.788e6 * 3600 * 989.4e12)));

// E11: 1,000,000 chips x $20,000 = $20B; 2-3 million chips = $40-60B.
static_assert(near(cost_of(essay::frontier_chips, essay::implied_chip_price).in(billion_usd), 20));
static_assert(near(cost_of(chips(2e6), essay::implied_chip_price).in(billion_usd), 40));
static_assert(near(cost_of(chips(3e6), essay::implied_chip_price).in(billion_usd), 60));
static_assert(near(chips_for(billion_usd(20), essay::implied_chip_price).in(chips), 1e6));

// E12: $1B can be hidden (detected 10%), $10B (90%) and $100B (729/730) cannot; $20B is past the line.
static_assert(near(essay::concealment.detectability(essay::hideable), 0.1, 1e-9));
static_assert(near(essay::concealment.detectability(essay::hard_to_hide), 0.9, 1e-9));
static_assert(near(essay::concealment.detectability(billion_usd(100)), 729.0 / 730.0, 1e-9));
static_assert(essay::concealment.can_hide(essay::hideable));
static_assert(!essay::concealment.can_hide(essay::hard_to_hide));
static_assert(!essay::concealment.can_hide(cost_of(essay::frontier_chips, essay::implied_chip_price)));

// E13: H100 banned on every date; H800 allowed on 2023-06-01 and banned on 2024-01-01
// (flip on 2023-11-16); H20 allowed on 2025-01-27; the mix sorts 30,000 / 10,000 / 10,000.
static_assert(status_on(catalogue::h100, catalogue::h100.released()).banned());
static_assert(status_on(catalogue::h100, date{2025, 1, 27}).banned());
static_assert(!status_on(catalogue::h800, date{2023, 6, 1}).banned());
static_assert(!status_on(catalogue::h800, date{2023, 11, 15}).banned());
static_assert(status_on(catalogue::h800, date{2023, 11, 16}).banned());
static_assert(status_on(catalogue::h800, date{2024, 1, 1}).banned());
static_assert(!status_on(catalogue::h20, date{2025, 1, 27}).banned());
static_assert(classify(catalogue::h100, date{2025, 1, 27}) == provenance::banned_at_release);
static_assert(classify(catalogue::h800, date{2025, 1, 27}) == provenance::shipped_before_ban);
static_assert(classify(catalogue::h20, date{2025, 1, 27}) == provenance::never_banned);
static_assert(classify(essay::assumed_deepseek_mix, date{2025, 1, 27}).never_banned.in(chips) == 30'000);
static_assert(classify(essay::assumed_deepseek_mix, date{2025, 1, 27}).shipped_before_ban.in(chips) == 10'000);
static_assert(classify(essay::assumed_deepseek_mix, date{2025, 1, 27}).banned_at_release.in(chips) == 10'000);
static_assert(round_in_force(date{2024, 1, 1}).announced == date{2023, 10, 17});

// The scenario: at the threshold it is bipolar, one chip short unipolar.
static_assert(which_world(contender{"US", chips(3e6)}, contender{"China", essay::frontier_chips},
                          essay::frontier_chips)
                  .kind == world::bipolar);
static_assert(which_world(contender{"US", chips(3e6)}, contender{"China", chips(999'999)}, essay::frontier_chips)
                  .kind == world::unipolar);

}  // namespace

// Beyond the essay, in constant expressions too. A million H100s draw
// 1e6 x 700 W x (10.2 / 8 / 0.7) x 1.25 = 1.59375 GW; 70B parameters on 1.4T
// tokens are 5.88e23 FLOP; at 20 tokens per parameter, 5.76e23 FLOP is
// sqrt(5.76e23 / 120) = 6.92820323e10 parameters; a 70B dense model at batch 1
// on an H100 is memory bound at 3.35e12 / 1.4e11 = 23.9286 tokens per second.
static_assert(near(power_draw(fleet<1>{catalogue::h100, chips(1e6)}).in(gigawatts), 1.59375));
static_assert(near(training_compute(billion_parameters(70), trillion_tokens(1.4)).in(flop), 5.88e23));
static_assert(near(fixed_ratio_allocation(flop(5.76e23)).parameters.in(parameters), 6.928203230275509e10));
static_assert(near(serving_throughput(catalogue::h100, precision::bf16,
                                      serving_setup<>{.active_parameters = billion_parameters(70),
                                                      .parameters_read = billion_parameters(70),
                                                      .utilisation = 0.5})
                       .in(tokens_per_second),
                   3.35e12 / 1.4e11));
static_assert(date{2023, 3, 14} + months(15) == date{2024, 6, 13});
