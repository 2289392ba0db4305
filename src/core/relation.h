// Universal Dependencies relation names with subtypes, as the parse gives
// them: the rule code of several stages (actors, events) asks "is this an obl,
// whatever its subtype?".
#pragma once

#include <string_view>

namespace dyad {

// Is relation name `d` the relation `r` or one of its subtypes ("obl:tmod" is "obl")?
inline bool RelIs(std::string_view d, std::string_view r) {
  return d == r || (d.size() > r.size() && d.substr(0, r.size()) == r && d[r.size()] == ':');
}

}  // namespace dyad
