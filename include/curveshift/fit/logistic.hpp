// curveshift/fit/logistic.hpp: an S-curve in log-input measured from data.
#pragma once

#include "curveshift/curves/logistic.hpp"
#include "curveshift/fit/common.hpp"

namespace curveshift {

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

}  // namespace curveshift
