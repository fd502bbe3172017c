// curveshift/energy.hpp: energy and power as quantities (J and W, with the
// units people write: kWh, MWh, GWh; kW, MW, GW), and electricity prices.
// "How many GW do a million H100s draw?" is fleet.power_draw() in these units.
#pragma once

#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// Energy, in joules; a kilowatt-hour is 3.6e6 J.
template <number T = double>
using energy = quantity<energy_dim, T>;
/// Power: joules per second (watts).
template <number T = double>
using power = quantity<power_dim, T>;
/// An electricity price: dollars per joule, written per kilowatt-hour ("$0.08 per kWh").
template <number T = double>
using price_per_energy = quantity<price_per_energy_dim, T>;
/// One chip's power (its thermal design power, TDP).
template <number T = double>
using power_per_chip = quantity<power_per_chip_dim, T>;

inline constexpr unit<energy_dim> joules{1.0L, "joules"};
inline constexpr unit<energy_dim> kilowatt_hours{3.6e6L, "kilowatt_hours"};
inline constexpr unit<energy_dim> megawatt_hours{3.6e9L, "megawatt_hours"};
inline constexpr unit<energy_dim> gigawatt_hours{3.6e12L, "gigawatt_hours"};
inline constexpr unit<energy_dim> terawatt_hours{3.6e15L, "terawatt_hours"};

inline constexpr unit<power_dim> watts{1.0L, "watts"};
inline constexpr unit<power_dim> kilowatts{1e3L, "kilowatts"};
inline constexpr unit<power_dim> megawatts{1e6L, "megawatts"};
inline constexpr unit<power_dim> gigawatts{1e9L, "gigawatts"};

inline constexpr unit<price_per_energy_dim> usd_per_kilowatt_hour{1.0L / 3.6e6L, "usd_per_kilowatt_hour"};
inline constexpr unit<power_per_chip_dim> watts_per_chip{1.0L, "watts_per_chip"};

}  // namespace curveshift
