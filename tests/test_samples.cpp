// samples<T> and monte_carlo: element-wise arithmetic, summaries against
// closed forms, the core types over samples, and every bad input.
#include <curveshift/curveshift.hpp>
#include <curveshift/uncertainty/monte_carlo.hpp>
#include <curveshift/core/samples.hpp>
#include <curveshift/uncertainty/probability.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <sstream>
#include <type_traits>
#include <vector>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;
using sd = samples<double>;

static_assert(number<sd>);
static_assert(std::is_same_v<decltype(2.0 * std::declval<sd>()), sd>);
static_assert(std::is_same_v<decltype(std::declval<sd>() / 2), sd>);
static_assert(std::is_same_v<promoted_t<double, sd>, sd>);
static_assert(std::is_same_v<promoted_t<sd, double>, sd>);

namespace {
sd set(std::vector<double> v) { return sd(v); }
std::vector<double> values(const sd& s) { return {s.begin(), s.end()}; }
constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();
}  // namespace

TEST_CASE("arithmetic is draw by draw", "[samples]") {
  const sd a = set({1, 2, 3});
  const sd b = set({10, 20, 30});
  CHECK(values(a + b) == std::vector<double>{11, 22, 33});
  CHECK(values(b - a) == std::vector<double>{9, 18, 27});
  CHECK(values(a * b) == std::vector<double>{10, 40, 90});
  CHECK(values(b / a) == std::vector<double>{10, 10, 10});
  CHECK(values(-a) == std::vector<double>{-1, -2, -3});
  CHECK(values(2 * a) == std::vector<double>{2, 4, 6});
  CHECK(values(a + 0.5) == std::vector<double>{1.5, 2.5, 3.5});
  CHECK(values(6.0 / a) == std::vector<double>{6, 3, 2});
  CHECK(values(a - 1) == std::vector<double>{0, 1, 2});
  CHECK(values(1 - a) == std::vector<double>{0, -1, -2});
  // A constant stands for every draw.
  CHECK(values(a + sd(100.0)) == std::vector<double>{101, 102, 103});
  CHECK(sd(2.0).is_constant());
  CHECK((sd(2.0) * sd(3.0)).is_constant());
  CHECK((sd(2.0) * sd(3.0))[0] == 6.0);
  // Operands are values: a temporary reused for a result leaves named sets alone.
  sd c = a;
  const sd d = std::move(c) * 10.0;
  CHECK(values(a) == std::vector<double>{1, 2, 3});
  CHECK(values(d) == std::vector<double>{10, 20, 30});
}

TEST_CASE("functions map each draw", "[samples]") {
  const sd x = set({1, 4, 16});
  CHECK(values(sqrt(x)) == std::vector<double>{1, 2, 4});
  CHECK(values(log(x))[1] == Approx(std::log(4.0)));
  CHECK(values(log10(set({10, 1000})))[1] == Approx(3.0));
  CHECK(values(exp(set({0, 1})))[1] == Approx(2.718281828459045));
  CHECK(values(pow(x, 0.5)) == std::vector<double>{1, 2, 4});
  CHECK(values(pow(2.0, set({1, 3})))[1] == Approx(8.0));
  CHECK(values(pow(x, set({2, 0.5, 0.25}))) == std::vector<double>{1, 2, 2});
  CHECK(values(abs(set({-2, 3}))) == std::vector<double>{2, 3});
  CHECK(values(min(x, set({2, 2, 2}))) == std::vector<double>{1, 2, 2});
  CHECK(values(max(x, set({2, 2, 2}))) == std::vector<double>{2, 4, 16});
  // P(a < b) = share of draws: 1 < 2 yes, 4 < 2 no, 16 < 20 yes -> 2/3.
  CHECK(probability_below(x, set({2, 2, 20})) == Approx(2.0 / 3.0));
  CHECK(probability_less(x, set({2, 2, 20})) == Approx(2.0 / 3.0));  // 0.1's name
  CHECK_THROWS_WITH(probability_below(x, set({1, 2})),
                    Catch::Matchers::ContainsSubstring("probability_below") && Catch::Matchers::ContainsSubstring("3 and 2 draws"));
}

TEST_CASE("one variable used twice stays correlated with itself", "[samples]") {
  monte_carlo mc{100'000, 1};
  const sd x = mc.between(9, 12);
  const sd zero = x - x;
  CHECK(std::all_of(zero.begin(), zero.end(), [](double v) { return v == 0.0; }));
  const sd one = x / x;
  CHECK(std::all_of(one.begin(), one.end(), [](double v) { return v == 1.0; }));
  // Intervals lose this: [9, 12] - [9, 12] = [-3, 3] (see test_interval.cpp).
}

TEST_CASE("summaries of a small set by hand", "[samples]") {
  // {2,4,4,4,5,5,7,9}: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32,
  // sample sd sqrt(32/7) = 2.13809.
  const sd s = set({2, 4, 4, 4, 5, 5, 7, 9});
  CHECK(s.mean() == 5.0);
  CHECK(s.stddev() == Approx(std::sqrt(32.0 / 7.0)));
  // Type 7 percentiles of {1,2,3,4}: h = 3p/100; p25 -> h = .75 -> 1 + .75 = 1.75.
  const sd q = set({4, 1, 3, 2});
  CHECK(q.percentile(0) == 1.0);
  CHECK(q.percentile(100) == 4.0);
  CHECK(q.median() == 2.5);
  CHECK(q.percentile(25) == 1.75);
  // {1..5}: p5 -> h = 0.2 -> 1.2; p95 -> h = 3.8 -> 4.8.
  const sd five = set({5, 4, 3, 2, 1});
  CHECK(five.ci90() == interval{1.2, 4.8});
  CHECK(sd(7.0).median() == 7.0);
  CHECK(sd(7.0).stddev() == 0.0);
}

TEST_CASE("a bare sample set prints on its own", "[samples][format]") {
  // {1..5}: median 3, 90% CI 1.2-4.8 (type 7, as above).
  const sd five = set({5, 4, 3, 2, 1});
  CHECK(to_string(five) == "median 3 (90% CI 1.2-4.8)");
  std::ostringstream os;
  os << five;
  CHECK(os.str() == "median 3 (90% CI 1.2-4.8)");
  // 3 significant figures by default, or the digits asked for: {1, 2, 3, 4}
  // has p5 = 1 + 0.15 = 1.15 and p95 = 3.85, median 2.5.
  CHECK(to_string(set({4, 1, 3, 2})) == "median 2.5 (90% CI 1.15-3.85)");
  // To 2 figures: 1.15 is 1.149999... in binary, so it rounds down.
  CHECK(to_string(set({4, 1, 3, 2}), digits{2}) == "median 2.5 (90% CI 1.1-3.9)");
  CHECK(to_string(sd(7.0)) == "7");
  CHECK_THROWS_WITH(to_string(five, digits{40}), ContainsSubstring("to_string(samples)"));
}

TEST_CASE("bucket selection gives the same percentiles as a sort", "[samples]") {
  // Heavy tails (lognormal sigma 3) and negative values (normal) both exercise
  // the key buckets; ties exercise equal keys.
  monte_carlo mc{200'001, 9};
  for (const sd& s : {mc.lognormal(0, 3), mc.normal(-5, 2), sd(std::vector<double>(5000, 1.5)),
                      mc.uniform(-1, 1) * 0.0 + mc.between(1, 2)}) {
    std::vector<double> sorted(s.begin(), s.end());
    std::sort(sorted.begin(), sorted.end());
    const double n1 = static_cast<double>(sorted.size() - 1);
    for (const double p : {0.0, 0.1, 5.0, 33.3, 50.0, 95.0, 99.99, 100.0}) {
      const double h = n1 * p / 100;
      const auto k = static_cast<std::size_t>(h);
      const double lo = sorted[k];
      const double hi = k + 1 < sorted.size() ? sorted[k + 1] : lo;
      CHECK(s.percentile(p) == lo + (h - static_cast<double>(k)) * (hi - lo));
    }
  }
}

TEST_CASE("percentiles: outliers, signed zeros, a narrow range and sorted orders", "[samples]") {
  // The bucket range comes from a sample of the set, with two outer buckets
  // for what lies beyond it: outliers the sample misses, the 0th and 100th
  // percentiles in those outer buckets, -0 and +0 (equal values with
  // different bits), values within 1e-12 of each other, sorted and reversed
  // input. Each percentile must equal the sorted set's type 7 value.
  const std::size_t n = 300'001;
  random_engine e(31);
  std::vector<double> narrow(n);
  std::vector<double> zeros(n);
  std::vector<double> ascending(n);
  for (std::size_t i = 0; i < n; ++i) {
    narrow[i] = 1 + 1e-12 * standard_normal(e);
    zeros[i] = (i % 2 == 0 ? -0.0 : 0.0) + (i % 5 == 0 ? 1.0 : 0.0) - (i % 7 == 0 ? 1.0 : 0.0);
    ascending[i] = static_cast<double>(i) - 1000.5;
  }
  narrow[17] = 1e300;
  narrow[170'017] = -1e300;
  std::vector<double> descending(ascending.rbegin(), ascending.rend());
  for (const auto& v : {narrow, zeros, ascending, descending}) {
    const sd s(v);
    std::vector<double> sorted(v);
    std::sort(sorted.begin(), sorted.end());
    const double n1 = static_cast<double>(n - 1);
    const std::vector<double> ps = {0.0, 0.001, 1.0, 5.0, 50.0, 95.0, 99.999, 100.0};
    const auto q = s.percentiles(ps);
    for (std::size_t j = 0; j < ps.size(); ++j) {
      const double h = n1 * ps[j] / 100;
      const auto k = static_cast<std::size_t>(h);
      const double lo = sorted[k];
      const double hi = k + 1 < n ? sorted[k + 1] : lo;
      CHECK(q[j] == lo + (h - static_cast<double>(k)) * (hi - lo));
    }
  }
}

TEST_CASE("select_nth keeps nth_element's contract on hard orders", "[samples]") {
  // Sorted, reversed, all equal, three distinct values, organ pipe and random:
  // *nth is the sorted value, nothing before it greater, nothing after smaller.
  random_engine e(8);
  for (const std::size_t n : {std::size_t(1), std::size_t(2), std::size_t(17), std::size_t(1000),
                              std::size_t(65'537)}) {
    for (int order = 0; order < 6; ++order) {
      std::vector<double> v(n);
      for (std::size_t i = 0; i < n; ++i) {
        const double x = static_cast<double>(i);
        v[i] = order == 0 ? x
             : order == 1 ? -x
             : order == 2 ? 4.0
             : order == 3 ? static_cast<double>(i % 3)
             : order == 4 ? (i < n / 2 ? x : static_cast<double>(n - i))
                          : standard_normal(e);
      }
      std::vector<double> sorted(v);
      std::sort(sorted.begin(), sorted.end());
      for (const std::size_t k : {std::size_t(0), n / 3, n / 2, n - 1}) {
        std::vector<double> w(v);
        detail::select_nth(w.data(), w.data() + k, w.data() + n);
        CHECK(w[k] == sorted[k]);
        CHECK(std::all_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k), [&](double x) { return x <= w[k]; }));
        CHECK(std::all_of(w.begin() + static_cast<std::ptrdiff_t>(k), w.end(), [&](double x) { return x >= w[k]; }));
      }
    }
  }
}

TEST_CASE("arithmetic two draws at a time: every operand form and odd sizes", "[samples]") {
  // Five draws: two vector steps and a tail of one. By hand.
  const sd a = set({1, 2, 3, 4, 5});
  const sd b = set({2, 4, 8, 16, 32});
  CHECK(values(a * 3) == std::vector<double>{3, 6, 9, 12, 15});
  CHECK(values(10 - a) == std::vector<double>{9, 8, 7, 6, 5});
  CHECK(values(b / a) == std::vector<double>{2, 2, 8.0 / 3, 4, 6.4});
  CHECK(values(a + sd(0.5)) == std::vector<double>{1.5, 2.5, 3.5, 4.5, 5.5});
  CHECK(values(sd(2.0) * b) == std::vector<double>{4, 8, 16, 32, 64});
  CHECK(values(-b) == std::vector<double>{-2, -4, -8, -16, -32});
  // A temporary operand's storage is reused and the result is still right.
  CHECK(values((a * 1.0) * (b * 1.0)) == std::vector<double>{2, 8, 24, 64, 160});
  // An overflow in a vector step (draw 3) and in the tail (draw 4) is found and named.
  CHECK_THROWS_WITH(set({1, 1, 1, 1e300, 1}) * 1e10, ContainsSubstring("draw 3") && ContainsSubstring("result = inf"));
  CHECK_THROWS_WITH(set({1, 1, 1, 1, -1e300}) * 1e10, ContainsSubstring("draw 4") && ContainsSubstring("result = -inf"));
}

TEST_CASE("copies share the draws; moves hand them over", "[samples]") {
  sd a = set({1, 2, 3});
  const sd b = a;  // NOLINT(performance-unnecessary-copy-initialization)
  CHECK(b.begin() == a.begin());
  CHECK(a.unique_data() == nullptr);  // shared: an operation must not write over it
  sd c = set({7});
  c = a;
  CHECK(values(c) == std::vector<double>{1, 2, 3});
  const sd& same = c;
  c = same;  // assignment to itself
  CHECK(values(c) == std::vector<double>{1, 2, 3});
  sd d = std::move(c);
  CHECK(values(d) == std::vector<double>{1, 2, 3});
  sd e2 = set({5, 6});
  CHECK(e2.unique_data() != nullptr);  // the sole owner
  e2 = std::move(d);
  CHECK(values(e2) == std::vector<double>{1, 2, 3});
  CHECK(values(a) == std::vector<double>{1, 2, 3});
}

TEST_CASE("a write through one copy never reaches another (samples are values)", "[samples]") {
  // design.md's third promise. Before: data() on a copy wrote into the
  // storage every copy shared, so b[0] became 100 too.
  sd a = set({1, 2, 3});
  const sd b = a;
  double* w = a.data();  // a shares with b: a gets its own storage first
  w[0] = 100;
  CHECK(values(a) == std::vector<double>{100, 2, 3});
  CHECK(values(b) == std::vector<double>{1, 2, 3});
  CHECK(a.begin() != b.begin());
  // The sole owner writes in place: no copy.
  const double* before = a.begin();
  a.data()[1] = 200;
  CHECK(a.begin() == before);
  CHECK(values(a) == std::vector<double>{100, 200, 3});
}

TEST_CASE("between(9, 12) matches the lognormal's closed form", "[samples][monte_carlo]") {
  // A 90% interval 9-12 as a lognormal: mu = (ln 9 + ln 12)/2 = ln sqrt(108),
  // sigma = (ln 12 - ln 9)/(2 z) = 0.287682/3.289707 = 0.0874491.
  // median = sqrt(108) = 10.392305; mean = exp(mu + sigma^2/2) = 10.392305 e^0.0038237 = 10.432118;
  // 5th / 95th percentiles = 9 / 12. With n = 1e6 the standard errors are about
  // 0.01% (median, mean) and 0.02% (p5, p95) of the value; the tolerance is 0.1%.
  monte_carlo mc{1'000'000, 42};
  const sd m = mc.between(9, 12);
  CHECK(m.size() == 1'000'000);
  CHECK(m.median() == Approx(10.392305).epsilon(1e-3));
  CHECK(m.mean() == Approx(10.432118).epsilon(1e-3));
  CHECK(m.percentile(5) == Approx(9.0).epsilon(1e-3));
  CHECK(m.percentile(95) == Approx(12.0).epsilon(1e-3));
  // sd = mean sqrt(e^(sigma^2) - 1) = 10.432118 x 0.0876167 = 0.914032.
  CHECK(m.stddev() == Approx(0.914032).epsilon(5e-3));
  const auto ci = m.ci90();
  CHECK(ci.lo() == Approx(9.0).epsilon(1e-3));
  CHECK(ci.hi() == Approx(12.0).epsilon(1e-3));
}

TEST_CASE("the other makers match their closed forms", "[samples][monte_carlo]") {
  monte_carlo mc{1'000'000, 8};
  // between(-1, 1) is normal: mean 0, sd 1/z = 0.607957 (SE of mean 6e-4).
  const sd n = mc.between(-1, 1);
  CHECK(n.mean() == Approx(0.0).margin(3e-3));
  CHECK(n.stddev() == Approx(1 / z90).epsilon(3e-3));
  CHECK(n.percentile(95) == Approx(1.0).epsilon(5e-3));
  // normal_between(1, 3): the normal even for positive bounds: mean 2.
  CHECK(mc.normal_between(1, 3).mean() == Approx(2.0).epsilon(1e-3));
  // lognormal_between(1, 100): median sqrt(100) = 10.
  CHECK(mc.lognormal_between(1, 100).median() == Approx(10.0).epsilon(5e-3));
  // normal(5, 2): mean 5, sd 2.
  const sd g = mc.normal(5, 2);
  CHECK(g.mean() == Approx(5.0).margin(1e-2));
  CHECK(g.stddev() == Approx(2.0).epsilon(3e-3));
  // lognormal(0, 0.5): median e^0 = 1, mean e^(0.125) = 1.133148.
  const sd l = mc.lognormal(0, 0.5);
  CHECK(l.median() == Approx(1.0).epsilon(3e-3));
  CHECK(l.mean() == Approx(1.133148).epsilon(3e-3));
  // uniform(2, 4): mean 3, sd 2/sqrt(12) = 0.57735, every draw inside.
  const sd u = mc.uniform(2, 4);
  CHECK(u.mean() == Approx(3.0).epsilon(1e-3));
  CHECK(u.stddev() == Approx(0.57735).epsilon(3e-3));
  CHECK(*std::min_element(u.begin(), u.end()) >= 2.0);
  CHECK(*std::max_element(u.begin(), u.end()) <= 4.0);
  const sd p = mc.point(3);
  CHECK(p.size() == 1'000'000);
  CHECK_FALSE(p.is_constant());
  CHECK(p.percentile(5) == 3.0);
  CHECK(p.mean() == 3.0);
}

TEST_CASE("the same seed gives the same draws", "[samples][monte_carlo]") {
  monte_carlo a{1000, 99};
  monte_carlo b{1000, 99};
  monte_carlo c{1000, 100};
  const sd x = a.between(9, 12);
  CHECK(values(x) == values(b.between(9, 12)));
  CHECK(values(x) != values(c.between(9, 12)));
  // Successive makers continue the stream rather than repeating it.
  CHECK(values(a.between(9, 12)) != values(x));
  // Fixed bits, whatever the standard library: the first draw of seed 99.
  monte_carlo d{1, 99};
  const double first = d.between(9, 12)[0];
  monte_carlo e{1, 99};
  CHECK(e.between(9, 12)[0] == first);
}

TEST_CASE("lognormal draws match the plain std::lognormal_distribution loop", "[samples][monte_carlo]") {
  // Same parameters, 1e6 draws each, different generators: mean and the three
  // percentiles agree within sampling error (~5 sqrt(2) SE, about 0.15%).
  const double mu = std::log(std::sqrt(108.0));
  const double sigma = std::log(12.0 / 9.0) / (2 * z90);
  monte_carlo mc{1'000'000, 5};
  const sd ours = mc.lognormal(mu, sigma);
  std::mt19937_64 g(5);
  std::lognormal_distribution<double> ln(mu, sigma);
  std::vector<double> theirs(1'000'000);
  for (auto& v : theirs) v = ln(g);
  const sd t(theirs);
  CHECK(ours.mean() == Approx(t.mean()).epsilon(1.5e-3));
  for (const double p : {5.0, 50.0, 95.0}) CHECK(ours.percentile(p) == Approx(t.percentile(p)).epsilon(1.5e-3));
}

TEST_CASE("core types accept samples unchanged", "[samples]") {
  // per_year({2, 4}): doubling times 12 and 6 months (uses the constant T(2) inside the core).
  const auto t = per_year(set({2, 4}));
  const auto dt = t.doubling_time().in(months);
  CHECK(dt[0] == Approx(12.0));
  CHECK(dt[1] == Approx(6.0));
  // 4x/year over {9, 12} months: 4^0.75 = 2.828427, 4.
  const auto over = essay::cost_trend.over(months(set({9, 12})));
  STATIC_REQUIRE(std::is_same_v<decltype(over), const multiplier<sd>>);
  CHECK(over.value()[0] == Approx(2.8284271));
  CHECK(over.value()[1] == Approx(4.0));
  // Money: $5M plus {1, 2}M promotes to money<samples>.
  const auto m = million_usd(5) + million_usd(set({1, 2}));
  STATIC_REQUIRE(std::is_same_v<decltype(m), const money<sd>>);
  CHECK(m.in(million_usd)[1] == Approx(7.0));
  // Text: median and the 90% interval in the value's own form.
  CHECK(to_string(multiplier(set({5, 4, 3, 2, 1}))) == "median 3x (90% CI 1.2-4.8x)");
  CHECK(to_string(months(set({9, 10, 11, 12, 13}))) == "median 11 months (90% CI 9.2-12.8 months)");
  CHECK(to_string(multiplier(sd(2.0))) == "2x");
}

TEST_CASE("bad input raises curveshift::error naming the function and the value", "[samples][bad-input]") {
  // Sets of size zero.
  CHECK_THROWS_WITH(sd(std::vector<double>{}),
                    ContainsSubstring("curveshift::samples") && ContainsSubstring("size = 0"));
  CHECK_THROWS_WITH((monte_carlo{0, 1}), ContainsSubstring("curveshift::monte_carlo") && ContainsSubstring("draws = 0"));
  // Values that are not numbers.
  CHECK_THROWS_WITH(set({1, not_a_number}), ContainsSubstring("samples") && ContainsSubstring("values = nan"));
  CHECK_THROWS_WITH(sd(infinity), ContainsSubstring("samples") && ContainsSubstring("value = inf"));
  // Two sets of different sizes in one operation.
  const sd two = set({1, 2});
  const sd three = set({1, 2, 3});
  CHECK_THROWS_WITH(two + three, ContainsSubstring("operator+(samples, samples)") && ContainsSubstring("2 and 3"));
  CHECK_THROWS_WITH(two - three, ContainsSubstring("operator-(samples, samples)"));
  CHECK_THROWS_WITH(two * three, ContainsSubstring("operator*(samples, samples)"));
  CHECK_THROWS_WITH(two / three, ContainsSubstring("operator/(samples, samples)"));
  CHECK_THROWS_WITH(min(two, three), ContainsSubstring("min(samples, samples)") && ContainsSubstring("2 and 3"));
  CHECK_THROWS_WITH(max(two, three), ContainsSubstring("max(samples, samples)"));
  CHECK_THROWS_WITH(pow(two, three), ContainsSubstring("pow(samples, samples)"));
  CHECK_THROWS_WITH(probability_less(two, three), ContainsSubstring("probability_below") && ContainsSubstring("2 and 3"));
  // A lone random draw is not a constant: it does not broadcast.
  monte_carlo one{1, 1};
  CHECK_THROWS_WITH(one.point(1) + three, ContainsSubstring("1 and 3"));
  // between: lo >= hi, and mixed signs where a lognormal is asked.
  monte_carlo mc{10, 1};
  CHECK_THROWS_WITH(mc.between(12, 9),
                    ContainsSubstring("monte_carlo::between") && ContainsSubstring("lo = 12") && ContainsSubstring("hi = 9"));
  CHECK_THROWS_WITH(mc.between(5, 5), ContainsSubstring("lo = 5") && ContainsSubstring("lo < hi"));
  CHECK_THROWS_WITH(mc.between(not_a_number, 1), ContainsSubstring("lo = nan"));
  CHECK_THROWS_WITH(mc.lognormal_between(-1, 2), ContainsSubstring("monte_carlo::lognormal_between") &&
                                                     ContainsSubstring("lo = -1") && ContainsSubstring("hi = 2"));
  CHECK_THROWS_WITH(mc.lognormal_between(0, 2), ContainsSubstring("lo = 0"));
  CHECK_THROWS_WITH(mc.normal_between(3, 1), ContainsSubstring("monte_carlo::normal_between") && ContainsSubstring("lo = 3"));
  CHECK_THROWS_WITH(mc.normal(0, 0), ContainsSubstring("monte_carlo::normal") && ContainsSubstring("sd = 0"));
  CHECK_THROWS_WITH(mc.normal(infinity, 1), ContainsSubstring("mean = inf"));
  CHECK_THROWS_WITH(mc.lognormal(0, -1), ContainsSubstring("monte_carlo::lognormal") && ContainsSubstring("sigma = -1"));
  CHECK_THROWS_WITH(mc.lognormal(not_a_number, 1), ContainsSubstring("mu = nan"));
  CHECK_THROWS_WITH(mc.lognormal(800, 1), ContainsSubstring("monte_carlo::lognormal") && ContainsSubstring("draw = inf"));
  CHECK_THROWS_WITH(mc.normal(1.79e308, 1e308), ContainsSubstring("monte_carlo::normal") && ContainsSubstring("draw = "));
  CHECK_THROWS_WITH(mc.uniform(3, 3), ContainsSubstring("monte_carlo::uniform") && ContainsSubstring("lo = 3"));
  CHECK_THROWS_WITH(mc.uniform(-1e308, 1e308), ContainsSubstring("hi - lo = inf"));
  CHECK_THROWS_WITH(mc.point(not_a_number), ContainsSubstring("monte_carlo::point") && ContainsSubstring("x = nan"));
  // Percentiles outside 0..100.
  CHECK_THROWS_WITH(three.percentile(101), ContainsSubstring("samples::percentile") && ContainsSubstring("p = 101"));
  CHECK_THROWS_WITH(three.percentile(-1), ContainsSubstring("p = -1"));
  CHECK_THROWS_WITH(three.percentiles({50.0, not_a_number}), ContainsSubstring("p = nan"));
  // Results that are not finite: division by a draw of 0, overflow.
  CHECK_THROWS_WITH(three / set({1, 0, 1}), ContainsSubstring("operator/(samples, samples)") &&
                                                ContainsSubstring("result = inf") && ContainsSubstring("draw 1"));
  CHECK_THROWS_WITH(three / 0.0, ContainsSubstring("operator/(samples, scalar)") && ContainsSubstring("result = inf"));
  CHECK_THROWS_WITH(1.0 / set({0, 1}), ContainsSubstring("operator/(scalar, samples)") && ContainsSubstring("draw 0"));
  CHECK_THROWS_WITH(set({1e308}) * 10, ContainsSubstring("operator*(samples, scalar)"));
  CHECK_THROWS_WITH(set({1e308}) + set({1e308}), ContainsSubstring("operator+(samples, samples)"));
  CHECK_THROWS_WITH(three - not_a_number, ContainsSubstring("operator-(samples, scalar)") && ContainsSubstring("scalar = nan"));
  CHECK_THROWS_WITH(not_a_number * three, ContainsSubstring("operator*(scalar, samples)"));
  CHECK_THROWS_WITH(-set({1e308}) - 1e308, ContainsSubstring("result = -inf"));
  CHECK_THROWS_WITH(exp(set({1, 800})), ContainsSubstring("exp(samples)") && ContainsSubstring("draw 1"));
  CHECK_THROWS_WITH(log(set({1, -1})), ContainsSubstring("log(samples)") && ContainsSubstring("x = -1"));
  CHECK_THROWS_WITH(log10(set({0, 1})), ContainsSubstring("log10(samples)") && ContainsSubstring("x = 0"));
  CHECK_THROWS_WITH(sqrt(set({-4})), ContainsSubstring("sqrt(samples)") && ContainsSubstring("x = -4"));
  CHECK_THROWS_WITH(pow(set({-2, 2}), 2.0), ContainsSubstring("pow(samples, samples)") && ContainsSubstring("x = -2"));
  CHECK_THROWS_WITH(pow(set({10}), 400.0), ContainsSubstring("pow(samples, samples)") && ContainsSubstring("result = inf"));
  CHECK_THROWS_WITH(-set({1e308}) * 10, ContainsSubstring("operator*"));
  CHECK_THROWS_WITH(abs(set({1})) / 0.0, ContainsSubstring("result = inf"));
  // The core's checks see every draw: one draw of 0 is a bad multiplier.
  CHECK_THROWS_WITH(multiplier(set({2, 0})), ContainsSubstring("curveshift::multiplier") && ContainsSubstring("factor = 0"));
  CHECK_THROWS_WITH(usd(set({5, -1})), ContainsSubstring("curveshift::usd") && ContainsSubstring("amount = -1"));
}

// Under AddressSanitizer a refused allocation is a report unless the
// allocator may return null; the library turns that null into its error.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
extern "C" const char* __asan_default_options();
extern "C" const char* __asan_default_options() { return "allocator_may_return_null=1"; }
#endif
#elif defined(__SANITIZE_ADDRESS__)
extern "C" const char* __asan_default_options();
extern "C" const char* __asan_default_options() { return "allocator_may_return_null=1"; }
#endif

TEST_CASE("draw counts near the limits raise curveshift::error, never overflow or bad_alloc", "[samples][bad-input][limits]") {
  // SIZE_MAX draws: n * 8 + 64 wrapped to 56 bytes, and every draw was written past them.
  CHECK_THROWS_WITH(monte_carlo(static_cast<std::size_t>(-1)),
                    ContainsSubstring("curveshift::monte_carlo") && ContainsSubstring("draws = 18446744073709551615") &&
                        ContainsSubstring("at most 2305843009213693943"));
  // The largest count: (2^64 - 1 - 64) / 8 = 2305843009213693943; one more overflows the block's bytes.
  CHECK(monte_carlo::max_draws == 2305843009213693943u);
  CHECK_THROWS_WITH(monte_carlo(monte_carlo::max_draws + 1), ContainsSubstring("draws = 2305843009213693944"));
  // 2^61 + 1 draws through point() was the same overflow; now refused where the engine is made.
  CHECK_THROWS_WITH(monte_carlo((std::size_t{1} << 61) + 1), ContainsSubstring("curveshift::monte_carlo"));
  // 2^40 draws (8 TiB) fit in a size_t but not in memory: the allocator's
  // refusal is a curveshift::error naming the maker and the count.
  monte_carlo huge(std::size_t{1} << 40);
  CHECK_THROWS_WITH(huge.between(1, 2),
                    ContainsSubstring("monte_carlo::") && ContainsSubstring("size = 1099511627776") &&
                        ContainsSubstring("fits in memory"));
  CHECK_THROWS_WITH(huge.point(1), ContainsSubstring("monte_carlo::point") && ContainsSubstring("size = 1099511627776"));
  // After the refusals the engine still makes sets of a size that fits.
  monte_carlo small(4, 1);
  CHECK(small.between(1, 2).size() == 4);
}

TEST_CASE("mean and sd of finite draws near the largest double are finite", "[samples][limits]") {
  // Issue 24, item 5: the sums overflowed, giving NaN (inf - inf) and inf.
  CHECK(sd(std::vector<double>{1e308, 1e308, -1e308, -1e308}).mean() == 0);
  CHECK(sd(std::vector<double>{1e308, 1e308}).mean() == 1e308);
  CHECK(sd(std::vector<double>{1e308, 1e308}).stddev() == 0);
  // {1e308, -1e308}: mean 0, sd sqrt(2 x 1e616 / 1) = 1.41421e308, finite.
  CHECK(sd(std::vector<double>{1e308, -1e308}).stddev() == Approx(1.4142135623730951e308));
  // A spread past the largest double raises instead of returning inf.
  CHECK_THROWS_WITH(sd(std::vector<double>{1.7e308, -1.7e308}).stddev(), ContainsSubstring("samples::stddev"));
  const auto s = summarize(sd(std::vector<double>{1e308, 1e308}));
  CHECK(s.mean == 1e308);
  CHECK(s.sd == 0);
}
