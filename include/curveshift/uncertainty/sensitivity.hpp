// curveshift/sensitivity.hpp: which inputs drive an output. For each input,
// its rank correlation with the output and its first-order (Sobol) index,
// the share of the output's variance that knowing the input alone removes:
// Var(E[Y | X]) / Var(Y). Printed as a table ranked by that index.
//
//   const auto table = sensitivity(ratio, {{"lead", lead}, {"gap", gap}});
//   std::cout << to_string(table);
//
// The index is estimated from the same draws the model ran on (no extra
// model runs): sort the draws by the input, cut them into equal-count bins,
// and take the variance of the output's bin means over its total variance
// (the given-data estimator; Plischke 2010 analyses it). With n draws and
// sqrt(n) bins (at most 1,000) its bias is about bins / n, 0.001 at 1e6 draws.
// For independent inputs the indices sum to at most 1, the rest being
// interactions; correlated inputs share variance, so theirs can sum past 1.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "curveshift/uncertainty/correlation.hpp"

namespace curveshift {

/// One input's row of a sensitivity table.
struct sensitivity_row {
  std::string name;
  /// Spearman's rank correlation of the input with the output.
  double rank_correlation;
  /// The first-order index Var(E[Y | X]) / Var(Y), in [0, 1].
  double first_order;
};

/// The rows, largest first-order index first.
struct sensitivity_table {
  std::vector<sensitivity_row> rows;
};

/// A named input: {"lead", lead_draws}.
struct named_input {
  std::string_view name;
  samples<double> draws;
};

namespace detail {
inline double first_order_index(const samples<double>& output, const samples<double>& input) {
  const std::size_t n = output.size();
  const auto order = order_of(input, n);
  std::size_t bins = static_cast<std::size_t>(std::sqrt(static_cast<double>(n)));
  bins = std::clamp<std::size_t>(bins, 1, 1000);
  const double mean = output.mean();
  double total = 0;
  for (const double v : output.values()) total += (v - mean) * (v - mean);
  if (!(total > 0)) return 0;
  double between = 0;
  for (std::size_t b = 0; b < bins; ++b) {
    const std::size_t from = n * b / bins;
    const std::size_t to = n * (b + 1) / bins;
    double s = 0;
    for (std::size_t i = from; i < to; ++i) s += output[order[i]];
    const double bin_mean = s / static_cast<double>(to - from);
    between += static_cast<double>(to - from) * (bin_mean - mean) * (bin_mean - mean);
  }
  return std::clamp(between / total, 0.0, 1.0);
}
}  // namespace detail

/// The sensitivity of an output to each input: all sample sets of one size,
/// drawn together (draw i of the output came from draw i of each input).
inline sensitivity_table sensitivity(const samples<double>& output, const std::vector<named_input>& inputs) {
  constexpr const char* function = "sensitivity";
  if (inputs.empty()) detail::fail(function, "inputs", 0.0, "at least one input");
  std::vector<samples<double>> all{output};
  for (const auto& in : inputs) {
    if (in.name.empty()) detail::fail(function, "name = \"\"; expected a name for each input");
    all.push_back(in.draws);
  }
  detail::require_same_size(all, function);
  sensitivity_table t;
  const auto output_ranks = detail::ranks_of(output);  // once, for every input
  for (const auto& in : inputs) {
    t.rows.push_back({std::string(in.name), detail::pearson(detail::ranks_of(in.draws), output_ranks),
                      detail::first_order_index(output, in.draws)});
  }
  std::stable_sort(t.rows.begin(), t.rows.end(),
                   [](const sensitivity_row& a, const sensitivity_row& b) { return a.first_order > b.first_order; });
  return t;
}

/// The table as text, one input a line, ranked:
///   input      first-order  rank corr.
///   lead             0.62        0.79
inline std::string to_string(const sensitivity_table& t) {
  std::size_t width = 5;
  for (const auto& r : t.rows) width = std::max(width, r.name.size());
  auto pad = [](std::string s, std::size_t w) {
    while (s.size() < w) s.insert(s.begin(), ' ');
    return s;
  };
  auto fixed2 = [](double v) {
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%.2f", v);
    return std::string(buf, static_cast<std::size_t>(n));
  };
  std::string out = "input" + std::string(width - 5, ' ') + "  first-order  rank corr.\n";
  for (const auto& r : t.rows) {
    out += r.name + std::string(width - r.name.size(), ' ') + pad(fixed2(r.first_order), 13) +
           pad(fixed2(r.rank_correlation), 12) + "\n";
  }
  return out;
}

}  // namespace curveshift
