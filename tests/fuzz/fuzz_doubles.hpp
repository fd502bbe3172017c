// Shared by the fuzz targets whose input is numbers (fuzz_curves, fuzz_fits):
// the input read as doubles of any bit pattern, a call that may answer with
// curveshift::error, and the report of a broken invariant.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <curveshift/error.hpp>

namespace fuzz {

[[noreturn]] inline void bug(const char* what, double value) {
  std::fprintf(stderr, "invariant broken: %s (value %.17g)\n", what, value);
  std::abort();
}

/// A value a call returned or a read handed out must be finite.
inline void check_finite(double v, const char* what) {
  if (!std::isfinite(v)) bug(what, v);
}

/// The input as a stream of doubles; past its end, a fixed ordinary value.
struct doubles {
  const std::uint8_t* data;
  std::size_t size;
  bool empty() const { return size < sizeof(double); }
  double next() {
    if (empty()) return 1.5;
    double v;
    std::memcpy(&v, data, sizeof v);
    data += sizeof v;
    size -= sizeof v;
    return v;
  }
};

/// Runs f; curveshift::error is a valid answer to bad input, anything else
/// escapes to libFuzzer and is a crash.
template <class F>
void answer(F f) {
  try {
    f();
  } catch (const curveshift::error&) {
  }
}

}  // namespace fuzz
