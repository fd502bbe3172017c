// The essay's arithmetic for quantities, multipliers and trends, proved at
// compile time (../shared/arithmetic.md rows E3, E4, E5, E7, E8, E14, E16).
// Compiling this file is the test.
#include <curveshift/curveshift.hpp>

#include "near.hpp"
#include "../dimension_checks.hpp"

namespace {
using namespace curveshift;

using curveshift_static::near;

// E3: CMs compound by multiplication. 1.2 x 2 x 10 = 24; 1.2^4 = 2.0736.
static_assert(near((essay::small_cm * essay::medium_cm * essay::large_cm).value(), 24.0));
static_assert(near(pow(essay::small_cm, 4).value(), 2.0736));
static_assert(near(essay::medium_cm.inverse().value(), 0.5));

// E4: 1.68x/yr doubles every 12 ln2 / ln1.68 months
// (ln2 = 0.693147180560, ln1.68 = 0.518793793415; 12 x 1.336078 = 16.0329).
static_assert(near(essay::algorithmic_progress_2020.doubling_time().in(months), 12 * 0.6931471805599453 / 0.5187937934151676));
// and doubling every 16 months is 2^(12/16) = 1.68179x/yr.
static_assert(near(doubling_every(months(16)).per_year().value(), 1.6817928305074290));
// 4x/yr halves a cost every 6 months exactly (a month is a twelfth of a year).
static_assert(near(essay::cost_trend.halving_time().in(months), 6.0));
// 4x/yr is log10(4) = 0.60206 orders of magnitude per year.
static_assert(near(essay::cost_trend.orders_of_magnitude_per_year(), 0.6020599913279624));
// Over 3 years: 1.68^3 = 4.741632 and 4^3 = 64.
static_assert(near(essay::algorithmic_progress_2020.over(years(3)).value(), 4.741632));
static_assert(near(essay::cost_trend.over(years(3)).value(), 64.0));

// E5: 10x in 15 months is 10^(12/15) = 10^0.8 = 6.309573x per year;
// a 4x/yr trend over 15 months gives 4^1.25 = 5.656854x.
static_assert(near((essay::gpt4_to_sonnet_price_drop / essay::gpt4_to_sonnet).per_year().value(), 6.309573444801933));
static_assert(near(essay::cost_trend.over(essay::gpt4_to_sonnet).value(), 5.656854249492381));

// E7: 4^(9/12) = 2^1.5 = 2.828427 and 4^(12/12) = 4; times the 2x gap: 5.656854 to 8.
static_assert(near(lower(essay::cost_trend.over(essay::sonnet_lead)).value(), 2.8284271247461903));
static_assert(near(upper(essay::cost_trend.over(essay::sonnet_lead)).value(), 4.0));
static_assert(near(lower(essay::cost_trend.over(essay::sonnet_lead) * essay::v3_quality_gap).value(), 5.656854249492381));
static_assert(near(upper(essay::cost_trend.over(essay::sonnet_lead) * essay::v3_quality_gap).value(), 8.0));
// 8x at 4x/yr is 12 log 8 / log 4 = 12 x 1.5 = 18 months of trend.
static_assert(near(essay::cost_trend.time_for(multiplier{8.0}).in(months), 18.0));

// E8: 4^(7/12) = 2^(7/6) = 2.244924 and 4^(10/12) = 2^(5/3) = 3.174802.
static_assert(near(lower(essay::cost_trend.over(essay::peer_age)).value(), 2.2449240966187537));
static_assert(near(upper(essay::cost_trend.over(essay::peer_age)).value(), 3.1748021039363987));

// E14: a 17% drop is a 0.83x multiplier.
static_assert(near(essay::nvidia_drop.value(), 0.83));

// E16: at a fixed score the cost falls 4x a year: $10M -> $2.5M -> $0.625M.
static_assert(near((million_usd(10) / essay::cost_trend.over(years(1))).in(million_usd), 2.5));
static_assert(near((million_usd(10) / essay::cost_trend.over(years(2))).in(million_usd), 0.625));

// Dimensions: $1B / 50,000 chips is $20,000 per chip (E9).
static_assert(near((essay::deepseek_fleet_cost / essay::deepseek_chips).in(usd_per_chip), 20000.0));
// FLOP / (FLOP/s) is a time span: 8.64e19 FLOP at 1 PFLOP/s is one day.
static_assert(near((petaflop_days(1) / petaflop_per_second(1)).in(days), 1.0));
// Money / money is a plain number: $6M / $1B = 0.006 (E10).
static_assert(near(essay::v3_training_run / essay::deepseek_fleet_cost, 0.006));

// Dates: 2024-01-01 is 19723 days after 1970-01-01 (54 years, 13 leap days).
static_assert(date{2024, 1, 1}.days_since_epoch() == 54 * 365 + 13);
static_assert(date::from_days_since_epoch(19723) == date{2024, 1, 1});

// Dimensions the compiler refuses.
static_assert(addable<money<>, money<>>);
static_assert(!addable<money<>, compute<>>);
static_assert(!addable<money<>, double>);
static_assert(!std::is_constructible_v<money<>, double>);
static_assert(!std::is_convertible_v<double, multiplier<>>);
}  // namespace

// design.md's first promise: no value enters unchecked. The constructors that
// take a value as it is are private (the library reaches them through
// detail::access::make), so a user cannot make negative money, a zero
// multiplier or a score of 150% without the makers' checks.
static_assert(!std::is_constructible_v<curveshift::money<>, curveshift::detail::raw_tag, double>);
static_assert(!std::is_constructible_v<curveshift::compute<>, curveshift::detail::raw_tag, double>);
static_assert(!std::is_constructible_v<curveshift::multiplier<>, curveshift::detail::raw_tag, double>);
static_assert(!std::is_constructible_v<curveshift::score<>, curveshift::detail::raw_tag, double>);
static_assert(!std::is_constructible_v<curveshift::money<>, double>);
