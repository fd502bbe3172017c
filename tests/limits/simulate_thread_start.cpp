// simulate when the system cannot start the threads asked for: under an
// address-space limit that leaves room for a few thread stacks, 1000 threads
// were asked, the pool was destroyed with joinable threads and the program
// terminated ("terminate called without an active exception"). Now the
// threads that started share the blocks with the calling thread, and the
// answer is the one a single thread gives, bit for bit.
//
// A program of its own: the limit would starve every other test of a shared
// executable. Not run under the sanitizers, whose shadow memory needs far
// more address space than any limit that stops threads.
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>

#include "curveshift/uncertainty/monte_carlo.hpp"
#include "curveshift/uncertainty/simulation.hpp"

int main() {
  using namespace curveshift;
  const auto model = [](monte_carlo& mc) { return mc.between(1.5, 2.5); };
  const simulation_options one{.block = 1000, .threads = 1};
  const streaming_summary expected = simulate(200'000, 5, model, one);

  // The address space in use now, plus 160 MiB: room for the blocks and a
  // handful of 8 MiB thread stacks, far from 1000 of them.
  rlimit limit{};
  if (getrlimit(RLIMIT_AS, &limit) != 0) return 1;
  std::FILE* statm = std::fopen("/proc/self/statm", "r");
  unsigned long pages = 0;
  if (statm == nullptr || std::fscanf(statm, "%lu", &pages) != 1) return 1;
  std::fclose(statm);
  limit.rlim_cur = pages * 4096ul + (160ul << 20);
  if (setrlimit(RLIMIT_AS, &limit) != 0) return 1;

  const streaming_summary got = simulate(200'000, 5, model, {.block = 1000, .threads = 1000});
  const bool same = got.count() == expected.count() && got.mean() == expected.mean() &&
                    got.stddev() == expected.stddev() && got.quantile(0.5) == expected.quantile(0.5);
  std::printf("%s: %zu draws, mean %.17g (one thread: %.17g)\n", same ? "same" : "DIFFERENT", got.count(), got.mean(),
              expected.mean());
  return same ? 0 : 1;
}
