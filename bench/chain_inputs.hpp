// bench/chain_inputs.hpp: the inputs the zero-overhead benchmarks share.
//
// Why arrays: a model evaluated on constants is folded away by the compiler,
// for the typed and the raw side alike, and the benchmark would time nothing.
// Each pass walks 4096 different inputs, read from memory the compiler cannot
// see into, so both sides do every multiply, every exp and (typed) every check.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace curveshift_bench {

inline constexpr std::size_t chain_size = 4096;

/// Inputs of the essay-sized models: spends of $1M..$100M, multipliers of
/// 1.1x..10x, spans of 1..24 months, target scores (shares) of 20%..80% (on
/// the essay's coding curve, $1M..$1B before the shift).
struct chain_inputs {
  std::array<double, chain_size> spend{};
  std::array<double, chain_size> cm{};
  std::array<double, chain_size> span_months{};
  std::array<double, chain_size> target_share{};
};

/// Deterministic, spread-out inputs from a 64-bit LCG (Knuth's MMIX constants):
/// the same numbers on every run, so runs and machines compare.
inline chain_inputs make_chain_inputs() {
  chain_inputs in;
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  auto unit = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<double>(state >> 11) * 0x1.0p-53;  // [0, 1)
  };
  for (std::size_t i = 0; i < chain_size; ++i) {
    in.spend[i] = 1e6 + unit() * 99e6;
    in.cm[i] = 1.1 + unit() * 8.9;
    in.span_months[i] = 1.0 + unit() * 23.0;
  }
  // The targets from a stream of their own, so the inputs above stay the
  // numbers earlier runs measured.
  std::uint64_t target_state = 0xD1B54A32D192ED03ull;
  for (std::size_t i = 0; i < chain_size; ++i) {
    target_state = target_state * 6364136223846793005ull + 1442695040888963407ull;
    in.target_share[i] = 0.2 + static_cast<double>(target_state >> 11) * 0x1.0p-53 * 0.6;
  }
  return in;
}

}  // namespace curveshift_bench

#include <limits>
#include <stdexcept>

namespace curveshift_bench {

/// The raw side with the guarantees a careful hand-written model gives, for
/// the "same guarantees" comparison: each input checked once (spend >= 0, a
/// multiplier > 0, a finite span) and the result checked once (no overflow),
/// one range test each, failures thrown from a cold function.
[[noreturn, gnu::cold, gnu::noinline]] inline void raw_fail(const char* what) { throw std::invalid_argument(what); }

inline constexpr double raw_max = std::numeric_limits<double>::max();

inline void raw_check(bool ok, const char* what) {
  if (!ok) [[unlikely]] {
    raw_fail(what);
  }
}

}  // namespace curveshift_bench
