// bench_monte_carlo: the E7 check of ../shared/arithmetic.md as a Monte Carlo
// model of 1,000,000 draws, end to end (draws, arithmetic, mean and three
// percentiles), three ways:
//   curveshift_e7  - the library's typed API: months(samples) ->
//                    essay::cost_trend.over(...) * multiplier(gap) -> summaries;
//   plain_loop_e7  - what one writes without the library: std::mt19937_64,
//                    std::lognormal_distribution and one loop, with the same
//                    percentile selection (successive nth_element on one copy),
//                    so the comparison is of the draws and the arithmetic;
//   Squiggle       - bench/squiggle/e7.mjs, run by bench/run_monte_carlo.sh.
// Model: months = 9 to 12, gap = 1.5 to 2.5 (90% intervals, lognormal),
// ratio = 4^(months / 12) * gap. The counters report mean, p5, p50 and p95,
// so the two C++ sides can be seen to agree within sampling error.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include <curveshift/essay.hpp>
#include <curveshift/uncertainty/monte_carlo.hpp>
#include <curveshift/core/samples.hpp>

namespace {

constexpr std::size_t draws = 1'000'000;

void report(benchmark::State& state, double mean, const std::vector<double>& q) {
  state.counters["mean"] = mean;
  state.counters["p5"] = q[0];
  state.counters["p50"] = q[1];
  state.counters["p95"] = q[2];
}

void curveshift_e7(benchmark::State& state) {
  using namespace curveshift;
  std::uint64_t seed = 1;
  double mean = 0;
  std::vector<double> q;
  for (auto _ : state) {
    monte_carlo mc{draws, seed++};
    const auto lead = months(mc.between(9, 12));
    const auto gap = multiplier(mc.between(1.5, 2.5));
    const auto ratio = essay::expected_cost_ratio(lead, essay::cost_trend, gap);
    mean = ratio.value().mean();
    q = ratio.value().percentiles({5.0, 50.0, 95.0});
    benchmark::DoNotOptimize(mean);
    benchmark::DoNotOptimize(q.data());
  }
  report(state, mean, q);
}
BENCHMARK(curveshift_e7)->Unit(benchmark::kMillisecond);

// Successive nth_element on one copy: the three percentiles (type 7).
std::vector<double> plain_percentiles(std::vector<double>& v, std::initializer_list<double> ps) {
  std::vector<double> out;
  auto first = v.begin();
  const double n1 = static_cast<double>(v.size() - 1);
  for (const double p : ps) {
    const double h = n1 * p / 100;
    const auto k = static_cast<std::size_t>(h);
    const auto nth = v.begin() + static_cast<std::ptrdiff_t>(k);
    std::nth_element(first, nth, v.end());
    const double lo = *nth;
    const double hi = *std::min_element(nth + 1, v.end());
    out.push_back(lo + (h - static_cast<double>(k)) * (hi - lo));
    first = nth + 1;
  }
  return out;
}

void plain_loop_e7(benchmark::State& state) {
  const double z = 1.6448536269514722;
  const double mu_m = (std::log(9.0) + std::log(12.0)) / 2, s_m = (std::log(12.0) - std::log(9.0)) / (2 * z);
  const double mu_g = (std::log(1.5) + std::log(2.5)) / 2, s_g = (std::log(2.5) - std::log(1.5)) / (2 * z);
  std::uint64_t seed = 1;
  double mean = 0;
  std::vector<double> q;
  for (auto _ : state) {
    std::mt19937_64 rng(seed++);
    std::lognormal_distribution<double> lead(mu_m, s_m);
    std::lognormal_distribution<double> gap(mu_g, s_g);
    std::vector<double> ratio(draws);
    double sum = 0;
    for (auto& r : ratio) {
      const double m = lead(rng);
      const double g = gap(rng);
      r = std::pow(4.0, m / 12) * g;
      sum += r;
    }
    mean = sum / static_cast<double>(draws);
    q = plain_percentiles(ratio, {5.0, 50.0, 95.0});
    benchmark::DoNotOptimize(mean);
    benchmark::DoNotOptimize(q.data());
  }
  report(state, mean, q);
}
BENCHMARK(plain_loop_e7)->Unit(benchmark::kMillisecond);

// The parts of curveshift_e7, to see where its time goes.
void curveshift_draws_only(benchmark::State& state) {
  std::uint64_t seed = 1;
  for (auto _ : state) {
    curveshift::monte_carlo mc{draws, seed++};
    auto a = mc.between(9, 12);
    auto b = mc.between(1.5, 2.5);
    benchmark::DoNotOptimize(a.begin());
    benchmark::DoNotOptimize(b.begin());
  }
}
BENCHMARK(curveshift_draws_only)->Unit(benchmark::kMillisecond);

void curveshift_percentiles_only(benchmark::State& state) {
  curveshift::monte_carlo mc{draws, 7};
  const auto x = mc.between(1.5, 2.5);
  for (auto _ : state) {
    auto q = x.percentiles({5.0, 50.0, 95.0});
    benchmark::DoNotOptimize(q.data());
  }
}
BENCHMARK(curveshift_percentiles_only)->Unit(benchmark::kMillisecond);

// The two kernels under the draws, per path: e^(a + b x) over 1M values in
// place, and 1M standard normals from four interleaved streams. The x86
// vector paths exist only with g++ or clang++ on x86-64; where the CPU lacks
// AVX2 its benchmarks report an error instead of a time.
#ifdef CURVESHIFT_X86_SIMD
// Path 0: SSE2, 1: AVX2, 2: AVX2 with FMA (what exp_affine_array picks where it can).
template <int Path>
void exp_array(benchmark::State& state) {
  if ((Path == 1 && !curveshift::detail::cpu_has_avx2()) || (Path == 2 && !curveshift::detail::cpu_has_avx2_fma())) {
    state.SkipWithError("no AVX2 (or FMA) on this CPU");
    return;
  }
  std::vector<double> x(draws);
  curveshift::random_engine e(3);
  for (auto& v : x) v = curveshift::standard_normal(e);
  std::vector<double> y(draws);
  for (auto _ : state) {
    const bool ok = Path == 2   ? curveshift::detail::exp_affine_array_fma(x.data(), y.data(), draws, 2.0, 0.1)
                    : Path == 1 ? curveshift::detail::exp_affine_array_avx2(x.data(), y.data(), draws, 2.0, 0.1)
                                : curveshift::detail::exp_affine_array_sse2(x.data(), y.data(), draws, 2.0, 0.1);
    benchmark::DoNotOptimize(ok);
    benchmark::DoNotOptimize(y.data());
  }
}
BENCHMARK(exp_array<0>)->Name("exp_1M_sse2")->Unit(benchmark::kMillisecond);
BENCHMARK(exp_array<1>)->Name("exp_1M_avx2")->Unit(benchmark::kMillisecond);
BENCHMARK(exp_array<2>)->Name("exp_1M_avx2_fma")->Unit(benchmark::kMillisecond);

template <bool Avx2>
void normals(benchmark::State& state) {
  if (Avx2 && !curveshift::detail::cpu_has_avx2()) {
    state.SkipWithError("no AVX2 on this CPU");
    return;
  }
  curveshift::random_engine e(5);
  curveshift::engine_lanes lanes = curveshift::split_lanes(e);
  std::vector<double> z(draws);
  for (auto _ : state) {
    if (Avx2) {
      curveshift::detail::standard_normals_avx2(lanes, z.data(), draws);
    } else {
      curveshift::detail::standard_normals_scalar(lanes, z.data(), draws);
    }
    benchmark::DoNotOptimize(z.data());
  }
}
BENCHMARK(normals<false>)->Name("normals_1M_scalar")->Unit(benchmark::kMillisecond);
BENCHMARK(normals<true>)->Name("normals_1M_avx2")->Unit(benchmark::kMillisecond);
#endif

}  // namespace

BENCHMARK_MAIN();
