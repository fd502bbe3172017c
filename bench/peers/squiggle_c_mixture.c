/* bench/peers/squiggle_c_mixture.c: the "time to botec" mixture model on
 * squiggle.c (github.com/NunoSempere/squiggle.c), one core, for
 * bench/run_peers.sh. squiggle.c is not part of curveshift: the script builds
 * this file against a copy named by SQUIGGLE_C_DIR (its squiggle.c and
 * squiggle.h) and reports SKIPPED without one.
 *
 * Uses squiggle.c's core API (sample_to, sample_mixture, samplers taking a
 * uint64_t* seed); measured against a copy of that core on 2026-12-01 (see
 * bench/README.md). A change in the API shows as a build failure, reported by
 * the script, not as a wrong figure.
 *
 * Usage: squiggle_c_mixture [draws] [repeats]; prints the median wall time. */
#define _POSIX_C_SOURCE 199309L /* clock_gettime under -std=c11 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "median_time.h"
#include "squiggle.h"

static double sample_0(uint64_t* seed) { (void)seed; return 0; }
static double sample_1(uint64_t* seed) { (void)seed; return 1; }
static double sample_few(uint64_t* seed) { return sample_to(1, 3, seed); }
static double sample_many(uint64_t* seed) { return sample_to(2, 10, seed); }

static double model(long n, void* context) {
  uint64_t* seed = (uint64_t*)context;
  const double p_c = 0.8 * 0.5;
  double weights[] = {1 - p_c, p_c / 2, p_c / 4, p_c / 4};
  double (*samplers[])(uint64_t*) = {sample_0, sample_1, sample_few, sample_many};
  double sum = 0;
  for (long i = 0; i < n; i++) sum += sample_mixture(samplers, weights, 4, seed);
  return sum / (double)n;
}
/* E7: 4^(months / 12) x gap, months = 9 to 12, gap = 1.5 to 2.5; its mean. */
static double e7(long n, void* context) {
  uint64_t* seed = (uint64_t*)context;
  double sum = 0;
  for (long i = 0; i < n; i++) sum += pow(4.0, sample_to(9, 12, seed) / 12) * sample_to(1.5, 2.5, seed);
  return sum / (double)n;
}
int main(int argc, char** argv) {
  const long n = argc > 1 ? (long)atof(argv[1]) : 1000000;
  const int repeats = argc > 2 ? atoi(argv[2]) : 5;
  uint64_t seed = 1000;
  double mean = 0;
  double ms = median_time_ms(model, n, &seed, repeats, &mean);
  printf("squiggle_c_mixture draws=%ld median_ms=%.2f mean=%.4f\n", n, ms, mean);
  ms = median_time_ms(e7, n, &seed, repeats, &mean);
  printf("squiggle_c_e7 draws=%ld median_ms=%.2f mean=%.4f\n", n, ms, mean);
  return 0;
}
