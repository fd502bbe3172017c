// curveshift/number.hpp: what a number type must offer, and the input checks.
//
// Every quantity, multiplier, trend and curve is a template over its number
// type. double, float and long double work out of the box; interval<T> and
// samples<T> join by specialising number_traits, so one model can give a
// point estimate, bounds or a distribution.
#pragma once

#include <charconv>
#include <concepts>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "curveshift/detail/fail.hpp"
#include "curveshift/detail/math.hpp"
#include "curveshift/error.hpp"

namespace curveshift {

/// Customisation point: how the library looks inside a number type.
/// A specialisation provides `scalar` (the floating type of its values) and
/// `find_if_not(x, pred)`, a pointer to the first value of x that fails pred
/// (nullptr when all pass), which is how input checks see every value.
template <class T>
struct number_traits;

template <std::floating_point T>
struct number_traits<T> {
  using scalar = T;
  template <class Pred>
  static constexpr const T* find_if_not(const T& x, Pred pred) {
    return pred(x) ? nullptr : &x;
  }
};

/// A number type curveshift can compute with.
template <class T>
concept number = std::copyable<T> && requires(const T& x) {
  typename number_traits<T>::scalar;
  requires std::floating_point<typename number_traits<T>::scalar>;
};

/// The scalar inside a number type: double for double and interval<double>.
template <number T>
using scalar_t = typename number_traits<T>::scalar;

/// The type a mixed operation yields: the richer of the two
/// (double x interval<double> -> interval<double>).
template <number A, number B>
using promoted_t = std::remove_cvref_t<decltype(std::declval<const A&>() * std::declval<const B&>())>;

namespace detail {
/// x as the promoted type R of a mixed operation, where both are floating
/// types (float -> double, spelled, so users' -Wdouble-promotion is quiet);
/// any other x is passed through as it is (no copy of a sample set).
template <class R, class X>
constexpr decltype(auto) widen(const X& x) {
  if constexpr (std::is_floating_point_v<X> && std::is_floating_point_v<R> && !std::is_same_v<R, X>) {
    return static_cast<R>(x);
  } else {
    return (x);
  }
}
}  // namespace detail

/// What an integer or floating argument to a maker becomes: integers -> double.
template <class T>
using maker_t = std::conditional_t<std::is_integral_v<T>, double, T>;

namespace detail {

/// Reaching this in a constant expression is the compile error: it is not
/// constexpr. Both compilers print the call that led here with its arguments,
/// so the error shows the function, the argument, the value and what was
/// expected: clang "in call to 'constant_evaluation_failed(&"usd"[0],
/// &"amount"[0], -5.000000e+00, &"a finite value >= 0"[0])'", g++ "in
/// 'constexpr' expansion of constant_evaluation_failed<double>("usd", ...)".
[[noreturn]] inline void a_curveshift_check_failed_in_a_constant_expression() {
  raise(error("curveshift: a check failed in a constant expression"));
}

template <class V>
constexpr void constant_evaluation_failed(const char* function, const char* argument, V value, const char* expected) {
  // The early return is never taken; without a path that is a constant
  // expression, g++ would reject the function itself and not show the call.
  if (function == nullptr || argument == nullptr || expected == nullptr) return;
  (void)value;
  a_curveshift_check_failed_in_a_constant_expression();
}

// The checks are range tests only: a NaN fails every ordered comparison, so
// no separate v == v test is needed, and each check is one or two compares.
// finite() compares |v| once (curveshift::abs, one mask), a form the
// element-wise loops of samples<T> vectorise.
template <class S>
constexpr bool finite(S v) {
  return curveshift::abs(v) <= std::numeric_limits<S>::max();
}
template <class S>
constexpr bool finite_nonnegative(S v) {
  return v >= 0 && v <= std::numeric_limits<S>::max();
}
template <class S>
constexpr bool finite_positive(S v) {
  return v > 0 && v <= std::numeric_limits<S>::max();
}

/// Checks every value of x with pred; on the first failure raises an error
/// naming function, argument and that value. In constant evaluation the call
/// to fail() is what makes the compile fail.
template <number T, class Pred>
constexpr void require(const T& x, Pred pred, const char* function, const char* argument, const char* expected) {
  if (const auto* bad = number_traits<T>::find_if_not(x, pred)) [[unlikely]] {
    if (std::is_constant_evaluated()) constant_evaluation_failed(function, argument, *bad, expected);
    fail(function, argument, *bad, expected);
  }
}

/// True when every value of x passes pred: the fast path of a check whose
/// failure is then diagnosed on the cold path.
template <number T, class Pred>
constexpr bool holds(const T& x, Pred pred) {
  return number_traits<T>::find_if_not(x, pred) == nullptr;
}

template <number T>
constexpr void require_finite(const T& x, const char* function, const char* argument) {
  require(x, [](auto v) { return finite(v); }, function, argument, "a finite value");
}

template <number T>
constexpr void require_nonnegative(const T& x, const char* function, const char* argument) {
  require(x, [](auto v) { return finite_nonnegative(v); }, function, argument, "a finite value >= 0");
}

template <number T>
constexpr void require_positive(const T& x, const char* function, const char* argument) {
  require(x, [](auto v) { return finite_positive(v); }, function, argument, "a finite value > 0");
}

/// Selects the internal constructors that take a value as it is: one made
/// from checked values by interior arithmetic, or checked just before.
struct raw_tag {};

/// The library's own, unchecked view of a value's representation.
///
/// Values are checked where they enter (a maker, a constructor from a bare
/// number) and where they are read (base_value(), in(), value(), a
/// comparison, formatting). In between, arithmetic on values the library
/// made is plain IEEE arithmetic: an overflow becomes inf, inf - inf or 0 x inf
/// becomes NaN, and both stay inf or NaN through every later operation, so the
/// read that follows raises the error. That keeps a chain of typed operations
/// to the instructions of the same chain on raw doubles. Interior code reads
/// through raw(); every class with a representation befriends access and
/// names its member raw_.
struct access {
  /// A value of type V holding `raw` as it is: the library's only way past
  /// the makers' checks, for values made from checked values by interior
  /// arithmetic or checked just before. The constructors it calls are
  /// private, so no user code makes an unchecked value.
  template <class V, class T>
  static constexpr V make(const T& raw) {
    return V(raw_tag{}, raw);
  }
  template <class X>
  static constexpr const auto& raw(const X& x) noexcept {
    return x.raw_;
  }
};

template <class X>
constexpr const auto& raw(const X& x) noexcept {
  return access::raw(x);
}

/// A read: a value computed by interior arithmetic leaves the library only
/// when finite. Names the reading function; the value is what overflowed.
template <number T>
constexpr const T& checked_read(const T& x, const char* function) {
  require(x, [](auto v) { return finite(v); }, function, "value",
          "a finite value (an operation before this read overflowed)");
  return x;
}

/// For a result: overflow to infinity (or a NaN from inf - inf) is an error, never a value.
template <number T>
constexpr const T& checked_result(const T& x, const char* function) {
  require(x, [](auto v) { return finite(v); }, function, "result", "a finite value (overflow?)");
  return x;
}

}  // namespace detail
}  // namespace curveshift
