// curveshift/text/policy.hpp: the policy layer's values as text: "allowed",
// "banned since 2023-11-16", "shipped before its ban".
#pragma once

#include <string>

#include "curveshift/policy/export_controls.hpp"
#include "curveshift/text/format.hpp"

namespace curveshift {

/// "allowed" or "banned since 2023-11-16".
inline std::string to_string(const export_status& s) {
  return s.banned() ? "banned since " + to_string(*s.since) : "allowed";
}

/// "never banned", "shipped before its ban", "banned at release (likely smuggled)".
inline std::string to_string(provenance p) {
  switch (p) {
    case provenance::never_banned: return "never banned";
    case provenance::shipped_before_ban: return "shipped before its ban";
    case provenance::banned_at_release: return "banned at release (likely smuggled)";
  }
  return "unknown provenance";
}

}  // namespace curveshift
