// area: quantity.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/core/quantity.hpp>

int main() {
  using namespace curveshift;
  const compute<> c = flop(3.3e24) + petaflop_days(1);
  return c.in(flop) > 0 ? 0 : 1;
}
