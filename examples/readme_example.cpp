#include <curveshift/curveshift.hpp>
#include <iostream>

int main() {
  using namespace curveshift;
  // The essay's coding curve, shifted by a 2x compute multiplier:
  // what does a 40% score cost now?
  auto cost = essay::coding_curve.shifted_by(multiplier{2.0}).cost_for(percent(40));
  std::cout << cost << '\n';  // $5M
}
