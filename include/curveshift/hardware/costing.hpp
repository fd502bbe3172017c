// curveshift/costing.hpp: the power a fleet draws, the energy a training run
// uses, and the three ways Epoch AI costs a run (Cottier et al. 2024, "The
// rising costs of training frontier AI models", arXiv 2405.21015):
//
//   1. cloud rental: chip-hours at a price per chip-hour (training_run::rental_cost);
//   2. amortized: the hardware's loss of value over the run, plus energy;
//   3. up-front: the purchase price of the cluster.
//
// Every constant is an argument with a sourced default (costing_defaults),
// and each may be an interval or samples, so "what did this run cost"
// carries its uncertainty.
#pragma once

#include <cstddef>
#include <type_traits>

#include "curveshift/core/energy.hpp"
#include "curveshift/core/trend.hpp"
#include "curveshift/hardware/fleet.hpp"
#include "curveshift/hardware/training_run.hpp"

namespace curveshift {

/// The defaults of Epoch AI's training-cost estimates (epoch-research/
/// training-cost-trends, energy.py and cost_analysis_standalone.py, and
/// Cottier et al. 2024), each with the source Epoch gives for it.
namespace costing_defaults {
/// Median model FLOP utilisation of 33 runs that report one; used where a
/// run's is unknown.
inline constexpr double utilisation = 0.375;
/// Power usage effectiveness: facility power over IT power. Hyperscalers
/// report about 1.1 (Meta 2022: 1.09; Google and Microsoft: Patterson et al.
/// 2021, arXiv 2104.10350, table 4); Epoch uses 1.25 for everyone else.
inline constexpr double pue_hyperscale = 1.1;
inline constexpr double pue = 1.25;
/// Server power per chip over the chip's TDP: a DGX H100 is 10.2 kW for 8
/// GPUs of 0.7 kW (NVIDIA DGX H100 data sheet): 10.2 / 8 / 0.7 = 1.82.
inline constexpr double server_power_ratio = 10.2 / 8 / 0.7;
/// A server's average power during training over its peak: 0.75 for GPUs
/// (Barroso et al., "The Datacenter as a Computer", 3rd ed., p. 133).
inline constexpr double average_power_fraction = 0.75;
/// US industrial electricity, 2023: $0.0806 per kWh (US EIA, Electric Power
/// Monthly, table 5.6.A).
inline constexpr double energy_price_usd_per_kwh = 0.0806;
/// Cluster-level interconnect: +19% of the accelerators' cost.
inline constexpr double interconnect_share = 0.19;
/// Server cost over the accelerators' cost: x1.54 to x1.69; the middle.
inline constexpr double server_cost_ratio = (1.54 + 1.69) / 2;
/// Hardware loses value as price-performance improves: 0.14 orders of
/// magnitude a year (Hobbhahn & Besiroglu 2022, Epoch "Trends in GPU
/// price-performance", ML GPUs), a rate of 0.14 ln 10 per year.
inline constexpr double depreciation_orders_per_year = 0.14;
}  // namespace costing_defaults

/// How a facility turns chips' TDP into the power it draws.
template <number T = double>
struct facility {
  /// Power usage effectiveness (facility / IT power), >= 1.
  T pue = T(costing_defaults::pue);
  /// Server power per chip over the chip's TDP (CPUs, memory, network), >= 1.
  T server_power_ratio = T(costing_defaults::server_power_ratio);
};

/// What a cluster costs beyond its chips, for the amortized and up-front methods.
template <number T = double>
struct cluster_costs {
  /// Server cost over the accelerators' cost, >= 1.
  T server_cost_ratio = T(costing_defaults::server_cost_ratio);
  /// Cluster interconnect as a share of the accelerators' cost, >= 0.
  T interconnect_share = T(costing_defaults::interconnect_share);
  /// Orders of magnitude of value lost per year, >= 0.
  T depreciation_orders_per_year = T(costing_defaults::depreciation_orders_per_year);
};

namespace detail {
template <number T>
constexpr void check_facility(const facility<T>& f, const char* function) {
  require(f.pue, [](auto v) { return finite(v) && v >= 1; }, function, "pue", "a PUE >= 1");
  require(f.server_power_ratio, [](auto v) { return finite(v) && v >= 1; }, function, "server_power_ratio",
          "a ratio >= 1 (a server draws at least its chips' power)");
}
template <number T>
constexpr void check_cluster(const cluster_costs<T>& c, const char* function) {
  require(c.server_cost_ratio, [](auto v) { return finite(v) && v >= 1; }, function, "server_cost_ratio",
          "a ratio >= 1 (a server costs at least its chips)");
  require_nonnegative(c.interconnect_share, function, "interconnect_share");
  require_nonnegative(c.depreciation_orders_per_year, function, "depreciation_orders_per_year");
}
}  // namespace detail

/// The power a fleet's facility draws at full load: chips x TDP x server
/// ratio x PUE. A million H100s: 1e6 x 700 W x 1.82 x 1.25 = 1.59 GW. A chip
/// without a published TDP raises.
template <std::size_t N, number T = double>
constexpr auto power_draw(const fleet<N>& on, const facility<T>& site = {}) {
  detail::check_facility(site, "power_draw");
  double it = 0;  // watts of the chips themselves
  for (const auto& e : on.entries()) it += e.count.base_value() * e.type.tdp().base_value();
  return detail::make_quantity<power_dim>(
      detail::checked_result(T(it * site.server_power_ratio * site.pue), "power_draw"), "power_draw");
}

/// The energy a run uses: chips x TDP x server ratio x average power fraction
/// x PUE x wall-clock time. `chip_tdp` is the run's chips' TDP (chip::tdp()).
template <number T, number U = double, number V = double>
constexpr auto energy_used(const training_run<T>& run, const power_per_chip<>& chip_tdp, const facility<U>& site = {},
                           const V& average_power_fraction = V(costing_defaults::average_power_fraction)) {
  detail::check_facility(site, "energy_used");
  detail::require_positive(chip_tdp.base_value(), "energy_used", "chip_tdp");
  detail::require(average_power_fraction, [](auto v) { return v > 0 && v <= 1; }, "energy_used",
                  "average_power_fraction", "a share of peak power in (0, 1]");
  using R = promoted_t<promoted_t<T, U>, V>;
  const R joules_used = R(run.chips_used().base_value() * chip_tdp.base_value() * site.server_power_ratio *
                          average_power_fraction * site.pue * run.wall_clock().base_value());
  return detail::make_quantity<energy_dim>(detail::checked_result(joules_used, "energy_used"), "energy_used");
}

/// The up-front method: what buying the cluster costs. chips x price x server
/// cost ratio x (1 + interconnect share).
template <number T, number P, number C = double>
constexpr auto upfront_cost(const training_run<T>& run, const price_per_chip<P>& price, const cluster_costs<C>& extra = {}) {
  detail::require_positive(price.base_value(), "upfront_cost", "price");
  detail::check_cluster(extra, "upfront_cost");
  using R = promoted_t<promoted_t<T, P>, C>;
  const R cost = R(run.chips_used().base_value() * price.base_value() * extra.server_cost_ratio *
                   (scalar_t<C>(1) + extra.interconnect_share));
  return detail::make_quantity<money_dim>(detail::checked_result(cost, "upfront_cost"), "upfront_cost");
}

/// The amortized method: the value the cluster loses during the run, plus
/// the energy it uses. The cluster (upfront_cost) loses value at r = 0.14
/// ln 10 a year; over a run of t years that is upfront x (1 - e^(-r t)),
/// which for short runs is upfront x r x t.
template <number T, number P, number E, number C = double, number F = double>
constexpr auto amortized_cost(const training_run<T>& run, const price_per_chip<P>& price, const energy<E>& used,
                              const price_per_energy<F>& energy_price, const cluster_costs<C>& extra = {}) {
  detail::require_positive(energy_price.base_value(), "amortized_cost", "energy_price");
  const auto upfront = upfront_cost(run, price, extra);
  using R = promoted_t<promoted_t<std::remove_cvref_t<decltype(detail::raw(upfront))>, E>, F>;
  const auto years_run = R(run.wall_clock().base_value() / scalar_t<R>(trend<>::seconds_per_year));
  const R lost = R(detail::raw(upfront) *
                   (scalar_t<R>(1) - exp(R(-extra.depreciation_orders_per_year * scalar_t<R>(detail::ln10_wide) * years_run))));
  const R total = R(lost + used.base_value() * energy_price.base_value());
  return detail::make_quantity<money_dim>(detail::checked_result(total, "amortized_cost"), "amortized_cost");
}

}  // namespace curveshift
