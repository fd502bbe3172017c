// One include for Catch2 v3 (Conan, vcpkg, recent distributions) and Catch2 v2.13
// (Debian 12's catch2 package). Test files include "catch.hpp" and nothing else
// from Catch2, and use only what both versions provide (TEST_CASE, SECTION,
// REQUIRE, CHECK, REQUIRE_THROWS_AS, Approx).
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
