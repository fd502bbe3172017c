// curveshift/samples.hpp: moved to curveshift/core/samples.hpp in 0.2; this forwarder keeps 0.1 code
// compiling and goes in 0.3 (define CURVESHIFT_DEPRECATED_PATHS_WARN for a notice).
#pragma once
#include "curveshift/detail/moved.hpp"
#include "curveshift/core/samples.hpp"  // IWYU pragma: export
