// area: inference.hpp (hardware: serving throughput and the price of a token)
// requires: curveshift/hardware/inference.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/hardware/inference.hpp>

int main() {
  using namespace curveshift;
  const auto price = blended_price(usd_per_million_tokens(3), usd_per_million_tokens(15));
  return price.in(usd_per_million_tokens) > 0 ? 0 : 1;
}
