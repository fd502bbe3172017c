// curveshift/histogram.hpp: a distribution as a table to plot or export: a
// histogram (bin edges and counts) and a quantile table, each writable as CSV,
// so a plot needs no hand-made binning.
#pragma once

#include <cmath>
#include <cstddef>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "curveshift/uncertainty/probability.hpp"

namespace curveshift {

/// Counts of draws in equal bins between two edges, the edges in the draws'
/// terms (histogram<money<>> for a cost's draws, histogram<double> for plain
/// samples and multipliers). Draws outside [edges.front(), edges.back()] are
/// counted in below and above, never lost; a draw on an inner edge belongs to
/// the bin above it, the last edge to the last bin.
template <class V = double>
struct histogram {
  std::vector<V> edges;
  std::vector<std::size_t> counts;
  std::size_t below = 0;
  std::size_t above = 0;

  /// "from,to,draws" and one row per bin; a quantity's edges in its base
  /// unit (dollars, FLOP, seconds), as the CSV reader reads bare numbers.
  std::string to_csv() const {
    std::string out = "from,to,draws\n";
    for (std::size_t i = 0; i < counts.size(); ++i) {
      out += detail::short_number(base_of(edges[i])) + "," + detail::short_number(base_of(edges[i + 1])) + "," +
             std::to_string(counts[i]) + "\n";
    }
    return out;
  }

 private:
  static double base_of(const V& v) {
    if constexpr (std::is_arithmetic_v<V>) {
      return static_cast<double>(v);
    } else {
      return v.base_value();
    }
  }
};

namespace detail {
/// Counts the draws in [lo, hi] in equal bins; edges in base units.
template <distribution X>
histogram<answer_t<X>> bin_draws(const X& x, double lo, double hi, std::size_t bins) {
  constexpr const char* function = "histogram_of";
  if (!(lo < hi)) detail::fail(function, "lo", lo, "lo < hi (hi = " + detail::short_number(hi) + ")");
  if (bins == 0 || bins > 100'000'000) detail::fail(function, "bins", static_cast<double>(bins), "1 to 1e8 bins");
  std::vector<double> edges;
  edges.reserve(bins + 1);
  std::vector<std::size_t> counts(bins, 0);
  std::size_t below = 0;
  std::size_t above = 0;
  const double width = (hi - lo) / static_cast<double>(bins);
  for (std::size_t i = 0; i <= bins; ++i) edges.push_back(i == bins ? hi : lo + width * static_cast<double>(i));
  for (const auto v : detail::draws_of(x).values()) {
    const double d = static_cast<double>(v);
    if (d < lo) {
      ++below;
    } else if (d > hi) {
      ++above;
    } else {
      auto k = static_cast<std::size_t>((d - lo) / width);
      if (k >= bins) k = bins - 1;
      // The division rounds: a draw exactly on an inner edge could land in
      // the bin below (0.29 / 0.01 = 28.999...). The edges written in
      // edges decide, as documented: a draw on an edge counts in the bin above.
      if (k + 1 < bins && d >= edges[k + 1]) ++k;
      else if (k > 0 && d < edges[k]) --k;
      ++counts[k];
    }
  }
  histogram<answer_t<X>> h;
  h.edges.reserve(edges.size());
  for (const double e : edges) h.edges.push_back(answer_of<X>::make(e));
  h.counts = std::move(counts);
  h.below = below;
  h.above = above;
  return h;
}
}  // namespace detail

/// The histogram of a distribution over [lo, hi] in `bins` equal bins, the
/// edges in the draws' terms: histogram_of(ratio, 3.0, 12.0, 45) bins 3x-12x
/// by 0.2x; histogram_of(cost, million_usd(2), million_usd(12), 50) bins a
/// cost's draws by $200k (a bare number there does not compile).
template <distribution X, threshold_for<X> L, threshold_for<X> H>
histogram<detail::answer_t<X>> histogram_of(const X& x, const L& lo, const H& hi, std::size_t bins) {
  constexpr const char* function = "histogram_of";
  const double l = detail::checked_threshold(x, lo, function, "lo");
  const double h = detail::checked_threshold(x, hi, function, "hi");
  detail::require_finite(l, function, "lo");
  detail::require_finite(h, function, "hi");
  return detail::bin_draws(x, l, h, bins);
}

/// The histogram over the draws' whole range, in `bins` equal bins.
template <distribution X>
histogram<detail::answer_t<X>> histogram_of(const X& x, std::size_t bins) {
  const auto& d = detail::draws_of(x);
  double lo = static_cast<double>(d[0]);
  double hi = lo;
  for (const auto v : d.values()) {
    lo = static_cast<double>(v) < lo ? static_cast<double>(v) : lo;
    hi = static_cast<double>(v) > hi ? static_cast<double>(v) : hi;
  }
  if (!(lo < hi)) hi = lo + (detail::equal(lo, 0.0) ? 1.0 : std::fabs(lo) * 1e-9);  // one value: one bin around it
  return detail::bin_draws(x, lo, hi, bins);
}

/// The quantiles at `rows` evenly spaced probabilities from 0 to 1, as
/// "probability,value" CSV: the distribution's table to export.
template <distribution X>
std::string quantile_table(const X& x, std::size_t rows) {
  if (rows < 2 || rows > 1'000'000) detail::fail("quantile_table", "rows", static_cast<double>(rows), "2 to 1e6 rows");
  std::vector<double> ps;
  for (std::size_t i = 0; i < rows; ++i) ps.push_back(100.0 * static_cast<double>(i) / static_cast<double>(rows - 1));
  const auto q = detail::draws_of(x).percentiles(ps);
  std::string out = "probability,value\n";
  for (std::size_t i = 0; i < rows; ++i) {
    out += detail::short_number(ps[i] / 100) + "," + detail::short_number(static_cast<double>(q[i])) + "\n";
  }
  return out;
}

}  // namespace curveshift
