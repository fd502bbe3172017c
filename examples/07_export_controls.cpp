// Section 7 of the essay: export controls (E12, E13). The rounds of US
// controls, each chip's status on a date, where DeepSeek's chips came from,
// what can be hidden, and whether the world of 2026-2027 is unipolar or bipolar.
//
// "Well-enforced export controls are the only thing that can prevent China
// from getting millions of chips, and are therefore the most important
// determinant of whether we end up in a unipolar or bipolar world."
#include <curveshift/curveshift.hpp>

#include <string>

#include "example.hpp"

using namespace curveshift;

void export_controls(const example::page& page) {
  page.heading("7. Export controls: the timeline, the fleet mix, concealment, one world or two");
  const date essay_date{2025, 1, 27};  // the week the essay was written

  // The timeline: each round of US controls, announced and in force.
  page.quote("Several links, as there have been several rounds");
  for (const export_round& round : export_rounds) {
    page.show("round of " + to_string(round.announced) + ", in force " + to_string(round.effective), round.source);
  }

  // E13: each of DeepSeek's chips, on dates before and after the 2023 round.
  page.quote("H100's have been banned under the export controls since their release ... H800's were allowed "
             "under the initial round of 2022 export controls, but were banned in Oct 2023 ... H20's ... are "
             "still allowed");
  for (const chip* c : {&catalogue::h100, &catalogue::h800, &catalogue::h20}) {
    for (const date on : {date{2023, 6, 1}, date{2024, 1, 1}, essay_date}) {
      const std::string what = to_string(*c) + " on " + to_string(on);
      page.show(what, on < c->released() ? std::string("not yet released") : to_string(status_on(*c, on)));
    }
  }

  // E13: DeepSeek's reported mix, by where each chip most likely came from.
  page.quote("a mix of H100's, H800's, and H20's, according to SemiAnalysis, adding up to 50k total");
  page.assume("the mix is 10,000 H100, 10,000 H800 and 30,000 H20 (SemiAnalysis's reporting; the essay gives no split)");
  const auto split = classify(essay::assumed_deepseek_mix, essay_date);
  page.show(to_string(provenance::never_banned), split.never_banned);
  page.show(to_string(provenance::shipped_before_ban), split.shipped_before_ban);
  page.show(to_string(provenance::banned_at_release), split.banned_at_release);
  page.show("all three", split.never_banned + split.shipped_before_ban + split.banned_at_release);

  // E12: concealment, as how likely activity of a dollar value is to be found.
  page.quote("$1B of economic activity can be hidden, but it's hard to hide $100B or even $10B");
  page.assume("detection is a logistic in log10(dollars): $1B found 10% of the time, $10B 90%");
  const auto& model = essay::concealment;
  const auto a_million_chips = cost_of(essay::frontier_chips, essay::implied_chip_price);
  for (const money<>& amount : {essay::hideable, essay::hard_to_hide, billion_usd(100), a_million_chips}) {
    page.show("chance " + to_string(amount) + " is found", example::share_text(model.detectability(amount)) +
                                                    (model.can_hide(amount) ? ": can be hidden" : ": hard to hide"));
  }
  page.note("a million chips at $20k each are $20B: past the line.");

  // Unipolar or bipolar: does China field a million chips by the end of 2027?
  page.quote("If China can't get millions of chips, we'll (at least temporarily) live in a unipolar world");
  const observation<chip_count<>> deepseek_now{essay_date, essay::deepseek_chips};
  page.show("50,000 -> 1,000,000 chips by 2027-12-31",
            growth_between(deepseek_now, observation{essay::frontier_until, essay::frontier_chips}));
  page.assume("the US fields 2,000,000 chips by then; China's fleet grows 2x/year with the controls, 4x/year without");
  const contender us{"US", chips(2'000'000)};
  const chip_supply with_controls{"China", deepseek_now, per_year(2.0)};
  const chip_supply without_controls{"China", deepseek_now, per_year(4.0)};
  page.show("China by 2027-12-31, with the controls", with_controls.by(essay::frontier_until).fielded);
  page.show("... the world", which_world(us, with_controls.by(essay::frontier_until), essay::frontier_chips));
  page.show("China by 2027-12-31, without them", without_controls.by(essay::frontier_until).fielded);
  page.show("... the world", which_world(us, without_controls.by(essay::frontier_until), essay::frontier_chips));
}

CURVESHIFT_EXAMPLE_MAIN(export_controls)
