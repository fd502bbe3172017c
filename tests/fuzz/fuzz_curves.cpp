// libFuzzer target: the curves. The input's bytes become doubles of any bit
// pattern (NaN, infinities, -0, subnormals, the largest finite values) that
// build curves and the inputs and targets given to them. Every call must
// return a valid value or raise curveshift::error, nothing else (any other
// exception escapes and is a crash); what it returns must hold what its type
// promises: a score within 0..100% (within floor..ceiling for a logistic, at
// or above the other stage's score for one stage of a staged paradigm),
// points and losses finite, money and compute >= 0 (a money or compute that
// overflowed raises when read, by design). See README.md here.
#include <cmath>
#include <cstddef>
#include <cstdint>

#include <curveshift/curveshift.hpp>
#include <curveshift/core/interval.hpp>

#include "fuzz_doubles.hpp"

namespace {

using namespace curveshift;
using fuzz::answer;
using fuzz::bug;
using fuzz::check_finite;
using fuzz::doubles;

void check_score(const score<>& s, double lo, double hi, const char* what) {
  const double v = s.share();
  if (!(v >= lo && v <= hi)) bug(what, v);
}

template <class D>
void check_quantity(const quantity<D>& q, const char* what) {
  // The unchecked view: a negative or NaN representation is a bug even
  // where the read would raise; inf is the one value allowed through, and
  // the read must raise on it.
  const double v = detail::raw(q);
  if (!(v >= 0)) bug(what, v);
  answer([&] { check_finite(q.base_value(), "a read returned a non-finite value"); });
}

// An input from two doubles: made by the maker (checked), then scaled by a
// factor without a check between (so an input may arrive inf or NaN, as one
// an earlier overflow made).
money<> spend(doubles& in) {
  const money<> base = usd(in.next());
  return base * multiplier{std::fabs(in.next()) + 1e-300};
}

// The operations every curve has (curve.hpp), on a curve and an input.
template <class Curve>
void fuzz_operations(const Curve& curve, const money<>& x, doubles& in) {
  answer([&] { check_finite(gain_from(curve, x, multiplier{in.next()}).value(), "gain_from"); });
  answer([&] {
    const curve_point<money<>, score<>> a{x, score<>::from_share(in.next())};
    const curve_point<money<>, score<>> b{usd(in.next()), score<>::from_share(in.next())};
    const double gap = multiplier_gap(curve, a, b).value();  // the read raises on 0, inf, NaN
    if (!(gap > 0) || !std::isfinite(gap)) bug("multiplier_gap read a value outside (0, inf)", gap);
  });
  answer([&] {
    const curve_point<money<>, score<>> from{x, score<>::from_share(in.next())};
    check_quantity(input_to_close(curve, from, score<>::from_share(in.next())), "input_to_close");
  });
}

void fuzz_log_linear(doubles& in) {
  const log_linear curve{score<>::from_share(in.next()), usd(in.next()), points{in.next()}};
  const money<> x = spend(in);
  answer([&] { check_score(curve.score_at(x), 0, 1, "log_linear::score_at left 0..1"); });
  answer([&] { check_quantity(curve.cost_for(score<>::from_share(in.next())), "log_linear::cost_for"); });
  answer([&] { check_finite(curve.marginal_gain_per_decade(x).value(), "log_linear::marginal_gain_per_decade"); });
  answer([&] {
    const auto shifted = curve.shifted_by(multiplier{in.next()});
    check_score(shifted.score_at(x), 0, 1, "shifted log_linear::score_at left 0..1");
    check_quantity(shifted.cost_for(score<>::from_share(in.next())), "shifted log_linear::cost_for");
  });
  answer([&] { check_finite(marginal_gain_per_doubling(curve, x).value(), "marginal_gain_per_doubling"); });
  fuzz_operations(curve, x, in);
}

void fuzz_logistic(doubles& in) {
  const logistic curve{score<>::from_share(in.next()), score<>::from_share(in.next()), usd(in.next()), in.next()};
  const double lo = curve.floor().share();
  const double hi = curve.ceiling().share();
  const money<> x = spend(in);
  answer([&] { check_score(curve.score_at(x), lo, hi, "logistic::score_at left floor..ceiling"); });
  answer([&] { check_quantity(curve.cost_for(score<>::from_share(in.next())), "logistic::cost_for"); });
  answer([&] { check_finite(curve.marginal_gain_per_decade(x).value(), "logistic::marginal_gain_per_decade"); });
  answer([&] {
    const auto shifted = curve.shifted_by(multiplier{in.next()});
    check_score(shifted.score_at(x), lo, hi, "shifted logistic::score_at left floor..ceiling");
  });
  fuzz_operations(curve, x, in);
}

void fuzz_power_law(doubles& in) {
  const power_law curve{loss{in.next()}, flop(in.next()), in.next()};
  const compute<> x = flop(in.next()) * multiplier{std::fabs(in.next()) + 1e-300};
  answer([&] {
    const double l = curve.loss_at(x).value();
    if (!(l >= curve.floor().value()) || !std::isfinite(l)) bug("power_law::loss_at below its floor or not finite", l);
  });
  answer([&] { check_quantity(curve.cost_for(loss{in.next()}), "power_law::cost_for"); });
}

void fuzz_chinchilla(doubles& in) {
  const chinchilla curve{loss{in.next()}, in.next(), in.next(), in.next(), in.next()};
  answer([&] { check_finite(curve.loss_at(parameters(in.next()), tokens(in.next())).value(), "chinchilla::loss_at"); });
  answer([&] {
    const auto a = curve.compute_optimal(flop(in.next()));
    check_finite(a.parameters.in(parameters), "chinchilla::compute_optimal parameters");
    check_finite(a.tokens.in(tokens), "chinchilla::compute_optimal tokens");
  });
}

// The essay's E6 shape: a log-linear pretraining stage and a logistic RL stage.
void fuzz_staged(doubles& in) {
  const log_linear pretraining{score<>::from_share(in.next()), usd(in.next()), points{in.next()}};
  const logistic rl{score<>::from_share(in.next()), score<>::from_share(in.next()), usd(in.next()), in.next()};
  const staged paradigm{pretraining, rl};
  const money<> p = spend(in);
  const money<> r = spend(in);
  answer([&] { check_score(paradigm.score_at(p, r), 0, 1, "staged::score_at left 0..1"); });
  answer([&] {
    const auto stage = paradigm.rl_stage_at(p);
    const double base = stage.base().share();
    check_score(stage.score_at(r), base, 1, "headroom_curve::score_at left base..1");
    answer([&] { check_quantity(stage.cost_for(score<>::from_share(in.next())), "headroom_curve::cost_for"); });
    answer([&] { check_finite(stage.marginal_gain_per_decade(r).value(), "headroom_curve::marginal_gain_per_decade"); });
    answer([&] { check_score(stage.shifted_by(multiplier{in.next()}).score_at(r), base, 1, "shifted headroom_curve"); });
    fuzz_operations(stage, r, in);
  });
}

void check_interval_score(const score<interval<double>>& s, double lo, double hi, const char* what) {
  const interval<double> v = s.share();
  if (!(v.lo() >= lo && v.hi() <= hi && v.lo() <= v.hi())) bug(what, v.lo() < lo ? v.lo() : v.hi());
}

// Ranges of spend and of targets (interval<double>) through the double curves.
void fuzz_intervals(doubles& in) {
  const log_linear line{score<>::from_share(in.next()), usd(in.next()), points{in.next()}};
  const logistic s_curve{score<>::from_share(in.next()), score<>::from_share(in.next()), usd(in.next()), in.next()};
  const double a = in.next();
  const double b = in.next();
  const money<interval<double>> x = usd(interval<double>{a, b});
  answer([&] { check_interval_score(line.score_at(x), 0, 1, "log_linear::score_at on a range left 0..1"); });
  answer([&] {
    check_interval_score(s_curve.score_at(x), s_curve.floor().share(), s_curve.ceiling().share(),
                         "logistic::score_at on a range left floor..ceiling");
  });
  answer([&] {
    const auto target = score<interval<double>>::from_share(interval<double>{in.next(), in.next()});
    const interval<double> cost = detail::raw(line.cost_for(target));
    if (!(cost.lo() >= 0 && cost.lo() <= cost.hi())) bug("log_linear::cost_for on a range", cost.lo());
  });
  answer([&] { check_interval_score(staged{line, s_curve}.score_at(x, x), 0, 1, "staged::score_at on ranges"); });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  doubles in{data + 1, size - 1};
  // The first byte picks the family, so each input explores one.
  switch (data[0] % 6) {
    case 0: answer([&] { fuzz_log_linear(in); }); break;
    case 1: answer([&] { fuzz_logistic(in); }); break;
    case 2: answer([&] { fuzz_power_law(in); }); break;
    case 3: answer([&] { fuzz_chinchilla(in); }); break;
    case 4: answer([&] { fuzz_staged(in); }); break;
    default: answer([&] { fuzz_intervals(in); }); break;
  }
  return 0;
}
