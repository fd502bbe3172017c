// uncertainty/histogram.hpp: histograms and quantile tables of a distribution.
// Values derived by hand in the comments; sampling tolerances of several
// standard errors at the draw counts used.
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
#include "curveshift/text/uncertainty.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("a histogram and a quantile table, ready to export", "[distributions][histogram]") {
  const samples<double> x(std::vector<double>{0.5, 1.5, 1.5, 2.5, -1, 5, 3});
  const auto h = histogram_of(x, 0.0, 3.0, 3);
  CHECK(h.counts == std::vector<std::size_t>{1, 2, 2});  // 3 sits on the last edge: the last bin
  CHECK(h.below == 1);
  CHECK(h.above == 1);
  CHECK(h.to_csv() == "from,to,draws\n0,1,1\n1,2,2\n2,3,2\n");
  const auto whole = histogram_of(x, 6);  // -1 to 5 in 1-wide bins
  CHECK(whole.edges.front() == -1);
  CHECK(whole.edges.back() == 5);
  std::size_t total = 0;
  for (const auto c : whole.counts) total += c;
  CHECK(total == x.size());
  CHECK(quantile_table(samples<double>(std::vector<double>{1, 2, 3}), 3) == "probability,value\n0,1\n0.5,2\n1,3\n");
}

TEST_CASE("histogram_of counts a draw on an inner edge in the bin above, as its edges say", "[histogram]") {
  // Issue 22: 0.29 / 0.01 rounds to 28.999..., so both draws were counted in
  // bin 28, although edges[29] = 0.29 and a draw on an edge belongs above it.
  const auto h = histogram_of(samples<double>(std::vector<double>{0.29, 0.29}), 0.0, 1.0, 100);
  REQUIRE(h.edges[29] == 0.29);
  CHECK(h.counts[28] == 0);
  CHECK(h.counts[29] == 2);
  // Every draw lies in [edges[k], edges[k + 1]) of the bin it is counted in:
  // 10,000 draws on the edges themselves and between them.
  std::vector<double> on_edges;
  for (int i = 0; i < 100; ++i) on_edges.push_back(h.edges[static_cast<std::size_t>(i)]);
  const auto g = histogram_of(samples<double>(on_edges), 0.0, 1.0, 100);
  for (std::size_t k = 0; k < 100; ++k) CHECK(g.counts[k] == 1);
}

namespace {
template <class X, class V>
concept binnable_by = requires(const X& x, const V& v) { histogram_of(x, v, v, std::size_t{1}); };
}  // namespace

TEST_CASE("a histogram of a quantity's draws takes and gives its edges as quantities", "[histogram]") {
  // design.md's second promise, for bins: a cost's draws are binned in
  // dollars. Draws $1M..$10M; bins $0-5M and $5M-10M hold $1M-$4M (4) and
  // $5M-$10M (6, $10M on the last edge).
  std::vector<double> v;
  for (int i = 1; i <= 10; ++i) v.push_back(i * 1e6);
  const auto cost = usd(samples<double>(v));
  const auto h = histogram_of(cost, million_usd(0), million_usd(10), 2);
  STATIC_REQUIRE(std::same_as<decltype(h), const histogram<money<>>>);
  CHECK(h.counts == std::vector<std::size_t>{4, 6});
  CHECK(h.edges[1] == million_usd(5));
  CHECK(h.to_csv() == "from,to,draws\n0,5e+06,4\n5e+06,1e+07,6\n");
  const auto whole = histogram_of(cost, 9);  // $1M to $10M by $1M
  CHECK(whole.edges.front() == million_usd(1));
  CHECK(whole.edges.back() == million_usd(10));
  // A bare number where dollars are meant does not compile ($8 or $8M?);
  // nor does another dimension. Plain samples keep taking numbers.
  STATIC_REQUIRE(!binnable_by<decltype(cost), double>);
  STATIC_REQUIRE(!binnable_by<decltype(cost), compute<>>);
  STATIC_REQUIRE(binnable_by<decltype(cost), money<>>);
  STATIC_REQUIRE(binnable_by<samples<double>, double>);
  // Mixed number types of the two edges are fine for plain samples.
  CHECK(histogram_of(samples<double>(v), 0, 1e7, 2).counts == std::vector<std::size_t>{4, 6});
}

TEST_CASE("bad edges of a quantity's histogram name the argument", "[histogram][bad-input]") {
  const auto cost = usd(samples<double>(std::vector<double>{1, 2, 3}));
  CHECK_THROWS_WITH(histogram_of(cost, usd(3), usd(1), 2), ContainsSubstring("histogram_of: lo"));
  CHECK_THROWS_WITH(histogram_of(cost, usd(1), usd(3), 0), ContainsSubstring("histogram_of: bins"));
}
