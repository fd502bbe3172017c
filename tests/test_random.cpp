// random_engine, uniform01, standard_normal and the fast exp behind samples<T>.
#include <curveshift/detail/fast_exp.hpp>
#include <curveshift/uncertainty/random.hpp>

#include <cmath>
#include <concepts>
#include <limits>
#include <random>
#include <vector>

#include "catch.hpp"

using namespace curveshift;

namespace {
constexpr double infinity_v() { return std::numeric_limits<double>::infinity(); }
// Whether exp_affine_array takes the FMA path on this machine.
bool fma_path() {
#ifdef CURVESHIFT_X86_SIMD
  return detail::cpu_has_avx2_fma();
#else
  return false;
#endif
}
}  // namespace

static_assert(std::uniform_random_bit_generator<random_engine>);

TEST_CASE("the same seed gives the same stream; different seeds differ", "[random]") {
  random_engine a(2025);
  random_engine b(2025);
  random_engine c(2026);
  bool all_same = true;
  bool any_same_as_c = false;
  for (int i = 0; i < 1000; ++i) {
    const auto x = a();
    all_same = all_same && x == b();
    any_same_as_c = any_same_as_c || x == c();
  }
  CHECK(all_same);
  CHECK_FALSE(any_same_as_c);
  CHECK(a == b);
  // Seed 0 is a valid seed (splitmix64 never gives the all-zero state).
  random_engine zero(0);
  CHECK(zero() != zero());
}

TEST_CASE("uniform01 is uniform on the unit interval, 1 excluded", "[random]") {
  // n = 1e6 uniforms: mean 1/2 with standard error sqrt(1/12)/1000 = 2.9e-4;
  // share below 0.1 is 0.1 with standard error sqrt(0.09)/1000 = 3e-4. Bounds are ~5 SE.
  random_engine e(7);
  const int n = 1'000'000;
  double sum = 0;
  int below = 0;
  double lo = 1;
  double hi = 0;
  for (int i = 0; i < n; ++i) {
    const double u = uniform01(e);
    sum += u;
    below += u < 0.1 ? 1 : 0;
    lo = std::min(lo, u);
    hi = std::max(hi, u);
  }
  CHECK(sum / n == Approx(0.5).margin(1.5e-3));
  CHECK(static_cast<double>(below) / n == Approx(0.1).margin(1.5e-3));
  CHECK(lo >= 0.0);
  CHECK(hi < 1.0);
}

TEST_CASE("standard_normal has the normal's moments, body and tails", "[random]") {
  // n = 4e6 draws. Standard errors: mean 1/2000 = 5e-4; variance sqrt(2/n) = 7.1e-4;
  // P(|z| < 1) = 0.682689 (erf(1/sqrt 2)), SE sqrt(p(1-p)/n) = 2.3e-4;
  // P(z > 3.7) = erfc(3.7/sqrt 2)/2 = 1.0780e-4: about 431 draws, all from the
  // ziggurat's tail layer, SE sqrt(431) = 21. Bounds are ~5 SE.
  random_engine e(11);
  const int n = 4'000'000;
  double sum = 0;
  double sum2 = 0;
  int inside1 = 0;
  int tail = 0;
  for (int i = 0; i < n; ++i) {
    const double z = standard_normal(e);
    sum += z;
    sum2 += z * z;
    inside1 += std::fabs(z) < 1 ? 1 : 0;
    tail += z > 3.7 ? 1 : 0;
  }
  CHECK(sum / n == Approx(0.0).margin(2.5e-3));
  CHECK(sum2 / n == Approx(1.0).margin(3.5e-3));
  CHECK(static_cast<double>(inside1) / n == Approx(0.682689).margin(1.2e-3));
  CHECK(tail == Approx(431.2).margin(105));
}

TEST_CASE("standard_normal matches std::normal_distribution within sampling error", "[random]") {
  // The same percentiles from both generators, 1e6 draws each: the 5th
  // percentile is -1.644854 with SE sqrt(.05 .95)/(1000 phi(1.645)) = 2.1e-3,
  // so two samples differ by at most ~5 sqrt(2) SE = 0.015.
  const int n = 1'000'000;
  std::vector<double> ours(n);
  std::vector<double> theirs(n);
  random_engine e(3);
  std::mt19937_64 g(3);
  std::normal_distribution<double> nd;
  for (int i = 0; i < n; ++i) {
    ours[static_cast<std::size_t>(i)] = standard_normal(e);
    theirs[static_cast<std::size_t>(i)] = nd(g);
  }
  for (const double p : {0.05, 0.5, 0.95}) {
    const auto k = static_cast<std::ptrdiff_t>(p * (n - 1));
    std::nth_element(ours.begin(), ours.begin() + k, ours.end());
    std::nth_element(theirs.begin(), theirs.begin() + k, theirs.end());
    CHECK(ours[static_cast<std::size_t>(k)] == Approx(theirs[static_cast<std::size_t>(k)]).margin(0.015));
  }
}

TEST_CASE("fast_exp agrees with std::exp to 2 ulp and defers outside its range", "[random][exp]") {
  random_engine e(5);
  std::vector<double> x(100'000);
  for (auto& v : x) v = (uniform01(e) * 2 - 1) * 690;
  std::vector<double> y(x.size());
  CHECK(detail::exp_affine_array(x.data(), y.data(), x.size(), 0.0, 1.0));
  double worst = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double ref = std::exp(x[i]);
    worst = std::max(worst, std::fabs(y[i] - ref) / ref);
    // exp_kernel's bits, except on the FMA path (x86 CPUs with AVX2 and FMA),
    // whose last bit may differ: within 2 ulp of it there.
    CHECK(std::fabs(y[i] - detail::fast_exp(x[i])) <= 4.5e-16 * y[i]);
    if (!fma_path()) CHECK(y[i] == detail::fast_exp(x[i]));
  }
  // 2 ulp of std::exp plus its own half ulp: < 3 * 2^-52 = 6.7e-16 relative.
  CHECK(worst < 6.7e-16);
  CHECK(detail::fast_exp(0.0) == 1.0);
  CHECK(detail::fast_exp(1.0) == Approx(2.718281828459045).epsilon(1e-15));
  CHECK(detail::fast_exp(-1e3) == 0.0);
  CHECK(detail::fast_exp(710.0) == std::numeric_limits<double>::infinity());
  // e^(a + b x) with an overflowing draw reports failure rather than a silent infinity.
  const double in[9] = {0, 0, 0, 0, 0, 0, 0, 0, 800};
  double out[9];
  CHECK_FALSE(detail::exp_affine_array(in, out, 9, 0.0, 1.0));
  CHECK_FALSE(detail::exp_affine_array(in, out, 8, -800.0, 1.0));  // underflow to 0 is flagged too
}


// ---- the vector paths ------------------------------------------------------------
// On x86 with g++ or clang++ the exp of a million draws runs with AVX2 and
// FMA where the CPU has both, else AVX2 or SSE2; the normal draws run on AVX2
// or one at a time. The normal paths and the exp paths without FMA give the
// same bits; the FMA path may differ in the last bit of an exp, so a seed
// gives the same draws on every run on one machine, and the same to 2 ulp on
// every machine.

TEST_CASE("exp over arrays: the SSE2 and AVX2 paths give exp_kernel's bits, the FMA path its values", "[random][exp]") {
  random_engine e(21);
  // Lengths around the blocks of 16 (tails of 0-15 values), and inputs that
  // leave the kernel's range inside a block, to take every branch.
  for (const std::size_t n : {std::size_t(0), std::size_t(1), std::size_t(15), std::size_t(16), std::size_t(17),
                              std::size_t(47), std::size_t(100'003)}) {
    std::vector<double> x(n);
    for (auto& v : x) v = (uniform01(e) * 2 - 1) * 30;
    if (n > 20) x[18] = 900;  // e^(0.5 + 2 * 900) overflows: that block goes value by value
    std::vector<double> ref(n);
    bool ref_ok = true;
    for (std::size_t i = 0; i < n; ++i) {
      ref[i] = detail::fast_exp(0.5 + 2 * x[i]);
      ref_ok = ref_ok && ref[i] > 0 && ref[i] < infinity_v();
    }
    std::vector<double> y(n);
    CHECK(detail::exp_affine_array(x.data(), y.data(), n, 0.5, 2) == ref_ok);
    if (!fma_path()) CHECK(y == ref);
#ifdef CURVESHIFT_X86_SIMD
    std::vector<double> sse2(n);
    CHECK(detail::exp_affine_array_sse2(x.data(), sse2.data(), n, 0.5, 2) == ref_ok);
    CHECK(sse2 == ref);
    if (detail::cpu_has_avx2()) {
      std::vector<double> avx2(x);  // in place, as the makers call it
      CHECK(detail::exp_affine_array_avx2(avx2.data(), avx2.data(), n, 0.5, 2) == ref_ok);
      CHECK(avx2 == ref);
    }
    if (detail::cpu_has_avx2_fma()) {
      // The FMA path rounds each multiply-add once: the same values to 2 ulp
      // (exp_kernel's own bound), not the same bits; where it runs it is
      // what exp_affine_array returns.
      std::vector<double> fma(x);
      CHECK(detail::exp_affine_array_fma(fma.data(), fma.data(), n, 0.5, 2) == ref_ok);
      bool close = true;
      for (std::size_t i = 0; i < n; ++i) {
        close = close && (ref[i] == infinity_v() ? fma[i] == infinity_v()
                                                 : std::fabs(fma[i] - ref[i]) <= 4.5e-16 * ref[i]);
      }
      CHECK(close);
      CHECK(fma == y);
    }
#endif
  }
}

TEST_CASE("standard_normals: draw i comes from engine i % 4, on every path", "[random]") {
  // The definition, by hand: four engines seeded from four outputs of one,
  // draw i is standard_normal of engine i % 4.
  random_engine seed_engine(77);
  const engine_lanes start = split_lanes(seed_engine);
  random_engine check_seed(77);
  engine_lanes expected_lanes;
  for (auto& lane : expected_lanes) lane = random_engine(check_seed());
  CHECK(start == expected_lanes);
  CHECK(seed_engine == check_seed);

  const std::size_t n = 100'003;  // ~1200 draws take the slow path; a tail of 3
  std::vector<double> ref(n);
  for (std::size_t i = 0; i < n; ++i) ref[i] = standard_normal(expected_lanes[i % 4]);

  engine_lanes lanes = start;
  std::vector<double> out(n);
  standard_normals(lanes, out.data(), n);
  CHECK(out == ref);
  CHECK(lanes == expected_lanes);

  engine_lanes scalar_lanes = start;
  std::vector<double> scalar(n);
  detail::standard_normals_scalar(scalar_lanes, scalar.data(), n);
  CHECK(scalar == ref);
  CHECK(scalar_lanes == expected_lanes);
#ifdef CURVESHIFT_X86_SIMD
  if (detail::cpu_has_avx2()) {
    engine_lanes avx2_lanes = start;
    std::vector<double> avx2(n);
    detail::standard_normals_avx2(avx2_lanes, avx2.data(), n);
    CHECK(avx2 == ref);
    CHECK(avx2_lanes == expected_lanes);
  }
#endif
  // Pieces whose sizes are multiples of 4 continue the same draws.
  engine_lanes pieces = start;
  std::vector<double> joined(n);
  standard_normals(pieces, joined.data(), 1024);
  standard_normals(pieces, joined.data() + 1024, 4);
  standard_normals(pieces, joined.data() + 1028, n - 1028);
  CHECK(joined == ref);
}

TEST_CASE("standard_normals has the normal's moments and tails", "[random]") {
  // As for standard_normal above: n = 4e6, mean SE 5e-4, variance SE 7.1e-4,
  // P(|z| < 1) = 0.682689 (SE 2.3e-4), P(z > 3.7) = 1.0780e-4 (431 draws,
  // SE 21), P(z < -3.7) the same; bounds ~5 SE.
  random_engine e(12);
  engine_lanes lanes = split_lanes(e);
  const std::size_t n = 4'000'000;
  std::vector<double> z(n);
  standard_normals(lanes, z.data(), n);
  double sum = 0;
  double sum2 = 0;
  int inside1 = 0;
  int upper = 0;
  int lower = 0;
  for (const double v : z) {
    sum += v;
    sum2 += v * v;
    inside1 += std::fabs(v) < 1 ? 1 : 0;
    upper += v > 3.7 ? 1 : 0;
    lower += v < -3.7 ? 1 : 0;
  }
  CHECK(sum / static_cast<double>(n) == Approx(0.0).margin(2.5e-3));
  CHECK(sum2 / static_cast<double>(n) == Approx(1.0).margin(3.5e-3));
  CHECK(static_cast<double>(inside1) / static_cast<double>(n) == Approx(0.682689).margin(1.2e-3));
  CHECK(upper == Approx(431.2).margin(105));
  CHECK(lower == Approx(431.2).margin(105));
}

// Bad input: random_engine accepts every 64-bit seed, and uniform01,
// standard_normal, split_lanes and standard_normals take none (any engines,
// any count), so random.hpp has no input to reject; the makers that take
// parameters are tested in test_samples.cpp.
