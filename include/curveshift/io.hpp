// curveshift/io.hpp: std::ostream output for every value type, in the
// forms of curveshift/format.hpp ("$5M", "4x", "40%").
#pragma once

#include <ostream>

#include "curveshift/format.hpp"

namespace curveshift {

/// Writes any curveshift value that has a to_string().
template <class V>
  requires requires(const V& v) { { to_string(v) } -> std::same_as<std::string>; }
std::ostream& operator<<(std::ostream& os, const V& v) {
  return os << to_string(v);
}

}  // namespace curveshift
