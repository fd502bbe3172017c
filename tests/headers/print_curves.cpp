// A user's program at -O3 -Wall -Werror that prints every curve family. g++ 12
// reported a false -Wrestrict inside std::string for a literal + temporary in
// the power law's text ("^" + exponent), reached from compute_optimal_curve();
// this file is compiled at -O3 with the users' warnings as errors so it stays fixed.
#include <curveshift/curveshift.hpp>

#include <iostream>

int main() {
  using namespace curveshift;
  std::cout << published::hoffmann_2022.compute_optimal_curve() << '\n'
            << published::hoffmann_2022 << '\n'
            << essay::coding_curve << '\n';
}
