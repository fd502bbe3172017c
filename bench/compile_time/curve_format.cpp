// area: curves/format.hpp (text for scaling curves)
// requires: curveshift/text/curves.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/text/curves.hpp>

int main() {
  using namespace curveshift;
  const log_linear curve{percent(20), million_usd(1), points{20.0}};
  return to_string(curve).empty() ? 1 : 0;
}
