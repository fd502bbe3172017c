# cmake -DEXPECTED_VERSION=<x.y.z> -DMANIFEST=<vcpkg.json> -P check_vcpkg_version.cmake
#
# Fails unless the vcpkg manifest's "version" equals the version in project().
cmake_minimum_required(VERSION 3.23)
file(READ "${MANIFEST}" manifest)
string(JSON version ERROR_VARIABLE error GET "${manifest}" "version")
if(error)
  message(FATAL_ERROR "${MANIFEST}: no \"version\" field (${error})")
endif()
if(NOT version STREQUAL EXPECTED_VERSION)
  message(FATAL_ERROR
    "${MANIFEST} says version ${version}, but CMakeLists.txt's project() says "
    "${EXPECTED_VERSION}. Update the port's manifest.")
endif()
message(STATUS "vcpkg manifest version ${version} matches project()")
