// curveshift/fit/least_squares.hpp: the machinery of the nonlinear fits
// (power law with its floor, logistic with its floor and ceiling).
//
// Each of those models is linear in two of its parameters once the others
// are fixed (loss = floor + c t, score = floor (1 - w) + ceiling w), so a
// start is found by variable projection: on a grid of the nonlinear
// parameters, over a subsample, the two linear ones are solved exactly (with
// their bounds) and the best grid point wins. Levenberg-Marquardt with
// bounds then refines all the parameters on every observation; each
// iteration is one pass. Internals, namespace curveshift::detail.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <limits>
#include <string>

#include "curveshift/fit/common.hpp"

namespace curveshift::detail {

/// Up to N distinct input values seen so far: enough to tell whether a fit of
/// N parameters is determined (N distinct inputs or more).
template <std::floating_point T, std::size_t N>
struct distinct_inputs {
  std::array<T, N> seen{};
  std::size_t count = 0;

  constexpr void add(T x) {
    if (count == N) return;
    for (std::size_t i = 0; i < count; ++i) {
      if (detail::equal(seen[i], x)) return;
    }
    seen[count++] = x;
  }
};

/// Fails unless the observations sit at N or more distinct inputs; the error
/// names the first input.
template <std::floating_point T, std::size_t N>
void require_distinct(const distinct_inputs<T, N>& d, const char* function) {
  if (d.count == N) return;
  if (d.count <= 1) {
    fail(function, "input", static_cast<long double>(d.seen[0]),
         "observations at two or more distinct values (all are at this one)");
  }
  const std::string needed = std::to_string(N);
  fail(function, "input", static_cast<long double>(d.seen[0]),
       "observations at " + needed + " or more distinct values (the fit has " + needed + " parameters; these are at " +
           std::to_string(d.count) + ")");
}

/// Every stride-th index covers at most about `target` points: the subsample a
/// grid search for a start runs on.
constexpr std::size_t subsample_stride(std::size_t n, std::size_t target) { return n > target ? n / target : 1; }

/// Sums for y ~ p a + q b: the normal equations of two linear parameters.
template <std::floating_point T>
struct two_column_sums {
  T saa = 0, sab = 0, sbb = 0, say = 0, sby = 0, syy = 0;

  constexpr void add(T a, T b, T y) {
    saa += a * a;
    sab += a * b;
    sbb += b * b;
    say += a * y;
    sby += b * y;
    syy += y * y;
  }
  /// The sum of squared residuals of (p, q), from the sums.
  constexpr T sse(T p, T q) const {
    return syy - 2 * p * say - 2 * q * sby + p * p * saa + 2 * p * q * sab + q * q * sbb;
  }
};

template <std::floating_point T>
struct two_parameters {
  T p;
  T q;
  T sse;
};

template <std::floating_point T>
constexpr T clamp_to(T v, T lo, T hi) {
  return v < lo ? lo : (v > hi ? hi : v);
}

/// The least-squares (p, q) within the box [p_lo, p_hi] x [q_lo, q_hi]
/// (bounds may be infinite). The objective is a convex quadratic, so its
/// minimum over the box is the unconstrained one if that lies inside, else
/// on an edge, where it is the one-parameter minimum clamped to the edge.
template <std::floating_point T>
constexpr two_parameters<T> box_least_squares(const two_column_sums<T>& s, T p_lo, T p_hi, T q_lo, T q_hi) {
  const T det = s.saa * s.sbb - s.sab * s.sab;
  if (det > 0) {
    const T p = (s.say * s.sbb - s.sby * s.sab) / det;
    const T q = (s.sby * s.saa - s.say * s.sab) / det;
    if (p >= p_lo && p <= p_hi && q >= q_lo && q <= q_hi) return {p, q, s.sse(p, q)};
  }
  two_parameters<T> best{0, 0, std::numeric_limits<T>::infinity()};
  const auto consider = [&](T p, T q) {
    const T e = s.sse(p, q);
    if (e < best.sse) best = {p, q, e};
  };
  const auto q_given = [&](T p) { return clamp_to(s.sbb > 0 ? (s.sby - p * s.sab) / s.sbb : T(0), q_lo, q_hi); };
  const auto p_given = [&](T q) { return clamp_to(s.saa > 0 ? (s.say - q * s.sab) / s.saa : T(0), p_lo, p_hi); };
  constexpr T inf = std::numeric_limits<T>::infinity();
  if (p_lo > -inf) consider(p_lo, q_given(p_lo));
  if (p_hi < inf) consider(p_hi, q_given(p_hi));
  if (q_lo > -inf) consider(p_given(q_lo), q_lo);
  if (q_hi < inf) consider(p_given(q_hi), q_hi);
  return best;
}

/// One pass of Levenberg-Marquardt: the sum of squared residuals, J^T J and
/// J^T r (J the gradient of the fitted value, r = observed - fitted).
template <std::floating_point T, std::size_t N>
struct normal_equations {
  T sse = 0;
  std::array<std::array<T, N>, N> jtj{};
  std::array<T, N> jtr{};
};

/// model(i, p, gradient) returns observation i's residual at parameters p and
/// fills gradient with d fitted / d p.
template <std::floating_point T, std::size_t N, class Model>
normal_equations<T, N> accumulate(std::size_t n, const std::array<T, N>& p, const Model& model) {
  normal_equations<T, N> e;
  std::array<T, N> g{};
  for (std::size_t i = 0; i < n; ++i) {
    const T r = model(i, p, g);
    e.sse += r * r;
    for (std::size_t a = 0; a < N; ++a) {
      e.jtr[a] += g[a] * r;
      for (std::size_t b = a; b < N; ++b) e.jtj[a][b] += g[a] * g[b];
    }
  }
  for (std::size_t a = 0; a < N; ++a) {
    for (std::size_t b = 0; b < a; ++b) e.jtj[a][b] = e.jtj[b][a];
  }
  return e;
}

/// Solves (J^T J + lambda D) step = J^T r by Cholesky, D the diagonal of J^T J
/// (floored, so a parameter the data do not move still gets a step of 0).
/// Parameters not free get a step of 0. False if the system is not positive definite.
template <std::floating_point T, std::size_t N>
bool damped_step(const normal_equations<T, N>& e, T lambda, const std::array<bool, N>& free, std::array<T, N>& step) {
  T largest = 0;
  for (std::size_t a = 0; a < N; ++a) largest = e.jtj[a][a] > largest ? e.jtj[a][a] : largest;
  if (!(largest > 0)) return false;
  std::array<std::array<T, N>, N> m{};
  std::array<T, N> rhs{};
  for (std::size_t a = 0; a < N; ++a) {
    for (std::size_t b = 0; b < N; ++b) m[a][b] = free[a] && free[b] ? e.jtj[a][b] : T(0);
    const T d = e.jtj[a][a] > largest * T(1e-12) ? e.jtj[a][a] : largest * T(1e-12);
    m[a][a] = free[a] ? T(e.jtj[a][a] + lambda * d) : T(1);
    rhs[a] = free[a] ? e.jtr[a] : T(0);
  }
  // Cholesky: m = L L^T, L stored in the lower triangle of m.
  for (std::size_t j = 0; j < N; ++j) {
    T d = m[j][j];
    for (std::size_t k = 0; k < j; ++k) d -= m[j][k] * m[j][k];
    if (!(d > 0)) return false;
    m[j][j] = sqrt(d);
    for (std::size_t i = j + 1; i < N; ++i) {
      T v = m[i][j];
      for (std::size_t k = 0; k < j; ++k) v -= m[i][k] * m[j][k];
      m[i][j] = v / m[j][j];
    }
  }
  for (std::size_t i = 0; i < N; ++i) {
    T v = rhs[i];
    for (std::size_t k = 0; k < i; ++k) v -= m[i][k] * step[k];
    step[i] = v / m[i][i];
  }
  for (std::size_t i = N; i-- > 0;) {
    T v = step[i];
    for (std::size_t k = i + 1; k < N; ++k) v -= m[k][i] * step[k];
    step[i] = v / m[i][i];
  }
  for (std::size_t a = 0; a < N; ++a) {
    if (!free[a]) step[a] = 0;
  }
  return true;
}

/// The parameters and the passes Levenberg-Marquardt took.
template <std::floating_point T, std::size_t N>
struct least_squares_result {
  std::array<T, N> parameters;
  T sse;
  int passes;
};

/// Levenberg-Marquardt within bounds, from p: a parameter at a bound that the
/// gradient pushes outward is held there for that step, and every trial is
/// clamped into the bounds. Stops when a step moves no parameter by more than
/// 1e-12 (1 + |p|) (the parameters are all of order 1 by construction), when
/// the sum of squares stops falling, or after 200 iterations.
template <std::floating_point T, std::size_t N, class Model>
least_squares_result<T, N> bounded_least_squares(std::size_t n, std::array<T, N> p, const std::array<T, N>& lower,
                                                 const std::array<T, N>& upper, const Model& model) {
  normal_equations<T, N> current = accumulate(n, p, model);
  int passes = 1;
  T lambda = T(1e-3);
  for (int iteration = 0; iteration < 200; ++iteration) {
    std::array<bool, N> free{};
    for (std::size_t a = 0; a < N; ++a) {
      free[a] = !((p[a] <= lower[a] && current.jtr[a] < 0) || (p[a] >= upper[a] && current.jtr[a] > 0));
    }
    std::array<T, N> step{};
    bool stepped = damped_step(current, lambda, free, step);
    std::array<T, N> trial = p;
    bool moved = false;
    bool small = true;
    if (stepped) {
      for (std::size_t a = 0; a < N; ++a) {
        trial[a] = clamp_to(T(p[a] + step[a]), lower[a], upper[a]);
        const T change = abs(T(trial[a] - p[a]));
        moved = moved || change > 0;
        small = small && change <= T(1e-12) * (T(1) + abs(p[a]));
      }
    }
    if (stepped && !moved) break;
    if (stepped) {
      normal_equations<T, N> next = accumulate(n, trial, model);
      ++passes;
      if (next.sse <= current.sse) {
        const bool stalled = current.sse - next.sse <= T(1e-15) * current.sse;
        p = trial;
        current = next;
        lambda = lambda / 10 > T(1e-12) ? lambda / 10 : T(1e-12);
        if (small || (stalled && lambda <= T(1e-6))) break;
        continue;
      }
      if (small) break;  // a step this small that does not help: rounding, so done
    }
    lambda *= 10;
    if (lambda > T(1e16)) break;
  }
  return {p, current.sse, passes};
}

}  // namespace curveshift::detail
