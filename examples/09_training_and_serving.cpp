// Beyond the essay: what a model costs to train and to serve. A 70B model on
// 1.4T tokens (Chinchilla's own shape, Hoffmann et al. 2022) on H100s: its
// compute, the three ways Epoch AI costs a run (Cottier et al. 2024), the
// power its cluster draws, and what serving it costs per million tokens.
//
// "The field is constantly coming up with ideas ... that make things more
// effective or efficient" -- and every one of them is priced in these units.
#include <curveshift/curveshift.hpp>

#include "example.hpp"

using namespace curveshift;

void training_and_serving(const example::page& page) {
  page.heading("Beyond the essay: training and serving a 70B model");

  // The model and its compute: C = 6 N D.
  const auto size = billion_parameters(70);
  const auto data = trillion_tokens(1.4);
  const auto work = training_compute(size, data);
  page.show("6 x 70B parameters x 1.4T tokens", work);
  page.show("tokens per parameter", data / size);
  page.show("the same budget at 20 tokens per parameter", fixed_ratio_allocation(work).parameters);
  page.show("... by Hoffmann's fitted law (approach 3)", published::hoffmann_2022.compute_optimal(work).parameters);
  page.show("... by the 2024 replication's fit", published::besiroglu_2024.compute_optimal(work).parameters);
  page.note("the published fits disagree: choose one knowingly.");

  // The run: 1,000 H100s at Epoch's median utilisation.
  page.assume("1,000 H100s at 37.5% utilisation (Epoch AI's median of reported runs)");
  const training_run run{work, catalogue::h100, chips(1000), mfu{costing_defaults::utilisation}, precision::bf16};
  page.show("wall-clock time", run.wall_clock());
  page.show("chip-hours", run.chip_time_used());

  // Three ways to cost it.
  page.assume("$2 per H100-hour to rent, $30k per H100 to buy, US industrial power at $0.0806 per kWh");
  page.show("1. cloud rental at $2 per chip-hour", run.rental_cost(usd_per_chip_hour(2)));
  const auto used = energy_used(run, catalogue::h100.tdp());
  page.show("energy used", used);
  page.show("2. amortized hardware + energy",
            amortized_cost(run, usd_per_chip(30'000), used, usd_per_kilowatt_hour(costing_defaults::energy_price_usd_per_kwh)));
  page.show("3. up front: buying the cluster", upfront_cost(run, usd_per_chip(30'000)));
  page.show("... at the catalogue's $25k-$40k", upfront_cost(run, catalogue::h100.price()));

  // Power.
  page.show("the cluster's power draw", power_draw(fleet<1>{catalogue::h100, chips(1000)}));
  page.show("a million H100s", power_draw(fleet<1>{catalogue::h100, chips(1e6)}));

  // Serving it.
  page.assume("BF16 weights, 50% of peak FLOP/s when compute bound, $2 per H100-hour");
  serving_setup<> setup{.active_parameters = size, .parameters_read = size, .utilisation = 0.5};
  const auto alone = serving_throughput(catalogue::h100, precision::bf16, setup);
  page.show("batch 1 (one user), per chip", alone);
  page.show("... its cost", serving_price(alone, usd_per_chip_hour(2)));
  setup.batch = 256;
  const auto batched = serving_throughput(catalogue::h100, precision::bf16, setup);
  page.show("batch 256, per chip", batched);
  page.show("... its cost", serving_price(batched, usd_per_chip_hour(2)));
  page.show("Claude 3.5 Sonnet's API price, blended 3:1", blended_price(usd_per_million_tokens(3), usd_per_million_tokens(15)));
}

CURVESHIFT_EXAMPLE_MAIN(training_and_serving)
