// curveshift: the umbrella header. Everything a model of the essay needs:
// quantities, multipliers, trends, intervals, scaling curves, chips, fleets,
// training runs, export controls, the essay's constants and text output.
//
// Heavier parts stand in their own headers, so nobody pays to compile what
// they do not use:
//   curveshift/monte_carlo.hpp   samples<T>, the random engine and its makers
//   curveshift/fit.hpp           least-squares fits of curves and trends
//   curveshift/parse.hpp         reading "$6M", "4x/year", "9-12 months"
//   curveshift/chrono.hpp        time spans and dates to and from std::chrono
//   curveshift/std_format.hpp    std::formatter, where <format> exists
#pragma once

#include "curveshift/version.hpp"
#include "curveshift/error.hpp"
#include "curveshift/number.hpp"
#include "curveshift/quantity.hpp"
#include "curveshift/counts.hpp"
#include "curveshift/energy.hpp"
#include "curveshift/score.hpp"
#include "curveshift/multiplier.hpp"
#include "curveshift/date.hpp"
#include "curveshift/trend.hpp"
#include "curveshift/interval.hpp"
#include "curveshift/curve.hpp"
#include "curveshift/curves/log_linear.hpp"
#include "curveshift/curves/logistic.hpp"
#include "curveshift/curves/power_law.hpp"
#include "curveshift/training_compute.hpp"
#include "curveshift/curves/chinchilla.hpp"
#include "curveshift/curves/staged.hpp"
#include "curveshift/chip.hpp"
#include "curveshift/catalogue.hpp"
#include "curveshift/fleet.hpp"
#include "curveshift/training_run.hpp"
#include "curveshift/costing.hpp"
#include "curveshift/inference.hpp"
#include "curveshift/export_controls.hpp"
#include "curveshift/scenario.hpp"
#include "curveshift/essay.hpp"
#include "curveshift/format.hpp"
#include "curveshift/io.hpp"
#include "curveshift/curves/format.hpp"
