// curveshift/inference.hpp: what serving a model costs. A decoding step costs
// 2 N_active FLOP per token and reads the weights from memory once for the
// whole batch, so a chip's throughput is bounded by its FLOP/s and by its
// memory bandwidth; with a chip-hour price that gives $ per million tokens.
// API prices themselves are price_per_token values ("$3 per million tokens").
#pragma once

#include "curveshift/hardware/chip.hpp"
#include "curveshift/core/counts.hpp"
#include "curveshift/hardware/training_run.hpp"

namespace curveshift {

/// An API price blended from its input and output prices by the share of
/// input tokens. The usual blend is 3 input tokens to 1 output (input share
/// 0.75), as Artificial Analysis reports prices: Claude 3.5 Sonnet at $3 / $15
/// per million tokens blends to 0.75 x 3 + 0.25 x 15 = $6.
template <number A, number B, class X = double>
  requires number<maker_t<X>>
constexpr auto blended_price(const price_per_token<A>& input, const price_per_token<B>& output,
                             const X& input_share = 0.75) {
  using K = maker_t<X>;
  const K share = static_cast<K>(input_share);
  detail::require(share, [](auto v) { return v >= 0 && v <= 1; }, "blended_price", "input_share",
                  "a share of input tokens in [0, 1]");
  using R = promoted_t<promoted_t<A, B>, K>;
  return detail::make_unchecked<price_per_token<>::dimension_type>(
      R(detail::raw(input) * share + detail::raw(output) * (scalar_t<K>(1) - share)));
}

/// How a model is served on one kind of chip. There is no default for the
/// utilisation: serving stacks differ too much for one number to stand for them.
template <number T = double>
struct serving_setup {
  /// Parameters used per token (all of them for a dense model, the active
  /// ones for a mixture of experts): 2 N_active FLOP per token.
  parameter_count<T> active_parameters;
  /// Parameters read from memory per decoding step: all the weights, for a
  /// dense model or a mixture of experts whose batch touches every expert.
  parameter_count<T> parameters_read;
  /// Bytes per parameter: 2 for BF16 weights, 1 for FP8.
  T bytes_per_parameter = T(2);
  /// Sequences decoded together: each step reads the weights once for all of them.
  T batch = T(1);
  /// The share of peak FLOP/s achieved when compute bound, in (0, 1].
  T utilisation = T(0);
};

/// Tokens per second one chip serves: the lesser of the compute bound,
/// peak x utilisation / (2 N_active), and the memory bound, batch x
/// bandwidth / (parameters read x bytes per parameter). An H100 (989.4
/// TFLOP/s, 3.35 TB/s) serving a 70B dense model in BF16 at batch 1 is
/// memory bound: 3.35e12 / 1.4e11 = 23.9 tokens per second.
/// Any number type: with intervals or samples the lesser bound is taken bound
/// by bound, or draw by draw.
template <number T>
constexpr auto serving_throughput(const chip& type, precision p, const serving_setup<T>& s) {
  const char* f = "serving_throughput";
  detail::require_positive(detail::raw(s.active_parameters), f, "active_parameters");
  detail::require_positive(detail::raw(s.parameters_read), f, "parameters_read");
  detail::require_positive(s.bytes_per_parameter, f, "bytes_per_parameter");
  detail::require(s.batch, [](auto v) { return detail::finite(v) && v >= 1; }, f, "batch", "a batch of at least 1");
  detail::require(s.utilisation, [](auto v) { return v > 0 && v <= 1; }, f, "utilisation",
                  "a utilisation in (0, 1] (it has no default: state the one you assume)");
  const double peak = type.flop_rate(p).base_value();
  const double bandwidth = type.bandwidth_tb_per_s() * 1e12;  // bytes per second
  const T compute_bound = T(peak * s.utilisation / (scalar_t<T>(2) * detail::raw(s.active_parameters)));
  const T memory_bound = T(s.batch * bandwidth / (detail::raw(s.parameters_read) * s.bytes_per_parameter));
  T rate = compute_bound;
  if constexpr (std::floating_point<T>) {
    if (memory_bound < compute_bound) rate = memory_bound;
  } else {
    rate = min(compute_bound, memory_bound);  // interval.hpp and samples.hpp
  }
  return detail::make_quantity<token_rate<>::dimension_type>(detail::checked_result(rate, f), f);
}

/// The cost of a token served at a throughput per chip and a price per
/// chip-hour: $2 an hour at 23.9 tokens per second is 2 / (23.9 x 3600) x
/// 1e6 = $23.2 per million tokens.
template <number A, number B>
constexpr auto serving_price(const token_rate<A>& per_chip, const price_per_chip_second<B>& price) {
  detail::require_positive(detail::raw(per_chip), "serving_price", "throughput");
  detail::require_positive(detail::raw(price), "serving_price", "price");
  using R = promoted_t<A, B>;
  return detail::make_quantity<price_per_token<>::dimension_type>(
      detail::checked_result(R(detail::raw(price) / detail::raw(per_chip)), "serving_price"), "serving_price");
}

}  // namespace curveshift
