// random_engine, uniform01, standard_normal and the fast exp behind samples<T>.
#include <curveshift/detail/fast_exp.hpp>
#include <curveshift/random.hpp>

#include <cmath>
#include <concepts>
#include <limits>
#include <random>
#include <vector>

#include "catch.hpp"

using namespace curveshift;

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
    CHECK(y[i] == detail::fast_exp(x[i]));
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

// Bad input: random_engine accepts every 64-bit seed and uniform01 and
// standard_normal take none, so random.hpp has no input to reject; the makers
// that take parameters are tested in test_samples.cpp.
