// area: costing.hpp (hardware: power, energy and the three costs of a run)
// requires: curveshift/hardware/costing.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/hardware/costing.hpp>

int main() {
  using namespace curveshift;
  const auto draw = power_draw(fleet<1>{catalogue::h100, chips(1e6)});
  return draw.in(gigawatts) > 0 ? 0 : 1;
}
