// curveshift/detail/fast_exp.hpp: e^x for a million draws at a time.
//
// Why: a lognormal draw is one exp, and a trend over a sampled span is one
// more, so exp is most of the cost of a Monte Carlo model. std::exp is a call
// per value that no compiler vectorises; this one is branch-free arithmetic,
// which exp_affine_array runs on 4 values at once (AVX2, chosen at run time
// with __builtin_cpu_supports) or 2 (SSE2, every x86-64 CPU), written with
// GNU vector types; elsewhere one at a time. Where the CPU also has FMA, the
// 4-wide path uses fused multiply-adds, about 1.35x faster, written
// explicitly so g++ and clang++ give the same bits. Reproducibility, then: a
// seed gives the same bits on every run and with either compiler on one
// machine; between an FMA machine and another, an exp may differ in its last
// bit (both within 2 ulp), so a Monte Carlo summary agrees to about 1e-15
// relative. The paths without FMA all give exp_kernel's bits.
//
// Method: x = k ln2 + r with |r| <= ln2/2 (ln2 split in two parts, Cody and
// Waite, so r is nearly exact); e^r by its Taylor polynomial of degree 13
// (truncation below 5e-18, far under an ulp), evaluated by Estrin's scheme; 2^k built straight into the
// exponent bits. Only +, *, shifts and one integer add: the same bits on
// every standard library, within 2 ulp of the true value (1.45 ulp at most over 2e7 test points;
// std::exp 0.51).
#pragma once

#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace curveshift::detail {

// The reduction's constants, shared by every path. Adding 1.5 * 2^52 rounds
// x / ln2 to the nearest integer k and leaves k in the low bits of the sum's
// mantissa; ln2 = hi + lo, hi with 32 significant bits so k * hi is exact for
// |k| < 2^21.
inline constexpr double exp_shifter = 6755399441055744.0;  // 1.5 * 2^52
inline constexpr double exp_inv_ln2 = 1.4426950408889634074;
inline constexpr double exp_ln2_hi = 0.693147180369123816490;
inline constexpr double exp_ln2_lo = 1.90821492927058770002e-10;

/// exp_kernel's reduction and polynomial, for a double or a GNU vector of
/// doubles: one body, so the scalar and SIMD paths, which must give the same
/// bits, cannot drift apart. Sets p = e^r and kd, whose low bits hold k,
/// with x = k ln2 + r. (Out-parameters, not a return: a 4-wide vector
/// returned by value from a function not compiled for AVX changes the ABI.)
template <class V>
[[gnu::always_inline]] inline void exp_reduced(const V& x, V& kd, V& p) {
  kd = x * exp_inv_ln2 + exp_shifter;
  const V kf = kd - exp_shifter;
  const V r = (x - kf * exp_ln2_hi) - kf * exp_ln2_lo;
  // Estrin's scheme: pairs, then pairs of pairs, so the dependency chain is 4
  // multiply-adds deep instead of Horner's 13 and the CPU overlaps more draws.
  const V r2 = r * r;
  const V r4 = r2 * r2;
  const V r8 = r4 * r4;
  const V p23 = 1.0 / 2 + r * (1.0 / 6);
  const V p45 = 1.0 / 24 + r * (1.0 / 120);
  const V p67 = 1.0 / 720 + r * (1.0 / 5040);
  const V p89 = 1.0 / 40320 + r * (1.0 / 362880);
  const V p1011 = 1.0 / 3628800 + r * (1.0 / 39916800);
  const V p1213 = 1.0 / 479001600 + r * (1.0 / 6227020800);
  const V q0 = r + r2 * p23;  // the 1 is added last, to a small sum, to keep its bits
  const V q1 = p45 + r2 * p67;
  const V q2 = p89 + r2 * p1011;
  p = 1.0 + ((q0 + r4 * q1) + r8 * (q2 + r4 * p1213));
}

/// e^x for |x| < 700 (the caller checks the range); see the file comment.
inline double exp_kernel(double x) {
  double kd;
  double p;
  exp_reduced(x, kd, p);
  // 2^k: the low 12 bits of kd's pattern are k (mod 4096); k + 1023, shifted
  // into the exponent field, is 2^k for |k| <= 1010.
  const std::uint64_t scale = (std::bit_cast<std::uint64_t>(kd) + 1023) << 52;
  return p * std::bit_cast<double>(scale);
}

/// e^x, any x: the kernel inside |x| < 700, std::exp (inf or 0) outside.
inline double fast_exp(double x) {
  if (x > -700.0 && x < 700.0) [[likely]] return exp_kernel(x);
  return std::exp(x);
}

/// Whether an exp's result is usable: finite and > 0 (no overflow to inf,
/// no underflow to 0).
inline bool exp_result_ok(double r) { return r > 0 && r <= std::numeric_limits<double>::max(); }

/// fast_exp of a + b in[i] for i in [from, n), one value at a time: the
/// portable path, and the last n % lanes values after the vector kernels.
/// True when every result is usable.
inline bool exp_affine_each(const double* in, double* out, std::size_t from, std::size_t n, double a, double b) {
  bool ok = true;
  for (std::size_t i = from; i < n; ++i) {
    out[i] = fast_exp(a + b * in[i]);
    ok &= exp_result_ok(out[i]);
  }
  return ok;
}

// Define CURVESHIFT_NO_SIMD to build the portable paths alone (the tests
// do, to check them on x86 too).
#if !defined(CURVESHIFT_NO_SIMD) && (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#define CURVESHIFT_X86_SIMD 1

// ---- SIMD: the same arithmetic on 2 (SSE2) or 4 (AVX2) values at once --------
// GNU vector types (g++ and clang++ both); the operations, constants and their
// order are exactly exp_kernel's, with no fused multiply-add (these paths are
// compiled for "avx2" alone, not "fma"), so they give exp_kernel's bits. The
// FMA path below is the exception, by design.

// A vector's bits as another vector type of the same size are written
// __builtin_bit_cast(To, v): what a GNU C-style vector cast does, spelled so
// that users' -Wold-style-cast has nothing to say (a helper function would
// return a 4-wide vector by value, which changes the ABI outside AVX code).
typedef double exp_v2 __attribute__((vector_size(16)));
typedef double exp_v4 __attribute__((vector_size(32)));

/// exp_kernel on each lane of x, in place (|x| < 700 per lane, checked by the caller).
template <class V>
[[gnu::always_inline]] inline void exp_kernel_lanes(V& x) {
  typedef std::uint64_t U __attribute__((vector_size(sizeof(V))));
  V kd;
  V p;
  exp_reduced(x, kd, p);
  const U scale = (__builtin_bit_cast(U, kd) + 1023) << 52;
  x = p * __builtin_bit_cast(V, scale);
}

/// The in-range test of exp_affine_lanes: a lane outside (-700, 700), or a
/// NaN, gives 0. One mask bit per lane (movmskpd), in a register.
inline int inside_bits(const exp_v2& x) {
  return __builtin_ia32_movmskpd(__builtin_bit_cast(exp_v2, (x > -700.0) & (x < 700.0)));
}
[[gnu::target("avx2")]] inline int inside_bits(const exp_v4& x) {
  return __builtin_ia32_movmskpd256(__builtin_bit_cast(exp_v4, (x > -700.0) & (x < 700.0)));
}

/// fast_exp of a vector's lanes (a + b in[i], computed), one at a time: a
/// vector with a lane out of the kernels' range. True when every result is usable.
template <class V>
[[gnu::always_inline]] inline bool exp_lanes_each(const V& x, double* out) {
  bool ok = true;
  for (std::size_t l = 0; l < sizeof(V) / sizeof(double); ++l) {
    out[l] = fast_exp(x[l]);
    ok &= exp_result_ok(out[l]);
  }
  return ok;
}

/// exp_affine_array's loop over vectors of type V in one pass: each vector
/// of a + b in[i] goes through exp_kernel_lanes, and is stored when all its
/// lanes were in range; otherwise its values go through fast_exp.
template <class V>
[[gnu::always_inline]] inline bool exp_affine_lanes(const double* in, double* out, std::size_t n, double a,
                                                    double b, int all_inside_bits) {
  constexpr std::size_t lanes = sizeof(V) / sizeof(double);
  bool ok = true;
  std::size_t i = 0;
  for (; i + lanes <= n; i += lanes) {
    V x;
    __builtin_memcpy(&x, in + i, sizeof(V));
    x = a + b * x;
    V y = x;
    exp_kernel_lanes(y);
    if (inside_bits(x) == all_inside_bits) [[likely]] {
      __builtin_memcpy(out + i, &y, sizeof(V));
    } else {
      ok &= exp_lanes_each(x, out + i);
    }
  }
  return exp_affine_each(in, out, i, n, a, b) && ok;
}

/// The SSE2 path (every x86-64 CPU).
inline bool exp_affine_array_sse2(const double* in, double* out, std::size_t n, double a, double b) {
  return exp_affine_lanes<exp_v2>(in, out, n, a, b, 0x3);
}

/// The AVX2 path without FMA: call only when cpu_has_avx2(). The same bits
/// as the SSE2 path and exp_kernel (the tests compare them).
[[gnu::target("avx2")]] inline bool exp_affine_array_avx2(const double* in, double* out, std::size_t n, double a,
                                                          double b) {
  return exp_affine_lanes<exp_v4>(in, out, n, a, b, 0xf);
}

/// a b + c in one rounding, four lanes (vfmadd); every multiply-add of the
/// FMA kernel is written with it, so no compiler contracts the kernel its
/// own way and g++ and clang++ give the same bits.
[[gnu::target("avx2,fma"), gnu::always_inline]] inline exp_v4 fma4(exp_v4 a, exp_v4 b, exp_v4 c) {
  return __builtin_ia32_vfmaddpd256(a, b, c);
}

/// exp_kernel's method with fused multiply-adds (fewer operations, each
/// multiply-add rounded once): within 2 ulp like exp_kernel, but its last bit
/// can differ from it.
[[gnu::target("avx2,fma"), gnu::always_inline]] inline exp_v4 exp_kernel_fma(exp_v4 x) {
  typedef std::uint64_t U __attribute__((vector_size(32)));
  const exp_v4 zero = {};
  const exp_v4 kd = fma4(x, (zero + exp_inv_ln2), (zero + exp_shifter));
  const exp_v4 kf = kd - exp_shifter;
  const exp_v4 r = fma4(-kf, (zero + exp_ln2_lo), fma4(-kf, (zero + exp_ln2_hi), x));
  const exp_v4 r2 = r * r;
  const exp_v4 r4 = r2 * r2;
  const exp_v4 r8 = r4 * r4;
  const exp_v4 p23 = fma4(r, (zero + 1.0 / 6), (zero + 1.0 / 2));
  const exp_v4 p45 = fma4(r, (zero + 1.0 / 120), (zero + 1.0 / 24));
  const exp_v4 p67 = fma4(r, (zero + 1.0 / 5040), (zero + 1.0 / 720));
  const exp_v4 p89 = fma4(r, (zero + 1.0 / 362880), (zero + 1.0 / 40320));
  const exp_v4 p1011 = fma4(r, (zero + 1.0 / 39916800), (zero + 1.0 / 3628800));
  const exp_v4 p1213 = fma4(r, (zero + 1.0 / 6227020800), (zero + 1.0 / 479001600));
  const exp_v4 q0 = fma4(r2, p23, r);
  const exp_v4 q1 = fma4(r2, p67, p45);
  const exp_v4 q2 = fma4(r2, p1011, p89);
  const exp_v4 p = 1.0 + fma4(r8, fma4(r4, p1213, q2), fma4(r4, q1, q0));
  const U scale = (__builtin_bit_cast(U, kd) + 1023) << 52;
  return p * __builtin_bit_cast(exp_v4, scale);
}

/// The AVX2 path with FMA, the fastest (about 1.35x the AVX2 path): call
/// only when cpu_has_avx2_fma(). Out-of-range vectors and the last n % 4
/// values go through fast_exp.
[[gnu::target("avx2,fma")]] inline bool exp_affine_array_fma(const double* in, double* out, std::size_t n, double a,
                                                             double b) {
  const exp_v4 zero = {};
  const exp_v4 va = zero + a;
  const exp_v4 vb = zero + b;
  bool ok = true;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    exp_v4 x;
    __builtin_memcpy(&x, in + i, sizeof x);
    x = fma4(vb, x, va);
    const exp_v4 y = exp_kernel_fma(x);
    if (inside_bits(x) == 0xf) [[likely]] {
      __builtin_memcpy(out + i, &y, sizeof y);
    } else {
      ok &= exp_lanes_each(x, out + i);
    }
  }
  return exp_affine_each(in, out, i, n, a, b) && ok;
}

/// Whether this CPU (and its operating system) runs AVX2 code; asked once.
inline bool cpu_has_avx2() {
  static const bool has = __builtin_cpu_supports("avx2") != 0;
  return has;
}

/// Whether it runs AVX2 and FMA code; asked once.
inline bool cpu_has_avx2_fma() {
  static const bool has = __builtin_cpu_supports("avx2") != 0 && __builtin_cpu_supports("fma") != 0;
  return has;
}
#endif

/// out[i] = e^(a + b in[i]) for i < n (out may be in). Returns false when a
/// result is not a finite positive number (overflow, or underflow to 0).
/// On x86 with g++ or clang++ it runs 4 values at a time where the CPU has
/// AVX2 (with FMA where it has that too), else 2 (SSE2); see the file comment
/// for the bits.
inline bool exp_affine_array(const double* in, double* out, std::size_t n, double a, double b) {
#ifdef CURVESHIFT_X86_SIMD
  if (cpu_has_avx2_fma()) return exp_affine_array_fma(in, out, n, a, b);
  if (cpu_has_avx2()) return exp_affine_array_avx2(in, out, n, a, b);
  return exp_affine_array_sse2(in, out, n, a, b);
#else
  return exp_affine_each(in, out, 0, n, a, b);
#endif
}

}  // namespace curveshift::detail
