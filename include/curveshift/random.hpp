// curveshift/random.hpp: the random engine behind samples<T>, and its
// uniform and normal draws.
//
// Why not <random>: std::normal_distribution is specified by its output
// distribution only, so libstdc++, libc++ and MSVC give different draws for
// one seed, and its polar method costs a log and a sqrt per pair. A Monte
// Carlo estimate in the essay should read the same on every machine, and a
// million draws should cost milliseconds. So the engine (xoshiro256++,
// seeded through splitmix64, after Blackman and Vigna 2018) and the normal
// generator (the ziggurat of Marsaglia and Tsang 2000) are written here; both
// are integer arithmetic plus a table, identical across standard libraries.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>

#include "curveshift/detail/math.hpp"

namespace curveshift {

namespace detail {

/// splitmix64 (Steele, Lea and Flood 2014): spreads one seed word into
/// well-mixed state words, so seeds 0, 1, 2 give unrelated streams.
constexpr std::uint64_t splitmix64(std::uint64_t& state) {
  state += 0x9e3779b97f4a7c15ULL;
  std::uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace detail

/// A small, fast, seedable engine: xoshiro256++ (256 bits of state, period
/// 2^256 - 1). The same seed gives the same stream on every platform. It is a
/// UniformRandomBitGenerator, so <random> distributions accept it too.
class random_engine {
 public:
  using result_type = std::uint64_t;

  constexpr explicit random_engine(std::uint64_t seed = 0) {
    std::uint64_t sm = seed;
    for (auto& word : s_) word = detail::splitmix64(sm);
    // splitmix64 is a bijection of a counter, so four outputs are never all
    // zero (the one state xoshiro cannot leave).
  }

  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

  /// The next 64 random bits.
  constexpr result_type operator()() {
    const std::uint64_t out = detail::rotl(s_[0] + s_[3], 23) + s_[0];
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = detail::rotl(s_[3], 45);
    return out;
  }

  friend constexpr bool operator==(const random_engine&, const random_engine&) = default;

 private:
  std::array<std::uint64_t, 4> s_{};
};

/// A uniform double in [0, 1): the top 53 bits of one draw, so every value
/// is a multiple of 2^-53 and all are equally likely.
constexpr double uniform01(random_engine& engine) {
  return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

namespace detail {

// ---- the ziggurat ------------------------------------------------------------
// The density f(x) = exp(-x^2 / 2) (unnormalised) is covered by 256 layers of
// equal area v: layer 0 is the rectangle [0, v / f(r)) x [0, f(r)) plus the
// tail beyond r; layer i >= 1 spans x in [0, x_i) between heights f(x_i) and
// f(x_{i+1}). A draw picks a layer and a point in it; inside the rectangle
// that lies wholly under the curve (|x| < x_{i+1}), about 99% of draws, it
// is accepted with one integer compare. r solves the condition that the top
// layer closes at x = 0 (computed with 40-digit arithmetic; mpmath bisection).

inline constexpr std::size_t zig_layers = 256;
inline constexpr wide zig_r = 3.65415288536100877164543L;
inline constexpr wide zig_v = 0.004928673233974655347361775L;

constexpr wide zig_f(wide x) { return const_exp(-x * x / 2); }

constexpr wide zig_sqrt(wide x) {
  if (x <= 0) return 0;
  wide g = x > 1 ? x : 1;
  for (int i = 0; i < 200; ++i) {
    const wide next = (g + x / g) / 2;
    if (next == g) break;
    g = next;
  }
  return g;
}

struct ziggurat_table {
  // x[i]: the right edge of layer i; x[256] = 0.
  std::array<double, zig_layers + 1> x{};
  // f[i] = f(x[i]); f[256] = 1.
  std::array<double, zig_layers + 1> f{};
  // width[i] = x[i] / 2^53: a 53-bit integer u maps to u * width[i] in [0, x[i]).
  std::array<double, zig_layers> width{};
  // accept[i]: u < accept[i] means u * width[i] < x[i + 1], wholly under the curve.
  std::array<std::uint64_t, zig_layers> accept{};
};

constexpr ziggurat_table make_ziggurat() {
  ziggurat_table t;
  std::array<wide, zig_layers + 1> x{};
  x[0] = zig_v / zig_f(zig_r);
  x[1] = zig_r;
  for (std::size_t i = 1; i < zig_layers - 1; ++i) {
    // Equal areas: x_i (f(x_{i+1}) - f(x_i)) = v.
    const wide y = zig_f(x[i]) + zig_v / x[i];
    x[i + 1] = zig_sqrt(-2 * const_log(y));
  }
  x[zig_layers] = 0;
  constexpr wide two53 = 9007199254740992.0L;
  for (std::size_t i = 0; i <= zig_layers; ++i) {
    t.x[i] = static_cast<double>(x[i]);
    t.f[i] = static_cast<double>(i == zig_layers ? 1.0L : zig_f(x[i]));
  }
  for (std::size_t i = 0; i < zig_layers; ++i) {
    t.width[i] = static_cast<double>(x[i] / two53);
    t.accept[i] = static_cast<std::uint64_t>(x[i + 1] / x[i] * two53);
  }
  return t;
}

inline constexpr ziggurat_table ziggurat = make_ziggurat();

// The rare paths (about 1.2% of draws) kept out of line, so the common path
// inlines into the caller's loop as a handful of instructions.
[[gnu::noinline]] inline double normal_slow(random_engine& engine, std::uint64_t bits) {
  for (;;) {
    const std::size_t layer = static_cast<std::size_t>(bits & 0xff);
    const bool negative = (bits >> 8) & 1;
    const std::uint64_t u = bits >> 11;
    const double x = static_cast<double>(u) * ziggurat.width[layer];
    if (u < ziggurat.accept[layer]) return negative ? -x : x;
    if (layer == 0) {
      // The tail beyond r (Marsaglia 1964): with a = -ln(U1) / r and
      // b = -ln(U2), accept r + a when 2b > a^2.
      for (;;) {
        const double a = -std::log(1.0 - uniform01(engine)) / static_cast<double>(zig_r);
        const double b = -std::log(1.0 - uniform01(engine));
        if (b + b > a * a) {
          const double tail = static_cast<double>(zig_r) + a;
          return negative ? -tail : tail;
        }
      }
    }
    // The wedge between the rectangle and the curve: accept under f.
    const double y = ziggurat.f[layer] + uniform01(engine) * (ziggurat.f[layer + 1] - ziggurat.f[layer]);
    if (y < std::exp(-0.5 * x * x)) return negative ? -x : x;
    bits = engine();
  }
}

}  // namespace detail

/// A standard normal draw (mean 0, standard deviation 1), by the ziggurat.
inline double standard_normal(random_engine& engine) {
  const std::uint64_t bits = engine();
  const std::size_t layer = static_cast<std::size_t>(bits & 0xff);
  const std::uint64_t u = bits >> 11;
  if (u < detail::ziggurat.accept[layer]) [[likely]] {
    const double x = static_cast<double>(u) * detail::ziggurat.width[layer];
    // Bit 8 is the sign, moved to the sign bit: a branch here would be
    // mispredicted on half the draws.
    return std::bit_cast<double>(std::bit_cast<std::uint64_t>(x) ^ ((bits & 0x100) << 55));
  }
  return detail::normal_slow(engine, bits);
}

/// n standard normal draws into out: the same values as n calls of
/// standard_normal, faster. The engine's state stays in registers through the
/// loop: only the rare slow path (about 1.2% of draws) works on a copy in
/// memory, since a call that takes the engine's address would otherwise keep
/// the state in memory for every draw.
inline void standard_normals(random_engine& engine, double* out, std::size_t n) {
  random_engine e = engine;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t bits = e();
    const std::size_t layer = static_cast<std::size_t>(bits & 0xff);
    const std::uint64_t u = bits >> 11;
    if (u < detail::ziggurat.accept[layer]) [[likely]] {
      const double x = static_cast<double>(u) * detail::ziggurat.width[layer];
      out[i] = std::bit_cast<double>(std::bit_cast<std::uint64_t>(x) ^ ((bits & 0x100) << 55));
    } else {
      random_engine slow = e;
      out[i] = detail::normal_slow(slow, bits);
      e = slow;
    }
  }
  engine = e;
}

}  // namespace curveshift
