// bench/peak_memory.hpp: the process's peak resident memory, for the
// programs that hold a model to a memory bar (e7_peak_memory, e7_stream).
#pragma once

#include <sys/resource.h>

namespace curveshift_bench {

/// Peak RSS so far, in MiB (getrusage's ru_maxrss; Linux reports KiB).
inline double peak_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace curveshift_bench
