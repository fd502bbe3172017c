// area: simulation.hpp (simulate, streaming_summary)
// requires: curveshift/uncertainty/simulation.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/uncertainty/simulation.hpp>

int main() {
  using namespace curveshift;
  const auto s = simulate(1000, 42, [](monte_carlo& mc) { return mc.between(1.5, 2.5); });
  return s.mean() > 0 ? 0 : 1;
}
