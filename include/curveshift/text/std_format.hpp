// curveshift/std_format.hpp: std::format for every curveshift value, where
// the standard library has <format> (__cpp_lib_format). Elsewhere (g++ 12's
// libstdc++, which clang 14 also uses here) this header compiles to nothing;
// curveshift/io.hpp's operator<< and to_string() work everywhere.
//
//   std::format("{}", usd(6e6))               "$6M"
//   std::format("{:.4}", usd(6.2517e6))       "$6.252M" (4 significant figures)
//   std::format("{:r}", months(9))             the shortest digits that read back exactly
//
// The spec is empty, ".N" (N significant figures, 1..17, as digits{N}) or
// "r" (digits::full()); anything else is a std::format_error, at compile
// time for a constant format string since parse() is constexpr.
#pragma once

#if defined(__has_include)
#if __has_include(<version>)
#include <version>
#endif
#endif

#if defined(__cpp_lib_format) && __has_include(<format>)
#define CURVESHIFT_HAS_STD_FORMAT 1

#include <algorithm>
#include <format>
#include <string>

#include "curveshift/text/format.hpp"

namespace curveshift::detail {

/// The shared parse() and format() of curveshift's formatters: the value's
/// to_string() at the precision the spec names.
struct formatter_base {
  digits shown{};

  constexpr auto parse(std::format_parse_context& ctx) {
    auto it = ctx.begin();
    const auto end = ctx.end();
    if (it == end || *it == '}') return it;
    if (*it == 'r') {
      shown = digits::full();
      ++it;
    } else if (*it == '.') {
      ++it;
      int n = 0;
      bool any = false;
      while (it != end && *it >= '0' && *it <= '9') {
        n = n * 10 + (*it - '0');
        if (n > 17) detail::raise(std::format_error("curveshift: precision must be 1..17 significant figures"));
        any = true;
        ++it;
      }
      if (!any || n < 1) detail::raise(std::format_error("curveshift: expected 1..17 after '.' in the format spec"));
      shown = digits{n};
    }
    if (it != end && *it != '}') {
      detail::raise(std::format_error("curveshift: format spec is empty, \".N\" (significant figures) or \"r\" (round trip)"));
    }
    return it;
  }

  template <class V, class FormatContext>
  auto write(const V& value, FormatContext& ctx) const {
    const std::string text = text_of(value, shown);
    return std::copy(text.begin(), text.end(), ctx.out());
  }
};

}  // namespace curveshift::detail

/// "$6M", "3.3e24 FLOP", "9 months", "50,000 chips": any quantity that has a to_string.
template <class D, class T>
  requires curveshift::detail::formattable<curveshift::quantity<D, T>>
struct std::formatter<curveshift::quantity<D, T>, char> : curveshift::detail::formatter_base {
  template <class FormatContext>
  auto format(const curveshift::quantity<D, T>& v, FormatContext& ctx) const { return write(v, ctx); }
};

/// "4x".
template <class T>
struct std::formatter<curveshift::multiplier<T>, char> : curveshift::detail::formatter_base {
  template <class FormatContext>
  auto format(const curveshift::multiplier<T>& v, FormatContext& ctx) const { return write(v, ctx); }
};

/// "4x/year".
template <class T>
struct std::formatter<curveshift::trend<T>, char> : curveshift::detail::formatter_base {
  template <class FormatContext>
  auto format(const curveshift::trend<T>& v, FormatContext& ctx) const { return write(v, ctx); }
};

/// "40%".
template <class T>
struct std::formatter<curveshift::score<T>, char> : curveshift::detail::formatter_base {
  template <class FormatContext>
  auto format(const curveshift::score<T>& v, FormatContext& ctx) const { return write(v, ctx); }
};

/// "+6.02 points".
template <class T>
struct std::formatter<curveshift::points<T>, char> : curveshift::detail::formatter_base {
  template <class FormatContext>
  auto format(const curveshift::points<T>& v, FormatContext& ctx) const { return write(v, ctx); }
};

/// "2023-10-17".
template <>
struct std::formatter<curveshift::date, char> : curveshift::detail::formatter_base {
  template <class FormatContext>
  auto format(const curveshift::date& v, FormatContext& ctx) const { return write(v, ctx); }
};

#else
#define CURVESHIFT_HAS_STD_FORMAT 0
#endif
