// curveshift/error.hpp: the one exception type the library throws.
#pragma once

#include <stdexcept>
#include <string>

namespace curveshift {

/// Raised for bad input: the message names the function, the argument and
/// the value, e.g. "curveshift::usd: amount = -5; expected a finite value >= 0".
/// In constant evaluation the same check is a compile error instead.
class error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

}  // namespace curveshift
