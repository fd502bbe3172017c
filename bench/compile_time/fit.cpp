// area: fit.hpp (least-squares fits of curves and trends)
// requires: curveshift/fit.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/fit.hpp>

int main() {
  using namespace curveshift;
  const std::vector<curve_point<money<>, score<>>> points_seen{{million_usd(1), percent(20)}, {million_usd(10), percent(40)}};
  return fit_log_linear(points_seen).r_squared > 0.5 ? 0 : 1;
}
