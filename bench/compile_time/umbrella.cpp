// The umbrella header and one typed calculation (E7-style: a cost after a
// multiplier and 9 months of the 4x/year trend), on top of baseline.cpp's headers.
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/curveshift.hpp>

int main() {
  using namespace curveshift;
  const money<> cost = million_usd(10) / multiplier{2.0} / essay::cost_trend.over(months(9));
  std::cout << cost << '\n';
}
