// curveshift/essay.hpp: the assumptions of Dario Amodei's "On DeepSeek and
// Export Controls" (January 2025) as named constants, each with the sentence
// it comes from. The examples use these names, so an example reads like the essay.
#pragma once

#include "curveshift/multiplier.hpp"
#include "curveshift/quantity.hpp"
#include "curveshift/trend.hpp"

namespace curveshift::essay {

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
