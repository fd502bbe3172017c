// area: models.hpp and select.hpp (catalogue::models, frontier, fit_trend over them)
// requires: curveshift/models.hpp curveshift/select.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/models.hpp>
#include <curveshift/select.hpp>

int main() {
  using namespace curveshift;
  const auto fit = fit_trend(frontier(with_compute(catalogue::models), 1, &model::compute), &model::compute);
  return fit.observations > 2 ? 0 : 1;
}
