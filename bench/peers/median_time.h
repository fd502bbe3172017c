/* bench/peers/median_time.h: the timing both C peers share: run a model
 * once to warm up, then `repeats` times, and return the median wall time in
 * milliseconds (the last run's result through *result). */
#ifndef CURVESHIFT_BENCH_MEDIAN_TIME_H
#define CURVESHIFT_BENCH_MEDIAN_TIME_H

#include <stdlib.h>
#include <time.h>

static int median_time_compare(const void* a, const void* b) {
  const double x = *(const double*)a, y = *(const double*)b;
  return (x > y) - (x < y);
}

static double median_time_ms(double (*run)(long, void*), long n, void* context, int repeats, double* result) {
  double times[64];
  if (repeats < 1) repeats = 1;
  if (repeats > 64) repeats = 64;
  *result = run(n, context); /* warm-up */
  for (int r = 0; r < repeats; r++) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    *result = run(n, context);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    times[r] = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
  }
  qsort(times, (size_t)repeats, sizeof times[0], median_time_compare);
  return times[repeats / 2];
}

#endif
