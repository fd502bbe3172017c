// curveshift/fit/bootstrap.hpp: the uncertainty of any fit, by refitting it
// on resampled observations (the nonparametric bootstrap, Efron 1979), and
// what follows from the fit with that uncertainty:
//
//   const auto boot = bootstrap(data, [](const auto& d) { return fit_log_linear(d); }, 2000, 7);
//   boot.interval_of([](const auto& c) { return c.per_decade().value(); });       // the slope's 90% CI
//   boot.samples_of([](const auto& c) { return c.cost_for(percent(70)).in(million_usd); });
//   boot.extrapolates_result(0.7);   // is 70% past the scores observed?
//
// Each resample draws n observations with replacement from the n given,
// from an engine seeded with `seed`, so the same call gives the same answer.
// A resample that holds fewer distinct inputs than the fit needs is drawn
// again; a refit that raises is counted in `failed`, never hidden. For a fit
// that is linear, an analytic interval exists too (trend_fit::trend_interval).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "curveshift/curves/log_linear.hpp"
#include "curveshift/curves/logistic.hpp"
#include "curveshift/curves/power_law.hpp"
#include "curveshift/fit/common.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/uncertainty/random.hpp"
#include "curveshift/core/samples.hpp"

namespace curveshift {

namespace detail {
/// Sorts the values and moves the distinct ones to the front; returns their count.
inline std::size_t sort_distinct(std::vector<double>& v) {
  std::sort(v.begin(), v.end());
  return static_cast<std::size_t>(std::unique(v.begin(), v.end()) - v.begin());
}

template <std::floating_point T>
double result_value(const score<T>& s) {
  return static_cast<double>(s.share());
}
template <std::floating_point T>
double result_value(const loss<T>& l) {
  return static_cast<double>(l.value());
}
}  // namespace detail

/// The curves fitted to each resample, and the range the data covered.
template <class Curve>
struct fit_bootstrap {
  /// One fitted curve per resample that fitted.
  std::vector<Curve> curves;
  /// Resamples whose refit raised curveshift::error (a logistic that found no
  /// steepness, say): left out of curves, and counted here.
  std::size_t failed = 0;
  /// The observed inputs' range, in base units (dollars, FLOP).
  double input_lo = 0;
  double input_hi = 0;
  /// The observed results' range (a score as a share 0..1, a loss in nats).
  double result_lo = 0;
  double result_hi = 0;

  /// What f(curve) is across the resamples, as a sample set: anything read
  /// off a fitted curve as a number. samples_of([](const auto& c) { return
  /// c.cost_for(percent(70)).in(million_usd); }) is the cost of 70% with its
  /// uncertainty. A value f cannot give (a target a resample's curve never
  /// reaches) raises from f, naming it.
  template <class F>
  samples<double> samples_of(F f) const {
    std::vector<double> values;
    values.reserve(curves.size());
    for (const auto& c : curves) values.push_back(static_cast<double>(f(c)));
    return samples<double>(values);
  }

  /// The central interval of f(curve) at a level (0.9: the 5th to 95th percentile).
  template <class F>
  interval<double> interval_of(F f, double level = 0.9) const {
    detail::require(level, [](double v) { return v > 0 && v < 1; }, "fit_bootstrap::interval_of", "level",
                    "a probability in (0, 1)");
    const auto s = samples_of(f);
    const auto q = s.percentiles({50 * (1 - level), 50 * (1 + level)});
    return interval<double>(q[0], q[1]);
  }

  /// True when an input (in base units) lies outside the observed inputs.
  bool extrapolates_input(double base_value) const { return base_value < input_lo || base_value > input_hi; }
  /// True when a result (a share for a score, nats for a loss) lies outside the observed results.
  bool extrapolates_result(double value) const { return value < result_lo || value > result_hi; }
};

/// Refits `fit` (a callable from a std::vector of the observations' points
/// to a fit_result) on `resamples` resamples of the observations, drawn
/// with an engine seeded with `seed`.
template <detail::forward_range R, class Fit>
auto bootstrap(const R& observations, Fit fit, std::size_t resamples = 1000, std::uint64_t seed = 0) {
  constexpr const char* function = "bootstrap";
  using point = detail::range_value_t<R>;
  std::vector<point> data(std::begin(observations), std::end(observations));
  using result_t = decltype(fit(data));
  using curve_t = decltype(std::declval<result_t>().curve);
  if (resamples < 2 || resamples > 10'000'000) {
    detail::fail(function, "resamples", static_cast<double>(resamples), "2 to 1e7 resamples");
  }
  // The whole data must fit: its error names the problem with the data itself.
  (void)fit(data);
  // Every fit here needs two distinct inputs at least (a line, or more).
  constexpr std::size_t least_distinct = 2;
  fit_bootstrap<curve_t> out;
  std::vector<double> seen;
  for (const auto& p : data) seen.push_back(static_cast<double>(p.input.base_value()));
  const std::size_t distinct_inputs = detail::sort_distinct(seen);
  out.input_lo = seen.front();
  out.input_hi = seen[distinct_inputs - 1];
  out.result_lo = out.result_hi = detail::result_value(data.front().result);
  for (const auto& p : data) {
    out.result_lo = std::min(out.result_lo, detail::result_value(p.result));
    out.result_hi = std::max(out.result_hi, detail::result_value(p.result));
  }
  random_engine engine(seed);
  std::vector<point> resample;
  out.curves.reserve(resamples);
  for (std::size_t r = 0; r < resamples; ++r) {
    // Redraw a resample with too few distinct inputs to fit (rare past 5 observations).
    for (int attempt = 0;; ++attempt) {
      resample.clear();
      seen.clear();
      for (std::size_t i = 0; i < data.size(); ++i) {
        const auto k = static_cast<std::size_t>(uniform01(engine) * static_cast<double>(data.size()));
        resample.push_back(data[k < data.size() ? k : data.size() - 1]);
        seen.push_back(static_cast<double>(resample.back().input.base_value()));
      }
      if (detail::sort_distinct(seen) >= std::min(least_distinct, distinct_inputs) || attempt > 1000) break;
    }
#if CURVESHIFT_EXCEPTIONS
    try {
      out.curves.push_back(fit(resample).curve);
    } catch (const error&) {
      ++out.failed;
    }
#else
    out.curves.push_back(fit(resample).curve);
#endif
  }
  if (out.curves.size() < 2) {
    detail::fail(function, "failed", static_cast<double>(out.failed),
                 "at least 2 resamples that fit (the data support no estimate of spread)");
  }
  return out;
}

namespace detail {
/// One parameter of every bootstrap curve, as a sample set (draw i from resample i).
template <class Curve, class Read>
auto parameter_draws(const fit_bootstrap<Curve>& boot, Read read) {
  using T = typename Curve::value_type;
  std::vector<T> values;
  values.reserve(boot.curves.size());
  for (const auto& c : boot.curves) values.push_back(static_cast<T>(read(c)));
  return samples<T>(values);
}
}  // namespace detail

/// The bootstrap's curves as one curve over samples: draw i is resample i's
/// curve, its parameters together, so every question asked of it carries the
/// fit's uncertainty: samples_curve(boot).cost_for(percent(70)) is "median
/// $331M (90% CI $179-620M)".
template <class D, std::floating_point T>
log_linear<D, samples<T>> samples_curve(const fit_bootstrap<log_linear<D, T>>& boot) {
  return log_linear<D, samples<T>>(
      score<samples<T>>::from_share(detail::parameter_draws(boot, [](const auto& c) { return c.level().share(); })),
      detail::access::make<quantity<D, samples<T>>>(detail::parameter_draws(boot, [](const auto& c) { return c.reference().base_value(); })),
      points<samples<T>>(detail::parameter_draws(boot, [](const auto& c) { return c.per_decade().value(); })));
}

/// The same for a power law: floor, scale and exponent drawn together.
template <class D, std::floating_point T>
power_law<D, samples<T>> samples_curve(const fit_bootstrap<power_law<D, T>>& boot) {
  return power_law<D, samples<T>>(
      loss<samples<T>>(detail::parameter_draws(boot, [](const auto& c) { return c.floor().value(); })),
      detail::access::make<quantity<D, samples<T>>>(detail::parameter_draws(boot, [](const auto& c) { return c.scale().base_value(); })),
      detail::parameter_draws(boot, [](const auto& c) { return c.exponent(); }));
}

/// The same for a logistic: floor, ceiling, midpoint and steepness drawn together.
template <class D, std::floating_point T>
logistic<D, samples<T>> samples_curve(const fit_bootstrap<logistic<D, T>>& boot) {
  return logistic<D, samples<T>>(
      score<samples<T>>::from_share(detail::parameter_draws(boot, [](const auto& c) { return c.floor().share(); })),
      score<samples<T>>::from_share(detail::parameter_draws(boot, [](const auto& c) { return c.ceiling().share(); })),
      detail::access::make<quantity<D, samples<T>>>(detail::parameter_draws(boot, [](const auto& c) { return c.midpoint().base_value(); })),
      detail::parameter_draws(boot, [](const auto& c) { return c.steepness(); }));
}

}  // namespace curveshift
