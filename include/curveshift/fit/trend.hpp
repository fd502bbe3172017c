// curveshift/fit/trend.hpp: a trend per year measured from dated values.
#pragma once

#include "curveshift/date.hpp"
#include "curveshift/fit/common.hpp"
#include "curveshift/trend.hpp"

namespace curveshift {

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

  /// The date the fitted trend reaches a value: "when does training compute
  /// reach 1e27 FLOP?"
  template <std::floating_point U>
  constexpr date date_reaching(const quantity<D, U>& target) const {
    return curveshift::date_reaching(start, trend, target);
  }
};

namespace detail {
template <class O>
struct observation_types;
template <class D, std::floating_point T>
struct observation_types<observation<quantity<D, T>>> {
  using dim = D;
  using value = T;
};

template <class R>
concept dated_values = requires { typename observation_types<detail::range_value_t<R>>::dim; };
}  // namespace detail

/// Fits a trend to dated values by least squares of ln(value) on time (in
/// Gregorian years): a price's fall or a budget's growth per year, from many
/// observations rather than two (compare growth_between).
template <detail::forward_range R>
  requires detail::dated_values<R>
auto fit_trend(const R& observations) {
  using D = typename detail::observation_types<detail::range_value_t<R>>::dim;
  using T = typename detail::observation_types<detail::range_value_t<R>>::value;
  constexpr const char* function = "fit_trend";
  std::vector<T> us;
  std::vector<T> ys;
  detail::reserve_columns(observations, us, ys);
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
