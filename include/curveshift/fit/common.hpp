// curveshift/fit/common.hpp: what every fit returns (fit_result) and the
// pieces the fits share: one-pass line accumulation, the checks on observation
// counts and spread, and the reader of (input, score) observations.
#pragma once

#include <concepts>
#include <cstddef>
#include <iterator>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "curveshift/curves/curve.hpp"
#include "curveshift/detail/student_t.hpp"
#include "curveshift/core/interval.hpp"

namespace curveshift {

/// A fitted parameter with its standard error, where the fit is linear and
/// the error has a closed form: the slope and level of fit_log_linear, the
/// exponent of fit_power_law with its floor given. interval_at(0.9) is its
/// 90% confidence interval (Student's t with the fit's degrees of freedom,
/// under independent normal residuals). Iterative fits leave these out: their
/// uncertainty comes from bootstrap() (fit/bootstrap.hpp).
template <std::floating_point T>
struct parameter_estimate {
  std::string_view name;
  T value;
  T standard_error;
  std::size_t degrees_of_freedom;

  interval<T> interval_at(double level = 0.9) const {
    constexpr const char* function = "parameter_estimate::interval_at";
    detail::require(level, [](double v) { return v > 0 && v < 1; }, function, "level", "a probability in (0, 1)");
    if (degrees_of_freedom == 0) {
      detail::fail(function, "degrees_of_freedom", 0.0,
                   "at least 1 (a fit with as many parameters as observations has no residual to measure)");
    }
    const auto t = static_cast<T>(detail::student_t_quantile(0.5 + level / 2, static_cast<double>(degrees_of_freedom)));
    return interval<T>(value - t * standard_error, value + t * standard_error);
  }
};

/// A fitted curve with how well it fits: residuals (observed - fitted, in the
/// space the fit minimises; see the top of fit.hpp) in the observations' order,
/// R^2 = 1 - SS_residual / SS_total (1 when every observation is the same),
/// the number of observations, and, for the linear fits, each parameter with
/// its standard error (empty for the iterative fits: see bootstrap()).
template <class Curve>
struct fit_result {
  Curve curve;
  typename Curve::value_type r_squared;
  std::vector<typename Curve::value_type> residuals;
  std::size_t observations;
  std::vector<parameter_estimate<typename Curve::value_type>> estimates{};

  /// The estimate of a parameter by name ("per_decade", "level", "exponent").
  const parameter_estimate<typename Curve::value_type>& estimate(std::string_view name) const {
    for (const auto& e : estimates) {
      if (e.name == name) return e;
    }
    detail::fail_text("fit_result::estimate", "name", name,
                      estimates.empty() ? "a fit with closed-form errors (this one has none: use bootstrap())"
                                        : "the name of one of the fit's estimates");
  }
};



namespace detail {

/// A range a fit reads front to back: std::ranges::forward_range in
/// substance, spelled with <iterator> because <ranges> alone costs fit.hpp
/// about a tenth of a second of compile time.
template <class R>
concept forward_range = requires(const R& r) {
  std::begin(r);
  std::end(r);
} && std::forward_iterator<decltype(std::begin(std::declval<const R&>()))>;

/// The element type of such a range.
template <class R>
using range_value_t = std::iter_value_t<decltype(std::begin(std::declval<const R&>()))>;

/// A range that knows its size, so the fits reserve once.
template <class R>
concept sized_range = requires(const R& r) { std::size(r); };

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

/// The standard error of a fitted line's slope and of its value at u0, from
/// the residual sum of squares: s^2 = SS / (n - 2); zero for two points.
template <std::floating_point T>
struct line_errors {
  T slope;
  T value_at;
};
template <std::floating_point T>
line_errors<T> errors_of_line(const line_accumulator<T>& acc, T ss, T u0) {
  if (acc.n < 3) return {T(0), T(0)};
  const T s2 = ss / static_cast<T>(acc.n - 2);
  return {sqrt(s2 / acc.suu), sqrt(s2 * (T(1) / static_cast<T>(acc.n) + (u0 - acc.mean_u) * (u0 - acc.mean_u) / acc.suu))};
}

template <std::floating_point T>
constexpr T r_squared_of(T ss_residual, T ss_total) {
  return ss_total > 0 ? T(1) - ss_residual / ss_total : T(1);
}

inline void require_count(std::size_t n, std::size_t parameters, const char* function) {
  if (n < parameters) {
    const std::string count = std::to_string(parameters);
    fail(function, "observations", static_cast<long double>(n),
         "at least " + count + " observations (the fit has " + count + " parameters)");
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
using point_dim = typename point_types<detail::range_value_t<R>>::dim;
template <class R>
using point_value = typename point_types<detail::range_value_t<R>>::value;


}  // namespace detail

/// The data a curve fit takes: a forward range of curve_point<quantity<D,
/// T>, Result> (spend or compute, and the score or loss it bought), as
/// fit_log_linear, fit_logistic and fit_power_law read them. Public, so a
/// user's own template can ask for what the fits take.
template <class R, class Result>
concept curve_points = detail::forward_range<R> && requires {
  typename detail::point_types<detail::range_value_t<R>>::dim;
} && std::same_as<detail::range_value_t<R>, curve_point<quantity<detail::point_dim<R>, detail::point_value<R>>, Result>>;

namespace detail {

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
/// Reserves a fit's two columns once, when the range knows its size.
template <std::floating_point T, class R>
void reserve_columns(const R& observations, std::vector<T>& us, std::vector<T>& ys) {
  if constexpr (sized_range<R>) {
    us.reserve(std::size(observations));
    ys.reserve(std::size(observations));
  }
}

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
  reserve_columns(observations, read.us, read.ys);
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
}  // namespace detail

}  // namespace curveshift
