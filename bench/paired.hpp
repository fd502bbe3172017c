// bench/paired.hpp: a typed/raw pair timed pass against pass.
//
// Why not two benchmarks, one per side: on a shared machine the other work
// comes and goes within a repetition, so two repetitions of the same code
// differed by 6-22% in CPU time and a ratio of two benchmarks moved 0.93-1.17
// from run to run, which a 1.05 bar cannot read. Here one iteration runs one
// pass of each side, microseconds apart, alternating which goes first, and
// times each pass on its own (a pass is thousands of evaluations; a clock
// read is tens of nanoseconds), so load that slows one side slows the other
// alike. Each side's cost is its median pass: the typical pass, not the
// luckiest. Between two runs the ratio of the two medians moved by under 1%
// for most pairs and 4.5% at most, where the two-benchmark ratio had moved
// by up to 20%.
#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <vector>

namespace curveshift_bench {

namespace detail {

template <class Pass>
double timed_ns(const Pass& pass) {
  benchmark::ClobberMemory();
  const auto start = std::chrono::steady_clock::now();
  benchmark::DoNotOptimize(pass());
  const auto stop = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::nano>(stop - start).count();
}

inline double median_of(std::vector<double>& v) {
  const auto middle = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
  std::nth_element(v.begin(), middle, v.end());
  return *middle;
}

}  // namespace detail

/// Runs `typed` and `raw` (each a pass returning its summed result, over
/// `per_pass` evaluations) alternately and reports, as counters, each side's
/// median pass per evaluation (typed_ns, raw_ns) and their quotient (ratio),
/// which bench/run_all.sh judges.
template <class Typed, class Raw>
void paired(benchmark::State& state, const Typed& typed, const Raw& raw, std::size_t per_pass) {
  std::vector<double> typed_ns;
  std::vector<double> raw_ns;
  bool typed_first = true;
  for (auto _ : state) {
    if (typed_first) {
      typed_ns.push_back(detail::timed_ns(typed));
      raw_ns.push_back(detail::timed_ns(raw));
    } else {
      raw_ns.push_back(detail::timed_ns(raw));
      typed_ns.push_back(detail::timed_ns(typed));
    }
    typed_first = !typed_first;
  }
  const double n = static_cast<double>(per_pass);
  const double typed_median = detail::median_of(typed_ns) / n;
  const double raw_median = detail::median_of(raw_ns) / n;
  state.counters["typed_ns"] = typed_median;
  state.counters["raw_ns"] = raw_median;
  state.counters["ratio"] = typed_median / raw_median;
}

}  // namespace curveshift_bench
