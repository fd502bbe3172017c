// Beyond the essay: E7 with correlated inputs. The essay's ~4x a year is the
// product of two trends, hardware price-performance and algorithmic
// progress; when one runs fast the other may too. This draws them with a
// rank correlation of 0.5, runs E7 (the cost DeepSeek-V3's peers would
// expect, Sonnet's lead later, with the ~2x quality gap), and asks which input
// drives the answer and how likely a ratio above the essay's 8x is.
#include <cmath>
#include <cstdio>
#include <string>

#include <curveshift/uncertainty/correlation.hpp>
#include <curveshift/curveshift.hpp>
#include <curveshift/uncertainty/histogram.hpp>
#include <curveshift/uncertainty/monte_carlo.hpp>
#include <curveshift/uncertainty/probability.hpp>
#include <curveshift/uncertainty/sensitivity.hpp>

#include "example.hpp"

using namespace curveshift;

void correlated_inputs(const example::page& page) {
  page.heading("Beyond the essay: E7 with correlated inputs");
  page.quote("we'd expect a model 3-4x cheaper than 3.5 Sonnet/GPT-4o around now");
  page.assume("hardware price-performance gains 1.25-1.40x a year (Hobbhahn & Besiroglu 2022: doubling every 2.07-3.13 years for ML GPUs)");
  page.assume("algorithms gain 2.4-3.4x a year (Ho et al. 2024: halving every ~8 months); together about the essay's 4x");
  page.assume("Sonnet's lead 9-12 months and the quality gap 1.5-2.5x, as in example 05; all 90% intervals of lognormals, 200,000 draws (seed 2025)");
  page.assume("hardware and algorithmic progress have a rank correlation of 0.5");

  monte_carlo mc{200'000, 2025};
  const auto lead = mc.between(9, 12);
  const auto gap = mc.between(1.5, 2.5);
  const auto hardware_alone = mc.between(1.25, 1.40);
  const auto algorithms_alone = mc.between(2.4, 3.4);
  const auto [hardware, algorithms] = correlate(mc, hardware_alone, algorithms_alone, 0.5);
  char drawn[16];
  std::snprintf(drawn, sizeof drawn, "%.2f", rank_correlation(hardware, algorithms));
  page.show("rank correlation drawn", drawn);
  page.show("hardware's median, before and after", to_string(multiplier(hardware_alone.median())) + " and " +
                                                      to_string(multiplier(hardware.median())));

  // E7 on each: the trend is the product of the two, over the lead, times the gap.
  auto e7 = [&](const samples<double>& hw, const samples<double>& algo) {
    return essay::expected_cost_ratio(months(lead), per_year(hw * algo), multiplier(gap));
  };
  const auto independent = e7(hardware_alone, algorithms_alone);
  const auto correlated = e7(hardware, algorithms);
  page.show("independent inputs: the cost ratio", independent);
  page.show("correlated inputs: the cost ratio", correlated);
  page.show("P(ratio > 8x), independent", example::share_text(probability_above(independent, 8.0), 1));
  page.show("P(ratio > 8x), correlated", example::share_text(probability_above(correlated, 8.0), 1));
  page.note("correlation widens the 90% interval a little: the two trends no longer offset each other's surprises;");
  page.note("the quality gap, not the trend, drives most of the spread.");

  page.note("Which input drives the ratio (correlated inputs):");
  const auto table = sensitivity(correlated.value(), {{"lead", lead},
                                                      {"quality gap", gap},
                                                      {"hardware", hardware},
                                                      {"algorithms", algorithms}});
  page.out << to_string(table);
  page.note("the two trends share variance, so their first-order indices overlap.");

  // The data behind a picture of the two distributions, no binning by hand.
  auto csv = page.csv("correlated_e7", "from,to,independent,correlated");
  const auto a = histogram_of(independent, 3.0, 12.0, 45);
  const auto b = histogram_of(correlated, 3.0, 12.0, 45);
  for (std::size_t i = 0; i < a.counts.size(); ++i) {
    csv << a.edges[i] << ',' << a.edges[i + 1] << ',' << a.counts[i] << ',' << b.counts[i] << '\n';
  }
}

CURVESHIFT_EXAMPLE_MAIN(correlated_inputs)
