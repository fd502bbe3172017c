// hardware/serving_memory.hpp: whether a model's weights and KV cache fit in
// the chips it is served on. Shapes from the models' own papers; memory as
// the chips publish it (decimal GB).
#include <curveshift/hardware/catalogue.hpp>
#include <curveshift/hardware/serving_memory.hpp>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

namespace {
// Llama 2 70B (Touvron et al. 2023, arXiv:2307.09288, and its released
// config): 80 layers, 64 query heads and 8 KV heads (grouped-query
// attention) of dimension 128, in BF16.
const model_shape llama2_70b{.parameters = billion_parameters(70), .layers = 80, .kv_heads = 8, .head_dim = 128};
}  // namespace

TEST_CASE("KV cache per token and serving memory, by hand", "[serving]") {
  // 2 (key and value) x 80 x 8 x 128 x 2 bytes = 327,680 bytes a token.
  CHECK(kv_bytes_per_token(llama2_70b) == 327680.0);
  // A 4,096-token context, one sequence: 327,680 x 4,096 = 1,342,177,280 bytes
  // (1.342 GB); weights 70e9 x 2 = 140 GB.
  const auto one = memory_for_serving(llama2_70b, tokens(4096));
  CHECK(one.weights == 140e9);
  CHECK(one.kv_cache == 1342177280.0);
  // 141.34 GB: more than one 80 GB H100 holds, so 2 chips.
  CHECK(chips_to_hold(one, catalogue::h100) == 2);
  CHECK_NOTHROW(require_fits(one, catalogue::h100, 2));
  CHECK_THROWS_WITH(require_fits(one, catalogue::h100, 1),
                    ContainsSubstring("require_fits: chips = 1") && ContainsSubstring("at least 2 H100 chips") &&
                        ContainsSubstring("140 GB of weights + 1.34 GB of KV cache"));
  // Batch 32 at 4k: 32 x 1.342 = 42.95 GB of cache, 182.95 GB in all: 3 H100s.
  CHECK(chips_to_hold(memory_for_serving(llama2_70b, tokens(4096), 32), catalogue::h100) == 3);
  // FP8 weights (1 byte) fit one H100 at batch 1: 70 + 1.34 = 71.3 GB.
  model_shape fp8 = llama2_70b;
  fp8.bytes_per_parameter = 1;
  CHECK(chips_to_hold(memory_for_serving(fp8, tokens(4096)), catalogue::h100) == 1);
  // Keeping 10% of each chip free: 71.3 GB > 72 GB? No: 72 GB holds it; at 85%, 68 GB does not.
  CHECK(chips_to_hold(memory_for_serving(fp8, tokens(4096)), catalogue::h100, 0.9) == 1);
  CHECK(chips_to_hold(memory_for_serving(fp8, tokens(4096)), catalogue::h100, 0.85) == 2);
}

TEST_CASE("bad serving-memory input raises curveshift::error", "[serving][bad-input]") {
  model_shape bad = llama2_70b;
  bad.layers = 0;
  CHECK_THROWS_WITH(kv_bytes_per_token(bad), ContainsSubstring("kv_bytes_per_token: layers = 0"));
  bad = llama2_70b;
  bad.kv_bytes_per_value = -1;
  CHECK_THROWS_WITH(memory_for_serving(bad, tokens(1)), ContainsSubstring("memory_for_serving: kv_bytes_per_value = -1"));
  CHECK_THROWS_WITH(memory_for_serving(llama2_70b, tokens(0)), ContainsSubstring("memory_for_serving: context = 0"));
  CHECK_THROWS_WITH(memory_for_serving(llama2_70b, tokens(1), 0.5), ContainsSubstring("memory_for_serving: batch = 0.5"));
  const auto need = memory_for_serving(llama2_70b, tokens(4096));
  CHECK_THROWS_WITH(chips_to_hold(need, catalogue::h100, 0), ContainsSubstring("chips_to_hold: usable_share = 0"));
  CHECK_THROWS_WITH(require_fits(need, catalogue::h100, 0), ContainsSubstring("require_fits: chips = 0"));
}
