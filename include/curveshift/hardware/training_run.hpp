// curveshift/training_run.hpp: a training run, both ways. Forward: training
// FLOP, a fleet, a utilisation and a precision give wall-clock time,
// chip-hours and cost. Backward: reported GPU-hours and a rental price give
// cost, and with the training FLOP, the utilisation they imply.
// "DeepSeek does not 'do for $6M what cost US AI companies billions'": the
// $6M is one run's rental cost, not the cost of the fleet (E10).
#pragma once

#include <cstddef>
#include <string>

#include "curveshift/hardware/chip.hpp"
#include "curveshift/hardware/fleet.hpp"
#include "curveshift/detail/decimal.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/curves/training_compute.hpp"

namespace curveshift {

/// Model FLOP utilisation: the share of a fleet's peak FLOP/s a run turns
/// into training FLOP, in (0, 1]. Large runs report ~0.3-0.5.
template <number T = double>
class mfu {
 public:
  constexpr explicit mfu(const T& share) : share_(share) {
    detail::require(share_, [](auto v) { return detail::finite(v) && v > 0 && v <= 1; }, "mfu", "share",
                    "a utilisation in (0, 1]");
  }
  constexpr const T& share() const { return share_; }

 private:
  T share_;
};

template <class X>
mfu(X) -> mfu<maker_t<X>>;

/// A training run: so much compute on a fleet at a utilisation and a
/// precision. Everything else (wall-clock time, chip-hours, cost) follows.
template <number T = double>
class training_run {
 public:
  /// training_run{flop(3.2856e24), fleet{catalogue::h800, chips(2048)}, mfu{0.4}, precision::bf16}.
  template <number A, std::size_t N, number B>
  constexpr training_run(const compute<A>& work, const fleet<N>& on, const mfu<B>& utilisation, precision p)
      : work_(work), chips_(on.total_chips()), peak_(on.peak_flop_rate(p)), utilisation_(utilisation.share()) {
    check();
  }

  /// The same on `count` chips of one type.
  template <number A, number B>
  constexpr training_run(const compute<A>& work, const chip& type, const chip_count<>& count,
                         const mfu<B>& utilisation, precision p)
      : training_run(work, fleet<1>{type, count}, utilisation, p) {}

  constexpr const compute<T>& work() const { return work_; }
  constexpr const chip_count<>& chips_used() const { return chips_; }
  /// The fleet's peak FLOP/s at the run's precision.
  constexpr const flop_rate<>& peak_flop_rate() const { return peak_; }
  constexpr mfu<T> utilisation() const { return mfu<T>(utilisation_); }

  /// Wall-clock time: compute / (peak FLOP/s x MFU).
  constexpr time_span<T> wall_clock() const {
    return detail::make_quantity<time_dim>(
        detail::checked_result(T(work_.base_value() / (peak_.base_value() * utilisation_)), "training_run::wall_clock"),
        "training_run::wall_clock");
  }

  /// Chip-hours (GPU-hours): chips x wall-clock time.
  constexpr chip_time<T> chip_time_used() const {
    return detail::make_quantity<chip_time_dim>(
        detail::checked_result(T(chips_.base_value() * wall_clock().base_value()), "training_run::chip_time_used"),
        "training_run::chip_time_used");
  }

  /// The cost at a rental price per chip-hour: what "$2 per GPU-hour" pays.
  template <number U>
  constexpr auto rental_cost(const price_per_chip_second<U>& price) const {
    detail::require_positive(price.base_value(), "training_run::rental_cost", "price");
    using R = promoted_t<T, U>;
    return detail::make_quantity<money_dim>(
        detail::checked_result(R(chip_time_used().base_value() * price.base_value()), "training_run::rental_cost"),
        "training_run::rental_cost");
  }

  /// The cost at amortized capital: the fleet's capital cost spread evenly
  /// over its depreciation lifetime, charged for the run's wall-clock time.
  /// (One spelling with the free amortized_cost; 0.1's amortised_cost stays
  /// for 0.2 and goes in 0.3.)
  template <number U, number V>
  constexpr auto amortized_cost(const money<U>& capital, const time_span<V>& lifetime) const {
    detail::require_positive(capital.base_value(), "training_run::amortized_cost", "capital");
    detail::require_positive(lifetime.base_value(), "training_run::amortized_cost", "lifetime");
    using R = promoted_t<promoted_t<T, U>, V>;
    return detail::make_quantity<money_dim>(
        detail::checked_result(R(capital.base_value() * (wall_clock().base_value() / lifetime.base_value())),
                               "training_run::amortized_cost"),
        "training_run::amortized_cost");
  }

  /// 0.1's spelling of amortized_cost.
  template <number U, number V>
  constexpr auto amortised_cost(const money<U>& capital, const time_span<V>& lifetime) const {
    return amortized_cost(capital, lifetime);
  }

 private:
  constexpr void check() const {
    detail::require_positive(work_.base_value(), "training_run", "compute");
    detail::require_positive(chips_.base_value(), "training_run", "chips");
  }

  compute<T> work_;
  chip_count<> chips_;
  flop_rate<> peak_;
  T utilisation_;
};

template <number A, std::size_t N, number B>
training_run(const compute<A>&, const fleet<N>&, const mfu<B>&, precision) -> training_run<promoted_t<A, B>>;
template <number A, number B>
training_run(const compute<A>&, const chip&, const chip_count<>&, const mfu<B>&, precision)
    -> training_run<promoted_t<A, B>>;

/// The cost of reported chip-hours at a rental price: DeepSeek-V3's 2.788M
/// H800 GPU-hours at $2 per GPU-hour are $5.576M (DeepSeek-V3 technical
/// report, arXiv 2412.19437), the essay's "$6M".
template <number A, number B>
constexpr auto rental_cost(const chip_time<A>& used, const price_per_chip_second<B>& price) {
  detail::require_positive(used.base_value(), "rental_cost", "chip_time");
  detail::require_positive(price.base_value(), "rental_cost", "price");
  using R = promoted_t<A, B>;
  return detail::make_quantity<money_dim>(detail::checked_result(R(used.base_value() * price.base_value()), "rental_cost"),
                                          "rental_cost");
}

/// The utilisation that reported chip-hours imply for known training FLOP:
/// compute / (chip-hours x 3600 x peak FLOP/s per chip). More than 1 means
/// the figures cannot all be right, and raises.
template <number A, number B>
constexpr auto implied_mfu(const compute<A>& work, const chip_time<B>& used, const chip& type, precision p) {
  detail::require_positive(work.base_value(), "implied_mfu", "compute");
  detail::require_positive(used.base_value(), "implied_mfu", "chip_time");
  using R = promoted_t<A, B>;
  const R share = R(work.base_value() / (used.base_value() * type.flop_rate(p).base_value()));
  if (!detail::holds(share, [](auto v) { return detail::finite(v) && v > 0 && v <= 1; })) [[unlikely]] {
    // Over 100%: name both sides of the accounting, as the user gave them.
    detail::fail("implied_mfu", "utilisation " + format_number(share, [](double v) {
                                  return detail::percent_parts(v, digits{});
                                }) + " from compute = " + format_number(work.base_value(), [](double v) {
                                  return detail::scientific_parts(v, " FLOP");
                                }) + " and chip_time = " + format_number(used.base_value(), detail::chip_hours_parts) +
                                    " on " + std::string(type.name()) +
                                    "; expected a utilisation in (0, 1]: the compute, chip-hours or chip do not fit together");
  }
  return mfu<R>(share);
}

}  // namespace curveshift
