/* bench/peers/mixture_plain.c: the "time to botec" mixture model (and E7) as plain C,
 * in the style of that comparison's own C entry: a xorshift64 generator,
 * Box-Muller normals, one component drawn per sample. Written for this
 * benchmark (no code from the comparison); it is the anchor that puts
 * squiggle.c's published figure on this machine (facts: plain C 5.6 ms,
 * squiggle.c 12.7 ms on the comparison's machine).
 *
 * Usage: mixture_plain [draws] [repeats]; prints the median wall time. */
#define _POSIX_C_SOURCE 199309L /* clock_gettime under -std=c11 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "median_time.h"

static uint64_t state = 88172645463325252ULL;
static double uniform01(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return (double)(state >> 11) * 0x1.0p-53;
}
static double normal01(void) {
  const double u1 = uniform01() + 0x1.0p-54, u2 = uniform01();
  return sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
}
static double lognormal_to(double lo, double hi) {
  const double z = 1.6448536269514722;
  const double mu = (log(lo) + log(hi)) / 2, sigma = (log(hi) - log(lo)) / (2 * z);
  return exp(mu + sigma * normal01());
}
static double model(long n, void* context) {
  (void)context;
  const double p_c = 0.8 * 0.5;
  double sum = 0;
  for (long i = 0; i < n; i++) {
    const double p = uniform01();
    sum += p < 1 - p_c ? 0 : p < 1 - p_c / 2 ? 1 : p < 1 - p_c / 4 ? lognormal_to(1, 3) : lognormal_to(2, 10);
  }
  return sum / (double)n;
}
/* E7: 4^(months / 12) x gap, months = 9 to 12, gap = 1.5 to 2.5; its mean. */
static double e7(long n, void* context) {
  (void)context;
  double sum = 0;
  for (long i = 0; i < n; i++) sum += pow(4.0, lognormal_to(9, 12) / 12) * lognormal_to(1.5, 2.5);
  return sum / (double)n;
}
int main(int argc, char** argv) {
  const long n = argc > 1 ? (long)atof(argv[1]) : 1000000;
  const int repeats = argc > 2 ? atoi(argv[2]) : 5;
  double mean = 0;
  double ms = median_time_ms(model, n, NULL, repeats, &mean);
  printf("plain_c_mixture draws=%ld median_ms=%.2f mean=%.4f\n", n, ms, mean);
  ms = median_time_ms(e7, n, NULL, repeats, &mean);
  printf("plain_c_e7 draws=%ld median_ms=%.2f mean=%.4f\n", n, ms, mean);
  return 0;
}
