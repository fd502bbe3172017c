#include <curveshift/curveshift.hpp>

#include <iostream>

int main() {
  std::cout << "curveshift " << curveshift::version_string << '\n';
}
