// Must not compile: money plus compute. The error names both dimensions.
#include <curveshift/curveshift.hpp>

int main() {
  const auto nonsense = curveshift::usd(5) + curveshift::flop(3);
  (void)nonsense;
}
