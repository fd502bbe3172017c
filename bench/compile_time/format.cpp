// area: format.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/text/format.hpp>

int main() {
  using namespace curveshift;
  const std::string text = to_string(million_usd(10) / multiplier{2.0});
  return text.empty() ? 1 : 0;
}
