// curveshift/essay.hpp: the assumptions of Dario Amodei's "On DeepSeek and
// Export Controls" (January 2025) as named constants, each with the sentence
// it comes from. The examples use these names, so an example reads like the essay.
#pragma once

#include "curveshift/hardware/catalogue.hpp"
#include "curveshift/core/date.hpp"
#include "curveshift/policy/export_controls.hpp"
#include "curveshift/hardware/fleet.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/curves/log_linear.hpp"
#include "curveshift/curves/logistic.hpp"
#include "curveshift/curves/staged.hpp"
#include "curveshift/core/multiplier.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/core/trend.hpp"
#include "curveshift/hardware/training_run.hpp"

namespace curveshift::essay {

// ---- The scaling curve -------------------------------------------------------

/// "if you spend $1M ... a $1M model might solve 20% of important coding tasks,
/// a $10M might solve 40%, $100M might solve 60%": 20% at $1M, +20 points per decade.
inline constexpr log_linear<money_dim> coding_curve{percent(20), million_usd(1), points{20.0}};

/// AN ASSUMPTION, NOT THE ESSAY'S: the essay gives no number for the RL stage,
/// only that "Spending $1M instead of $0.1M is enough to get huge gains". This
/// logistic (score = the share of the headroom pretraining leaves that RL
/// closes) has its midpoint at $10^5.5 = $316k and steepness ln 9 per decade,
/// so it closes 25% at $0.1M, 75% at $1M, 27/28 = 96.4% at $10M. On top of
/// $10M of pretraining (40%) it gains 30 points from $0.1M to $1M of RL, more
/// than the 20 points of a tenfold pretraining spend, and 12.9 then 1.9 points
/// over the next two decades: the crossover is temporary (essay E6).
inline constexpr logistic<money_dim> assumed_rl_curve{percent(0), percent(100), usd(exp10(5.5)), log(9.0)};

/// The coding paradigm as two stages: the essay's pretraining curve, then the
/// assumed RL curve (an assumption: see assumed_rl_curve).
inline constexpr staged<log_linear<money_dim>, logistic<money_dim>> assumed_coding_paradigm{coding_curve, assumed_rl_curve};

// ---- Shifting the curve ----------------------------------------------------

/// "frequently small ones (~1.2x)"
inline constexpr multiplier<> small_cm{1.2};
/// "sometimes medium-sized ones (~2x)"
inline constexpr multiplier<> medium_cm{2.0};
/// "every once in a while very large ones (~10x)"
inline constexpr multiplier<> large_cm{10.0};

/// "the shift in the curve due to algorithmic progress is ~1.68x /year" (2020)
inline constexpr trend<> algorithmic_progress_2020 = per_year(1.68);
/// "I'd guess the number today is maybe ~4x /year."
inline constexpr trend<> cost_trend = per_year(4.0);

/// "Claude 3.5 Sonnet which was released 15 months later than the original GPT-4"
inline constexpr time_span<> gpt4_to_sonnet = months(15);
/// "... while having a ~10x lower API price."
inline constexpr multiplier<> gpt4_to_sonnet_price_drop{10.0};

// ---- DeepSeek's models -----------------------------------------------------

/// "Sonnet's training was conducted 9-12 months ago"
inline constexpr time_span<interval<>> sonnet_lead = months(interval{9.0, 12.0});
/// "close to the performance of US models 7-10 months older"
inline constexpr time_span<interval<>> peer_age = months(interval{7.0, 10.0});
/// "DeepSeek-V3 is worse than those US frontier models — let's say by ~2x on the scaling curve"
inline constexpr multiplier<> v3_quality_gap{2.0};
/// "DeepSeek does not 'do for $6M what cost US AI companies billions'"
inline constexpr money<> v3_training_run = million_usd(6);

// ---- Fleets and export controls ------------------------------------------------

/// "DeepSeek actually had 50,000 Hopper generation chips"
inline constexpr chip_count<> deepseek_chips = chips(50'000);
/// "Those 50,000 Hopper chips cost on the order of ~$1B."
inline constexpr money<> deepseek_fleet_cost = billion_usd(1);
/// "a ~17% decrease in Nvidia's stock price"
inline constexpr multiplier<> nvidia_drop = percent_drop(17);

// ---- Hardware, fleets and export controls (layers 8 and 9) ------------------

/// "Those 50,000 Hopper chips cost on the order of ~$1B": $1B / 50,000 = $20,000 per chip (E9).
inline constexpr price_per_chip<> implied_chip_price = deepseek_fleet_cost / deepseek_chips;

/// "DeepSeek is reported to have a mix of all three [H100, H800, H20],
/// adding up to 50,000." ASSUMPTION: the essay gives no split. 10,000 H100,
/// 10,000 H800 and 30,000 H20 follows SemiAnalysis's reporting (about 10k
/// H800 and 10k H100, the rest H20) and sums to the essay's 50,000.
inline constexpr fleet<3> assumed_deepseek_mix{fleet_entry{catalogue::h100, chips(10'000)},
                                               fleet_entry{catalogue::h800, chips(10'000)},
                                               fleet_entry{catalogue::h20, chips(30'000)}};

/// "it's 2-3x less than the xAI 'Colossus' cluster": 100,000 H100 running
/// by September 2024 (press coverage, Data Center Dynamics).
inline constexpr fleet<1> colossus_2024{catalogue::h100, chips(100'000)};

/// Colossus's expansion to 200,000 Hopper chips, announced October 2024.
/// ASSUMPTION: counted as 200,000 H100; reports give only "Hopper", and the
/// H200 has the same dense FLOP/s (989.5 vs 989.4 TFLOP/s bf16).
inline constexpr fleet<1> colossus_expansion{catalogue::h100, chips(200'000)};

/// "which I'd guess is within a factor ~2-3x of what the major US AI
/// companies have (for example, it's 2-3x less than the xAI 'Colossus' cluster)"
inline constexpr multiplier<interval<>> us_fleet_gap{interval{2.0, 3.0}};

/// "will require millions of chips": the least of "millions" (E11).
inline constexpr chip_count<> frontier_chips = chips(1'000'000);
/// "tens of billions of dollars (at least)": the least of "tens" (E11).
inline constexpr money<> frontier_cost = billion_usd(10);
/// "is most likely to happen in 2026-2027" (start)
inline constexpr date frontier_from{2026, 1, 1};
/// "is most likely to happen in 2026-2027" (end)
inline constexpr date frontier_until{2027, 12, 31};

/// "$1B of economic activity can be hidden" (E12)
inline constexpr money<> hideable = billion_usd(1);
/// "but it's hard to hide $100B or even $10B" (E12)
inline constexpr money<> hard_to_hide = billion_usd(10);
/// ASSUMPTION (the essay gives no curve): $1B is detected 10% of the time
/// and $10B 90%, a logistic in log10(dollars) with its midpoint at
/// sqrt($1B x $10B) = $3.16B and 2 ln 9 = 4.39 log-odds per decade. Then
/// $100B is detected 99.86% of the time and a million chips at $20,000
/// ($20B) 97.1%.
inline constexpr concealment_model<> concealment = concealment_model<>::calibrated(hideable, hard_to_hide, 0.9);

// ---- DeepSeek-V3's reported run (DeepSeek-V3 technical report, arXiv 2412.19437) ----

/// "2.788M H800 GPU hours for its full training"
inline constexpr chip_time<> v3_chip_time = chip_hours(2.788e6);
/// "assuming the rental price of the H800 GPU is $2 per GPU hour" -> $5.576M, the essay's "$6M"
inline constexpr price_per_chip_second<> v3_rental_price = usd_per_chip_hour(2);
/// "37B activated [parameters] for each token"
inline constexpr parameter_count<> v3_active_parameters = billion_parameters(37);
/// "pre-train DeepSeek-V3 on 14.8 trillion diverse and high-quality tokens"
inline constexpr token_count<> v3_tokens = trillion_tokens(14.8);
/// DeepSeek-V3 trained on a cluster of 2048 H800s.
inline constexpr fleet<1> v3_cluster{catalogue::h800, chips(2048)};

// ---- Uncertainty: E7 as one model -------------------------------------------

/// "we'd expect a model 3-4x cheaper than 3.5 Sonnet/GPT-4o around now ...
/// worse than those US frontier models ... by ~2x on the scaling curve":
/// the cost ratio expected of DeepSeek-V3 is the cost trend over Sonnet's lead
/// times the quality gap. Generic over the number type, so the one model
/// gives a point (double), bounds (interval<double>) or a distribution
/// (samples<double>): 4x/year over 9-12 months times 2x is 5.66-8x.
template <number A, number B, number C>
constexpr auto expected_cost_ratio(const time_span<A>& lead, const trend<B>& cost_fall, const multiplier<C>& quality_gap) {
  return cost_fall.over(lead) * quality_gap;
}

}  // namespace curveshift::essay
