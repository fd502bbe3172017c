// The baseline: what any small program pays before curveshift, <cmath>,
// <string> and <iostream>, and one calculation on raw doubles.
#include <cmath>
#include <iostream>
#include <string>

int main() {
  const double cost = 10e6 / 2.0 * std::exp(std::log(4.0) * 9.0 / 12.0);
  std::cout << std::to_string(cost) << '\n';
}
