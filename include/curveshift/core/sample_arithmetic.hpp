// curveshift/core/sample_arithmetic.hpp: arithmetic and functions on sample
// sets, draw by draw: draw i of a result comes from draw i of each operand,
// checked finite in the same pass, in place when an operand is a temporary,
// two doubles a step where the machine has SIMD (the same bits).
#pragma once

#include <concepts>
#include <cstddef>
#include <string>
#include <type_traits>

#include "curveshift/core/number.hpp"
#include "curveshift/core/sample_set.hpp"
#include "curveshift/detail/fast_exp.hpp"

namespace curveshift {

namespace detail {

/// The size of the result of combining a and b: equal sizes, or one constant.
template <std::floating_point T>
std::size_t combined_size(const samples<T>& a, const samples<T>& b, const char* function) {
  if (a.size() == b.size()) return a.size();
  if (a.is_constant()) return b.size();
  if (b.is_constant()) return a.size();
  fail(function, "the two sample sets differ in size: " + std::to_string(a.size()) + " and " +
                     std::to_string(b.size()) + " draws (expected equal sizes)");
}

[[noreturn, gnu::cold, gnu::noinline]] inline void fail_result(const char* function, std::size_t index,
                                                               long double value) {
  fail(function, "result", value,
       "a finite value (draw " + std::to_string(index) + " overflowed or divided by zero)");
}

/// Finds the draw that broke a result and reports it.
template <std::floating_point T>
[[noreturn]] void report_bad(const T* out, std::size_t n, const char* function) {
  for (std::size_t i = 0; i < n; ++i) {
    if (!finite(out[i])) fail_result(function, i, static_cast<long double>(out[i]));
  }
  fail(function, "a result was not finite");
}

#ifdef CURVESHIFT_X86_SIMD
/// For arithmetic whose operation also takes GNU vectors (+, -, *, /): two
/// doubles per step, the same IEEE operations as one at a time, so the same
/// bits, and branch-free, which g++ -O2 does not make of the scalar loop.
template <class F>
constexpr bool lanes_apply = std::is_invocable_r_v<exp_v2, F, exp_v2, exp_v2>;

template <bool Step_a, bool Step_b, class F>
[[gnu::always_inline]] inline bool zip_lanes_loop(const double* pa, const double* pb, double* out, std::size_t n,
                                                  F f) {
  // r * 0 is 0 for a finite r and NaN for an infinite or NaN one, and a NaN
  // stays in a sum: one multiply and one add per step check every result.
  const exp_v2 ka = {pa[0], pa[0]};
  const exp_v2 kb = {pb[0], pb[0]};
  exp_v2 bad = {};
  std::size_t i = 0;
  for (; i + 2 <= n; i += 2) {
    exp_v2 a = ka;
    exp_v2 b = kb;
    if constexpr (Step_a) __builtin_memcpy(&a, pa + i, sizeof a);
    if constexpr (Step_b) __builtin_memcpy(&b, pb + i, sizeof b);
    const exp_v2 r = f(a, b);
    __builtin_memcpy(out + i, &r, sizeof r);
    bad += r * 0.0;
  }
  bool all = detail::equal(bad[0], 0.0) && detail::equal(bad[1], 0.0);
  for (; i < n; ++i) {
    const double r = f(pa[Step_a ? i : 0], pb[Step_b ? i : 0]);
    out[i] = r;
    all &= finite(r);
  }
  return all;
}

/// out[i] = f(a_i, b_i) for i < n, where a steps through pa when step_a is
/// set and is pa[0] throughout otherwise (likewise b); false if a result is
/// not finite.
template <class F>
[[gnu::always_inline]] inline bool zip_lanes(const double* pa, bool step_a, const double* pb, bool step_b,
                                             double* out, std::size_t n, F f) {
  if (step_a && step_b) return zip_lanes_loop<true, true>(pa, pb, out, n, f);
  if (step_a) return zip_lanes_loop<true, false>(pa, pb, out, n, f);
  if (step_b) return zip_lanes_loop<false, true>(pa, pb, out, n, f);
  return zip_lanes_loop<false, false>(pa, pb, out, n, f);
}
#endif

/// Element-wise f(a_i) into a new set, or in place when `a` is a temporary.
/// The result is checked finite in the same pass.
template <std::floating_point T, class F>
samples<T> map(samples<T> a, F f, const char* function) {
  const std::size_t n = a.size();
  const T* in = a.begin();
  T* out = a.unique_data();
  samples<T> result = out ? std::move(a) : (a.is_constant() ? samples<T>(T(0)) : samples<T>::uninitialized(n, function));
  if (!out) out = result.data();
  bool ok = true;
#ifdef CURVESHIFT_X86_SIMD
  if constexpr (std::same_as<T, double> && std::is_invocable_r_v<exp_v2, F, exp_v2>) {
    ok = zip_lanes_loop<true, false>(in, in, out, n, [f](auto x, auto) { return f(x); });
  } else
#endif
  {
    for (std::size_t i = 0; i < n; ++i) {
      const T r = f(in[i]);
      out[i] = r;
      ok &= finite(r);
    }
  }
  if (!ok) [[unlikely]] report_bad(out, n, function);
  return result;
}

/// Element-wise f(a_i, b_i); a constant operand stands for every draw.
template <std::floating_point T, class F>
samples<T> zip(samples<T> a, samples<T> b, F f, const char* function) {
  const std::size_t n = combined_size(a, b, function);
  const T* pa = a.begin();
  const T* pb = b.begin();
  // Reuse a temporary operand's storage when it has the result's size.
  samples<T> result = [&] {
    // A lone draw is not a constant: combined with a constant it stays a draw.
    if (n == 1 && a.is_constant() != b.is_constant()) return samples<T>::uninitialized(1, function);
    if (a.size() == n && a.unique_data()) return std::move(a);
    if (b.size() == n && b.unique_data()) return std::move(b);
    if (a.is_constant() && b.is_constant()) return samples<T>(T(0));
    return samples<T>::uninitialized(n, function);
  }();
  T* out = result.data();
  bool ok = true;
#ifdef CURVESHIFT_X86_SIMD
  if constexpr (std::same_as<T, double> && lanes_apply<F>) {
    ok = zip_lanes(pa, a.size() == n, pb, b.size() == n, out, n, f);
    if (!ok) [[unlikely]] report_bad(out, n, function);
    return result;
  }
#endif
  if (a.size() == b.size()) {
    for (std::size_t i = 0; i < n; ++i) {
      const T r = f(pa[i], pb[i]);
      out[i] = r;
      ok &= finite(r);
    }
  } else if (a.is_constant()) {
    const T k = pa[0];
    for (std::size_t i = 0; i < n; ++i) {
      const T r = f(k, pb[i]);
      out[i] = r;
      ok &= finite(r);
    }
  } else {
    const T k = pb[0];
    for (std::size_t i = 0; i < n; ++i) {
      const T r = f(pa[i], k);
      out[i] = r;
      ok &= finite(r);
    }
  }
  if (!ok) [[unlikely]] report_bad(out, n, function);
  return result;
}

}  // namespace detail

// ---- arithmetic: element by element ------------------------------------------
// Operands are taken by value: a copy is a reference count, and a temporary
// operand hands its storage to the result.

template <std::floating_point T>
samples<T> operator-(samples<T> a) {
  return detail::map(std::move(a), [](auto v) { return -v; }, "operator-(samples)");
}

#define CURVESHIFT_SAMPLES_OP(op, name)                                                                   \
  template <std::floating_point T>                                                                       \
  samples<T> operator op(samples<T> a, samples<T> b) {                                                   \
    return detail::zip(std::move(a), std::move(b), [](auto x, auto y) { return x op y; },                      \
                       "operator" #op "(samples, samples)");                                             \
  }                                                                                                      \
  template <std::floating_point T, class S>                                                              \
    requires std::is_arithmetic_v<S>                                                                     \
  samples<T> operator op(samples<T> a, S s) {                                                            \
    const T k = static_cast<T>(s);                                                                       \
    detail::require_finite(k, "operator" #op "(samples, scalar)", "scalar");                             \
    return detail::map(std::move(a), [k](auto x) { return x op k; }, "operator" #op "(samples, scalar)");   \
  }                                                                                                      \
  template <std::floating_point T, class S>                                                              \
    requires std::is_arithmetic_v<S>                                                                     \
  samples<T> operator op(S s, samples<T> a) {                                                            \
    const T k = static_cast<T>(s);                                                                       \
    detail::require_finite(k, "operator" #op "(scalar, samples)", "scalar");                             \
    return detail::map(std::move(a), [k](auto x) { return k op x; }, "operator" #op "(scalar, samples)");   \
  }
CURVESHIFT_SAMPLES_OP(+, plus)
CURVESHIFT_SAMPLES_OP(-, minus)
CURVESHIFT_SAMPLES_OP(*, times)
CURVESHIFT_SAMPLES_OP(/, divides)
#undef CURVESHIFT_SAMPLES_OP

// ---- functions, draw by draw -------------------------------------------------

/// e^x of every draw (for double, by detail::exp_affine_array: within 2 ulp,
/// the same bits on every standard library and run; see detail/fast_exp.hpp).
template <std::floating_point T>
samples<T> exp(samples<T> x) {
  if constexpr (std::same_as<T, double>) {
    const std::size_t n = x.size();
    const double* in = x.begin();
    double* out = x.unique_data();
    samples<double> result = out ? std::move(x) : (x.is_constant() ? samples<double>(0.0)
                                                                    : samples<double>::uninitialized(n, "exp(samples)"));
    if (!out) out = result.data();
    // Underflow to 0 is a finite result; only overflow is an error here.
    if (!detail::exp_affine_array(in, out, n, 0.0, 1.0) && !detail::holds(result, [](double v) { return detail::finite(v); })) {
      detail::report_bad(out, n, "exp(samples)");
    }
    return result;
  } else {
    return detail::map(std::move(x), [](T v) { return exp(v); }, "exp(samples)");
  }
}
/// ln x of every draw; every draw must be > 0.
template <std::floating_point T>
samples<T> log(samples<T> x) {
  detail::require_positive(x, "log(samples)", "x");
  return detail::map(std::move(x), [](T v) { return log(v); }, "log(samples)");
}
/// log10 x of every draw; every draw must be > 0.
template <std::floating_point T>
samples<T> log10(samples<T> x) {
  detail::require_positive(x, "log10(samples)", "x");
  return detail::map(std::move(x), [](T v) { return log10(v); }, "log10(samples)");
}
/// sqrt x of every draw; every draw must be >= 0.
template <std::floating_point T>
samples<T> sqrt(samples<T> x) {
  detail::require_nonnegative(x, "sqrt(samples)", "x");
  return detail::map(std::move(x), [](T v) { return sqrt(v); }, "sqrt(samples)");
}
/// |x| of every draw.
template <std::floating_point T>
samples<T> abs(samples<T> x) {
  return detail::map(std::move(x), [](T v) { return v < 0 ? -v : v; }, "abs(samples)");
}
/// x^y draw by draw, for x > 0 (as for interval<T> and the core's pow).
template <std::floating_point T>
samples<T> pow(samples<T> x, samples<T> y) {
  detail::require_positive(x, "pow(samples, samples)", "x");
  return detail::zip(std::move(x), std::move(y), [](T a, T b) { return pow(a, b); }, "pow(samples, samples)");
}
template <std::floating_point T, class S>
  requires std::is_arithmetic_v<S>
samples<T> pow(samples<T> x, S y) {
  return pow(std::move(x), samples<T>(static_cast<T>(y)));
}
template <std::floating_point T, class S>
  requires std::is_arithmetic_v<S>
samples<T> pow(S x, samples<T> y) {
  return pow(samples<T>(static_cast<T>(x)), std::move(y));
}
/// The smaller of two draws, draw by draw.
template <std::floating_point T>
samples<T> min(samples<T> a, samples<T> b) {
  return detail::zip(std::move(a), std::move(b), [](T x, T y) { return y < x ? y : x; }, "min(samples, samples)");
}
/// The larger of two draws, draw by draw.
template <std::floating_point T>
samples<T> max(samples<T> a, samples<T> b) {
  return detail::zip(std::move(a), std::move(b), [](T x, T y) { return x < y ? y : x; }, "max(samples, samples)");
}

/// P(a < b) for two uncertain values, draw by draw: the share of draws in
/// which a is the smaller (a constant stands for every draw). The same
/// question as probability_below(x, threshold), asked of a second set.
template <std::floating_point T>
double probability_below(const samples<T>& a, const samples<T>& b) {
  const std::size_t n = detail::combined_size(a, b, "probability_below");
  std::size_t count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    count += (a.is_constant() ? a[0] : a[i]) < (b.is_constant() ? b[0] : b[i]) ? 1 : 0;
  }
  return static_cast<double>(count) / static_cast<double>(n);
}

/// 0.1's name of probability_below(a, b); kept for 0.2, gone in 0.3.
template <std::floating_point T>
double probability_less(const samples<T>& a, const samples<T>& b) {
  return probability_below(a, b);
}

}  // namespace curveshift
