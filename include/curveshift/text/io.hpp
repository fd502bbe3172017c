// curveshift/io.hpp: std::ostream output for every value type, in the
// forms of curveshift/format.hpp ("$5M", "4x", "40%").
#pragma once

#include <ios>
#include <ostream>

#include "curveshift/text/format.hpp"

namespace curveshift {

namespace detail {
/// The stream slot (std::ios_base::xalloc) that holds a stream's curveshift precision.
inline int digits_slot() {
  static const int slot = std::ios_base::xalloc();
  return slot;
}
}  // namespace detail

/// The precision a stream writes curveshift values with: digits{} unless
/// set by `os << digits{n}`. The stream's own precision() (for doubles) is
/// left alone, so printing a value never changes how the stream prints numbers.
inline digits stream_digits(std::ios_base& os) {
  return digits{static_cast<int>(os.iword(detail::digits_slot()))};
}

/// A sticky manipulator, like std::setprecision: `os << digits{4} << usd(6.25e6)`
/// writes "$6.25M", `os << digits::full()` the round-trip digits, and
/// `os << digits{}` restores the defaults.
inline std::ostream& operator<<(std::ostream& os, digits p) {
  detail::check_digits(p, "operator<<(std::ostream, digits)");
  os.iword(detail::digits_slot()) = p.count;
  return os;
}

/// Writes any curveshift value that has a to_string(), at the stream's digits.
template <detail::formattable V>
std::ostream& operator<<(std::ostream& os, const V& v) {
  return os << detail::text_of(v, stream_digits(os));
}

}  // namespace curveshift
