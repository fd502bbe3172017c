// Text for scaling curves: to_string and operator<< for each family, in the
// forms format.hpp writes for the parts ("20%", "$1M", "+20 points").
#include <curveshift/text/curves.hpp>
#include <curveshift/essay.hpp>
#include <curveshift/core/interval.hpp>
#include <curveshift/text/io.hpp>

#include <cmath>
#include <sstream>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("to_string(log_linear) reads as the essay writes its curve", "[format][curve]") {
  // "20% at $1M, +20 points per decade" (essay::coding_curve's own comment).
  CHECK(to_string(essay::coding_curve) == "20% at $1M, +20 points per decade");
  // Shifted by 2x (E2): the reference falls to $1M / 2 = $500k.
  CHECK(to_string(essay::coding_curve.shifted_by(multiplier{2.0})) == "20% at $500k, +20 points per decade");
  // Over compute: 35% at 1e24 FLOP, +6.5 points per decade.
  const log_linear on_compute{percent(35), flop(1e24), points{6.5}};
  CHECK(to_string(on_compute) == "35% at 1e24 FLOP, +6.5 points per decade");
  // A falling curve keeps its sign: "-5 points".
  const log_linear falling{percent(60), million_usd(2.5), points{-5.0}};
  CHECK(to_string(falling) == "60% at $2.5M, -5 points per decade");
  // digits{2}: 46.0206% -> "46%", $1.2345M -> "$1.2M", 20.51 points -> "+21 points".
  const log_linear rough{score<>::from_share(0.460206), usd(1.2345e6), points{20.51}};
  CHECK(to_string(rough, digits{2}) == "46% at $1.2M, +21 points per decade");
  CHECK(to_string(rough) == "46.02% at $1.23M, +20.51 points per decade");
  // An uncertain slope writes its range where the number goes, as format.hpp
  // writes an interval of points: "+15-25 points".
  const log_linear<money_dim, interval<double>> uncertain{score<interval<double>>(percent(20)),
                                                          money<interval<double>>(million_usd(1)),
                                                          points<interval<double>>(interval<double>(15.0, 25.0))};
  CHECK(to_string(uncertain) == "20% at $1M, +15-25 points per decade");
}

TEST_CASE("to_string(logistic)", "[format][curve]") {
  // Steepness ln 9 = 2.19722 per decade: 3 significant figures by default ("2.2"), 4 with digits{4}.
  const logistic s_curve{percent(10), percent(90), million_usd(1), std::log(9.0)};
  CHECK(to_string(s_curve) == "10% to 90%, midpoint $1M, steepness 2.2 per decade");
  CHECK(to_string(s_curve, digits{4}) == "10% to 90%, midpoint $1M, steepness 2.197 per decade");
  // The essay's assumed RL curve: midpoint 10^5.5 = $316,228 -> "$316k".
  CHECK(to_string(essay::assumed_rl_curve) == "0% to 100%, midpoint $316k, steepness 2.2 per decade");
}

TEST_CASE("to_string(power_law)", "[format][curve]") {
  // Kaplan et al. 2020: (3.1e8 PF-days / C)^0.050, and 3.1e8 PF-days =
  // 3.1e8 x 8.64e19 FLOP = 2.6784e28 FLOP -> "2.68e28 FLOP"; no floor written.
  CHECK(to_string(published::kaplan_2020_compute) == "loss = (2.68e28 FLOP / input)^0.05");
  // Hoffmann's parameter term as a law: 1.69 + 406.4 / x^0.34 = 1.69 + (406.4^(1/0.34) / x)^0.34,
  // 406.4^(1/0.34) = 4.71404e7.
  const auto with_floor = power_law<compute_dim>::from_coefficient(loss{1.69}, 406.4, 0.34);
  CHECK(to_string(with_floor) == "loss = 1.69 + (4.71e7 FLOP / input)^0.34");
  // Over money: ($5M / input)^0.1.
  const power_law on_money{million_usd(5), 0.1};
  CHECK(to_string(on_money) == "loss = ($5M / input)^0.1");
  // An uncertain exponent is parenthesised, so the caret covers the range.
  const power_law<compute_dim, interval<double>> uncertain{loss<interval<double>>(interval<double>(1.6, 1.8)),
                                                           compute<interval<double>>(flop(4.7e7)),
                                                           interval<double>(0.3, 0.4)};
  CHECK(to_string(uncertain) == "loss = 1.6-1.8 + (4.7e7 FLOP / input)^(0.3-0.4)");
}

TEST_CASE("to_string(chinchilla) prints the published fits as published", "[format][curve]") {
  // Hoffmann et al. 2022, approach 3: E = 1.69, A = 406.4, B = 410.7, alpha = 0.34, beta = 0.28.
  CHECK(to_string(published::hoffmann_2022) == "loss = 1.69 + 406.4 / N^0.34 + 410.7 / D^0.28");
  // Unrounded at 4 significant figures: 1.693374 -> 1.693, 0.33917084 -> 0.3392, 0.2849083 -> 0.2849.
  CHECK(to_string(published::hoffmann_2022_unrounded) == "loss = 1.693 + 406.4 / N^0.3392 + 410.7 / D^0.2849");
  // Besiroglu et al. 2024: E = 1.8172, A = 482.01, B = 2085.43, alpha = 0.3478, beta = 0.3658.
  CHECK(to_string(published::besiroglu_2024) == "loss = 1.817 + 482 / N^0.3478 + 2085 / D^0.3658");
  CHECK(to_string(published::besiroglu_2024, digits::full()) ==
        "loss = 1.8172 + 482.01 / N^0.3478 + 2085.43 / D^0.3658");
}

TEST_CASE("to_string(staged) writes both stages", "[format][curve]") {
  CHECK(to_string(essay::assumed_coding_paradigm) ==
        "pretraining: 20% at $1M, +20 points per decade; RL: 0% to 100%, midpoint $316k, steepness 2.2 per decade");
}

TEST_CASE("to_string of a loss, a shifted curve and one stage over the other", "[format][curve]") {
  CHECK(to_string(loss{1.69}) == "loss 1.69");
  CHECK(to_string(loss{2.0 / 3.0}, digits{5}) == "loss 0.66667");
  // The generic shift of a staged model's RL stage: a headroom curve shifted
  // by 2x. At $1M of pretraining the coding curve gives 20%, so the RL stage
  // climbs from 20% (E6's setting).
  const auto rl = essay::assumed_coding_paradigm.rl_stage_at(million_usd(1));
  CHECK(to_string(rl) == "0% to 100%, midpoint $316k, steepness 2.2 per decade, above 20%");
  const shifted_curve<decltype(rl)> shifted{rl, multiplier{2.0}};
  CHECK(to_string(shifted) == "0% to 100%, midpoint $316k, steepness 2.2 per decade, above 20%, shifted by 2x");
  std::ostringstream os;
  os << shifted;
  CHECK(os.str() == to_string(shifted));
}

TEST_CASE("operator<< writes curves at the stream's digits", "[format][curve][io]") {
  std::ostringstream os;
  os << essay::coding_curve;
  CHECK(os.str() == "20% at $1M, +20 points per decade");
  std::ostringstream os4;
  os4 << digits{4} << logistic{percent(10), percent(90), million_usd(1), std::log(9.0)};
  CHECK(os4.str() == "10% to 90%, midpoint $1M, steepness 2.197 per decade");
  std::ostringstream kaplan;
  kaplan << published::kaplan_2020_compute << " | " << published::hoffmann_2022 << " | "
         << essay::assumed_coding_paradigm;
  CHECK(kaplan.str() ==
        "loss = (2.68e28 FLOP / input)^0.05 | loss = 1.69 + 406.4 / N^0.34 + 410.7 / D^0.28 | pretraining: 20% at $1M, "
        "+20 points per decade; RL: 0% to 100%, midpoint $316k, steepness 2.2 per decade");
}

TEST_CASE("bad input to the curves' to_string raises curveshift::error", "[format][curve][bad-input]") {
  // The only input besides the curve (which is valid by construction) is the digits option.
  CHECK_THROWS_WITH(to_string(essay::coding_curve, digits{18}),
                    ContainsSubstring("to_string(log_linear)") && ContainsSubstring("digits = 18"));
  CHECK_THROWS_WITH(to_string(essay::assumed_rl_curve, digits{-2}),
                    ContainsSubstring("to_string(logistic)") && ContainsSubstring("digits = -2"));
  CHECK_THROWS_WITH(to_string(published::kaplan_2020_compute, digits{99}),
                    ContainsSubstring("to_string(power_law)") && ContainsSubstring("digits = 99"));
  CHECK_THROWS_WITH(to_string(published::hoffmann_2022, digits{18}),
                    ContainsSubstring("to_string(chinchilla)") && ContainsSubstring("digits = 18"));
  CHECK_THROWS_WITH(to_string(essay::assumed_coding_paradigm, digits{18}),
                    ContainsSubstring("to_string(staged)") && ContainsSubstring("digits = 18"));
  const auto rl = essay::assumed_coding_paradigm.rl_stage_at(million_usd(1));
  CHECK_THROWS_WITH(to_string(rl, digits{18}), ContainsSubstring("to_string(headroom_curve)") &&
                                                   ContainsSubstring("digits = 18"));
  CHECK_THROWS_WITH(to_string(shifted_curve<decltype(rl)>{rl, multiplier{2.0}}, digits{-7}),
                    ContainsSubstring("to_string(shifted_curve)") && ContainsSubstring("digits = -7"));
  CHECK_THROWS_WITH(to_string(loss{1.69}, digits{40}), ContainsSubstring("to_string(loss)") &&
                                                           ContainsSubstring("digits = 40"));
}
