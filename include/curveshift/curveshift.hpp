// curveshift: the umbrella header. Everything a model of the essay needs:
// quantities, multipliers, trends, intervals, scaling curves, chips, fleets,
// training runs, export controls, the essay's constants and text output.
//
// Heavier parts stand in their own headers, so nobody pays to compile what
// they do not use:
//   curveshift/uncertainty.hpp        samples<T>, the engine, its makers and the questions
//   curveshift/fit.hpp                least-squares fits of curves and trends
//   curveshift/data.hpp               CSV reading, the frontier models, selections
//   curveshift/text/parse.hpp         reading "$6M", "4x/year", "9-12 months"
//   curveshift/core/chrono.hpp        time spans and dates to and from std::chrono
//   curveshift/text/std_format.hpp    std::formatter, where <format> exists
// Each folder is a layer (design.md): detail, core, curves, hardware, policy,
// uncertainty, fit, text, data; a folder includes only those before it.
#pragma once

#include "curveshift/version.hpp"
#include "curveshift/error.hpp"
#include "curveshift/core/number.hpp"
#include "curveshift/core/quantity.hpp"
#include "curveshift/core/counts.hpp"
#include "curveshift/core/energy.hpp"
#include "curveshift/core/score.hpp"
#include "curveshift/core/multiplier.hpp"
#include "curveshift/core/date.hpp"
#include "curveshift/core/trend.hpp"
#include "curveshift/core/interval.hpp"
#include "curveshift/curves/curve.hpp"
#include "curveshift/curves/log_linear.hpp"
#include "curveshift/curves/logistic.hpp"
#include "curveshift/curves/power_law.hpp"
#include "curveshift/curves/training_compute.hpp"
#include "curveshift/curves/chinchilla.hpp"
#include "curveshift/curves/staged.hpp"
#include "curveshift/hardware/chip.hpp"
#include "curveshift/hardware/catalogue.hpp"
#include "curveshift/hardware/fleet.hpp"
#include "curveshift/hardware/training_run.hpp"
#include "curveshift/hardware/costing.hpp"
#include "curveshift/hardware/inference.hpp"
#include "curveshift/hardware/serving_memory.hpp"
#include "curveshift/policy/export_controls.hpp"
#include "curveshift/policy/scenario.hpp"
#include "curveshift/essay.hpp"
#include "curveshift/text/format.hpp"
#include "curveshift/text/hardware.hpp"
#include "curveshift/text/policy.hpp"
#include "curveshift/text/io.hpp"
#include "curveshift/text/curves.hpp"
