// curveshift/correlation.hpp: inputs drawn with a given rank correlation.
// "Hardware progress and algorithmic progress are correlated at 0.5" is one
// call:
//
//   monte_carlo mc{1'000'000, 7};
//   auto [hardware, algorithms] = correlate(mc, mc.between(1.25, 1.45), mc.between(2.5, 3.5), 0.5);
//
// The method is Iman and Conover's (1982): draw normal scores with the
// correlation that gives the target rank correlation (independent normals, decorrelated by the Cholesky factor of
// their own sample correlation and correlated by the target's), then reorder
// each input so its ranks follow its scores' ranks. Only the order of the
// draws changes, so each input keeps its distribution exactly; the rank
// correlation achieved is the target's to within sampling error (about
// 1 / sqrt(draws)).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "curveshift/uncertainty/monte_carlo.hpp"

namespace curveshift {

namespace detail {
/// The draws' indices in increasing order of value. Sorted as (value,
/// index) pairs: a direct compare, several times faster than sorting
/// indices through the values.
template <class Values>
std::vector<std::size_t> order_of(const Values& x, std::size_t n) {
  std::vector<std::pair<double, std::size_t>> keyed(n);
  for (std::size_t i = 0; i < n; ++i) keyed[i] = {static_cast<double>(x[i]), i};
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = keyed[i].second;
  return order;
}

/// Ranks 1..n of the draws, ties given their average rank.
template <std::floating_point T>
std::vector<double> ranks_of(const samples<T>& x) {
  const std::size_t n = x.size();
  const auto order = order_of(x, n);
  std::vector<double> r(n);
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    while (j + 1 < n && !(x[order[i]] < x[order[j + 1]])) ++j;
    const double average = (static_cast<double>(i) + static_cast<double>(j)) / 2 + 1;
    for (std::size_t k = i; k <= j; ++k) r[order[k]] = average;
    i = j + 1;
  }
  return r;
}

inline double pearson(const std::vector<double>& a, const std::vector<double>& b) {
  const auto n = static_cast<double>(a.size());
  double ma = 0;
  double mb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  double sab = 0;
  double saa = 0;
  double sbb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
  }
  return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

/// The lower-triangular L with L L^T = m, or false when m is not positive definite.
inline bool cholesky(const std::vector<std::vector<double>>& m, std::vector<std::vector<double>>& l) {
  const std::size_t k = m.size();
  l.assign(k, std::vector<double>(k, 0.0));
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = 0; j <= i; ++j) {
      double s = m[i][j];
      for (std::size_t t = 0; t < j; ++t) s -= l[i][t] * l[j][t];
      if (i == j) {
        if (!(s > 1e-12)) return false;
        l[i][i] = std::sqrt(s);
      } else {
        l[i][j] = s / l[j][j];
      }
    }
  }
  return true;
}

inline void require_same_size(const std::vector<samples<double>>& inputs, const char* function) {
  for (const auto& x : inputs) {
    if (x.is_constant() || x.size() != inputs.front().size() || x.size() < 3) {
      fail(function, "input size", static_cast<double>(x.size()),
           "inputs of one size, at least 3 draws each, none constant (size " +
               std::to_string(inputs.front().size()) + ")");
    }
  }
}
}  // namespace detail

/// Spearman's rank correlation of two sample sets of one size (ties at
/// their average rank): 1 when one rises with the other, 0 when unrelated.
template <std::floating_point T>
double rank_correlation(const samples<T>& a, const samples<T>& b) {
  if (a.size() != b.size() || a.size() < 2) {
    detail::fail("rank_correlation", "b.size()", static_cast<double>(b.size()),
                 "two sample sets of one size, at least 2 draws (a.size() = " + std::to_string(a.size()) + ")");
  }
  return detail::pearson(detail::ranks_of(a), detail::ranks_of(b));
}

/// The inputs reordered so their rank correlations are the target matrix's
/// (k x k, symmetric, 1 on the diagonal, positive definite). Each input keeps
/// its draws; only their order changes. Scores come from mc's engine.
inline std::vector<samples<double>> correlate(monte_carlo& mc, const std::vector<samples<double>>& inputs,
                                              const std::vector<std::vector<double>>& target) {
  constexpr const char* function = "correlate";
  const std::size_t k = inputs.size();
  if (k < 2) detail::fail(function, "inputs", static_cast<double>(k), "at least 2 inputs to correlate");
  detail::require_same_size(inputs, function);
  if (target.size() != k) detail::fail(function, "target rows", static_cast<double>(target.size()), "one row per input");
  for (std::size_t i = 0; i < k; ++i) {
    if (target[i].size() != k) detail::fail(function, "target row size", static_cast<double>(target[i].size()), "one column per input");
    for (std::size_t j = 0; j < k; ++j) {
      const double c = target[i][j];
      if (i == j) {
        detail::require(c, [](double v) { return detail::equal(v, 1.0); }, function, "target diagonal", "1");
      } else {
        detail::require(c, [](double v) { return v > -1 && v < 1; }, function, "target correlation", "a correlation in (-1, 1)");
        detail::require(c, [&](double v) { return detail::equal(v, target[j][i]); }, function, "target correlation",
                        "a symmetric matrix");
      }
    }
  }
  // Normal scores at Pearson correlation r have rank correlation
  // (6 / pi) asin(r / 2) (Pearson 1907), so a target rank correlation rho
  // asks for scores at r = 2 sin(pi rho / 6): 0.5176 for 0.5.
  std::vector<std::vector<double>> scores_target = target;
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = 0; j < k; ++j) {
      if (i != j) scores_target[i][j] = 2 * std::sin(3.141592653589793 * target[i][j] / 6);
    }
  }
  std::vector<std::vector<double>> p;
  if (!detail::cholesky(scores_target, p)) {
    detail::fail(function, "the target correlations are not positive definite; expected a matrix some set of variables can have");
  }
  const std::size_t n = inputs.front().size();
  // Independent normal scores, k columns.
  std::vector<std::vector<double>> z(k, std::vector<double>(n));
  for (auto& column : z) {
    for (auto& v : column) v = standard_normal(mc.engine());
  }
  // Their own correlation, to take out: E = F F^T.
  std::vector<std::vector<double>> e(k, std::vector<double>(k, 1.0));
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = 0; j < i; ++j) e[i][j] = e[j][i] = detail::pearson(z[i], z[j]);
  }
  std::vector<std::vector<double>> f;
  if (!detail::cholesky(e, f)) detail::fail(function, "the scores' correlation is singular; expected more draws");
  // Scores with correlation P P^T: w = P F^-1 z (F^-1 z by forward substitution).
  std::vector<std::vector<double>> w(k, std::vector<double>(n));
  std::vector<double> u(k);
  for (std::size_t s = 0; s < n; ++s) {
    for (std::size_t i = 0; i < k; ++i) {
      double v = z[i][s];
      for (std::size_t t = 0; t < i; ++t) v -= f[i][t] * u[t];
      u[i] = v / f[i][i];
    }
    for (std::size_t i = 0; i < k; ++i) {
      double v = 0;
      for (std::size_t t = 0; t <= i; ++t) v += p[i][t] * u[t];
      w[i][s] = v;
    }
  }
  // Each input in the order of its scores: the r-th smallest draw goes where the r-th smallest score is.
  std::vector<samples<double>> out;
  std::vector<double> sorted(n);
  for (std::size_t i = 0; i < k; ++i) {
    const auto order = detail::order_of(w[i], n);
    std::copy(inputs[i].begin(), inputs[i].end(), sorted.begin());
    std::sort(sorted.begin(), sorted.end());
    auto reordered = samples<double>::uninitialized(n, function);
    double* q = reordered.data();
    for (std::size_t r = 0; r < n; ++r) q[order[r]] = sorted[r];
    out.push_back(std::move(reordered));
  }
  return out;
}

/// Two inputs at rank correlation rho in (-1, 1).
inline std::pair<samples<double>, samples<double>> correlate(monte_carlo& mc, const samples<double>& a,
                                                             const samples<double>& b, double rho) {
  detail::require_finite(rho, "correlate", "rho");
  detail::require(rho, [](double v) { return v > -1 && v < 1; }, "correlate", "rho", "a correlation in (-1, 1)");
  auto both = correlate(mc, {a, b}, {{1.0, rho}, {rho, 1.0}});
  return {std::move(both[0]), std::move(both[1])};
}

}  // namespace curveshift
