// bench/bench_peers.cpp: the uncertainty issue's models against plain C++,
// in one run (bench/run_peers.sh adds numpy, Squiggle and squiggle.c):
//   mixture    the "time to botec" model (NunoSempere): p_c = 0.8 x 0.5;
//              mixture(0, 1, 1 to 3, 2 to 10) with weights 1 - p_c, p_c/2,
//              p_c/4, p_c/4; its mean, 1,000,000 draws. Expected mean 0.8872:
//              0.2 x 1 + 0.1 x 1.8314 + 0.1 x 5.0407 (lognormal means
//              median x exp(sigma^2 / 2)).
//   e7         the essay's E7 model, 1,000,000 draws, mean and 3 percentiles.
//   e7_stream  E7 on 10,000,000 draws through simulate(), 1 and 2 threads
//              (the scaling bar: 2 threads within 1.3x of twice as fast).
#include <benchmark/benchmark.h>

#include <cmath>
#include <functional>
#include <random>
#include <vector>

#include <curveshift/uncertainty/distributions.hpp>
#include <curveshift/essay.hpp>
#include <curveshift/uncertainty/simulation.hpp>

namespace {

using namespace curveshift;
constexpr std::size_t draws = 1'000'000;

void curveshift_mixture(benchmark::State& s) {
  std::uint64_t seed = 1;
  for (auto _ : s) {
    monte_carlo mc{draws, seed++};
    const double p_c = 0.8 * 0.5;
    const std::vector<std::function<samples<double>(monte_carlo&)>> parts{
        [](monte_carlo&) { return samples<double>(0.0); }, [](monte_carlo&) { return samples<double>(1.0); },
        [](monte_carlo& m) { return m.between(1, 3); }, [](monte_carlo& m) { return m.between(2, 10); }};
    const auto result = mixture(mc, parts, {1 - p_c, p_c / 2, p_c / 4, p_c / 4});
    benchmark::DoNotOptimize(result.mean());
  }
}
BENCHMARK(curveshift_mixture)->Unit(benchmark::kMillisecond);

// The plain loop: one component chosen per draw, only it drawn.
void plain_loop_mixture(benchmark::State& s) {
  std::uint64_t seed = 1;
  for (auto _ : s) {
    std::mt19937_64 engine(seed++);
    std::uniform_real_distribution<double> u(0, 1);
    const double z = 1.6448536269514722;
    std::lognormal_distribution<double> few((std::log(1.0) + std::log(3.0)) / 2, std::log(3.0) / (2 * z));
    std::lognormal_distribution<double> many((std::log(2.0) + std::log(10.0)) / 2, std::log(5.0) / (2 * z));
    const double p_c = 0.8 * 0.5;
    double sum = 0;
    for (std::size_t i = 0; i < draws; ++i) {
      const double pick = u(engine);
      double v = 0;
      if (pick < 1 - p_c) {
        v = 0;
      } else if (pick < 1 - p_c / 2) {
        v = 1;
      } else if (pick < 1 - p_c / 4) {
        v = few(engine);
      } else {
        v = many(engine);
      }
      sum += v;
    }
    benchmark::DoNotOptimize(sum / static_cast<double>(draws));
  }
}
BENCHMARK(plain_loop_mixture)->Unit(benchmark::kMillisecond);

void e7_stream_threads(benchmark::State& s) {
  const auto threads = static_cast<unsigned>(s.range(0));
  for (auto _ : s) {
    const auto summary = simulate(10'000'000, 2025, [](monte_carlo& mc) {
      // One draw per statement: as arguments of one call, their order would be the compiler's.
      const auto lead = months(mc.between(9, 12));
      const auto gap = multiplier(mc.between(1.5, 2.5));
      return essay::expected_cost_ratio(lead, essay::cost_trend, gap);
    }, {.threads = threads});
    benchmark::DoNotOptimize(summary.mean());
  }
}
BENCHMARK(e7_stream_threads)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
