// uncertainty/distributions.hpp: the distribution makers, each checked
// against closed forms derived by hand (in the comments), with sampling
// tolerances of several standard errors at the draw counts used. The
// questions, histograms, correlation and sensitivity have their own files.
#include <algorithm>
#include <functional>
#include <cmath>
#include <string>
#include <vector>

#include "catch.hpp"
#include "curveshift/uncertainty/correlation.hpp"
#include "curveshift/curveshift.hpp"
#include "curveshift/uncertainty/distributions.hpp"
#include "curveshift/uncertainty/histogram.hpp"
#include "curveshift/uncertainty/probability.hpp"
#include "curveshift/uncertainty/sensitivity.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
constexpr std::size_t n = 200'000;
std::vector<double> sorted(const samples<double>& x) {
  std::vector<double> v(x.begin(), x.end());
  std::sort(v.begin(), v.end());
  return v;
}
}  // namespace

TEST_CASE("the normal quantile inverts the normal CDF", "[distributions]") {
  // Phi^-1(0.95) = 1.6448536269514722 (z90); Phi^-1(0.975) = 1.959963984540054; Phi^-1(1e-10) = -6.361340902404056.
  CHECK(detail::normal_quantile(0.95) == Approx(z90).epsilon(1e-13));
  CHECK(detail::normal_quantile(0.975) == Approx(1.959963984540054).epsilon(1e-13));
  CHECK(detail::normal_quantile(1e-10) == Approx(-6.361340902404056).epsilon(1e-12));
  CHECK(detail::normal_quantile(0.5) == Approx(0.0).margin(1e-15));
}

TEST_CASE("lognormal, log-uniform, beta, triangular and PERT match their closed forms", "[distributions]") {
  monte_carlo mc{n, 11};
  // "5x, within a factor of 2": the 5th and 95th percentiles are 2.5 and 10.
  const auto f = lognormal_median_factor(mc, 5, 2);
  CHECK(quantile(f, 0.05) == Approx(2.5).epsilon(0.01));
  CHECK(quantile(f, 0.5) == Approx(5).epsilon(0.01));
  CHECK(quantile(f, 0.95) == Approx(10).epsilon(0.015));
  // Mean 10, sd 5 (of the values, not of their logs).
  const auto m = lognormal_mean_sd(mc, 10, 5);
  CHECK(m.mean() == Approx(10).epsilon(0.005));
  CHECK(m.stddev() == Approx(5).epsilon(0.02));
  // Log-uniform on [1, 100]: median 10, mean (100 - 1) / ln 100 = 21.4976.
  const auto lu = log_uniform(mc, 1, 100);
  CHECK(lu.median() == Approx(10).epsilon(0.01));
  CHECK(lu.mean() == Approx(21.4976).epsilon(0.01));
  CHECK(*std::min_element(lu.begin(), lu.end()) >= 1);
  CHECK(*std::max_element(lu.begin(), lu.end()) <= 100);
  // Beta(2, 5): mean 2/7 = 0.285714, sd sqrt(10 / (49 x 8)) = 0.159719.
  const auto b = beta(mc, 2, 5);
  CHECK(b.mean() == Approx(2.0 / 7).epsilon(0.005));
  CHECK(b.stddev() == Approx(0.159719).epsilon(0.01));
  // "30%, as sure as 20 trials" = beta(6, 14): mean 0.3, variance 6 x 14 / (20^2 x 21) = 0.01.
  const auto share = beta_mean_count(mc, 0.3, 20);
  CHECK(share.mean() == Approx(0.3).epsilon(0.005));
  CHECK(share.stddev() == Approx(0.1).epsilon(0.01));
  // Beta below shape 1 (the boosted gamma): beta(0.5, 0.5), the arcsine law, mean 0.5, variance 1/8.
  const auto arcsine = beta(mc, 0.5, 0.5);
  CHECK(arcsine.mean() == Approx(0.5).epsilon(0.005));
  CHECK(arcsine.stddev() == Approx(std::sqrt(0.125)).epsilon(0.01));
  // Triangular(0, 1, 4): mean 5/3; F(mode) = 1/4, so the median is 4 - sqrt(0.5 x 4 x 3) = 1.550510.
  const auto t = triangular(mc, 0, 1, 4);
  CHECK(t.mean() == Approx(5.0 / 3).epsilon(0.005));
  CHECK(t.median() == Approx(1.550510).epsilon(0.005));
  // PERT(6, 9, 18): mean (6 + 4 x 9 + 18) / 6 = 10; shapes 2 and 4, so
  // sd = 12 x sqrt(2 x 4 / (36 x 7)) = 2.138090.
  const auto p = pert(mc, 6, 9, 18);
  CHECK(p.mean() == Approx(10).epsilon(0.005));
  CHECK(p.stddev() == Approx(2.138090).epsilon(0.01));
}

TEST_CASE("choice, mixture, truncation and a point", "[distributions]") {
  monte_carlo mc{n, 12};
  // 1, 2 or 4 at 0.5, 0.3, 0.2: mean 0.5 + 0.6 + 0.8 = 1.9; P(X > 3) = 0.2.
  const auto c = choice(mc, {1, 2, 4}, {5, 3, 2});  // weights need not sum to 1
  CHECK(c.mean() == Approx(1.9).epsilon(0.01));
  CHECK(probability_above(c, 3.0) == Approx(0.2).margin(0.005));
  // A mixture of 0 (weight 0.7) and 10 (weight 0.3): mean 3, P(X > 5) = 0.3.
  const auto mix = mixture({mc.point(0), mc.point(10)}, {0.7, 0.3}, mc);
  // The engine first, as every other maker takes it: the same mixture, from a fresh engine of the same seed.
  {
    monte_carlo first{mc.size(), 9};
    monte_carlo last{mc.size(), 9};
    const auto a = mixture(first, std::vector<samples<double>>{samples<double>(0.0), samples<double>(10.0)}, {0.7, 0.3});
    const auto b = mixture(std::vector<samples<double>>{samples<double>(0.0), samples<double>(10.0)}, {0.7, 0.3}, last);
    CHECK(a.mean() == b.mean());
    CHECK(probability_above(a, 5.0) == Approx(0.3).margin(0.01));
  }
  CHECK(mix.mean() == Approx(3).epsilon(0.02));
  CHECK(probability_above(mix, 5.0) == Approx(0.3).margin(0.005));
  // A mixture of makers, each drawn only for its picks: 0 at weight 0.6, "1 to 3" at 0.4.
  // E["1 to 3"] = sqrt(3) exp(sigma^2 / 2), sigma = ln 3 / (2 z90) = 0.333948: 1.831375; mean 0.4 x that = 0.732550.
  using maker = samples<double> (*)(monte_carlo&);
  const std::vector<maker> makers{[](monte_carlo&) { return samples<double>(0.0); },
                                  [](monte_carlo& m) { return m.between(1, 3); }};
  const auto lazy = mixture(mc, makers, {0.6, 0.4});
  CHECK(lazy.size() == n);
  CHECK(lazy.mean() == Approx(0.732550).epsilon(0.01));
  CHECK(probability_above(lazy, 0.5) == Approx(0.4).margin(0.005));
  // A standard normal cut to [-1, 1]: mean 0, sd sqrt(1 - 2 phi(1) / (Phi(1) - Phi(-1))) = 0.539560.
  const auto tn = truncated_normal(mc, 0, 1, -1, 1);
  CHECK(tn.mean() == Approx(0).margin(0.005));
  CHECK(tn.stddev() == Approx(0.539560).epsilon(0.01));
  CHECK(sorted(tn).front() >= -1);
  CHECK(sorted(tn).back() <= 1);
  // between(2, 8) as a lognormal (median 4, sigma ln 4 / (2 z90) = 0.421404), cut at 5:
  // P(X < 4) = Phi(0) / Phi((ln 5 - ln 4) / 0.421404) = 0.5 / Phi(0.529527) = 0.712475.
  const auto tl = truncated_lognormal(mc, 2, 8, 0, 5);
  CHECK(probability_below(tl, 4.0) == Approx(0.712475).margin(0.005));
  CHECK(sorted(tl).back() <= 5);
  // Any maker cut by rejection: the same lognormal cut at 5 has the same P(X < 4) = 0.712475.
  const auto cut = truncated(mc, [](monte_carlo& m) { return m.between(2, 8); }, 0, 5);
  CHECK(cut.size() == n);
  CHECK(probability_below(cut, 4.0) == Approx(0.712475).margin(0.005));
  CHECK(sorted(cut).back() <= 5);
  // PERT(6, 9, 18) cut to [8, 12]: every draw inside.
  const auto middle = truncated(mc, [](monte_carlo& m) { return pert(m, 6, 9, 18); }, 8, 12);
  CHECK(sorted(middle).front() >= 8);
  CHECK(sorted(middle).back() <= 12);
}

TEST_CASE("from quantiles: a metalog through p10, p50 and p90", "[distributions]") {
  // The metalog passes exactly through the quantiles it is given.
  const metalog fitted({{0.1, 3}, {0.5, 5}, {0.9, 12}});
  CHECK(fitted.quantile(0.1) == Approx(3).epsilon(1e-12));
  CHECK(fitted.quantile(0.5) == Approx(5).epsilon(1e-12));
  CHECK(fitted.quantile(0.9) == Approx(12).epsilon(1e-12));
  const metalog positive({{0.1, 3}, {0.5, 5}, {0.9, 12}}, 0.0);
  CHECK(positive.quantile(0.9) == Approx(12).epsilon(1e-12));
  CHECK(positive.quantile(1e-9) > 0);
  // Its draws have those quantiles, to sampling error.
  monte_carlo mc{n, 13};
  const auto x = from_quantiles(mc, {{0.1, 3}, {0.5, 5}, {0.9, 12}}, 0);
  CHECK(quantile(x, 0.1) == Approx(3).epsilon(0.01));
  CHECK(quantile(x, 0.5) == Approx(5).epsilon(0.01));
  CHECK(quantile(x, 0.9) == Approx(12).epsilon(0.015));
  // Five quantiles, five terms.
  const metalog five({{0.05, 1}, {0.25, 2}, {0.5, 3}, {0.75, 4.5}, {0.95, 9}});
  CHECK(five.quantile(0.75) == Approx(4.5).epsilon(1e-10));
}

TEST_CASE("the makers at the edges of double range (found by fuzz_distributions)", "[distributions]") {
  monte_carlo mc{64, 1};
  auto within = [](const samples<double>& x, double lo, double hi) {
    for (const double v : x.values()) {
      if (!(v >= lo && v <= hi)) return false;
    }
    return true;
  };
  // Widths near 1e308: (hi - lo)(mode - lo) overflowed in triangular, 4 (mode - lo) in PERT.
  CHECK(within(triangular(mc, -5.486124068793689e303, 4.4e-308, 1.5), -5.486124068793689e303, 1.5));
  CHECK(within(pert(mc, -6.179574437123646e307, 1.8e-305, 1.5), -6.179574437123646e307, 1.5));
  // Bounds an ulp apart: exp(log lo) rounded below lo.
  CHECK(within(log_uniform(mc, 9.012857568415008e-188, 9.01285756841504e-188), 9.012857568415008e-188,
               9.01285756841504e-188));
  // Beta shapes below 0.001 drew 0 / 0; they are refused now, and 0.001 itself draws.
  CHECK(within(beta(mc, 1e-3, 1e-3), 0, 1));
  // Quantiles 1e-303 and 1e44 apart put a metalog's tail past the largest double: raised.
  CHECK_THROWS_WITH(from_quantiles(mc, {{0.1, 7.29e-304}, {0.5, 3.8e-211}, {0.9, 2.676e44}}, 1.1e-307),
                    ContainsSubstring("metalog::draw") && ContainsSubstring("draw = inf"));
}

TEST_CASE("bad input to the makers and the questions raises curveshift::error", "[distributions][bad-input]") {
  monte_carlo mc{100, 1};
  CHECK_THROWS_WITH(lognormal_median_factor(mc, 5, 1), ContainsSubstring("lognormal_median_factor") &&
                                                          ContainsSubstring("factor = 1"));
  CHECK_THROWS_WITH(lognormal_median_factor(mc, -5, 2), ContainsSubstring("median = -5"));
  CHECK_THROWS_WITH(lognormal_mean_sd(mc, 10, 0), ContainsSubstring("lognormal_mean_sd") && ContainsSubstring("sd = 0"));
  CHECK_THROWS_WITH(log_uniform(mc, 0, 10), ContainsSubstring("log_uniform") && ContainsSubstring("lo = 0"));
  CHECK_THROWS_WITH(log_uniform(mc, 10, 1), ContainsSubstring("log_uniform") && ContainsSubstring("lo = 10"));
  CHECK_THROWS_WITH(beta(mc, 0, 1), ContainsSubstring("beta") && ContainsSubstring("a = 0") && ContainsSubstring("[0.001, 1e7]"));
  CHECK_THROWS_WITH(beta(mc, 2, 1e300), ContainsSubstring("beta") && ContainsSubstring("b = 1e+300"));
  CHECK_THROWS_WITH(beta_mean_count(mc, 0.5, 1e-9), ContainsSubstring("beta_mean_count") && ContainsSubstring("mean x count"));
  CHECK_THROWS_WITH(pert(mc, -1e308, 0, 1e308), ContainsSubstring("pert") && ContainsSubstring("width is finite"));
  CHECK_THROWS_WITH(beta_mean_count(mc, 1.2, 10), ContainsSubstring("beta_mean_count") && ContainsSubstring("mean = 1.2"));
  CHECK_THROWS_WITH(beta_mean_count(mc, 0.5, -1), ContainsSubstring("count = -1"));
  CHECK_THROWS_WITH(triangular(mc, 0, 5, 4), ContainsSubstring("triangular") && ContainsSubstring("mode = 5"));
  CHECK_THROWS_WITH(pert(mc, 6, 9, 6), ContainsSubstring("pert") && ContainsSubstring("lo = 6"));
  CHECK_THROWS_WITH(choice(mc, {1, 2}, {1}), ContainsSubstring("choice") && ContainsSubstring("weights = 1"));
  CHECK_THROWS_WITH(choice(mc, {1, 2}, {0, 0}), ContainsSubstring("choice") && ContainsSubstring("sum to 0"));
  CHECK_THROWS_WITH(choice(mc, {1, 2}, {1, -1}), ContainsSubstring("weight = -1"));
  monte_carlo other{50, 1};
  CHECK_THROWS_WITH(mixture({other.point(1), mc.point(2)}, {1, 1}, mc),
                    ContainsSubstring("mixture") && ContainsSubstring("component size = 50"));
  using maker = samples<double> (*)(monte_carlo&);
  const std::vector<maker> wrong{[](monte_carlo&) {
    monte_carlo three{3, 1};
    return three.between(1, 2);
  }};
  CHECK_THROWS_WITH(mixture(mc, wrong, {1}), ContainsSubstring("mixture") && ContainsSubstring("component size = 3"));
  CHECK_THROWS_WITH(mixture(mc, std::vector<maker>{}, {}), ContainsSubstring("mixture") && ContainsSubstring("components = 0"));
  CHECK_THROWS_WITH(truncated(mc, [](monte_carlo& m) { return m.normal(0, 1); }, 50, 60),
                    ContainsSubstring("truncated") && ContainsSubstring("lo = 50") && ContainsSubstring("1 draw in 1,000"));
  CHECK_THROWS_WITH(truncated(mc, [](monte_carlo& m) { return m.normal(0, 1); }, 1, 0),
                    ContainsSubstring("truncated") && ContainsSubstring("lo = 1"));
  CHECK_THROWS_WITH(truncated_normal(mc, 0, 1, 50, 60), ContainsSubstring("truncated_normal") && ContainsSubstring("lo = 50"));
  CHECK_THROWS_WITH(truncated_lognormal(mc, 2, 8, -1, 5), ContainsSubstring("truncated_lognormal") && ContainsSubstring("lo = -1"));
  CHECK_THROWS_WITH(metalog({{0.5, 5}}), ContainsSubstring("metalog") && ContainsSubstring("quantiles = 1"));
  CHECK_THROWS_WITH(metalog({{0.1, 3}, {0.5, 2}}), ContainsSubstring("metalog") && ContainsSubstring("value = 2"));
  CHECK_THROWS_WITH(metalog({{0, 3}, {0.5, 5}}), ContainsSubstring("probability = 0"));
  CHECK_THROWS_WITH(metalog({{0.1, 3}, {0.5, 5}}, 4.0), ContainsSubstring("value = 3") && ContainsSubstring("lower bound"));
  CHECK_THROWS_WITH(metalog({{0.1, 0}, {0.5, 10}, {0.9, 10.01}}),
                    ContainsSubstring("metalog") && ContainsSubstring("distribution can pass through"));
  const samples<double> x(std::vector<double>{1, 2, 3});
  CHECK_THROWS_WITH(quantile(x, 1.5), ContainsSubstring("quantile") && ContainsSubstring("p = 1.5"));
  CHECK_THROWS_WITH(probability_above(x, std::nan("")), ContainsSubstring("probability_above") && ContainsSubstring("value = nan"));
  CHECK_THROWS_WITH(probability_between(x, 3.0, 1.0), ContainsSubstring("probability_between") && ContainsSubstring("a = 3"));
  CHECK_THROWS_WITH(histogram_of(x, 1.0, 1.0, 3), ContainsSubstring("histogram_of") && ContainsSubstring("lo = 1"));
  CHECK_THROWS_WITH(histogram_of(x, 0), ContainsSubstring("histogram_of") && ContainsSubstring("bins = 0"));
  CHECK_THROWS_WITH(quantile_table(x, 1), ContainsSubstring("quantile_table") && ContainsSubstring("rows = 1"));
  CHECK_THROWS_WITH(to_string(summarize(x), digits{40}), ContainsSubstring("to_string(summary)"));
  CHECK_THROWS_WITH(correlate(mc, mc.between(1, 2), mc.between(1, 2), 1.0),
                    ContainsSubstring("correlate") && ContainsSubstring("rho = 1"));
  CHECK_THROWS_WITH(correlate(mc, mc.between(1, 2), other.between(1, 2), 0.5),
                    ContainsSubstring("correlate") && ContainsSubstring("input size = 50"));
  CHECK_THROWS_WITH(correlate(mc, {mc.between(1, 2), mc.between(1, 2), mc.between(1, 2)},
                              {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}),
                    ContainsSubstring("correlate") && ContainsSubstring("positive definite"));
  CHECK_THROWS_WITH(rank_correlation(x, samples<double>(std::vector<double>{1, 2})),
                    ContainsSubstring("rank_correlation") && ContainsSubstring("b.size() = 2"));
  CHECK_THROWS_WITH(sensitivity(mc.between(1, 2), {{"", mc.between(1, 2)}}),
                    ContainsSubstring("sensitivity") && ContainsSubstring("name = \"\""));
  CHECK_THROWS_WITH(sensitivity(mc.between(1, 2), {}), ContainsSubstring("sensitivity") && ContainsSubstring("inputs = 0"));
}

TEST_CASE("choice and mixture with weights whose sum overflows pick by their ratio", "[distributions][limits]") {
  // Issue 24, item 5: 1e308 + 1e308 is inf, so every w / total was 0 and the
  // last value was picked always. Equal weights pick each half the time
  // (100,000 draws: sd of the share 0.0016, so 0.5 +- 0.01 is 6 sd).
  monte_carlo mc{100'000, 3};
  const auto c = choice(mc, {1, 2}, {1e308, 1e308});
  CHECK(probability_below(c, 1.5) == Approx(0.5).margin(0.01));
  // Weights 1.5e308 and 0.5e308 (sum 2e308 overflows): 3 to 1.
  const auto d = choice(mc, {1, 2}, {1.5e308, 0.5e308});
  CHECK(probability_below(d, 1.5) == Approx(0.75).margin(0.01));
  const auto m = mixture(mc, std::vector<std::function<samples<double>(monte_carlo&)>>{
                                 [](monte_carlo& g) { return g.point(1); }, [](monte_carlo& g) { return g.point(2); }},
                         {1e308, 1e308});
  CHECK(probability_below(m, 1.5) == Approx(0.5).margin(0.01));
}

TEST_CASE("lognormal_mean_sd names its own argument when the spread cannot be held", "[distributions][bad-input]") {
  // Issue 24, item 8: this reported "monte_carlo::lognormal: sigma = 0", a call the user never made.
  monte_carlo mc{10, 1};
  CHECK_THROWS_WITH(lognormal_mean_sd(mc, 1, 1e-300),
                    ContainsSubstring("curveshift::lognormal_mean_sd: sd = 1e-300") && ContainsSubstring("sd / mean = 1e-300"));
  CHECK_THROWS_WITH(lognormal_mean_sd(mc, 1, 1e300), ContainsSubstring("lognormal_mean_sd: sd = 1e+300"));
  // Within the range, the mean is kept: mean 5, sd 1e-100 draws 5 (to rounding).
  CHECK(lognormal_mean_sd(mc, 5, 1e-100).mean() == Approx(5.0));
}

