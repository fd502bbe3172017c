// Export controls: rounds, a chip's status on a date, a fleet's provenance,
// and the concealment model (essay E12, E13; ../shared/facts.md).
#include <curveshift/curveshift.hpp>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("the export-control rounds are dated data", "[export_controls]") {
  REQUIRE(export_rounds.size() == 4);
  CHECK(export_rounds[0].announced == date{2022, 10, 7});
  CHECK(export_rounds[1].announced == date{2023, 10, 17});
  CHECK(export_rounds[1].effective == date{2023, 11, 16});
  CHECK(export_rounds[2].announced == date{2024, 12, 2});
  CHECK(export_rounds[3].announced == date{2025, 1, 13});
  CHECK_THAT(std::string(export_rounds[3].source), ContainsSubstring("90 FR 4544"));
  CHECK_THAT(std::string(export_rounds[1].summary), ContainsSubstring("H800"));
  // The round in force on a date is the latest effective one.
  CHECK(round_in_force(date{2022, 10, 7}).announced == date{2022, 10, 7});
  CHECK(round_in_force(date{2023, 11, 15}).announced == date{2022, 10, 7});  // announced, not yet effective
  CHECK(round_in_force(date{2023, 11, 16}).announced == date{2023, 10, 17});
  CHECK(round_in_force(date{2024, 12, 2}).announced == date{2024, 12, 2});
  CHECK(round_in_force(date{2025, 1, 27}).announced == date{2025, 1, 13});
}

TEST_CASE("H100: banned on every date since its release (E13)", "[export_controls]") {
  for (const date d : {date{2022, 9, 1}, date{2022, 10, 7}, date{2023, 6, 1}, date{2025, 1, 27}}) {
    const auto s = status_on(catalogue::h100, d);
    CHECK(s.banned());
    CHECK(s.since == date{2022, 9, 1});
  }
  CHECK(to_string(status_on(catalogue::h100, date{2025, 1, 27})) == "banned since 2022-09-01");
}

TEST_CASE("H800: allowed under the 2022 round, banned from the 2023 round's effective date (E13)",
          "[export_controls]") {
  CHECK(status_on(catalogue::h800, date{2023, 3, 1}).state == export_state::allowed);  // release day
  CHECK(status_on(catalogue::h800, date{2023, 6, 1}).state == export_state::allowed);
  // Announced 2023-10-17, still allowed until the rule took effect.
  CHECK(status_on(catalogue::h800, date{2023, 10, 17}).state == export_state::allowed);
  CHECK(status_on(catalogue::h800, date{2023, 11, 15}).state == export_state::allowed);
  CHECK_FALSE(status_on(catalogue::h800, date{2023, 11, 15}).since.has_value());
  // The flip: 2023-11-16.
  CHECK(status_on(catalogue::h800, date{2023, 11, 16}).banned());
  CHECK(status_on(catalogue::h800, date{2024, 1, 1}).banned());
  CHECK(status_on(catalogue::h800, date{2024, 1, 1}).since == date{2023, 11, 16});
  CHECK(to_string(status_on(catalogue::h800, date{2023, 6, 1})) == "allowed");
}

TEST_CASE("H20 still allowed when the essay was written; the rest as catalogued (E13)", "[export_controls]") {
  CHECK(status_on(catalogue::h20, date{2023, 11, 1}).state == export_state::allowed);
  CHECK(status_on(catalogue::h20, date{2025, 1, 27}).state == export_state::allowed);
  CHECK(status_on(catalogue::h200, date{2024, 6, 1}).banned());
  CHECK(status_on(catalogue::b200, date{2024, 3, 1}).banned());
  // Chinese chips: no US ban applies in China.
  CHECK_FALSE(status_on(catalogue::ascend_910b, date{2025, 1, 27}).banned());
  CHECK_FALSE(status_on(catalogue::ascend_910c, date{2025, 1, 27}).banned());
}

TEST_CASE("a fleet by provenance: never banned, shipped before the ban, banned at release (E13)",
          "[export_controls]") {
  CHECK(classify(catalogue::h20, date{2025, 1, 27}) == provenance::never_banned);
  CHECK(classify(catalogue::h800, date{2025, 1, 27}) == provenance::shipped_before_ban);
  CHECK(classify(catalogue::h100, date{2025, 1, 27}) == provenance::banned_at_release);
  // Before its ban the H800 was simply allowed.
  CHECK(classify(catalogue::h800, date{2023, 6, 1}) == provenance::never_banned);
  CHECK(classify(catalogue::h800, date{2023, 11, 16}) == provenance::shipped_before_ban);
  CHECK(to_string(provenance::banned_at_release) == "banned at release (likely smuggled)");
  CHECK(to_string(provenance::shipped_before_ban) == "shipped before its ban");
  CHECK(to_string(provenance::never_banned) == "never banned");
  // DeepSeek's assumed mix on 2025-01-27: 30,000 H20 + 10,000 H800 + 10,000 H100.
  const auto split = classify(essay::assumed_deepseek_mix, date{2025, 1, 27});
  CHECK(split.never_banned.in(chips) == 30'000);
  CHECK(split.shipped_before_ban.in(chips) == 10'000);
  CHECK(split.banned_at_release.in(chips) == 10'000);
  // They add back to the 50,000.
  CHECK(split.never_banned + split.shipped_before_ban + split.banned_at_release == essay::deepseek_chips);
}

TEST_CASE("the concealment model: $1B can be hidden, $10B and $100B cannot (E12)", "[export_controls]") {
  const auto& model = essay::concealment;
  // Midpoint sqrt(1e9 x 1e10) = 10^9.5 = $3.1623B; k = 2 ln 9 = 4.394449 per decade.
  CHECK(model.midpoint().in(billion_usd) == Approx(3.16227766));
  CHECK(model.steepness() == Approx(4.394449));
  // At $1B: z = 4.394449 x (9 - 9.5) = -ln 9; 1 / (1 + 9) = 0.1.
  CHECK(model.detectability(essay::hideable) == Approx(0.1));
  CHECK(model.can_hide(essay::hideable));
  // At $10B: 1 / (1 + 1/9) = 0.9.
  CHECK(model.detectability(essay::hard_to_hide) == Approx(0.9));
  CHECK_FALSE(model.can_hide(essay::hard_to_hide));
  // At $100B: z = 1.5 x 2 ln 9 = 3 ln 9; 1 / (1 + 9^-3) = 729 / 730 = 0.998630.
  CHECK(model.detectability(billion_usd(100)) == Approx(729.0 / 730.0));
  CHECK_FALSE(model.can_hide(billion_usd(100)));
  // A million chips at $20,000 = $20B: z = 4.394449 x (log10 2e10 - 9.5) = 4.394449 x 0.801030 = 3.520086;
  // 1 / (1 + e^-3.520086) = 1 / 1.029596 = 0.971254: past the line.
  const auto million_chips = cost_of(essay::frontier_chips, essay::implied_chip_price);
  CHECK(model.detectability(million_chips) == Approx(0.971254));
  CHECK_FALSE(model.can_hide(million_chips));
  // DeepSeek's 50,000 chips ($1B) could be hidden: the controls were not "designed to prevent
  // China from getting a few tens of thousands of chips".
  CHECK(model.can_hide(cost_of(essay::deepseek_chips, essay::implied_chip_price)));
  // Exactly one half at the midpoint.
  CHECK(model.detectability(usd(3.1622776601683795e9)) == Approx(0.5));
  // Bounds flow through: $1-10B is detected between 10% and 90% of the time.
  const auto range = model.detectability(usd(interval{1e9, 1e10}));
  CHECK(range.lo() == Approx(0.1));
  CHECK(range.hi() == Approx(0.9));
  // A user model: midpoint $5B, 2 per decade; at $50B z = 2, 1 / (1 + e^-2) = 0.880797.
  const concealment_model mine{billion_usd(5), 2.0};
  CHECK(mine.detectability(billion_usd(50)) == Approx(0.880797));
}

TEST_CASE("bad export-control inputs raise curveshift::error", "[export_controls][bad-input]") {
  CHECK_THROWS_WITH(status_on(catalogue::h100, date{2022, 8, 1}),
                    ContainsSubstring("curveshift::status_on") && ContainsSubstring("on = 2022-08-01") &&
                        ContainsSubstring("release (H100, 2022-09-01)"));
  CHECK_THROWS_WITH(status_on(catalogue::h20, date{2023, 10, 31}),
                    ContainsSubstring("status_on") && ContainsSubstring("on = 2023-10-31"));
  CHECK_THROWS_WITH(classify(catalogue::h800, date{2023, 2, 28}),
                    ContainsSubstring("curveshift::classify") && ContainsSubstring("on = 2023-02-28"));
  CHECK_THROWS_WITH(classify(essay::assumed_deepseek_mix, date{2023, 6, 1}),
                    ContainsSubstring("classify") && ContainsSubstring("H20"));
  CHECK_THROWS_WITH(round_in_force(date{2022, 10, 6}),
                    ContainsSubstring("round_in_force") && ContainsSubstring("on = 2022-10-06"));
  CHECK_THROWS_WITH(essay::concealment.detectability(usd(0)),
                    ContainsSubstring("concealment_model::detectability") && ContainsSubstring("amount = 0"));
  CHECK_THROWS_WITH(essay::concealment.can_hide(usd(0)), ContainsSubstring("amount = 0"));
  CHECK_THROWS_WITH((concealment_model{usd(0), 2.0}),
                    ContainsSubstring("curveshift::concealment_model") && ContainsSubstring("midpoint = 0"));
  CHECK_THROWS_WITH((concealment_model{billion_usd(3), -1.0}),
                    ContainsSubstring("concealment_model") && ContainsSubstring("steepness = -1"));
  CHECK_THROWS_WITH(concealment_model<>::calibrated(usd(0), billion_usd(10), 0.9),
                    ContainsSubstring("concealment_model::calibrated") && ContainsSubstring("hideable = 0"));
  CHECK_THROWS_WITH(concealment_model<>::calibrated(billion_usd(1), usd(0), 0.9),
                    ContainsSubstring("not_hideable = 0"));
  CHECK_THROWS_WITH(concealment_model<>::calibrated(billion_usd(10), billion_usd(1), 0.9),
                    ContainsSubstring("concealment_model::calibrated") && ContainsSubstring("log10(not_hideable / hideable) = -1"));
  CHECK_THROWS_WITH(concealment_model<>::calibrated(billion_usd(1), billion_usd(10), 0.4),
                    ContainsSubstring("confidence = 0.4"));
  CHECK_THROWS_WITH(concealment_model<>::calibrated(billion_usd(1), billion_usd(10), 1.0),
                    ContainsSubstring("confidence = 1"));
}
