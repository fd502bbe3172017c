// Section 1 of the essay: scaling laws (E1, E15). Spend buys score along a
// curve, smoothly: each tenfold spend adds the same number of points.
//
// "all else equal, scaling up the training of AI systems leads to smoothly
// better results on a range of cognitive tasks, across the board."
#include <curveshift/curveshift.hpp>

#include "example.hpp"

using namespace curveshift;

void scaling_laws(const example::page& page) {
  page.heading("1. Scaling laws: score against spend");

  // E1: the essay's three points are one log-linear curve.
  page.quote("a $1M model might solve 20% of important coding tasks, a $10M might solve 40%, $100M might "
             "solve 60%");
  const auto& curve = essay::coding_curve;  // 20% at $1M, +20 points per tenfold spend
  for (const money<>& spend : {million_usd(1), million_usd(10), million_usd(100)}) {
    page.show("score for " + to_string(spend), curve.score_at(spend));
  }
  page.note("and back again, from a score to the spend that reaches it:");
  page.show("cost of 60%", curve.cost_for(percent(60)));
  page.show("cost of 50%", curve.cost_for(percent(50)));

  // E15: a factor of 10, anywhere on the curve, is the same step.
  page.quote("another factor of 10 may correspond to the difference between an undergraduate and PhD skill level");
  page.show("points per tenfold spend", marginal_gain_per_decade(curve, million_usd(10)));
  page.show("$10M -> $100M", curve.score_at(million_usd(100)) - curve.score_at(million_usd(10)));
  page.show("$100M -> $1B", gain_from(curve, million_usd(100), multiplier{10.0}));
  page.note("each step of +20 points costs ten times the last: \"thus companies are investing heavily\".");

  // The data behind the picture: the curve from $300k to $1B.
  auto csv = page.csv("scaling_laws", "spend_musd,score_percent");
  for (int step = 0; step <= 70; ++step) {
    const auto spend = usd(exp10(5.5 + step * 0.05));
    csv << spend.in(million_usd) << ',' << curve.score_at(spend).in_percent() << '\n';
  }
}

CURVESHIFT_EXAMPLE_MAIN(scaling_laws)
