// The shipped frontier models and the selections made before a fit: figures
// checked against 6ND from their own counts, sources, the frontier by hand.
#include <algorithm>
#include <string>
#include <vector>

#include "catch.hpp"
#include "curveshift/curveshift.hpp"
#include "curveshift/fit.hpp"
#include "curveshift/data/models.hpp"
#include "curveshift/data/select.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
std::vector<std::string> names_of(const std::vector<model>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms) out.emplace_back(m.name);
  return out;
}
}  // namespace

TEST_CASE("reported compute agrees with 6ND from the same paper's counts", "[models]") {
  // GPT-3: 6 x 175e9 x 300e9 = 3.15e23 against the reported 3.14e23 (0.3%).
  // Chinchilla: 6 x 70e9 x 1.4e12 = 5.88e23 against the reported 5.76e23 (2.1%).
  // Llama 3.1 405B: 6 x 405e9 x 15.6e12 = 3.7908e25 against the reported 3.8e25 (0.2%).
  // A typo in either figure (a digit, an exponent) breaks the 3% agreement.
  int checked = 0;
  for (const model& m : catalogue::models) {
    if (m.basis != compute_basis::reported) continue;
    const double n = m.parameters->in(parameters);
    const double d = m.tokens->in(tokens);
    CHECK(m.compute().in(flop) == Approx(6 * n * d).epsilon(0.03));
    ++checked;
  }
  CHECK(checked == 3);
  // DeepSeek-V3: 6 x 37B active x 14.8T = 3.2856e24 (not the 671B total).
  const model& v3 = catalogue::find_model("deepseek-v3");
  CHECK(v3.compute().in(flop) == Approx(3.2856e24));
  CHECK(v3.parameters->in(billion_parameters) == 671);
  // The reported $5.576M: 2.788M H800-hours x $2.
  CHECK(v3.cost->in(million_usd).lo() == Approx(5.576));
  // "a few $10M's" for Claude 3.5 Sonnet: $20-50M.
  CHECK(catalogue::find_model("Claude 3.5 Sonnet").cost->in(million_usd).hi() == Approx(50));
}

TEST_CASE("the shipped models are dated, ordered and sourced", "[models]") {
  for (std::size_t i = 1; i < catalogue::models.size(); ++i) {
    CHECK(catalogue::models[i - 1].when <= catalogue::models[i].when);
  }
  for (const model& m : catalogue::models) {
    CHECK_FALSE(m.sources.release.empty());
    if (m.parameters || m.tokens) CHECK_FALSE(m.sources.counts.empty());
    if (m.has_compute()) CHECK_FALSE(m.sources.compute.empty());
    if (m.cost) CHECK_FALSE(m.sources.cost.empty());
    CHECK(m.has_compute() == (m.basis != compute_basis::unknown));
  }
  // Four models publish no compute: GPT-4, Gemini 1.0 Ultra, Claude 3 Opus, Claude 3.5 Sonnet.
  CHECK(with_compute(catalogue::models).size() == catalogue::models.size() - 4);
  static_assert(catalogue::find_model("GPT-3 175B").when == date{2020, 5, 28});
}

TEST_CASE("fit_trend over the shipped models", "[models][fit]") {
  // The 14 models with compute, by hand (Python, the same least squares on ln FLOP against
  // days / 365.2425): slope 0.947732 per year, so 2.57985x per year; SE 0.223859;
  // t(0.95, 12 df) = 1.782288 from the t table: 90% CI exp(0.947732 +- 0.398982) = 1.73109-3.84477x.
  const auto fit = fit_trend(with_compute(catalogue::models), &model::compute);
  CHECK(fit.observations == 14);
  CHECK(fit.trend.per_year().value() == Approx(2.579853).epsilon(1e-6));
  CHECK(fit.log_rate_error == Approx(0.2238589).epsilon(1e-6));
  CHECK(fit.trend_interval().per_year().value().lo() == Approx(1.731090).epsilon(1e-6));
  CHECK(fit.trend_interval().per_year().value().hi() == Approx(3.844768).epsilon(1e-6));
  CHECK(fit.start.when == date{2020, 5, 28});
  CHECK(to_string(fit) == "2.6x per year (90% CI 1.7-3.8x)");
}

TEST_CASE("the frontier: the top n at the time of release", "[models][select]") {
  const auto known = with_compute(catalogue::models);
  // Record-setters by hand: GPT-3 3.14e23; MT-NLG 8.586e23; PaLM 2.5272e24; Falcon 180B 3.78e24;
  // Llama 3 70B 6.3e24; Nemotron-4 1.836e25; Llama 3.1 3.8e25. Chinchilla (5.76e23) came after
  // MT-NLG, DeepSeek-V3 (3.2856e24) after Llama 3.1, so neither led when released.
  const auto top1 = frontier(known, 1, &model::compute);
  CHECK(names_of(top1) == std::vector<std::string>{"GPT-3 175B", "Megatron-Turing NLG 530B", "PaLM 540B",
                                                   "Falcon 180B", "Llama 3 70B", "Nemotron-4 340B", "Llama 3.1 405B"});
  // Those 7, fitted by hand as above: 2.706397x per year (slope 0.995618), SE 0.165671;
  // t(0.95, 5 df) = 2.015048: 90% CI exp(0.995618 +- 0.333835) = 1.938246-3.778977x.
  const auto fit = fit_trend(top1, &model::compute);
  CHECK(fit.trend.per_year().value() == Approx(2.706397).epsilon(1e-6));
  CHECK(fit.trend_interval().per_year().value().lo() == Approx(1.938246).epsilon(1e-6));
  CHECK(fit.trend_interval().per_year().value().hi() == Approx(3.778977).epsilon(1e-6));
  CHECK(fit.log_rate_error == Approx(0.1656709).epsilon(1e-6));
  // Within a one-year window, Llama 2 70B (8.4e23) led the year before it (BLOOM, LLaMA), so it joins.
  const auto windowed = names_of(frontier(known, 1, years(1.0), &model::compute));
  CHECK(std::find(windowed.begin(), windowed.end(), "Llama 2 70B") != windowed.end());
  CHECK(windowed.size() == 8);
  // Chinchilla (5.76e23) was 2nd when released, behind MT-NLG (8.586e23) and ahead of GPT-3:
  // in the top 2, not the top 1.
  const auto top2 = names_of(frontier(known, 2, &model::compute));
  CHECK(std::find(top2.begin(), top2.end(), "Chinchilla") != top2.end());
}

TEST_CASE("selections by date, developer and residual", "[models][select]") {
  // From 2024 on: Claude 3 Opus, Llama 3 70B, Nemotron-4, Claude 3.5 Sonnet, Llama 3.1, Qwen2.5, DeepSeek-V3.
  CHECK(from_date(catalogue::models, date{2024, 1, 1}).size() == 7);
  // Meta: OPT-175B, LLaMA-65B, Llama 2 70B, Llama 3 70B, Llama 3.1 405B; case ignored.
  CHECK(by_developer(catalogue::models, "meta").size() == 5);
  // NVIDIA alone (Nemotron-4) and jointly with Microsoft (MT-NLG).
  CHECK(names_of(by_developer(catalogue::models, "NVIDIA")) ==
        std::vector<std::string>{"Megatron-Turing NLG 530B", "Nemotron-4 340B"});
  CHECK(by_developer(catalogue::models, "Open").empty());  // a whole name, not a prefix of OpenAI
  // On or above the fitted trend (margin 0) is about half the rows; a margin of 10 OOM keeps all.
  const auto known = with_compute(catalogue::models);
  const auto fit = fit_trend(known, &model::compute);
  const auto above = above_trend(known, fit, 0.0, &model::compute);
  std::size_t by_hand = 0;
  for (std::size_t i = 0; i < known.size(); ++i) by_hand += fit.residuals[i] >= 0 ? 1 : 0;
  CHECK(above.size() == by_hand);
  CHECK(above_trend(known, fit, 10.0, &model::compute).size() == known.size());
}

TEST_CASE("bad input to the models and the selections raises curveshift::error", "[models][select][bad-input]") {
  CHECK_THROWS_WITH(catalogue::find_model("GPT-5"),
                    ContainsSubstring("catalogue::find_model") && ContainsSubstring("name = GPT-5"));
  CHECK_THROWS_WITH(catalogue::find_model("GPT-4").compute(),
                    ContainsSubstring("model::compute") && ContainsSubstring("model = GPT-4") &&
                        ContainsSubstring("published"));
  const auto known = with_compute(catalogue::models);
  CHECK_THROWS_WITH(frontier(known, 0, &model::compute), ContainsSubstring("frontier") && ContainsSubstring("top_n = 0"));
  CHECK_THROWS_WITH(frontier(known, 1, years(0.0), &model::compute),
                    ContainsSubstring("frontier") && ContainsSubstring("window = 0"));
  CHECK_THROWS_WITH(frontier(known, 1, years(1e300), &model::compute), ContainsSubstring("window"));
  CHECK_THROWS_WITH(by_developer(catalogue::models, ""), ContainsSubstring("by_developer") &&
                                                             ContainsSubstring("developer = \"\""));
  const auto fit = fit_trend(known, &model::compute);
  CHECK_THROWS_WITH(above_trend(known, fit, std::numeric_limits<double>::quiet_NaN(), &model::compute),
                    ContainsSubstring("above_trend") && ContainsSubstring("orders_below = nan"));
  // A projection onto a model without compute names it.
  CHECK_THROWS_WITH(fit_trend(catalogue::models, &model::compute), ContainsSubstring("model = GPT-4"));
}
