#include "inflect.h"

namespace dyad::dict {

namespace {
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool EndsWith(const std::string& s, const char* suf) {
  std::string t(suf);
  return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}
}  // namespace

std::vector<std::string> RegularVerbForms(const std::string& v) {
  std::vector<std::string> out;
  if (v.empty()) return out;
  char last = v.back();
  // third person singular
  if (EndsWith(v, "s") || EndsWith(v, "sh") || EndsWith(v, "ch") || EndsWith(v, "x") ||
      EndsWith(v, "z") || EndsWith(v, "o"))
    out.push_back(v + "es");
  else if (last == 'y' && v.size() > 1 && !IsVowel(v[v.size() - 2]))
    out.push_back(v.substr(0, v.size() - 1) + "ies");
  else
    out.push_back(v + "s");
  // past / participle
  if (last == 'e')
    out.push_back(v + "d");
  else if (last == 'y' && v.size() > 1 && !IsVowel(v[v.size() - 2]))
    out.push_back(v.substr(0, v.size() - 1) + "ied");
  else
    out.push_back(v + "ed");
  // gerund
  if (EndsWith(v, "ie"))
    out.push_back(v.substr(0, v.size() - 2) + "ying");
  else if (last == 'e' && !EndsWith(v, "ee") && !EndsWith(v, "ye") && !EndsWith(v, "oe"))
    out.push_back(v.substr(0, v.size() - 1) + "ing");
  else
    out.push_back(v + "ing");
  return out;
}

std::string RegularPlural(const std::string& n) {
  if (n.empty()) return n;
  char last = n.back();
  if (EndsWith(n, "s") || EndsWith(n, "sh") || EndsWith(n, "ch") || EndsWith(n, "x") || EndsWith(n, "z"))
    return n + "es";
  if (last == 'y' && n.size() > 1 && !IsVowel(n[n.size() - 2])) return n.substr(0, n.size() - 1) + "ies";
  return n + "s";
}

}  // namespace dyad::dict
