// curveshift/hardware/serving_memory.hpp: whether a model fits where it is
// served. The weights and the KV cache (keys and values of every token in
// every sequence, per layer) must fit in the chips' memory; a 70B dense
// model in BF16 (140 GB) does not fit on one 80 GB H100, and serving_fit
// says so, with the number of chips it needs. Memory is in bytes (decimal
// GB), as chips publish it (chip::memory_gb).
#pragma once

#include <cmath>
#include <string>

#include "curveshift/core/counts.hpp"
#include "curveshift/detail/decimal.hpp"
#include "curveshift/detail/fail.hpp"
#include "curveshift/hardware/chip.hpp"

namespace curveshift {

/// The shape of a transformer that sets its serving memory.
struct model_shape {
  /// Every parameter held in memory (the total, for a mixture of experts).
  parameter_count<> parameters;
  /// Transformer layers, KV heads per layer (fewer than query heads under
  /// grouped-query attention) and the dimension of each head.
  int layers = 0;
  int kv_heads = 0;
  int head_dim = 0;
  /// Bytes per weight (2 for BF16, 1 for FP8) and per cached key or value.
  double bytes_per_parameter = 2;
  double kv_bytes_per_value = 2;
};

/// What serving a model holds in memory, in bytes.
struct serving_memory {
  double weights;
  double kv_cache;
  double total() const { return weights + kv_cache; }
};

namespace detail {
inline void check_shape(const model_shape& m, const char* function) {
  require_positive(m.parameters.base_value(), function, "parameters");
  require(static_cast<double>(m.layers), [](double v) { return v >= 1; }, function, "layers", "at least 1 layer");
  require(static_cast<double>(m.kv_heads), [](double v) { return v >= 1; }, function, "kv_heads", "at least 1 KV head");
  require(static_cast<double>(m.head_dim), [](double v) { return v >= 1; }, function, "head_dim", "a head dimension >= 1");
  require_positive(m.bytes_per_parameter, function, "bytes_per_parameter");
  require_positive(m.kv_bytes_per_value, function, "kv_bytes_per_value");
}
}  // namespace detail

/// Bytes of KV cache per token: a key and a value per KV head per layer,
/// 2 x layers x kv_heads x head_dim x bytes. Llama 2 70B (80 layers, 8 KV
/// heads of 128, BF16): 2 x 80 x 8 x 128 x 2 = 327,680 bytes.
inline double kv_bytes_per_token(const model_shape& m) {
  detail::check_shape(m, "kv_bytes_per_token");
  return 2.0 * m.layers * m.kv_heads * m.head_dim * m.kv_bytes_per_value;
}

/// The memory of serving `batch` sequences of `context` tokens each: the
/// weights once, the KV cache per token of every sequence.
inline serving_memory memory_for_serving(const model_shape& m, const token_count<>& context, double batch = 1) {
  constexpr const char* function = "memory_for_serving";
  detail::check_shape(m, function);
  detail::require_positive(context.base_value(), function, "context");
  detail::require(batch, [](double v) { return detail::finite(v) && v >= 1; }, function, "batch", "a batch of at least 1");
  const double weights = m.parameters.base_value() * m.bytes_per_parameter;
  const double kv = kv_bytes_per_token(m) * context.base_value() * batch;
  return {detail::checked_result(weights, function), detail::checked_result(kv, function)};
}

/// The fewest chips of a type whose memory holds what serving needs (tensor
/// parallel: the weights and cache split across them), each chip's memory
/// usable up to `usable_share` (runtimes keep some for activations).
inline int chips_to_hold(const serving_memory& need, const chip& type, double usable_share = 1.0) {
  constexpr const char* function = "chips_to_hold";
  detail::require(usable_share, [](double v) { return v > 0 && v <= 1; }, function, "usable_share", "a share in (0, 1]");
  const double per_chip = type.memory_gb() * 1e9 * usable_share;
  const double n = std::ceil(need.total() / per_chip);
  if (!(n <= 1e6)) detail::fail(function, "need", need.total(), "at most a million chips' memory");
  return static_cast<int>(n);
}

/// Raises unless `chip_count_given` chips of the type hold what serving needs: "expected at least
/// 2 H100 chips: serving needs 140 GB of weights + 1.34 GB of KV cache, and
/// one holds 80 GB".
inline void require_fits(const serving_memory& need, const chip& type, int chip_count_given, double usable_share = 1.0) {
  constexpr const char* function = "require_fits";
  detail::require(static_cast<double>(chip_count_given), [](double v) { return v >= 1; }, function, "chips", "at least 1 chip");
  const int needed = chips_to_hold(need, type, usable_share);
  if (chip_count_given < needed) {
    detail::fail(function, "chips", static_cast<double>(chip_count_given),
                 "at least " + std::to_string(needed) + " " + std::string(type.name()) + " chips: serving needs " +
                     detail::bare_parts(need.weights / 1e9, digits{}).whole() + " GB of weights + " +
                     detail::bare_parts(need.kv_cache / 1e9, digits{}).whole() + " GB of KV cache, and one holds " +
                     detail::bare_parts(type.memory_gb() * usable_share, digits{}).whole() + " GB");
  }
}

}  // namespace curveshift
