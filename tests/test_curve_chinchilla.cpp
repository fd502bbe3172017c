// Chinchilla: L(N, D) = E + A / N^alpha + B / D^beta and compute-optimal allocation.
#include <curveshift/curveshift.hpp>

#include <cmath>
#include <limits>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("Chinchilla's loss at 70B parameters and 1.4T tokens", "[curve][chinchilla]") {
  const auto& c = published::hoffmann_2022;
  // 70e9^0.34 = exp(0.34 x 24.97184) = 4.8734e3 -> 406.4 / 4873.4 = 0.083392;
  // 1.4e12^0.28 = exp(0.28 x 27.96752) = 2.5140e3 -> 410.7 / 2514.0 = 0.163364;
  // 1.69 + 0.083392 + 0.163364 = 1.936645 (by a calculator: 1.9366455).
  CHECK(c.loss_at(billion_parameters(70), trillion_tokens(1.4)).value() == Approx(1.9366455));
  CHECK(c.floor().value() == 1.69);
}

TEST_CASE("compute-optimal allocation against the closed form (Hoffmann et al. 2022 eq. 4)", "[curve][chinchilla]") {
  // Rounded fit, C = 5.76e23 FLOP (Chinchilla's own budget):
  //   G = (alpha A / (beta B))^(1 / (alpha + beta)) = (0.34 x 406.4 / (0.28 x 410.7))^(1 / 0.62)
  //     = (138.176 / 114.996)^1.612903 = 1.2015722^1.612903 = exp(1.612903 x 0.1836344) = 1.3447106
  //   C / 6 = 9.6e22, ln(9.6e22) = 52.918625
  //   N = G (C/6)^(0.28 / 0.62) = exp(0.2961845 + 0.4516129 x 52.918625) = exp(24.194918) = 3.21899e10
  //   D = G^-1 (C/6)^(0.34 / 0.62) = 9.6e22 / 3.21899e10 = 2.98231e12
  //   D / N = 92.647 tokens per parameter (approach 3 favours more tokens than the 70B / 1.4T model).
  const auto a = published::hoffmann_2022.compute_optimal(flop(5.76e23));
  CHECK(a.parameters.in(parameters) == Approx(3.21899e10).epsilon(1e-5));
  CHECK(a.tokens.in(tokens) == Approx(2.98231e12).epsilon(1e-5));
  CHECK(a.ratio().in(tokens_per_parameter_unit) == Approx(92.647).epsilon(1e-4));
  CHECK(a.training_compute().in(flop) == Approx(5.76e23).epsilon(1e-12));
  // The allocation is a minimum: 10% more or fewer parameters at the same C cost loss.
  const double best = published::hoffmann_2022.loss_at(a.parameters, a.tokens).value();
  CHECK(best == Approx(1.9307481));
  CHECK(published::hoffmann_2022.loss_at(a.parameters * 1.1, a.tokens / 1.1).value() > best);
  CHECK(published::hoffmann_2022.loss_at(a.parameters / 1.1, a.tokens * 1.1).value() > best);
  // N grows as C^(beta / (alpha + beta)) = C^0.4516: 100x compute -> 100^0.4516 = 8.0198x parameters.
  const auto b = published::hoffmann_2022.compute_optimal(flop(5.76e25));
  CHECK((b.parameters / a.parameters) == Approx(std::pow(100.0, 0.28 / 0.62)));
  // Unrounded fit: G = 1.3000455, N = 4.03609e10, D / N = 58.932.
  const auto u = published::hoffmann_2022_unrounded.compute_optimal(flop(5.76e23));
  CHECK(u.parameters.in(parameters) == Approx(4.03609e10).epsilon(1e-5));
  CHECK(u.ratio().in(tokens_per_parameter_unit) == Approx(58.932).epsilon(1e-4));
  // Besiroglu et al. 2024: G = 0.1196298, N = 7.22487e10, D / N = 18.391 (close to Chinchilla's ~20).
  const auto r = published::besiroglu_2024.compute_optimal(flop(5.76e23));
  CHECK(r.parameters.in(parameters) == Approx(7.22487e10).epsilon(1e-5));
  CHECK(r.ratio().in(tokens_per_parameter_unit) == Approx(18.391).epsilon(1e-4));
}

TEST_CASE("the compute-optimal loss is a power law in compute", "[curve][chinchilla]") {
  // gamma = alpha beta / (alpha + beta) = 0.34 x 0.28 / 0.62 = 0.1535484;
  // K = A G^-alpha + B G^beta = 813.680; x_c = 6 K^(1 / gamma) = 5.40488e19 FLOP.
  const auto curve = published::hoffmann_2022.compute_optimal_curve();
  STATIC_REQUIRE(loss_curve<decltype(curve)>);
  CHECK(curve.exponent() == Approx(0.1535484));
  CHECK(curve.scale().in(flop) == Approx(5.40488e19).epsilon(1e-5));
  CHECK(curve.floor().value() == 1.69);
  // Its loss at C equals L(N_opt, D_opt): 1.9307481 at 5.76e23.
  CHECK(curve.loss_at(flop(5.76e23)).value() == Approx(1.9307481));
  // And it inverts: the compute for a loss of 1.9307481 is 5.76e23 FLOP.
  CHECK(curve.cost_for(loss{1.9307481}).in(flop) == Approx(5.76e23).epsilon(1e-5));
}

TEST_CASE("bad input to chinchilla raises curveshift::error", "[curve][chinchilla][bad-input]") {
  const auto& c = published::hoffmann_2022;
  CHECK_THROWS_WITH(c.loss_at(parameters(0), tokens(1e12)), ContainsSubstring("chinchilla::loss_at") && ContainsSubstring("parameters = 0"));
  CHECK_THROWS_WITH(c.loss_at(parameters(7e10), tokens(0)), ContainsSubstring("tokens = 0"));
  CHECK_THROWS_WITH(c.loss_at(parameters(1e9) * 0.0, tokens(1e12)), ContainsSubstring("parameters = 0"));
  CHECK_THROWS_WITH(c.compute_optimal(flop(0)),
                    ContainsSubstring("chinchilla::compute_optimal") && ContainsSubstring("budget = 0"));
  CHECK_THROWS_WITH(chinchilla(loss{1.69}, 0.0, 410.7, 0.34, 0.28), ContainsSubstring("curveshift::chinchilla") &&
                                                                         ContainsSubstring("a = 0"));
  CHECK_THROWS_WITH(chinchilla(loss{1.69}, 406.4, -1.0, 0.34, 0.28), ContainsSubstring("b = -1"));
  CHECK_THROWS_WITH(chinchilla(loss{1.69}, 406.4, 410.7, 0.0, 0.28), ContainsSubstring("alpha = 0"));
  CHECK_THROWS_WITH(chinchilla(loss{1.69}, 406.4, 410.7, 0.34, -0.28), ContainsSubstring("beta = -0.28"));
  // Parameters so few that A / N^alpha overflows: 406.4 / (1e-300)^0.34 is finite (1e104), but
  // with alpha = 3: 1e900 -> infinity.
  const chinchilla steep{loss{1.0}, 406.4, 410.7, 3.0, 0.28};
  CHECK_THROWS_WITH(steep.loss_at(parameters(1e-300), tokens(1e12)), ContainsSubstring("chinchilla::loss_at") && ContainsSubstring("result"));
}
