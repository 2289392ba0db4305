// Tags of hyphenated words, corrected between tagging and parsing.
//
// Why: UD English-EWT splits hyphenated words ("state - owned"), so the tagger
// never saw one whole, while our tokenizer keeps them whole for the
// dictionaries ("cease-fire", "al-Qaeda"; docs/parser.md). Tagged by their
// suffixes and neighbours alone, the prenominal participles of news prose
// come out as finite verbs ("state-owned" VBD, "U.S.-backed" VBD,
// "war-torn" VB after "aid to"), and the parser then builds a clause round
// them; names joined by a hyphen ("Hewlett-Packard", "Ciba-Geigy") come out
// as verbs. A hyphenated participle before a noun is the noun's modifier,
// tagged as an adjective (JJ): tagged a participle (VBN, as EWT tags "owned"
// in "state - owned"), one that opens a sentence still became its root
// ("Saudi-led coalition jets bombed Sanaa", "U.S.-led forces attacked").
// Two capitalised parts are a name, and so is one with the Arabic article
// ("al-Shabaab"). An -ing tag whose last part is no verb's
// -ing form ("right-wing militias") is an adjective too. An office joined to
// "-general" ("prosecutor-general") is the title, a noun.
#include "core/word_set.h"
#include "parse/model.h"
#include "parse/train/lexicon.h"

namespace dyad::parse {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

void DyadParserModel::RetagHyphenatedWords(std::span<const std::string_view> forms, ParserScratch* sc) const {
  const int n = static_cast<int>(forms.size());
  int jj = -2, nnp = -2;  // looked up on first need
  // A name with the Arabic article ("al-Shabaab", "al-Assad", "el-Sisi")
  // is a name whatever the tagger made of it: "A roadside bomb planted by
  // al-Shabaab hit a Kenyan police vehicle" had it an adjective, and the
  // bomb no planter.
  for (int i = 0; i < n; ++i) {
    const std::string_view w = forms[i];
    if (w.size() < 5 || !(w[0] == 'a' || w[0] == 'A' || w[0] == 'e' || w[0] == 'E') || (w[1] | 0x20) != 'l' ||
        w[2] != '-' || !IsUpper(w[3]) || tagger.tag_upos[sc->tags[i]] == kPROPN)
      continue;
    if (nnp == -2) nnp = tagger.FindTag(kPROPN, "NNP");
    if (nnp >= 0) sc->tags[i] = nnp;
  }
  // An office joined to "-general" ("prosecutor-general", "secretary-general",
  // "attorney-general") is a noun, the title: "Ukraine's prosecutor-general
  // opened war crimes investigations" had it an adjective and "opened" a
  // participle of "crimes".
  int nn = -2;
  for (int i = 0; i < n; ++i) {
    const std::string_view w = forms[i];
    // (Compared without allocating: this runs on every word.)
    constexpr std::string_view kGeneral = "-general";
    if (w.size() < 12 || w[w.size() - kGeneral.size()] != '-' || tagger.tag_upos[sc->tags[i]] == kNOUN) continue;
    if (!EqualsLower(w.substr(w.size() - kGeneral.size()), kGeneral)) continue;
    const std::string_view office = w.substr(0, w.size() - kGeneral.size());
    bool known = false;
    for (std::string_view o : {"prosecutor", "attorney", "secretary", "governor", "director", "inspector", "consul",
                               "procurator", "auditor", "solicitor", "comptroller", "adjutant", "surgeon", "registrar"})
      known = known || EqualsLower(office, o);
    if (!known) continue;
    if (nn == -2) nn = tagger.FindTag(kNOUN, "NN");
    if (nn >= 0) sc->tags[i] = nn;
  }
  for (int i = 0; i + 1 < n; ++i) {
    const std::string_view w = forms[i];
    const size_t dash = w.rfind('-');
    // (The first part may end in an abbreviation's period: "U.S.-led".)
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size() ||
        !(IsAsciiLetter(w[dash - 1]) || w[dash - 1] == '.') || !IsAsciiLetter(w[dash + 1]))
      continue;
    const int t = sc->tags[i];
    if (tagger.tag_upos[t] != kVERB) continue;
    const std::string_view xpos = tagger.tag_xpos[t];
    const int next_upos = tagger.tag_upos[sc->tags[i + 1]];
    const std::string_view last = w.substr(dash + 1);
    // Two capitalised parts, not a headline's capitals: a name.
    bool all_caps = true;
    for (char c : w) all_caps = all_caps && !(c >= 'a' && c <= 'z');
    // (A participle tag too where the last part is no verb's past form:
    // "Jaish-e-Mohammed", tagged VBN for its "-ed"; not "U.S.-Backed".)
    bool past_form = xpos == "VBN";
    if (past_form && tagger.lexicon.size() > 0) {
      std::string lower_last;  // (rare: a capitalised hyphenated participle)
      LowerAscii(last, &lower_last);
      uint64_t bits = 0;
      past_form = tagger.lexicon.Find(NormKey(lower_last), &bits) && (bits & kLexVerbEd) != 0;
    }
    if (IsUpper(w[0]) && IsUpper(last[0]) && !all_caps && !past_form) {
      if (nnp == -2) nnp = tagger.FindTag(kPROPN, "NNP");
      if (nnp >= 0) sc->tags[i] = nnp;
      continue;
    }
    if (!(next_upos == kNOUN || next_upos == kPROPN || next_upos == kADJ || next_upos == kNUM)) continue;
    // An -ing tag on a word whose last part is no verb's -ing form
    // ("right-wing", "left-wing") is the suffix's doing: an adjective.
    if (xpos == "VBG" && tagger.lexicon.size() > 0) {
      std::string lower;  // (rare)
      LowerAscii(last, &lower);
      uint64_t bits = 0;
      if (!tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexVerbIng)) {
        if (jj == -2) jj = tagger.FindTag(kADJ, "JJ");
        if (jj >= 0) sc->tags[i] = jj;
        continue;
      }
    }
    // The last part a past participle: regular ("-owned", "-backed") or one
    // the lexicon knows as a past form ("-torn", "-led", "-born").
    std::string lower;  // (rare: hyphenated verbs before a noun only)
    LowerAscii(last, &lower);
    // (Or an irregular participle spelt like its base form, which the
    // lexicon therefore knows as a verb too: "famine-hit", "state-run",
    // "rebel-held".)
    bool participle = xpos == "VBN" || (lower.size() > 3 && lower.ends_with("ed")) ||
                      In(lower, {"hit", "run", "held", "set", "cut", "shut", "struck", "stricken", "built", "made"});
    uint64_t bits = 0;
    if (!participle && tagger.lexicon.size() > 0 && tagger.lexicon.Find(NormKey(lower), &bits))
      participle = (bits & kLexVerbEd) != 0 && !(bits & kLexVerb);
    if (!participle) continue;
    if (jj == -2) jj = tagger.FindTag(kADJ, "JJ");
    if (jj >= 0) sc->tags[i] = jj;
  }
}

}  // namespace dyad::parse
