// curveshift/export_controls.hpp: US export controls on AI chips to China as
// dated data: the rounds, a chip's status on a date, where a fleet's chips
// came from, and how much activity can be hidden.
// "H100's have been banned under the export controls since their release ...
// H800's were allowed under the initial round of 2022 export controls, but
// were banned in Oct 2023 ... H20's ... are still allowed."
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "curveshift/hardware/chip.hpp"
#include "curveshift/core/date.hpp"
#include "curveshift/hardware/fleet.hpp"
#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// One round of US (BIS) controls on advanced computing to China.
/// `effective` is when it bound exporters; where only one date is published
/// the two are equal.
struct export_round {
  date announced;
  date effective;
  std::string_view summary;
  std::string_view source;
};

/// The rounds up to the essay, oldest first, each with the BIS rule it comes from.
inline constexpr std::array<export_round, 4> export_rounds{{
    {date{2022, 10, 7}, date{2022, 10, 7},
     "first advanced-computing rule: a performance threshold with a chip-to-chip interconnect threshold "
     "(~600 GB/s); A100 and H100 caught; A800/H800 designed under it",
     "BIS interim final rule, Oct 2022"},
    {date{2023, 10, 17}, date{2023, 11, 16},
     "interconnect test removed, performance-density test added; A800 and H800 now covered", "BIS update, Oct 2023"},
    {date{2024, 12, 2}, date{2024, 12, 2},
     "high-bandwidth-memory and chipmaking-tool controls; 140 entities added", "BIS, Dec 2024"},
    {date{2025, 1, 13}, date{2025, 1, 13},
     "Framework for AI Diffusion: country tiers; licences for closed model weights trained with more than 1e26 "
     "operations",
     "BIS, Jan 2025 (90 FR 4544)"},
}};

/// The latest round in force (effective) on a date: on 2024-01-01, the
/// 2023-10-17 round. A date before the first round raises.
constexpr const export_round& round_in_force(date on) {
  if (on < export_rounds.front().effective) {
    detail::fail_text("round_in_force", "on", detail::date_text(on), "a date on or after 2022-10-07, the first round");
  }
  const export_round* latest = &export_rounds.front();
  for (const auto& r : export_rounds) {
    if (r.effective <= on) latest = &r;
  }
  return *latest;
}

/// Whether a chip may be exported to China.
enum class export_state { allowed, banned };

/// A chip's status on a date; when banned, since when.
struct export_status {
  export_state state;
  std::optional<date> since;
  constexpr bool banned() const { return state == export_state::banned; }
};

namespace detail {
[[noreturn]] inline void fail_before_release(const chip& c, date on, const char* function) {
  fail_text(function, "on", date_text(on),
            "a date on or after the chip's release (" + std::string(c.name()) + ", " + date_text(c.released()) + ")");
}
}  // namespace detail

/// A chip's export status on a date: H100 banned on every date since its
/// release; H800 allowed on 2023-06-01 and banned from 2023-11-16 (the
/// effective date of the 2023-10-17 round); H20 allowed on 2025-01-27.
/// A date before the chip's release raises: it had no status yet.
constexpr export_status status_on(const chip& c, date on) {
  if (on < c.released()) detail::fail_before_release(c, on, "status_on");
  if (c.banned_from() && *c.banned_from() <= on) return {export_state::banned, c.banned_from()};
  return {export_state::allowed, std::nullopt};
}

/// Where a chip in China most likely came from, as of a date: "chips that
/// haven't been banned (but should be); chips that were shipped before they
/// were banned; and some that seem very likely to have been smuggled."
enum class provenance {
  never_banned,        ///< allowed on the date (H20 in January 2025)
  shipped_before_ban,  ///< banned by the date, but allowed for a time after release (H800)
  banned_at_release,   ///< banned from release, so very likely smuggled (H100)
};

/// The provenance of one chip as of a date. A date before its release raises.
constexpr provenance classify(const chip& c, date as_of) {
  if (as_of < c.released()) detail::fail_before_release(c, as_of, "classify");
  if (!c.banned_from() || as_of < *c.banned_from()) return provenance::never_banned;
  if (*c.banned_from() <= c.released()) return provenance::banned_at_release;
  return provenance::shipped_before_ban;
}

/// A fleet's chips by provenance.
struct fleet_provenance {
  chip_count<> never_banned;
  chip_count<> shipped_before_ban;
  chip_count<> banned_at_release;
};

/// Splits a fleet by provenance as of a date: DeepSeek's assumed mix on
/// 2025-01-27 is 30,000 never banned (H20), 10,000 shipped before the ban
/// (H800) and 10,000 banned at release (H100).
template <std::size_t N>
constexpr fleet_provenance classify(const fleet<N>& f, date as_of) {
  fleet_provenance out{chips(0), chips(0), chips(0)};
  for (const auto& e : f.entries()) {
    switch (classify(e.type, as_of)) {
      case provenance::never_banned: out.never_banned = out.never_banned + e.count; break;
      case provenance::shipped_before_ban: out.shipped_before_ban = out.shipped_before_ban + e.count; break;
      case provenance::banned_at_release: out.banned_at_release = out.banned_at_release + e.count; break;
    }
  }
  return out;
}

/// How detectable hidden economic activity is, as a logistic in
/// log10(dollars): detectability(x) = 1 / (1 + exp(-k (log10 x - m))).
/// "$1B of economic activity can be hidden, but it's hard to hide $100B or
/// even $10B." The essay gives no curve; calibrated() fits one to two
/// anchors, and essay::concealment is the essay's (E12).
template <number T = double>
class concealment_model {
 public:
  /// A model with detectability one half at `midpoint` dollars, rising
  /// `steepness` in log-odds per tenfold increase in dollars.
  template <number U>
  constexpr concealment_model(const money<U>& midpoint, const T& steepness)
      : log10_midpoint_(T(log10(checked_midpoint(midpoint)))), steepness_(steepness) {
    detail::require_positive(steepness_, "concealment_model", "steepness");
  }

  /// The model in which `hideable` is detected with probability 1 - q and
  /// `not_hideable` with probability q: midpoint at their geometric mean,
  /// steepness 2 ln(q / (1 - q)) / log10(not_hideable / hideable).
  /// calibrated($1B, $10B, 0.9): midpoint $3.16B, k = 2 ln 9 = 4.394 per decade.
  static constexpr concealment_model calibrated(const money<T>& hideable, const money<T>& not_hideable,
                                                const T& confidence) {
    detail::require_positive(hideable.base_value(), "concealment_model::calibrated", "hideable");
    detail::require_positive(not_hideable.base_value(), "concealment_model::calibrated", "not_hideable");
    detail::require(confidence, [](auto v) { return v > 0.5 && v < 1; }, "concealment_model::calibrated",
                    "confidence", "a probability in (0.5, 1)");
    const T decades = T(log10(not_hideable.base_value()) - log10(hideable.base_value()));
    detail::require_positive(decades, "concealment_model::calibrated", "log10(not_hideable / hideable)");
    const T mid = T(exp10(T((log10(hideable.base_value()) + log10(not_hideable.base_value())) / scalar_t<T>(2))));
    const T k = T(scalar_t<T>(2) * log(T(confidence / (scalar_t<T>(1) - confidence))) / decades);
    return concealment_model(usd(mid), k);
  }

  /// The dollars detected half the time.
  constexpr money<T> midpoint() const { return usd(T(exp10(log10_midpoint_))); }
  /// Log-odds per tenfold increase in dollars.
  constexpr const T& steepness() const { return steepness_; }

  /// How likely activity of this dollar value is to be detected, 0..1.
  template <number U>
  constexpr auto detectability(const money<U>& amount) const {
    detail::require_positive(amount.base_value(), "concealment_model::detectability", "amount");
    using R = promoted_t<T, U>;
    const R z = R(steepness_ * (log10(amount.base_value()) - log10_midpoint_));
    return detail::checked_result(R(scalar_t<R>(1) / (scalar_t<R>(1) + exp(R(-z)))),
                                  "concealment_model::detectability");
  }

  /// True when activity of this value is more likely hidden than found
  /// (detectability below one half): $1B yes, $10B no.
  constexpr bool can_hide(const money<>& amount) const
    requires std::floating_point<T>
  {
    return detectability(amount) < 0.5;
  }

 private:
  template <number U>
  static constexpr const U& checked_midpoint(const money<U>& midpoint) {
    detail::require_positive(midpoint.base_value(), "concealment_model", "midpoint");
    return midpoint.base_value();
  }

  T log10_midpoint_;
  T steepness_;
};

template <number U, class X>
concealment_model(const money<U>&, const X&) -> concealment_model<maker_t<X>>;

}  // namespace curveshift
