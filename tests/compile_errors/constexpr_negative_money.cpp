// Must not compile: a negative amount of money in a constant expression. The
// error shows the check that failed (argument and expectation).
#include <curveshift/core/quantity.hpp>

constexpr auto negative = curveshift::usd(-5);

int main() { return negative.in(curveshift::usd) > 0 ? 0 : 1; }
