// curveshift: the umbrella header. Includes every area of the library.
#pragma once

#include "curveshift/version.hpp"
#include "curveshift/error.hpp"
#include "curveshift/number.hpp"
#include "curveshift/quantity.hpp"
#include "curveshift/score.hpp"
#include "curveshift/multiplier.hpp"
#include "curveshift/date.hpp"
#include "curveshift/trend.hpp"
#include "curveshift/interval.hpp"
#include "curveshift/samples.hpp"
#include "curveshift/random.hpp"
#include "curveshift/monte_carlo.hpp"
#include "curveshift/essay.hpp"
#include "curveshift/format.hpp"
#include "curveshift/io.hpp"
