// curveshift/costing.hpp: moved to curveshift/hardware/costing.hpp in 0.2; this forwarder keeps 0.1 code
// compiling and goes in 0.3 (define CURVESHIFT_DEPRECATED_PATHS_WARN for a notice).
#pragma once
#include "curveshift/detail/moved.hpp"
#include "curveshift/hardware/costing.hpp"  // IWYU pragma: export
