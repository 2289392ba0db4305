// Membership of a word in a small literal set ("is it one of these?"), used
// by the rule code of several stages (actors, events). Linear: the sets are a
// handful of words and are written inline where the rule is.
#pragma once

#include <initializer_list>
#include <string_view>

namespace dyad {

inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto s : set) {
    if (w == s) return true;
  }
  return false;
}

}  // namespace dyad
