// curveshift/io.hpp: std::ostream output for every value type, in the
// forms of curveshift/format.hpp ("$5M", "4x", "40%").
#pragma once

#include <ios>
#include <ostream>

#include "curveshift/format.hpp"

namespace curveshift {

namespace detail {
/// The stream slot (std::ios_base::xalloc) that holds a stream's curveshift precision.
inline int precision_slot() {
  static const int slot = std::ios_base::xalloc();
  return slot;
}
}  // namespace detail

/// The precision a stream writes curveshift values with: precision{} unless
/// set by `os << precision{n}`. The stream's own precision() (for doubles) is
/// left alone, so printing a value never changes how the stream prints numbers.
inline precision stream_precision(std::ios_base& os) {
  return precision{static_cast<int>(os.iword(detail::precision_slot()))};
}

/// A sticky manipulator, like std::setprecision: `os << precision{4} << usd(6.25e6)`
/// writes "$6.25M", `os << precision::full()` the round-trip digits, and
/// `os << precision{}` restores the defaults.
inline std::ostream& operator<<(std::ostream& os, precision p) {
  detail::check_precision(p, "operator<<(std::ostream, precision)");
  os.iword(detail::precision_slot()) = p.digits;
  return os;
}

/// Writes any curveshift value that has a to_string(), at the stream's curveshift precision.
template <class V>
  requires requires(const V& v, precision p) { { to_string(v, p) } -> std::same_as<std::string>; }
std::ostream& operator<<(std::ostream& os, const V& v) {
  return os << to_string(v, stream_precision(os));
}

}  // namespace curveshift
