// e7_peak_memory: the peak resident memory of the E7 Monte Carlo model with
// 1,000,000 draws (the bar: at most 64 MiB). Reports the process's peak RSS
// (getrusage ru_maxrss) before and after one run of the model, and the
// difference, which is what the model itself added.
//
// Build: g++ -std=c++20 -O2 -Iinclude bench/e7_peak_memory.cpp -o e7_peak_memory
#include <cstdio>

#include "peak_memory.hpp"

#include <curveshift/essay.hpp>
#include <curveshift/uncertainty/monte_carlo.hpp>
#include <curveshift/core/samples.hpp>

using curveshift_bench::peak_mib;

int main() {
  using namespace curveshift;
  const double before = peak_mib();
  double mean = 0;
  std::vector<double> q;
  {
    monte_carlo mc{1'000'000, 1};
    const auto lead = months(mc.between(9, 12));
    const auto gap = multiplier(mc.between(1.5, 2.5));
    const auto ratio = essay::expected_cost_ratio(lead, essay::cost_trend, gap);
    mean = ratio.value().mean();
    q = ratio.value().percentiles({5.0, 50.0, 95.0});
  }
  const double after = peak_mib();
  std::printf("e7_peak_memory draws=1000000 peak_rss_mib=%.1f baseline_mib=%.1f model_mib=%.1f "
              "mean=%.4f p5=%.4f p50=%.4f p95=%.4f\n",
              after, before, after - before, mean, q[0], q[1], q[2]);
  return 0;
}
