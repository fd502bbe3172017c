// curveshift/detail/names.hpp: names compared as people type them (case
// ignored), for the catalogues' lookups and the selections by developer.
#pragma once

#include <string_view>

namespace curveshift::detail {

constexpr char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// True when a and b are the same name, ASCII case ignored: "h800" is "H800".
constexpr bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace curveshift::detail
