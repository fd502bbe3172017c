// curveshift/core/samples.hpp: a Monte Carlo sample set that flows through
// every layer in place of a double: the value type (core/sample_set.hpp) and
// its arithmetic, draw by draw (core/sample_arithmetic.hpp).
#pragma once

#include "curveshift/core/sample_arithmetic.hpp"  // IWYU pragma: export
#include "curveshift/core/sample_set.hpp"         // IWYU pragma: export
