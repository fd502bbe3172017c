// curveshift/fit.hpp: least-squares fits of a curve to (input, result)
// observations, and of a trend to dated values, with residuals and R^2.
//
// Where the essay assumes a curve ("20% at $1M, +20 points per decade") or a
// trend ("~4x per year"), a user with data can measure one. Fits are over
// floating types only and allocate (the residuals); everything else in the
// library does not.
//
// What each fit minimises, and so the space its residuals and R^2 are in:
//   fit_log_linear  score in points against log10(input)          (closed form)
//   fit_power_law   ln(loss - floor) against ln(input), floor given (closed form)
//   fit_logistic    score in points, floor and ceiling given      (Levenberg-Marquardt
//                   from the least-squares line through the logits)
//   fit_trend       ln(value) against time in years               (closed form)
// The closed forms take one pass, with running means (Welford's updates) so
// inputs far from 1 (1e24 FLOP) lose no precision to cancellation.
#pragma once

#include <concepts>
#include <cstddef>
#include <iterator>
#include <ranges>
#include <vector>

#include "curveshift/curve.hpp"
#include "curveshift/curves/log_linear.hpp"
#include "curveshift/curves/logistic.hpp"
#include "curveshift/curves/power_law.hpp"
#include "curveshift/date.hpp"
#include "curveshift/trend.hpp"

namespace curveshift {

/// A fitted curve with how well it fits: residuals (observed - fitted, in the
/// space the fit minimises; see the top of fit.hpp) in the observations' order,
/// R^2 = 1 - SS_residual / SS_total (1 when every observation is the same), and
/// the number of observations.
template <class Curve>
struct fit_result {
  Curve curve;
  typename Curve::value_type r_squared;
  std::vector<typename Curve::value_type> residuals;
  std::size_t observations;
};

/// A fitted trend: the trend, its fitted value on the first date, residuals of
/// ln(value) (observed - fitted) in the observations' order, R^2 and the count.
template <class D, std::floating_point T>
struct trend_fit {
  curveshift::trend<T> trend;
  observation<quantity<D, T>> start;
  T r_squared;
  std::vector<T> residuals;
  std::size_t observations;

  /// The fitted value on a date: start x trend over (when - start date).
  constexpr quantity<D, T> value_on(const date& when) const {
    return quantity<D, T>(start.value * trend.over(time_span<T>(when - start.when)));
  }
};

namespace detail {

/// Running means and co-moments of (u, y): one pass, stable far from zero.
template <std::floating_point T>
struct line_accumulator {
  std::size_t n = 0;
  T mean_u = 0;
  T mean_y = 0;
  T suu = 0;
  T suy = 0;
  T syy = 0;

  constexpr void add(T u, T y) {
    ++n;
    const T du = u - mean_u;
    mean_u += du / static_cast<T>(n);
    const T dy = y - mean_y;
    mean_y += dy / static_cast<T>(n);
    suu += du * (u - mean_u);
    suy += du * (y - mean_y);
    syy += dy * (y - mean_y);
  }
  constexpr T slope() const { return suy / suu; }
};

template <std::floating_point T>
constexpr T r_squared_of(T ss_residual, T ss_total) {
  return ss_total > 0 ? T(1) - ss_residual / ss_total : T(1);
}

inline void require_count(std::size_t n, std::size_t parameters, const char* function) {
  if (n < parameters) {
    fail(function, "observations", static_cast<long double>(n),
         parameters == 2 ? "at least 2 observations (the fit has 2 parameters)" : "more observations than parameters");
  }
}

template <std::floating_point T>
void require_spread(T suu, T first_input, const char* function, const char* argument) {
  if (!(suu > 0)) {
    fail(function, argument, static_cast<long double>(first_input),
         "observations at two or more distinct values (all are at this one)");
  }
}

template <class P>
struct point_types;
template <class D, std::floating_point T, class Result>
struct point_types<curve_point<quantity<D, T>, Result>> {
  using dim = D;
  using value = T;
};

template <class R>
using point_dim = typename point_types<std::ranges::range_value_t<R>>::dim;
template <class R>
using point_value = typename point_types<std::ranges::range_value_t<R>>::value;

template <class O>
struct observation_types;
template <class D, std::floating_point T>
struct observation_types<observation<quantity<D, T>>> {
  using dim = D;
  using value = T;
};

template <class R>
concept dated_values = requires { typename observation_types<std::ranges::range_value_t<R>>::dim; };

template <class R, class Result>
concept points_of = std::ranges::forward_range<R> && requires {
  typename point_types<std::ranges::range_value_t<R>>::dim;
} && std::same_as<std::ranges::range_value_t<R>, curve_point<quantity<point_dim<R>, point_value<R>>, Result>>;

/// Turns ys into residuals of the fitted line (times scale) and returns the
/// sum of squared residuals (unscaled).
template <std::floating_point T>
T residuals_of_line(const line_accumulator<T>& acc, const std::vector<T>& us, std::vector<T>& ys, T scale) {
  const T b = acc.slope();
  T ss = 0;
  for (std::size_t i = 0; i < us.size(); ++i) {
    const T r = ys[i] - (acc.mean_y + b * (us[i] - acc.mean_u));
    ss += r * r;
    ys[i] = r * scale;
  }
  return ss;
}

}  // namespace detail

namespace detail {
/// The observations of a score curve, read once and checked: log10 of each
/// input, each score's share, and the first input (which names the input
/// when all observations sit at one).
template <std::floating_point T>
struct score_observations {
  std::vector<T> us;
  std::vector<T> ys;
  T first_input = 0;
};

template <std::floating_point T, class R>
score_observations<T> read_score_observations(const R& observations, const char* function) {
  score_observations<T> read;
  if constexpr (std::ranges::sized_range<R>) {
    read.us.reserve(std::ranges::size(observations));
    read.ys.reserve(std::ranges::size(observations));
  }
  for (const auto& p : observations) {
    const T x = detail::raw(p.input);  // checked on the next line, naming the fit
    if (read.us.empty()) read.first_input = x;
    const T y = p.result.share();
    require_positive(x, function, "input");
    require(y, [](auto v) { return v >= 0 && v <= 1; }, function, "score", "a share in [0, 1]");
    read.us.push_back(log10(x));
    read.ys.push_back(y);
  }
  return read;
}

template <class R, class D, std::floating_point T>
auto fit_log_linear_at(const R& observations, const quantity<D, T>* reference) {
  constexpr const char* function = "fit_log_linear";
  auto read = read_score_observations<T>(observations, function);
  auto& us = read.us;
  auto& ys = read.ys;
  const T first_input = read.first_input;
  detail::line_accumulator<T> acc;
  for (std::size_t i = 0; i < us.size(); ++i) acc.add(us[i], ys[i]);
  detail::require_count(acc.n, 2, function);
  detail::require_spread(acc.suu, first_input, function, "input");
  const T ss = detail::residuals_of_line(acc, us, ys, T(100));
  const T ref_u = reference != nullptr ? T(log10(reference->base_value())) : acc.mean_u;
  const T level = T(acc.mean_y + acc.slope() * (ref_u - acc.mean_u));
  detail::require(level, [](auto v) { return v >= 0 && v <= 1; }, function, "level",
                  "a fitted score at the reference input within [0, 1] (choose a reference inside the data)");
  const quantity<D, T> ref = reference != nullptr ? *reference : quantity<D, T>(detail::raw_tag{}, exp10(acc.mean_u));
  log_linear<D, T> curve(score<T>::from_share(level), ref, points<T>(T(acc.slope() * T(100))));
  return fit_result<log_linear<D, T>>{curve, detail::r_squared_of(ss, acc.syy), std::move(ys), acc.n};
}
}  // namespace detail

/// Fits score = level + per_decade x log10(input / reference) by least squares
/// (in points), with the reference input at the geometric mean of the inputs,
/// where the fitted level is the mean score. Residuals are in points.
template <std::ranges::forward_range R>
  requires detail::points_of<R, score<detail::point_value<R>>>
auto fit_log_linear(const R& observations) {
  return detail::fit_log_linear_at(observations, static_cast<const quantity<detail::point_dim<R>, detail::point_value<R>>*>(nullptr));
}

/// As above, with the reference input given: the fitted level is the score
/// there (fit_log_linear(data, million_usd(1)).curve.level() is the score at $1M).
template <std::ranges::forward_range R>
  requires detail::points_of<R, score<detail::point_value<R>>>
auto fit_log_linear(const R& observations, const quantity<detail::point_dim<R>, detail::point_value<R>>& reference) {
  detail::require_positive(reference.base_value(), "fit_log_linear", "reference");
  return detail::fit_log_linear_at(observations, &reference);
}

/// Fits loss = floor + (scale / input)^exponent with the floor given (0 for
/// Kaplan's form) by least squares of ln(loss - floor) on ln(input): a line
/// of slope -exponent. Residuals and R^2 are in that log space.
template <std::ranges::forward_range R>
  requires detail::points_of<R, loss<detail::point_value<R>>>
auto fit_power_law(const R& observations, const loss<detail::point_value<R>>& floor = loss<detail::point_value<R>>(0)) {
  using T = detail::point_value<R>;
  using D = detail::point_dim<R>;
  constexpr const char* function = "fit_power_law";
  std::vector<T> us;
  std::vector<T> ys;
  if constexpr (std::ranges::sized_range<R>) {
    us.reserve(std::ranges::size(observations));
    ys.reserve(std::ranges::size(observations));
  }
  detail::line_accumulator<T> acc;
  T first_input = 0;
  const T e = floor.value();
  for (const auto& p : observations) {
    const T x = detail::raw(p.input);  // checked on the next line, naming the fit
    if (acc.n == 0) first_input = x;
    detail::require_positive(x, function, "input");
    detail::require_about(T(p.result.value() - e), [](auto v) { return v > 0 && detail::finite(v); }, p.result.value(),
                          function, "loss", "a finite loss above the given floor");
    const T u = log(x);
    const T y = log(T(p.result.value() - e));
    us.push_back(u);
    ys.push_back(y);
    acc.add(u, y);
  }
  detail::require_count(acc.n, 2, function);
  detail::require_spread(acc.suu, first_input, function, "input");
  const T ss = detail::residuals_of_line(acc, us, ys, T(1));
  const T exponent = -acc.slope();
  detail::require(exponent, [](auto v) { return v > 0; }, function, "exponent",
                  "a loss that falls as the input grows (fitted exponent > 0)");
  // y = exponent (ln scale - u), so at the means ln scale = mean_u + mean_y / exponent.
  const T scale = exp(T(acc.mean_u + acc.mean_y / exponent));
  power_law<D, T> curve(floor, detail::make_quantity<D>(detail::checked_result(scale, function), function), exponent);
  return fit_result<power_law<D, T>>{curve, detail::r_squared_of(ss, acc.syy), std::move(ys), acc.n};
}

/// Fits a logistic with the floor and ceiling given (a benchmark's chance
/// level and its best possible score, say): the midpoint and steepness by
/// least squares in points. Starts from the line through the logits
/// ln((s - floor) / (ceiling - s)) (scores clipped 0.1% of the range inside
/// the bounds), then Levenberg-Marquardt; each iteration is one pass.
template <std::ranges::forward_range R>
  requires detail::points_of<R, score<detail::point_value<R>>>
auto fit_logistic(const R& observations, const score<detail::point_value<R>>& floor,
                  const score<detail::point_value<R>>& ceiling) {
  using T = detail::point_value<R>;
  using D = detail::point_dim<R>;
  constexpr const char* function = "fit_logistic";
  const T f = floor.share();
  const T range = T(ceiling.share() - f);
  detail::require_about(range, [](auto v) { return v > 0; }, ceiling.share(), function, "ceiling", "a share above the floor");
  // Named references, not a structured binding: clang 14 cannot capture one in a lambda.
  auto read = detail::read_score_observations<T>(observations, function);
  auto& us = read.us;
  auto& ys = read.ys;
  const T first_input = read.first_input;
  detail::line_accumulator<T> start;
  const T margin = T(range * T(0.001));
  for (std::size_t i = 0; i < us.size(); ++i) {
    const T y = ys[i];
    const T clipped = y < f + margin ? f + margin : (y > f + range - margin ? f + range - margin : y);
    start.add(us[i], log(T((clipped - f) / (f + range - clipped))));
  }
  detail::require_count(start.n, 2, function);
  detail::require_spread(start.suu, first_input, function, "input");

  // Parameters: k (steepness) and m = log10(midpoint). The model is
  // s = f + range w with w = 1 / (1 + exp(-k (u - m))).
  T k = start.slope();
  detail::require(k, [](auto v) { return v > 0; }, function, "steepness",
                  "scores that rise with the input (the logits' slope is not positive)");
  T m = start.mean_u - start.mean_y / k;

  struct pass_result {
    T sse = 0, jkk = 0, jkm = 0, jmm = 0, gk = 0, gm = 0;
  };
  const auto pass = [&](T kk, T mm) {
    pass_result r;
    for (std::size_t i = 0; i < us.size(); ++i) {
      const T z = us[i] - mm;
      const T w = T(1) / (T(1) + exp(-kk * z));
      const T res = ys[i] - (f + range * w);
      const T slope = range * w * (T(1) - w);
      const T dk = slope * z;    // d s / d k
      const T dm = -slope * kk;  // d s / d m
      r.sse += res * res;
      r.jkk += dk * dk;
      r.jkm += dk * dm;
      r.jmm += dm * dm;
      r.gk += dk * res;
      r.gm += dm * res;
    }
    return r;
  };

  pass_result current = pass(k, m);
  T lambda = T(1e-3);
  for (int iteration = 0; iteration < 200; ++iteration) {
    const T a = current.jkk * (T(1) + lambda);
    const T d = current.jmm * (T(1) + lambda);
    const T det = a * d - current.jkm * current.jkm;
    if (!(det > 0)) {
      lambda *= 10;
      if (lambda > T(1e16)) break;
      continue;
    }
    const T step_k = (d * current.gk - current.jkm * current.gm) / det;
    const T step_m = (a * current.gm - current.jkm * current.gk) / det;
    const T trial_k = k + step_k;
    const T trial_m = m + step_m;
    if (trial_k > 0) {
      const pass_result trial = pass(trial_k, trial_m);
      if (trial.sse <= current.sse) {
        const bool converged = abs(step_k) <= T(1e-13) * abs(k) && abs(step_m) <= T(1e-13) * (T(1) + abs(m));
        k = trial_k;
        m = trial_m;
        const bool stalled = current.sse - trial.sse <= T(1e-15) * current.sse;
        current = trial;
        lambda = lambda / 10 > T(1e-12) ? lambda / 10 : T(1e-12);
        if (converged || (stalled && lambda <= T(1e-6))) break;
        continue;
      }
    }
    lambda *= 10;
    if (lambda > T(1e16)) break;
  }

  T ss_total = 0;
  {
    detail::line_accumulator<T> scores;
    for (std::size_t i = 0; i < us.size(); ++i) scores.add(us[i], ys[i]);
    ss_total = scores.syy;
  }
  T ss = 0;
  for (std::size_t i = 0; i < us.size(); ++i) {
    const T res = ys[i] - (f + range / (T(1) + exp(-k * (us[i] - m))));
    ss += res * res;
    ys[i] = T(res * T(100));
  }
  const quantity<D, T> midpoint = detail::make_quantity<D>(detail::checked_result(exp10(m), function), function);
  logistic<D, T> curve(floor, ceiling, midpoint, k);
  return fit_result<logistic<D, T>>{curve, detail::r_squared_of(ss, ss_total), std::move(ys), us.size()};
}

/// Fits a trend to dated values by least squares of ln(value) on time (in
/// Gregorian years): a price's fall or a budget's growth per year, from many
/// observations rather than two (compare growth_between).
template <std::ranges::forward_range R>
  requires detail::dated_values<R>
auto fit_trend(const R& observations) {
  using D = typename detail::observation_types<std::ranges::range_value_t<R>>::dim;
  using T = typename detail::observation_types<std::ranges::range_value_t<R>>::value;
  constexpr const char* function = "fit_trend";
  std::vector<T> us;
  std::vector<T> ys;
  if constexpr (std::ranges::sized_range<R>) {
    us.reserve(std::ranges::size(observations));
    ys.reserve(std::ranges::size(observations));
  }
  detail::line_accumulator<T> acc;
  long first_day = 0;
  date first_date{1970, 1, 1};
  for (const auto& o : observations) {
    if (acc.n == 0) {
      first_day = o.when.days_since_epoch();
      first_date = o.when;
    }
    detail::require_positive(o.value.base_value(), function, "value");
    const T u = static_cast<T>(o.when.days_since_epoch() - first_day) / T(365.2425);
    const T y = log(o.value.base_value());
    us.push_back(u);
    ys.push_back(y);
    acc.add(u, y);
  }
  detail::require_count(acc.n, 2, function);
  if (!(acc.suu > 0)) {
    detail::fail(function, "observations are all on one date; expected two or more distinct dates");
  }
  const T ss = detail::residuals_of_line(acc, us, ys, T(1));
  const T start_value = exp(T(acc.mean_y - acc.slope() * acc.mean_u));
  return trend_fit<D, T>{trend<T>::from_log_rate(acc.slope()),
                         observation<quantity<D, T>>{first_date, detail::make_quantity<D>(start_value, function)},
                         detail::r_squared_of(ss, acc.syy), std::move(ys), acc.n};
}

}  // namespace curveshift
