// area: essay.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/essay.hpp>

int main() {
  using namespace curveshift;
  const multiplier<> m = essay::cost_trend.over(lower(essay::sonnet_lead)) * essay::v3_quality_gap;
  return m.value() > 0 ? 0 : 1;
}
