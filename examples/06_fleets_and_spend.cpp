// Section 6 of the essay: fleets and spend (E9, E10, E11). What a company's
// chips cost, what one training run costs, and what the next frontier costs.
//
// "Both DeepSeek and US AI companies have much more money and many more chips
// than they used to train their headline models."
#include <curveshift/curveshift.hpp>

#include "example.hpp"

using namespace curveshift;

void fleets_and_spend(const example::page& page) {
  page.heading("6. Fleets and spend: chips, dollars, one run vs the company");

  // E9: the fleet, its price per chip and the US fleets it is compared with.
  page.quote("DeepSeek actually had 50,000 Hopper generation chips ... Those 50,000 Hopper chips cost on the "
             "order of ~$1B");
  page.show("$1B / 50,000 chips", essay::deepseek_fleet_cost / essay::deepseek_chips);
  page.assume("the mix is 10,000 H100, 10,000 H800 and 30,000 H20 (SemiAnalysis's reporting; the essay gives no split)");
  const auto& mix = essay::assumed_deepseek_mix;
  page.show("the mix", mix);
  page.show("the mix at catalogue prices", mix.capital_cost());
  page.quote("within a factor ~2-3x of what the major US AI companies have (for example, it's 2-3x less than "
             "the xAI 'Colossus' cluster)");
  page.show("50,000 chips x 2-3", essay::deepseek_chips * essay::us_fleet_gap);
  page.show("Colossus (100,000 H100) / the mix, in chips", size_ratio(essay::colossus_2024, mix));
  page.show("... in peak bf16 FLOP/s", compute_ratio(essay::colossus_2024, mix, precision::bf16));
  page.note("30,000 H20s at 148 TFLOP/s each make the compute gap wider than the count of chips.");

  // E10: one run's rental cost is not the company's spend.
  page.quote("DeepSeek does not 'do for $6M what cost US AI companies billions'");
  const auto run_cost = rental_cost(essay::v3_chip_time, essay::v3_rental_price);
  page.show("2.788M H800 hours at $2 per hour", run_cost);
  page.show("$6M / $1B of chips", example::share_text(essay::v3_training_run / essay::deepseek_fleet_cost));
  page.note("the cost of one run is not the cost of the company's compute.");
  const auto work = training_compute(essay::v3_active_parameters, essay::v3_tokens);
  page.show("6 x 37B active parameters x 14.8T tokens", work);
  page.show("utilisation that implies on H800s (bf16)",
            example::share_text(implied_mfu(work, essay::v3_chip_time, catalogue::h800, precision::bf16).share()));

  // E11: the next frontier.
  page.quote("Making AI that is smarter than almost all humans at almost all things will require millions of "
             "chips, tens of billions of dollars (at least)");
  page.show("1,000,000 chips x $20k", cost_of(essay::frontier_chips, essay::implied_chip_price));
  page.show("2-3 million chips x $20k", cost_of(chips(interval{2e6, 3e6}), essay::implied_chip_price));
  page.show("1,000,000 H100s at $25-40k", cost_of(essay::frontier_chips, catalogue::h100.price()));
  const auto frontier = cost_of(essay::frontier_chips, essay::implied_chip_price);
  page.show("a million chips vs DeepSeek's fleet", multiplier(frontier / essay::deepseek_fleet_cost));
}

CURVESHIFT_EXAMPLE_MAIN(fleets_and_spend)
