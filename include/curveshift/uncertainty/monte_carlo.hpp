// curveshift/monte_carlo.hpp: makers of sample sets in the estimation habit.
//
// "9-12 months", "~2x, say 1.5-2.5x": an estimate written as a range is read
// as a 90% interval. between(lo, hi) turns one into a distribution with 5%
// of draws below lo and 5% above hi: lognormal when both bounds are positive
// (ratios, costs and spans are multiplicative and never negative), normal
// otherwise.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "curveshift/detail/fast_exp.hpp"
#include "curveshift/uncertainty/random.hpp"
#include "curveshift/core/samples.hpp"

namespace curveshift {

/// The standard normal's 95th percentile: a 90% interval spans mean +- z sigma.
inline constexpr double z90 = 1.6448536269514722;

/// A source of sample sets: every maker draws `size()` values from one
/// seeded engine (the normal makers through four streams seeded from it, see
/// standard_normals), so the same seed and the same calls give the same sets
/// on every run and every standard library (on x86 CPUs with FMA the exp of
/// a lognormal may differ from other CPUs in its last bit: see
/// detail/fast_exp.hpp).
class monte_carlo {
 public:
  /// `draws` per sample set (at least one), from an engine seeded with `seed`.
  explicit monte_carlo(std::size_t draws, std::uint64_t seed = 0) : draws_(draws), seed_(seed), engine_(seed) {
    if (draws == 0) detail::fail("monte_carlo", "draws", 0, "at least one draw (a sample set of size zero)");
    // Checked here as well as where a set is made, so the error names the
    // call the user wrote, before any draw.
    if (draws > max_draws) {
      detail::fail("monte_carlo", "draws", draws, "at most " + std::to_string(max_draws) + " draws per sample set");
    }
  }

  /// The most draws a sample set of doubles can hold (its bytes fit in a
  /// size_t); whether that many fit in memory is the allocator's answer,
  /// given as a curveshift::error when it says no.
  static constexpr std::size_t max_draws = detail::sample_block::max_values(sizeof(double));

  /// Draws keyed by name: a source of size() draws whose engine is seeded
  /// from this one's seed and `name` alone, so what it draws does not depend
  /// on what was drawn before or after, nor on the order in which a
  /// compiler evaluates a call's arguments. With it a model may be written
  /// as one expression and give the same draws on every compiler:
  ///
  ///   const auto cost = mc.stream("price").between(1, 3) * mc.stream("hours").between(2, 4);
  ///
  /// The same name gives the same draws each time it is asked (the same
  /// input, fully correlated with itself): one name per input.
  monte_carlo stream(std::string_view name) const {
    if (name.empty()) {
      detail::fail_text("monte_carlo::stream", "name", "\"\"", "a name of one or more characters, one per input");
    }
    // Keyed by the name's FNV-1a hash: names one letter apart give unrelated engines.
    return monte_carlo(draws_, detail::derived_seed(seed_, detail::fnv1a64(name)));
  }

  /// The seed this source was made with (its streams are keyed from it).
  std::uint64_t seed() const { return seed_; }

  /// The number of draws in each set made.
  std::size_t size() const { return draws_; }
  /// The engine, for draws the makers do not cover.
  random_engine& engine() { return engine_; }

  /// A 90% interval: lognormal when lo > 0 (median sqrt(lo hi)), normal
  /// otherwise (mean (lo + hi) / 2). between(9, 12) for "9-12 months".
  samples<double> between(double lo, double hi) {
    check_bounds(lo, hi, "monte_carlo::between");
    if (lo > 0) return lognormal_of_bounds(lo, hi);
    return normal_of_bounds(lo, hi);
  }

  /// A 90% interval as a lognormal, whatever the bounds: both must be > 0.
  samples<double> lognormal_between(double lo, double hi) {
    check_bounds(lo, hi, "monte_carlo::lognormal_between");
    if (!(lo > 0)) {
      detail::fail("monte_carlo::lognormal_between", "lo", lo,
                   "bounds > 0 for a lognormal (hi = " + detail::short_number(hi) + ")");
    }
    return lognormal_of_bounds(lo, hi);
  }

  /// A 90% interval as a normal: mean (lo + hi) / 2, sigma (hi - lo) / (2 z90).
  samples<double> normal_between(double lo, double hi) {
    check_bounds(lo, hi, "monte_carlo::normal_between");
    return normal_of_bounds(lo, hi);
  }

  /// Normal draws with this mean and standard deviation (> 0).
  samples<double> normal(double mean, double sd) {
    detail::require_finite(mean, "monte_carlo::normal", "mean");
    detail::require_positive(sd, "monte_carlo::normal", "sd");
    return draw_normal(mean, sd, "monte_carlo::normal");
  }

  /// exp of normal draws with mean mu and standard deviation sigma (> 0):
  /// the parameters of std::lognormal_distribution. Median e^mu.
  samples<double> lognormal(double mu, double sigma) {
    detail::require_finite(mu, "monte_carlo::lognormal", "mu");
    detail::require_positive(sigma, "monte_carlo::lognormal", "sigma");
    return draw_lognormal(mu, sigma, "monte_carlo::lognormal");
  }

  /// Uniform draws in [lo, hi], lo < hi.
  samples<double> uniform(double lo, double hi) {
    check_bounds(lo, hi, "monte_carlo::uniform");
    auto out = samples<double>::uninitialized(draws_, "monte_carlo::uniform");
    double* p = out.data();
    random_engine e = engine_;
    const double width = hi - lo;
    detail::require_finite(width, "monte_carlo::uniform", "hi - lo");
    for (std::size_t i = 0; i < draws_; ++i) {
      const double v = lo + width * uniform01(e);
      p[i] = v > hi ? hi : v;  // rounding of lo + width * u may pass hi by an ulp
    }
    engine_ = e;
    return out;
  }

  /// The same value in all draws: a number known exactly, as a sample set of size().
  samples<double> point(double x) {
    detail::require_finite(x, "monte_carlo::point", "x");
    auto out = samples<double>::uninitialized(draws_, "monte_carlo::point");
    double* p = out.data();
    for (std::size_t i = 0; i < draws_; ++i) p[i] = x;
    return out;
  }

 private:
  static void check_bounds(double lo, double hi, const char* function) {
    detail::require_finite(lo, function, "lo");
    detail::require_finite(hi, function, "hi");
    if (!(lo < hi)) detail::fail(function, "lo", lo, "lo < hi (hi = " + detail::short_number(hi) + ")");
  }

  samples<double> lognormal_of_bounds(double lo, double hi) {
    // ln X is normal with 5th and 95th percentiles ln lo and ln hi.
    const double mu = (std::log(lo) + std::log(hi)) / 2;
    const double sigma = (std::log(hi) - std::log(lo)) / (2 * z90);
    return draw_lognormal(mu, sigma, "monte_carlo::between");
  }

  samples<double> normal_of_bounds(double lo, double hi) {
    return draw_normal(lo / 2 + hi / 2, (hi - lo) / (2 * z90), "monte_carlo::between");
  }

  // Draws are made in chunks that stay in the L1 cache: the normals of a
  // chunk, then their transform over the same chunk, so each value goes to
  // memory once.
  static constexpr std::size_t chunk = 1024;

  // Standard normals, chunk by chunk, each chunk handed to `transform(q, m)`
  // while it is in the cache.
  template <class Transform>
  samples<double> draw_chunks(const char* function, Transform transform) {
    auto out = samples<double>::uninitialized(draws_, function);
    double* p = out.data();
    engine_lanes lanes = split_lanes(engine_);
    for (std::size_t start = 0; start < draws_; start += chunk) {
      const std::size_t m = draws_ - start < chunk ? draws_ - start : chunk;
      standard_normals(lanes, p + start, m);
      transform(p + start, m);
    }
    return out;
  }

  samples<double> draw_normal(double mean, double sd, const char* function) {
    bool ok = true;
    auto out = draw_chunks(function, [&ok, mean, sd](double* q, std::size_t m) {
      for (std::size_t i = 0; i < m; ++i) {
        const double v = mean + sd * q[i];
        q[i] = v;
        ok &= detail::finite(v);
      }
    });
    if (!ok) detail::require_finite(out, function, "draw");  // a huge sd can overflow
    return out;
  }

  samples<double> draw_lognormal(double mu, double sigma, const char* function) {
    bool ok = true;
    // exp in a second pass over the chunk: apart from the draws it vectorises.
    auto out = draw_chunks(function, [&ok, mu, sigma](double* q, std::size_t m) {
      ok &= detail::exp_affine_array(q, q, m, mu, sigma);
    });
    // A huge mu or sigma can overflow to infinity or underflow to 0.
    if (!ok) detail::require_positive(out, function, "draw");
    return out;
  }

  std::size_t draws_;
  std::uint64_t seed_;
  random_engine engine_;
};

}  // namespace curveshift
