// area: trend.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/core/trend.hpp>

int main() {
  using namespace curveshift;
  const multiplier<> m = per_year(4.0).over(months(9));
  return m.value() > 0 ? 0 : 1;
}
