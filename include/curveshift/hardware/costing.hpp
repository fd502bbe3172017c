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

#include <cmath>
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
/// Cluster-level interconnect: 19% of the whole cluster's cost, so the rest
/// is divided by 0.81 (epoch-research/training-cost-trends,
/// CLUSTER_INTERCONNECT_COST_FRACTION, "fraction of total cluster cost").
inline constexpr double interconnect_share = 0.19;
/// A server's cost per accelerator over a single accelerator's price, for a
/// price of one chip alone: Epoch's 1.66 for A100, 1.69 for V100, 1.54 for
/// P100, and their average, 1.64, for every other chip
/// (get_server_cost_overhead). A price already per GPU of a server (a DGX's
/// price over its 8 GPUs) takes none.
inline constexpr double server_cost_ratio = 1.64;
/// Hardware loses value as price-performance improves: 0.14 orders of
/// magnitude a year (Hobbhahn & Besiroglu 2022, Epoch "Trends in GPU
/// price-performance", ML GPUs), a rate of 0.14 ln 10 per year.
inline constexpr double depreciation_orders_per_year = 0.14;
/// The year of Epoch's amortization and depreciation: 365.25 days
/// (HOURS_PER_YEAR = 24 x 365.25), not the Gregorian 365.2425 of trends.
inline constexpr double hours_per_year = 24 * 365.25;
}  // namespace costing_defaults

/// How a facility turns chips' TDP into the power it draws.
template <number T = double>
struct facility {
  /// Power usage effectiveness (facility / IT power), >= 1.
  T pue = T(costing_defaults::pue);
  /// Server power per chip over the chip's TDP (CPUs, memory, network), >= 1.
  T server_power_ratio = T(costing_defaults::server_power_ratio);
};

/// What a chip's price covers: the chip alone (a list or street price), to
/// which a server's other parts are added, or one GPU's share of a whole
/// server (a DGX's price over its GPUs), to which nothing is.
enum class price_basis { single_unit, per_gpu_in_server };

/// How the interconnect's share is applied: as a share of the whole
/// cluster's cost (Epoch's method: the servers divided by 1 - share), or,
/// the named alternative, as a share of the servers' cost added on top.
enum class interconnect_basis { share_of_cluster, share_of_servers };

/// How the hardware's value is charged to a run: Epoch's method, value x r x
/// t (the replacement rate r = 0.14 ln 10 a year over the run's chip time
/// t), or the named alternative, the value lost under exponential decay,
/// value x (1 - e^(-r t)), which is less for long runs (14.5% less over one
/// year of chip time).
enum class amortization { linear, exponential };

/// What a cluster costs beyond its chips, for the amortized and up-front
/// methods. The defaults are Epoch AI's (Cottier et al. 2024).
template <number T = double>
struct cluster_costs {
  /// Server cost per chip over a single chip's price, >= 1; applied only to
  /// a single_unit price.
  T server_cost_ratio = T(costing_defaults::server_cost_ratio);
  /// Cluster interconnect as a share of the cluster's cost, in [0, 1).
  T interconnect_share = T(costing_defaults::interconnect_share);
  /// Orders of magnitude of value lost per year, >= 0.
  T depreciation_orders_per_year = T(costing_defaults::depreciation_orders_per_year);
  /// What the price given covers.
  price_basis basis = price_basis::single_unit;
  interconnect_basis interconnect = interconnect_basis::share_of_cluster;
  amortization method = amortization::linear;
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
  require(c.interconnect_share, [](auto v) { return v >= 0 && v < 1; }, function, "interconnect_share",
          "a share of the cluster's cost in [0, 1)");
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

/// What a fleet's power draw is made of, so a figure can be read: the
/// chips' own TDP, what the servers add around them (CPUs, memory, network:
/// the server power ratio), and what the facility adds (cooling and
/// distribution: the PUE). total = chips x server ratio x PUE.
template <number T = double>
struct power_breakdown {
  power<T> chips;
  power<T> servers;   // added by the servers: chips x (ratio - 1)
  power<T> facility;  // added by the facility: chips x ratio x (PUE - 1)
  power<T> total;
  T server_power_ratio;
  T pue;
};

/// The parts of power_draw: 16,384 H100s at PUE 1.2 are 11.47 MW of chips,
/// +9.42 MW of servers (x1.82), +4.18 MW of facility: 25.07 MW in all.
template <std::size_t N, number T = double>
constexpr power_breakdown<T> power_breakdown_of(const fleet<N>& on, const facility<T>& site = {}) {
  detail::check_facility(site, "power_breakdown_of");
  double it = 0;
  for (const auto& e : on.entries()) it += e.count.base_value() * e.type.tdp().base_value();
  const auto make = [](const T& v) {
    return detail::make_quantity<power_dim>(detail::checked_result(v, "power_breakdown_of"), "power_breakdown_of");
  };
  const T servers = T(it * site.server_power_ratio);
  const T total = T(servers * site.pue);
  return {make(T(it)), make(T(servers - it)), make(T(total - servers)), make(total), site.server_power_ratio, site.pue};
}

/// The energy of chip time: chip-seconds x TDP x server ratio x average
/// power fraction x PUE, as Epoch computes it from chip-hours
/// (cluster_energy_cost). `chip_tdp` is the chips' TDP (chip::tdp()).
template <number A, number U = double, number V = double>
constexpr auto energy_used(const chip_time<A>& used, const power_per_chip<>& chip_tdp, const facility<U>& site = {},
                           const V& average_power_fraction = V(costing_defaults::average_power_fraction)) {
  detail::check_facility(site, "energy_used");
  detail::require_positive(used.base_value(), "energy_used", "chip_time");
  detail::require_positive(chip_tdp.base_value(), "energy_used", "chip_tdp");
  detail::require(average_power_fraction, [](auto v) { return v > 0 && v <= 1; }, "energy_used",
                  "average_power_fraction", "a share of peak power in (0, 1]");
  using R = promoted_t<promoted_t<A, U>, V>;
  const R joules_used =
      R(chip_tdp.base_value() * site.server_power_ratio * average_power_fraction * site.pue * used.base_value());
  return detail::make_quantity<energy_dim>(detail::checked_result(joules_used, "energy_used"), "energy_used");
}

/// The energy a run uses: its chip time (chips x wall-clock time), as above.
template <number T, number U = double, number V = double>
constexpr auto energy_used(const training_run<T>& run, const power_per_chip<>& chip_tdp, const facility<U>& site = {},
                           const V& average_power_fraction = V(costing_defaults::average_power_fraction)) {
  return energy_used(run.chip_time_used(), chip_tdp, site, average_power_fraction);
}

namespace detail {
/// One chip's share of the cluster's value: the price, a server's other
/// parts for a single-unit price, and the interconnect.
template <number P, number C>
constexpr auto cluster_value_per_chip(const P& price, const cluster_costs<C>& extra) {
  using R = promoted_t<P, C>;
  const R server = extra.basis == price_basis::single_unit ? R(price * extra.server_cost_ratio) : R(price);
  if (extra.interconnect == interconnect_basis::share_of_cluster) {
    return R(server / (scalar_t<C>(1) - extra.interconnect_share));
  }
  return R(server * (scalar_t<C>(1) + extra.interconnect_share));
}
}  // namespace detail

/// The up-front method: what buying the cluster costs, chips x price (x the
/// server ratio for a single-unit price) / (1 - interconnect share). 384
/// A100s at a DGX's $24,875 per GPU: 384 x 24,875 / 0.81 = $11.79M (Epoch's
/// BLOOM-176B, before inflation).
template <number P, number C = double>
constexpr auto upfront_cost(const chip_count<>& chips_bought, const price_per_chip<P>& price,
                            const cluster_costs<C>& extra = {}) {
  detail::require_positive(chips_bought.base_value(), "upfront_cost", "chips");
  detail::require_positive(price.base_value(), "upfront_cost", "price");
  detail::check_cluster(extra, "upfront_cost");
  using R = promoted_t<P, C>;
  const R cost = R(chips_bought.base_value() * detail::cluster_value_per_chip(price.base_value(), extra));
  return detail::make_quantity<money_dim>(detail::checked_result(cost, "upfront_cost"), "upfront_cost");
}

/// The up-front cost of the cluster a run uses.
template <number T, number P, number C = double>
constexpr auto upfront_cost(const training_run<T>& run, const price_per_chip<P>& price, const cluster_costs<C>& extra = {}) {
  return upfront_cost(run.chips_used(), price, extra);
}

namespace detail {
/// The value `chips` lose over `years` each, plus the energy's cost.
template <class R, number P, number C, number E, number F>
constexpr R amortized_total(const R& chips, const R& years, const P& price, const cluster_costs<C>& extra,
                            const energy<E>& energy_use, const price_per_energy<F>& energy_price) {
  const auto value = cluster_value_per_chip(price, extra);
  const auto rate = R(extra.depreciation_orders_per_year * scalar_t<R>(ln10_wide));
  const R lost = extra.method == amortization::linear ? R(value * chips * rate * years)
                                                      : R(value * chips * (scalar_t<R>(1) - exp(R(-rate * years))));
  return R(lost + energy_use.base_value() * energy_price.base_value());
}
}  // namespace detail

/// The amortized method for reported chip time (Epoch's own input): the
/// value the cluster's chips lose while the run holds them, plus the energy
/// it uses. Epoch's linear charge: value per chip x 0.14 ln 10 x chip-hours
/// / 8,766. Llama 2-70B, 1,720,320 A100-hours at $12,809 per GPU of a
/// server: 12,809 / 0.81 x 0.32236 x 196.25 = $1.00M of hardware, plus
/// energy. The exponential alternative needs each chip's time, so it takes
/// the run (below), not its chip time.
template <number A, number P, number E, number C = double, number F = double>
constexpr auto amortized_cost(const chip_time<A>& used, const price_per_chip<P>& price, const energy<E>& energy_use,
                              const price_per_energy<F>& energy_price, const cluster_costs<C>& extra = {}) {
  constexpr const char* function = "amortized_cost";
  detail::require_positive(used.base_value(), function, "chip_time");
  detail::require_positive(price.base_value(), function, "price");
  detail::require_positive(energy_price.base_value(), function, "energy_price");
  detail::check_cluster(extra, function);
  if (extra.method != amortization::linear) {
    detail::fail(function, "extra.method is amortization::exponential, which needs each chip's time; expected "
                           "amortization::linear for chip time, or the training_run");
  }
  using R = promoted_t<promoted_t<promoted_t<A, P>, C>, promoted_t<E, F>>;
  // Chip-years in Epoch's 365.25-day year, charged as one chip for that long.
  const auto chip_years = R(used.base_value() / scalar_t<R>(3600.0 * costing_defaults::hours_per_year));
  const R total = detail::amortized_total(R(1), chip_years, price.base_value(), extra, energy_use, energy_price);
  return detail::make_quantity<money_dim>(detail::checked_result(total, function), function);
}

/// The amortized cost of a run: its chips for its wall-clock time, charged
/// as above (linear), or under exponential decay (the named alternative).
template <number T, number P, number E, number C = double, number F = double>
constexpr auto amortized_cost(const training_run<T>& run, const price_per_chip<P>& price, const energy<E>& used,
                              const price_per_energy<F>& energy_price, const cluster_costs<C>& extra = {}) {
  constexpr const char* function = "amortized_cost";
  detail::require_positive(price.base_value(), function, "price");
  detail::require_positive(energy_price.base_value(), function, "energy_price");
  detail::check_cluster(extra, function);
  using R = promoted_t<promoted_t<promoted_t<T, P>, C>, promoted_t<E, F>>;
  const auto years_run = R(run.wall_clock().base_value() / scalar_t<R>(3600.0 * costing_defaults::hours_per_year));
  const R total = detail::amortized_total(R(run.chips_used().base_value()), years_run, price.base_value(), extra, used,
                                          energy_price);
  return detail::make_quantity<money_dim>(detail::checked_result(total, function), function);
}

/// A chip's price after `held` of hardware progress: price x 10^(-0.14 x
/// years held), in Epoch's 365.25-day years (depreciate_by_hardware_progress).
/// A $24,875 A100 bought 2021-02-14, used from 2022-01-15 (335 days):
/// 24,875 x 10^(-0.14 x 0.9172) = $18,508.
inline price_per_chip<> depreciated_price(const price_per_chip<>& price, const time_span<>& held,
                                         double orders_per_year = costing_defaults::depreciation_orders_per_year) {
  constexpr const char* function = "depreciated_price";
  detail::require_positive(price.base_value(), function, "price");
  detail::require_nonnegative(held.base_value(), function, "held");
  detail::require_nonnegative(orders_per_year, function, "orders_per_year");
  const double years_held = held.base_value() / (86400.0 * 365.25);
  // As Epoch writes it, 10^(log10 price - orders), to the last bit.
  return usd_per_chip(std::pow(10.0, std::log10(price.base_value()) - orders_per_year * years_held));
}

}  // namespace curveshift
