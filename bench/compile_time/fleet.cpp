// area: fleet.hpp (hardware: chips, catalogue, fleets)
// requires: curveshift/hardware/fleet.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/hardware/fleet.hpp>

int main() {
  using namespace curveshift;
  const chip_count<> bought = chips_for(billion_usd(20), usd_per_chip(20'000));
  return bought.in(chips) > 0 ? 0 : 1;
}
