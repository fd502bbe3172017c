// A placeholder benchmark, so the benchmark build is exercised before the real
// ones (curves, fits, Monte Carlo) arrive.
#include <benchmark/benchmark.h>

#include <curveshift/curveshift.hpp>

#include <string_view>

static void version_string_length(benchmark::State& state) {
  for (auto _ : state) {
    std::string_view version{curveshift::version_string};
    benchmark::DoNotOptimize(version);
    benchmark::DoNotOptimize(version.size());
  }
}
BENCHMARK(version_string_length);

BENCHMARK_MAIN();
