// curveshift/scenario.hpp: the unipolar/bipolar question as arithmetic.
// "Making AI that is smarter than almost all humans at almost all things
// will require millions of chips, tens of billions of dollars (at least) ...
// If they can [get millions of chips], we'll live in a bipolar world ... If
// China can't get millions of chips, we'll (at least temporarily) live in a
// unipolar world."
#pragma once

#include <string>
#include <string_view>

#include "curveshift/core/date.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/core/trend.hpp"

namespace curveshift {

/// Which world results: nobody, one side, or both sides can field a frontier effort.
enum class world {
  no_frontier,  ///< neither side has the chips a frontier effort needs
  unipolar,     ///< exactly one side has them
  bipolar,      ///< both sides have them
};

/// A side and the chips it can field: {"US", chips(3'000'000)}.
struct contender {
  std::string_view name;
  chip_count<> fielded;
};

/// A side's chips known on one date and growing at a trend, so the chips it
/// can field by any date follow: 50,000 in January 2025 growing 2x/year are
/// 200,000 in January 2027.
struct chip_supply {
  std::string_view name;
  observation<chip_count<>> known;
  trend<> growth;

  /// The chips this side can field by a date: known x growth over (by - known date).
  constexpr contender by(date when) const {
    return {name, detail::make_quantity<chip_dim>(
                      detail::checked_result(known.value.base_value() * detail::raw(growth.over(when - known.when)),
                                             "chip_supply::by"),
                      "chip_supply::by")};
  }
};

/// The world that results, and who leads when only one side can.
struct scenario_outcome {
  world kind;
  /// The side with the chips in a unipolar world; empty otherwise.
  std::string_view leader;
};

/// Which world results when a frontier effort needs `needed` chips: both
/// sides at or past it is bipolar, one is unipolar, neither is no frontier.
constexpr scenario_outcome which_world(const contender& a, const contender& b, const chip_count<>& needed) {
  detail::require_positive(needed.base_value(), "which_world", "needed");
  const bool has_a = a.fielded.base_value() >= needed.base_value();
  const bool has_b = b.fielded.base_value() >= needed.base_value();
  if (has_a && has_b) return {world::bipolar, {}};
  if (has_a) return {world::unipolar, a.name};
  if (has_b) return {world::unipolar, b.name};
  return {world::no_frontier, {}};
}

/// The same for two growing supplies, by a date ("most likely to happen in 2026-2027").
constexpr scenario_outcome which_world(const chip_supply& a, const chip_supply& b, date when,
                                       const chip_count<>& needed) {
  return which_world(a.by(when), b.by(when), needed);
}

/// "unipolar", "bipolar" or "no frontier".
inline std::string to_string(world w) {
  switch (w) {
    case world::no_frontier: return "no frontier";
    case world::unipolar: return "unipolar";
    case world::bipolar: return "bipolar";
  }
  return "unknown world";
}

/// "unipolar (US)", "bipolar", "no frontier".
inline std::string to_string(const scenario_outcome& o) {
  return o.kind == world::unipolar ? "unipolar (" + std::string(o.leader) + ")" : to_string(o.kind);
}

}  // namespace curveshift
