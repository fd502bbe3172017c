// Built with -fno-exceptions: the library's checks still hold, and a failed
// one prints the same message an exception would carry, then aborts.
//
//   no_exceptions           computes the essay's E2 ($5M) and exits 0
//   no_exceptions bad       makes usd(-5): prints the error and aborts
//   no_exceptions parse     parses "12-9 months": prints the parse error and aborts
//   no_exceptions csv_skip  reads a CSV of bad cells with on_bad_row::skip:
//                           skips and lists them, prints what it read, exits 0
//   no_exceptions csv_stop  the same with on_bad_row::stop: prints the first
//                           bad cell's error and aborts
#include <curveshift/curveshift.hpp>
#include <curveshift/data/csv.hpp>
#include <curveshift/text/parse.hpp>
#include "curveshift/text/parse_counts.hpp"

#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
  using namespace curveshift;
  if (argc > 1 && std::strcmp(argv[1], "bad") == 0) {
    const auto m = usd(-5);
    std::printf("not reached: %g\n", m.in(usd));
    return 0;
  }
  if (argc > 1 && std::strcmp(argv[1], "parse") == 0) {
    const auto span = parse_time_span_range("12-9 months");
    std::printf("not reached: %g\n", lower(span).in(months));
    return 0;
  }
  if (argc > 1 && (std::strcmp(argv[1], "csv_skip") == 0 || std::strcmp(argv[1], "csv_stop") == 0)) {
    // Two good rows and four bad cells: a unit of rate, no month 13, a
    // number past a double, a word. With exceptions off, skipping still skips.
    const auto table = read_csv(
        "date,compute\n"
        "2024-01-01,3.8e25 FLOP\n"
        "2024-02-01,3e24 FLOP/s\n"
        "2024-13-01,1e24\n"
        "2024-03-01,1e400\n"
        "2024-04-01,lots\n"
        "2024-05-01,2e24\n");
    const auto bad = std::strcmp(argv[1], "csv_skip") == 0 ? on_bad_row::skip : on_bad_row::stop;
    const auto read = read_observations<compute<>>(table, {.when = "date", .value = "compute"}, bad);
    std::printf("%zu records, %zu skipped\n", read.records.size(), read.skipped.size());
    for (const auto& p : read.skipped) std::printf("%s\n", to_string(p).c_str());
    return read.records.size() == 2 && read.skipped.size() == 4 ? 0 : 1;
  }
  // E2: a 2x compute multiplier makes 40% cost $5M instead of $10M.
  const auto cost = essay::coding_curve.shifted_by(multiplier{2.0}).cost_for(percent(40));
  std::printf("%s\n", to_string(cost).c_str());
  return to_string(cost) == "$5M" ? 0 : 1;
}
