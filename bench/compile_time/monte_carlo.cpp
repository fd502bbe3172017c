// area: monte_carlo.hpp (samples<T>, the random engine, makers)
// requires: curveshift/uncertainty/monte_carlo.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/uncertainty/monte_carlo.hpp>

int main() {
  using namespace curveshift;
  monte_carlo mc{1000, 42};
  const samples<double> gap = mc.between(1.5, 2.5);
  return gap.mean() > 0 ? 0 : 1;
}
