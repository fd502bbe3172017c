// curveshift/export_controls.hpp: moved to curveshift/policy/export_controls.hpp in 0.2; this forwarder keeps 0.1 code
// compiling and goes in 0.3 (define CURVESHIFT_DEPRECATED_PATHS_WARN for a notice).
#pragma once
#include "curveshift/detail/moved.hpp"
#include "curveshift/policy/export_controls.hpp"  // IWYU pragma: export
#include "curveshift/text/policy.hpp"  // IWYU pragma: export (its to_string moved there)
