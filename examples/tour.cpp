// The essay tour: Dario Amodei's "On DeepSeek and Export Controls" (January
// 2025), section by section, as curveshift calculations. Each section is also
// a program of its own (examples/NN_*.cpp); this one runs them in order.
//
//   tour [--csv DIR]    with --csv, also writes the data behind the pictures
#include <curveshift/curveshift.hpp>

#include "example.hpp"

// The sections, defined in examples/NN_*.cpp (built into this program with
// CURVESHIFT_TOUR, which leaves out their own main()s).
void cost_trends(const example::page& page);

int main(int argc, char** argv) {
  return example::run(argc, argv, [](const example::page& page) {
    page.out << "curveshift " << curveshift::version_string
             << ": the arithmetic of \"On DeepSeek and Export Controls\" (Dario Amodei, January 2025)\n";
    cost_trends(page);
  });
}
