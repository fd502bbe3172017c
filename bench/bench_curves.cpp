// Scaling curves: evaluation and inversion through the typed API against the
// raw-double formula (pairs timed pass against pass, bench/paired.hpp; the
// target: typed at most 1.05x raw), logistic and Chinchilla evaluation, and
// 1e6-point fits: log-linear (closed form, one pass), and the iterative fits
// that estimate a power law's floor and a logistic's floor and ceiling (a
// grid start on a 512-point subsample, then one pass per Levenberg-Marquardt
// iteration, one exp per point per pass).
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <curveshift/curveshift.hpp>
#include <curveshift/fit.hpp>

#include "curve_passes.hpp"
#include "paired.hpp"

using namespace curveshift;

namespace {

using curveshift_bench::curve_count;
using curveshift_bench::opaque;
using curveshift_bench::raw_spends;

// The pairs, named <typed side>_vs_<raw side> for run_all.sh, timed pass
// against pass (bench/paired.hpp).
#define CURVESHIFT_BENCH_PAIR(curve, typed_side, raw_side)                                             \
  void curve##_##typed_side##_vs_##raw_side(benchmark::State& state) {                                 \
    curveshift_bench::paired(state, curveshift_bench::curve##_##typed_side,                            \
                             curveshift_bench::curve##_##raw_side, curve_count);                       \
  }                                                                                                    \
  BENCHMARK(curve##_##typed_side##_vs_##raw_side);
CURVESHIFT_BENCH_PAIR(log_linear_score_at, typed_values, raw)
CURVESHIFT_BENCH_PAIR(log_linear_cost_for, typed_values, raw)
CURVESHIFT_BENCH_PAIR(log_linear_cost_for, typed_values, raw_checked)
CURVESHIFT_BENCH_PAIR(logistic_score_at, typed_values, raw)

void logistic_cost_for_typed(benchmark::State& state) {
  const logistic curve{percent(opaque(0)), percent(opaque(100)), usd(opaque(1e6)), opaque(std::log(9.0))};
  std::vector<score<>> targets;
  for (std::size_t i = 0; i < curve_count; ++i) targets.push_back(score<>::from_share((static_cast<double>(i) + 0.5) / curve_count));
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t j = i++ & (curve_count - 1);
    const score<> s = targets[j];
    const money<> x = curve.cost_for(s);
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(logistic_cost_for_typed);

void chinchilla_loss_at(benchmark::State& state) {
  const chinchilla c{loss{opaque(1.69)}, opaque(406.4), opaque(410.7), opaque(0.34), opaque(0.28)};
  const auto& xs = raw_spends();  // reused as parameter counts, 1e5..1e9
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t j = i++ & (curve_count - 1);
    double n = xs[j] * 100;
    const loss<> l = c.loss_at(parameters(n), tokens(20 * n));
    benchmark::DoNotOptimize(l);
  }
}
BENCHMARK(chinchilla_loss_at);

void chinchilla_compute_optimal(benchmark::State& state) {
  const chinchilla c{loss{opaque(1.69)}, opaque(406.4), opaque(410.7), opaque(0.34), opaque(0.28)};
  const auto& xs = raw_spends();
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t j = i++ & (curve_count - 1);
    compute<> budget = flop(xs[j] * 1e15);
    const allocation<> a = c.compute_optimal(budget);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(chinchilla_compute_optimal);

void fit_log_linear_1e6(benchmark::State& state) {
  std::vector<curve_point<money<>, score<>>> data;
  const std::size_t n = 1'000'000;
  data.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double u = 5.5 + 2.5 * static_cast<double>(i) / n;
    // A deterministic wiggle of +-1 point around the coding curve.
    const double pct = 20.0 + 20.0 * (u - 6.0) + std::sin(static_cast<double>(i));
    data.push_back({usd(std::pow(10.0, u)), percent(pct)});
  }
  for (auto _ : state) {
    const auto fit = fit_log_linear(data);
    benchmark::DoNotOptimize(fit);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n));
}
BENCHMARK(fit_log_linear_1e6)->Unit(benchmark::kMillisecond);

void fit_power_law_fitted_floor_1e6(benchmark::State& state) {
  std::vector<curve_point<compute<>, loss<>>> data;
  const std::size_t n = 1'000'000;
  data.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double x = std::pow(10.0, 18.0 + 6.0 * static_cast<double>(i) / n);
    // Hoffmann et al.'s parameter term, L = 1.69 + 406.4 / x^0.34 (x read as
    // FLOP here), with a deterministic wiggle of +-0.01 nats.
    data.push_back({flop(x), loss{1.69 + 406.4 / std::pow(x / 1e12, 0.34) + 0.01 * std::sin(static_cast<double>(i))}});
  }
  for (auto _ : state) {
    const auto fit = fit_power_law(data, fitted_floor);
    benchmark::DoNotOptimize(fit);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n));
}
BENCHMARK(fit_power_law_fitted_floor_1e6)->Unit(benchmark::kMillisecond);

void fit_logistic_bounds_1e6(benchmark::State& state) {
  std::vector<curve_point<money<>, score<>>> data;
  const std::size_t n = 1'000'000;
  data.reserve(n);
  const logistic truth{percent(10), percent(90), million_usd(1), std::log(9.0)};
  for (std::size_t i = 0; i < n; ++i) {
    const auto spend = usd(std::pow(10.0, 4.0 + 4.0 * static_cast<double>(i) / n));
    // A deterministic wiggle of +-1 point, kept inside 0..100%.
    data.push_back({spend, percent(truth.score_at(spend).in_percent() + std::sin(static_cast<double>(i)))});
  }
  for (auto _ : state) {
    const auto fit = fit_logistic(data);
    benchmark::DoNotOptimize(fit);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n));
}
BENCHMARK(fit_logistic_bounds_1e6)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
