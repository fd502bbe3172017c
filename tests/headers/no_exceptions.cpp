// Built with -fno-exceptions: the library's checks still hold, and a failed
// one prints the same message an exception would carry, then aborts.
//
//   no_exceptions           computes the essay's E2 ($5M) and exits 0
//   no_exceptions bad       makes usd(-5): prints the error and aborts
//   no_exceptions parse     parses "12-9 months": prints the parse error and aborts
#include <curveshift/curveshift.hpp>
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
  // E2: a 2x compute multiplier makes 40% cost $5M instead of $10M.
  const auto cost = essay::coding_curve.shifted_by(multiplier{2.0}).cost_for(percent(40));
  std::printf("%s\n", to_string(cost).c_str());
  return to_string(cost) == "$5M" ? 0 : 1;
}
