// curveshift/parse_error.hpp: the error for text that does not read as a
// value. It says where the text went wrong and what would have fitted there:
//   curveshift::parse_trend: expected a unit after "4x" at column 3 in "4x/yaer"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "curveshift/error.hpp"

namespace curveshift {

// See error.hpp: a header cannot define a virtual member out of line.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wweak-vtables"
#endif

/// Text that does not parse. A curveshift::error, so one catch handles bad
/// numbers and bad text; input(), column() (1-based, in bytes) and expected()
/// let a caller point at the spot.
class parse_error : public error {
 public:
  parse_error(std::string_view function, std::string_view input, std::size_t column, std::string_view expected)
      : error(message(function, input, column, expected)),
        function_(function),
        input_(input),
        column_(column),
        expected_(expected) {}

  /// The parser that failed: "parse_trend".
  const std::string& function() const noexcept { return function_; }
  /// The whole text given to the parser.
  const std::string& input() const noexcept { return input_; }
  /// The 1-based byte column where the text stopped fitting (size() + 1 at the end).
  std::size_t column() const noexcept { return column_; }
  /// What would have fitted there: "a unit", "a number", "the end of the text".
  const std::string& expected() const noexcept { return expected_; }

  /// The text quoted for a message: quotes and backslashes escaped, control bytes as \\xNN.
  static std::string quote(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
      const auto u = static_cast<unsigned char>(c);
      if (c == '"' || c == '\\') {
        out.push_back('\\');
        out.push_back(c);
      } else if (u < 0x20 || u == 0x7f) {
        constexpr char hex[] = "0123456789abcdef";
        out.append("\\x").push_back(hex[u >> 4]);
        out.push_back(hex[u & 15]);
      } else {
        out.push_back(c);
      }
    }
    out.push_back('"');
    return out;
  }

 private:
  static std::string message(std::string_view function, std::string_view input, std::size_t column,
                             std::string_view expected) {
    std::string msg = "curveshift::";
    msg.append(function).append(": expected ").append(expected);
    if (column > 1 && column - 1 <= input.size()) msg.append(" after ").append(quote(input.substr(0, column - 1)));
    msg.append(" at column ").append(std::to_string(column)).append(" in ").append(quote(input));
    return msg;
  }

  std::string function_;
  std::string input_;
  std::size_t column_;
  std::string expected_;
};

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

}  // namespace curveshift
