// The unipolar/bipolar question as arithmetic (essay, "Export Controls"; E11).
#include <curveshift/curveshift.hpp>

#include <sstream>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("which world results on either side of the threshold", "[scenario]") {
  const auto needed = essay::frontier_chips;  // 1,000,000 chips
  const contender us{"US", chips(3'000'000)};
  // China one chip short of a million: unipolar, the US ahead.
  const auto short_of = which_world(us, contender{"China", chips(999'999)}, needed);
  CHECK(short_of.kind == world::unipolar);
  CHECK(short_of.leader == "US");
  CHECK(to_string(short_of) == "unipolar (US)");
  // Exactly at the threshold: bipolar.
  const auto at = which_world(us, contender{"China", chips(1'000'000)}, needed);
  CHECK(at.kind == world::bipolar);
  CHECK(at.leader.empty());
  CHECK(to_string(at) == "bipolar");
  // The order of the sides does not matter.
  CHECK(which_world(contender{"China", chips(50'000)}, us, needed).leader == "US");
  // Neither side there yet.
  const auto none = which_world(contender{"US", chips(200'000)}, contender{"China", chips(50'000)}, needed);
  CHECK(none.kind == world::no_frontier);
  CHECK(to_string(world::no_frontier) == "no frontier");
  CHECK(to_string(world::unipolar) == "unipolar");
}

TEST_CASE("the threshold from dollars: tens of billions buy millions of chips (E11)", "[scenario]") {
  // $20B at $20,000 a chip = 1,000,000 chips; $10B buys only 500,000.
  const auto needed = chips_for(billion_usd(20), essay::implied_chip_price);
  CHECK(needed.in(chips) == Approx(1e6));
  CHECK(chips_for(essay::frontier_cost, essay::implied_chip_price).in(chips) == Approx(5e5));
  const contender us{"US", chips(2'000'000)};
  CHECK(which_world(us, contender{"China", chips(1'200'000)}, needed).kind == world::bipolar);
  CHECK(which_world(us, contender{"China", chips(500'000)}, needed).kind == world::unipolar);
}

TEST_CASE("chips each side can field by a date", "[scenario]") {
  // China from DeepSeek's 50,000 chips in January 2025. At 2x/year, by 2027-01-27
  // (two years = 730 days = 730 / 365.2425 = 1.998672 years) it fields
  // 50,000 x 2^1.998672 = 50,000 x 3.996318 = 199,816 chips: unipolar.
  const chip_supply china_slow{"China", observation{date{2025, 1, 27}, essay::deepseek_chips}, per_year(2)};
  const chip_supply us{"US", observation{date{2025, 1, 27}, chips(1'000'000)}, per_year(2)};
  CHECK(china_slow.by(date{2027, 1, 27}).fielded.in(chips) == Approx(199'816).epsilon(1e-5));
  const auto slow = which_world(us, china_slow, essay::frontier_until, essay::frontier_chips);
  CHECK(slow.kind == world::unipolar);
  CHECK(slow.leader == "US");
  // At 10x/year the same start reaches 50,000 x 10^1.998672 = 4,984,736 chips by 2027-01-27: bipolar.
  const chip_supply china_fast{"China", observation{date{2025, 1, 27}, essay::deepseek_chips}, per_year(10)};
  CHECK(china_fast.by(date{2027, 1, 27}).fielded.in(chips) == Approx(4'984'736).epsilon(1e-4));
  CHECK(which_world(us, china_fast, date{2027, 1, 27}, essay::frontier_chips).kind == world::bipolar);
  // At 10x/year the million is crossed after log10(20) = 1.30103 years (475.2 days), around 2026-05-16:
  // unipolar on 2026-05-01, bipolar on 2026-06-01.
  CHECK(which_world(us, china_fast, date{2026, 5, 1}, essay::frontier_chips).kind == world::unipolar);
  CHECK(which_world(us, china_fast, date{2026, 6, 1}, essay::frontier_chips).kind == world::bipolar);
}

TEST_CASE("hardware values print through operator<<", "[scenario][format]") {
  std::ostringstream out;
  out << world::bipolar << "; " << catalogue::h800 << "; " << essay::assumed_deepseek_mix << "; "
      << status_on(catalogue::h800, date{2024, 1, 1}) << "; " << provenance::never_banned << "; "
      << essay::v3_chip_time << "; " << precision::fp8;
  CHECK(out.str() ==
        "bipolar; H800; 50,000 chips: 10,000 H100, 10,000 H800, 30,000 H20; banned since 2023-11-16; never banned; "
        "2,788,000 chip-hours; fp8");
}

TEST_CASE("bad scenario inputs raise curveshift::error", "[scenario][bad-input]") {
  const contender us{"US", chips(3'000'000)};
  CHECK_THROWS_WITH(which_world(us, us, chips(0)), ContainsSubstring("which_world") && ContainsSubstring("needed = 0"));
  CHECK_THROWS_WITH((contender{"China", chips(-1)}), ContainsSubstring("curveshift::chips") &&
                                                         ContainsSubstring("amount = -1"));
  const chip_supply runaway{"X", observation{date{2025, 1, 1}, chips(1)}, per_year(1e300)};
  // (1e300)^175 overflows in the trend; chip_supply::by reads the result and names itself.
  CHECK_THROWS_WITH(runaway.by(date{2200, 1, 1}), ContainsSubstring("chip_supply::by") && ContainsSubstring("inf"));
  // 1e300 chips x 10^20 overflows in chip_supply::by itself.
  const chip_supply huge{"X", observation{date{2025, 1, 1}, chips(1e300)}, per_year(10)};
  CHECK_THROWS_WITH(huge.by(date{2045, 1, 1}), ContainsSubstring("chip_supply::by") && ContainsSubstring("result = inf"));
  const chip_supply s{"China", observation{date{2025, 1, 27}, essay::deepseek_chips}, per_year(2)};
  CHECK_THROWS_WITH(which_world(s, s, date{2026, 1, 1}, chips(0)),
                    ContainsSubstring("which_world") && ContainsSubstring("needed = 0"));
}
