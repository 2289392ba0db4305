// Progressive verbs the tagger read as nouns, corrected between tagging and
// parsing.
//
// Why: an -ing word that is also a common noun ("shipping", "trading",
// "bombing") after a form of "be" and before a noun phrase is the progressive
// verb ("had been shipping arms to Iran"); tagged a noun, the parser makes
// the object the clause's root and the coder loses the act. In EWT's gold
// training trees, an -ing word between a form of "be" and a word that can
// start a noun phrase is a verb 275 times and a noun 3 times. Only words the
// lexicon knows as a verb's -ing form are retagged. ("'s" is left out: after
// a name it is the possessive, "Mexico's financing package".)
#include "parse/model.h"
#include "parse/train/lexicon.h"

namespace dyad::parse {
namespace {

bool IsBeForm(std::string_view w) {
  for (std::string_view b : {"is", "was", "were", "are", "am", "been", "be", "being", "'re"}) {
    if (w.size() == b.size()) {
      bool same = true;
      for (size_t i = 0; i < w.size() && same; ++i) same = (w[i] | 0x20) == b[i];  // ASCII lower case ('\'' is unchanged)
      if (same) return true;
    }
  }
  return false;
}

}  // namespace

void DyadParserModel::RetagProgressives(std::span<const std::string_view> forms, ParserScratch* sc) const {
  const int n = static_cast<int>(forms.size());
  int vbg = -2;  // looked up on first need
  for (int i = 1; i + 1 < n; ++i) {
    const std::string_view w = forms[i];
    if (w.size() < 5 || !w.ends_with("ing") || tagger.tag_upos[sc->tags[i]] != kNOUN || !IsBeForm(forms[i - 1]))
      continue;
    const int next = tagger.tag_upos[sc->tags[i + 1]];
    if (!(next == kDET || next == kNOUN || next == kPROPN || next == kADJ || next == kNUM || next == kPRON)) continue;
    std::string lower;  // (rare: an -ing noun after "be")
    LowerAscii(w, &lower);
    uint64_t bits = 0;
    if (tagger.lexicon.size() == 0 || !tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexVerbIng)) continue;
    if (vbg == -2) {
      vbg = -1;
      for (int t = 0; t < tagger.num_tags(); ++t) {
        if (tagger.tag_upos[t] == kVERB && tagger.tag_xpos[t] == "VBG") vbg = t;
      }
    }
    if (vbg >= 0) sc->tags[i] = vbg;
  }
}

}  // namespace dyad::parse
