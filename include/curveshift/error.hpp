// curveshift/error.hpp: the one exception type the library throws, and how a
// failed check is raised when exceptions are off.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

/// CURVESHIFT_EXCEPTIONS is 1 when the library may throw: the compiler has
/// exceptions on (no -fno-exceptions). Define it to 0 to have every failed
/// check print its message and abort even where exceptions are available.
#ifndef CURVESHIFT_EXCEPTIONS
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define CURVESHIFT_EXCEPTIONS 1
#else
#define CURVESHIFT_EXCEPTIONS 0
#endif
#endif

namespace curveshift {

// A header-only library cannot define a virtual member out of line, so the
// vtable is emitted where it is used; clang's -Wweak-vtables says so for
// every class with one, and there is nothing a header can do about it.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wweak-vtables"
#endif

/// Raised for bad input: the message names the function, the argument and
/// the value, e.g. "curveshift::usd: amount = -5; expected a finite value >= 0".
/// In constant evaluation the same check is a compile error instead.
class error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

namespace detail {

/// Throws e; with exceptions off (-fno-exceptions, or CURVESHIFT_EXCEPTIONS
/// defined to 0), prints the message ("curveshift::usd: amount = -5; ...")
/// and a newline to stderr and aborts, as {fmt} does, so it is never lost.
template <class E>
[[noreturn]] void raise(const E& e) {
#if CURVESHIFT_EXCEPTIONS
  throw e;
#else
  std::fputs(e.what(), stderr);
  std::fputc('\n', stderr);
  std::abort();
#endif
}

}  // namespace detail
}  // namespace curveshift
