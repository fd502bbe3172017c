// area: multiplier.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/core/multiplier.hpp>

int main() {
  using namespace curveshift;
  const money<> cost = million_usd(10) / multiplier{2.0};
  return cost.in(million_usd) > 0 ? 0 : 1;
}
