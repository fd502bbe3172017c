// Scaling curves: evaluation and inversion through the typed API against the
// raw-double formula (pairs timed pass against pass, bench/paired.hpp; the
// target: typed at most 1.05x raw), logistic and
// Chinchilla evaluation, and 1e6-point fits: log-linear (closed form, one
// pass), and the iterative fits that estimate a power law's floor and a
// logistic's floor and ceiling (a grid start on a 512-point subsample, then
// one pass per Levenberg-Marquardt iteration, one exp per point per pass).
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <curveshift/curveshift.hpp>
#include <curveshift/fit.hpp>

#include "chain_inputs.hpp"
#include "paired.hpp"

using namespace curveshift;

namespace {

constexpr std::size_t count = 1024;  // a power of two, so the index wraps with a mask

// Parameters the compiler cannot see, so no formula folds to a constant.
// (Read through volatile rather than benchmark::DoNotOptimize on a mutable
// lvalue, whose "+m,r" constraint gcc 12 can miscompile into garbage values.)
double opaque(double v) {
  volatile double hidden = v;
  return hidden;
}

// Spends from $0.1M to $1B, fixed, so typed and raw runs see the same inputs.
const std::vector<double>& raw_spends() {
  static const std::vector<double> v = [] {
    std::vector<double> out(count);
    for (std::size_t i = 0; i < count; ++i) out[i] = 1e5 * std::pow(10.0, 4.0 * static_cast<double>(i) / count);
    return out;
  }();
  return v;
}
const std::vector<money<>>& typed_spends() {
  static const std::vector<money<>> v = [] {
    std::vector<money<>> out;
    for (double x : raw_spends()) out.push_back(usd(x));
    return out;
  }();
  return v;
}
// Scores from 0% to 100%.
const std::vector<double>& raw_shares() {
  static const std::vector<double> v = [] {
    std::vector<double> out(count);
    for (std::size_t i = 0; i < count; ++i) out[i] = static_cast<double>(i) / count;
    return out;
  }();
  return v;
}
const std::vector<score<>>& typed_scores() {
  static const std::vector<score<>> v = [] {
    std::vector<score<>> out;
    for (double s : raw_shares()) out.push_back(score<>::from_share(s));
    return out;
  }();
  return v;
}

// The typed/raw pairs. Both sides hold the curve's parameters the same way
// (objects at namespace scope, made from values the compiler cannot see) and
// do the same work per iteration: the curve at all 1024 inputs, summed, the
// sum read once. (Holding the typed curve in a local let g++ keep its fields
// in registers and spill them around every log10 call, which timed the
// register allocator, not the library.)
struct raw_log_linear {
  double level, share_per_decade, reference;
};
const raw_log_linear raw_line{opaque(0.2), opaque(0.2), opaque(1e6)};
const log_linear typed_line{score<>::from_share(opaque(0.2)), usd(opaque(1e6)), points{opaque(20.0)}};
struct raw_logistic {
  double floor, range, midpoint, steepness;
};
const raw_logistic raw_s_curve{opaque(0.1), opaque(0.8), opaque(1e6), opaque(std::log(9.0))};
const logistic typed_s_curve{percent(opaque(10)), percent(opaque(90)), usd(opaque(1e6)), opaque(std::log(9.0))};

// Each side is a pass: the curve at all 1024 inputs, summed, the sum read once.
double log_linear_score_at_typed_values() {
  double total = 0;
  for (const money<>& x : typed_spends()) total += typed_line.score_at(x).share();
  return total;
}
double log_linear_score_at_raw() {
  double total = 0;
  for (const double x : raw_spends()) total += raw_line.level + raw_line.share_per_decade * std::log10(x / raw_line.reference);
  return total;
}
double log_linear_cost_for_typed_values() {
  money<> total = usd(0);
  for (const score<>& s : typed_scores()) total = total + typed_line.cost_for(s);
  return total.base_value();  // the read, once per pass
}
double log_linear_cost_for_raw() {
  double total = 0;
  for (const double s : raw_shares()) {
    total += raw_line.reference * std::pow(10.0, (s - raw_line.level) / raw_line.share_per_decade);
  }
  return total;
}
// cost_for must refuse a curve that does not rise (one predicted branch per
// call); the raw formula above checks nothing. This raw side checks the same
// thing each call, so its pair shows what the types cost beyond the check.
double log_linear_cost_for_raw_checked() {
  double total = 0;
  for (const double s : raw_shares()) {
    curveshift_bench::raw_check(raw_line.share_per_decade > 0, "share_per_decade");
    total += raw_line.reference * std::pow(10.0, (s - raw_line.level) / raw_line.share_per_decade);
  }
  return total;
}
double logistic_score_at_typed_values() {
  double total = 0;
  for (const money<>& x : typed_spends()) total += typed_s_curve.score_at(x).share();
  return total;
}
double logistic_score_at_raw() {
  double total = 0;
  for (const double x : raw_spends()) {
    total += raw_s_curve.floor +
             raw_s_curve.range / (1.0 + std::exp(-raw_s_curve.steepness * std::log10(x / raw_s_curve.midpoint)));
  }
  return total;
}

// The pairs, named <typed side>_vs_<raw side> for run_all.sh, timed pass
// against pass (bench/paired.hpp).
#define CURVESHIFT_BENCH_PAIR(curve, typed_side, raw_side)                                  \
  void curve##_##typed_side##_vs_##raw_side(benchmark::State& state) {                      \
    curveshift_bench::paired(state, curve##_##typed_side, curve##_##raw_side, count);       \
  }                                                                                         \
  BENCHMARK(curve##_##typed_side##_vs_##raw_side);
CURVESHIFT_BENCH_PAIR(log_linear_score_at, typed_values, raw)
CURVESHIFT_BENCH_PAIR(log_linear_cost_for, typed_values, raw)
CURVESHIFT_BENCH_PAIR(log_linear_cost_for, typed_values, raw_checked)
CURVESHIFT_BENCH_PAIR(logistic_score_at, typed_values, raw)

void logistic_cost_for_typed(benchmark::State& state) {
  const logistic curve{percent(opaque(0)), percent(opaque(100)), usd(opaque(1e6)), opaque(std::log(9.0))};
  std::vector<score<>> targets;
  for (std::size_t i = 0; i < count; ++i) targets.push_back(score<>::from_share((static_cast<double>(i) + 0.5) / count));
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t j = i++ & (count - 1);
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
    const std::size_t j = i++ & (count - 1);
    double n = xs[j] * 100;
    const loss<> l = c.loss_at(n, 20 * n);
    benchmark::DoNotOptimize(l);
  }
}
BENCHMARK(chinchilla_loss_at);

void chinchilla_compute_optimal(benchmark::State& state) {
  const chinchilla c{loss{opaque(1.69)}, opaque(406.4), opaque(410.7), opaque(0.34), opaque(0.28)};
  const auto& xs = raw_spends();
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t j = i++ & (count - 1);
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
