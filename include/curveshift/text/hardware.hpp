// curveshift/text/hardware.hpp: the hardware layer's values as text: "33.1%"
// (a utilisation), "50,000 chips: 10,000 H100, ...". Its quantities ("$2 per
// chip-hour", "2,788,000 chip-hours") are kinds of text/kinds.hpp.
#pragma once

#include <cstddef>
#include <string>

#include "curveshift/hardware/costing.hpp"
#include "curveshift/hardware/fleet.hpp"
#include "curveshift/hardware/training_run.hpp"
#include "curveshift/text/format.hpp"

namespace curveshift {

/// "33.1%": a utilisation is a share of peak, written as a percentage.
template <number T>
std::string to_string(const mfu<T>& u, digits p = {}) {
  detail::check_digits(p, "to_string(mfu)");
  return format_number(u.share(), [p](double v) { return detail::percent_parts(v, p); });
}

/// "25.1 MW: chips 11.5 MW, servers +9.42 MW (x1.82), facility +4.18 MW
/// (PUE 1.2)": a power draw and what makes it up.
template <number T>
std::string to_string(const power_breakdown<T>& b, digits p = {}) {
  detail::check_digits(p, "to_string(power_breakdown)");
  return to_string(b.total, p) + ": chips " + to_string(b.chips, p) + ", servers +" + to_string(b.servers, p) + " (x" +
         format_number(b.server_power_ratio, [p](double v) { return detail::bare_parts(v, p); }) + "), facility +" +
         to_string(b.facility, p) + " (PUE " +
         format_number(b.pue, [p](double v) { return detail::bare_parts(v, p); }) + ")";
}

/// "50,000 chips: 10,000 H100, 10,000 H800, 30,000 H20".
template <std::size_t N>
std::string to_string(const fleet<N>& f) {
  auto grouped = [](const chip_count<>& c) { return detail::format_grouped(c.base_value()); };
  std::string out = grouped(f.total_chips()) + " chips: ";
  for (std::size_t i = 0; i < N; ++i) {
    if (i != 0) out += ", ";
    out += grouped(f.entries()[i].count) + " " + std::string(f.entries()[i].type.name());
  }
  return out;
}

}  // namespace curveshift
