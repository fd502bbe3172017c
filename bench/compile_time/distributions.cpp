// area: distributions.hpp, probability.hpp, correlation.hpp, sensitivity.hpp
// requires: curveshift/uncertainty/distributions.hpp curveshift/uncertainty/probability.hpp curveshift/uncertainty/correlation.hpp curveshift/uncertainty/sensitivity.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/uncertainty/correlation.hpp>
#include <curveshift/uncertainty/distributions.hpp>
#include <curveshift/uncertainty/probability.hpp>
#include <curveshift/uncertainty/sensitivity.hpp>

int main() {
  using namespace curveshift;
  monte_carlo mc{1000, 42};
  const auto [a, b] = correlate(mc, pert(mc, 1, 2, 4), beta(mc, 2, 5), 0.5);
  const auto table = sensitivity(a * b, {{"a", a}, {"b", b}});
  return probability_above(a * b, 1.0) >= 0 && !table.rows.empty() ? 0 : 1;
}
