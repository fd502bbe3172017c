// curveshift: the library's version, as written once in CMakeLists.txt's project().
#pragma once

#define CURVESHIFT_VERSION_MAJOR 0
#define CURVESHIFT_VERSION_MINOR 1
#define CURVESHIFT_VERSION_PATCH 0

namespace curveshift {
/// The library version as "major.minor.patch".
inline constexpr const char* version_string = "0.1.0";
}  // namespace curveshift
