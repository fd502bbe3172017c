// area: io.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/text/io.hpp>

int main() {
  using namespace curveshift;
  std::cout << million_usd(10) / multiplier{2.0} << '\n';
}
