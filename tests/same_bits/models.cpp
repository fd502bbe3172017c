// tests/same_bits/models.cpp: models written as the documentation writes
// them, printed to the last bit (hexadecimal floats). The test same_bits
// builds this file with the other compiler (g++ against clang++) and checks
// that both print the same text: a model's draws must not depend on the
// order a compiler evaluates a call's arguments in, nor on its arithmetic.
#include <cstdio>

#include "curveshift/curveshift.hpp"
#include "curveshift/uncertainty.hpp"

namespace {
using namespace curveshift;

void print(const char* what, double value) { std::printf("%s %a\n", what, value); }
}  // namespace

int main() {
  // simulate.hpp's own example, one draw per statement, on 2 threads.
  const auto s = simulate(
      300'000, 2025,
      [](monte_carlo& mc) {
        const auto lead = months(mc.between(9, 12));
        const auto gap = multiplier(mc.between(1.5, 2.5));
        return essay::expected_cost_ratio(lead, essay::cost_trend, gap);
      },
      {.block = 1 << 16, .threads = 2});
  print("simulate median", s.quantile(0.5));
  print("simulate mean", s.mean());
  print("simulate sd", s.stddev());

  // The same model as one expression: draws keyed by name cannot depend on
  // which argument a compiler evaluates first.
  monte_carlo mc{100'000, 2025};
  const auto ratio = essay::expected_cost_ratio(months(mc.stream("lead").between(9, 12)), essay::cost_trend,
                                                multiplier(mc.stream("gap").between(1.5, 2.5)));
  print("streams mean", ratio.value().mean());
  print("streams p95", quantile(ratio.value(), 0.95));

  // The makers beyond between: each is its own statement.
  const auto p = pert(mc, 1, 2, 6);
  const auto l = lognormal_mean_sd(mc, 5, 2);
  const auto c = choice(mc, {1, 2, 3}, {0.2, 0.3, 0.5});
  const auto m = mixture(mc, {mc.between(1, 2), mc.normal(0, 1)}, {0.7, 0.3});
  const auto t = triangular(mc, 0, 1, 4);
  const auto b = beta(mc, 2, 5);
  print("pert mean", p.mean());
  print("lognormal_mean_sd mean", l.mean());
  print("choice mean", c.mean());
  print("mixture mean", m.mean());
  print("triangular mean", t.mean());
  print("beta mean", b.mean());
  print("uniform sum", mc.uniform(0, 1).mean());
}
