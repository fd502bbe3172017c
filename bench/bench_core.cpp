// bench/bench_core.cpp: the typed API against the same arithmetic on raw doubles.
//
// The promise: quantities, multipliers and trends cost nothing at run time.
// Each pair below computes one essay model both ways over the same 4096
// inputs (bench/chain_inputs.hpp); bench/run_all.sh reads the medians of a
// run with interleaved repetitions and prints typed / raw against the bar
// (<= 1.05). The typed side also checks every input and intermediate result
// (a range test and a predictable branch each), which is part of what is
// measured; <model>_raw_checked is raw doubles with the checks a careful
// hand-written model makes (each input and the result, once), so typed /
// raw_checked is the cost of the types and the library's extra checks alone.
// Models: the curve-free chain (spend x multiplier x trend), E7 (a cost after
// the trend and the quality gap) and E2 (the coding curve shifted by a
// multiplier and the trend, inverted at a target score). Each comes as
// <model>_typed (typed values built from the doubles inside the loop) and
// <model>_typed_values (typed values made once, as a model holds them)
// against <model>_raw and <model>_raw_seconds (the span in seconds, as
// time_span holds it) respectively.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <curveshift/curves/log_linear.hpp>
#include <curveshift/essay.hpp>
#include <curveshift/multiplier.hpp>
#include <curveshift/quantity.hpp>
#include <curveshift/score.hpp>
#include <curveshift/trend.hpp>

#include "chain_inputs.hpp"

namespace {

using namespace curveshift;
using curveshift_bench::chain_size;

const curveshift_bench::chain_inputs inputs = curveshift_bench::make_chain_inputs();

// ---- The curve-free chain: spend x compute multiplier x trend over a span ----
// "the shift in the curve ... is maybe ~4x/year": what a spend is worth, in
// effective dollars, after a compute multiplier and some months of the trend.

void chain_typed(benchmark::State& state) {
  const trend<> cost = essay::cost_trend;
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const money<> effective = usd(inputs.spend[i]) * multiplier{inputs.cm[i]} * cost.over(months(inputs.span_months[i]));
      benchmark::DoNotOptimize(effective.base_value());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(chain_typed);

// The same chain on typed values: a model holds money, multipliers and spans,
// made (and checked) once where they enter, as the raw side holds doubles.
// What is timed is the arithmetic and the checks on each result.
struct typed_chain_inputs {
  std::vector<money<>> spend;
  std::vector<multiplier<>> cm;
  std::vector<time_span<>> span;
  std::vector<score<>> target;
};

const typed_chain_inputs typed_inputs = [] {
  typed_chain_inputs t;
  for (std::size_t i = 0; i < chain_size; ++i) {
    t.spend.push_back(usd(inputs.spend[i]));
    t.cm.push_back(multiplier{inputs.cm[i]});
    t.span.push_back(months(inputs.span_months[i]));
    t.target.push_back(score<>::from_share(inputs.target_share[i]));
  }
  return t;
}();

// The raw side of the "values" pairs: the span in seconds, as time_span holds it.
const std::vector<double> span_seconds = [] {
  std::vector<double> v(chain_size);
  for (std::size_t i = 0; i < chain_size; ++i) v[i] = inputs.span_months[i] * 2629746.0;
  return v;
}();

void chain_typed_values(benchmark::State& state) {
  const trend<> cost = essay::cost_trend;
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const money<> effective = typed_inputs.spend[i] * typed_inputs.cm[i] * cost.over(typed_inputs.span[i]);
      benchmark::DoNotOptimize(effective.base_value());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(chain_typed_values);

// Raw doubles on the span in seconds, as the typed values hold it.
void chain_raw_seconds(benchmark::State& state) {
  const double rate = std::log(4.0);
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double effective = inputs.spend[i] * inputs.cm[i] * std::exp(rate * (span_seconds[i] / 31556952.0));
      benchmark::DoNotOptimize(effective);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(chain_raw_seconds);

void chain_raw(benchmark::State& state) {
  const double rate = std::log(4.0);  // 4x/year as a continuous rate
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double effective = inputs.spend[i] * inputs.cm[i] * std::exp(rate * inputs.span_months[i] / 12.0);
      benchmark::DoNotOptimize(effective);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(chain_raw);

void chain_raw_checked(benchmark::State& state) {
  using curveshift_bench::raw_check;
  using curveshift_bench::raw_max;
  const double rate = std::log(4.0);
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double spend = inputs.spend[i];
      const double cm = inputs.cm[i];
      const double span = inputs.span_months[i];
      raw_check(spend >= 0 && spend <= raw_max, "spend");
      raw_check(cm > 0 && cm <= raw_max, "multiplier");
      raw_check(span >= -raw_max && span <= raw_max, "span");
      const double effective = spend * cm * std::exp(rate * span / 12.0);
      raw_check(effective <= raw_max, "result");
      benchmark::DoNotOptimize(effective);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(chain_raw_checked);

// ---- E7: the expected cost of a model trained some months after Sonnet ----
// "we'd expect a model 3-4x cheaper than 3.5 Sonnet/GPT-4o around now ...
// worse ... by ~2x on the scaling curve": the cost falls by the trend over the
// lead and by the 2x quality gap (9 months: 2.83x x 2 = 5.66x cheaper).

void e7_typed(benchmark::State& state) {
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const money<> expected =
          usd(inputs.spend[i]) / (essay::cost_trend.over(months(inputs.span_months[i])) * essay::v3_quality_gap);
      benchmark::DoNotOptimize(expected.base_value());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(e7_typed);

void e7_raw(benchmark::State& state) {
  const double rate = std::log(4.0);
  const double quality_gap = 2.0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double expected = inputs.spend[i] / (std::exp(rate * inputs.span_months[i] / 12.0) * quality_gap);
      benchmark::DoNotOptimize(expected);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(e7_raw);

void e7_raw_checked(benchmark::State& state) {
  using curveshift_bench::raw_check;
  using curveshift_bench::raw_max;
  const double rate = std::log(4.0);
  const double quality_gap = 2.0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double cost = inputs.spend[i];
      const double lead = inputs.span_months[i];
      raw_check(cost >= 0 && cost <= raw_max, "cost");
      raw_check(lead >= -raw_max && lead <= raw_max, "lead");
      const double fall = std::exp(rate * lead / 12.0) * quality_gap;
      raw_check(fall > 0 && fall <= raw_max, "fall");
      const double expected = cost / fall;
      raw_check(expected <= raw_max, "result");
      benchmark::DoNotOptimize(expected);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(e7_raw_checked);

// ---- E2: the cost of a target score on the coding curve, shifted ----
// "a 2x compute multiplier ... 40% on a coding task for $5M instead of $10M":
// the essay's curve (20% at $1M, +20 points per decade) shifted by a compute
// multiplier and by the 4x/year trend over a span, then inverted at a target
// score. What log_linear computes (curves/log_linear.hpp): shifted_by(m)
// divides the reference ($1M) by m; cost_for(s) is that reference times
// 10^((s - level) / (per_decade / 100)), with std::pow(10, x) for 10^x
// (detail/math.hpp); trend::over(span) is exp(span in seconds x rate / year).
// The raw side below writes exactly that arithmetic on doubles.

void e2_typed(benchmark::State& state) {
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const money<> cost = essay::coding_curve
                               .shifted_by(multiplier{inputs.cm[i]} * essay::cost_trend.over(months(inputs.span_months[i])))
                               .cost_for(score<>::from_share(inputs.target_share[i]));
      benchmark::DoNotOptimize(cost.base_value());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(e2_typed);

void e2_raw(benchmark::State& state) {
  const double rate = std::log(4.0);
  const double level = 0.2, share_per_decade = 0.2, reference = 1e6;
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double shifted_reference = reference / (inputs.cm[i] * std::exp(rate * inputs.span_months[i] / 12.0));
      const double cost = shifted_reference * std::pow(10.0, (inputs.target_share[i] - level) / share_per_decade);
      benchmark::DoNotOptimize(cost);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(e2_raw);

void e2_raw_checked(benchmark::State& state) {
  using curveshift_bench::raw_check;
  using curveshift_bench::raw_max;
  const double rate = std::log(4.0);
  const double level = 0.2, share_per_decade = 0.2, reference = 1e6;
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double cm = inputs.cm[i];
      const double span = inputs.span_months[i];
      const double target = inputs.target_share[i];
      raw_check(cm > 0 && cm <= raw_max, "multiplier");
      raw_check(span >= -raw_max && span <= raw_max, "span");
      raw_check(target >= 0 && target <= 1, "target");
      const double shifted_reference = reference / (cm * std::exp(rate * span / 12.0));
      const double cost = shifted_reference * std::pow(10.0, (target - level) / share_per_decade);
      raw_check(cost <= raw_max, "result");
      benchmark::DoNotOptimize(cost);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(e2_raw_checked);

// E2 on typed values made once, as a model holds them (see chain_typed_values).
void e2_typed_values(benchmark::State& state) {
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const money<> cost = essay::coding_curve.shifted_by(typed_inputs.cm[i] * essay::cost_trend.over(typed_inputs.span[i]))
                               .cost_for(typed_inputs.target[i]);
      benchmark::DoNotOptimize(cost.base_value());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(e2_typed_values);

// Raw doubles on the span in seconds, the same operations in the same order
// as the library: x = seconds x (rate / seconds per year), exp, the product
// with the multiplier, the reference over it, 10^decades.
void e2_raw_seconds(benchmark::State& state) {
  const double rate_per_second = std::log(4.0) / 31556952.0;
  const double level = 0.2, share_per_decade = 0.2, reference = 1e6;
  for (auto _ : state) {
    for (std::size_t i = 0; i < chain_size; ++i) {
      const double shifted_reference = reference / (inputs.cm[i] * std::exp(span_seconds[i] * rate_per_second));
      const double cost = shifted_reference * std::pow(10.0, (inputs.target_share[i] - level) / share_per_decade);
      benchmark::DoNotOptimize(cost);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(chain_size));
}
BENCHMARK(e2_raw_seconds);

}  // namespace

BENCHMARK_MAIN();
