// curveshift/models.hpp: frontier language models as published figures
// (parameters, training tokens, training compute, cost), each with its
// source, shipped as constexpr data: catalogue::models. A figure the
// developer did not publish is left out (std::nullopt), never guessed:
// third-party estimates (Epoch AI's for GPT-4 or Gemini Ultra) belong in the
// user's own data, read with curveshift/csv.hpp.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "curveshift/core/counts.hpp"
#include "curveshift/core/date.hpp"
#include "curveshift/detail/names.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/core/number.hpp"
#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// Where a model's training compute comes from.
enum class compute_basis {
  /// Not published.
  unknown,
  /// Stated by the developer in FLOP.
  reported,
  /// 6 N D from the published counts (active parameters for a mixture of
  /// experts; Kaplan et al. 2020): the developer gave N and D, not the FLOP.
  from_counts,
};

/// The source of each of a model's figures.
struct model_sources {
  std::string_view release{};
  std::string_view counts{};
  std::string_view compute{};
  std::string_view cost{};
};

/// A trained model as published figures. An aggregate, so a user adds their
/// own rows with designated initialisers; `when` is the date it was first
/// published (paper or announcement), so fit_trend and the selections read
/// a model like any dated row.
struct model {
  std::string_view name;
  std::string_view developer;
  date when;
  /// Total parameters (all experts of a mixture of experts).
  std::optional<parameter_count<>> parameters{};
  /// Parameters active per token, where they differ from the total (a mixture of experts).
  std::optional<parameter_count<>> active_parameters{};
  /// Training tokens.
  std::optional<token_count<>> tokens{};
  std::optional<curveshift::compute<>> training_compute{};
  compute_basis basis = compute_basis::unknown;
  /// The cost of the final training run as published, as bounds: a point
  /// where one figure was given ($5.576M), a range where words were ("a few
  /// $10M's" is $20-50M).
  std::optional<money<interval<>>> cost{};
  model_sources sources{};
  std::string_view note{};

  constexpr bool has_compute() const { return training_compute.has_value(); }
  /// The training compute; a model whose compute is not published raises,
  /// naming it. For fits: fit_trend(with_compute(catalogue::models), &model::compute).
  constexpr curveshift::compute<> compute() const {
    if (!training_compute) {
      detail::fail_text("model::compute", "model", name, "a model whose training compute is published");
    }
    return *training_compute;
  }
};

/// The models of a range whose training compute is published, in order:
/// the rows a compute trend can be fitted to. The others are not dropped
/// silently: they are the rows this leaves out, and has_compute() names them.
template <class R>
std::vector<model> with_compute(const R& models) {
  std::vector<model> out;
  for (const model& m : models) {
    if (m.has_compute()) out.push_back(m);
  }
  return out;
}

namespace catalogue {

namespace detail {
inline constexpr std::string_view six_nd = "6 N D from the published counts (Kaplan et al. 2020)";
}  // namespace detail

/// Frontier language models with published figures, oldest first.
inline constexpr std::array<model, 18> models{{
    {.name = "GPT-3 175B",
     .developer = "OpenAI",
     .when = date{2020, 5, 28},
     .parameters = billion_parameters(175),
     .tokens = billion_tokens(300),
     .training_compute = flop(3.14e23),
     .basis = compute_basis::reported,
     .sources = {"Brown et al. 2020, Language Models are Few-Shot Learners (arXiv 2005.14165)",
                 "Brown et al. 2020, Table 2.1 and section 2.2", "Brown et al. 2020, Table D.1", ""}},
    {.name = "Megatron-Turing NLG 530B",
     .developer = "Microsoft, NVIDIA",
     .when = date{2022, 1, 28},
     .parameters = billion_parameters(530),
     .tokens = billion_tokens(270),
     .training_compute = flop(6 * 530e9 * 270e9),
     .basis = compute_basis::from_counts,
     .sources = {"Smith et al. 2022, Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B (arXiv 2201.11990)",
                 "Smith et al. 2022", detail::six_nd, ""}},
    {.name = "Chinchilla",
     .developer = "DeepMind",
     .when = date{2022, 3, 29},
     .parameters = billion_parameters(70),
     .tokens = trillion_tokens(1.4),
     .training_compute = flop(5.76e23),
     .basis = compute_basis::reported,
     .sources = {"Hoffmann et al. 2022, Training Compute-Optimal Large Language Models (arXiv 2203.15556)",
                 "Hoffmann et al. 2022, section 4", "Hoffmann et al. 2022: Gopher's budget, 5.76e23 FLOP", ""}},
    {.name = "PaLM 540B",
     .developer = "Google",
     .when = date{2022, 4, 5},
     .parameters = billion_parameters(540),
     .tokens = billion_tokens(780),
     .training_compute = flop(6 * 540e9 * 780e9),
     .basis = compute_basis::from_counts,
     .sources = {"Chowdhery et al. 2022, PaLM: Scaling Language Modeling with Pathways (arXiv 2204.02311)",
                 "Chowdhery et al. 2022", detail::six_nd, ""}},
    {.name = "OPT-175B",
     .developer = "Meta",
     .when = date{2022, 5, 2},
     .parameters = billion_parameters(175),
     .tokens = billion_tokens(180),
     .training_compute = flop(6 * 175e9 * 180e9),
     .basis = compute_basis::from_counts,
     .sources = {"Zhang et al. 2022, OPT: Open Pre-trained Transformer Language Models (arXiv 2205.01068)",
                 "Zhang et al. 2022", detail::six_nd, ""}},
    {.name = "BLOOM",
     .developer = "BigScience",
     .when = date{2022, 7, 12},
     .parameters = billion_parameters(176),
     .tokens = billion_tokens(366),
     .training_compute = flop(6 * 176e9 * 366e9),
     .basis = compute_basis::from_counts,
     .sources = {"BigScience release announcement, 2022-07-12",
                 "BigScience Workshop 2022, BLOOM: A 176B-Parameter Open-Access Multilingual Language Model "
                 "(arXiv 2211.05100)",
                 detail::six_nd, ""}},
    {.name = "LLaMA-65B",
     .developer = "Meta",
     .when = date{2023, 2, 24},
     .parameters = billion_parameters(65.2),
     .tokens = trillion_tokens(1.4),
     .training_compute = flop(6 * 65.2e9 * 1.4e12),
     .basis = compute_basis::from_counts,
     .sources = {"Meta AI announcement, 2023-02-24",
                 "Touvron et al. 2023, LLaMA: Open and Efficient Foundation Language Models (arXiv 2302.13971)",
                 detail::six_nd, ""}},
    {.name = "GPT-4",
     .developer = "OpenAI",
     .when = date{2023, 3, 14},
     .sources = {"OpenAI announcement, 2023-03-14", "not published", "not published", "not published"},
     .note = "OpenAI published no parameters, tokens, compute or cost"},
    {.name = "Llama 2 70B",
     .developer = "Meta",
     .when = date{2023, 7, 18},
     .parameters = billion_parameters(70),
     .tokens = trillion_tokens(2),
     .training_compute = flop(6 * 70e9 * 2e12),
     .basis = compute_basis::from_counts,
     .sources = {"Meta announcement, 2023-07-18",
                 "Touvron et al. 2023, Llama 2: Open Foundation and Fine-Tuned Chat Models (arXiv 2307.09288)",
                 detail::six_nd, ""}},
    {.name = "Falcon 180B",
     .developer = "Technology Innovation Institute",
     .when = date{2023, 9, 6},
     .parameters = billion_parameters(180),
     .tokens = trillion_tokens(3.5),
     .training_compute = flop(6 * 180e9 * 3.5e12),
     .basis = compute_basis::from_counts,
     .sources = {"TII announcement, 2023-09-06",
                 "Almazrouei et al. 2023, The Falcon Series of Open Language Models (arXiv 2311.16867)",
                 detail::six_nd, ""}},
    {.name = "Gemini 1.0 Ultra",
     .developer = "Google DeepMind",
     .when = date{2023, 12, 6},
     .sources = {"Google DeepMind announcement, 2023-12-06", "not published", "not published", "not published"},
     .note = "Google published no parameters, tokens, compute or cost"},
    {.name = "Claude 3 Opus",
     .developer = "Anthropic",
     .when = date{2024, 3, 4},
     .sources = {"Anthropic announcement, 2024-03-04", "not published", "not published", "not published"}},
    {.name = "Llama 3 70B",
     .developer = "Meta",
     .when = date{2024, 4, 18},
     .parameters = billion_parameters(70),
     .tokens = trillion_tokens(15),
     .training_compute = flop(6 * 70e9 * 15e12),
     .basis = compute_basis::from_counts,
     .sources = {"Meta announcement, 2024-04-18", "Meta Llama 3 model card (over 15T tokens)", detail::six_nd, ""}},
    {.name = "Nemotron-4 340B",
     .developer = "NVIDIA",
     .when = date{2024, 6, 14},
     .parameters = billion_parameters(340),
     .tokens = trillion_tokens(9),
     .training_compute = flop(6 * 340e9 * 9e12),
     .basis = compute_basis::from_counts,
     .sources = {"NVIDIA announcement, 2024-06-14", "NVIDIA 2024, Nemotron-4 340B Technical Report (arXiv 2406.11704)",
                 detail::six_nd, ""}},
    {.name = "Claude 3.5 Sonnet",
     .developer = "Anthropic",
     .when = date{2024, 6, 20},
     .cost = usd(interval<>(20e6, 50e6)),
     .sources = {"Anthropic announcement, 2024-06-20", "not published", "not published",
                 "Amodei 2025, On DeepSeek and Export Controls: \"a few $10M's to train\" (a few = 2-5)"},
     .note = "\"a mid-sized model\" (Amodei 2025)"},
    {.name = "Llama 3.1 405B",
     .developer = "Meta",
     .when = date{2024, 7, 23},
     .parameters = billion_parameters(405),
     .tokens = trillion_tokens(15.6),
     .training_compute = flop(3.8e25),
     .basis = compute_basis::reported,
     .sources = {"Meta announcement, 2024-07-23", "Llama Team 2024, The Llama 3 Herd of Models (arXiv 2407.21783)",
                 "Llama Team 2024: 3.8e25 FLOP", ""}},
    {.name = "Qwen2.5-72B",
     .developer = "Alibaba",
     .when = date{2024, 9, 19},
     .parameters = billion_parameters(72.7),
     .tokens = trillion_tokens(18),
     .training_compute = flop(6 * 72.7e9 * 18e12),
     .basis = compute_basis::from_counts,
     .sources = {"Qwen team announcement, 2024-09-19", "Qwen Team 2024, Qwen2.5 Technical Report (arXiv 2412.15115)",
                 detail::six_nd, ""}},
    {.name = "DeepSeek-V3",
     .developer = "DeepSeek",
     .when = date{2024, 12, 26},
     .parameters = billion_parameters(671),
     .active_parameters = billion_parameters(37),
     .tokens = trillion_tokens(14.8),
     .training_compute = flop(6 * 37e9 * 14.8e12),
     .basis = compute_basis::from_counts,
     .cost = usd(interval<>(5.576e6)),
     .sources = {"DeepSeek-AI 2024, DeepSeek-V3 Technical Report (arXiv 2412.19437)", "DeepSeek-AI 2024",
                 "6 N D with N the 37B active parameters (Kaplan et al. 2020)",
                 "DeepSeek-AI 2024: 2.788M H800 GPU-hours at an assumed $2 per GPU-hour, the final run only"}},
}};

/// The shipped model of that name, case ignored: find_model("deepseek-v3").
/// An unknown name raises curveshift::error.
constexpr const model& find_model(std::string_view name) {
  for (const model& m : models) {
    if (curveshift::detail::same_name(m.name, name)) return m;
  }
  curveshift::detail::fail_text("catalogue::find_model", "name", name, "the name of a model in catalogue::models");
}

}  // namespace catalogue

}  // namespace curveshift
