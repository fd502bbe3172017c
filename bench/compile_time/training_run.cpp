// area: training_run.hpp (hardware: training runs, 6ND, chip-hours)
// requires: curveshift/hardware/training_run.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/hardware/training_run.hpp>

int main() {
  using namespace curveshift;
  const auto c = training_compute(billion_parameters(37), trillion_tokens(14.8));
  return c.in(flop) > 0 ? 0 : 1;
}
