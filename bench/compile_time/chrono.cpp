// area: chrono.hpp (opt-in, not in the umbrella)
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/core/chrono.hpp>

int main() {
  using namespace curveshift;
  const time_span<> lead = from_chrono(std::chrono::months(9));
  return lead.in(months) > 0 ? 0 : 1;
}
