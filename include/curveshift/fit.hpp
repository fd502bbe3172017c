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
//     (data, fitted_floor): loss, floor estimated too             (Levenberg-Marquardt
//                   from a variable-projection grid; see fit/least_squares.hpp)
//   fit_logistic    score in points, floor and ceiling given      (Levenberg-Marquardt
//                   from the least-squares line through the logits)
//     (data): score in points, floor and ceiling estimated too    (Levenberg-Marquardt
//                   from a variable-projection grid)
//   fit_trend       ln(value) against time in years               (closed form)
// A fit's uncertainty: the linear fits' estimates (fit_result::estimates),
// trend_fit::trend_interval, and bootstrap() for any fit, in
// curveshift/fit/bootstrap.hpp, included on its own because it draws with
// the Monte Carlo engine.
//
// The closed forms take one pass, with running means (Welford's updates) so
// inputs far from 1 (1e24 FLOP) lose no precision to cancellation; the
// iterative fits take one pass per iteration.
#pragma once

#include "curveshift/fit/common.hpp"
#include "curveshift/fit/least_squares.hpp"
#include "curveshift/fit/log_linear.hpp"
#include "curveshift/fit/logistic.hpp"
#include "curveshift/fit/power_law.hpp"
#include "curveshift/fit/trend.hpp"
#include "curveshift/text/fit.hpp"
