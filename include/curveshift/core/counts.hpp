// curveshift/counts.hpp: parameter and token counts, and prices per token, as
// quantities with their own dimensions, so a parameter count cannot be added
// to a token count or to FLOP, and no public argument is a bare double that
// stands for one.
#pragma once

#include "curveshift/core/quantity.hpp"

namespace curveshift {

/// A model's parameters (weights): parameters(70e9) is "70B parameters". For a
/// mixture of experts, say which: the total, or the active parameters per token.
template <number T = double>
using parameter_count = quantity<parameter_dim, T>;
/// Tokens, of training data or of text served: "1.4T tokens".
template <number T = double>
using token_count = quantity<token_dim, T>;
/// Dollars per token; written per million tokens, as API prices are ("$3 per million tokens").
template <number T = double>
using price_per_token = quantity<price_per_token_dim, T>;
/// Tokens per parameter, D / N: about 20 for Chinchilla itself (1.4T / 70B).
template <number T = double>
using tokens_per_parameter = quantity<tokens_per_parameter_dim, T>;
/// Tokens per second (a chip's or a fleet's serving throughput).
template <number T = double>
using token_rate = quantity<token_rate_dim, T>;

inline constexpr unit<parameter_dim> parameters{1.0L, "parameters"};
inline constexpr unit<parameter_dim> million_parameters{1e6L, "million_parameters"};
inline constexpr unit<parameter_dim> billion_parameters{1e9L, "billion_parameters"};
inline constexpr unit<parameter_dim> trillion_parameters{1e12L, "trillion_parameters"};

inline constexpr unit<token_dim> tokens{1.0L, "tokens"};
inline constexpr unit<token_dim> million_tokens{1e6L, "million_tokens"};
inline constexpr unit<token_dim> billion_tokens{1e9L, "billion_tokens"};
inline constexpr unit<token_dim> trillion_tokens{1e12L, "trillion_tokens"};

inline constexpr unit<price_per_token_dim> usd_per_token{1.0L, "usd_per_token"};
inline constexpr unit<price_per_token_dim> usd_per_million_tokens{1e-6L, "usd_per_million_tokens"};
inline constexpr unit<tokens_per_parameter_dim> tokens_per_parameter_unit{1.0L, "tokens_per_parameter"};
inline constexpr unit<token_rate_dim> tokens_per_second{1.0L, "tokens_per_second"};

}  // namespace curveshift
