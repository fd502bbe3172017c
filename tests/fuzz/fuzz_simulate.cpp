// libFuzzer target: the engine and simulate at the edges of their sizes, with
// adversarial models (issue 24). The input picks a draw count (small, just
// past max_simulated_draws or monte_carlo::max_draws, or near SIZE_MAX), a
// block size, a thread count and a model: one that draws, one that raises
// from a block, one that returns the wrong number of draws or a constant,
// one whose arithmetic overflows. simulate must return a summary whose
// count is the draws asked for, with finite moments, or raise
// curveshift::error; never crash, hang, terminate or hand out NaN.
#include <cstddef>
#include <cstdint>
#include <limits>

#include <curveshift/uncertainty/simulation.hpp>

#include "fuzz_doubles.hpp"

namespace {

using namespace curveshift;
using fuzz::answer;
using fuzz::bug;
using fuzz::check_finite;

constexpr std::size_t size_max = std::numeric_limits<std::size_t>::max();

std::size_t draw_count(std::uint8_t kind, std::uint16_t k) {
  switch (kind % 6) {
    case 0: return k % 4096;                              // small, zero included
    case 1: return max_simulated_draws + 1 + k;           // just past simulate's limit
    case 2: return monte_carlo::max_draws + 1 + (k % 8);  // just past the engine's
    case 3: return size_max - k;                          // where a count wraps
    case 4: return std::size_t{1} + k % 64;
    default: return (std::size_t{1} << 20) / (1 + k % 64);  // a few blocks of a large model
  }
}

std::size_t block_size(std::uint8_t kind, std::uint16_t k) {
  switch (kind % 4) {
    case 0: return 0;  // no draws per block: an error
    case 1: return 1 + k % 512;
    case 2: return size_max - k;
    default: return std::size_t{1} << 16;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 8) return 0;
  const std::uint16_t k = static_cast<std::uint16_t>(data[1] | (data[2] << 8));
  const std::size_t draws = draw_count(data[0], k);
  const std::size_t block = block_size(data[3], k);
  const unsigned threads = data[4] % 9;  // 0: every core
  const std::uint8_t model = data[5];
  const std::size_t fail_block = data[6];
  fuzz::doubles in{data + 7, size - 7};
  const double lo = in.next();
  const double hi = in.next();

  // The engine alone: past its limit it raises before allocating anything.
  if (data[0] % 6 == 2) {
    answer([&] {
      monte_carlo mc(draws, 1);
      bug("monte_carlo took more than max_draws", static_cast<double>(draws));
    });
    return 0;
  }

  answer([&] {
    std::size_t calls = 0;
    const auto s = simulate(
        draws, 7,
        [&](monte_carlo& mc) -> samples<double> {
          ++calls;
          switch (model % 6) {
            case 0: return mc.between(lo, hi);  // bounds of any bit pattern: draws or an error
            case 1: {
              if (calls > fail_block) return mc.between(-1, -2);  // an error from a later block
              return mc.uniform(0, 1);
            }
            case 2: return monte_carlo(mc.size() + 1, 1).uniform(0, 1);  // one draw too many: an error
            case 3: return mc.point(lo);  // a constant: every draw the same value
            case 4: {
              // Products that overflow to inf: the summary must not hand it out as a moment.
              const auto a = mc.uniform(1e300, 1.5e300);
              const auto b = mc.uniform(1e300, 1.5e300);
              return a * b;
            }
            default: {
              const auto a = mc.normal(0, 1);
              const auto b = mc.stream("b").normal(0, 1);
              return a + b;
            }
          }
        },
        {.block = block, .threads = threads});
    if (s.count() != draws) bug("simulate summarised another number of draws", static_cast<double>(s.count()));
    check_finite(s.mean(), "simulate's mean");
    check_finite(s.stddev(), "simulate's sd");
    check_finite(s.quantile(0.5), "simulate's median");
  });
  return 0;
}
