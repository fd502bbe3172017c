// curveshift/curves/format.hpp: scaling curves as a person writes them,
// "20% at $1M, +20 points per decade", from the parts format.hpp writes
// ("20%", "$1M", "+20 points"). With curveshift/io.hpp, operator<< writes
// the same text at the stream's digits.
#pragma once

#include <concepts>
#include <string>

#include "curveshift/curves/chinchilla.hpp"
#include "curveshift/curves/log_linear.hpp"
#include "curveshift/curves/logistic.hpp"
#include "curveshift/curves/power_law.hpp"
#include "curveshift/curves/staged.hpp"
#include "curveshift/text/format.hpp"

namespace curveshift {

namespace detail {
/// A bare number (an exponent, a steepness, a coefficient) with the form's
/// default significant figures, or the digits asked for.
template <number T>
std::string bare_number(const T& x, digits p, int default_sig) {
  return format_number(x, [p, default_sig](double v) { return bare_parts(v, p, default_sig); });
}
/// An exponent: bare for a floating type, in parentheses for a range or a
/// summary ("^(0.3-0.4)"), so the caret applies to all of it.
template <number T>
std::string exponent_text(const T& x, digits p, int default_sig) {
  // Appended, not "^" + text: g++ 12 at -O2 and above reports a false
  // -Wrestrict inside std::string's insert for a literal + temporary.
  std::string out = std::floating_point<T> ? "^" : "^(";
  out += bare_number(x, p, default_sig);
  if constexpr (!std::floating_point<T>) out += ')';
  return out;
}
}  // namespace detail

/// "20% at $1M, +20 points per decade": the essay's own words for its curve.
template <class Dim, number T>
std::string to_string(const log_linear<Dim, T>& c, digits p = {}) {
  detail::check_digits(p, "to_string(log_linear)");
  return to_string(c.level(), p) + " at " + to_string(c.reference(), p) + ", " + to_string(c.per_decade(), p) +
         " per decade";
}

/// "10% to 90%, midpoint $1M, steepness 2.2 per decade" (steepness in
/// natural-log odds per decade of input, as the class holds it).
template <class Dim, number T>
std::string to_string(const logistic<Dim, T>& c, digits p = {}) {
  detail::check_digits(p, "to_string(logistic)");
  return to_string(c.floor(), p) + " to " + to_string(c.ceiling(), p) + ", midpoint " + to_string(c.midpoint(), p) +
         ", steepness " + detail::bare_number(c.steepness(), p, 3) + " per decade";
}

/// "loss = (2.68e28 FLOP / input)^0.05" (Kaplan's form, no floor), or with a
/// floor "loss = 1.69 + (4.71e7 FLOP / input)^0.34".
template <class Dim, number T>
std::string to_string(const power_law<Dim, T>& c, digits p = {}) {
  detail::check_digits(p, "to_string(power_law)");
  const bool no_floor = number_traits<T>::find_if_not(c.floor().value(), [](auto v) { return detail::equal(v, 0); }) == nullptr;
  return std::string("loss = ") + (no_floor ? "" : detail::bare_number(c.floor().value(), p, 3) + " + ") + "(" +
         to_string(c.scale(), p) + " / input)" + detail::exponent_text(c.exponent(), p, 3);
}

/// "loss = 1.69 + 406.4 / N^0.34 + 410.7 / D^0.28", as Hoffmann et al. 2022
/// print it (N parameters, D tokens); 4 significant figures by default, so
/// the published coefficients read as published.
template <number T>
std::string to_string(const chinchilla<T>& c, digits p = {}) {
  detail::check_digits(p, "to_string(chinchilla)");
  return "loss = " + detail::bare_number(c.floor().value(), p, 4) + " + " + detail::bare_number(c.a(), p, 4) + " / N" +
         detail::exponent_text(c.alpha(), p, 4) + " + " + detail::bare_number(c.b(), p, 4) + " / D" +
         detail::exponent_text(c.beta(), p, 4);
}

/// "loss 1.69": a loss in nats per token (curve.hpp), at 3 significant
/// figures by default.
template <number T>
std::string to_string(const loss<T>& l, digits p = {}) {
  detail::check_digits(p, "to_string(loss)");
  return "loss " + detail::bare_number(l.value(), p, 3);
}

/// "20% at $1M, +20 points per decade, shifted by 2x": a curve seen through a
/// compute multiplier (the families shift into themselves; this is the rest).
template <class C, number T>
  requires detail::formattable_with_digits<C>
std::string to_string(const shifted_curve<C, T>& c, digits p = {}) {
  detail::check_digits(p, "to_string(shifted_curve)");
  return to_string(c.curve(), p) + ", shifted by " + to_string(c.by(), p);
}

/// "0% to 100%, midpoint $316k, steepness 2.2 per decade, above 40%": one
/// stage's curve with the other stage's score held fixed under it.
template <class C, number T>
  requires detail::formattable_with_digits<C>
std::string to_string(const headroom_curve<C, T>& c, digits p = {}) {
  detail::check_digits(p, "to_string(headroom_curve)");
  return to_string(c.stage(), p) + ", above " + to_string(c.base(), p);
}

/// "pretraining: 20% at $1M, +20 points per decade; RL: 0% to 100%, midpoint
/// $316k, steepness 2.2 per decade": each stage's curve, where it has a text.
template <class Pretraining, class Rl>
  requires detail::formattable_with_digits<Pretraining> && detail::formattable_with_digits<Rl>
std::string to_string(const staged<Pretraining, Rl>& s, digits p = {}) {
  detail::check_digits(p, "to_string(staged)");
  return "pretraining: " + to_string(s.pretraining(), p) + "; RL: " + to_string(s.rl(), p);
}

}  // namespace curveshift
