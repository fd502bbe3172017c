// area: export_controls.hpp (hardware: export status by date)
// requires: curveshift/policy/export_controls.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/policy/export_controls.hpp>

int main() {
  using namespace curveshift;
  return status_on(catalogue::h800, date{2024, 1, 1}).banned() ? 0 : 1;
}
