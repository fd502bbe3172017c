// Compile-time checks of include/curveshift/version.hpp: compiling this file is the test.
#include <curveshift/version.hpp>

#include <string_view>

namespace {

constexpr std::string_view version{curveshift::version_string};

static_assert(CURVESHIFT_VERSION_MAJOR >= 0 && CURVESHIFT_VERSION_MINOR >= 0 &&
              CURVESHIFT_VERSION_PATCH >= 0);
static_assert(!version.empty());
// "major.minor.patch": exactly two dots.
static_assert(version.find('.') != std::string_view::npos);
static_assert(version.find('.', version.find('.') + 1) != std::string_view::npos);
static_assert(version.find('.', version.find('.', version.find('.') + 1) + 1) ==
              std::string_view::npos);
// The major number in the string agrees with the macro (single digit while 0.x).
static_assert(version.front() - '0' == CURVESHIFT_VERSION_MAJOR);

}  // namespace
