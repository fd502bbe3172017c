// Prices per token, and what serving a model costs.
#include <curveshift/curveshift.hpp>
#include <curveshift/hardware/inference.hpp>

#include "catch.hpp"

using namespace curveshift;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("API prices per million tokens, and a blend", "[inference]") {
  CHECK(usd_per_million_tokens(3).in(usd_per_token) == Approx(3e-6));
  CHECK(to_string(usd_per_million_tokens(3)) == "$3 per million tokens");
  CHECK(to_string(usd_per_million_tokens(0.15)) == "$0.15 per million tokens");
  // Claude 3.5 Sonnet, $3 in / $15 out: 0.75 x 3 + 0.25 x 15 = $6; at 1:1, $9.
  CHECK(blended_price(usd_per_million_tokens(3), usd_per_million_tokens(15)).in(usd_per_million_tokens) == Approx(6.0));
  CHECK(blended_price(usd_per_million_tokens(3), usd_per_million_tokens(15), 0.5).in(usd_per_million_tokens) ==
        Approx(9.0));
  // A million tokens at $3 per million cost $3.
  CHECK((million_tokens(1) * usd_per_million_tokens(3)).in(usd) == Approx(3.0));
  CHECK_THROWS_WITH(blended_price(usd_per_million_tokens(3), usd_per_million_tokens(15), 1.5),
                    ContainsSubstring("blended_price: input_share = 1.5"));
  CHECK_THROWS_WITH(usd_per_million_tokens(-3), ContainsSubstring("usd_per_million_tokens: amount = -3"));
}

TEST_CASE("the price of a fixed capability falls as a trend (GPT-4 to Claude 3.5 Sonnet)", "[inference][trend]") {
  // GPT-4 (8K), 2023-03-14: $30 per million input tokens; Claude 3.5 Sonnet, 2024-06-20: $3.
  // 464 days = 1.270389 years; 10^(1 / 1.270389) = e^(2.302585 / 1.270389) = e^1.812503 = 6.1258x
  // cheaper a year.
  const observation gpt4{date{2023, 3, 14}, usd_per_million_tokens(30)};
  const observation sonnet{date{2024, 6, 20}, usd_per_million_tokens(3)};
  const auto fall = decline_between(gpt4, sonnet);
  CHECK(fall.per_year().value() == Approx(6.1258).epsilon(1e-4));
  // It composes with the training trend: 4x/year cheaper to train, 6.1258x cheaper to serve: 24.503x.
  CHECK((fall * essay::cost_trend).per_year().value() == Approx(24.503).epsilon(1e-4));
}

TEST_CASE("serving throughput is bounded by FLOP/s and by memory bandwidth", "[inference]") {
  // H100: 989.4 TFLOP/s, 3.35 TB/s. A 70B dense model in BF16 (1.4e11 bytes of weights).
  serving_setup<> s{.active_parameters = billion_parameters(70), .parameters_read = billion_parameters(70),
                    .utilisation = 0.5};
  // Batch 1: memory bound, 3.35e12 / 1.4e11 = 23.93 tokens/s (the compute bound is
  // 989.4e12 x 0.5 / 1.4e11 = 3,533.6).
  const auto one = serving_throughput(catalogue::h100, precision::bf16, s);
  CHECK(one.in(tokens_per_second) == Approx(23.9286).epsilon(1e-5));
  // At $2 an hour: 2 / (23.9286 x 3600) x 1e6 = $23.22 per million tokens.
  CHECK(serving_price(one, usd_per_chip_hour(2)).in(usd_per_million_tokens) == Approx(23.2172).epsilon(1e-5));
  // Batch 256: the memory bound is 6,125.7 tokens/s, so the compute bound, 3,533.57, binds;
  // $2 / (3,533.57 x 3600) x 1e6 = $0.157222 per million tokens.
  s.batch = 256;
  const auto many = serving_throughput(catalogue::h100, precision::bf16, s);
  CHECK(many.in(tokens_per_second) == Approx(3533.57).epsilon(1e-5));
  CHECK(serving_price(many, usd_per_chip_hour(2)).in(usd_per_million_tokens) == Approx(0.157222).epsilon(1e-5));
  // A mixture of experts: DeepSeek-V3's 37B active of 671B, FP8 weights (1 byte), batch 256:
  // compute bound 1,978.9e12 x 0.5 / 7.4e10 = 13,370.9; memory bound 256 x 3.35e12 / 6.71e11 = 1,278.09.
  const serving_setup<> moe{.active_parameters = billion_parameters(37), .parameters_read = billion_parameters(671),
                            .bytes_per_parameter = 1, .batch = 256, .utilisation = 0.5};
  CHECK(serving_throughput(catalogue::h800, precision::fp8, moe).in(tokens_per_second) == Approx(1278.092).epsilon(1e-5));
  CHECK(to_string(many) == "3,534 tokens per second");
  // Uncertain utilisation, 30-60%, at batch 256: the compute bound is 2,120.1-4,240.3 tokens/s,
  // the memory bound 6,125.7; the throughput is the compute bound's range.
  const serving_setup<interval<>> ranged{.active_parameters = billion_parameters(interval{70.0, 70.0}),
                                         .parameters_read = billion_parameters(interval{70.0, 70.0}),
                                         .bytes_per_parameter = interval{2.0, 2.0},
                                         .batch = interval{256.0, 256.0},
                                         .utilisation = interval{0.3, 0.6}};
  const auto throughput = serving_throughput(catalogue::h100, precision::bf16, ranged);
  CHECK(lower(throughput).in(tokens_per_second) == Approx(2120.14).epsilon(1e-5));
  CHECK(upper(throughput).in(tokens_per_second) == Approx(4240.29).epsilon(1e-5));
}

TEST_CASE("bad serving input raises curveshift::error", "[inference][bad-input]") {
  serving_setup<> s{.active_parameters = billion_parameters(70), .parameters_read = billion_parameters(70)};
  CHECK_THROWS_WITH(serving_throughput(catalogue::h100, precision::bf16, s),
                    ContainsSubstring("serving_throughput: utilisation = 0"));
  s.utilisation = 0.5;
  s.batch = 0.5;
  CHECK_THROWS_WITH(serving_throughput(catalogue::h100, precision::bf16, s), ContainsSubstring("batch = 0.5"));
  s.batch = 1;
  s.bytes_per_parameter = 0;
  CHECK_THROWS_WITH(serving_throughput(catalogue::h100, precision::bf16, s), ContainsSubstring("bytes_per_parameter = 0"));
  s.bytes_per_parameter = 2;
  s.active_parameters = parameters(0);
  CHECK_THROWS_WITH(serving_throughput(catalogue::h100, precision::bf16, s), ContainsSubstring("active_parameters = 0"));
  s.active_parameters = billion_parameters(70);
  CHECK_THROWS_WITH(serving_throughput(catalogue::ascend_910c, precision::fp8, s), ContainsSubstring("chip::flop_rate"));
  CHECK_THROWS_WITH(serving_price(tokens_per_second(0), usd_per_chip_hour(2)), ContainsSubstring("serving_price: throughput = 0"));
  CHECK_THROWS_WITH(serving_price(tokens_per_second(10), usd_per_chip_hour(0)), ContainsSubstring("serving_price: price = 0"));
}
