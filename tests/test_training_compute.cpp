// Parameter and token counts, C = 6 N D both ways, and the allocations of a
// budget (Kaplan et al. 2020; Hoffmann et al. 2022; Besiroglu et al. 2024).
#include <curveshift/curveshift.hpp>

#include <cmath>
#include <sstream>
#include <type_traits>

#include "catch.hpp"
#include "dimension_checks.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

// Counts have dimensions of their own: a parameter count plus a token count,
// or plus FLOP, does not compile.
static_assert(!addable<parameter_count<>, token_count<>>);
static_assert(!addable<parameter_count<>, compute<>>);
static_assert(addable<token_count<>, token_count<>>);

TEST_CASE("counts are quantities with their own units and text", "[counts]") {
  CHECK(billion_parameters(70).in(parameters) == 70e9);
  CHECK(trillion_tokens(1.4).in(billion_tokens) == Approx(1400.0));
  CHECK(to_string(billion_parameters(70)) == "70B parameters");
  CHECK(to_string(trillion_tokens(1.4)) == "1.4T tokens");
  CHECK(to_string(trillion_tokens(15)) == "15T tokens");
  CHECK(to_string(million_parameters(125)) == "125M parameters");
  CHECK(to_string(billion_parameters(interval{7.0, 70.0})) == "7-70B parameters");
  // 1.4T / 70B = 20 tokens per parameter.
  CHECK(to_string(trillion_tokens(1.4) / billion_parameters(70)) == "20 tokens per parameter");
  std::ostringstream os;
  os << billion_parameters(405);
  CHECK(os.str() == "405B parameters");
  CHECK_THROWS_WITH(parameters(-1), ContainsSubstring("curveshift::parameters: amount = -1"));
  CHECK_THROWS_WITH(trillion_tokens(std::nan("")), ContainsSubstring("curveshift::trillion_tokens: amount = nan"));
  CHECK_THROWS_WITH(to_string(parameters(1), digits{40}), ContainsSubstring("to_string(parameter_count)"));
  CHECK_THROWS_WITH(to_string(tokens(1), digits{40}), ContainsSubstring("to_string(token_count)"));
}

TEST_CASE("C = 6 N D and its inverses", "[counts][training_compute]") {
  // 6 x 70e9 x 1.4e12 = 5.88e23 FLOP.
  const auto c = training_compute(billion_parameters(70), trillion_tokens(1.4));
  CHECK(c.in(flop) == Approx(5.88e23));
  // Back: 5.88e23 / (6 x 70e9) = 1.4e12 tokens; 5.88e23 / (6 x 1.4e12) = 70e9 parameters.
  CHECK(tokens_for(c, billion_parameters(70)).in(trillion_tokens) == Approx(1.4));
  CHECK(parameters_for(c, trillion_tokens(1.4)).in(billion_parameters) == Approx(70.0));
  // Llama 3 405B on 15.6T tokens (Meta, "The Llama 3 Herd of Models", 2024):
  // 6 x 405e9 x 15.6e12 = 3.7908e25 FLOP, the report's 3.8e25.
  CHECK(training_compute(billion_parameters(405), trillion_tokens(15.6)).in(flop) == Approx(3.7908e25));
  // Over intervals: 7-70B on 1.4T is 5.88e22-5.88e23.
  const auto range = training_compute(billion_parameters(interval{7.0, 70.0}), trillion_tokens(1.4));
  CHECK(lower(range).in(flop) == Approx(5.88e22));
  CHECK(upper(range).in(flop) == Approx(5.88e23));
  CHECK_THROWS_WITH(tokens_for(flop(0), parameters(1e9)), ContainsSubstring("tokens_for: budget = 0"));
  CHECK_THROWS_WITH(tokens_for(flop(1e24), parameters(0)), ContainsSubstring("tokens_for: parameters = 0"));
  CHECK_THROWS_WITH(parameters_for(flop(0), tokens(1e12)), ContainsSubstring("parameters_for: budget = 0"));
  CHECK_THROWS_WITH(parameters_for(flop(1e24), tokens(0)), ContainsSubstring("parameters_for: tokens = 0"));
}

TEST_CASE("approach 1: a fixed ratio of tokens to parameters", "[counts][training_compute]") {
  // At Chinchilla's own budget 5.76e23 and r = 20: N = sqrt(5.76e23 / 120) = sqrt(4.8e21)
  // = 6.9282e10, D = 20 N = 1.38564e12, and 6 N D = 5.76e23 again.
  const auto a = fixed_ratio_allocation(flop(5.76e23));
  CHECK(a.parameters.in(parameters) == Approx(6.9282032e10));
  CHECK(a.tokens.in(tokens) == Approx(1.38564065e12));
  CHECK(a.ratio().in(tokens_per_parameter_unit) == Approx(20.0));
  CHECK(a.training_compute().in(flop) == Approx(5.76e23));
  // Another ratio: r = 100 at 6e24 gives N = sqrt(1e22) = 1e11.
  CHECK(fixed_ratio_allocation(flop(6e24), 100).parameters.in(parameters) == Approx(1e11));
  CHECK_THROWS_WITH(fixed_ratio_allocation(flop(0)), ContainsSubstring("fixed_ratio_allocation: budget = 0"));
  CHECK_THROWS_WITH(fixed_ratio_allocation(flop(1e24), 0), ContainsSubstring("fixed_ratio_allocation: ratio = 0"));
}

TEST_CASE("the published fits disagree on tokens per parameter at 1e25 FLOP", "[counts][chinchilla]") {
  // The closed form D / N = G^-2 (C/6)^((alpha - beta) / (alpha + beta)), G = (alpha A / (beta B))^(1 / (alpha + beta)).
  // C / 6 = 1.6667e24, ln = 55.7729.
  //  Hoffmann as printed: ln G = ln(0.34 x 406.4 / (0.28 x 410.7)) / 0.62 = ln(1.201577) / 0.62 = 0.296185;
  //    D / N = exp(-2 x 0.296185 + 0.06 / 0.62 x 55.7729) = exp(4.805) = 122.1.
  //  Hoffmann unrounded: alpha - beta = 0.05426254, alpha + beta = 0.62407914; ln G = 0.262398;
  //    D / N = exp(-0.524796 + 0.0869483 x 55.7729) = exp(4.324) = 75.5.
  //  Besiroglu et al. 2024: alpha - beta = -0.018, sum 0.7136; ln G = ln(0.3478 x 482.01 / (0.3658 x 2085.43)) / 0.7136
  //    = ln(0.219762) / 0.7136 = -2.12343; D / N = exp(4.24686 - 0.0252242 x 55.7729) = exp(2.8400) = 17.1.
  //  Approach 1 (fixed_ratio_allocation): 20.
  const auto budget = flop(1e25);
  CHECK(published::hoffmann_2022.compute_optimal(budget).ratio().in(tokens_per_parameter_unit) == Approx(122.1).epsilon(2e-3));
  CHECK(published::hoffmann_2022_unrounded.compute_optimal(budget).ratio().in(tokens_per_parameter_unit) ==
        Approx(75.5).epsilon(2e-3));
  CHECK(published::besiroglu_2024.compute_optimal(budget).ratio().in(tokens_per_parameter_unit) ==
        Approx(17.1).epsilon(3e-3));
  CHECK(fixed_ratio_allocation(budget).ratio().in(tokens_per_parameter_unit) == Approx(20.0));
}

TEST_CASE("Kaplan's laws in parameters and in tokens are power laws over counts", "[counts][power_law]") {
  // L(N) = (8.8e13 / N)^0.076: at N = 8.8e11, (100)^-0.076... (8.8e13 / 8.8e11)^0.076 = 100^0.076 = 1.41907.
  CHECK(published::kaplan_2020_parameters.loss_at(parameters(8.8e11)).value() == Approx(1.41907).epsilon(1e-5));
  // L(D) = (5.4e13 / D)^0.095 at D = 5.4e11: 100^0.095 = 1.54882.
  CHECK(published::kaplan_2020_tokens.loss_at(tokens(5.4e11)).value() == Approx(1.54882).epsilon(1e-5));
  CHECK(to_string(published::kaplan_2020_parameters) == "loss = (88T parameters / input)^0.076");
  CHECK_THROWS_WITH(published::kaplan_2020_tokens.loss_at(tokens(0)), ContainsSubstring("power_law::loss_at"));
}

TEST_CASE("chinchilla takes counts", "[counts][chinchilla]") {
  // L(70B, 1.4T) with the printed fit: 1.69 + 406.4 / 70e9^0.34 + 410.7 / 1.4e12^0.28 = 1.9366.
  CHECK(published::hoffmann_2022.loss_at(billion_parameters(70), trillion_tokens(1.4)).value() ==
        Approx(1.9366455));
  const auto a = published::hoffmann_2022.compute_optimal(flop(5.76e23));
  static_assert(std::is_same_v<decltype(a.parameters), parameter_count<>>);
  static_assert(std::is_same_v<decltype(a.tokens), token_count<>>);
  CHECK(to_string(a.parameters) == "32.2B parameters");
  CHECK(to_string(a.tokens) == "2.98T tokens");
}
