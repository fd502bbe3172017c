// curveshift/fit/logistic.hpp: an S-curve in log-input measured from data,
// with its floor and ceiling given (a benchmark's chance level and best
// possible score) or estimated too.
#pragma once

#include "curveshift/curves/logistic.hpp"
#include "curveshift/fit/common.hpp"
#include "curveshift/fit/least_squares.hpp"

namespace curveshift {

/// Fits a logistic with the floor and ceiling given (a benchmark's chance
/// level and its best possible score, say): the midpoint and steepness by
/// least squares in points. Starts from the line through the logits
/// ln((s - floor) / (ceiling - s)) (scores clipped 0.1% of the range inside
/// the bounds), then Levenberg-Marquardt; each iteration is one pass.
template <detail::forward_range R>
  requires curve_points<R, score<detail::point_value<R>>>
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
  return fit_result<logistic<D, T>>{curve, detail::r_squared_of(ss, ss_total), std::move(ys), us.size(), {}};
}

/// Fits a logistic with its floor and ceiling estimated too, within
/// 0 <= floor < ceiling <= 100%: a benchmark whose chance level and
/// saturation are not known. Least squares in points (residuals in points,
/// R^2 in scores). Needs 4 observations at 4 distinct inputs or more.
/// Variable projection on a subsample gives the start (for a fixed midpoint
/// and steepness, the floor and ceiling are linear), then Levenberg-Marquardt
/// on all four; each iteration is one pass with one exp per observation.
template <detail::forward_range R>
  requires curve_points<R, score<detail::point_value<R>>>
auto fit_logistic(const R& observations) {
  using T = detail::point_value<R>;
  using D = detail::point_dim<R>;
  constexpr const char* function = "fit_logistic";
  auto read = detail::read_score_observations<T>(observations, function);
  auto& us = read.us;
  auto& ys = read.ys;
  const std::size_t n = us.size();
  detail::require_count(n, 4, function);
  detail::distinct_inputs<T, 4> distinct;
  // Distinct in log10(input), which is what the fit sees; the error names the first input.
  for (const T u : us) distinct.add(u);
  if (distinct.count < 4) {
    distinct.seen[0] = read.first_input;
    detail::require_distinct(distinct, function);
  }
  detail::line_accumulator<T> line;
  T lo = us[0];
  T hi = us[0];
  for (std::size_t i = 0; i < n; ++i) {
    line.add(us[i], ys[i]);
    lo = us[i] < lo ? us[i] : lo;
    hi = us[i] > hi ? us[i] : hi;
  }
  detail::require(T(line.slope() * T(100)), [](auto v) { return v > 0; }, function, "slope",
                  "scores that rise with the input (the least-squares slope in points per decade is not positive)");
  const T span = hi - lo;

  // Start: midpoints from half a span below the data to half a span above (21),
  // steepness with k x span from 0.5 to 500 nats of odds (16, five to the decade).
  const std::size_t stride = detail::subsample_stride(n, 512);
  std::array<T, 4> start{0, 1, 0, 0};
  T best = std::numeric_limits<T>::infinity();
  for (int a = 0; a <= 20; ++a) {
    const T m = lo - span / 2 + span * T(a) / T(10);
    for (int b = 0; b <= 15; ++b) {
      const T k = T(0.5) * exp10(T(b) / T(5)) / span;
      detail::two_column_sums<T> sums;
      for (std::size_t i = 0; i < n; i += stride) {
        const T w = T(1) / (T(1) + exp(-k * (us[i] - m)));
        sums.add(T(1) - w, w, ys[i]);
      }
      const auto linear = detail::box_least_squares(sums, T(0), T(1), T(0), T(1));
      if (linear.sse < best) {
        best = linear.sse;
        start = {linear.p, linear.q, k, m};
      }
    }
  }
  // Parameters: floor f, ceiling c, steepness k, m = log10(midpoint); the
  // model is s = f (1 - w) + c w with w = 1 / (1 + exp(-k (u - m))).
  const auto model = [&us, &ys](std::size_t i, const std::array<T, 4>& q, std::array<T, 4>& g) {
    const T z = us[i] - q[3];
    const T w = T(1) / (T(1) + exp(-q[2] * z));
    const T slope = T((q[1] - q[0]) * w * (T(1) - w));
    g = {T(T(1) - w), w, T(slope * z), T(-slope * q[2])};
    return T(ys[i] - (q[0] + (q[1] - q[0]) * w));
  };
  const auto fit = detail::bounded_least_squares<T, 4>(n, start, {T(0), T(0), T(1e-12), T(-300)},
                                                       {T(1), T(1), std::numeric_limits<T>::infinity(), T(300)}, model);
  const T f = fit.parameters[0];
  const T c = fit.parameters[1];
  const T k = fit.parameters[2];
  const T m = fit.parameters[3];
  detail::require_about(T(c - f), [](auto v) { return v > 0; }, c, function, "ceiling",
                        "a fitted ceiling above the fitted floor (scores that rise with the input)");

  T ss = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const T res = ys[i] - (f + (c - f) / (T(1) + exp(-k * (us[i] - m))));
    ss += res * res;
    ys[i] = T(res * T(100));
  }
  const quantity<D, T> midpoint = detail::make_quantity<D>(detail::checked_result(exp10(m), function), function);
  logistic<D, T> curve(score<T>::from_share(f), score<T>::from_share(c), midpoint, k);
  return fit_result<logistic<D, T>>{curve, detail::r_squared_of(ss, line.syy), std::move(ys), n, {}};
}

}  // namespace curveshift
