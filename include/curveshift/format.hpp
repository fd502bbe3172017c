// curveshift/format.hpp: moved to curveshift/text/format.hpp in 0.2; this forwarder keeps 0.1 code
// compiling and goes in 0.3 (define CURVESHIFT_DEPRECATED_PATHS_WARN for a notice).
#pragma once
#include "curveshift/detail/moved.hpp"
#include "curveshift/text/format.hpp"  // IWYU pragma: export
