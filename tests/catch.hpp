// One include for Catch2 v3 (Conan, vcpkg, recent distributions) and Catch2 v2.13
// (Debian 12's catch2 package). Tests use v3's spellings (Approx unqualified,
// Catch::Matchers::ContainsSubstring) and this maps them onto v2.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
using Catch::Approx;
#else
#include <catch2/catch.hpp>
namespace Catch::Matchers {
inline StdString::ContainsMatcher ContainsSubstring(const std::string& text,
                                                    CaseSensitive::Choice sensitivity = CaseSensitive::Yes) {
  return Contains(text, sensitivity);
}
}  // namespace Catch::Matchers
#endif
