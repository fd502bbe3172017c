// The essay tour: Dario Amodei's "On DeepSeek and Export Controls" (January
// 2025), section by section, as curveshift calculations. Each section is also
// a program of its own (examples/NN_*.cpp); this one runs them in order.
//
//   tour [--csv DIR]    with --csv, also writes the data behind the pictures
#include <curveshift/curveshift.hpp>

#include "example.hpp"

int main(int argc, char** argv) {
  return example::run(argc, argv, [](const example::page& page) {
    page.out << "curveshift " << curveshift::version_string
             << ": the arithmetic of \"On DeepSeek and Export Controls\" (Dario Amodei, January 2025)\n";
    scaling_laws(page);
    compute_multipliers(page);
    cost_trends(page);
    paradigm_shift(page);
    deepseek_on_trend(page);
    fleets_and_spend(page);
    export_controls(page);
    spending_more(page);
  });
}
