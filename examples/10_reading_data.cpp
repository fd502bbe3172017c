// Beyond the essay: a trend from the user's own data. Reads a CSV in the
// shape of Epoch AI's notable-models file (their column names, newest first,
// empty cells where a figure is unpublished), fits the growth of training
// compute with its 90% confidence interval, and asks when the trend reaches
// 1e27 FLOP. Point it at your own download of Epoch AI's file:
//   CURVESHIFT_MODELS_CSV=notable_ai_models.csv ./10_reading_data
// Without it, it reads examples/data/frontier_models.csv: the shipped
// catalogue::models (curveshift/models.hpp names each figure's source).
#include <cstdlib>
#include <string>

#include <curveshift/data/csv.hpp>
#include <curveshift/curveshift.hpp>
#include <curveshift/fit.hpp>
#include <curveshift/data/models.hpp>
#include <curveshift/data/select.hpp>

#include "example.hpp"

using namespace curveshift;

#ifndef CURVESHIFT_EXAMPLE_DATA
#define CURVESHIFT_EXAMPLE_DATA "examples/data"
#endif

void reading_data(const example::page& page) {
  page.heading("Beyond the essay: the training-compute trend from a CSV");
  const char* chosen = std::getenv("CURVESHIFT_MODELS_CSV");
  const std::string path = chosen ? chosen : CURVESHIFT_EXAMPLE_DATA "/frontier_models.csv";

  // The table stays alive: the records' names point into it.
  const auto table = read_csv_file(path);
  const auto read = read_observations<compute<>>(table,
                                                 {.when = "Publication date",
                                                  .value = "Training compute (FLOP)",
                                                  .name = "Model",
                                                  .developer = "Organization",
                                                  .lower = "Training compute lower bound",
                                                  .upper = "Training compute upper bound"},
                                                 on_bad_row::skip);
  page.show("rows in the file", table.rows());
  page.show("rows with a date and a compute", read.records.size());
  page.show("rows skipped (listed, never dropped)", read.skipped.size());
  if (!chosen) {
    const std::size_t model_column = table.column("Model");
    for (const auto& problem : read.skipped) {
      page.note("skipped " + std::string(table.cell(problem.row, model_column)) + ": " + to_string(problem));
    }
  }

  // All models, then the frontier: the models that led when they were released.
  const auto all = fit_trend(read.records);
  page.show("all models", to_string(all));
  const auto leaders = frontier(read.records, 1);
  page.show("the frontier (the largest at release)", to_string(fit_trend(leaders)));
  page.show("... its models", leaders.size());
  const auto fit = fit_trend(leaders);
  page.show("... doubling every", fit.trend.doubling_time());
  page.show("... 90% CI of the doubling time", fit.trend_interval().doubling_time());
  page.show("... reaches 1e27 FLOP on", fit.date_reaching(flop(1e27)));

  // The same fit from the shipped data needs no file at all.
  page.show("catalogue::models, the same fit", to_string(fit_trend(frontier(with_compute(catalogue::models), 1,
                                                                            &model::compute),
                                                                   &model::compute)));
  page.note("Epoch AI reports 4-5x per year for notable models since 2010 over hundreds of models;");
  page.note("seven record-setters with published figures since 2020 give a lower rate and a wide interval.");
}

CURVESHIFT_EXAMPLE_MAIN(reading_data)
