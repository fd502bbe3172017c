// curveshift/fit/trend.hpp: a trend per year measured from dated values, with
// the confidence interval of its rate.
#pragma once

#include <string>

#include "curveshift/core/date.hpp"
#include "curveshift/core/rows.hpp"
#include "curveshift/detail/student_t.hpp"
#include "curveshift/fit/common.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/core/trend.hpp"

namespace curveshift {

/// A fitted trend: the trend, its fitted value on the earliest date,
/// residuals of ln(value) (observed - fitted) in the observations' order, R^2,
/// the count, and the standard error of the fitted ln(factor per year), from
/// which trend_interval() gives a confidence interval.
template <class D, std::floating_point T>
struct trend_fit {
  curveshift::trend<T> trend;
  /// The fitted value on the earliest date of the observations (not the
  /// first row: Epoch AI's files list the newest model first).
  observation<quantity<D, T>> start;
  T r_squared;
  std::vector<T> residuals;
  std::size_t observations;
  /// The standard error of the fitted log rate (ln of the factor per year):
  /// sqrt(SS_residual / (n - 2) / sum (t - mean t)^2), t in years. Zero for
  /// two observations (a line through two points has no spread to measure).
  T log_rate_error;

  /// The fitted value on a date: start x trend over (when - start date).
  constexpr quantity<D, T> value_on(const date& when) const {
    return quantity<D, T>(start.value * trend.over(time_span<T>(when - start.when)));
  }

  /// The date the fitted trend reaches a value: "when does training compute
  /// reach 1e27 FLOP?"
  template <std::floating_point U>
  constexpr date date_reaching(const quantity<D, U>& target) const {
    return curveshift::date_reaching(start, trend, target);
  }

  /// The confidence interval of the trend at a level (0.9 for "90% CI"):
  /// the log rate +- t(n - 2) x its standard error, the textbook interval of
  /// a least-squares slope under independent normal residuals in ln(value).
  /// It is a trend over an interval, so .per_year() is the growth's interval
  /// and .doubling_time() the doubling time's. Needs three observations.
  curveshift::trend<interval<T>> trend_interval(double level = 0.9) const {
    constexpr const char* function = "trend_fit::trend_interval";
    detail::require(level, [](double v) { return v > 0 && v < 1; }, function, "level", "a probability in (0, 1)");
    if (observations < 3) {
      detail::fail(function, "observations", static_cast<long double>(observations),
                   "at least 3 observations (two leave no residual to measure the spread)");
    }
    const double t = detail::student_t_quantile(0.5 + level / 2, static_cast<double>(observations - 2));
    const T half = static_cast<T>(t) * log_rate_error;
    const T rate = trend.log_rate();
    return curveshift::trend<interval<T>>::from_log_rate(interval<T>(rate - half, rate + half));
  }
};

namespace detail {
template <class Q>
struct quantity_types;
template <class D, std::floating_point T>
struct quantity_types<quantity<D, T>> {
  using dim = D;
  using value = T;
};

template <class R, class Projection>
concept dated_values = forward_range<R> && dated_range<R> && requires { typename quantity_types<projected_t<R, Projection>>::dim; };
}  // namespace detail

/// Fits a trend to dated values by least squares of ln(value) on time (in
/// Gregorian years): a price's fall or a budget's growth per year, from many
/// observations rather than two (compare growth_between). The rows may be
/// observation<Q>, rows read from CSV (read_observations), or any type with a
/// `when` date, read through a projection: fit_trend(catalogue::models,
/// &model::compute) fits the shipped models' training compute.
template <class R, class Projection = detail::value_of_row>
  requires detail::dated_values<R, Projection>
auto fit_trend(const R& observations, Projection value = {}) {
  using Q = detail::projected_t<R, Projection>;
  using D = typename detail::quantity_types<Q>::dim;
  using T = typename detail::quantity_types<Q>::value;
  constexpr const char* function = "fit_trend";
  std::vector<T> us;
  std::vector<T> ys;
  detail::reserve_columns(observations, us, ys);
  detail::line_accumulator<T> acc;
  // Times are measured from the first row's date, then the start moves to
  // the earliest: the origin only has to be near the data for precision.
  long first_day = 0;
  date earliest{1970, 1, 1};
  for (const auto& o : observations) {
    const date when = o.when;
    if (acc.n == 0) {
      first_day = when.days_since_epoch();
      earliest = when;
    } else if (when < earliest) {
      earliest = when;
    }
    const auto& v = detail::project(value, o);
    detail::require_positive(v.base_value(), function, "value");
    const T u = static_cast<T>(when.days_since_epoch() - first_day) / T(365.2425);
    const T y = log(v.base_value());
    us.push_back(u);
    ys.push_back(y);
    acc.add(u, y);
  }
  detail::require_count(acc.n, 2, function);
  if (!(acc.suu > 0)) {
    detail::fail(function, "observations are all on one date; expected two or more distinct dates");
  }
  const T ss = detail::residuals_of_line(acc, us, ys, T(1));
  const T u_start = static_cast<T>(earliest.days_since_epoch() - first_day) / T(365.2425);
  const T start_value = exp(T(acc.mean_y + acc.slope() * (u_start - acc.mean_u)));
  const T error = acc.n > 2 ? sqrt(ss / static_cast<T>(acc.n - 2) / acc.suu) : T(0);
  return trend_fit<D, T>{trend<T>::from_log_rate(acc.slope()),
                         observation<quantity<D, T>>{earliest, detail::make_quantity<D>(start_value, function)},
                         detail::r_squared_of(ss, acc.syy), std::move(ys), acc.n, error};
}

}  // namespace curveshift
