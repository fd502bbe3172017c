// The program every consumer project builds: it includes the umbrella header and
// uses nothing but what curveshift::curveshift (or curveshift.pc) provides.
#include <curveshift/curveshift.hpp>

#include <cstdio>
#include <cstring>

// The consumer projects do not ask for C++20 themselves (except the pkg-config one,
// which cannot be told): curveshift::curveshift must carry cxx_std_20.
#if defined(_MSVC_LANG)
static_assert(_MSVC_LANG >= 202002L, "curveshift::curveshift must require C++20");
#else
static_assert(__cplusplus >= 202002L, "curveshift::curveshift must require C++20");
#endif

int main() {
  std::printf("curveshift %s\n", curveshift::version_string);
#ifdef CURVESHIFT_EXPECTED_VERSION
  if (std::strcmp(curveshift::version_string, CURVESHIFT_EXPECTED_VERSION) != 0) {
    std::fprintf(stderr, "expected curveshift %s, got %s\n", CURVESHIFT_EXPECTED_VERSION,
                 curveshift::version_string);
    return 1;
  }
#endif
  return 0;
}
