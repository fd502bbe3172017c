// Section 4 of the essay: shifting the paradigm (E6). A new stage, RL, is
// added after pretraining; early on its own curve, it gains a lot per dollar.
//
// "we are still very early on the scaling curve: the amount being spent on the
// second, RL stage is small for all players. Spending $1M instead of $0.1M is
// enough to get huge gains. ... we're at a unique 'crossover point'"
#include <curveshift/curveshift.hpp>

#include "example.hpp"

using namespace curveshift;

void paradigm_shift(const example::page& page) {
  page.heading("4. Shifting the paradigm: pretraining, then RL");
  page.quote("Spending $1M instead of $0.1M is enough to get huge gains");
  page.assume("RL closes a share of the tasks pretraining leaves unsolved, on a logistic in log10(RL spend): "
              "25% of them at $0.1M, 75% at $1M (midpoint $316k, ln 9 per decade)");

  // The two stages: the essay's pretraining curve, then the assumed RL curve.
  const auto& paradigm = essay::assumed_coding_paradigm;
  const auto pretraining_spend = million_usd(10);  // 40% on the essay's curve
  const auto rl = paradigm.rl_stage_at(pretraining_spend);
  page.show("pretraining alone, $10M", paradigm.pretraining().score_at(pretraining_spend));
  for (const money<>& rl_spend : {million_usd(0.1), million_usd(1), million_usd(10), million_usd(100)}) {
    page.show("with " + to_string(rl_spend) + " of RL", rl.score_at(rl_spend));
  }

  // E6: the RL decade beats the pretraining decade, for now.
  page.note("a tenfold spend on each stage, from where each stands:");
  const auto rl_first_decade = gain_from(rl, million_usd(0.1), multiplier{10.0});
  const auto pretraining_decade = gain_from(paradigm.pretraining(), pretraining_spend, multiplier{10.0});
  page.show("RL, $0.1M -> $1M", rl_first_decade);
  page.show("pretraining, $10M -> $100M", pretraining_decade);
  page.show("RL, $1M -> $10M", gain_from(rl, million_usd(1), multiplier{10.0}));
  page.show("RL, $10M -> $100M", gain_from(rl, million_usd(10), multiplier{10.0}));
  page.note(rl_first_decade > pretraining_decade ? "the young stage gains more per decade: the crossover point."
                                                 : "the young stage gains less: no crossover.");
  page.note("past its midpoint ($316k) the RL gain per decade falls: the crossover is temporary.");
  page.quote("This will rapidly cease to be true as everyone moves further up the scaling curve on these models.");

  // The data behind the picture: the combined score against RL spend, on top
  // of $1M, $10M and $100M of pretraining.
  auto csv = page.csv("rl_stages", "rl_spend_musd,score_on_1m_percent,score_on_10m_percent,score_on_100m_percent");
  for (int step = 0; step <= 60; ++step) {
    const auto rl_spend = usd(exp10(4.0 + step * 0.05));  // $10k to $10M
    csv << rl_spend.in(million_usd);
    for (const money<>& base : {million_usd(1), million_usd(10), million_usd(100)}) {
      csv << ',' << paradigm.score_at(base, rl_spend).in_percent();
    }
    csv << '\n';
  }
}

CURVESHIFT_EXAMPLE_MAIN(paradigm_shift)
