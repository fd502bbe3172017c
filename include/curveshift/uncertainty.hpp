// curveshift/uncertainty.hpp: the opt-in umbrella of the uncertainty layer:
// sample sets and their engine, the makers of distributions, the questions
// (probability_above, quantile, summarize), histograms, correlated inputs,
// sensitivity and simulate on all cores. Opt-in because <thread> and the
// SIMD kernels cost compile time that a point-estimate model does not need.
#pragma once

#include "curveshift/core/samples.hpp"
#include "curveshift/uncertainty/random.hpp"
#include "curveshift/uncertainty/monte_carlo.hpp"
#include "curveshift/uncertainty/distributions.hpp"
#include "curveshift/uncertainty/probability.hpp"
#include "curveshift/uncertainty/histogram.hpp"
#include "curveshift/uncertainty/correlation.hpp"
#include "curveshift/uncertainty/sensitivity.hpp"
#include "curveshift/uncertainty/simulation.hpp"
#include "curveshift/text/uncertainty.hpp"
