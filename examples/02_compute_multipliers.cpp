// Section 2 of the essay: compute multipliers (E2, E3). An idea that makes
// training more efficient shifts the whole curve: the same score for less.
//
// "What this typically does is shift the curve: if the innovation is a 2x
// 'compute multiplier' (CM), then it allows you to get 40% on a coding task
// for $5M instead of $10M; or 60% for $50M instead of $100M."
#include <curveshift/curveshift.hpp>

#include "example.hpp"

using namespace curveshift;

void compute_multipliers(const example::page& page) {
  page.heading("2. Compute multipliers: shifting the curve");
  const auto& curve = essay::coding_curve;

  // E2: a 2x CM halves the cost of every score.
  page.quote("a 2x 'compute multiplier' (CM) ... allows you to get 40% on a coding task for $5M instead of $10M; "
             "or 60% for $50M instead of $100M");
  const auto shifted = curve.shifted_by(essay::medium_cm);
  page.show("cost of 40%, before and after", to_string(curve.cost_for(percent(40))) + " -> " +
                                                 to_string(shifted.cost_for(percent(40))));
  page.show("cost of 60%, before and after", to_string(curve.cost_for(percent(60))) + " -> " +
                                                 to_string(shifted.cost_for(percent(60))));
  page.note("or, the other way round: the same $10M buys a higher score.");
  page.show("score for $10M after a 2x CM", shifted.score_at(million_usd(10)));
  page.show("gain at $10M from a 2x CM", gain_from(curve, million_usd(10), essay::medium_cm));

  // E3: CMs come in sizes, and compound by multiplication.
  page.quote("frequently small ones (~1.2x), sometimes medium-sized ones (~2x), and every once in a while very "
             "large ones (~10x)");
  page.show("1.2x x 2x x 10x", essay::small_cm * essay::medium_cm * essay::large_cm);
  const auto four_small = pow(essay::small_cm, 4);
  page.show("four small ones, 1.2^4", four_small);
  page.show("... to five figures", to_string(four_small, digits{5}));
  for (const multiplier<>& cm : {essay::small_cm, essay::medium_cm, essay::large_cm}) {
    page.show("gain at $10M from a " + to_string(cm) + " CM", gain_from(curve, million_usd(10), cm));
  }
  page.note("on a log-linear curve a CM adds the same points at any spend: 20 x log10(CM).");

  // The data behind the picture: the curve and the curve shifted by 2x.
  auto csv = page.csv("compute_multipliers", "spend_musd,score_percent,score_after_2x_cm_percent");
  for (int step = 0; step <= 70; ++step) {
    const auto spend = usd(exp10(5.5 + step * 0.05));
    csv << spend.in(million_usd) << ',' << curve.score_at(spend).in_percent() << ','
        << shifted.score_at(spend).in_percent() << '\n';
  }
}

CURVESHIFT_EXAMPLE_MAIN(compute_multipliers)
