#include "dateline.h"

#include <cctype>

namespace dyad::text {

namespace {

bool IsPlaceChar(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '\'' ||
         c == '-' || (static_cast<unsigned char>(c) & 0x80);
}

// Skips a separator after the dateline: " - ", " — ", ". ", ": ".
size_t SkipSeparator(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  if (s.substr(i, 3) == "\xE2\x80\x94" || s.substr(i, 3) == "\xE2\x80\x93") i += 3;
  else if (i < s.size() && (s[i] == '-' || s[i] == '.' || s[i] == ':')) {
    while (i < s.size() && s[i] == '-') ++i;
    if (i < s.size() && (s[i] == '.' || s[i] == ':')) ++i;
  }
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// Form 4: "PLACE - Text", a place in capitals and a spaced dash with no agency
// ("BAHRAIN - Iran reported ...", "NEW YORK -- Shares rose"): the place is one
// to four words of capitals (with dots, apostrophes, inner hyphens), and the
// text after the dash opens with a capital or a quote. Returns the length.
size_t PlaceDashDateline(std::string_view s, std::string_view* place) {
  size_t i = 0, words = 1, letters = 0;
  while (i < s.size() && i < 40) {
    const char c = s[i];
    if (std::isupper(static_cast<unsigned char>(c))) {
      ++letters;
    } else if (c == ' ') {
      if (i + 1 < s.size() && s[i + 1] != ' ' && s[i + 1] != '-') ++words;
      if (i + 1 < s.size() && (s[i + 1] == '-' || s.substr(i + 1, 3) == "\xE2\x80\x94")) break;
    } else if (!(c == '.' || c == '\'' || (c == '-' && i > 0 && std::isupper(static_cast<unsigned char>(s[i - 1]))))) {
      return 0;
    }
    ++i;
  }
  if (i >= s.size() || s[i] != ' ' || letters < 3 || words > 4) return 0;
  const size_t after = SkipSeparator(s, i);
  if (after <= i + 1 || after >= s.size()) return 0;
  const unsigned char first = static_cast<unsigned char>(s[after]);
  if (!std::isupper(first) && first != '"' && first != 0xE2) return 0;
  *place = s.substr(0, i);
  return after;
}

}  // namespace

Dateline FindDashDateline(std::string_view s) {
  Dateline d;
  std::string_view place;
  if (size_t len = PlaceDashDateline(s, &place)) {
    d.place = place;
    d.length = static_cast<uint32_t>(len);
  }
  return d;
}

Dateline FindDateline(std::string_view s) {
  Dateline d;
  if (s.empty() || !std::isupper(static_cast<unsigned char>(s[0]))) return d;
  std::string_view dash_place;
  if (size_t len = PlaceDashDateline(s, &dash_place)) {
    d.place = dash_place;
    d.length = static_cast<uint32_t>(len);
    return d;
  }
  size_t i = 0;
  while (i < s.size() && i < 48 && IsPlaceChar(s[i]) && s[i] != '\n') ++i;
  // Trim trailing spaces of the place.
  size_t place_end = i;
  while (place_end > 0 && s[place_end - 1] == ' ') --place_end;
  if (place_end == 0) return d;
  std::string_view place = s.substr(0, place_end);
  // Form 1: "Place /Agency/."
  if (i < s.size() && s[i] == '/') {
    size_t close = s.find('/', i + 1);
    if (close == std::string_view::npos || close - i > 40) return d;
    d.place = place;
    d.agency = s.substr(i + 1, close - i - 1);
    d.length = static_cast<uint32_t>(SkipSeparator(s, close + 1));
    return d;
  }
  // Forms 2/3: "PLACE, Month D (Agency) -" or "PLACE (Agency) -": the place is in capitals.
  for (char c : place) {
    if (std::islower(static_cast<unsigned char>(c))) return d;
  }
  size_t j = i;
  if (j < s.size() && s[j] == ',') {
    ++j;
    while (j < s.size() && s[j] != '(' && s[j] != '-' && s[j] != '\n' && j - i < 24) ++j;
  }
  std::string_view agency;
  if (j < s.size() && s[j] == '(') {
    size_t close = s.find(')', j);
    if (close == std::string_view::npos || close - j > 30) return d;
    agency = s.substr(j + 1, close - j - 1);
    j = close + 1;
  }
  size_t k = j;
  while (k < s.size() && s[k] == ' ') ++k;
  bool dash = k < s.size() && (s[k] == '-' || s.substr(k, 3) == "\xE2\x80\x94" ||
                               s.substr(k, 3) == "\xE2\x80\x93");
  if (!dash || (agency.empty() && s[i] != ',')) return d;
  d.place = place;
  d.agency = agency;
  d.length = static_cast<uint32_t>(SkipSeparator(s, k));
  return d;
}

}  // namespace dyad::text
