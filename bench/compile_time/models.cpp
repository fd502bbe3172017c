// area: models.hpp and select.hpp (catalogue::models, frontier, fit_trend over them)
// requires: curveshift/data/models.hpp curveshift/data/select.hpp
#include <cmath>
#include <iostream>
#include <string>

#include <curveshift/data/models.hpp>
#include <curveshift/data/select.hpp>

int main() {
  using namespace curveshift;
  const auto fit = fit_trend(frontier(with_compute(catalogue::models), 1, &model::compute), &model::compute);
  return fit.observations > 2 ? 0 : 1;
}
