// A program written for curveshift 0.1: every include path it had, then a
// few lines of its API. It must compile (warnings as errors, so the
// forwarders are silent) and print the essay's E2 figure: $5M.
#include "curveshift/number.hpp"
#include "curveshift/quantity.hpp"
#include "curveshift/counts.hpp"
#include "curveshift/energy.hpp"
#include "curveshift/score.hpp"
#include "curveshift/multiplier.hpp"
#include "curveshift/trend.hpp"
#include "curveshift/date.hpp"
#include "curveshift/chrono.hpp"
#include "curveshift/interval.hpp"
#include "curveshift/samples.hpp"
#include "curveshift/curve.hpp"
#include "curveshift/training_compute.hpp"
#include "curveshift/chip.hpp"
#include "curveshift/catalogue.hpp"
#include "curveshift/fleet.hpp"
#include "curveshift/training_run.hpp"
#include "curveshift/costing.hpp"
#include "curveshift/inference.hpp"
#include "curveshift/export_controls.hpp"
#include "curveshift/scenario.hpp"
#include "curveshift/random.hpp"
#include "curveshift/monte_carlo.hpp"
#include "curveshift/distributions.hpp"
#include "curveshift/probability.hpp"
#include "curveshift/histogram.hpp"
#include "curveshift/correlation.hpp"
#include "curveshift/sensitivity.hpp"
#include "curveshift/simulation.hpp"
#include "curveshift/format.hpp"
#include "curveshift/io.hpp"
#include "curveshift/std_format.hpp"
#include "curveshift/parse.hpp"
#include "curveshift/parse_counts.hpp"
#include "curveshift/parse_error.hpp"
#include "curveshift/curves/format.hpp"
#include "curveshift/csv.hpp"
#include "curveshift/models.hpp"
#include "curveshift/select.hpp"
#include "curveshift/curveshift.hpp"

#include <cstdio>

int main() {
  using namespace curveshift;
  // E2: a 2x multiplier halves the cost of 40%: $10M -> $5M.
  const auto cost = essay::coding_curve.shifted_by(multiplier{2.0}).cost_for(percent(40));
  const fleet<1> f{fleet_entry{catalogue::h100, chips(10'000)}};
  const auto parsed = parse_parameter_count("70B parameters");  // 0.1's parse.hpp held the counts too
  std::printf("%s; %s; %s\n", to_string(cost).c_str(), to_string(f).c_str(), to_string(parsed).c_str());
  return 0;
}
