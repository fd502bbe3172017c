// curveshift/text/hardware.hpp: the hardware layer's values as text: "33.1%"
// (a utilisation), "50,000 chips: 10,000 H100, ...". Its quantities ("$2 per
// chip-hour", "2,788,000 chip-hours") are kinds of text/kinds.hpp.
#pragma once

#include <cstddef>
#include <string>

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
