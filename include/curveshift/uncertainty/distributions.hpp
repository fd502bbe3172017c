// curveshift/distributions.hpp: the shapes a forecaster reaches for beyond
// monte_carlo's between(lo, hi), each drawn from a monte_carlo's engine, so
// the same seed and calls give the same draws:
//
//   monte_carlo mc{100'000, 7};
//   auto share   = beta_mean_count(mc, 0.3, 20);          // "about 30%, as if from 20 trials"
//   auto months_ = pert(mc, 6, 9, 18);                      // min, most likely, max
//   auto cost    = from_quantiles(mc, {{0.1, 3}, {0.5, 5}, {0.9, 12}}, 0);  // p10/p50/p90, > 0
//   auto either  = mixture({mc.between(2, 4), mc.between(8, 16)}, {0.7, 0.3}, mc);
//
// Each maker checks its parameters and raises curveshift::error naming the
// function, the argument and the value.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "curveshift/detail/normal.hpp"
#include "curveshift/uncertainty/monte_carlo.hpp"

namespace curveshift {

namespace detail {
inline void require_order(double lo, double hi, const char* function, const char* lo_name, const char* hi_name) {
  require_finite(lo, function, lo_name);
  require_finite(hi, function, hi_name);
  if (!(lo < hi)) fail(function, lo_name, lo, std::string("a value below ") + hi_name + " = " + short_number(hi));
  if (!std::isfinite(hi - lo)) {
    fail(function, hi_name, hi, std::string("a range whose width is finite (") + lo_name + " = " + short_number(lo) + ")");
  }
}


/// Fills a sample set of mc.size() draws, one at a time, from the engine.
template <class Draw>
samples<double> draw_each(monte_carlo& mc, const char* function, Draw draw) {
  auto out = samples<double>::uninitialized(mc.size(), function);
  double* p = out.data();
  random_engine& e = mc.engine();
  for (std::size_t i = 0; i < mc.size(); ++i) p[i] = draw(e);
  return out;
}

/// A uniform in (0, 1), never exactly 0: the argument of a log or a quantile function.
inline double open_uniform(random_engine& e) { return (static_cast<double>(e() >> 11) + 0.5) * 0x1.0p-53; }

/// A gamma(shape, 1) draw: Marsaglia and Tsang's squeeze method (2000) for
/// shape >= 1; below 1, a draw at shape + 1 times U^(1 / shape).
inline double gamma_draw(random_engine& e, double shape) {
  if (shape < 1) return gamma_draw(e, shape + 1) * std::pow(open_uniform(e), 1 / shape);
  const double d = shape - 1.0 / 3;
  const double c = 1 / std::sqrt(9 * d);
  while (true) {
    double x = standard_normal(e);
    double v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const double u = open_uniform(e);
    if (u < 1 - 0.0331 * (x * x) * (x * x)) return d * v;
    if (std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v))) return d * v;
  }
}
/// Beta draws for the makers that take shapes, named after the caller. The
/// shapes stay in [0.001, 1e7]: below, the gamma draws underflow to 0 and
/// the draws are 0 or 1 (a choice); above, the draws are a point.
inline samples<double> beta_draws(monte_carlo& mc, double a, double b, const char* function, const char* a_name,
                                  const char* b_name) {
  auto shape = [](double v) { return v >= 1e-3 && v <= 1e7; };
  require(a, shape, function, a_name, "a shape in [0.001, 1e7]");
  require(b, shape, function, b_name, "a shape in [0.001, 1e7]");
  return draw_each(mc, function, [&](random_engine& e) {
    const double x = gamma_draw(e, a);
    const double y = gamma_draw(e, b);
    // Both can underflow at shapes near 0.001: the draw is then the larger's side.
    if (!(x + y > 0)) return a >= b ? 1.0 : 0.0;
    return x / (x + y);
  });
}
}  // namespace detail

/// A lognormal given its median and the factor of its 90% interval: "5x,
/// within a factor of 2" is 2.5-10x (median 5, 5th and 95th percentiles
/// median / factor and median x factor).
inline samples<double> lognormal_median_factor(monte_carlo& mc, double median, double factor) {
  constexpr const char* function = "lognormal_median_factor";
  detail::require_positive(median, function, "median");
  detail::require(factor, [](double f) { return f > 1 && std::isfinite(f); }, function, "factor", "a factor > 1");
  return mc.lognormal(std::log(median), std::log(factor) / z90);
}

/// A lognormal given its mean and standard deviation (not those of its log):
/// sigma^2 = ln(1 + sd^2 / mean^2), mu = ln(mean) - sigma^2 / 2.
inline samples<double> lognormal_mean_sd(monte_carlo& mc, double mean, double sd) {
  constexpr const char* function = "lognormal_mean_sd";
  detail::require_positive(mean, function, "mean");
  detail::require_positive(sd, function, "sd");
  const double s2 = std::log1p((sd / mean) * (sd / mean));
  // (sd / mean)^2 underflows to 0 below ~1e-154 and overflows above ~1e154:
  // named here, in the user's call and argument, not as monte_carlo::lognormal's
  // sigma = 0 or inf, which the user never wrote.
  if (!(s2 > 0) || !std::isfinite(s2)) {
    detail::fail(function, "sd", sd,
                 "an sd whose ratio to the mean a double can square (sd / mean = " + detail::short_number(sd / mean) +
                     "; expected within 1e-150 to 1e150)");
  }
  return mc.lognormal(std::log(mean) - s2 / 2, std::sqrt(s2));
}

/// Log-uniform in [lo, hi], 0 < lo < hi: every order of magnitude between
/// equally likely ("somewhere from $10M to $1B").
inline samples<double> log_uniform(monte_carlo& mc, double lo, double hi) {
  constexpr const char* function = "log_uniform";
  detail::require_order(lo, hi, function, "lo", "hi");
  detail::require_positive(lo, function, "lo");
  const double a = std::log(lo);
  const double width = std::log(hi) - a;
  return detail::draw_each(mc, function, [&](random_engine& e) {
    const double v = std::exp(a + width * uniform01(e));
    return v < lo ? lo : (v > hi ? hi : v);  // exp(log lo) may round an ulp either way
  });
}

/// Beta(a, b) on [0, 1], shapes a, b in [0.001, 1e7]: mean a / (a + b).
inline samples<double> beta(monte_carlo& mc, double a, double b) {
  return detail::beta_draws(mc, a, b, "beta", "a", "b");
}

/// A beta from a mean in (0, 1) and a count (> 0): "30%, as sure as 20
/// trials" is beta(0.3 x 20, 0.7 x 20) = beta(6, 14).
inline samples<double> beta_mean_count(monte_carlo& mc, double mean, double count) {
  constexpr const char* function = "beta_mean_count";
  detail::require(mean, [](double m) { return m > 0 && m < 1; }, function, "mean", "a share in (0, 1)");
  detail::require_positive(count, function, "count");
  return detail::beta_draws(mc, mean * count, (1 - mean) * count, function, "mean x count", "(1 - mean) x count");
}

/// Triangular on [lo, hi] with its peak at mode (lo <= mode <= hi, lo < hi).
inline samples<double> triangular(monte_carlo& mc, double lo, double mode, double hi) {
  constexpr const char* function = "triangular";
  detail::require_order(lo, hi, function, "lo", "hi");
  detail::require(mode, [&](double m) { return m >= lo && m <= hi; }, function, "mode", "a mode within [lo, hi]");
  const double split = (mode - lo) / (hi - lo);
  return detail::draw_each(mc, function, [&](random_engine& e) {
    const double u = uniform01(e);
    // Square roots taken apart: the product of two widths near 1e308 would overflow.
    const double width = std::sqrt(hi - lo);
    const double v = u < split ? lo + std::sqrt(u) * width * std::sqrt(mode - lo)
                               : hi - std::sqrt(1 - u) * width * std::sqrt(hi - mode);
    return v < lo ? lo : (v > hi ? hi : v);
  });
}

/// PERT on [lo, hi] with most likely value mode: a beta scaled to the range
/// with shape 1 + 4 (mode - lo) / (hi - lo) and 1 + 4 (hi - mode) / (hi - lo),
/// so its mean is (lo + 4 mode + hi) / 6.
inline samples<double> pert(monte_carlo& mc, double lo, double mode, double hi) {
  constexpr const char* function = "pert";
  detail::require_order(lo, hi, function, "lo", "hi");
  detail::require(mode, [&](double m) { return m >= lo && m <= hi; }, function, "mode", "a mode within [lo, hi]");
  const double a = 1 + 4 * ((mode - lo) / (hi - lo));  // the ratio first: 4 (mode - lo) may overflow
  const double b = 1 + 4 * ((hi - mode) / (hi - lo));
  return detail::draw_each(mc, function, [&](random_engine& e) {
    const double x = detail::gamma_draw(e, a);
    const double y = detail::gamma_draw(e, b);
    return lo + (hi - lo) * (x / (x + y));
  });
}

/// One of the values, each with its weight (weights >= 0, not all 0; they
/// need not sum to 1): choice(mc, {1, 2, 4}, {0.5, 0.3, 0.2}).
inline samples<double> choice(monte_carlo& mc, const std::vector<double>& values, const std::vector<double>& weights) {
  constexpr const char* function = "choice";
  if (values.empty()) detail::fail(function, "values", 0.0, "at least one value");
  if (weights.size() != values.size()) {
    detail::fail(function, "weights", static_cast<double>(weights.size()),
                 "one weight per value (" + std::to_string(values.size()) + ")");
  }
  double total = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    detail::require_finite(values[i], function, "value");
    detail::require(weights[i], [](double w) { return w >= 0 && std::isfinite(w); }, function, "weight", "a weight >= 0");
    total += weights[i];
  }
  if (!(total > 0)) detail::fail(function, "weights sum to 0; expected at least one positive weight");
  // Finite weights whose sum overflows (1e308 + 1e308) are taken relative to
  // the largest, whose sum is at most the count; otherwise every w / inf is 0
  // and the last value would be picked every time. Weights that sum finite
  // are used as given, so their draws keep their bits.
  double scale = 1;
  if (!std::isfinite(total)) {
    scale = *std::max_element(weights.begin(), weights.end());
    total = 0;
    for (const double w : weights) total += w / scale;
  }
  std::vector<double> cumulative;
  double running = 0;
  for (const double w : weights) cumulative.push_back(running += (w / scale) / total);
  const std::size_t last = cumulative.size() - 1;
  if (last < 16) {
    // A few values: count the bounds passed, with no branch to mispredict.
    return detail::draw_each(mc, function, [&](random_engine& e) {
      const double u = uniform01(e);
      std::size_t k = 0;
      for (std::size_t j = 0; j < last; ++j) k += u >= cumulative[j] ? 1 : 0;
      return values[k];
    });
  }
  return detail::draw_each(mc, function, [&](random_engine& e) {
    const auto k = static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end() - 1, uniform01(e)) -
                                            cumulative.begin());
    return values[k];
  });
}

namespace detail {
/// Which of k components each draw takes, by weight: choice over 0..k-1.
inline samples<double> component_picks(monte_carlo& mc, std::size_t k, const std::vector<double>& weights) {
  std::vector<double> index(k);
  for (std::size_t j = 0; j < k; ++j) index[j] = static_cast<double>(j);
  return choice(mc, index, weights);
}
}  // namespace detail

/// A mixture: each draw is the same draw of one component, chosen with the
/// weights. The components are sample sets of mc.size() draws (or constants).
inline samples<double> mixture(const std::vector<samples<double>>& components, const std::vector<double>& weights,
                               monte_carlo& mc) {
  constexpr const char* function = "mixture";
  if (components.empty()) detail::fail(function, "components", 0.0, "at least one component");
  for (const auto& c : components) {
    if (!c.is_constant() && c.size() != mc.size()) {
      detail::fail(function, "component size", static_cast<double>(c.size()),
                   "mc.size() = " + std::to_string(mc.size()) + " draws, or a constant");
    }
  }
  const auto picks = detail::component_picks(mc, components.size(), weights);
  auto out = samples<double>::uninitialized(mc.size(), function);
  double* p = out.data();
  for (std::size_t i = 0; i < mc.size(); ++i) {
    const auto& c = components[static_cast<std::size_t>(picks[i])];
    p[i] = c.is_constant() ? c[0] : c[i];
  }
  return out;
}

/// The same with the engine first, as every other maker takes it:
/// mixture(mc, {mc.between(2, 4), mc.between(8, 16)}, {0.7, 0.3}).
inline samples<double> mixture(monte_carlo& mc, const std::vector<samples<double>>& components,
                               const std::vector<double>& weights) {
  return mixture(components, weights, mc);
}

/// A mixture of makers, each drawn only as often as it is chosen: the
/// picks are drawn first, then maker k runs on a monte_carlo of the n_k draws
/// that chose it (seeded from mc's engine), and its draws fill those places.
/// mixture(mc, {[](monte_carlo&) { return samples<double>(0.0); },
///              [](monte_carlo& m) { return m.between(1, 3); }}, {0.6, 0.4}).
template <class Maker>
samples<double> mixture(monte_carlo& mc, const std::vector<Maker>& makers, const std::vector<double>& weights) {
  constexpr const char* function = "mixture";
  if (makers.empty()) detail::fail(function, "components", 0.0, "at least one component");
  const auto picks = detail::component_picks(mc, makers.size(), weights);
  std::vector<std::size_t> counts(makers.size(), 0);
  for (const double k : picks.values()) ++counts[static_cast<std::size_t>(k)];
  auto out = samples<double>::uninitialized(mc.size(), function);
  double* p = out.data();
  std::vector<samples<double>> drawn;
  for (std::size_t k = 0; k < makers.size(); ++k) {
    if (counts[k] == 0) {
      drawn.emplace_back(0.0);
      continue;
    }
    monte_carlo part(counts[k], mc.engine()());
    drawn.push_back(makers[k](part));
    const auto& d = drawn.back();
    if (!d.is_constant() && d.size() != counts[k]) {
      detail::fail(function, "component size", static_cast<double>(d.size()),
                   "the size of the monte_carlo it was given (" + std::to_string(counts[k]) + "), or a constant");
    }
  }
  // Each component read through a cursor that a constant does not advance:
  // no branch per draw.
  std::vector<const double*> cursor(makers.size());
  std::vector<std::size_t> stride(makers.size());
  for (std::size_t k = 0; k < makers.size(); ++k) {
    cursor[k] = drawn[k].begin();
    stride[k] = drawn[k].is_constant() ? 0 : 1;
  }
  for (std::size_t i = 0; i < mc.size(); ++i) {
    const auto k = static_cast<std::size_t>(picks[i]);
    p[i] = *cursor[k];
    cursor[k] += stride[k];
  }
  return out;
}

/// A normal with mean and sd, cut to [lo, hi] (lo < hi): drawn through the
/// quantile function between the bounds' probabilities, so no draw is
/// wasted and the shape inside is the normal's exactly.
inline samples<double> truncated_normal(monte_carlo& mc, double mean, double sd, double lo, double hi) {
  constexpr const char* function = "truncated_normal";
  detail::require_finite(mean, function, "mean");
  detail::require_positive(sd, function, "sd");
  detail::require_order(lo, hi, function, "lo", "hi");
  const double p_lo = detail::normal_cdf((lo - mean) / sd);
  const double p_hi = detail::normal_cdf((hi - mean) / sd);
  if (!(p_hi - p_lo > 1e-12)) {
    detail::fail(function, "lo", lo, "bounds that hold some of the normal's mass (hi = " + detail::short_number(hi) + ")");
  }
  return detail::draw_each(mc, function, [&](random_engine& e) {
    const double v = mean + sd * detail::normal_quantile(p_lo + (p_hi - p_lo) * detail::open_uniform(e));
    return v < lo ? lo : (v > hi ? hi : v);
  });
}

/// A lognormal between(lo90, hi90) as a 90% interval, cut to [lo, hi]: "a
/// 2-8x gain, never past 20x".
inline samples<double> truncated_lognormal(monte_carlo& mc, double lo90, double hi90, double lo, double hi) {
  constexpr const char* function = "truncated_lognormal";
  detail::require_order(lo90, hi90, function, "lo90", "hi90");
  detail::require_positive(lo90, function, "lo90");
  detail::require_order(lo, hi, function, "lo", "hi");
  detail::require(lo, [](double v) { return v >= 0; }, function, "lo", "a bound >= 0 for a lognormal");
  const double mu = (std::log(lo90) + std::log(hi90)) / 2;
  const double sigma = (std::log(hi90) - std::log(lo90)) / (2 * z90);
  const double p_lo = lo > 0 ? detail::normal_cdf((std::log(lo) - mu) / sigma) : 0.0;
  const double p_hi = detail::normal_cdf((std::log(hi) - mu) / sigma);
  if (!(p_hi - p_lo > 1e-12)) {
    detail::fail(function, "lo", lo, "bounds that hold some of the lognormal's mass (hi = " + detail::short_number(hi) + ")");
  }
  return detail::draw_each(mc, function, [&](random_engine& e) {
    const double v = std::exp(mu + sigma * detail::normal_quantile(p_lo + (p_hi - p_lo) * detail::open_uniform(e)));
    return v < lo ? lo : (v > hi ? hi : v);
  });
}

/// Any maker cut to [lo, hi]: its draws outside the bounds are drawn again
/// (rejection), so the shape inside is the maker's exactly. The maker takes a
/// monte_carlo and returns its size() draws; batches come from engines seeded
/// from mc's. Bounds that keep under 1 draw in 1,000 raise: draw from a
/// truncated maker of that family instead (truncated_normal, truncated_lognormal).
///   truncated(mc, [](monte_carlo& m) { return m.between(2, 8); }, 0, 6)
template <class Maker>
samples<double> truncated(monte_carlo& mc, Maker maker, double lo, double hi) {
  constexpr const char* function = "truncated";
  detail::require_order(lo, hi, function, "lo", "hi");
  const std::size_t n = mc.size();
  auto out = samples<double>::uninitialized(n, function);
  double* p = out.data();
  std::size_t kept = 0;
  std::size_t drawn = 0;
  while (kept < n) {
    monte_carlo batch(n, mc.engine()());
    const auto x = maker(batch);
    if (!x.is_constant() && x.size() != n) {
      detail::fail(function, "maker size", static_cast<double>(x.size()), "mc.size() = " + std::to_string(n) + " draws");
    }
    for (std::size_t i = 0; i < n && kept < n; ++i) {
      const double v = x.is_constant() ? x[0] : x[i];
      if (v >= lo && v <= hi) p[kept++] = v;
    }
    drawn += n;
    // Ten batches in, a cut that keeps under 1 draw in 1,000 would take
    // thousands more: refused, with what it kept.
    if (drawn >= 10 * n && kept * 1000 < drawn) {
      detail::fail(function, "lo", lo,
                   "bounds that keep at least 1 draw in 1,000 (kept " + std::to_string(kept) + " of " +
                       std::to_string(drawn) + "; hi = " + detail::short_number(hi) + ")");
    }
  }
  return out;
}

/// A quantile given as a pair: {0.1, 3} is "p10 = 3".
struct quantile_point {
  double probability;
  double value;
};

/// A metalog distribution (Keelin 2016) through the given quantiles: its
/// quantile function is a series in ln(y / (1 - y)) whose k terms are set so
/// it passes exactly through k quantiles (2 to 6). {{0.1, 3}, {0.5, 5},
/// {0.9, 12}} is "p10 = 3, p50 = 5, p90 = 12". With a lower bound (0 for a
/// cost), the series is fitted to ln(x - bound), so every draw is above it.
/// Quantiles no smooth distribution passes through (the series would fall
/// somewhere) raise.
class metalog {
 public:
  explicit metalog(const std::vector<quantile_point>& quantiles) : metalog(quantiles, false, 0) {}
  metalog(const std::vector<quantile_point>& quantiles, double lower_bound) : metalog(quantiles, true, lower_bound) {}

  /// The value at probability y in (0, 1).
  double quantile(double y) const {
    const double v = series(y);
    return bounded_ ? bound_ + std::exp(v) : v;
  }

  /// mc.size() draws.
  samples<double> draw(monte_carlo& mc) const {
    auto out = detail::draw_each(mc, "metalog::draw", [&](random_engine& e) { return quantile(detail::open_uniform(e)); });
    // Quantiles far apart (1e-300 and 1e44 in one distribution) put the
    // tails past the largest double: raised, not handed out as inf.
    detail::require_finite(out, "metalog::draw", "draw");
    return out;
  }

 private:
  metalog(const std::vector<quantile_point>& q, bool bounded, double bound) : bounded_(bounded), bound_(bound) {
    constexpr const char* function = "metalog";
    const std::size_t k = q.size();
    if (k < 2 || k > 6) {
      detail::fail(function, "quantiles", static_cast<double>(k), "2 to 6 quantiles (one per term)");
    }
    if (bounded) detail::require_finite(bound, function, "lower_bound");
    // The linear system: row i is the basis at y_i, right side x_i (or ln(x_i - bound)).
    std::vector<std::vector<double>> m(k, std::vector<double>(k + 1));
    for (std::size_t i = 0; i < k; ++i) {
      const double y = q[i].probability;
      detail::require(y, [](double p) { return p > 0 && p < 1; }, function, "probability", "a probability in (0, 1)");
      detail::require_finite(q[i].value, function, "value");
      if (i > 0 && !(q[i].probability > q[i - 1].probability && q[i].value > q[i - 1].value)) {
        detail::fail(function, "value", q[i].value, "quantiles in increasing order of probability and value");
      }
      if (bounded && !(q[i].value > bound)) {
        detail::fail(function, "value", q[i].value, "values above the lower bound " + detail::short_number(bound));
      }
      for (std::size_t j = 0; j < k; ++j) m[i][j] = basis(j, y);
      m[i][k] = bounded ? std::log(q[i].value - bound) : q[i].value;
    }
    // Gaussian elimination with partial pivoting: k <= 6.
    for (std::size_t c = 0; c < k; ++c) {
      std::size_t pivot = c;
      for (std::size_t r = c + 1; r < k; ++r) {
        if (std::fabs(m[r][c]) > std::fabs(m[pivot][c])) pivot = r;
      }
      std::swap(m[c], m[pivot]);
      if (!(std::fabs(m[c][c]) > 1e-300)) detail::fail(function, "quantiles at probabilities that fix no single series");
      for (std::size_t r = 0; r < k; ++r) {
        if (r == c) continue;
        const double f = m[r][c] / m[c][c];
        for (std::size_t j = c; j <= k; ++j) m[r][j] -= f * m[c][j];
      }
    }
    for (std::size_t j = 0; j < k; ++j) a_.push_back(m[j][k] / m[j][j]);
    // Feasible only if the quantile function rises: checked on a fine grid.
    double previous = series(1e-6);
    for (int i = 1; i <= 2000; ++i) {
      const double y = 1e-6 + (1 - 2e-6) * i / 2000.0;
      const double v = series(y);
      if (!(v > previous)) {
        detail::fail(function, "probability", y,
                     "quantiles a distribution can pass through (the fitted series falls near this probability)");
      }
      previous = v;
    }
  }

  static double basis(std::size_t j, double y) {
    const double l = std::log(y / (1 - y));
    const double c = y - 0.5;
    switch (j) {
      case 0: return 1;
      case 1: return l;
      case 2: return c * l;
      case 3: return c;
      case 4: return c * c;
      default: return c * c * l;
    }
  }
  double series(double y) const {
    double v = 0;
    for (std::size_t j = 0; j < a_.size(); ++j) v += a_[j] * basis(j, y);
    return v;
  }

  bool bounded_;
  double bound_;
  std::vector<double> a_;
};

/// Draws through the given quantiles (a metalog): "p10 = 3, p50 = 5, p90 = 12".
inline samples<double> from_quantiles(monte_carlo& mc, const std::vector<quantile_point>& quantiles) {
  return metalog(quantiles).draw(mc);
}

/// The same, every draw above lower_bound (0 for a cost or a ratio).
inline samples<double> from_quantiles(monte_carlo& mc, const std::vector<quantile_point>& quantiles,
                                      double lower_bound) {
  return metalog(quantiles, lower_bound).draw(mc);
}

}  // namespace curveshift
