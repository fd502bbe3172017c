// area: training_run.hpp (hardware: training runs, 6ND, chip-hours)
// requires: curveshift/training_run.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/training_run.hpp>

int main() {
  using namespace curveshift;
  const auto c = dense_training_compute(37e9, 14.8e12);
  return c.in(flop) > 0 ? 0 : 1;
}
