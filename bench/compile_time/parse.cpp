// area: parse.hpp (reading the essay's forms)
// requires: curveshift/parse.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/parse.hpp>

int main() {
  using namespace curveshift;
  return parse_money("$6M").in(million_usd) > 5 ? 0 : 1;
}
