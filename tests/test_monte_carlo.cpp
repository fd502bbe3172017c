// monte_carlo (uncertainty/monte_carlo.hpp): draws keyed by name.
#include <curveshift/uncertainty/correlation.hpp>
#include <curveshift/uncertainty/monte_carlo.hpp>

#include <bit>
#include <cmath>
#include <cstdint>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
bool same_bits(const samples<double>& a, const samples<double>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::bit_cast<std::uint64_t>(a[i]) != std::bit_cast<std::uint64_t>(b[i])) return false;
  }
  return true;
}
}  // namespace

TEST_CASE("a stream's name hash is FNV-1a 64", "[monte_carlo]") {
  // The FNV reference's test vectors (Fowler, Noll and Vo, "FNV-1a 64-bit"):
  // the empty text is the offset basis; "a" and "foobar" from its table.
  STATIC_REQUIRE(detail::fnv1a64("") == 0xcbf29ce484222325ULL);
  STATIC_REQUIRE(detail::fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  STATIC_REQUIRE(detail::fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("draws keyed by name do not depend on the order they are asked in", "[monte_carlo]") {
  monte_carlo first{10'000, 2025};
  const auto lead_first = first.stream("lead").between(9, 12);
  const auto gap_second = first.stream("gap").between(1.5, 2.5);

  monte_carlo second{10'000, 2025};
  (void)second.between(0, 1);  // draws from the source itself do not move its streams
  const auto gap_first = second.stream("gap").between(1.5, 2.5);
  const auto lead_second = second.stream("lead").between(9, 12);

  CHECK(same_bits(lead_first, lead_second));
  CHECK(same_bits(gap_first, gap_second));
  // A stream has the source's draw count; the same name is the same input.
  CHECK(lead_first.size() == 10'000);
  CHECK(same_bits(first.stream("lead").between(9, 12), lead_first));
}

TEST_CASE("streams of different names or seeds are unrelated", "[monte_carlo]") {
  monte_carlo mc{20'000, 7};
  const auto a = mc.stream("a").uniform(0, 1);
  const auto b = mc.stream("b").uniform(0, 1);
  const auto a_other_seed = monte_carlo{20'000, 8}.stream("a").uniform(0, 1);
  CHECK_FALSE(same_bits(a, b));
  CHECK_FALSE(same_bits(a, a_other_seed));
  // Independent uniforms: a rank correlation's sd is 1/sqrt(n - 1) = 0.0071
  // at n = 20,000, so |r| < 0.04 fails by chance about once in 10^7.
  CHECK(std::abs(rank_correlation(a, b)) < 0.04);
  CHECK(std::abs(rank_correlation(a, a_other_seed)) < 0.04);
  CHECK(mc.stream("a").seed() != mc.stream("b").seed());
  CHECK(mc.seed() == 7);
}

TEST_CASE("bad input to monte_carlo::stream", "[monte_carlo]") {
  monte_carlo mc{10, 1};
  CHECK_THROWS_WITH(mc.stream(""), ContainsSubstring("monte_carlo::stream: name = \"\"") &&
                                       ContainsSubstring("one or more characters"));
}
