// The essay tour: a placeholder until the library's areas land; it will walk
// through the essay's argument section by section.
#include <curveshift/curveshift.hpp>

#include <iostream>

int main() {
  std::cout << "curveshift " << curveshift::version_string << " — the essay tour\n";
}
