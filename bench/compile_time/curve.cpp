// area: curves/log_linear.hpp (scaling curves: the essay's curve, shifted and inverted)
// requires: curveshift/curves/log_linear.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/curves/log_linear.hpp>

int main() {
  using namespace curveshift;
  const log_linear curve{percent(20), million_usd(1), points{20.0}};
  return curve.shifted_by(multiplier{2.0}).cost_for(percent(40)).in(million_usd) > 0 ? 0 : 1;
}
