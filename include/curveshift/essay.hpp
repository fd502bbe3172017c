// curveshift/essay.hpp: the assumptions of Dario Amodei's "On DeepSeek and
// Export Controls" (January 2025) as named constants, each with the sentence
// it comes from. The examples use these names, so an example reads like the essay.
#pragma once

#include "curveshift/curves/log_linear.hpp"
#include "curveshift/curves/logistic.hpp"
#include "curveshift/curves/staged.hpp"
#include "curveshift/multiplier.hpp"
#include "curveshift/quantity.hpp"
#include "curveshift/trend.hpp"

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

/// "Sonnet's training was conducted 9-12 months ago" (lower bound)
inline constexpr time_span<> sonnet_lead_min = months(9);
/// "Sonnet's training was conducted 9-12 months ago" (upper bound)
inline constexpr time_span<> sonnet_lead_max = months(12);
/// "close to the performance of US models 7-10 months older" (lower bound)
inline constexpr time_span<> peer_age_min = months(7);
/// "close to the performance of US models 7-10 months older" (upper bound)
inline constexpr time_span<> peer_age_max = months(10);
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

}  // namespace curveshift::essay
