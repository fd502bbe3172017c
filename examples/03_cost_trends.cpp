// Section 3 of the essay: cost trends, in training and in inference (E4, E5).
//
// "In 2020, my team published a paper suggesting that the shift in the curve
// due to algorithmic progress is ~1.68x /year. ... I'd guess the number today
// is maybe ~4x /year."
#include <curveshift/curveshift.hpp>

#include "example.hpp"

using namespace curveshift;

void cost_trends(const example::page& page) {
  page.heading("3. Cost trends: how fast the curve shifts");

  // E4: the same trend, written the ways people write it.
  page.quote("the shift in the curve due to algorithmic progress is ~1.68x /year");
  const trend<> then = essay::algorithmic_progress_2020;
  page.show("1.68x/year, as a doubling time", doubling_text(then));
  page.show("doubling every 16 months, per year", doubling_every(months(16)));

  page.quote("I'd guess the number today is maybe ~4x /year");
  const trend<> now = essay::cost_trend;
  page.show("4x/year, for the cost of a fixed result", halving_text(now));
  page.show("4x/year, in orders of magnitude per year", now.orders_of_magnitude_per_year());
  page.show("over 3 years at 1.68x/year", then.over(years(3)));
  page.show("over 3 years at 4x/year", now.over(years(3)));

  // E5: inference prices fall on the same curve.
  page.quote("Claude 3.5 Sonnet which was released 15 months later than the original GPT-4 ... ~10x lower API price");
  const trend<> inference = essay::gpt4_to_sonnet_price_drop / essay::gpt4_to_sonnet;
  page.show("10x in 15 months, per year", inference);
  page.show("4x/year over 15 months", now.over(essay::gpt4_to_sonnet));
  page.note("so the price fall was steeper than the 4x/year training trend.");

  // The data behind the picture: the cost of a fixed score ($10M today)
  // falling at 1.68x/year and at 4x/year, month by month for three years.
  auto csv = page.csv("cost_trends", "months,cost_at_1.68x_per_year_musd,cost_at_4x_per_year_musd");
  for (int m = 0; m <= 36; ++m) {
    const auto span = months(m);
    csv << m << ',' << (million_usd(10) / then.over(span)).in(million_usd) << ','
        << (million_usd(10) / now.over(span)).in(million_usd) << '\n';
  }
}

CURVESHIFT_EXAMPLE_MAIN(cost_trends)
