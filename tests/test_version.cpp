// The version is written once, in CMakeLists.txt's project(); the build passes it
// here as CURVESHIFT_EXPECTED_VERSION so the header cannot drift from it.
#include "catch.hpp"

#include <curveshift/version.hpp>

#include <string>

#ifndef CURVESHIFT_EXPECTED_VERSION
#error "tests/CMakeLists.txt must define CURVESHIFT_EXPECTED_VERSION as PROJECT_VERSION"
#endif

TEST_CASE("version_string matches the version in CMakeLists.txt's project()", "[version]") {
  CHECK(std::string{curveshift::version_string} == CURVESHIFT_EXPECTED_VERSION);
}

TEST_CASE("version macros spell the same version as version_string", "[version]") {
  const std::string from_macros = std::to_string(CURVESHIFT_VERSION_MAJOR) + "." +
                                  std::to_string(CURVESHIFT_VERSION_MINOR) + "." +
                                  std::to_string(CURVESHIFT_VERSION_PATCH);
  CHECK(from_macros == curveshift::version_string);
}
