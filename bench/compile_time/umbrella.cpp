// The umbrella header and one typed calculation (E2's multiplier with E4's
// trend); compared with baseline.cpp, which includes <iostream> as this does.
#include <curveshift/curveshift.hpp>
#include <iostream>

int main() {
  using namespace curveshift;
  const money<> cost = million_usd(10) / multiplier{2.0} / essay::cost_trend.over(months(9));
  std::cout << cost << '\n';
}
