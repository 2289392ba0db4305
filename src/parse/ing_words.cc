// -ing words the tagger misreads, corrected between tagging and parsing.
//
// Why: an -ing word that is also a common noun ("shipping", "trading",
// "bombing") after a form of "be" and before a noun phrase is the progressive
// verb ("had been shipping arms to Iran"); tagged a noun, the parser makes
// the object the clause's root and the coder loses the act. In EWT's gold
// training trees, an -ing word between a form of "be" and a word that can
// start a noun phrase is a verb 275 times and a noun 3 times. Only words the
// lexicon knows as a verb's -ing form are retagged. ("'s" is left out: after
// a name it is the possessive, "Mexico's financing package".)
//
// And in a sentence with no finite verb, a past spelt like its base ("cut")
// after a singular noun and a participle after a capitalised name are the
// past tense ("Sudan's army-led government cut diplomatic ties", "Russia
// granted asylum to ...").
//
// And an evaluative -ing adjective ("sweeping", "crippling") after a finite
// verb and before a noun phrase is the adjective ("condemned sweeping new
// tariffs").
//
// And after a number, "living", "surviving", "missing" before
// a noun is an adjective ("the last 20 living hostages"); and "to" before a
// word that is only a past form is the preposition ("asylum to ousted
// President Bashar al-Assad").
//
// And a crowd's verb of gathering ("rallied", "marched") tagged a participle
// after a noun in a sentence with no finite verb is the past tense.
//
// And "amid" tagged anything but a preposition is the preposition; and a
// role's -ing word ("visiting", "outgoing") after a preposition or
// determiner and before a capitalised word is an adjective.
//
// And "managing" before "director", "partner", "editor" or "board" (EWT has
// no such title) is an adjective: tagged a verb, it became the head of a
// clause (advcl, acl) in all 37 of its uses in 740,000 words of Reuters-21578
// text, and "IMF managing director Michel Camdessus before travelling to
// Europe" made the IMF the traveller.
//
// And a past participle with no base form of its own ("slain", "taken")
// tagged a base-form verb (VB) is the participle; and a verb right after a
// modal tagged an adjective ("would free") is the verb; a capitalised word
// tagged a common noun between a title and a name ("spokesman Wang Wenbin")
// is the name; and a past form tagged an adjective right after a relative
// "that" and before a number or determiner ("a bomb that wounded two
// soldiers") is the relative clause's verb; and in a sentence with no finite
// verb, a verb's base form tagged an adverb, adjective or noun after a plural
// noun, or its -s form tagged a plural noun after a name, is a headline's
// present tense ("Thousands of South Koreans rally outside Japanese embassy",
// "Japan pledges $3 billion in loans to Indonesia").
#include <string>
#include <string_view>

#include "core/word_set.h"
#include "parse/model.h"
#include "parse/train/lexicon.h"

namespace dyad::parse {
namespace {

// A finite verb's tag: past, present (3rd person or not) or a modal.
bool IsFiniteXpos(std::string_view x) { return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"; }


// A word written in capitals ("SEEKS"), where the tagger's cues are gone.
bool AllCapitals(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

bool IsBeForm(std::string_view w) {
  for (std::string_view b : {"is", "was", "were", "are", "am", "been", "be", "being", "'re"}) {
    if (EqualsLower(w, b)) return true;
  }
  return false;
}

// A day named as a time ("today", "Monday").
bool IsDayWord(std::string_view w) {
  for (std::string_view d : {"today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
                             "saturday", "sunday"}) {
    if (EqualsLower(w, d)) return true;
  }
  return false;
}

// Adjectives that do qualify a day ("last Monday", "early today").
bool IsDayAdjective(std::string_view w) {
  for (std::string_view d : {"last", "next", "past", "early", "late", "previous", "following", "same", "every", "each",
                             "whole", "entire", "first", "final", "only"}) {
    if (EqualsLower(w, d)) return true;
  }
  return false;
}

}  // namespace

// The comma opening a report clause that ends the sentence, ", the Foreign
// Ministry said." or ", officials said on Monday.": a comma followed within
// six words by "said" or "says" (no other finite verb between), which is
// itself followed by no finite verb. Its index, or -1.
int TrailingReportComma(std::span<const std::string_view> forms, const TaggerModel& tagger,
                        const ParserScratch& sc) {
  const int n = static_cast<int>(forms.size());
  auto finite_at = [&](int k) { return IsFiniteXpos(tagger.tag_xpos[sc.tags[k]]); };
  for (int c = n - 2; c > 0; --c) {
    if (forms[c] != ",") {
      if (finite_at(c) && !(EqualsLower(forms[c], "said") || EqualsLower(forms[c], "says"))) return -1;
      continue;
    }
    for (int k = c + 1; k < n && k <= c + 6; ++k) {
      if (EqualsLower(forms[k], "said") || EqualsLower(forms[k], "says")) return c;
      if (finite_at(k) || forms[k] == ",") break;
    }
  }
  return -1;
}

void DyadParserModel::RetagIngWords(std::span<const std::string_view> forms, ParserScratch* sc) const {
  const int n = static_cast<int>(forms.size());
  int vbg = -2;  // looked up on first need
  int jj = -2;
  int nn_act = -2;
  // "Amid" (EWT has it once) is the preposition wherever the tagger
  // reads it otherwise: "Amid rising tension on the border, Afghanistan
  // accused Pakistan" had it a determiner, "tension" the subject of
  // "accused" beside Afghanistan, and the act was lost.
  int adp = -2;
  for (int i = 0; i + 1 < n; ++i) {
    if (!(EqualsLower(forms[i], "amid") || EqualsLower(forms[i], "amidst")) || tagger.tag_upos[sc->tags[i]] == kADP)
      continue;
    if (adp == -2) adp = tagger.FindTag(kADP, "IN");
    if (adp >= 0) sc->tags[i] = adp;
  }
  for (int i = 0; i + 1 < n; ++i) {
    if (!EqualsLower(forms[i], "managing")) continue;
    const std::string_view next = forms[i + 1];
    if (!EqualsLower(next, "director") && !EqualsLower(next, "directors") && !EqualsLower(next, "partner") &&
        !EqualsLower(next, "partners") && !EqualsLower(next, "editor") && !EqualsLower(next, "board"))
      continue;
    if (jj == -2) jj = tagger.FindTag(kADJ, "JJ");
    if (jj >= 0) sc->tags[i] = jj;
  }
  // An -ing word of a role ("visiting", "outgoing", "ruling") after a
  // preposition or determiner and before a capitalised word
  // qualifies the name or title that follows: "held talks with visiting
  // Egyptian President Abdel-Fattah al-Sisi" had "visiting" a clause's verb
  // with the president its object, and the talks lost their partner.
  for (int i = 1; i + 1 < n; ++i) {
    bool role = false;
    for (std::string_view e : {"visiting", "outgoing", "incoming", "ruling", "governing", "reigning"}) {
      role = role || EqualsLower(forms[i], e);
    }
    if (!role || tagger.tag_upos[sc->tags[i]] == kADJ || !(forms[i + 1][0] >= 'A' && forms[i + 1][0] <= 'Z')) continue;
    const std::string_view prev = tagger.tag_xpos[sc->tags[i - 1]];
    if (!(prev == "IN" || prev == "DT")) continue;
    if (jj == -2) jj = tagger.FindTag(kADJ, "JJ");
    if (jj >= 0) sc->tags[i] = jj;
  }
  // An evaluative -ing adjective right after a finite verb and before a
  // noun phrase modifies it: "China condemned sweeping new U.S. tariffs"
  // had "sweeping" a verb with the tariffs its object.
  for (int i = 1; i + 1 < n; ++i) {
    bool evaluative = false;
    for (std::string_view e : {"sweeping", "crippling", "punishing", "stinging", "scathing", "blistering", "damning",
                               "devastating", "far-reaching", "unrelenting"}) {
      evaluative = evaluative || EqualsLower(forms[i], e);
    }
    if (!evaluative || tagger.tag_xpos[sc->tags[i]] != "VBG") continue;
    const std::string_view prev = tagger.tag_xpos[sc->tags[i - 1]];
    if (!(prev == "VBD" || prev == "VBZ" || prev == "VBP") || IsBeForm(forms[i - 1])) continue;
    const int next = tagger.tag_upos[sc->tags[i + 1]];
    if (!(next == kNOUN || next == kADJ || next == kPROPN)) continue;
    if (jj == -2) jj = tagger.FindTag(kADJ, "JJ");
    if (jj >= 0) sc->tags[i] = jj;
  }
  // An -ing word after "the" and a name, with no object after it, is an
  // act named after its victim or place: "recordings of the Khashoggi
  // killing to Washington" had "killing" a verb (advcl) whose "to" phrase
  // became the killing's target; "the Skripal poisoning", "the Kerch
  // bombing". (Not before a determiner, pronoun or name, which would be its
  // object.)
  for (int i = 2; i < n; ++i) {
    if (tagger.tag_xpos[sc->tags[i]] != "VBG" || tagger.tag_upos[sc->tags[i - 1]] != kPROPN) continue;
    int d = i - 1;
    while (d > 0 && d > i - 3 && tagger.tag_upos[sc->tags[d]] == kPROPN) --d;
    if (!EqualsLower(forms[d], "the")) continue;
    if (i + 1 < n) {
      const int next = tagger.tag_upos[sc->tags[i + 1]];
      if (next == kDET || next == kPRON || next == kPROPN || next == kNOUN || next == kADJ || next == kNUM) continue;
    }
    if (nn_act == -2) nn_act = tagger.FindTag(kNOUN, "NN");
    if (nn_act >= 0) sc->tags[i] = nn_act;
  }
  // After a number, "living", "surviving" or "missing" before a
  // noun phrase describes what is counted: "Hamas freed the last 20 living
  // Israeli hostages" had "living" a verb with the hostages its object.
  for (int i = 1; i + 1 < n; ++i) {
    if (tagger.tag_xpos[sc->tags[i]] != "VBG" || tagger.tag_xpos[sc->tags[i - 1]] != "CD") continue;
    // (Not "remaining": EWT writes it a verb.)
    if (!(EqualsLower(forms[i], "living") || EqualsLower(forms[i], "surviving") || EqualsLower(forms[i], "missing")))
      continue;
    const int next = tagger.tag_upos[sc->tags[i + 1]];
    if (!(next == kNOUN || next == kADJ || next == kPROPN)) continue;
    if (jj == -2) jj = tagger.FindTag(kADJ, "JJ");
    if (jj >= 0) sc->tags[i] = jj;
  }
  // "to" tagged the infinitive marker before a word the lexicon knows only
  // as a past form is the preposition: "Russia granted asylum to ousted
  // Syrian President Bashar al-Assad" (there is no infinitive "to ousted").
  int in = -2;
  for (int i = 1; i + 1 < n; ++i) {
    if (tagger.tag_xpos[sc->tags[i]] != "TO" || !EqualsLower(forms[i], "to")) continue;
    const std::string_view x = tagger.tag_xpos[sc->tags[i + 1]];
    if (!(x == "VBN" || x == "VBD" || x == "VB")) continue;  // (VB: the past-form rule below retags it)
    std::string lower;  // (rare: "to" before a past form)
    LowerAscii(forms[i + 1], &lower);
    uint64_t bits = 0;
    if (tagger.lexicon.size() == 0 || !tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexVerbEd) ||
        (bits & kLexVerb))
      continue;
    if (in == -2) in = tagger.FindTag(kADP, "IN");
    if (in >= 0) sc->tags[i] = in;
    // (And the participle, before a noun phrase, its adjective: the parser
    // hung "ousted" as a clause with the president its oblique.)
    const int next = i + 2 < n ? tagger.tag_upos[sc->tags[i + 2]] : -1;
    if (!(next == kADJ || next == kNOUN || next == kPROPN)) continue;
    if (jj == -2) jj = tagger.FindTag(kADJ, "JJ");
    if (jj >= 0) sc->tags[i + 1] = jj;
  }
  // "to" tagged a preposition right after a verb that takes an infinitive
  // (threatened, vowed, pledged ..., poised, ready ..., or after it and a day), before a word the lexicon knows as a
  // verb's base form tagged a noun, is the infinitive: "North Korea
  // threatened to fire missiles toward the U.S. territory of Guam" had "fire"
  // a noun and "to fire missiles" an oblique.
  int to_part = -2, vb_inf = -2;
  for (int i = 1; i + 2 < n; ++i) {
    if (!EqualsLower(forms[i], "to") || tagger.tag_upos[sc->tags[i]] != kADP ||
        tagger.tag_upos[sc->tags[i + 1]] != kNOUN)
      continue;
    bool takes_infinitive = false;
    // (Also past a wire's day between them: "Washington refused on Friday
    // to ease its trade embargo".)
    int before = i - 1;
    if (i >= 3 && IsDayWord(forms[i - 1]) && EqualsLower(forms[i - 2], "on")) before = i - 3;
    else if (i >= 2 && IsDayWord(forms[i - 1])) before = i - 2;
    for (std::string_view w : {"threatened", "threatens", "threaten", "vowed", "vows", "vow", "pledged", "pledges",
                               "promised", "promises", "agreed", "agrees", "refused", "refuses", "decided",
                               "decides", "planned", "plans", "intends", "intended", "sought", "seeks", "tried",
                               "tries", "attempted", "offered", "offers", "voted", "votes", "moved", "moves",
                               // (And the adjectives of readiness: "Washington is poised to ease
                               // sanctions on Myanmar" had "ease" a noun of the sanctions.)
                               "poised", "ready", "prepared", "willing", "eager", "keen", "able", "unable",
                               "determined", "expected", "likely", "unlikely"}) {
      takes_infinitive = takes_infinitive || EqualsLower(forms[before], w);
    }
    if (!takes_infinitive) continue;
    std::string lower;  // (rare)
    LowerAscii(forms[i + 1], &lower);
    uint64_t bits = 0;
    if (tagger.lexicon.size() == 0 || !tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexVerb)) continue;
    if (to_part == -2) to_part = tagger.FindTag(kPART, "TO");
    if (vb_inf == -2) vb_inf = tagger.FindTag(kVERB, "VB");
    if (to_part < 0 || vb_inf < 0) continue;
    sc->tags[i] = to_part;
    sc->tags[i + 1] = vb_inf;
  }
  // "military" tagged an adjective after a possessive and before a past form
  // is the noun, the subject of that past tense: "Pakistan's military
  // declined comment on Indian troop movements" had "declined" a participle
  // modifying "comment" and no verb. (EWT's training trees have no
  // possessive, "military" and a past form in a row.)
  int nn_mil = -2, vbd_mil = -2;
  for (int i = 1; i + 2 < n; ++i) {
    if (!EqualsLower(forms[i], "military") || tagger.tag_upos[sc->tags[i]] != kADJ) continue;
    if (tagger.tag_xpos[sc->tags[i - 1]] != "POS") continue;
    const std::string_view x = tagger.tag_xpos[sc->tags[i + 1]];
    if (!(x == "VBN" || x == "VBD")) continue;
    // (A determiner, noun or adjective must follow: the object.)
    const int next = tagger.tag_upos[sc->tags[i + 2]];
    if (!(next == kDET || next == kNOUN || next == kADJ || next == kPROPN || next == kNUM)) continue;
    if (nn_mil == -2) nn_mil = tagger.FindTag(kNOUN, "NN");
    if (vbd_mil == -2) vbd_mil = tagger.FindTag(kVERB, "VBD");
    if (nn_mil < 0 || vbd_mil < 0) continue;
    sc->tags[i] = nn_mil;
    sc->tags[i + 1] = vbd_mil;
  }
  // "that" right after a day named as a time is the complementizer of a
  // reporting verb before it ("announced on Wednesday that Washington would
  // send ..."), not a relative pronoun: EWT has the sequence once, and an
  // ensemble of taggers read it as a pronoun. (Not after a determiner: "the
  // Monday that he left"; and only before a subject.)
  int sconj = -2;
  for (int i = 1; i + 1 < n; ++i) {
    if (!EqualsLower(forms[i], "that") || tagger.tag_xpos[sc->tags[i]] == "IN" || !IsDayWord(forms[i - 1])) continue;
    // (A subject must follow: "links today that strongly indicate ..." is relative.)
    const int next = tagger.tag_upos[sc->tags[i + 1]];
    if (!(next == kDET || next == kPROPN || next == kPRON || next == kNOUN || next == kADJ || next == kNUM)) continue;
    if (i >= 2 && (EqualsLower(forms[i - 2], "the") || EqualsLower(forms[i - 2], "a") ||
                   EqualsLower(forms[i - 2], "every") || EqualsLower(forms[i - 2], "each") ||
                   EqualsLower(forms[i - 2], "that") || EqualsLower(forms[i - 2], "this")))
      continue;
    if (sconj == -2) sconj = tagger.FindTag(kSCONJ, "IN");
    if (sconj >= 0) sc->tags[i] = sconj;
  }
  // A base-form verb right after an article, or after "a" and an adjective
  // or a hyphenated modifier, is a noun the lexicon knows: "an
  // investigation into a cross-border raid that killed ..." had "raid" a
  // verb with "that" its object. (Not after "the" and a noun, a plural
  // subject's verb: "the numbers indicate"; nor after "a" and a plain noun:
  // "Can a government listen ...".)
  int nn = -2;
  for (int i = 1; i < n; ++i) {
    const std::string_view x = tagger.tag_xpos[sc->tags[i]];
    // (Not "a check - in", nor a typo's piece: "the re" for "they're".)
    if (!(x == "VB" || x == "VBP") || forms[i].size() < 3 || (i + 1 < n && forms[i + 1] == "-")) continue;
    const bool after_article =
        EqualsLower(forms[i - 1], "a") || EqualsLower(forms[i - 1], "an") || EqualsLower(forms[i - 1], "the");
    const bool after_modifier = i >= 2 && (EqualsLower(forms[i - 2], "a") || EqualsLower(forms[i - 2], "an")) &&
                                (tagger.tag_upos[sc->tags[i - 1]] == kADJ ||
                                 forms[i - 1].find('-') != std::string_view::npos);
    if (!after_article && !after_modifier) continue;
    std::string lower;  // (rare: a verb after an article)
    LowerAscii(forms[i], &lower);
    uint64_t bits = 0;
    if (tagger.lexicon.size() == 0 || !tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexNoun)) continue;
    if (nn == -2) nn = tagger.FindTag(kNOUN, "NN");
    if (nn >= 0) sc->tags[i] = nn;
  }
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
    if (vbg == -2) vbg = tagger.FindTag(kVERB, "VBG");
    if (vbg >= 0) sc->tags[i] = vbg;
  }
  // A word the lexicon knows only as a verb's past form, tagged a base-form
  // verb, is the participle: "in tribute to slain Indian Prime Minister
  // Indira Gandhi" was "to slay" a prime minister.
  int vbn = -2;
  for (int i = 0; i < n; ++i) {
    const std::string_view x = tagger.tag_xpos[sc->tags[i]];
    if (x != "VB" || tagger.tag_upos[sc->tags[i]] != kVERB) continue;
    std::string lower;  // (rare: a base-form tag on a word with no base form)
    LowerAscii(forms[i], &lower);
    uint64_t bits = 0;
    if (tagger.lexicon.size() == 0 || !tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexVerbEd) ||
        (bits & kLexVerb))
      continue;
    if (vbn == -2) vbn = tagger.FindTag(kVERB, "VBN");
    if (vbn >= 0) sc->tags[i] = vbn;
  }
  // A word right after a modal, tagged an adjective, that the lexicon knows
  // as a verb is the verb: "Azerbaijan said it would free 32 Armenian
  // servicemen" had "free" an adjective of the servicemen and no act.
  // So is a singular common noun there, and a negation may stand between
  // ("Soldiers from Gondor will not wire tap the links" had "wire tap" a noun
  // compound and no verb at all).
  int vb = -2;
  for (int i = 1; i + 1 < n; ++i) {
    const int up = tagger.tag_upos[sc->tags[i]];
    if (!(up == kADJ || (up == kNOUN && tagger.tag_xpos[sc->tags[i]] == "NN"))) continue;
    int m = i - 1;
    if (m >= 1 && (EqualsLower(forms[m], "not") || EqualsLower(forms[m], "n't"))) --m;
    if (tagger.tag_xpos[sc->tags[m]] != "MD") continue;
    std::string lower;  // (rare: an adjective right after a modal)
    LowerAscii(forms[i], &lower);
    uint64_t bits = 0;
    if (tagger.lexicon.size() == 0 || !tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexVerb)) continue;
    if (vb == -2) vb = tagger.FindTag(kVERB, "VB");
    if (vb >= 0) sc->tags[i] = vb;
  }
  // A past form tagged an adjective or participle between a relative "that"
  // or "which" after a noun and the start of a noun phrase (a number, a
  // determiner) is the relative clause's verb: "a roadside bomb that wounded
  // two Israeli soldiers" had "wounded" an adjective of the soldiers, and the
  // parser made the soldiers a relative clause with no verb.
  int vbd = -2;
  for (int i = 2; i + 1 < n; ++i) {
    const int up = tagger.tag_upos[sc->tags[i]];
    if (!(up == kADJ || (up == kVERB && tagger.tag_xpos[sc->tags[i]] == "VBN")) ||
        !(EqualsLower(forms[i - 1], "that") || EqualsLower(forms[i - 1], "which")) ||
        tagger.tag_upos[sc->tags[i - 2]] != kNOUN)
      continue;
    const int next = tagger.tag_upos[sc->tags[i + 1]];
    if (!(next == kNUM || next == kDET)) continue;
    std::string lower;  // (rare)
    LowerAscii(forms[i], &lower);
    uint64_t bits = 0;
    if (tagger.lexicon.size() == 0 || !tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexVerbEd)) continue;
    if (vbd == -2) vbd = tagger.FindTag(kVERB, "VBD");
    if (vbd >= 0) sc->tags[i] = vbd;
  }
  // A verb's base form tagged an adverb, adjective or noun right after a
  // plural noun, in a sentence with no finite verb or modal, is the present
  // tense of a headline: "Thousands of South Koreans rally outside Japanese
  // embassy in Seoul" had "rally" an adverb and no clause at all.
  bool finite = false;
  for (int i = 0; i < n && !finite; ++i) {
    const std::string_view x = tagger.tag_xpos[sc->tags[i]];
    finite = IsFiniteXpos(x);
  }
  int vbp = -2;
  for (int i = 1; i + 1 < n && !finite; ++i) {
    const std::string_view x = tagger.tag_xpos[sc->tags[i]];
    const std::string_view prev = tagger.tag_xpos[sc->tags[i - 1]];
    if (!(x == "RB" || x == "JJ" || x == "NN") || !(prev == "NNS" || prev == "NNPS")) continue;
    const int next = tagger.tag_upos[sc->tags[i + 1]];
    if (!(next == kDET || next == kADJ || next == kNOUN || next == kPROPN || next == kADP || next == kNUM)) continue;
    std::string lower;  // (rare: headlines)
    LowerAscii(forms[i], &lower);
    uint64_t bits = 0;
    if (tagger.lexicon.size() == 0 || !tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexVerb)) continue;
    // (Not in capitals, where the tagger's cues are gone and the plural
    // noun may be the verb it missed: "SRI LANKAN MINISTER SEEKS LOAN
    // FACILITY FROM IMF".)
    if (AllCapitals(forms[i])) continue;
    if (vbp == -2) vbp = tagger.FindTag(kVERB, "VBP");
    if (vbp >= 0) sc->tags[i] = vbp;
    finite = true;
    break;
  }
  // A past tense spelt like its base form ("cut", "hit", "shut") tagged a
  // noun right after a singular noun, in a sentence with no finite verb, is
  // the verb: "Sudan's army-led government cut diplomatic ties with the
  // United Arab Emirates" was parsed as one noun phrase, "government cut ties".
  int vbd_same = -2;
  for (int i = 1; i + 1 < n && !finite; ++i) {
    if (tagger.tag_xpos[sc->tags[i]] != "NN") continue;
    const std::string_view prev = tagger.tag_xpos[sc->tags[i - 1]];
    if (!(prev == "NN" || prev == "NNP")) continue;
    const int next = tagger.tag_upos[sc->tags[i + 1]];
    if (!(next == kDET || next == kADJ || next == kNOUN || next == kPROPN || next == kNUM)) continue;
    bool same_form_past = false;
    for (std::string_view v : {"cut", "hit", "shut", "quit", "cast", "hurt", "split", "upset", "spread"}) {
      same_form_past = same_form_past || EqualsLower(forms[i], v);
    }
    if (!same_form_past || AllCapitals(forms[i])) continue;
    if (vbd_same == -2) vbd_same = tagger.FindTag(kVERB, "VBD");
    if (vbd_same >= 0) sc->tags[i] = vbd_same;
    finite = true;
    break;
  }
  // A participle right after a name, or after a possessor's noun (the
  // possessive, then one or two nouns or adjectives), or after a plural noun
  // ending a plain noun phrase that opens the sentence, before a noun phrase,
  // in a sentence with no finite verb, is the past tense: "Russia granted
  // asylum to ousted Syrian President Bashar al-Assad" had no clause at all,
  // "Russia's media regulator blocked access to the BBC's website" had
  // "blocked" a participle of the regulator.
  auto after_subject = [&](int i) {
    if (tagger.tag_upos[sc->tags[i - 1]] == kPROPN)
      return !forms[i - 1].empty() && forms[i - 1][0] >= 'A' && forms[i - 1][0] <= 'Z';  // ("google stolen ...")
    // (Or a plural noun that ends a plain noun phrase opening the sentence:
    // "Pakistan-based militants attacked hotels in Mumbai".)
    // (Or any noun ending such a phrase with one "of" or "from" phrase in
    // it, after a plural: "Gunmen from the Pakistan-based Lashkar-e-Taiba
    // attacked luxury hotels".)
    const std::string_view before = tagger.tag_xpos[sc->tags[i - 1]];
    if (before == "NNS" || before == "NN" || before == "NNP" || before == "NNPS") {
      bool plain = true;
      int prepositions = 0;
      for (int k = 0; k + 1 < i && plain; ++k) {
        const int up = tagger.tag_upos[sc->tags[k]];
        if (up == kADP && k > 0 && tagger.tag_xpos[sc->tags[k - 1]] == "NNS" &&
            (EqualsLower(forms[k], "of") || EqualsLower(forms[k], "from"))) {
          ++prepositions;
          continue;
        }
        plain = up == kDET || up == kADJ || up == kPROPN || up == kNUM || up == kNOUN;
      }
      if (plain && (before == "NNS" || prepositions == 1) && prepositions <= 1) return true;
    }
    if (i < 3 || tagger.tag_upos[sc->tags[i - 1]] != kNOUN) return false;
    int k = i - 2;
    if (k > 0 && (tagger.tag_upos[sc->tags[k]] == kNOUN || tagger.tag_upos[sc->tags[k]] == kADJ)) --k;
    return tagger.tag_xpos[sc->tags[k]] == "POS";
  };
  // (A trailing report clause does not count: "Mexico extradited drug lord
  // Joaquin Guzman to the United States on Thursday, the Foreign Ministry
  // said" had "extradited" a participle of the lord. The participle must
  // come before the clause's comma.)
  const int report = finite ? TrailingReportComma(forms, tagger, *sc) : -1;
  bool finite_before_report = finite;
  if (finite && report > 0) {
    finite_before_report = false;
    for (int i = 0; i < report && !finite_before_report; ++i) {
      const std::string_view x = tagger.tag_xpos[sc->tags[i]];
      finite_before_report = IsFiniteXpos(x);
    }
  }
  for (int i = 1; i + 1 < n && !finite_before_report; ++i) {
    if (finite && i >= report) break;
    if (tagger.tag_xpos[sc->tags[i]] != "VBN" || !after_subject(i)) continue;
    const int next = tagger.tag_upos[sc->tags[i + 1]];
    if (!(next == kDET || next == kADJ || next == kNOUN || next == kPROPN || next == kNUM)) continue;
    if (AllCapitals(forms[i])) continue;
    if (vbd_same == -2) vbd_same = tagger.FindTag(kVERB, "VBD");
    if (vbd_same >= 0) sc->tags[i] = vbd_same;
    finite = true;
    break;
  }
  // A crowd's verb of gathering tagged a participle after a noun, in a
  // sentence with no finite verb, is the past tense: "Thousands of people
  // rallied in Istanbul", "Tens of thousands of people in Japan's Okinawa
  // prefecture rallied on Sunday" had "rallied" a participle of the people
  // (or of the prefecture) and no clause.
  for (int i = 1; i < n && !finite; ++i) {
    if (tagger.tag_xpos[sc->tags[i]] != "VBN" ||
        !(tagger.tag_upos[sc->tags[i - 1]] == kNOUN || tagger.tag_upos[sc->tags[i - 1]] == kPROPN))
      continue;
    bool gathering = false;
    for (std::string_view g : {"rallied", "marched", "protested", "demonstrated", "gathered", "converged", "massed",
                               "flocked", "rioted", "poured"}) {
      gathering = gathering || EqualsLower(forms[i], g);
    }
    if (!gathering) continue;
    if (vbd_same == -2) vbd_same = tagger.FindTag(kVERB, "VBD");
    if (vbd_same >= 0) sc->tags[i] = vbd_same;
    finite = true;
    break;
  }
  // The same with a name as the subject and the verb's -s form tagged a
  // plural noun: "Japan pledges $3 billion in loans to Indonesia", "Russia
  // vetoes draft UN Security Council resolution".
  int vbz = -2;
  for (int i = 1; i + 1 < n && !finite; ++i) {
    if (tagger.tag_xpos[sc->tags[i]] != "NNS" || tagger.tag_upos[sc->tags[i - 1]] != kPROPN) continue;
    const int next = tagger.tag_upos[sc->tags[i + 1]];
    if (!(next == kDET || next == kADJ || next == kNOUN || next == kPROPN || next == kNUM || next == kSYM)) continue;
    if (AllCapitals(forms[i])) continue;
    std::string lower;  // (rare: headlines)
    LowerAscii(forms[i], &lower);
    uint64_t bits = 0;
    if (tagger.lexicon.size() == 0 || !tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexVerbS)) continue;
    if (vbz == -2) vbz = tagger.FindTag(kVERB, "VBZ");
    if (vbz >= 0) sc->tags[i] = vbz;
    break;
  }
  // A capitalised word tagged a common noun between a title and a name is
  // the name's first part: "Chinese foreign ministry spokesman Wang Wenbin on
  // Tuesday condemned ..." had "Wang" a noun, and the parser made the
  // ministry the object of "condemned".
  int nnp = -2;
  for (int i = 1; i + 1 < n; ++i) {
    const std::string_view w = forms[i];
    if (w.size() < 2 || !(w[0] >= 'A' && w[0] <= 'Z') || !(w[1] >= 'a' && w[1] <= 'z') ||
        tagger.tag_upos[sc->tags[i]] != kNOUN || tagger.tag_upos[sc->tags[i + 1]] != kPROPN ||
        !(forms[i + 1].size() > 1 && forms[i + 1][0] >= 'A' && forms[i + 1][0] <= 'Z'))
      continue;
    const std::string_view title = forms[i - 1];
    if (!(EqualsLower(title, "spokesman") || EqualsLower(title, "spokeswoman") || EqualsLower(title, "spokesperson") ||
          EqualsLower(title, "minister") || EqualsLower(title, "president") || EqualsLower(title, "envoy") ||
          EqualsLower(title, "ambassador") || EqualsLower(title, "leader") || EqualsLower(title, "secretary") ||
          EqualsLower(title, "premier") || EqualsLower(title, "commander") || EqualsLower(title, "counterpart") ||
          EqualsLower(title, "negotiator") || EqualsLower(title, "adviser") || EqualsLower(title, "advisor")))
      continue;
    if (nnp == -2) nnp = tagger.FindTag(kPROPN, "NNP");
    if (nnp >= 0) sc->tags[i] = nnp;
  }
  // A past form right after a number (not a year) and before an adjective
  // or a common noun modifies that noun, as an adjective (tagged a
  // participle, the parser still hung it as a clause): "Colombia extradited
  // 14 jailed right-wing paramilitary warlords" had "jailed" a finite verb,
  // the warlords its object and no one extradited; "North Korea released two
  // detained American journalists" had "two" the object.
  int jj_after_number = -2;
  for (int i = 1; i + 1 < n; ++i) {
    const std::string_view x = tagger.tag_xpos[sc->tags[i]];
    if (!(x == "VBD" || x == "VBN") || tagger.tag_xpos[sc->tags[i - 1]] != "CD") continue;
    const std::string_view num = forms[i - 1];
    if (num.size() == 4 && (num[0] == '1' || num[0] == '2') && num[1] >= '0' && num[1] <= '9') continue;  // a year
    const std::string_view next = tagger.tag_xpos[sc->tags[i + 1]];
    if (!(next == "JJ" || next == "NN" || next == "NNS")) continue;
    if (jj_after_number == -2) jj_after_number = tagger.FindTag(kADJ, "JJ");
    if (jj_after_number >= 0) sc->tags[i] = jj_after_number;
  }
  // "over" after "hand" or "turn" and before a noun phrase is the phrasal
  // verb's particle: tagged a preposition, "France handed over a suspected
  // ETA leader to Spain" made the leader an oblique of "over" and "to Spain"
  // his, and the handover was no event.
  int rp = -2;
  for (int i = 1; i + 1 < n; ++i) {
    if (!EqualsLower(forms[i], "over") || tagger.tag_xpos[sc->tags[i]] != "IN") continue;
    const std::string_view v = forms[i - 1];
    if (!(EqualsLower(v, "hand") || EqualsLower(v, "hands") || EqualsLower(v, "handed") || EqualsLower(v, "handing") ||
          EqualsLower(v, "turn") || EqualsLower(v, "turns") || EqualsLower(v, "turned") || EqualsLower(v, "turning")))
      continue;
    if (tagger.tag_upos[sc->tags[i - 1]] != kVERB) continue;
    const int next = tagger.tag_upos[sc->tags[i + 1]];
    if (!(next == kDET || next == kNUM || next == kADJ || next == kNOUN || next == kPROPN)) continue;
    if (rp == -2) rp = tagger.FindTag(kADP, "RP");
    if (rp >= 0) sc->tags[i] = rp;
  }
  // A lower-case word tagged a proper noun that the lexicon knows only as an
  // adjective or a verb's past form (not as a noun, nor capitalised in the
  // word list) is an adjective: "cargo planes laden with tents, blankets and
  // food landed in Islamabad" had "laden" a name, the object of "planes".
  int jj_lower = -2;
  for (int i = 1; i < n && tagger.lexicon.size() > 0; ++i) {
    if (tagger.tag_xpos[sc->tags[i]] != "NNP" || forms[i].empty() || !(forms[i][0] >= 'a' && forms[i][0] <= 'z'))
      continue;
    std::string lower;  // (rare)
    LowerAscii(forms[i], &lower);
    uint64_t bits = 0;
    if (!tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & (kLexAdj | kLexVerbEd)) ||
        (bits & (kLexNoun | kLexNounPlural | kLexCapital | kLexAllCaps)))
      continue;
    if (jj_lower == -2) jj_lower = tagger.FindTag(kADJ, "JJ");
    if (jj_lower >= 0) sc->tags[i] = jj_lower;
  }
  // An adjective reading of a noun right before "today", "yesterday" or a
  // weekday and a verb is the subject's head, and the verb its past tense:
  // "A top U.S. official today praised Haiti's efforts" had "official" an
  // adjective of "today" and no subject. (Not "last", "next", "early" ...:
  // "last Monday".)
  int nn_time = -2;
  for (int i = 0; i + 2 < n && tagger.lexicon.size() > 0; ++i) {
    if (tagger.tag_xpos[sc->tags[i]] != "JJ" || forms[i].empty() || !(forms[i][0] >= 'a' && forms[i][0] <= 'z'))
      continue;
    if (!IsDayWord(forms[i + 1]) || IsDayAdjective(forms[i])) continue;
    const std::string_view after = tagger.tag_xpos[sc->tags[i + 2]];
    if (after != "VBD" && after != "VBZ" && after != "VBP" && after != "VBN") continue;
    std::string lower;  // (rare)
    LowerAscii(forms[i], &lower);
    uint64_t bits = 0;
    if (!tagger.lexicon.Find(NormKey(lower), &bits) || !(bits & kLexNoun)) continue;
    if (nn_time == -2) nn_time = tagger.FindTag(kNOUN, "NN");
    if (nn_time < 0) continue;
    sc->tags[i] = nn_time;
    // (Its verb, read as a participle of "today", is the past tense.)
    if (after == "VBN") {
      const int vbd = tagger.FindTag(kVERB, "VBD");
      if (vbd >= 0) sc->tags[i + 2] = vbd;
    }
  }
  // A past tense right after the noun of a prepositional phrase, before a
  // preposition, in a clause that has its finite verb already, is a reduced
  // relative's participle: "opened an anti-subsidy investigation into
  // electric vehicles imported from China" had "imported" a second verb of
  // the Commission.
  int vbn_pp = -2;
  for (int i = 3; i + 1 < n; ++i) {
    if (tagger.tag_xpos[sc->tags[i]] != "VBD") continue;
    const std::string_view prev = tagger.tag_xpos[sc->tags[i - 1]];
    if (prev != "NN" && prev != "NNS") continue;
    if (tagger.tag_upos[sc->tags[i + 1]] != kADP) continue;
    // The noun phrase before it opens with a preposition (only adjectives,
    // nouns, numbers and determiners between) ...
    int k = i - 1;
    while (k > 0) {
      const int u = tagger.tag_upos[sc->tags[k]];
      if (u != kNOUN && u != kADJ && u != kNUM && u != kDET && u != kPROPN) break;
      --k;
    }
    if (k <= 0 || tagger.tag_upos[sc->tags[k]] != kADP) continue;
    // ... after the clause's finite verb, with no conjunction or comma since.
    bool finite = false, broken = false;
    for (int j = k - 1; j >= 0 && !finite && !broken; --j) {
      const std::string_view x = tagger.tag_xpos[sc->tags[j]];
      finite = IsFiniteXpos(x);
      broken = x == "CC" || x == "," || x == "WDT" || x == "WP" || (x == "IN" && EqualsLower(forms[j], "that"));
    }
    if (!finite) continue;
    if (vbn_pp == -2) vbn_pp = tagger.FindTag(kVERB, "VBN");
    if (vbn_pp >= 0) sc->tags[i] = vbn_pp;
  }
  // A capitalised word the training data never had (or had once) tagged a
  // closed class (adposition, determiner, pronoun, conjunction, auxiliary,
  // particle), but for a few rare function words, is a name: closed classes have no unseen members but typos,
  // and the tagger's cue was only the word's spelling ("Bree Prime Minister
  // Romendacil" had "Bree" an adposition and the minister an oblique;
  // EWT: "Teco" a determiner, "iPhone" a pronoun).
  // (Only with the tag dictionary of a real treebank: a tiny model's misses
  // common function words.)
  for (int i = 0; i < n && tagger.dict.size() >= 1000; ++i) {
    if (sc->atoms[i].amb != 0 || forms[i].empty()) continue;
    bool upper = false;
    for (char ch : forms[i]) upper |= ch >= 'A' && ch <= 'Z';
    if (!upper) continue;
    const int up = tagger.tag_upos[sc->tags[i]];
    if (!(up == kADP || up == kDET || up == kPRON || up == kCCONJ || up == kAUX || up == kPART || up == kSCONJ))
      continue;
    // Rare function words EWT's training data has fewer than twice.
    static constexpr std::string_view kRareFunctionWords[] = {
        "whilst", "amongst", "amid", "amidst", "lest", "unto", "thee", "thou", "thy", "thine", "whence", "whereby",
        "wherein", "thereof", "hereby", "albeit", "notwithstanding", "ere", "till", "betwixt", "whereupon"};
    bool rare = false;
    for (std::string_view w : kRareFunctionWords) rare |= EqualsLower(forms[i], w);
    if (rare) continue;
    if (nnp == -2) nnp = tagger.FindTag(kPROPN, "NNP");
    if (nnp >= 0) sc->tags[i] = nnp;
  }
  // Three fixed phrases of violence and alerts the tagger may misread when
  // their words are rare in EWT: a past form before "dead" (or before "down"
  // and a determiner, number or name) is the verb ("a
  // police officer shot dead Russian Ambassador Andrei Karlov", "shot" a
  // noun); "set" before "fire" is the verb ("demonstrators set fire to the
  // embassies", "set" an adjective); and "ahead" is never a noun ("on alert
  // ahead of a planned launch"; EWT: an adverb 14 times, a noun once).
  int rb = -2;
  for (int i = 1; i + 1 < n; ++i) {
    const int up = tagger.tag_upos[sc->tags[i]];
    if (EqualsLower(forms[i], "ahead") && up == kNOUN) {
      if (rb == -2) rb = tagger.FindTag(kADV, "RB");
      if (rb >= 0) sc->tags[i] = rb;
      continue;
    }
    if (up == kVERB || up == kAUX) continue;
    const bool set_fire = EqualsLower(forms[i], "set") && EqualsLower(forms[i + 1], "fire");
    bool shot_dead = false;
    // (And before "down" and a noun phrase: "The U.S. Navy shot down an
    // Iranian airliner", "shot" a noun.)
    const int after_down = i + 2 < n ? tagger.tag_upos[sc->tags[i + 2]] : -1;
    const bool down_object = EqualsLower(forms[i + 1], "down") &&
                             (after_down == kDET || after_down == kNUM || after_down == kPROPN);
    if ((EqualsLower(forms[i + 1], "dead") || down_object) && (up == kNOUN || up == kADJ)) {
      std::string lower;  // (rare: a word before "dead")
      LowerAscii(forms[i], &lower);
      uint64_t bits = 0;
      shot_dead = tagger.lexicon.size() != 0 && tagger.lexicon.Find(NormKey(lower), &bits) && (bits & kLexVerbEd);
    }
    if (!set_fire && !shot_dead) continue;
    // (After a form of "be" or "get" the passive's participle: "was shot dead".)
    const bool passive = IsBeForm(forms[i - 1]) || EqualsLower(forms[i - 1], "got") ||
                         EqualsLower(forms[i - 1], "been");
    const int tag = passive ? tagger.FindTag(kVERB, "VBN") : (vbd == -2 ? (vbd = tagger.FindTag(kVERB, "VBD")) : vbd);
    if (tag >= 0) sc->tags[i] = tag;
  }
}

}  // namespace dyad::parse
