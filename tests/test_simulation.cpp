// simulate and streaming_summary: the same answer on any number of threads,
// the same as the model run in memory, quantiles within the stated error.
#include <cmath>
#include <stdexcept>
#include <vector>

#include "catch.hpp"
#include "curveshift/curveshift.hpp"
#include "curveshift/uncertainty/monte_carlo.hpp"
#include "curveshift/uncertainty/simulation.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
// E7 as a model of one monte_carlo: the cost ratio at 4x/year over a 9-12 month
// lead, times a 1.5-2.5x gap (both 90% intervals of lognormals).
multiplier<samples<double>> e7(monte_carlo& mc) {
  // One draw per statement: as arguments of one call, their order would be the compiler's.
  const auto lead = months(mc.between(9, 12));
  const auto gap = multiplier(mc.between(1.5, 2.5));
  return essay::expected_cost_ratio(lead, essay::cost_trend, gap);
}
}  // namespace

TEST_CASE("streaming_summary keeps moments exactly and quantiles within its relative error", "[simulation]") {
  monte_carlo mc{200'000, 21};
  const auto x = mc.between(2, 8);
  streaming_summary s;  // relative error 0.001
  s.add(x);
  CHECK(s.count() == x.size());
  CHECK(s.mean() == Approx(x.mean()).epsilon(1e-12));
  CHECK(s.stddev() == Approx(x.stddev()).epsilon(1e-9));
  CHECK(s.min() == *std::min_element(x.begin(), x.end()));
  CHECK(s.max() == *std::max_element(x.begin(), x.end()));
  // Each quantile within 0.1% of the draw at its rank (adjacent order statistics at
  // 200,000 draws differ by far less than that).
  for (const double p : {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
    CHECK(s.quantile(p) == Approx(x.percentile(100 * p)).epsilon(0.0011));
  }
  CHECK(s.quantile(0) == s.min());
  CHECK(s.quantile(1) == s.max());
  CHECK(s.probability_above(4.0) == Approx(probability_above(x, 4.0)).margin(0.002));
  // Bounded memory: draws spanning 2x-8x-ish need ln(range) / ln(1.002) buckets, a few thousand at most.
  CHECK(s.buckets() < 5'000);
  // Negative values, zeros and merging: -3, 0, 0, 5 in two halves.
  streaming_summary a;
  a.add(-3);
  a.add(0);
  streaming_summary b;
  b.add(0);
  b.add(5);
  a.merge(b);
  CHECK(a.count() == 4);
  CHECK(a.mean() == Approx(0.5));
  // Sample variance of -3, 0, 0, 5: mean 0.5; squares 12.25 + 0.25 + 0.25 + 20.25 = 33 over 3 = 11.
  CHECK(a.stddev() == Approx(std::sqrt(11.0)));
  CHECK(a.quantile(0.5) == 0);
  CHECK(a.quantile(0.0) == -3);
  CHECK(a.median() == 0);
  // The quantile is the draw at rank floor(p (n - 1)): of 1, 2, 3, 4 the 5th, 50th and 95th
  // percentiles are the draws at ranks 0, 1 and 2; the sd is sqrt(5 / 3) = 1.29.
  streaming_summary four;
  for (const double v : {4.0, 2.0, 3.0, 1.0}) four.add(v);
  CHECK(to_string(four) == "median 2 (90% CI 1-3), mean 2.5, sd 1.29, 4 draws");
}

TEST_CASE("simulate gives the same answer on any number of threads", "[simulation]") {
  const simulation_options one{.block = 1 << 15, .threads = 1};
  const simulation_options two{.block = 1 << 15, .threads = 2};
  const simulation_options three{.block = 1 << 15, .threads = 3};
  const auto s1 = simulate(300'000, 2025, e7, one);
  const auto s2 = simulate(300'000, 2025, e7, two);
  const auto s3 = simulate(300'000, 2025, e7, three);
  CHECK(s1.count() == 300'000);
  for (const auto* s : {&s2, &s3}) {
    CHECK(s->mean() == s1.mean());
    CHECK(s->stddev() == s1.stddev());
    CHECK(s->quantile(0.05) == s1.quantile(0.05));
    CHECK(s->quantile(0.95) == s1.quantile(0.95));
  }
  // Another seed, another answer.
  CHECK_FALSE(simulate(300'000, 2026, e7, one).mean() == s1.mean());
}

TEST_CASE("simulate is the model run in memory, block by block", "[simulation]") {
  // One block of 100,000: the block draws from an engine seeded with block_seed(seed, 0).
  const auto streamed = simulate(100'000, 7, e7, {.block = 100'000, .threads = 1});
  monte_carlo mc{100'000, detail::block_seed(7, 0)};
  const auto in_memory = e7(mc);
  CHECK(streamed.mean() == Approx(in_memory.value().mean()).epsilon(1e-12));
  CHECK(streamed.quantile(0.5) == Approx(quantile(in_memory, 0.5)).epsilon(0.0011));
  // The E7 answer: the essay's 5.66-8x sits inside the draws' 90% interval (example 05: median about 6.7x).
  CHECK(streamed.quantile(0.5) > 5.66);
  CHECK(streamed.quantile(0.5) < 8.0);
  // A model that returns a constant stands for every draw.
  const auto constant = simulate(1000, 1, [](monte_carlo&) { return samples<double>(4.0); }, {.block = 300});
  CHECK(constant.count() == 1000);
  CHECK(constant.mean() == 4.0);
}

TEST_CASE("bad input to simulate and streaming_summary raises curveshift::error", "[simulation][bad-input]") {
  CHECK_THROWS_WITH(simulate(0, 1, e7), ContainsSubstring("simulate") && ContainsSubstring("draws = 0"));
  CHECK_THROWS_WITH(simulate(10, 1, e7, {.block = 0}), ContainsSubstring("simulate") && ContainsSubstring("options.block = 0"));
  CHECK_THROWS_WITH(simulate(10, 1, e7, {.relative_error = 0.5}),
                    ContainsSubstring("streaming_summary") && ContainsSubstring("relative_error = 0.5"));
  const auto wrong_size = [](monte_carlo&) {
    monte_carlo other{3, 1};
    return other.between(1, 2);
  };
  CHECK_THROWS_WITH(simulate(100, 1, wrong_size, {.block = 10, .threads = 2}),
                    ContainsSubstring("simulate") && ContainsSubstring("model output size = 3"));
  // An error inside the model comes back out, whichever thread met it.
  const auto failing = [](monte_carlo& mc) { return mc.between(2, 1); };
  CHECK_THROWS_WITH(simulate(100, 1, failing, {.block = 10, .threads = 2}), ContainsSubstring("monte_carlo::between"));
  streaming_summary s;
  CHECK_THROWS_WITH(s.mean(), ContainsSubstring("streaming_summary::mean") && ContainsSubstring("count = 0"));
  CHECK_THROWS_WITH(s.quantile(0.5), ContainsSubstring("streaming_summary::quantile"));
  CHECK_THROWS_WITH(s.add(std::nan("")), ContainsSubstring("streaming_summary::add") && ContainsSubstring("v = nan"));
  s.add(1);
  CHECK_THROWS_WITH(s.quantile(-0.1), ContainsSubstring("p = -0.1"));
  CHECK_THROWS_WITH(s.probability_above(INFINITY), ContainsSubstring("x = inf"));
  streaming_summary coarse(0.01);
  CHECK_THROWS_WITH(s.merge(coarse), ContainsSubstring("streaming_summary::merge") && ContainsSubstring("relative_error = 0.01"));
  CHECK_THROWS_WITH(streaming_summary(0.0), ContainsSubstring("relative_error = 0"));
  CHECK_THROWS_WITH(to_string(s, digits{40}), ContainsSubstring("to_string(streaming_summary)"));
}

TEST_CASE("simulate's limits: sizes near SIZE_MAX raise, and memory does not grow with the blocks", "[simulation][bad-input][limits]") {
  // (SIZE_MAX + block - 1) / block wrapped to 0 blocks and returned an empty summary.
  CHECK_THROWS_WITH(simulate(static_cast<std::size_t>(-1), 1, e7),
                    ContainsSubstring("simulate") && ContainsSubstring("draws = 18446744073709551615") &&
                        ContainsSubstring("at most 2^53"));
  CHECK_THROWS_WITH(simulate(max_simulated_draws + 1, 1, e7), ContainsSubstring("draws = 9007199254740993"));
  // Many more blocks than threads, merged in order as they finish: the same
  // bits as one thread, with 3 threads racing over 200 blocks of 500.
  const auto a = simulate(100'000, 3, e7, {.block = 500, .threads = 1});
  const auto b = simulate(100'000, 3, e7, {.block = 500, .threads = 3});
  CHECK(a.count() == 100'000);
  CHECK(a.mean() == b.mean());
  CHECK(a.stddev() == b.stddev());
  CHECK(a.quantile(0.5) == b.quantile(0.5));
  // A failing block among many stops every thread and comes back out.
  const auto late_failure = [](monte_carlo& mc) {
    const auto x = mc.between(1, 2);
    if (x[0] > 1.9) detail::fail("model", "x", x[0], "a draw at most 1.9");
    return x;
  };
  CHECK_THROWS_WITH(simulate(100'000, 3, late_failure, {.block = 10, .threads = 3}), ContainsSubstring("model: x = "));
}
