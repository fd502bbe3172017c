// The static_assert files' one comparison: a and b agree to a relative
// tolerance (1e-12 by default, the accuracy the constexpr math promises).
#pragma once

namespace curveshift_static {

constexpr double magnitude(double x) { return x > 0 ? x : -x; }

constexpr bool near(double a, double b, double rel = 1e-12) {
  const double larger = magnitude(a) > magnitude(b) ? magnitude(a) : magnitude(b);
  return magnitude(a - b) <= rel * larger;
}

}  // namespace curveshift_static
