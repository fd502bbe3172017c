// curveshift/detail/fail.hpp: how a failed check becomes its message,
// "curveshift::usd: amount = -5; expected a finite value >= 0", for every
// layer; the shortest text of a number that reads back the same.
#pragma once

#include <charconv>
#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>

#include "curveshift/error.hpp"

namespace curveshift {
namespace detail {

/// A number as the shortest text that reads back the same: 0.1 -> "0.1".
template <std::floating_point F>
std::string short_number(F value) {
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, static_cast<double>(value));
  return std::string(buf, res.ptr);
}

/// Builds and raises the error naming function, argument and value, the value
/// written as text (a chip's name, a score in percent); kept out of line and
/// cold so checks cost one compare and one predictable branch on the hot path.
[[noreturn, gnu::cold, gnu::noinline]] inline void fail_text(std::string_view function, std::string_view argument,
                                                               std::string_view value, std::string_view expected) {
  std::string msg = "curveshift::";
  msg.append(function).append(": ").append(argument).append(" = ").append(value);
  msg.append("; expected ").append(expected);
  raise(error(msg));
}

/// The same for a number: written as the shortest text that reads back.
[[noreturn, gnu::cold, gnu::noinline]] inline void fail_value(std::string_view function, std::string_view argument,
                                                                long double value, std::string_view expected) {
  fail_text(function, argument, short_number(value), expected);
}

/// Raises the error naming function, argument and value; any arithmetic type
/// (a template, so a double reaches the message without an implicit promotion).
template <class F>
  requires std::is_arithmetic_v<F>
[[noreturn]] inline void fail(std::string_view function, std::string_view argument, F value,
                              std::string_view expected) {
  // An integer is written exactly: a count past 2^53 would round through a double.
  if constexpr (std::is_integral_v<F>) {
    fail_text(function, argument, std::to_string(value), expected);
  } else {
    fail_value(function, argument, static_cast<long double>(value), expected);
  }
}

/// Same, for a failure that has no single offending value.
[[noreturn, gnu::cold, gnu::noinline]] inline void fail(std::string_view function, std::string_view message) {
  std::string msg = "curveshift::";
  msg.append(function).append(": ").append(message);
  raise(error(msg));
}

}  // namespace detail
}  // namespace curveshift
