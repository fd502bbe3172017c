// area: csv.hpp (read_csv, read_observations)
// requires: curveshift/data/csv.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/data/csv.hpp>

int main() {
  using namespace curveshift;
  const auto table = read_csv("when,value\n2024-01-01,1e24\n");
  const auto read = read_observations<compute<>>(table, {.when = "when", .value = "value"});
  return read.records.size() == 1 ? 0 : 1;
}
