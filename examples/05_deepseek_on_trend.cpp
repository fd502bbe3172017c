// Section 5 of the essay: DeepSeek-V3 on trend (E7, E8), one model run three
// ways: as point estimates (double), as bounds (interval<double>) and as a
// distribution (samples<double>, by Monte Carlo).
//
// "we'd expect a model 3-4x cheaper than 3.5 Sonnet/GPT-4o around now. Since
// DeepSeek-V3 is worse than those US frontier models — let's say by ~2x on the
// scaling curve ... it would be totally normal, totally 'on trend', if
// DeepSeek-V3 training cost ~8x less than the current US models developed a
// year ago."
#include <curveshift/curveshift.hpp>
#include <curveshift/uncertainty/histogram.hpp>
#include <curveshift/uncertainty/monte_carlo.hpp>
#include <curveshift/core/samples.hpp>


#include "example.hpp"

using namespace curveshift;

void deepseek_on_trend(const example::page& page) {
  page.heading("5. DeepSeek-V3: a break from trend, or on it?");
  const trend<> trend_now = essay::cost_trend;  // 4x/year

  // E7 as point estimates (double): each end of "9-12 months" on its own.
  page.quote("Sonnet's training was conducted 9-12 months ago");
  page.quote("we'd expect a model 3-4x cheaper than 3.5 Sonnet/GPT-4o around now");
  page.note("As points (double):");
  page.show("4x/year over 9 months", trend_now.over(lower(essay::sonnet_lead)));
  page.show("4x/year over 12 months", trend_now.over(upper(essay::sonnet_lead)));
  page.quote("let's say by ~2x on the scaling curve ... training cost ~8x less");
  page.show("... times the 2x gap, 9 months",
            essay::expected_cost_ratio(lower(essay::sonnet_lead), trend_now, essay::v3_quality_gap));
  page.show("... times the 2x gap, 12 months",
            essay::expected_cost_ratio(upper(essay::sonnet_lead), trend_now, essay::v3_quality_gap));
  page.show("... at the midpoint, 10.5 months",
            essay::expected_cost_ratio(midpoint(essay::sonnet_lead), trend_now,
                                       essay::v3_quality_gap));
  page.show("8x at 4x/year, as months of trend", trend_now.time_for(multiplier{8.0}));

  // E7 as bounds (interval<double>): the same model, the lead as an interval.
  page.note("As bounds (interval<double>):");
  const auto lead = essay::sonnet_lead;
  page.show("4x/year over 9-12 months", trend_now.over(lead));
  page.show("... times the 2x gap", essay::expected_cost_ratio(lead, trend_now, essay::v3_quality_gap));
  page.note("the essay rounds 2.83-4x to \"3-4x\" and the upper end, 8x, to \"~8x\".");
  page.assume("the essay's \"~2x\" gap is somewhere in 1.5-2.5x");
  const auto gap = multiplier(interval{1.5, 2.5});
  page.show("... times a 1.5-2.5x gap", essay::expected_cost_ratio(lead, trend_now, gap));

  // E8: how far behind DeepSeek-V3 is, as a cost gap.
  page.quote("close to the performance of US models 7-10 months older");
  page.show("4x/year over 7-10 months", trend_now.over(essay::peer_age));

  // E7 as a distribution (samples<double>): both ranges drawn at random.
  page.note("As a distribution (samples<double>):");
  page.assume("9-12 months and 1.5-2.5x are 90% intervals of lognormals, drawn 1,000,000 times (seed 2025)");
  monte_carlo mc{1'000'000, 2025};  // a fixed seed: the same draws on every run
  const auto lead_draws = months(mc.between(lead.in(months).lo(), lead.in(months).hi()));
  const auto gap_draws = multiplier(mc.between(gap.value().lo(), gap.value().hi()));
  const auto ratio = essay::expected_cost_ratio(lead_draws, trend_now, gap_draws);
  page.show("the cost ratio", ratio);
  page.note("the draws' 90% interval sits inside the bounds 4.24-10x, which take every input at its extreme.");

  // The data behind the histogram: how many draws fall in each 0.2x bin, and
  // the essay's 5.66-8x to mark on it.
  auto marks = page.csv("deepseek_e7_marks", "ratio,label");
  for (const auto& lead_end : {lower(essay::sonnet_lead), upper(essay::sonnet_lead)}) {
    const auto point = essay::expected_cost_ratio(lead_end, trend_now, essay::v3_quality_gap);
    marks << point.value() << ',' << to_string(point) << " at " << to_string(lead_end) << " and a 2x gap\n";
  }
  auto csv = page.csv("deepseek_e7", "ratio_from,ratio_to,draws");
  const auto bins = histogram_of(ratio, 3.0, 12.0, 45);  // 3x to 12x by 0.2x
  for (std::size_t i = 0; i < bins.counts.size(); ++i) {
    csv << bins.edges[i] << ',' << bins.edges[i + 1] << ',' << bins.counts[i] << '\n';
  }
}

CURVESHIFT_EXAMPLE_MAIN(deepseek_on_trend)
