// Section 8 of the essay: spending more, not less (E14, E16). When the curve
// shifts, the budget stays and buys a smarter model.
//
// "the economic value of training more and more intelligent models is so
// great that any cost gains are more than eaten up almost immediately —
// they're poured back into making even smarter models for the same huge cost
// we were originally planning to spend."
#include <curveshift/curveshift.hpp>

#include <string>

#include "example.hpp"

using namespace curveshift;

void spending_more(const example::page& page) {
  page.heading("8. Spending more, not less: the budget is poured back");
  const auto& curve = essay::coding_curve;
  const trend<> trend_now = essay::cost_trend;  // 4x/year
  const auto budget = million_usd(10);
  const std::string when[] = {"today", "a year on", "two years on"};

  // E16, one way: the same score gets cheaper every year.
  page.quote("the cost of training a given level of model intelligence declines rapidly");
  for (int year = 0; year <= 2; ++year) {
    const auto shifted = curve.shifted_by(trend_now.over(years(year)));
    page.show("cost of 40%, " + when[year] + " at 4x/year", shifted.cost_for(percent(40)));
  }

  // E16, the way it happens: the same budget buys a higher score.
  page.quote("they're poured back into making even smarter models for the same huge cost");
  for (int year = 0; year <= 2; ++year) {
    const auto shifted = curve.shifted_by(trend_now.over(years(year)));
    page.show("score for $10M, " + when[year], shifted.score_at(budget));
  }
  page.show("points per year at a fixed budget", gain_from(curve, budget, trend_now.over(years(1))));
  page.note("4x/year is 20 x log10(4) points a year on the essay's curve, at any budget.");

  // E14: the market read cheaper training as less spending.
  page.quote("a ~17% decrease in Nvidia's stock price");
  page.show("a 17% drop, as a multiplier", essay::nvidia_drop);
  page.note("but a cheaper curve is spent, not saved: the budget stays and buys the higher score.");

  // The data behind the picture: month by month for two years, what a fixed
  // $10M buys, and what the 40% score costs.
  auto csv = page.csv("spending_more", "months,score_for_10m_percent,cost_of_40_percent_musd");
  for (int m = 0; m <= 24; ++m) {
    const auto shifted = curve.shifted_by(trend_now.over(months(m)));
    csv << m << ',' << shifted.score_at(budget).in_percent() << ','
        << shifted.cost_for(percent(40)).in(million_usd) << '\n';
  }
}

CURVESHIFT_EXAMPLE_MAIN(spending_more)
