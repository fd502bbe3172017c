// area: parse.hpp (reading the essay's forms)
// requires: curveshift/text/parse.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/text/parse.hpp>
#include "curveshift/text/parse_counts.hpp"

int main() {
  using namespace curveshift;
  return parse_money("$6M").in(million_usd) > 5 ? 0 : 1;
}
