// Verb candidates the tagger or parser probably got wrong: nouns tagged as
// verbs, verbs attached to the wrong clause, surface passives.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "coder_internal.h"
#include "dyad/parse.h"

namespace dyad::events {

// Surface (no parse): a verb form that follows an article or possessive
// with at most two modifier words between ("a brief private visit") is a noun.
bool NounAfterDeterminer(const SentenceView& v, uint32_t t) {
  for (uint32_t k = t, n = 0; k-- > v.first && n < 3; ++n) {
    const Token& p = v.a.tokens[k];
    if (v.MentionAt(k) >= 0 || (p.flags & kTokPunct)) return false;
    std::string_view w = p.norm;
    if (In(w, {"a", "an", "the", "its", "his", "her", "their", "our", "this", "these", "those"})) return n > 0;
    if (In(w, {"will", "would", "to", "has", "have", "had", "is", "are", "was", "were", "be", "did", "does",
               "do", "can", "could", "may", "might", "should", "must", "not", "n't", "and", "or", "that",
               "who", "which"}))
      return false;
    if (p.flags & (kTokCapitalized | kTokAllCaps)) return false;  // a name: "the Brown called"
  }
  return false;
}
// A passive the parse missed: "The Philippines was heavily and unjustly
// criticized" (parsed with `heavily` as the root and `was` its copula): a
// form of "be" followed only by adverbs and conjunctions up to a past
// participle that has no object.
bool SurfacePassive(const SentenceView& v, uint32_t vb, uint32_t verb) {
  std::string_view n = v.a.tokens[verb].norm;
  if (n.size() < 4 || !(n.ends_with("ed") || n.ends_with("en"))) return false;
  for (uint32_t t = v.first; t < v.last; ++t) {
    if (HeadOf(v, t) == static_cast<int32_t>(verb) && (Rel(v, t, "obj") || Rel(v, t, "aux:pass"))) return false;
  }
  bool adverb = false;
  for (uint32_t k = vb; k-- > v.first && k + 6 > vb;) {
    std::string_view w = v.a.tokens[k].norm;
    if (In(w, {"is", "are", "was", "were", "be", "been", "being"})) return adverb;
    uint8_t up = v.a.parse[k].upos;
    if (up != kADV && up != kCCONJ) return false;
    adverb = adverb || up == kADV;
  }
  return false;
}
namespace {
bool IsModal(std::string_view n) {
  return In(n, {"will", "would", "shall", "should", "can", "could", "may", "might", "must"});
}
}  // namespace
// With a parse: a verb-lexicon word that our tagger did not tag VERB but the
// surface shows to be one: right after a modal ("will abandon" tagged ADV);
// in a sentence with no verb at all, not after an article or possessive
// ("Caras Galadhon's new mayor left yesterday for Minas Tirith" tagged
// NOUN); an inflected form right after a sentence-initial actor and before a
// preposition or article ("Ethiopia departs from Libya" tagged NOUN).
bool MistaggedVerb(const SentenceView& v, uint32_t t, bool lexicon_form) {
  const auto& P = v.a.parse;
  uint8_t up = P[t].upos;
  if (up != kNOUN && up != kADJ && up != kADV && up != kPROPN) return false;
  const Token& tok = v.a.tokens[t];
  if (t > v.first && IsModal(v.a.tokens[t - 1].norm) &&
      !(t > v.first + 1 && IsDeterminerLike(v.a.tokens[t - 2].norm)))
    return true;
  if (t > v.first && (IsDeterminerLike(v.a.tokens[t - 1].norm) || v.a.tokens[t - 1].norm == "'s")) return false;
  if (NounAfterDeterminer(v, t)) return false;  // "a brief private visit"
  bool verbless = true;
  for (uint32_t k = v.first; k < v.last && verbless; ++k) verbless = P[k].upos != kVERB && P[k].upos != kAUX;
  if (verbless) return true;
  // An inflected form: the lexicon lists it as a form other than the verb's
  // own lemma ("departs" of DEPART), or it looks inflected.
  bool inflected = lexicon_form || (tok.norm.size() > 3 && (tok.norm.back() == 's' || tok.norm.ends_with("ed")));
  int32_t before = t > v.first ? v.MentionAt(t - 1) : -1;
  return inflected && before >= 0 && v.mentions[before].begin == v.first && !v.mentions[before].code.empty() &&
         t + 1 < v.last && (P[t + 1].upos == kADP || P[t + 1].upos == kDET);
}
// With a parse: a verb-lexicon word tagged VERB but parsed as a participle
// modifying a noun (amod, acl) without a subject of its own, in a sentence
// whose parse has no verbal root and which opens with an actor ("Russian
// police arrested Russian students", "The Hermit Kingdom fired two artillery
// shells at Seoul", "Gollum centre of a diplomatic row between Radagast and
// the Brown called on Gondor" parsed as one noun phrase). A past tense read as a
// participle is our tagger's and parser's typical error on headline-like news
// sentences; the surface reading is the sentence's only predicate.
bool MisattachedVerb(const SentenceView& v, uint32_t t) {
  const auto& P = v.a.parse;
  if (P[t].upos != kVERB || !(Rel(v, t, "amod") || Rel(v, t, "acl"))) return false;
  for (uint32_t k = v.first; k < v.last; ++k) {
    if (P[k].head == 0 && (P[k].upos == kVERB || P[k].upos == kAUX)) return false;
    if (HeadOf(v, k) == static_cast<int32_t>(t) && (Rel(v, k, "nsubj") || Rel(v, k, "mark") || Rel(v, k, "aux")))
      return false;  // a clause of its own
  }
  const int32_t opening = MentionStartingNear(v, v.first, 1);
  return opening >= 0 && !v.mentions[opening].code.empty() && v.mentions[opening].end <= t;
}
// Our dictionaries, with a parse: a verb-lexicon word that the tagger or
// parser misread in a sentence with no verbal root that opens with an actor,
// the typical shape of a news sentence read as a noun phrase: a past tense
// parsed as a participle modifying a noun (MisattachedVerb: "Israeli tanks
// shelled Palestinian positions"), or tagged an adjective or noun right after
// the opening actor in a sentence with no verb at all ("Kenya set fire to the
// Somali embassy", "Iraqi guerrillas wounded British soldiers").
bool MisreadVerbOfAHeadlineLikeSentence(const SentenceView& v, uint32_t t) {
  const auto& P = v.a.parse;
  // (A participle only, amod: a relative clause of the opening name, "West
  // Germany and Japan, meanwhile, agreed to ..." parsed as acl:relcl, still
  // has its subject in the parse.)
  if (MisattachedVerb(v, t) && P[t].deprel_name == "amod") return true;
  if ((P[t].upos != kADJ && P[t].upos != kNOUN) || t + 1 >= v.last) return false;
  for (uint32_t k = v.first; k < v.last; ++k) {
    if (P[k].upos == kVERB || P[k].upos == kAUX) return false;
  }
  const int32_t before = t > v.first ? v.MentionAt(t - 1) : -1;
  if (before < 0 || v.mentions[before].code.empty() || MentionStartingNear(v, v.first, 1) != before) return false;
  const uint8_t next = P[t + 1].upos;
  return next == kDET || next == kADP || next == kADJ || next == kNOUN || next == kPROPN || next == kNUM;
}

}  // namespace dyad::events
