// area: interval.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/core/interval.hpp>

int main() {
  using namespace curveshift;
  const interval<> lead{9.0, 12.0};
  const interval<> m = exp(lead * (log(4.0) / 12.0));
  return m.hi() > 0 ? 0 : 1;
}
