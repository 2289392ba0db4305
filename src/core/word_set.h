// Membership of a word in a small literal set ("is it one of these?"), used
// by the rule code of several stages (actors, events). Linear: the sets are a
// handful of words and are written inline where the rule is.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace dyad {

inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto s : set) {
    if (w == s) return true;
  }
  return false;
}

// ASCII case-insensitive equality with a word written in lower case
// ("SEEKS" == "seeks"); only A-Z are folded, so punctuation never matches
// a different character.
inline bool EqualsLower(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Lower-cased names of the days and months, which several rules must tell
// apart from names of actors and from subjects ("in Libya last April, France
// refused"). "may" is also the modal; callers that see modals check the tag.
inline bool IsWeekdayName(std::string_view w) {
  return In(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
}
inline bool IsMonthName(std::string_view w) {
  return In(w, {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"});
}

}  // namespace dyad
