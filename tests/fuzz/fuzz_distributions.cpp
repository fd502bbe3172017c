// libFuzzer target: the distribution makers (curveshift/distributions.hpp) and
// the questions asked of their draws (curveshift/probability.hpp). The first
// byte picks a maker; the rest becomes its parameters, doubles of any bit
// pattern. Every maker must return draws or raise curveshift::error, nothing
// else; the draws it returns are finite, and within the maker's support where
// it has one (beta in [0, 1], log-uniform, triangular, PERT and the truncated
// makers within their bounds); every question of them answers a probability
// in [0, 1] or a quantile between the draws' extremes. See README.md here.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include <curveshift/uncertainty/distributions.hpp>
#include <curveshift/uncertainty/probability.hpp>

#include "fuzz_doubles.hpp"

namespace {

using namespace curveshift;
using fuzz::answer;
using fuzz::bug;
using fuzz::check_finite;
using fuzz::doubles;

// Draws within [lo, hi] (and finite), the questions' answers in range.
void check(const samples<double>& x, double lo, double hi, double probe) {
  for (const double v : x.values()) {
    check_finite(v, "a draw");
    if (v < lo || v > hi) bug("a draw outside the maker's support", v);
  }
  const double smallest = *std::min_element(x.begin(), x.end());
  const double largest = *std::max_element(x.begin(), x.end());
  answer([&] {
    const double p = probability_above(x, probe);
    if (!(p >= 0 && p <= 1)) bug("probability_above outside [0, 1]", p);
    const double c = cdf(x, probe);
    if (!(c >= 0 && c <= 1)) bug("cdf outside [0, 1]", c);
  });
  const double q = quantile(x, 0.37);
  if (!(q >= smallest && q <= largest)) bug("a quantile outside the draws", q);
}

constexpr double inf = std::numeric_limits<double>::infinity();

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::uint8_t which = data[0];
  doubles in{data + 1, size - 1};
  const double a = in.next();
  const double b = in.next();
  const double c = in.next();
  const double d = in.next();
  monte_carlo mc{64, 1};
  if (which >= 240) {
    // Weights of any bit pattern (issue 24, item 5): choice and mixture raise
    // or pick by the weights' ratio, even where their sum overflows. Equal
    // positive weights pick both values in 64 draws (a miss is 2^-63); a
    // zero weight is never picked.
    answer([&] {
      const auto picks = which % 2 == 0 ? choice(mc, {1, 2}, {a, b})
                                        : mixture(std::vector<samples<double>>{mc.point(1), mc.point(2)}, {a, b}, mc);
      check(picks, 1, 2, 1.5);
      const double share_of_1 = probability_below(picks, 1.5);
      if (a == b && share_of_1 == 0) bug("equal weights never picked the first value", a);
      if (a == b && share_of_1 == 1) bug("equal weights never picked the second value", b);
      if (a == 0 && share_of_1 != 0) bug("a zero weight was picked", share_of_1);
      if (b == 0 && share_of_1 != 1) bug("a zero weight was picked", share_of_1);
    });
    return 0;
  }
  switch (which % 12) {
    case 0: answer([&] { check(lognormal_median_factor(mc, a, b), 0, inf, c); }); break;
    case 1: answer([&] { check(lognormal_mean_sd(mc, a, b), 0, inf, c); }); break;
    case 2: answer([&] { check(log_uniform(mc, a, b), a, b, c); }); break;
    case 3: answer([&] { check(beta(mc, a, b), 0, 1, c); }); break;
    case 4: answer([&] { check(beta_mean_count(mc, a, b), 0, 1, c); }); break;
    case 5: answer([&] { check(triangular(mc, a, b, c), a, c, d); }); break;
    case 6: answer([&] { check(pert(mc, a, b, c), a, c, d); }); break;
    case 7: answer([&] { check(choice(mc, {a, b, c}, {1, d, 1}), -inf, inf, a); }); break;
    case 8: answer([&] { check(truncated_normal(mc, a, b, c, d), c, d, a); }); break;
    case 9: answer([&] { check(truncated_lognormal(mc, a, b, c, d), c, d, a); }); break;
    case 10: answer([&] { check(from_quantiles(mc, {{0.1, a}, {0.5, b}, {0.9, c}}), -inf, inf, d); }); break;
    default: answer([&] { check(from_quantiles(mc, {{0.1, a}, {0.5, b}, {0.9, c}}, d), d, inf, a); }); break;
  }
  return 0;
}
