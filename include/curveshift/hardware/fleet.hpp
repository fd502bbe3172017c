// curveshift/fleet.hpp: a fleet of chips, a mix of chips with counts.
// "DeepSeek actually had 50,000 Hopper generation chips ... it's 2-3x less
// than the xAI 'Colossus' cluster ... Those 50,000 Hopper chips cost on the
// order of ~$1B."
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "curveshift/hardware/catalogue.hpp"
#include "curveshift/hardware/chip.hpp"
#include "curveshift/detail/decimal.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/core/multiplier.hpp"
#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// So many of one chip: {catalogue::h800, chips(10'000)}.
struct fleet_entry {
  chip type;
  chip_count<> count;
};

/// A mix of chips with counts, fixed in size so that a fleet can be a
/// constexpr value (essay::colossus_2024). Counts are never negative (a
/// chip_count cannot be); one chip may appear only once.
template <std::size_t N>
class fleet {
 public:
  static_assert(N > 0, "a fleet holds at least one kind of chip");

  /// fleet{fleet_entry{catalogue::h100, chips(10'000)}, fleet_entry{catalogue::h20, chips(30'000)}}.
  template <class... E>
    requires(sizeof...(E) == N && (std::is_same_v<E, fleet_entry> && ...))
  constexpr explicit fleet(const E&... entries) : entries_{entries...} {
    for (std::size_t i = 0; i < N; ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (entries_[i].type == entries_[j].type) {
          detail::fail_text("fleet", "chip", entries_[i].type.name(), "each chip at most once in a fleet");
        }
      }
    }
  }

  /// A fleet of one chip: fleet{catalogue::h100, chips(100'000)}.
  constexpr fleet(const chip& type, const chip_count<>& count)
    requires(N == 1)
      : entries_{fleet_entry{type, count}} {}

  constexpr const std::array<fleet_entry, N>& entries() const { return entries_; }

  /// All chips of the fleet: 50,000 for DeepSeek's reported mix.
  constexpr chip_count<> total_chips() const {
    chip_count<> sum = chips(0);
    for (const auto& e : entries_) sum = sum + e.count;
    return sum;
  }

  /// How many chips of that name the fleet holds; zero for a catalogue chip
  /// it does not hold. A name that is neither raises curveshift::error.
  constexpr chip_count<> count_of(std::string_view name) const {
    for (const auto& e : entries_) {
      if (catalogue::detail::same_name(e.type.name(), name)) return e.count;
    }
    if (!catalogue::contains(name)) {
      detail::fail_text("fleet::count_of", "name", name, "a chip of the fleet or of the catalogue");
    }
    return chips(0);
  }

  /// The capital cost at each chip's catalogue price, as bounds: 100,000
  /// H100 at $25k-$40k are $2.5-4B. A chip without a price raises.
  constexpr money<interval<>> capital_cost() const {
    money<interval<>> sum = usd(interval<>(0.0));
    for (const auto& e : entries_) {
      if (!e.type.price_known()) {
        detail::fail_text("fleet::capital_cost", "chip", e.type.name(), "a chip whose price is known");
      }
      sum = sum + e.count * e.type.price();
    }
    return sum;
  }

  /// The capital cost at one price for every chip. The essay's ~$1B for
  /// 50,000 chips is $20,000 a chip (E9).
  template <number T>
  constexpr money<T> capital_cost(const price_per_chip<T>& price) const {
    detail::require_positive(price.base_value(), "fleet::capital_cost", "price");
    return detail::make_quantity<money_dim>(detail::checked_result(T(total_chips().base_value() * price.base_value()),
                                                                   "fleet::capital_cost"),
                                            "fleet::capital_cost");
  }

  /// Peak dense FLOP/s of the whole fleet at a precision. A chip without a
  /// published figure at that precision raises (never counted as zero).
  constexpr flop_rate<> peak_flop_rate(precision p) const {
    require_figures(p, "fleet::peak_flop_rate");
    flop_rate<> sum = flop_per_second(0);
    for (const auto& e : entries_) sum = sum + e.count * e.type.flop_rate(p);
    return sum;
  }

  /// The fleet as H100s (SXM) of the same peak at a precision, the unit
  /// fleets are compared in: 30,000 H20s are 30,000 x 148 / 989.4 = 4,487.6
  /// H100-equivalents at bf16. A chip without a figure at that precision raises.
  constexpr chip_count<> h100_equivalents(precision p = precision::bf16) const {
    require_figures(p, "fleet::h100_equivalents");
    return peak_flop_rate(p) / catalogue::h100.flop_rate(p);
  }

 private:
  /// Every chip has a published figure at p (never counted as zero); else raises, naming the caller.
  constexpr void require_figures(precision p, const char* function) const {
    for (const auto& e : entries_) {
      if (!e.type.has(p)) {
        detail::fail_text(function, "precision", p == precision::bf16 ? "bf16" : "fp8",
                          "a precision every chip of the fleet has a figure for");
      }
    }
  }

  std::array<fleet_entry, N> entries_;
};

template <class... E>
fleet(const E&...) -> fleet<sizeof...(E)>;
fleet(const chip&, const chip_count<>&) -> fleet<1>;

/// How many times larger fleet a is than b, in chips: Colossus (100,000) is
/// 2x DeepSeek's 50,000. An empty b raises.
template <std::size_t N, std::size_t M>
constexpr multiplier<> size_ratio(const fleet<N>& a, const fleet<M>& b) {
  detail::require_positive(a.total_chips().base_value(), "size_ratio", "a.total_chips()");
  detail::require_positive(b.total_chips().base_value(), "size_ratio", "b.total_chips()");
  return multiplier<>(a.total_chips() / b.total_chips());
}

/// How many times more peak FLOP/s fleet a has than b at a precision. A
/// mix with H20s (148 TFLOP/s) is further behind than its chip count says.
template <std::size_t N, std::size_t M>
constexpr multiplier<> compute_ratio(const fleet<N>& a, const fleet<M>& b, precision p) {
  const auto ra = a.peak_flop_rate(p);
  const auto rb = b.peak_flop_rate(p);
  detail::require_positive(ra.base_value(), "compute_ratio", "a.peak_flop_rate()");
  detail::require_positive(rb.base_value(), "compute_ratio", "b.peak_flop_rate()");
  return multiplier<>(ra / rb);
}

/// How many chips money buys at a price per chip: $20B at $20,000 is
/// 1,000,000 chips (E11, E12).
template <number A, number B>
constexpr auto chips_for(const money<A>& amount, const price_per_chip<B>& price) {
  detail::require_positive(price.base_value(), "chips_for", "price");
  using R = promoted_t<A, B>;
  return detail::make_quantity<chip_dim>(detail::checked_result(R(amount.base_value() / price.base_value()), "chips_for"),
                                         "chips_for");
}

/// What a number of chips costs at a price per chip: 1,000,000 chips at
/// $20,000 are $20B (E11).
template <number A, number B>
constexpr auto cost_of(const chip_count<A>& count, const price_per_chip<B>& price) {
  detail::require_positive(price.base_value(), "cost_of", "price");
  using R = promoted_t<A, B>;
  return detail::make_quantity<money_dim>(detail::checked_result(R(count.base_value() * price.base_value()), "cost_of"),
                                          "cost_of");
}

}  // namespace curveshift
