# Warning sets for curveshift's own targets. None is ever applied to
# curveshift::curveshift itself, so the library imposes no flags on the
# projects that use it.
#
# CURVESHIFT_USER_WARNINGS: the strictest flags careful users compile with, so
# the library must be quiet under them. g++: -Wall -Wextra -Wpedantic
# -Wconversion -Wshadow; clang++: -Weverything without the groups that no C++20
# project keeps (c++98-compat, padding).
set(CURVESHIFT_GNU_WARNINGS -Wall -Wextra -Wpedantic -Wconversion -Wshadow)
set(CURVESHIFT_CLANG_EVERYTHING -Weverything -Wno-c++98-compat -Wno-c++98-compat-pedantic -Wno-padded)
# clang 16 added -Wunsafe-buffer-usage to -Weverything: a style for code that
# bans pointer arithmetic, which no numeric header library follows.
include(CheckCXXCompilerFlag)
check_cxx_compiler_flag(-Wno-unsafe-buffer-usage CURVESHIFT_HAS_WNO_UNSAFE_BUFFER_USAGE)
if(CURVESHIFT_HAS_WNO_UNSAFE_BUFFER_USAGE)
  list(APPEND CURVESHIFT_CLANG_EVERYTHING -Wno-unsafe-buffer-usage)
endif()
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR CMAKE_CXX_COMPILER_ID STREQUAL "AppleClang")
  set(CURVESHIFT_USER_WARNINGS ${CURVESHIFT_CLANG_EVERYTHING})
elseif(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set(CURVESHIFT_USER_WARNINGS ${CURVESHIFT_GNU_WARNINGS})
elseif(MSVC)
  set(CURVESHIFT_USER_WARNINGS /W4 /permissive-)
endif()

# curveshift_warnings(<target> [USER])
#
# Strict warnings for a target of ours (tests, benchmarks, static tests), as
# errors unless CURVESHIFT_WARNINGS_AS_ERRORS is OFF. With USER (the examples,
# which are user code), the users' set above, -Weverything on clang.
function(curveshift_warnings target)
  if(ARGV1 STREQUAL "USER")
    set(_flags ${CURVESHIFT_USER_WARNINGS})
  elseif(MSVC)
    set(_flags /W4 /permissive-)
  else()
    set(_flags ${CURVESHIFT_GNU_WARNINGS})
  endif()
  target_compile_options(${target} PRIVATE ${_flags})
  if(CURVESHIFT_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE "$<IF:$<CXX_COMPILER_ID:MSVC>,/WX,-Werror>")
  endif()
endfunction()
