// area: date.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/core/date.hpp>

int main() {
  using namespace curveshift;
  const time_span<> lead = date{2025, 1, 20} - date{2024, 6, 20};
  return lead.in(months) > 0 ? 0 : 1;
}
