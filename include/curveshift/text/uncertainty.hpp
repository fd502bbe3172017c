// curveshift/text/uncertainty.hpp: the uncertainty layer's answers as text
// in the draws' units: "median $5.92M (90% CI $4.2M-$8.1M), mean $6M, sd
// $1.2M, 100,000 draws". A summary of plain numbers is written by
// uncertainty/probability.hpp itself.
#pragma once

#include <string>

#include "curveshift/detail/decimal.hpp"
#include "curveshift/text/kinds.hpp"
#include "curveshift/uncertainty/histogram.hpp"
#include "curveshift/uncertainty/probability.hpp"

namespace curveshift {

/// A summary of a quantity's draws, each figure in the kind's words, to the
/// kind's default digits or those asked for.
template <writable_kind D>
std::string to_string(const summary<quantity<D, double>>& s, digits p = {}) {
  detail::check_digits(p, "to_string(summary)");
  return "median " + to_string(s.median, p) + " (90% CI " + to_string(s.p5, p) + "-" + to_string(s.p95, p) +
         "), mean " + to_string(s.mean, p) + ", sd " + to_string(s.sd, p) + ", " +
         detail::format_grouped(static_cast<double>(s.draws)) + " draws";
}

}  // namespace curveshift
