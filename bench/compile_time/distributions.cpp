// area: distributions.hpp, probability.hpp, correlation.hpp, sensitivity.hpp
// requires: curveshift/distributions.hpp curveshift/probability.hpp curveshift/correlation.hpp curveshift/sensitivity.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/correlation.hpp>
#include <curveshift/distributions.hpp>
#include <curveshift/probability.hpp>
#include <curveshift/sensitivity.hpp>

int main() {
  using namespace curveshift;
  monte_carlo mc{1000, 42};
  const auto [a, b] = correlate(mc, pert(mc, 1, 2, 4), beta(mc, 2, 5), 0.5);
  const auto table = sensitivity(a * b, {{"a", a}, {"b", b}});
  return probability_above(a * b, 1.0) >= 0 && !table.rows.empty() ? 0 : 1;
}
