// area: io.hpp
#include <curveshift/io.hpp>
#include <iostream>

int main() {
  using namespace curveshift;
  std::cout << million_usd(10) / multiplier{2.0} << '\n';
}
