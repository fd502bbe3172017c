// e7_stream: the E7 Monte Carlo model on many draws through simulate(), in
// blocks, on a chosen number of threads: its wall time, its peak resident
// memory (the bar for 1e8 draws: at most 64 MiB) and the summary, which must
// not depend on the threads.
//
//   e7_stream <draws> <threads>      e.g. e7_stream 100000000 2
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "peak_memory.hpp"

#include <curveshift/essay.hpp>
#include <curveshift/uncertainty/simulation.hpp>

using curveshift_bench::peak_mib;

int main(int argc, char** argv) {
  using namespace curveshift;
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s <draws> <threads>\n", argv[0]);
    return 2;
  }
  const auto draws = static_cast<std::size_t>(std::strtod(argv[1], nullptr));
  const auto threads = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10));
  const auto start = std::chrono::steady_clock::now();
  const auto s = simulate(draws, 2025, [](monte_carlo& mc) {
    // One draw per statement: as arguments of one call, their order would be the compiler's.
    const auto lead = months(mc.between(9, 12));
    const auto gap = multiplier(mc.between(1.5, 2.5));
    return essay::expected_cost_ratio(lead, essay::cost_trend, gap);
  }, {.threads = threads});
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("e7_stream draws=%zu threads=%u seconds=%.3f peak_rss_mib=%.1f mean=%.17g p50=%.17g summary=\"%s\"\n",
              draws, threads, elapsed, peak_mib(), s.mean(), s.quantile(0.5), to_string(s).c_str());
  return 0;
}
