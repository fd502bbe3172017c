// area: training_compute.hpp (counts: C = 6 N D and the allocations of a budget)
// requires: curveshift/curves/training_compute.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/curves/training_compute.hpp>

int main() {
  using namespace curveshift;
  const auto a = fixed_ratio_allocation(flop(5.76e23));
  return a.parameters.in(billion_parameters) > 0 ? 0 : 1;
}
