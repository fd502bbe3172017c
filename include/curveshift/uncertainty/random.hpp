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
// are integer arithmetic plus a table, identical across standard libraries
// (the ziggurat's rare slow path uses fast_exp, and std::log only for the
// tail beyond 3.65, about 3 draws in 10,000).
// Many draws at once (standard_normals) come from four interleaved streams,
// so that an AVX2 CPU makes four at a time; the scalar path makes the same
// draws in the same order.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include "curveshift/detail/fast_exp.hpp"
#include "curveshift/detail/math.hpp"

namespace curveshift {

class random_engine;

namespace detail {
/// For the library's vectorised draws: an engine's four state words.
struct engine_state {
  static constexpr std::array<std::uint64_t, 4>& of(random_engine& e);
};
}  // namespace detail

namespace detail {

/// FNV-1a, 64 bits (Fowler, Noll and Vo; the offset basis and prime of the
/// FNV reference): the hash of a stream's name (monte_carlo::stream).
constexpr std::uint64_t fnv1a64(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return hash;
}

/// splitmix64 (Steele, Lea and Flood 2014): spreads one seed word into
/// well-mixed state words, so seeds 0, 1, 2 give unrelated streams.
constexpr std::uint64_t splitmix64(std::uint64_t& state) {
  state += 0x9e3779b97f4a7c15ULL;
  std::uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/// The seed of an engine derived from `seed` and a key (a block's number, a
/// stream's name hash): splitmix64 of the seed and the key times the golden
/// ratio, so derived engines are unrelated to each other and to their parent.
constexpr std::uint64_t derived_seed(std::uint64_t seed, std::uint64_t key) {
  std::uint64_t state = seed ^ (0x9e3779b97f4a7c15ULL * key);
  return splitmix64(state);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace detail

/// A small, fast, seedable engine: xoshiro256++ (256 bits of state, period
/// 2^256 - 1). The same seed gives the same stream on every platform. It is a
/// UniformRandomBitGenerator, so the distributions of `<random>` accept it too.
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
  friend struct detail::engine_state;

 private:
  std::array<std::uint64_t, 4> s_{};
};

constexpr std::array<std::uint64_t, 4>& detail::engine_state::of(random_engine& e) { return e.s_; }

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
    if (detail::equal(next, g)) break;
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
    // fast_exp: no library call, and the same bits with every standard library.
    if (y < fast_exp(-0.5 * x * x)) return negative ? -x : x;
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

namespace detail {

/// standard_normal for an engine held in a local variable: the rare slow
/// path (about 1.2% of draws) works on a copy in memory, so the caller's
/// engine never has its address taken and its state stays in registers for
/// the common path (else every draw would load and store the state).
[[gnu::always_inline]] inline double standard_normal_local(random_engine& e) {
  const std::uint64_t bits = e();
  const std::size_t layer = static_cast<std::size_t>(bits & 0xff);
  const std::uint64_t u = bits >> 11;
  if (u < ziggurat.accept[layer]) [[likely]] {
    const double x = static_cast<double>(u) * ziggurat.width[layer];
    return std::bit_cast<double>(std::bit_cast<std::uint64_t>(x) ^ ((bits & 0x100) << 55));
  }
  random_engine slow = e;
  const double x = normal_slow(slow, bits);
  e = slow;
  return x;
}

}  // namespace detail

/// Four engines drawn in turn: draw i of a set comes from engine i % 4. Four
/// independent streams let a CPU make four draws at once (see standard_normals).
using engine_lanes = std::array<random_engine, 4>;

/// Four engines for a run of draws, seeded from four outputs of `engine`.
/// (splitmix64 seeding makes the four streams unrelated; with a period of
/// 2^256 - 1 they do not overlap in any feasible run.)
inline engine_lanes split_lanes(random_engine& engine) {
  engine_lanes lanes;
  for (auto& lane : lanes) lane = random_engine(engine());
  return lanes;
}

namespace detail {

/// standard_normals, one draw at a time: the reference for the vector path.
inline void standard_normals_scalar(engine_lanes& lanes, double* out, std::size_t n) {
  random_engine e0 = lanes[0];
  random_engine e1 = lanes[1];
  random_engine e2 = lanes[2];
  random_engine e3 = lanes[3];
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    out[i] = standard_normal_local(e0);
    out[i + 1] = standard_normal_local(e1);
    out[i + 2] = standard_normal_local(e2);
    out[i + 3] = standard_normal_local(e3);
  }
  if (i < n) out[i++] = standard_normal_local(e0);
  if (i < n) out[i++] = standard_normal_local(e1);
  if (i < n) out[i++] = standard_normal_local(e2);
  lanes = {e0, e1, e2, e3};
}

#ifdef CURVESHIFT_X86_SIMD
typedef std::uint64_t lanes_u4 __attribute__((vector_size(32)));
typedef std::int64_t lanes_i4 __attribute__((vector_size(32)));
typedef double lanes_d4 __attribute__((vector_size(32)));

/// standard_normals with the four engines in AVX2 registers, one lane each:
/// the same integer steps and the same one multiply per draw as the scalar
/// path, so the same bits. A lane that misses the fast path takes the scalar
/// slow path with its own engine.
/// The lanes of a vector step that missed the ziggurat's fast path, each
/// through normal_slow with its own engine; words[w][l] is state word w of
/// lane l, read and written back.
[[gnu::noinline]] inline void normals_slow_lanes(engine_lanes& lanes, std::uint64_t (&words)[4][4],
                                                 const std::int64_t (&fast)[4], const std::uint64_t (&bits)[4],
                                                 double* out) {
  for (std::size_t l = 0; l < 4; ++l) {
    if (fast[l] != 0) continue;
    auto& state = engine_state::of(lanes[l]);
    for (std::size_t w = 0; w < 4; ++w) state[w] = words[w][l];
    out[l] = normal_slow(lanes[l], bits[l]);
    for (std::size_t w = 0; w < 4; ++w) words[w][l] = state[w];
  }
}

[[gnu::target("avx2"), gnu::always_inline]] inline void to_vector(const std::uint64_t (&w)[4], lanes_u4& v) {
  v = lanes_u4{w[0], w[1], w[2], w[3]};
}
[[gnu::target("avx2"), gnu::always_inline]] inline void to_words(const lanes_u4& v, std::uint64_t (&w)[4]) {
  w[0] = v[0];
  w[1] = v[1];
  w[2] = v[2];
  w[3] = v[3];
}

[[gnu::target("avx2")]] inline void standard_normals_avx2(engine_lanes& lanes, double* out, std::size_t n) {
  // words[w][l]: state word w of lane l. The four state vectors s0..s3 are
  // named values, never indexed at run time nor captured, so they stay in
  // registers; only the rare slow path goes through memory.
  std::uint64_t words[4][4];
  for (std::size_t l = 0; l < 4; ++l) {
    for (std::size_t w = 0; w < 4; ++w) words[w][l] = engine_state::of(lanes[l])[w];
  }
  // Whole-vector reads and writes with constant lane numbers only: taking a
  // vector's address (memcpy) would make g++ keep it in memory.
  lanes_u4 s0, s1, s2, s3;
  to_vector(words[0], s0);
  to_vector(words[1], s1);
  to_vector(words[2], s2);
  to_vector(words[3], s3);
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    // xoshiro256++ on four streams (random_engine::operator()).
    const lanes_u4 sum = s0 + s3;
    const lanes_u4 bits = ((sum << 23) | (sum >> 41)) + s0;
    const lanes_u4 t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 45) | (s3 >> 19);
    // The ziggurat's fast path (standard_normal).
    const lanes_u4 layer = bits & 0xff;
    const lanes_u4 u = bits >> 11;
    const lanes_i4 accept = {static_cast<std::int64_t>(ziggurat.accept[layer[0]]),
                             static_cast<std::int64_t>(ziggurat.accept[layer[1]]),
                             static_cast<std::int64_t>(ziggurat.accept[layer[2]]),
                             static_cast<std::int64_t>(ziggurat.accept[layer[3]])};
    const lanes_d4 width = {ziggurat.width[layer[0]], ziggurat.width[layer[1]], ziggurat.width[layer[2]],
                            ziggurat.width[layer[3]]};
    // u (< 2^53) as a double, exactly, without a 64-bit conversion
    // instruction: the high 21 and low 32 bits each placed in a double's
    // mantissa by its exponent bits, then added (every step is exact).
    const lanes_u4 hi = (u >> 32) | 0x4530000000000000ULL;            // 2^84 + hi 2^32
    const lanes_u4 lo = (u & 0xffffffffULL) | 0x4330000000000000ULL;  // 2^52 + lo
    const lanes_d4 ud = (__builtin_bit_cast(lanes_d4, hi) - 19342813118337666422669312.0) + __builtin_bit_cast(lanes_d4, lo);  // minus 2^84 + 2^52
    const lanes_d4 x = __builtin_bit_cast(lanes_d4, __builtin_bit_cast(lanes_u4, ud * width) ^ ((bits & 0x100) << 55));
    const lanes_i4 fast = __builtin_bit_cast(lanes_i4, u) < accept;
    out[i] = x[0];
    out[i + 1] = x[1];
    out[i + 2] = x[2];
    out[i + 3] = x[3];
    if (__builtin_ia32_movmskpd256(__builtin_bit_cast(lanes_d4, fast)) != 0xf) [[unlikely]] {
      const std::int64_t fast_lane[4] = {fast[0], fast[1], fast[2], fast[3]};
      const std::uint64_t bits_lane[4] = {bits[0], bits[1], bits[2], bits[3]};
      to_words(s0, words[0]);
      to_words(s1, words[1]);
      to_words(s2, words[2]);
      to_words(s3, words[3]);
      normals_slow_lanes(lanes, words, fast_lane, bits_lane, out + i);
      to_vector(words[0], s0);
      to_vector(words[1], s1);
      to_vector(words[2], s2);
      to_vector(words[3], s3);
    }
  }
  to_words(s0, words[0]);
  to_words(s1, words[1]);
  to_words(s2, words[2]);
  to_words(s3, words[3]);
  for (std::size_t l = 0; l < 4; ++l) {
    for (std::size_t w = 0; w < 4; ++w) engine_state::of(lanes[l])[w] = words[w][l];
  }
  for (std::size_t l = 0; i < n; ++i, ++l) out[i] = standard_normal(lanes[l]);
}
#endif

}  // namespace detail

/// n standard normal draws into out, draw i from lanes[i % 4]: four
/// interleaved streams, so that four draws are made at once (AVX2, chosen at
/// run time on x86; the bits are the same on every path). A run of n draws
/// leaves each engine as if its share of draws had been made one by one, so
/// a run split into pieces whose sizes are multiples of 4 gives the same draws.
inline void standard_normals(engine_lanes& lanes, double* out, std::size_t n) {
#ifdef CURVESHIFT_X86_SIMD
  if (detail::cpu_has_avx2()) return detail::standard_normals_avx2(lanes, out, n);
#endif
  detail::standard_normals_scalar(lanes, out, n);
}

}  // namespace curveshift
