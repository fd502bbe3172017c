// libFuzzer target: the fits (curveshift/fit.hpp). The input's first byte
// picks a fit; the rest becomes observations, each from doubles of any bit
// pattern (an observation whose maker refuses its values is left out, as a
// caller's validation would leave it out). Every fit must return a fit or
// raise curveshift::error, nothing else; a fit it returns must have finite
// residuals, one per observation, and an R^2 that is finite and at most 1.
// See README.md here.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <curveshift/curveshift.hpp>
#include <curveshift/fit.hpp>

#include "fuzz_doubles.hpp"

namespace {

using namespace curveshift;
using fuzz::answer;
using fuzz::bug;
using fuzz::check_finite;
using fuzz::doubles;

// At most 24 observations: enough for every fit's minimum and for the
// iterative fits' grids, few enough that each input runs in microseconds.
constexpr std::size_t max_observations = 24;

template <class Result>
void check_fit(const Result& fit, std::size_t observations, const char* what) {
  if (fit.observations != observations) bug(what, static_cast<double>(fit.observations));
  if (fit.residuals.size() != observations) bug(what, static_cast<double>(fit.residuals.size()));
  for (const double r : fit.residuals) check_finite(r, what);
  // 1 - SS_res / SS_tot: at most 1; a fit worse than the mean may go below 0.
  if (!std::isfinite(fit.r_squared) || fit.r_squared > 1) bug(what, fit.r_squared);
}

template <class Input, class Result, class MakeInput, class MakeResult>
std::vector<curve_point<Input, Result>> points_from(doubles& in, MakeInput make_input, MakeResult make_result) {
  std::vector<curve_point<Input, Result>> out;
  while (!in.empty() && out.size() < max_observations) {
    const double x = in.next();
    const double y = in.next();
    answer([&] { out.push_back({make_input(x), make_result(y)}); });
  }
  return out;
}

void fuzz_score_fits(doubles& in, int which) {
  const double floor = in.next();
  const double ceiling = in.next();
  const auto data = points_from<money<>, score<>>(
      in, [](double x) { return usd(x); }, [](double y) { return score<>::from_share(y); });
  switch (which) {
    case 0: answer([&] { check_fit(fit_log_linear(data), data.size(), "fit_log_linear"); }); break;
    case 1:
      answer([&] {
        check_fit(fit_logistic(data, score<>::from_share(floor), score<>::from_share(ceiling)), data.size(),
                  "fit_logistic (floor and ceiling given)");
      });
      break;
    default: answer([&] { check_fit(fit_logistic(data), data.size(), "fit_logistic (floor and ceiling fitted)"); }); break;
  }
}

void fuzz_loss_fits(doubles& in, bool fit_floor) {
  const double floor = in.next();
  const auto data = points_from<compute<>, loss<>>(
      in, [](double x) { return flop(x); }, [](double y) { return loss{y}; });
  if (fit_floor) {
    answer([&] { check_fit(fit_power_law(data, fitted_floor), data.size(), "fit_power_law (floor fitted)"); });
  } else {
    answer([&] { check_fit(fit_power_law(data, loss{floor}), data.size(), "fit_power_law (floor given)"); });
  }
}

void fuzz_trend_fit(doubles& in) {
  std::vector<observation<money<>>> data;
  while (!in.empty() && data.size() < max_observations) {
    const double day = in.next();
    const double value = in.next();
    answer([&] {
      // Days since 1970 within +-2,700 years; dates outside 1900-2200 raise.
      const long days = std::isfinite(day) ? static_cast<long>(std::fmod(day, 1e6)) : 0;
      data.push_back({date::from_days_since_epoch(days), usd(value)});
    });
  }
  answer([&] { check_fit(fit_trend(data), data.size(), "fit_trend"); });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  doubles in{data + 1, size - 1};
  switch (data[0] % 6) {
    case 0: fuzz_score_fits(in, 0); break;
    case 1: fuzz_score_fits(in, 1); break;
    case 2: fuzz_score_fits(in, 2); break;
    case 3: fuzz_loss_fits(in, false); break;
    case 4: fuzz_loss_fits(in, true); break;
    default: fuzz_trend_fit(in); break;
  }
  return 0;
}
