// area: score.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/core/score.hpp>

int main() {
  using namespace curveshift;
  const score<> s = percent(40) + points{6.02};
  return s.in_percent() > 0 ? 0 : 1;
}
