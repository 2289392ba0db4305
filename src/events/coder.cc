// Event coder: finds who did what to whom in each sentence, from the verb
// lexicon's patterns, the actor mentions and (when a parse is present) the
// dependency tree (docs/coder.md). The stages it calls live beside it:
// arguments.cc, factuality.cc, verb_checks.cc, conjuncts.cc and, for the
// PETRARCH2/TABARI dictionaries, field_match.cc, tabari_rules.cc, field_coder.cc.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "coder_internal.h"
#include "dyad/parse.h"

namespace dyad::events {

namespace {
// Matches a pattern's elements after the verb; returns false if it fails.
// *target is the mention at the `*` slot (or -1 if the pattern has none);
// *skipped counts the words passed over to find the literal words (a looser
// match than one that skips fewer).
// `first` skips leading elements (a passive's target slot, see below).
// A pattern's noun matches its other number in the text: "extend loan to *"
// in "extended loans to India", "hand over pilots to *" in "handed over a
// pilot". (A noun the parser tagged as one, of three letters or more.)
// Whether the matcher may take a noun's other number (NumberVariants sets it
// for a scope): only the verb's own patterns try it, after an exact pass.
thread_local bool number_variants_allowed = false;
struct NumberVariants {
  explicit NumberVariants(bool on) : saved(number_variants_allowed) { number_variants_allowed = on; }
  ~NumberVariants() { number_variants_allowed = saved; }
  NumberVariants(const NumberVariants&) = delete;
  NumberVariants& operator=(const NumberVariants&) = delete;
  bool saved;
};

bool NounNumberVariant(const SentenceView& v, uint32_t j, std::string_view word) {
  if (!number_variants_allowed || !v.parsed || v.a.parse[j].upos != kNOUN || word.size() < 3) return false;
  const std::string_view w = v.a.tokens[j].norm;
  // (Not nouns whose number changes their sense: a stance attacked is no
  // positions attacked, arms are weapons, talks negotiations.)
  for (std::string_view x : {"position", "arm", "force", "good", "talk", "term", "interest", "ground", "quarter",
                             "relation", "tie", "measure", "step", "right", "affair", "custom", "mean", "damage",
                             "spirit", "manner", "office", "work", "pain"}) {
    if (w.starts_with(x) || word.starts_with(x)) return false;
  }
  auto plural_of = [](std::string_view pl, std::string_view sg) {
    return (pl.size() == sg.size() + 1 && pl.starts_with(sg) && pl.back() == 's') ||
           (pl.size() == sg.size() + 2 && pl.starts_with(sg) && pl.ends_with("es") &&
            (sg.ends_with("s") || sg.ends_with("x") || sg.ends_with("ch") || sg.ends_with("sh"))) ||
           (sg.size() >= 3 && sg.back() == 'y' && pl.size() == sg.size() + 2 && pl.ends_with("ies") &&
            pl.substr(0, sg.size() - 1) == sg.substr(0, sg.size() - 1));
  };
  return plural_of(w, word) || plural_of(word, w);
}

bool MatchAfter(const SentenceView& v, const VerbPattern& p, uint32_t verb_end, int32_t* target,
                uint32_t* skipped, size_t first = 0) {
  uint32_t k = first == 0 ? SkipTimePhrase(v, verb_end) : verb_end;
  *target = -1;
  *skipped = 0;
  for (size_t e = first; e < p.after.size(); ++e) {
    const PatternElem& el = p.after[e];
    if (el.kind == PatternElem::kTarget) {
      int32_t m = MentionStartingNear(v, k, 2);
      // (Not a bare role word that only qualifies the noun after it: "an
      // investigation into bank accounts linked to Malaysia's state fund".)
      // (Nor one used as an adjective, whatever coreference gave it: "blew
      // himself up at a military camp in Kenya".)
      if (m >= 0 && v.parsed && BareRoleWord(v, m) &&
          (Rel(v, v.mentions[m].head, "compound") || Rel(v, v.mentions[m].head, "amod")) &&
          (v.mentions[m].code.empty() || v.mentions[m].coref >= 0))
        m = -1;
      // A bare actor adjective fills a slot that a literal noun follows, the
      // noun it qualifies: "ban * products" in "banned Argentine beef
      // products", "charge * with" in "charged Turkish aircraft with ...
      // infringements" (not a preposition after a longer phrase: "agreed
      // with Algerian producer ENOF to establish" is no "agree with * to").
      // So does one that ends the pattern right after a preposition, the
      // noun it qualifies being that preposition's object: "ban imports of *"
      // in "banned all imports of Japanese seafood", "launch a probe into
      // suspected Chinese espionage" ("suspected" an adjective too), "gave
      // asylum to former Ethiopian ruler Mengistu Haile Mariam".
      const bool qualifies_next = e + 1 < p.after.size() && p.after[e + 1].kind == PatternElem::kWord &&
                                  !(In(p.after[e + 1].word, {"to", "on", "for", "in", "of", "as", "against", "at",
                                                             "from", "into", "over", "by", "about", "that"}));
      // (Or after a particle: "turned down a German request", "brushed off
      // Dutch allegations". Or "in": "arrived in the Ukrainian capital".)
      const bool ends_after_preposition = e + 1 == p.after.size() && e > first &&
                                          p.after[e - 1].kind == PatternElem::kWord &&
                                          // ("death": "beat to death *".)
                                          In(p.after[e - 1].word, {"of", "on", "against", "into", "at", "to", "from",
                                                                   "with", "down", "off", "onto", "toward", "towards",
                                                                   "across", "through", "death", "in", "along",
                                                                   "near", "outside", "inside", "among"});
      // (And one whose common noun a preposition of the pattern follows:
      // "beat * to death" in "beat a Bangladeshi cattle trader to death".)
      const bool noun_before_preposition = e + 1 < p.after.size() && p.after[e + 1].kind == PatternElem::kWord &&
                                           !qualifies_next && v.parsed;
      // (And the slot alone after the verb, where the parse makes the
      // adjective's noun the verb's object: "pound *" in "pounded Iranian
      // troop concentrations".)
      const bool object_adjective = e == 0 && first == 0 && p.after.size() == 1 && v.parsed && verb_end > v.first;
      if (m < 0 && (qualifies_next || ends_after_preposition || noun_before_preposition || object_adjective)) {
        // (Past a sum of money: "slap tariffs on *" in "slapped tariffs on
        // $34 billion of Chinese imports".)
        uint32_t from = k;
        bool money = false;
        // (A word bounding the sum too: "on about 300 mln dlrs worth of
        // Japanese electronic goods".)
        while (from < v.last &&
               (SumOfMoneyWord(v, from, k) || (from == k && In(v.a.tokens[from].norm, {"about", "some", "nearly",
                                                                                        "around", "over", "almost"})))) {
          money = money || (!(v.a.tokens[from].flags & kTokNumber) && from > k);
          ++from;
        }
        // (A bare number is a count of what the noun names: "killing 148
        // people".)
        if (!money) from = k;
        for (int32_t id : v.modifier_ids) {
          const uint32_t b = v.mentions[id].begin;
          if (b < from || b > from + 3) continue;
          if (object_adjective && !(qualifies_next || ends_after_preposition || noun_before_preposition)) {
            const int32_t noun = HeadOf(v, v.mentions[id].head);
            if (!Rel(v, v.mentions[id].head, "amod") || noun < 0 || !Rel(v, static_cast<uint32_t>(noun), "obj") ||
                HeadOf(v, static_cast<uint32_t>(noun)) != static_cast<int32_t>(verb_end - 1))
              break;
          }
          if (noun_before_preposition && !ends_after_preposition) {
            // One or two lower-case common nouns, then the pattern's word.
            uint32_t u = v.mentions[id].end;
            while (u < v.last && u < v.mentions[id].end + 2 && v.a.parse[u].upos == kNOUN &&
                   !(v.a.tokens[u].flags & kTokCapitalized))
              ++u;
            if (u == v.mentions[id].end || u >= v.last || v.a.tokens[u].norm != p.after[e + 1].word) break;
          }
          bool determiners = true;  // (or a round quantity: "dozens of Palestinian homes")
          for (uint32_t u = from; u < b; ++u) {
            const std::string_view w = v.a.tokens[u].norm;
            // (Or a plain adjective before it: "took full control of the
            // northern Syrian town of Afrin".)
            const bool adjective = v.parsed && (u > from || (ends_after_preposition && p.after[e - 1].word == "of")) &&
                                   (v.a.parse[u].upos == kADJ || (v.a.parse[u].xpos == "VBN" && Rel(v, u, "amod"))) &&
                                   v.MentionAt(u) < 0;
            determiners = determiners && (IsDeterminerLike(w) || IsRoundQuantity(w) || w == "of" || adjective);
          }
          // (Not an adjective of a name we do not know: "agreed with Algerian
          // producer ENOF" names a company, not Algeria.)
          bool unknown_name = false;
          // (Only the noun and the word after it: "the Syrian town of Afrin"
          // is Syria's.)
          for (uint32_t u = v.mentions[id].end; u < v.mentions[id].end + 2 && u < v.last; ++u) {
            unknown_name = unknown_name || ((v.a.tokens[u].flags & kTokCapitalized) && v.MentionAt(u) < 0);
          }
          if (determiners && !(ends_after_preposition && unknown_name)) m = id;
          break;
        }
      }
      // (Or, with a parse, the actor of the preposition's nominal, a place
      // "of" a name: "carried out strikes on the port of Hodeidah".)
      if (m < 0 && ends_after_preposition && v.parsed && k > v.first) {
        for (uint32_t h = k; h < v.last && h < k + 4; ++h) {
          if (HeadOf(v, k - 1) != static_cast<int32_t>(h) || !Rel(v, k - 1, "case")) continue;
          // (Or a convoy, patrol or motorcade "of" them: "rammed an
          // explosives-laden car into a convoy of Indian paramilitary police".)
          if (!In(v.a.parse[h].lemma, {"port", "city", "town", "village", "capital", "province", "region", "island",
                                       "district", "base", "airport", "harbour", "harbor", "coast", "coastline", "skies",
                                       "convoy", "column", "patrol", "motorcade",
                                       // (Or its gates: "blew himself up near the
                                       // entrance of the Russian embassy".)
                                       "gate", "gates", "entrance", "perimeter"}))
            break;
          for (uint32_t u = h + 1; u < v.last && u < h + 6; ++u) {  // ("of Indian paramilitary police")
            if (HeadOf(v, u) != static_cast<int32_t>(h) || !Rel(v, u, "nmod") || CaseOf(v, u) != "of") continue;
            const int32_t id = v.MentionAt(u);
            if (id >= 0 && !v.mentions[id].code.empty()) m = id;
          }
          break;
        }
      }
      if (m < 0) return false;
      // A role of no country joined to a party's role names that party's
      // people: "expressed his deep sympathy to the people and government of
      // Morocco".
      if (v.mentions[m].code.empty() || v.mentions[m].code.starts_with("---")) {
        const uint32_t after = v.mentions[m].end;
        if (after + 1 < v.last && In(v.a.tokens[after].norm, {"and", "or"})) {
          const int32_t next = MentionStartingNear(v, after + 1, 1);
          if (next >= 0 && !v.mentions[next].code.empty() && !v.mentions[next].code.starts_with("---")) m = next;
        }
      }
      *target = m;
      k = v.mentions[m].end;
      // A role word right after the slot is the mention's own last word:
      // "expel * diplomats" in "expelled 23 British diplomats", whose
      // mention "British diplomats" holds the word (singular or plural).
      if (e + 1 < p.after.size() && p.after[e + 1].kind == PatternElem::kWord && k > v.mentions[m].begin) {
        // (Or its head word: "protesters in Deraa".)
        const std::string& w = p.after[e + 1].word;
        auto same_word = [&](std::string_view x) {
          return x == w || (x.size() == w.size() + 1 && x.starts_with(w) && x.back() == 's') ||
                 (w.size() == x.size() + 1 && w.starts_with(x) && w.back() == 's');
        };
        if (same_word(v.a.tokens[k - 1].norm) || same_word(v.a.tokens[v.mentions[m].head].norm)) ++e;
      }
      continue;
    }
    if (el.kind != PatternElem::kWord) continue;
    // A possessive target owns the noun that follows, and a preposition after
    // that noun belongs to the noun: "welcomed Norway's recent move to renew a
    // debate" is no "welcome * to" (hosting).
    if (*target >= 0 && k == v.mentions[*target].end && k < v.last && v.a.tokens[k].norm == "'s" &&
        In(el.word, {"to", "with", "for", "on", "in", "of", "as", "against", "at", "from", "into", "over", "by",
                     "about"}))
      return false;
    // The literal word within a small window of modifiers, not across a clause
    // break; an article does not count ("met the first two Venezuelan criteria").
    bool found = false;
    bool target_ahead = false;
    for (size_t f = e + 1; f < p.after.size(); ++f) {
      target_ahead = target_ahead || p.after[f].kind == PatternElem::kTarget;
    }
    // (Nor does a quantity: "had withdrawn four of its six remaining
    // diplomats" is "withdraw diplomats".)
    for (uint32_t j = k, words = 0; j < v.last && words < 4; ++j) {
      const Token& t = v.a.tokens[j];
      // (Nor an amount of money: "suspended hundreds of millions of dollars
      // in security assistance to Pakistan".)
      auto amount_word = [](std::string_view w) {
        return In(w, {"dollars", "dlrs", "euros", "pounds", "yen", "billion", "million", "mln", "bln", "billions"});
      };
      const bool money = IsRoundQuantity(t.norm) || amount_word(t.norm) || t.norm == "$" ||
                         (t.norm == "in" && j > k && amount_word(v.a.tokens[j - 1].norm));
      const bool quantity = (t.flags & kTokNumber) || In(t.norm, {"of", "its", "their", "his", "her", "our"}) ||
                            (v.parsed && v.a.parse[j].upos == kNUM) || money;
      if (!In(t.norm, {"the", "a", "an"}) && !quantity) ++words;
      if (t.norm == el.word || NounNumberVariant(v, j, el.word)) {
        // (A phrasal verb's particle found past other words must be followed
        // by the pattern's next word: "gave the warning in a speech to senior
        // ... figures" is no "give in to *", but "pulled its troops out of"
        // is "pull out of *".)
        if (e == first && j > k && e + 1 < p.after.size() && p.after[e + 1].kind == PatternElem::kWord &&
            In(el.word, {"in", "up", "down", "off", "out", "back", "away", "over"}) &&
            (j + 1 >= v.last || v.a.tokens[j + 1].norm != p.after[e + 1].word))
          break;
        // (A "to" after words that follow the target must be the pattern's,
        // not one in a clause of its own — "told Reuters shareholders were
        // entitled to discuss" is no "tell * to" — nor one of a phrase in
        // between: "told Reuters in reply to query".)
        // (Unless the pattern's next word is that phrase's: "beat * to death"
        // in "beat a Bangladeshi cattle trader to death".)
        const bool phrase_named = e + 1 < p.after.size() && p.after[e + 1].kind == PatternElem::kWord &&
                                  j + 1 < v.last && v.a.tokens[j + 1].norm == p.after[e + 1].word;
        if (el.word == "to" && *target >= 0 && k == v.mentions[*target].end && j > k && v.parsed && !phrase_named) {
          bool other = Rel(v, j, "case");
          const int32_t h = HeadOf(v, j);
          const int32_t hh = h >= 0 ? HeadOf(v, static_cast<uint32_t>(h)) : -1;
          other = other || (hh >= static_cast<int32_t>(k) && hh < static_cast<int32_t>(j));
          for (uint32_t u = k; u < j && !other; ++u) other = v.a.parse[u].upos == kVERB || v.a.parse[u].upos == kAUX;
          if (other) break;
        }
        *skipped += j - k;
        k = j + 1;
        found = true;
        break;
      }
      // (A one-word role used as an adjective is no actor in the way: "lodged
      // an official protest with Albania".)
      const int32_t mj = v.MentionAt(j);
      const bool role_adjective = mj >= 0 && BareRoleWord(v, mj) && j + 1 < v.last && v.parsed &&
                                  (v.a.parse[j + 1].upos == kNOUN || v.a.parse[j + 1].upos == kADJ);
      // (Nor a name that modifies a noun after it: "ATTACKS U.S. GATT FARM
      // RULES EXEMPTION", where GATT qualifies the rules.)
      const bool name_modifier = mj >= 0 && *target >= 0 && mj != *target && v.parsed &&
                                 v.mentions[mj].end < v.last && v.a.parse[v.mentions[mj].end].upos == kNOUN;
      // (Nor a place the act happened in, before a literal that leads to the
      // target: "demonstrated in Islamabad against US drone strikes"; with no
      // target slot ahead, "agreed in Paris to" would take the place.)
      // (Nor, with the target still ahead, a role of no country that is the
      // verb's object: "extradited drug trafficker Carlos Lehder to the
      // United States".)
      const bool passable = target_ahead && mj >= 0 && v.mentions[mj].begin == j &&
                            ((j > k && v.mentions[mj].agent < 0 && !v.mentions[mj].named &&
                              In(v.a.tokens[j - 1].norm, {"in", "at", "near"})) ||
                             v.mentions[mj].code.empty());
      if (passable) {
        j = v.mentions[mj].end - 1;
        continue;
      }
      if (IsClauseBreak(t) || t.norm == "," || (mj >= 0 && !role_adjective && !name_modifier)) break;
    }
    // Past the window, a pattern's leading preposition is still the verb's
    // when the parse hangs its phrase on the verb itself, across places and
    // times: "marched in Hanoi and Ho Chi Minh City on Sunday against
    // China's deployment" is "march against *".
    // (Or after the pattern's word before it, on that word or the verb:
    // "opened fire with small arms and mortars on Kyrgyz border posts" is
    // "open fire on *".)
    // (Or before the pattern's last words, a phrase the parse hangs on the
    // verb: "put police along its border with Somalia on high alert" is
    // "put police on high alert".)
    const bool after_word = e > first && p.after[e - 1].kind == PatternElem::kWord && k > verb_end;
    if (!found && v.parsed && first == 0 && (e == 0 || after_word) && verb_end > v.first && e + 1 < p.after.size() &&
        (p.after[e + 1].kind == PatternElem::kTarget || (after_word && p.after[e + 1].kind == PatternElem::kWord)) &&
        In(el.word, {"against", "to", "with", "on", "at", "for", "toward", "towards", "into", "from", "over"})) {
      const uint32_t verb = verb_end - 1;
      for (uint32_t j = k; j < v.last; ++j) {
        if (v.a.tokens[j].norm != el.word || !Rel(v, j, "case")) continue;
        const int32_t h = HeadOf(v, j);
        const int32_t hh = h >= 0 ? HeadOf(v, static_cast<uint32_t>(h)) : -1;
        // (Or hung inside the verb's object phrase, on no verb of its own:
        // "extradited radical Muslim cleric Abu Hamza al-Masri to the United
        // States", the "to" phrase under "al-Masri".)
        auto inside_object = [&](int32_t w) {
          // (A word of a name, not a common noun, whose own "to" phrase it
          // is: "talk about an initiative to the Soviet Union".)
          // (And a "with" phrase on the object noun itself names the party of
          // a verb of talks: "discussed the Ukraine crisis with Russian
          // President Vladimir Putin" is "discuss with *".)
          if (e == 0 && el.word == "with" && Rel(v, static_cast<uint32_t>(w), "obj") &&
              HeadOf(v, static_cast<uint32_t>(w)) == static_cast<int32_t>(verb))
            return true;
          // (Also after a particle: "handed over Indian Air Force pilot
          // Wing Commander Abhinandan Varthaman to India".)
          if ((e != 0 && !after_word) || !In(el.word, {"to", "against"}) ||
              !(v.a.tokens[static_cast<uint32_t>(w)].flags & kTokCapitalized))
            return false;
          for (int guard = 0; guard < 8 && w >= 0; ++guard) {
            const int32_t up = HeadOf(v, static_cast<uint32_t>(w));
            // (Or an "obl" with no preposition, the parser's misreading of
            // an object.)
            if (up == static_cast<int32_t>(verb))
              return Rel(v, static_cast<uint32_t>(w), "obj") ||
                     (Rel(v, static_cast<uint32_t>(w), "obl") && CaseOf(v, static_cast<uint32_t>(w)).empty());
            if (v.a.parse[static_cast<uint32_t>(w)].upos == kVERB || up < static_cast<int32_t>(verb)) return false;
            w = up;
          }
          return false;
        };
        if (h < 0 ||
            !(hh == static_cast<int32_t>(verb) || (after_word && hh == static_cast<int32_t>(k - 1)) ||
              (hh > static_cast<int32_t>(verb) && inside_object(hh))) ||
            !(Rel(v, static_cast<uint32_t>(h), "obl") || Rel(v, static_cast<uint32_t>(h), "nmod")))
          continue;
        // (Not a date: "agreed in Paris on February 22".)
        const std::string_view object = v.a.tokens[static_cast<uint32_t>(h)].norm;
        if (IsMonthName(object) || IsWeekdayName(object) || v.a.parse[static_cast<uint32_t>(h)].upos == kNUM) break;
        *skipped += j - k;
        k = j + 1;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
// An event whose target came from its verb's complement (ComplementTarget)
// goes when the complement codes the same pair itself: "Norway agreed to help
// OPEC" is the help promised (033), not also an agreement (030).
void DropEventsRepeatedByTheirComplement(const SentenceView& v, size_t first_out, std::vector<int32_t>* borrowed,
                                         std::vector<CodedEvent>* out) {
  const auto& M = v.mentions;
  borrowed->resize(out->size() - first_out, -1);
  for (size_t i = out->size(); i-- > first_out;) {
    const int32_t c = (*borrowed)[i - first_out];
    if (c < 0) continue;
    const CodedEvent& e = (*out)[i];
    bool repeated = false;
    for (size_t j = first_out; j < out->size() && !repeated; ++j) {
      const CodedEvent& f = (*out)[j];
      repeated = j != i && Dominates(v, static_cast<uint32_t>(c), f.verb_begin) &&
                 f.SourceCode(M) == e.SourceCode(M) && f.TargetCode(M) == e.TargetCode(M);
    }
    if (!repeated) continue;
    out->erase(out->begin() + static_cast<long>(i));
    borrowed->erase(borrowed->begin() + static_cast<long>(i - first_out));
  }
}

// One act told twice in a sentence, once by a verb of a general code and once
// by a phrase of a more specific one (CAMEO codes are prefixes of their
// refinements), is coded once, by the specific code: "began a hunger strike
// in Dhaka demanding the resignation of Prime Minister Sheikh Hasina" is 1421
// (the demand's), not also 142 (the strike's).
void DropLessSpecificCodes(const std::vector<Mention>& M, size_t first_out, std::vector<CodedEvent>* out) {
  for (size_t i = out->size(); i-- > first_out;) {
    const CodedEvent& e = (*out)[i];
    bool refined = false;
    for (size_t j = first_out; j < out->size() && !refined; ++j) {
      const CodedEvent& f = (*out)[j];
      refined = j != i && f.code.size() > e.code.size() && f.code.starts_with(e.code) && !f.negated && !e.negated &&
                f.SourceCode(M) == e.SourceCode(M) && f.TargetCode(M) == e.TargetCode(M);
    }
    if (refined) out->erase(out->begin() + static_cast<long>(i));
  }
}

// The actor a clause was said to: the object of the verb of saying that
// governs `clause` ("told Japan that ...", "warned Iran that ..."); -1 if none.
int32_t ToldActor(const SentenceView& v, uint32_t clause) {
  const int32_t say = HeadOf(v, clause);
  if (say < 0 || !In(v.a.parse[say].lemma, {"tell", "warn", "remind", "inform", "assure", "notify", "advise"}))
    return -1;
  for (uint32_t u = v.first; u < clause; ++u) {
    if (HeadOf(v, u) != say || !(Rel(v, u, "iobj") || Rel(v, u, "obj"))) continue;
    const int32_t m = v.MentionAt(u);
    if (m >= 0 && !v.mentions[m].code.empty() && !v.mentions[m].pronoun) return m;
  }
  return -1;
}
// The "it" or "they" that is `verb`'s subject ("that it must", "as it said
// it would"); -1 if its subject is no such pronoun.
int32_t ItOrTheySubject(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = v.first; u < verb; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "nsubj") && v.a.parse[u].upos == kPRON)
      return In(v.a.tokens[u].norm, {"it", "they"}) ? static_cast<int32_t>(u) : -1;
  }
  return -1;
}
// The actor an "it" or "they" subject of `verb` stands for: the nearest
// earlier clause subject in the sentence (not a pronoun), when it is an
// actor; -1 if the subject is no such pronoun or that subject no actor.
int32_t SubjectAntecedent(const SentenceView& v, uint32_t verb) {
  const int32_t it = ItOrTheySubject(v, verb);
  if (it < 0) return -1;
  const uint32_t pronoun = static_cast<uint32_t>(it);
  // The clause of a noun with an actor as possessor is that actor's: "in
  // light of Japan's recent announcement it will disburse 30 billion dlrs"
  // (the noun right before the pronoun, however the parser hung the clause).
  const int32_t noun = pronoun > v.first ? static_cast<int32_t>(pronoun - 1) : -1;
  if (noun >= 0 && v.a.parse[noun].upos == kNOUN &&
      In(v.a.parse[noun].lemma, {"announcement", "statement", "decision", "pledge", "promise", "assurance",
                                 "warning", "threat", "claim", "declaration", "offer", "undertaking"})) {
    for (uint32_t u = v.first; u < static_cast<uint32_t>(noun); ++u) {
      if (HeadOf(v, u) != noun || !Rel(v, u, "nmod:poss")) continue;
      const int32_t m = MentionOfPhrase(v, u);
      if (m >= 0 && !v.mentions[m].pronoun && !v.mentions[m].code.empty()) return m;
    }
  }
  // The nearest earlier subject decides; one that names no actor ("the
  // splinter group, which said it would agree") leaves the pronoun open.
  for (uint32_t u = pronoun; u-- > v.first;) {
    if (!Rel(v, u, "nsubj")) continue;
    if (In(v.a.tokens[u].norm, {"which", "who", "that"})) return -1;
    if (v.a.parse[u].upos == kPRON) continue;
    const int32_t m = MentionOfPhrase(v, u);
    return m >= 0 && !v.mentions[m].pronoun && !v.mentions[m].code.empty() ? m : -1;
  }
  return -1;
}

// The number of people a mention starting at `begin` counts, from the words
// right before it: "at least 48", "more than 1,800", "hundreds of", "tens of
// thousands of"; 0 when none is given.
uint64_t CountBefore(const SentenceView& v, uint32_t begin) {
  uint64_t best = 0;
  for (uint32_t u = begin; u-- > v.first && u + 6 >= begin;) {
    const std::string_view w = v.a.tokens[u].norm;
    if (In(w, {"dozens", "scores"})) best = std::max<uint64_t>(best, 24);
    if (In(w, {"hundreds"})) best = std::max<uint64_t>(best, 200);
    if (In(w, {"thousands", "tens", "millions"})) best = std::max<uint64_t>(best, 2000);
    if (v.a.tokens[u].flags & kTokNumber) {
      uint64_t n = 0;
      bool digits = !w.empty();
      for (char c : w) {
        if (c >= '0' && c <= '9') n = n * 10 + static_cast<uint64_t>(c - '0');
        else if (c != ',') digits = false;
      }
      if (digits) best = std::max(best, n);
    }
    if (In(w, {",", ";", "and"}) || v.MentionAt(u) >= 0) break;
  }
  return best;
}
// An act of force: assault, fight or mass violence (roots 18-20), or
// property destroyed (1712).
bool IsForceCode(std::string_view code) {
  return code.starts_with("18") || code.starts_with("19") || code.starts_with("20") || code == "1712";
}
// The verb's clause dates the act to a year before `year`: "where U.S.
// soldiers killed hundreds of civilians in 1968", "Iraq, which invaded Kuwait
// in August 1990" (an oblique of the verb, or a date inside one). For an act
// of force (`force_act`), also a war of an earlier year.
bool DatedBefore(const SentenceView& v, uint32_t verb, int year, bool force_act) {
  auto year_of = [&](uint32_t u) {
    const std::string_view w = v.a.tokens[u].norm;
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return 0;
    const int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    return y >= 1800 && y <= 2100 ? y : 0;
  };
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !(Rel(v, u, "obl") || Rel(v, u, "obl:tmod") ||
                                                          Rel(v, u, "nmod:tmod") || Rel(v, u, "obl:npmod")))
      continue;
    // (The year itself, "in 1968", or a date's, "in August 1990", "on Aug.
    // 6, 1945"; not an event noun's, "apologised for the 1991 massacre".)
    int y = year_of(u);
    const std::string_view month = v.a.tokens[u].norm;
    const bool date = IsMonthName(month) ||
                      In(month, {"jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."});
    for (uint32_t w = v.first; w < v.last && !y && date; ++w) {
      if (HeadOf(v, w) == static_cast<int32_t>(u) && (Rel(v, w, "nummod") || Rel(v, w, "compound") || Rel(v, w, "nmod")))
        y = year_of(w);
    }
    // An act of force in a war of a past year is history too: "was captured
    // by Israel in the 1967 Middle East war". (Not another act: "began
    // investigating alleged war crimes in Georgia during the 2008 war".)
    const bool war = force_act &&
                     In(v.a.parse[u].lemma, {"war", "conflict", "invasion", "revolution", "uprising", "intifada"}) &&
                     In(CaseOf(v, u), {"in", "during"});
    for (uint32_t w = v.first; w < u && !y && war; ++w) {
      if (HeadOf(v, w) == static_cast<int32_t>(u) &&
          (Rel(v, w, "nummod") || Rel(v, w, "compound") || Rel(v, w, "amod") || Rel(v, w, "nmod")))
        y = year_of(w);
    }
    // (Not an act going on since then: "UNITA has been fighting the
    // Angolan government since 1976".)
    if (y > 0 && y < year && CaseOf(v, u) != "since") return true;
  }
  return false;
}
// The verb's clause is the start of a span of time: "a symbolic gesture
// marking 70 years since Soviet secret police massacred thousands of Polish
// officers", "the first time since Britain seized the islands" — history the
// sentence measures from, not news. (A "since" of cause, "since Iran
// refused", follows no span.)
bool SpanSinceAct(const SentenceView& v, uint32_t verb) {
  if (!v.parsed) return false;
  for (uint32_t u = v.first + 1; u < verb; ++u) {
    if (v.a.tokens[u].norm != "since" || HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "mark")) continue;
    if (In(v.a.tokens[u - 1].norm, {"years", "decades", "centuries", "months", "weeks", "days", "year", "decade",
                                    "century", "time", "anniversary"}))
      return true;
    // (Or a record since then: "one of the largest to attend a meeting since
    // South Africa declared a state of emergency last June".)
    for (uint32_t w = v.first; w < u; ++w) {
      if (v.a.parse[w].xpos == "JJS" || v.a.parse[w].xpos == "RBS" || v.a.tokens[w].norm == "first") return true;
    }
    return false;
  }
  return false;
}
// The verb's subject is sportspeople (athletes, a national team's players).
// Is `verb` a deployment, flight or manoeuvre that a "show of force" phrase
// in its own clause describes ("sent ... in a show of force against China")?
bool ShowOfForceMadeBy(const SentenceView& v, uint32_t verb) {
  if (!In(v.a.parse[verb].lemma, {"send", "fly", "sail", "deploy", "dispatch", "move", "order", "station",
                                  "steam", "conduct", "hold", "stage", "mass", "roar", "rush", "scramble",
                                  "bring", "patrol", "circle", "transit", "cross", "enter", "launch"}))
    return false;
  for (uint32_t u = verb + 1; u + 2 < v.last; ++u) {
    if (v.a.tokens[u].norm != "show" || v.a.tokens[u + 1].norm != "of" || v.a.tokens[u + 2].norm != "force") continue;
    if (Dominates(v, verb, u)) return true;
    // (Hung elsewhere by the parser: no other verb between.)
    for (uint32_t w = verb + 1; w < u; ++w) {
      if (v.a.parse[w].upos == kVERB && v.a.parse[w].xpos != "VBN" && v.a.parse[w].xpos != "VBG") return false;
    }
    return true;
  }
  return false;
}

// What a verb of conveying carries, by its object's phrase: 1 relief goods
// (food, tents, medicine), 2 arms (weapons, ammunition, tanks), 0 neither or
// both, or no such verb.
int GoodsConveyed(const SentenceView& v, uint32_t verb) {
  if (!In(v.a.parse[verb].lemma, {"send", "deliver", "ship", "airlift", "ferry", "fly", "truck", "rush", "dispatch",
                                  "donate", "airdrop", "bring", "carry"}))
    return 0;
  // ("carried out airstrikes" conducts them; it conveys nothing.)
  if (verb + 1 < v.last && v.a.tokens[verb + 1].norm == "out") return 0;
  int32_t object = -1;
  for (uint32_t u = verb + 1; u < v.last && object < 0; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "obj")) object = static_cast<int32_t>(u);
  }
  if (object < 0) return 0;
  // (An act delivered is no goods: "delivered a massive strike with
  // high-precision weapons against ...", "delivered a warning".)
  if (In(v.a.parse[object].lemma, {"strike", "attack", "blow", "warning", "message", "ultimatum", "rebuke", "speech",
                                    "address", "verdict", "response", "riposte"}))
    return 0;
  // Only the goods themselves: the object's words and its "of" and "with"
  // phrases ("trucks of tents", "a ship loaded with food"), not a phrase the parser hung on it with another
  // preposition ("destroyers to waters off Venezuela's coast" is no water;
  // "troops supported by tanks" deploys troops).
  // (Nor a clause hung on it: "airstrikes ..., two days after Iranian
  // missiles hit Pakistani territory".)
  auto other_phrase = [&](uint32_t u) {
    for (int guard = 0; guard < 8 && u != static_cast<uint32_t>(object); ++guard) {
      const std::string_view c = CaseOf(v, u);
      if (!c.empty() && c != "of" && c != "with") return true;
      if (v.a.parse[u].upos == kVERB && !Rel(v, u, "amod")) return true;
      const int32_t h = HeadOf(v, u);
      if (h < 0) return false;
      u = static_cast<uint32_t>(h);
    }
    return false;
  };
  bool relief = false, arms = false;
  for (uint32_t u = static_cast<uint32_t>(object); u < v.last; ++u) {
    if (u != static_cast<uint32_t>(object) && (!Dominates(v, static_cast<uint32_t>(object), u) || other_phrase(u)))
      continue;
    const std::string_view w = v.a.parse[u].lemma;
    // (Troops, warships and their kind sent are a deployment, not a gift:
    // "is sending three guided-missile destroyers to waters off Venezuela".)
    // (The lemmatizer may leave "troops" whole; reinforcements "additional"
    // or "extra" are one's own: "rushed additional troops and fighter jets to
    // Ladakh".)
    if (In(w, {"troop", "troops", "soldier", "force", "police", "policeman", "personnel", "marine", "paratrooper",
               "destroyer", "warship", "frigate", "submarine", "carrier", "vessel", "battleship", "cruiser", "ship",
               "unit", "battalion", "brigade", "division", "commando", "reinforcement", "additional", "extra"}) ||
        In(v.a.tokens[u].norm, {"troops", "ships", "units", "reinforcements"}))
      return 0;
    // (Not grain, rice or wheat alone, which is mostly trade.)
    relief = relief || In(w, {"food", "tent", "blanket", "medicine", "medication", "vaccine", "flour", "water",
                              "relief", "foodstuff", "ration", "shelter"});
    arms = arms || In(w, {"weapon", "arm", "ammunition", "munition", "missile", "tank", "rocket", "artillery",
                          "howitzer", "shell", "rifle", "warplane", "fighter", "drone"});
  }
  // (Grain given "as food aid" is relief: "The U.K. will ship 39,250 tonnes
  // of feed wheat to China this month as food aid".)
  if (!relief && !arms) {
    bool grain = false, aid = false;
    for (uint32_t u = verb + 1; u < v.last; ++u) {
      if (!Dominates(v, verb, u)) continue;
      const std::string_view w = v.a.parse[u].lemma;
      const bool in_object = u == static_cast<uint32_t>(object) || Dominates(v, static_cast<uint32_t>(object), u);
      grain = grain || (in_object && In(w, {"grain", "wheat", "rice", "maize", "corn", "sorghum"}));
      aid = aid || (!in_object && w == "aid");
    }
    relief = grain && aid;
  }
  return relief == arms ? 0 : relief ? 1 : 2;
}

bool SportsPeopleSubject(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = v.first; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !(Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass"))) continue;
    return In(v.a.parse[u].lemma, {"athlete", "swimmer", "footballer", "player", "wrestler", "cyclist", "skater",
                                   "gymnast", "boxer", "sprinter", "runner", "golfer", "cricketer", "olympian",
                                   "squad", "striker", "goalkeeper", "tennis", "skier", "jockey"});
  }
  return false;
}
// A match result: a score ("2-0", "5-3") in a sentence whose verb is one
// of winning or losing ("Spain beat France 5-3 after extra time", "were
// beaten 2-0 by Ghana's Black Stars"). Votes and rulings have scores too
// ("voted 52-48"), so the verb decides.
bool SportsResult(const SentenceView& v) {
  bool score = false;
  for (uint32_t u = v.first; u < v.last && !score; ++u) {
    const std::string_view w = v.a.tokens[u].norm;
    const size_t dash = w.find('-');
    score = dash != std::string_view::npos && dash >= 1 && dash <= 2 && w.size() - dash - 1 >= 1 &&
            w.size() - dash - 1 <= 2 &&
            std::all_of(w.begin(), w.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
  }
  if (!score) return false;
  for (uint32_t u = v.first; u < v.last; ++u) {
    const std::string_view lemma = v.parsed && !v.a.parse[u].lemma.empty() ? std::string_view(v.a.parse[u].lemma)
                                                                             : v.a.tokens[u].norm;
    if (In(lemma, {"beat", "defeat", "thrash", "rout", "crush", "edge", "down", "overcome", "outplay", "eliminate",
                   "knock", "stun", "upset", "hammer", "trounce", "whip", "lose", "draw", "tie", "win", "storm",
                   "overpower", "dispatch", "sink", "topple", "humble", "outclass", "blank", "score"}) ||
        In(v.a.tokens[u].norm, {"beaten", "won", "lost", "drew", "tied", "downed"}))
      return true;
  }
  return false;
}

}  // namespace

void CodeSentenceEvents(const Lexicon& lex, const Analysis& a, const std::vector<Mention>& mentions,
                        const Quotes& quotes, const CoderOptions& options,
                        std::vector<CodedEvent>* out) {
  std::vector<int32_t> mention_at;
  // A story discard phrase anywhere (PETRARCH `+phrase`) discards every sentence.
  std::vector<uint32_t> phrases;  // discard candidates at one token
  if (AnyDiscardIn(lex, a, 0, static_cast<uint32_t>(a.tokens.size()), true, &phrases)) return;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.kind == BlockKind::kFurniture || s.kind == BlockKind::kDateline) continue;
    // TABARI dictionaries are written for TABARI's linear shallow parse:
    // they are matched on the surface even when a parse is present.
    SentenceView v{a, mentions, quotes, s.first_token, s.first_token + s.num_tokens, {}, {}, {},
                   !a.parse.empty() && lex.dialect != Lexicon::Dialect::kTabari, nullptr, {}};
    v.mention_at.assign(s.num_tokens, -1);
    if (lex.dialect == Lexicon::Dialect::kTabari) v.tabari = &lex;
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].sentence != si) continue;
      if (mentions[m].modifier) {
        v.modifier_ids.push_back(static_cast<int32_t>(m));
        continue;
      }
      v.mention_ids.push_back(static_cast<int32_t>(m));
      for (uint32_t t = mentions[m].begin; t < mentions[m].end; ++t) v.mention_at[t - v.first] = static_cast<int32_t>(m);
    }
    if (lex.dialect == Lexicon::Dialect::kTabari) {
      if (TabariWords(a, v.first, v.last) < lex.tabari.min_words) continue;
      if (TabariSpecialActor(lex, mentions, si)) continue;
      if (TabariSpecialTimePhrase(lex, a, v.first, v.last)) continue;
      TabariHideCommaClauses(lex, &v, mentions);
      if (TabariComplex(lex, v)) continue;
    }
    // (A TABARI DEFAULT source and target code even a sentence with no actor.)
    bool defaults = lex.dialect == Lexicon::Dialect::kTabari && !lex.tabari.default_source.empty() &&
                    !lex.tabari.default_target.empty();
    if (v.mention_ids.empty() && !defaults) continue;
    // Discarded sentences (sports results and the like) yield nothing.
    if (AnyDiscardIn(lex, a, v.first, v.last, false, &phrases)) continue;
    if (lex.dialect == Lexicon::Dialect::kDyad && SportsResult(v)) continue;
    if (lex.field_format) {
      size_t first_out = out->size();
      CodeSentenceField(lex, v, si, options, out);
      DropControlledEvents(v, first_out, out);
      if (lex.dialect == Lexicon::Dialect::kPetrarch) DropNestedModifierEvents(v, first_out, out);
      if (lex.dialect == Lexicon::Dialect::kPetrarch) FoldReportedEvents(v, first_out, out);
      if (lex.dialect == Lexicon::Dialect::kTabari && lex.tabari.code_by != TabariSettings::CodeBy::kAll)
        TabariFirstEventPerClause(v, first_out, out, lex.tabari.code_by == TabariSettings::CodeBy::kSentence);
      if (lex.dialect == Lexicon::Dialect::kTabari) {
        TabariPriorities(first_out, out);
        TabariSplitCodedCompounds(mentions, first_out, out);
      }
      continue;
    }
    size_t first_out = out->size();
    // Per event from first_out: the complement clause its target came from (-1: its own).
    std::vector<int32_t> borrowed;
    auto emit = [&](CodedEvent ev, int32_t complement = -1) {
      // Business acting on business is commerce, not a political event
      // ("Korea Electric Power Corp has signed contracts with three U.S.
      // firms", "the sugar was being offered by the Belgian industry").
      if (ev.SourceCode(mentions).ends_with("BUS") && ev.TargetCode(mentions).ends_with("BUS")) return;
      for (size_t k = first_out; k < out->size(); ++k) {
        const CodedEvent& o = (*out)[k];
        // (By the codes the events carry: a domestic role's target_code.)
        if (o.SourceCode(mentions) == ev.SourceCode(mentions) && o.TargetCode(mentions) == ev.TargetCode(mentions) &&
            o.code == ev.code)
          return;
      }
      out->push_back(std::move(ev));
      borrowed.resize(out->size() - first_out, -1);
      borrowed.back() = complement;
    };

    // A verb our tagger or parser misread in a headline-like sentence is
    // coded on the surface (MisreadVerbOfAHeadlineLikeSentence), with a copy
    // of the sentence's view that has no parse.
    const SentenceView& sentence_view = v;
    std::optional<SentenceView> surface_view;
    // The word right after a verb that its matched pattern names is part of
    // that verb's phrase, not a verb of its own: "WORLD BANK CHIEF PLEDGES
    // SUPPORT TO INDONESIA" is "pledge support to *", not also "support".
    uint32_t pattern_word = UINT32_MAX;
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (t == pattern_word) continue;
      // (Not in a headline, whose nouns read as verbs are handled below.)
      const bool misread = sentence_view.parsed && s.kind != BlockKind::kHeadline && sentence_view.MentionAt(t) < 0 &&
                           lex.FindVerb(a.tokens[t].norm) >= 0 && MisreadVerbOfAHeadlineLikeSentence(sentence_view, t);
      if (misread && !surface_view) {
        surface_view.emplace(sentence_view);
        surface_view->parsed = false;
      }
      const SentenceView& v = misread ? *surface_view : sentence_view;
      if (v.MentionAt(t) >= 0) continue;
      const Token& tok = a.tokens[t];
      // Accusation by a quoted speaker: hostile conduct attributed to an actor.
      uint32_t cue_len = 0;
      int32_t q = v.QuoteOf(t);
      if (q >= 0 && quotes.speaker[q] >= 0 && HostileCueAt(lex, a, t, v.last, &cue_len)) {
        int32_t accused = -1;
        for (int32_t id : v.mention_ids) {
          const Mention& m = mentions[id];
          if (m.end <= t && v.QuoteOf(m.begin) == q && !m.code.empty() &&
              !SameActor(m.code, mentions[quotes.speaker[q]].code) &&
              !(m.end < t && a.tokens[m.end].norm == "'s"))
            accused = id;
        }
        // (Conduct that may come is no accusation: "Any U.S. military
        // aggression against Iran will certainly be the beginning of an
        // extensive clash".)
        if (accused >= 0) {
          const uint32_t b = mentions[accused].begin;
          for (uint32_t k = b; k-- > v.first && k + 2 >= b;) {
            if (In(a.tokens[k].norm, {"any", "possible", "potential", "future"})) accused = -1;
          }
          // (Nor conduct denied or only spoken of: "the relationship between
          // Tokyo and Washington should not be undermined".)
          for (uint32_t k = t; k-- > v.first && k + 3 >= t;) {
            if (In(a.tokens[k].norm, {"not", "n't", "never", "should", "must", "would", "could", "might", "may",
                                      "cannot"}))
              accused = -1;
          }
        }
        if (accused >= 0) {
          CodedEvent ev;
          ev.sentence = si;
          ev.source = quotes.speaker[q];
          ev.target = accused;
          ev.verb_begin = t;
          ev.verb_end = t + cue_len;
          ev.code = "112";
          ev.rules.push_back("coder: quoted speaker attributes hostile conduct '" +
                             std::string(a.tokens[t].norm) + "' -> accuse (112)");
          emit(std::move(ev));
        }
      }
      // An actor said to be optimistic or pessimistic about a party makes an
      // optimistic (013) or pessimistic (012) comment on it: "Indonesian
      // Foreign Minister Retno Marsudi said she was optimistic that talks
      // with Malaysia ... would be concluded", "Lavrov said that prospects
      // for a breakthrough in the peace talks with Ukraine remained bleak"
      // (the speaker of a gloomy outlook, about the party named in it).
      // (A sentence the pipeline did not parse has no tags: head -1.)
      if (v.parsed && a.parse[t].head >= 0 && a.parse[t].upos == kADJ && !NegatedInParse(v, t)) {
        const std::string_view adj = a.parse[t].lemma;
        const bool hopeful = OutlookOf(adj) > 0;
        const bool gloomy = OutlookOf(adj) < 0;
        bool predicate = false;
        int32_t subj = -1;
        // (The clause may be a verb's: "remained bleak", "looked bleak".)
        uint32_t pred = t;
        if (Rel(v, t, "xcomp") && HeadOf(v, t) >= 0 &&
            In(a.parse[static_cast<uint32_t>(HeadOf(v, t))].lemma, {"remain", "look", "seem", "appear", "stay", "sound"})) {
          pred = static_cast<uint32_t>(HeadOf(v, t));
          predicate = true;
        }
        for (uint32_t u = v.first; u < pred; ++u) {
          if (HeadOf(v, u) != static_cast<int32_t>(pred)) continue;
          predicate = predicate || Rel(v, u, "cop");
          if (Rel(v, u, "nsubj")) subj = static_cast<int32_t>(u);
        }
        // (Or "were described as bleak by", "looked bleak": the outlook words.)
        const bool outlook = subj >= 0 && In(a.parse[static_cast<uint32_t>(subj)].lemma,
                                             {"prospect", "outlook", "chance", "hope"});
        if ((hopeful || gloomy) && predicate && subj >= 0 && (hopeful || adj != "bleak" || outlook)) {
          int32_t speaker = -1;
          uint32_t scope = t;
          if (outlook) {
            // The outlook's speaker: the clause that reports it.
            const int32_t say = HeadOf(v, pred);
            bool pass = false;
            if (say >= 0 && (Rel(v, pred, "ccomp") || Rel(v, pred, "advcl")))
              speaker = SourceFromParse(v, static_cast<uint32_t>(say), &pass);
            scope = static_cast<uint32_t>(subj);
          } else {
            speaker = v.MentionAt(static_cast<uint32_t>(subj));
            // A pronoun or role the parse gives no actor: the subject of the
            // clause that reports it ("said she was optimistic").
            if ((speaker < 0 || mentions[speaker].code.empty()) && Rel(v, pred, "ccomp") && HeadOf(v, pred) >= 0) {
              bool pass = false;
              speaker = SourceFromParse(v, static_cast<uint32_t>(HeadOf(v, pred)), &pass);
            }
          }
          if (speaker >= 0 && !mentions[speaker].code.empty()) {
            int32_t about = -1;
            for (int32_t id : v.mention_ids) {
              const Mention& mm = mentions[id];
              if (mm.code.empty() || mm.code.starts_with("---") || mm.head == static_cast<uint32_t>(subj) ||
                  !Dominates(v, scope, mm.head) || mm.begin < static_cast<uint32_t>(subj) ||
                  SameActor(mm.code, mentions[speaker].code) ||
                  mm.code.substr(0, 3) == mentions[speaker].code.substr(0, 3))
                continue;
              about = id;
              break;
            }
            if (about >= 0) {
              CodedEvent ev = VerbEvent(si, speaker, about, t, hopeful ? "013" : "012");
              ev.rules = {std::string("coder: an actor said to be ") + std::string(adj) + " about a party comments on it (" +
                          ev.code + ")"};
              emit(std::move(ev));
            }
          }
        }
      }
      // Telling or assuring a party what one will do is an intent expressed
      // to it (030): "China told the United States that it would gradually
      // reform its currency exchange rate policy", "Myanmar's military
      // government promised ASEAN it would hold elections". (Not an act the
      // dictionaries call hostile, a threat; nor one negated.)
      if (v.parsed && a.parse[t].head >= 0 && a.parse[t].upos == kVERB && IsToldIntentVerb(a.parse[t].lemma)) {
        int32_t told = -1, clause = -1;
        for (uint32_t u = t + 1; u < v.last; ++u) {
          if (HeadOf(v, u) != static_cast<int32_t>(t)) continue;
          if ((Rel(v, u, "obj") || Rel(v, u, "iobj")) && told < 0) told = v.MentionAt(u);
          if (Rel(v, u, "ccomp") && a.parse[u].upos == kVERB && clause < 0) clause = static_cast<int32_t>(u);
        }
        bool pass = false;
        const int32_t teller = SourceFromParse(v, t, &pass);
        if (told >= 0 && clause >= 0 && teller >= 0 && !pass && !mentions[teller].code.empty() &&
            !mentions[told].code.empty() && !mentions[told].code.starts_with("---") &&
            mentions[told].code.substr(0, 3) != mentions[teller].code.substr(0, 3) &&
            // (A party named by its own name, not a bare role the resolver
            // gave an earlier actor's code; and no interview: "told Reuters".)
            mentions[told].actor >= 0 && mentions[told].coref < 0 && !mentions[told].code.ends_with("MED") &&
            !NegatedInParse(v, static_cast<uint32_t>(clause)) && !NegatedInParse(v, t)) {
          const uint32_t c = static_cast<uint32_t>(clause);
          bool future = false, own_subject = false;
          for (uint32_t u = v.first; u < c; ++u) {
            if (HeadOf(v, u) != clause) continue;
            future = future || (Rel(v, u, "aux") && In(a.tokens[u].norm, {"will", "would", "'ll", "shall"}));
            if (Rel(v, u, "nsubj")) {
              const int32_t sm = v.MentionAt(u);
              own_subject = In(a.tokens[u].norm, {"it", "he", "she", "they", "we"}) ||
                            (sm >= 0 && mentions[sm].code.substr(0, 3) == mentions[teller].code.substr(0, 3));
            }
          }
          // (The act itself: no hostile code in the dictionaries.)
          const int32_t inner = lex.FindVerb(a.tokens[c].norm);
          bool hostile = false;
          if (inner >= 0) {
            const VerbEntry& ie = lex.verbs[inner];
            hostile = !ie.default_code.empty() && ie.default_code >= "09";
            for (const VerbPattern& p : ie.patterns) hostile = hostile || (!p.code.empty() && p.code >= "09");
          }
          if (future && own_subject && !hostile) {
            CodedEvent ev = VerbEvent(si, teller, told, t, "030");
            ev.rules = {"coder: telling a party what one will do expresses an intent to it (030)"};
            emit(std::move(ev));
          }
        }
      }
      // Measures promised against a condition threaten whoever must meet it:
      // "China will take resolute and strong measures if U.S. House Speaker
      // Nancy Pelosi visits Taiwan", "Russia will be forced to take
      // retaliatory steps ... if Finland joins NATO" (130, to the condition's
      // subject; not negated, and only a future or obliged act).
      if (v.parsed && a.parse[t].lemma == "take" && a.parse[t].upos == kVERB && !NegatedInParse(v, t)) {
        bool measures = false, future = false;
        for (uint32_t u = t + 1; u < v.last && u < t + 8 && !measures; ++u) {
          measures = HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "obj") &&
                     In(a.parse[u].lemma, {"measure", "step", "countermeasure", "action", "response"});
        }
        // (The future on "take" or on the verb it completes: "will be forced
        // to take", "would have to take".)
        for (int32_t x = static_cast<int32_t>(t), k = 0; x >= 0 && k < 2 && !future; ++k) {
          for (uint32_t u = v.first; u < static_cast<uint32_t>(x) && !future; ++u) {
            future = HeadOf(v, u) == x && Rel(v, u, "aux") && In(a.tokens[u].norm, {"will", "would", "shall", "'ll"});
          }
          if (!Rel(v, static_cast<uint32_t>(x), "xcomp")) break;
          x = HeadOf(v, static_cast<uint32_t>(x));
        }
        bool pass = false;
        int32_t taker = measures && future ? SourceFromParse(v, t, &pass) : -1;
        if (taker < 0 && measures && future && Rel(v, t, "xcomp") && HeadOf(v, t) >= 0)
          taker = SourceFromParse(v, static_cast<uint32_t>(HeadOf(v, t)), &pass);
        // (The condition may hang on the verb "take" completes, or on its report.)
        uint32_t top = t;
        if (Rel(v, t, "xcomp") && HeadOf(v, t) >= 0) top = static_cast<uint32_t>(HeadOf(v, t));
        const int32_t party = taker >= 0 && !mentions[taker].code.empty() ? ConditionSubject(v, top, taker) : -1;
        if (party >= 0 && !SameActor(mentions[party].code, mentions[taker].code) &&
            EmbeddingOf(v, t, t) == Embedding::kNone) {
          CodedEvent ev = VerbEvent(si, taker, party, t, "130");
          ev.rules = {"coder: measures promised if another party acts threaten that party (130)"};
          emit(std::move(ev));
        }
      }
      int32_t vi = lex.FindVerb(tok.norm);
      if (vi < 0) continue;
      if (v.parsed) {
        uint8_t up = a.parse[t].upos;
        // (A headline's noun may be its verb, but not talks that are the
        // object of a verb: "SOUTH KOREA PREMIER OFFERS TALKS WITH NORTH
        // KOREA" is an offer, "BRAZIL BUSINESS LEADERS CALL FOR TALKS WITH
        // IMF" an appeal.)
        if (up != kVERB && !(s.kind == BlockKind::kHeadline && (up == kNOUN || up == kPROPN) &&
                             !((Rel(v, t, "obj") || Rel(v, t, "obl")) && HeadOf(v, t) >= 0 &&
                               a.parse[HeadOf(v, t)].upos == kVERB &&
                               In(tok.norm, {"talks", "meeting", "meetings", "negotiations", "visit", "visits"}))))
          continue;
        // A participle that modifies a noun inside a noun phrase names no act
        // of the sentence: "over alleged Canadian subsidies", "the occupied
        // West Bank". (Only after a determiner, preposition or adjective: the
        // parser also calls finite verbs amod, "Greece yesterday signed".)
        // (Or a past participle right after a verb: "has raided alleged ANC
        // bases".)
        // (Or after a possessive: "Japan's increasing trade surpluses with
        // the U.S.")
        if (Rel(v, t, "amod") && t > v.first &&
            (a.parse[t - 1].upos == kDET || a.parse[t - 1].upos == kADP || a.parse[t - 1].upos == kADJ ||
             a.parse[t - 1].xpos == "POS" ||
             (a.parse[t - 1].upos == kVERB && a.parse[t].xpos == "VBN" &&
              !In(a.tokens[t - 1].norm, {"had", "has", "have", "having", "was", "were", "is", "are", "been", "be"}))))
          continue;
        // Nor a participle that judges a clause with "it": "it was encouraging
        // that Japan had agreed" (encouraging as an adjective, no act).
        if (a.parse[t].xpos == "VBG") {
          bool it_subject = false, that_clause = false, object = false;
          for (uint32_t u = v.first; u < v.last; ++u) {
            if (HeadOf(v, u) != static_cast<int32_t>(t)) continue;
            it_subject = it_subject || ((Rel(v, u, "nsubj") || Rel(v, u, "expl")) && a.tokens[u].norm == "it");
            that_clause = that_clause || Rel(v, u, "ccomp") || Rel(v, u, "csubj");
            object = object || Rel(v, u, "obj");
          }
          if (it_subject && that_clause && !object) continue;
        }
        // Nor one right before an actor it describes: "visiting British Corporate
        // Affairs Minister Michael Howard told Japan".
        // (A present participle only: the parser also calls finite verbs amod,
        // "Washington had criticised Japanese government agencies".)
        if (Rel(v, t, "amod") && a.parse[t].xpos == "VBG" && t + 1 < v.last && v.MentionAt(t + 1) >= 0) continue;
        // The parser also makes it the complement of the verb before it: "Tamura
        // told visiting U.S. Trade Representative Clayton Yeutter that ..."
        // (visiting right after a verb and before an actor describes the actor),
        // or a gerund of a preposition: "larger numbers of visiting Japanese
        // tourists" (right after a preposition, determiner or adjective).
        if (a.parse[t].xpos == "VBG" && a.parse[t].lemma == "visit" && t > v.first && t + 1 < v.last &&
            (a.parse[t - 1].upos == kVERB || a.parse[t - 1].upos == kDET || a.parse[t - 1].upos == kADJ ||
             In(a.tokens[t - 1].norm, {"of", "for", "with", "by", "to", "among"})) &&
            v.MentionAt(t + 1) >= 0)
          continue;
        // A participle between a preposition or determiner and a noun phrase
        // is attributive: "frustration over alleged unfair Japanese trade
        // practices", "the reported clashes", "in tribute to slain Indian
        // Prime Minister Indira Gandhi". (A preposition by its word too: the
        // tagger reads "over" there as an adverb, and "to" as a particle.)
        if ((a.parse[t].xpos == "VBN" || a.parse[t].xpos == "VBD") && t > v.first && t + 1 < v.last &&
            (a.parse[t - 1].upos == kADP || a.parse[t - 1].upos == kDET ||
             In(a.tokens[t - 1].norm, {"over", "about", "against", "into", "amid", "despite", "to"})) &&
            (a.parse[t + 1].upos == kADJ || a.parse[t + 1].upos == kNOUN))
          continue;
        // A gerund that is the topic of a noun names no act: "agreed to formal
        // talks on signing an economic pact with Hungary", "the debate about
        // attacking Iran". (Not "for": "criticised the government for
        // attacking protesters" reports an attack.)
        if (a.parse[t].xpos == "VBG" && t >= v.first + 2 && In(a.tokens[t - 1].norm, {"on", "about", "over"}) &&
            a.parse[t - 2].upos == kNOUN)
          continue;
      } else if (t > v.first && (IsDeterminerLike(a.tokens[t - 1].norm) ||
                                 a.tokens[t - 1].norm == "'s")) {
        continue;  // "the attack", "Russia's appeal": a noun
      } else if (t + 1 < v.last && a.tokens[t + 1].norm == "of" && t > v.first) {
        continue;  // "talks of", "appeal of"
      }
      const VerbEntry& verb = lex.verbs[vi];
      // Negation: "not", "n't", "never" just before the verb (or its auxiliary).
      // With a parse, only a negation attached to this verb counts ("urges
      // Armenia not to trust": the "not" belongs to "trust").
      // "neither ... nor" negates both verbs it coordinates ("Russia neither
      // condemned nor supported Georgia"; "could neither confirm nor deny").
      bool negated = false;
      if (v.parsed) {
        negated = NegatedInParse(v, t);
        for (uint32_t u = v.first; u < v.last && !negated; ++u) {
          negated = HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "cc") &&
                    In(a.tokens[u].norm, {"neither", "nor"});
        }
      } else {
        for (uint32_t k = t; k-- > v.first && k + 4 > t;) {
          if (IsNegation(a.tokens[k].norm) || In(a.tokens[k].norm, {"neither", "nor"})) negated = true;
          if (v.MentionAt(k) >= 0 || a.tokens[k].norm == ",") break;
        }
      }
      // A non-restrictive relative clause in the simple present describes
      // what its noun habitually does, not an act of the news: "a fresh
      // trade dispute with the United States, which provides the EC with the
      // bulk of its soybeans", "Iran, which supports Hezbollah".
      // (The parser may call it "advcl:relcl".)
      if (v.parsed && std::string_view(a.parse[t].deprel_name).ends_with(":relcl") &&
          In(a.parse[t].xpos, {"VBZ", "VBP"})) {
        bool relative_subject = false, auxiliary = false;
        for (uint32_t u = v.first; u < v.last; ++u) {
          if (HeadOf(v, u) != static_cast<int32_t>(t)) continue;
          auxiliary = auxiliary || Rel(v, u, "aux");
          relative_subject = relative_subject || (u < t && Rel(v, u, "nsubj") && u > v.first &&
                                                  In(a.tokens[u].norm, {"which", "who"}) &&
                                                  a.tokens[u - 1].norm == ",");
        }
        // (Not one with a time of its own, a scheduled act: "Funaro, who
        // travels to Italy this evening", "the IMF, which holds its meetings
        // with the World Bank next week".)
        bool timed = false;
        for (uint32_t u = t + 1; u < v.last && !timed; ++u) {
          const std::string_view w = a.tokens[u].norm;
          timed = Dominates(v, t, u) && (IsWeekdayName(w) || IsMonthName(w) ||
                                         In(w, {"today", "tonight", "tomorrow", "week", "weekend", "month", "year",
                                                "evening", "morning", "afternoon", "soon", "later"}));
        }
        if (relative_subject && !auxiliary && !timed) continue;
      }
      // Passive: a form of "be" before a past participle.
      bool passive = false;
      if (tok.norm != verb.lemma && tok.norm.size() > 2 && tok.norm.substr(tok.norm.size() - 3) != "ing") {
        for (uint32_t k = t; k-- > v.first && k + 3 > t;) {
          if (IsBeForm(a.tokens[k].norm)) passive = true;
        }
        if (passive && AgentAfterBy(v, t + 1) < 0) passive = false;
      }
      // (Or the parse's passive with its "by" agent further on: "was shot
      // dead in a Berlin park by a Russian agent".)
      int32_t parse_agent = -1;
      if (!passive && v.parsed && PassiveInParse(v, t)) {
        // (The parser may hang the "by" phrase on the phrase before it, "in
        // a Berlin park by a Russian agent": any "by" phrase in the verb's
        // own clause, below no other verb.)
        for (uint32_t u = t + 1; u < v.last && parse_agent < 0; ++u) {
          if (a.tokens[u].norm != "by" || !Rel(v, u, "case") || !Dominates(v, t, u)) continue;
          const int32_t noun = HeadOf(v, u);
          bool own_clause = noun >= 0;
          // (Nor the author of an act named on the way: "were put on high
          // alert along the border after threats by Somalia's al Shabaab".)
          for (int32_t w = noun; own_clause && w >= 0 && w != static_cast<int32_t>(t);) {
            const uint32_t uw = static_cast<uint32_t>(w);
            own_clause = a.parse[uw].upos != kVERB && !Rel(v, uw, "acl") && !Rel(v, uw, "acl:relcl") &&
                         !(w != noun && In(a.parse[uw].lemma, {"threat", "attack", "warning", "demand", "accusation",
                                                               "call", "request", "offer", "proposal", "decision",
                                                               "move", "statement", "criticism", "remark", "protest",
                                                               "raid", "incursion", "provocation", "claim"}));
            w = HeadOf(v, uw);
          }
          if (own_clause) parse_agent = ArgumentActor(v, static_cast<uint32_t>(noun), ActKind::kOther);
          // (Or the doer of a weapon named as the agent: "were killed by a
          // roadside bomb planted by Afghan Taliban insurgents".)
          if (own_clause && parse_agent < 0) parse_agent = DoerOfAgentWeapon(v, t);
          break;
        }
        passive = parse_agent >= 0 && !v.mentions[parse_agent].code.empty();
      }
      // Pattern: most specific first (patterns are sorted by their number of
      // words); among equally specific ones the tightest match, so that
      // "welcomed President Reagan's decision to name" is "welcome * decision",
      // not "welcome * to".
      const VerbPattern* pat = nullptr;
      int32_t target = -1;
      uint32_t pat_skipped = 0;
      // (A noun's other number only where nothing matches as written: "drop
      // atomic bomb" keeps its code against "drop bombs on *".)
      // (A passive's words may follow its by-phrase: "was extradited by
      // Thailand to the United States" is "extradite to *".)
      const int32_t passive_by_agent =
          passive && t + 1 < v.last && a.tokens[t + 1].norm == "by" ? AgentAfterBy(v, t + 1) : -1;
      for (int variants = 0; variants < 2 && !pat; ++variants) {
        const NumberVariants allow(variants == 1);
        for (const VerbPattern& p : verb.patterns) {
          if (pat && p.after.size() < pat->after.size()) break;
          int32_t tg = -1;
          uint32_t skipped = 0;
          const bool after_agent = passive_by_agent >= 0 && !p.after.empty() && p.after[0].kind == PatternElem::kWord &&
                                   MatchAfter(v, p, v.mentions[passive_by_agent].end, &tg, &skipped);
          if ((after_agent || MatchAfter(v, p, t + 1, &tg, &skipped)) && (!pat || skipped < pat_skipped)) {
            pat = &p;
            target = tg;
            pat_skipped = skipped;
            if (skipped == 0) break;
          }
        }
      }
      // A passive fills a pattern's leading target slot with its subject, the
      // pattern's words following the verb or its by-phrase: "Japan was
      // asked by the United States to cut its surplus" is "ask * to",
      // "Nigeria was granted a loan by the World Bank" "grant * loan".
      // (A pattern that is the slot alone is the verb's bare use, for a verb
      // kept quiet without a slot: "Indian fishermen were freed by Sri
      // Lanka" is "free *".)
      // (Also over the verb's bare use, which matches anything: "was
      // stabbed to death" is "stab * to death", not "stab".)
      if ((!pat || pat->after.empty()) && passive) {
        const int32_t agent = AgentAfterBy(v, t + 1);
        for (const VerbPattern& p : verb.patterns) {
          // (A phrasal verb's particle, then the slot: "Haitian President
          // Jovenel Moise was gunned down by Colombian mercenaries" is "gun
          // down *".)
          if (p.after.size() == 2 && p.after[0].kind == PatternElem::kWord &&
              p.after[1].kind == PatternElem::kTarget && !p.discard && t + 1 < v.last &&
              a.tokens[t + 1].norm == p.after[0].word &&
              In(p.after[0].word, {"down", "up", "off", "out", "over", "away", "back"})) {
            pat = &p;
            break;
          }
          if (p.after.empty() || p.after[0].kind != PatternElem::kTarget) continue;
          int32_t tg = -1;
          uint32_t skipped = 0;
          if (MatchAfter(v, p, t + 1, &tg, &skipped, 1) ||
              (agent >= 0 && MatchAfter(v, p, v.mentions[agent].end, &tg, &skipped, 1))) {
            pat = &p;
            break;
          }
        }
      }
      // A compound subject's talks or cooperation on anything are with each
      // other: "Russian President Vladimir Putin and Turkish President Recep
      // Tayyip Erdogan discussed the situation in northern Syria" is the
      // verb's "with *" pattern with no target, each conjunct then acting on
      // the others (below).
      bool talks_among_subjects = false;
      if (!pat && !passive && v.parsed) {
        // (Or two subjects the parser did not join, "Russian President
        // Vladimir Putin and Turkish President Recep Tayyip Erdogan".)
        bool compound_subject = false;
        int subjects = 0;
        for (uint32_t s = v.first; s < t && !compound_subject; ++s) {
          if (HeadOf(v, s) != static_cast<int32_t>(t) || !Rel(v, s, "nsubj")) continue;
          const int32_t ms = v.MentionAt(s);
          if (ms >= 0 && !v.mentions[ms].code.empty() && ++subjects == 2 && s > v.first) {
            for (uint32_t c = v.mentions[ms].begin; c-- > v.first && !compound_subject;) {
              if (a.tokens[c].norm == "and") compound_subject = true;
              if (a.tokens[c].norm != "and" && v.MentionAt(c) < 0 && a.parse[c].upos != kADJ) break;
            }
          }
          for (uint32_t c = s + 1; c < t && ms >= 0 && !v.mentions[ms].code.empty(); ++c) {
            const int32_t mc = v.MentionAt(c);
            if (HeadOf(v, c) == static_cast<int32_t>(s) && Rel(v, c, "conj") && mc >= 0 && mc != ms &&
                !v.mentions[mc].code.empty())
              compound_subject = true;
          }
        }
        for (const VerbPattern& p : verb.patterns) {
          if (!compound_subject || p.discard || p.after.size() != 2 || p.after[0].kind != PatternElem::kWord ||
              p.after[0].word != "with" || p.after[1].kind != PatternElem::kTarget)
            continue;
          pat = &p;
          target = -1;
          talks_among_subjects = true;
          break;
        }
      }
      // A light verb whose object is a noun for an act names that act: "Turkey
      // carried out the arrest of American pastor Andrew Brunson" is arrest,
      // "Sri Lanka made an urgent request to India for a credit line"
      // request, "Myanmar's junta issued a rejection of ASEAN's request"
      // reject. The act's verb patterns are matched after the noun (after its
      // "of"), and with no pattern its bare entry takes the noun's "to",
      // "against", "on", "with" or "of" phrase as the target.
      int32_t light_target = -1;
      int32_t attacked_place = -1;  // the light verb's force is on this place noun (PlaceOfAttackedObject)
      uint32_t attacked_noun = 0;
      if (!pat && v.parsed &&
          In(verb.lemma, {"make", "issue", "carry", "mount", "launch", "give", "announce", "voice", "stage", "lodge",
                          "conduct", "deliver", "extend", "express"})) {
        uint32_t noun = UINT32_MAX;
        for (uint32_t u = t + 1; u < v.last && u < t + 6 && noun == UINT32_MAX; ++u) {
          if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "obj") && a.parse[u].upos == kNOUN) noun = u;
        }
        std::string_view act;
        if (noun != UINT32_MAX) {
          act = lex.ActNounVerb(a.parse[noun].lemma);
          if (act.empty()) act = lex.ActNounVerb(a.tokens[noun].norm);
        }
        // (A noun of a phrasal verb carries its particle: "carried out the
        // handover of a fugitive to Italian police" is "hand over fugitive to
        // *", matched from after the particle.)
        std::string_view particle;
        if (const size_t sp = act.find(' '); sp != std::string_view::npos) {
          particle = act.substr(sp + 1);
          act = act.substr(0, sp);
        }
        const int32_t li = act.empty() ? -1 : lex.FindVerb(act);
        if (li >= 0) {
          const VerbEntry& lv = lex.verbs[li];
          const uint32_t after = noun + 1 < v.last && a.tokens[noun + 1].norm == "of" ? noun + 2 : noun + 1;
          for (const VerbPattern& p : lv.patterns) {
            if (p.discard || p.after.empty()) continue;
            const bool takes_particle =
                !particle.empty() && p.after[0].kind == PatternElem::kWord && p.after[0].word == particle;
            if (!particle.empty() && (!takes_particle || p.after.size() < 2)) continue;
            int32_t tg = -1;
            uint32_t skipped = 0;
            if (MatchAfter(v, p, after, &tg, &skipped, takes_particle ? 1 : 0)) {
              pat = &p;
              target = tg;
              break;
            }
          }
          for (const VerbPattern& p : lv.patterns) {
            if (pat || p.discard || !p.after.empty() || !particle.empty()) continue;
            // (Or hung on the light verb: "made an urgent request to India".)
            for (uint32_t u = noun + 1; u < v.last && light_target < 0; ++u) {
              const bool of_noun = HeadOf(v, u) == static_cast<int32_t>(noun) && Rel(v, u, "nmod");
              const bool of_verb = HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "obl") && CaseOf(v, u) != "of";
              // (A force's "against" phrase anywhere under the noun: "a strike
              // with ... weapons against facilities", hung on the weapons.)
              const bool aimed = p.code >= "18" && Rel(v, u, "nmod") && Dominates(v, noun, u) &&
                                 In(CaseOf(v, u), {"against", "on"});
              if (!(of_noun || of_verb || aimed) || !In(CaseOf(v, u), {"to", "against", "on", "with", "of"})) continue;
              // (A force's target by its owner too: "delivered a massive strike
              // ... against facilities of Ukraine's military-industrial complex".)
              light_target = ArgumentActor(v, u, p.code >= "18" ? ActKind::kForce : ActKind::kOther);
              // (Or, for force, the first actor inside the phrase aimed at: the
              // facilities are Ukraine's.)
              if (light_target < 0 && p.code >= "18" && In(CaseOf(v, u), {"against", "on"}))
                light_target = FirstActorUnder(v, u, u);
              // (Or, for force on a place with no actor of its own, the
              // place's country, once the source is known: "carried out
              // attacks on hotels and a railway station in Mumbai".)
              if (light_target < 0 && attacked_place < 0 && p.code >= "18" && In(CaseOf(v, u), {"against", "on"}) &&
                  Rel(v, u, "nmod") && HeadOf(v, u) == static_cast<int32_t>(noun) &&
                  IsAttackedPlaceNoun(a.parse[u].lemma))
                attacked_place = static_cast<int32_t>(u);
            }
            if (light_target >= 0 || attacked_place >= 0) {
              pat = &p;
              target = light_target;
              if (light_target >= 0) attacked_place = -1;
              attacked_noun = noun;
            }
            break;
          }
        }
      }
      // A passive whose subject is the pattern's first word: "Sanctions on
      // Libya were lifted by the United Nations Security Council" is "lift
      // sanctions on *", "Sweeping sanctions were imposed on Russia's central
      // bank by the European Union" "impose sanctions on *" (the rest of the
      // pattern inside the subject's phrase, or after the verb).
      int32_t subject_pattern_target = -1;
      if ((!pat || pat->after.empty()) && passive && v.parsed) {
        uint32_t subj = UINT32_MAX;
        for (uint32_t u = v.first; u < t && subj == UINT32_MAX; ++u) {
          if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "nsubj:pass")) subj = u;
        }
        for (const VerbPattern& p : verb.patterns) {
          if (subj == UINT32_MAX || p.after.size() < 2 || p.after[0].kind != PatternElem::kWord || p.discard) continue;
          const std::string& w = p.after[0].word;
          // (Or the counted thing: "More than 100 tonnes of food ... were
          // delivered to Haiti".)
          uint32_t counted = subj;
          if (a.tokens[subj].norm != w) {
            for (uint32_t u = subj + 1; u < t; ++u) {
              if (HeadOf(v, u) == static_cast<int32_t>(subj) && Rel(v, u, "nmod") && CaseOf(v, u) == "of") {
                counted = u;
                break;
              }
            }
          }
          const std::string_view head = a.tokens[counted].norm;
          if (!(head == w || (head.size() == w.size() + 1 && head.starts_with(w) && head.back() == 's'))) continue;
          int32_t tg = -1;
          uint32_t skipped = 0;
          if ((MatchAfter(v, p, subj + 1, &tg, &skipped, 1) && tg >= 0 && v.mentions[tg].end <= t) ||
              (MatchAfter(v, p, t + 1, &tg, &skipped, 1) && tg >= 0)) {
            pat = &p;
            subject_pattern_target = tg;
            break;
          }
        }
      }
      // A deployment or flight made "in a show of force" is one (150),
      // whatever its verb: "The U.S. Navy sent the aircraft carrier Nimitz
      // towards the Taiwan Strait in a show of force against China", "B-1B
      // bombers flew over the Korean peninsula in a show of force against
      // North Korea". (Its target: ThreatAnswered, below.)
      // (Also a verb whose bare entry is no event: "sail", "roar".)
      // (Also over a deployment's own code: "sent an aircraft carrier strike
      // group to the Middle East in a show of force aimed at deterring Iran"
      // demonstrates force at Iran, 150, rather than mobilising, 154.)
      if ((!pat || (pat->discard && pat->after.empty()) || (!pat->discard && pat->code.starts_with("15"))) &&
          v.parsed && ShowOfForceMadeBy(v, t)) {
        static const VerbPattern kShowOfForce = [] {
          VerbPattern p;
          p.code = "150";
          p.rule = "(coder) a deployment made in a show of force: 150";
          return p;
        }();
        pat = &kShowOfForce;
      }
      // A telephone call received (its caller and receiver are set below).
      int32_t call_received = -1;  // the object "call"
      if ((!pat || (pat->discard && pat->after.empty())) && v.parsed && a.parse[t].lemma == "receive") {
        static const VerbPattern kCallReceived = [] {
          VerbPattern p;
          p.code = "041";
          p.rule = "(coder) a telephone call received: 041";
          return p;
        }();
        for (uint32_t u = t + 1; u < v.last; ++u) {
          if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "obj") && a.parse[u].lemma == "call") {
            pat = &kCallReceived;
            call_received = static_cast<int32_t>(u);
            break;
          }
        }
      }
      // Goods sent, named in a list our patterns do not spell out: a verb of
      // conveying whose object names relief goods is humanitarian aid (073),
      // arms military aid (072): "The United States airlifted food to famine
      // victims in Somalia", "Turkey sent a ship loaded with thousands of
      // tonnes of food, tents and medicine to Mogadishu". (Its target: the
      // bare pattern's, the object or oblique.)
      if ((!pat || (pat->discard && pat->after.empty())) && v.parsed) {
        static const VerbPattern kReliefSent = [] {
          VerbPattern p;
          p.code = "073";
          p.rule = "(coder) relief goods conveyed: 073";
          return p;
        }();
        static const VerbPattern kArmsSent = [] {
          VerbPattern p;
          p.code = "072";
          p.rule = "(coder) arms conveyed: 072";
          return p;
        }();
        const int goods = GoodsConveyed(v, t);
        if (goods == 1) pat = &kReliefSent;
        if (goods == 2) pat = &kArmsSent;
        // (The target: the first actor in the verb's own phrases after it,
        // "to famine victims in Somalia", "a ship loaded with ... to
        // Mogadishu".)
        for (uint32_t u = t + 1; goods && u < v.last && target < 0; ++u) {
          const int32_t m = v.MentionAt(u);
          if (m >= 0 && v.mentions[m].begin == u && !v.mentions[m].code.empty() &&
              Dominates(v, t, v.mentions[m].head))
            target = m;
        }
      }
      if (!pat || pat->discard) continue;  // `---`: this use of the verb is no event
      if (pat_skipped == 0 && !pat->after.empty() && pat->after[0].kind == PatternElem::kWord && t + 1 < v.last &&
          a.tokens[t + 1].norm == pat->after[0].word)
        pattern_word = t + 1;
      std::vector<std::string> rules;
      rules.push_back("verbs: " + pat->rule);
      std::string code = pat->code;
      int32_t source = -1;
      int32_t complement = -1;  // the clause a target was taken from (ComplementTarget)
      bool place_country = false;  // the target is a capital naming an attacked place (PlaceOfAnAttack)
      if (passive) {
        source = AgentAfterBy(v, t + 1);
        if (source < 0) source = parse_agent;
        // (With no agent, the one who claimed the attack or is blamed for it:
        // "was assassinated near Tehran in an attack that Iranian officials
        // blamed on Israel".)
        if (source < 0 && v.parsed && IsForceCode(code)) {
          source = ClaimantOfAttack(v, t);
          if (source >= 0) rules.push_back("coder: source is the one who claimed the attack or is blamed for it");
        }
        // With a parse the target is the passive subject, and a relative
        // pronoun stands for its antecedent ("another proposal ..., which is
        // also opposed by the United States": the proposal, no actor), not
        // the nearest actor before the verb.
        bool pass = false;
        const int32_t slot_target = target;
        const int32_t subject = v.parsed ? SourceFromParse(v, t, &pass) : -1;
        target = subject >= 0 ? subject : subject == -2 ? -1 : SourceLeft(v, t);
        if (!pat->passive_code.empty()) code = pat->passive_code;
        if (subject_pattern_target >= 0) {
          target = subject_pattern_target;
          rules.push_back("coder: passive whose subject is the pattern's first word; the pattern's slot is the target");
        } else if (slot_target >= 0 && !pat->after.empty() && pat->after[0].kind != PatternElem::kTarget &&
                   !v.mentions[slot_target].code.empty() && slot_target != source) {
          // The pattern's own slot after the verb names the recipient, and
          // the subject is only what was moved: "Viktor Bout was extradited
          // by Thailand to the United States" is "extradite to *", as its
          // active form is.
          target = slot_target;
          rules.push_back(
              "coder: passive whose pattern names the target after the verb (the subject is what was moved)");
        } else {
          rules.push_back("coder: passive (subject is the target, by-phrase the source)");
        }
        // A victim of force named by a bare actor adjective is that party's,
        // as the object of the active form would be: "A Japanese schoolboy
        // was stabbed to death ... by a Chinese man" (JPN).
        if ((target < 0 || mentions[target].code.empty()) && v.parsed &&
            (code.starts_with("18") || code.starts_with("19") || code.starts_with("20"))) {
          const int32_t victim = PassiveSubjectsAdjective(v, t);
          if (victim >= 0) {
            target = victim;
            rules.push_back("coder: the passive subject's actor adjective is the target");
          }
        }
        // (A show of force sent to a region answers the party named by
        // its response: "warships were sent to eastern Europe by NATO allies
        // ... in response to Russia's military build-up".)
        if (v.parsed && code.starts_with("15") && source >= 0 &&
            (target < 0 || v.mentions[target].code.empty() || IsRegionCode(v.mentions[target].code))) {
          const int32_t answered = ThreatAnswered(v, t, source);
          if (answered >= 0) {
            target = answered;
            rules.push_back("coder: target is the party the show of force answers (after, as, in response to)");
          }
        }
      } else {
        bool parse_says_no_actor = false;
        // A passive participle with its agent ("the 13/16 points offered to
        // Mexico last year by its creditor banks"): the agent is the source,
        // and an agent without an actor means no event.
        // (A participle: no subject or auxiliary of its own; the tagger
        // sometimes calls it a past tense, "the aid offered to Peru by the
        // World Bank". And the agent with its "by": the parser also labels
        // other phrases so.)
        int32_t by_agent = -1;
        if (v.parsed && (a.parse[t].xpos == "VBN" || a.parse[t].xpos == "VBD")) {
          bool own_subject = false;
          for (uint32_t u = v.first; u < v.last && !own_subject; ++u) {
            if (HeadOf(v, u) != static_cast<int32_t>(t)) continue;
            own_subject = Rel(v, u, "nsubj") || Rel(v, u, "csubj") || Rel(v, u, "aux");
            if (Rel(v, u, "obl:agent") && by_agent < 0) by_agent = static_cast<int32_t>(u);
          }
          if (own_subject) by_agent = -1;
        }
        if (by_agent >= 0) {
          bool by = false;
          for (uint32_t u = v.first; u < static_cast<uint32_t>(by_agent) && !by; ++u) {
            by = HeadOf(v, u) == by_agent && a.tokens[u].norm == "by";
          }
          if (!by) by_agent = -1;
        }
        if (by_agent >= 0) {
          source = MentionOfPhrase(v, static_cast<uint32_t>(by_agent));
          if (source < 0) continue;
          rules.push_back("coder: source is the agent of the passive participle in the parse");
        } else if (v.parsed) {
          bool pass = false;
          int32_t m = SourceFromParse(v, t, &pass);
          // (A passive subject is what is acted on; with no agent found the
          // doer is unknown: "A Pakistani prisoner was beaten to death by
          // fellow inmates" is no act of Pakistan's.)
          // (But forces put on alert are their own country's show of force:
          // "Armenian forces were placed on full combat readiness along the
          // border with Azerbaijan".)
          if (m >= 0 && pass && PassiveInParse(v, t) && !code.starts_with("15")) m = -2;
          // (Nor is the thing attacked the doer of the violence its attack
          // caused: "Malaysia Airlines flight MH17 was shot down over eastern
          // Ukraine, killing all 298 people on board" — the killer is the
          // passive's agent, if named.)
          if (m >= 0 && pass && !PassiveInParse(v, t) && a.parse[t].xpos == "VBG" && Rel(v, t, "advcl") &&
              IsForceCode(code)) {
            const int32_t head = HeadOf(v, t);
            int32_t agent = -2;
            for (uint32_t u = v.first; u < v.last && head >= 0; ++u) {
              if (HeadOf(v, u) == head && Rel(v, u, "obl:agent")) {
                const int32_t am = MentionOfPhrase(v, u);
                if (am >= 0) agent = am;
              }
            }
            m = agent;
          }
          if (m >= 0) {
            source = m;
            rules.push_back("coder: source is the subject in the parse");
          }
          parse_says_no_actor = m == -2;
        }
        // A weapon or an attack that acts, with its doer in a participle:
        // "A car bomb planted by ETA killed two policemen", "a missile fired
        // by Houthi rebels hit a tanker".
        if ((source < 0 || mentions[source].code.empty()) && v.parsed) {
          if (const int32_t doer = AgentOfSubjectParticiple(v, t); doer >= 0) {
            source = doer;
            parse_says_no_actor = false;
            rules.push_back("coder: source is the by-agent of the subject's participle in the parse");
          }
        }
        // Or the one who claimed it or is blamed for it, for an act of force:
        // "A car bomb destroyed the Israeli embassy ..., in an attack claimed
        // by the Lebanon-based Islamic Jihad Organisation".
        if ((source < 0 || mentions[source].code.empty()) && v.parsed && IsForceCode(code)) {
          if (const int32_t claimant = ClaimantOfAttack(v, t); claimant >= 0) {
            source = claimant;
            parse_says_no_actor = false;
            rules.push_back("coder: source is the one who claimed the attack or is blamed for it");
          }
        }
        // "it" or "they" as the subject stands for the subject of an earlier
        // clause before the nearest actor: "Japan would complain to the
        // General Agreement on Tariffs and Trade, as it said it would, and
        // seek new talks with Washington" (Japan seeks them, not GATT).
        if (source < 0 && !parse_says_no_actor && v.parsed) {
          source = SubjectAntecedent(v, t);
          if (source >= 0) rules.push_back("coder: the pronoun subject stands for the subject of an earlier clause");
        }
        if (source < 0 && !parse_says_no_actor) {
          source = SourceLeft(v, t);
          // Inside a quotation, "we" or "I" as the verb's subject is the
          // speaker, not the nearest actor before it: "When Pickens and Icahn
          // get together we want people to know about it," Proxmire said.
          if (source >= 0 && v.parsed && q >= 0 && quotes.speaker[q] >= 0) {
            for (uint32_t u = v.first; u < t; ++u) {
              if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "nsubj") &&
                  In(a.tokens[u].norm, {"we", "i"})) {
                source = -1;
                break;
              }
            }
          }
          // With a parse, not an actor the parse makes the object or oblique of
          // another word ("the four had left Tehran earlier today and would
          // arrive in London": Tehran is where they left).
          if (source >= 0 && v.parsed && ArgumentOfAnother(v, v.mentions[source].head, t)) source = -1;
          // Nor one between the clause's own subject, a name we do not know,
          // and the verb, outside that subject's phrase: "Duffy is on a
          // two-day visit to Malaysia after talks in ... Thailand, and leaves
          // for Indonesia" (Duffy leaves, not Thailand). (Inside it, an
          // apposition names the actor: "Galuzin, Russia's deputy foreign
          // minister, said".)
          if (source >= 0 && v.parsed) {
            int32_t subj = -1;
            uint32_t cur = t;
            for (int depth = 0; depth < 4 && subj < 0; ++depth) {
              for (uint32_t u = v.first; u < cur && subj < 0; ++u) {
                if (HeadOf(v, u) == static_cast<int32_t>(cur) && Rel(v, u, "nsubj")) subj = static_cast<int32_t>(u);
              }
              if (subj >= 0 || !Rel(v, cur, "conj") || HeadOf(v, cur) < 0) break;
              cur = static_cast<uint32_t>(HeadOf(v, cur));
            }
            const Mention& sm = v.mentions[source];
            // (A verb or copula between them: the subject's clause goes on
            // past it. Not "Johnston, of Louisiana, and fellow Democrat
            // William Proxmire ... accused", the parser's subject a conjunct.)
            bool clause_between = false;
            for (uint32_t u = static_cast<uint32_t>(std::max(subj, 0)) + 1; u < sm.begin && subj >= 0; ++u) {
              clause_between = clause_between || a.parse[u].upos == kVERB || a.parse[u].upos == kAUX;
            }
            if (subj >= 0 && clause_between && a.parse[subj].upos == kPROPN &&
                v.MentionAt(static_cast<uint32_t>(subj)) < 0 && sm.begin > static_cast<uint32_t>(subj)) {
              uint32_t u = sm.head;
              for (int guard = 0; guard < 8 && u != static_cast<uint32_t>(subj) && HeadOf(v, u) >= 0; ++guard)
                u = static_cast<uint32_t>(HeadOf(v, u));
              if (u != static_cast<uint32_t>(subj)) source = -1;
            }
          }
          // A participle modifying a noun that names no actor is that noun's
          // act, not the nearest actor's, where the noun is plainly another's:
          // before its noun ("larger numbers of visiting Japanese tourists"),
          // or the noun is the object of a clause with a subject of its own
          // ("a ruling that vacated a judgment ordering China to pay"). (A
          // statement an actor issues is its own: "EC foreign ministers
          // issued a statement deploring Japan's continued trade imbalance".)
          if (source >= 0 && v.parsed && v.a.parse[t].deprel_name == "acl" && v.a.parse[t].xpos == "VBG") {
            const int32_t noun = HeadOf(v, t);
            if (noun >= 0 && MentionOfPhrase(v, static_cast<uint32_t>(noun)) < 0 &&
                (static_cast<uint32_t>(noun) > t || ArgumentOfAnotherSubject(v, static_cast<uint32_t>(noun)) ||
                 !SourcesOwnThing(v, static_cast<uint32_t>(noun))))
              source = -1;
          }
          // An unresolved "it" as the subject is not a "he" or "she" ("He was
          // responding to Iran's announcement that it had launched its second
          // offensive": not "he").
          if (source >= 0 && v.parsed && v.mentions[source].pronoun) {
            for (uint32_t u = v.first; u < t; ++u) {
              if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "nsubj") && a.tokens[u].norm == "it") {
                source = -1;
                break;
              }
            }
          }
          if (source >= 0) rules.push_back("coder: source is the nearest actor before the verb");
        }
        // (Also for a pattern of literal words only: "reject peace plan" in
        // "rejected a Senegalese peace plan" names its target in the object.)
        const bool target_slot = std::any_of(pat->after.begin(), pat->after.end(), [](const PatternElem& e) {
          return e.kind == PatternElem::Kind::kTarget;
        });
        // (A pattern of literal words only when the verb has an object: not
        // "decline to" in "continue to decline in relation to the currencies
        // of Taiwan", nor "agree to" in "the adjustments agreed to in Paris";
        // but "offer to" in "offer wheat to the Soviet Union".)
        // (Or when a literal word is a content word, the pattern naming the
        // act itself: "went on strike against the Polish government".)
        bool has_object = pat->after.empty();
        for (const PatternElem& e : pat->after) {
          has_object = has_object ||
                       (e.kind == PatternElem::Kind::kWord &&
                        !In(e.word, {"to", "with", "for", "on", "in", "of", "at", "from", "by", "against", "about",
                                     "over", "into", "upon", "up", "out", "off", "down", "back", "away", "not", "that"}));
        }
        has_object = has_object || (v.parsed && HasObject(v, t));
        // (The kind of act for ArgumentActor and TargetFromParse: an appeal
        // or demand, roots 02 and 10; an investigation, disapproval or
        // rejection, 09, 11 and 12; cooperation or support, roots 01 and
        // 03-08; a sanction or restriction, 16-17; force, 18-20; other.)
        const ActKind kind = code.starts_with("02") || code.starts_with("10") ? ActKind::kAppeal
                             : code.starts_with("09") || code.starts_with("11") || code.starts_with("12")
                                 ? ActKind::kScrutiny
                             : code < "09"                                     ? ActKind::kSupport
                             : code >= "18"                                    ? ActKind::kForce
                             : code.starts_with("16") || code.starts_with("17") ? ActKind::kSanction
                                                                               : ActKind::kOther;
        // (A pattern ending in "for" names what is asked for by it: "call
        // for" + "sanctions against Nigeria". Not other prepositions: "decline
        // to" in "continue to decline in relation to the currencies of Taiwan".)
        std::string_view object_case;
        if (!target_slot && !pat->after.empty() && pat->after.back().kind == PatternElem::Kind::kWord &&
            pat->after.back().word == "for") {
          object_case = pat->after.back().word;
          has_object = true;
        }
        if (target < 0 && v.parsed && !target_slot && has_object) {
          target = TargetFromParse(v, t, source, kind, object_case);
          // Formal recognition (054) is of a party or what it won, not of a
          // quality or a need: "recognised the honesty of Brazilian
          // exporters" (but "recognizing victories by Zoran Djindjic's
          // opposition coalition").
          if (target >= 0 && code == "054" && !passive) {
            for (uint32_t u = t + 1; u < v.last; ++u) {
              if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "obj") && v.MentionAt(u) < 0 &&
                  In(a.parse[u].lemma, {"honesty", "importance", "need", "effort", "role", "contribution", "achievement",
                                        "progress", "concern", "problem", "difficulty", "value", "merit", "validity",
                                        "sincerity", "goodwill", "seriousness", "right", "interest", "fact"}))
                target = -1;
            }
          }
          if (target >= 0) rules.push_back("coder: target is the object or oblique in the parse");
        }
        // Property seized is its owner's: "nationalised the power grid
        // operator owned by Spain's Red Electrica", "seized a giant Antonov
        // cargo plane belonging to a Russian airline", "seized control of
        // oil company YPF from Spain's Repsol".
        if (target < 0 && v.parsed && code.starts_with("171")) {
          target = OwnerOfSeized(v, t, source);
          if (target >= 0) rules.push_back("coder: target is the owner of the property seized");
        }
        if (target < 0 && v.parsed && code.starts_with("081")) {
          target = PlaceOfAnEasing(v, t, source);
          if (target >= 0) rules.push_back("coder: target is the place of the eased sanction in the parse");
        }
        // (Destroying property is force on a place too: "Israeli forces
        // demolished homes in the West Bank".)
        if (target < 0 && attacked_place >= 0) {
          target = PlaceOfAttackedObject(v, static_cast<uint32_t>(attacked_place), t, source, lex,
                                         static_cast<int32_t>(attacked_noun));
          if (target >= 0) rules.push_back("coder: target is the country of the place the act named is aimed at");
          place_country = target >= 0 && mentions[target].code.size() > 3;
        }
        if (target < 0 && v.parsed && (kind == ActKind::kForce || code == "1712")) {
          target = PlaceOfAnAttack(v, t, source, lex);
          if (target >= 0) rules.push_back("coder: target is the country of the attacked place in the parse");
          place_country = target >= 0 && mentions[target].code.size() > 3;
        }
        if (target < 0 && v.parsed && code == "196") {
          target = TruceComplainant(v, t, source);
          if (target >= 0) rules.push_back("coder: a truce broken is broken on the party that reports it");
        }
        if (target < 0 && v.parsed && kind == ActKind::kScrutiny && !code.starts_with("09")) {
          target = PlaceOfAJudgedAct(v, t, source, lex);
          if (target >= 0) rules.push_back("coder: target is the country whose own act is judged, named as its place");
        }
        // (Also where the object's first actor is the investigator's own
        // country, the victim of the act looked into, and another party is
        // its doer: "probed the downing of a Russian Su-24 jet by Turkish
        // fighters" looks into the Turks; "investigating alleged war crimes
        // by Croatian extremists against Serb civilians" stays at home.)
        const bool own_victim = target >= 0 && source >= 0 && !v.mentions[target].code.empty() &&
                                v.mentions[target].code.substr(0, 3) == v.mentions[source].code.substr(0, 3);
        if (v.parsed && code.starts_with("09") && (target < 0 || own_victim)) {
          const int32_t party = PartyOfAnInquiry(v, t, source);
          if (party >= 0 && (target < 0 || CaseOf(v, MentionTopWord(v, v.mentions[party])) == "by")) {
            target = party;
            rules.push_back("coder: target is the party named in what the investigation looks into");
          }
        }
        // (Also where the slot holds a victim of no country: "denied any
        // involvement in the nerve agent attack on former double agent
        // Sergei Skripal in the English city of Salisbury".)
        if ((target < 0 || mentions[target].code.empty()) && v.parsed && (code == "015" || code == "016")) {
          if (const int32_t victim = VictimOfAClaimedAct(v, t, source); victim >= 0) {
            target = victim;
            rules.push_back("coder: target is the party hurt by the act claimed or denied");
          }
        }
        if (target < 0 && v.parsed && (kind == ActKind::kSanction || kind == ActKind::kForce)) {
          target = PartyAnswered(v, t, source);
          if (target >= 0) rules.push_back("coder: target is the party the act answers (because, in retaliation for)");
        }
        // (Also where the pattern's slot holds the source's own forces: "put
        // its armed forces on high alert as China fired missiles".)
        // (Or a role of no country in the slot: "staged military drills near
        // the border with Azerbaijan".)
        if (v.parsed && code.starts_with("15") &&
            (target < 0 || OwnPeople(v, target) || v.mentions[target].code.empty() ||
             IsRegionCode(v.mentions[target].code) ||
             (source >= 0 && v.mentions[target].code.substr(0, 3) == v.mentions[source].code.substr(0, 3)))) {
          const int32_t answered = ThreatAnswered(v, t, source);
          if (answered >= 0) {
            target = answered;
            rules.push_back("coder: target is the party the show of force answers (after, as, in response to)");
          }
        }
        if (target < 0) {
          target = MentionStartingNear(v, SkipTimePhrase(v, t + 1), 2);
          // A pattern's literal words may precede the object: skip past them.
          if (target < 0 && !pat->after.empty()) target = MentionStartingNear(v, t + 1 + static_cast<uint32_t>(pat->after.size()), 2);
          // A misread verb's object may be named by a bare actor adjective, as
          // the parse would have taken it: "Israeli tanks shelled Palestinian
          // positions".
          if (target < 0 && misread) {
            for (int32_t id : v.modifier_ids) {
              const Mention& mm = v.mentions[id];
              if (mm.begin > t && mm.begin <= t + 2 && mm.end < v.last && !mm.code.empty() &&
                  !(a.tokens[mm.end].flags & (kTokPunct | kTokCapitalized))) {
                target = id;
                break;
              }
            }
          }
          // Nor on the surface is the subject's own people a target ("Israel
          // has strengthened its forces").
          if (target >= 0 && OwnPeople(v, target)) target = -1;
          // Nor a bare role word the parse makes an adjective, which the
          // resolver took for an earlier actor: "Libya was insisting on
          // official prices" (not the Saudi officials of an earlier sentence).
          if (target >= 0 && v.parsed) {
            const Mention& tm = v.mentions[target];
            // (Or of no country at all, which would leave the act with no
            // party: "South Korea and Japan kicked off a military exercise".)
            if ((tm.coref >= 0 || tm.code.empty()) && BareRoleWord(v, target) &&
                (Rel(v, tm.head, "amod") || Rel(v, tm.head, "compound")))
              target = -1;
          }
        }
        // A verb of intention or refusal with no target slot ("threaten",
        // "offer to", "refuse"): the party may be named in its open complement.
        if (target < 0 && v.parsed && StatesItsActInAComplement(a.parse[t].lemma) && !target_slot) {
          target = ComplementTarget(v, t, source, &complement);
          if (target >= 0) rules.push_back("coder: target is that of the verb's to-infinitive complement in the parse");
        }
        // A threat with no party of its own is made to whoever must meet its
        // condition: "Iran threatened to launch a new military offensive ...
        // unless Baghdad accepted its conditions".
        if (target < 0 && v.parsed && code.starts_with("13") && !target_slot) {
          target = ConditionSubject(v, t, source);
          if (target >= 0) rules.push_back("coder: a threat's target is the subject of its unless/if condition");
        }
        // A warning that the speaker's own side will act threatens the party
        // it would act on: "Erdogan warned that Ankara could cut diplomatic
        // ties with Israel" (not Ankara, the clause's subject).
        if (target >= 0 && source >= 0 && v.parsed && code.starts_with("13") &&
            SameActor(mentions[source].code, mentions[target].code)) {
          const int32_t acted_on = PartyOfOwnSidesAct(v, t, source, target);
          if (acted_on >= 0) {
            target = acted_on;
            rules.push_back("coder: a warning of the speaker's own act targets the party it acts on");
          }
        }
      }
      // What is returned or ceded goes to the party it is given to: "Portugal
      // would hand back Macao to China" yields to China, not to Macao.
      if (target >= 0 && v.parsed && (code.starts_with("084") || In(a.parse[t].lemma, {"cede"}))) {
        // (The parser may hang the "to" phrase on what is returned: "hand back
        // Hong Kong to China".)
        const int32_t returned = static_cast<int32_t>(mentions[target].head);
        for (uint32_t u = t + 1; u < v.last; ++u) {
          const int32_t h = HeadOf(v, u);
          if (!((h == static_cast<int32_t>(t) && Rel(v, u, "obl")) || (h == returned && Rel(v, u, "nmod"))) ||
              CaseOf(v, u) != "to")
            continue;
          const int32_t m = ArgumentActor(v, u, ActKind::kSupport);
          if (m >= 0 && m != source && m != target) {
            target = m;
            rules.push_back("coder: what is returned goes to the party it is given to");
          }
          break;
        }
      }
      // Reported speech: a quoted clause with no actor subject belongs to its
      // speaker — unless its subject is a third person the resolver left
      // open: "They were forced to use tear gas to disperse the miners,"
      // Antelo told journalists (they, not Antelo, dispersed them).
      bool third_person = false;
      if (source < 0 && q >= 0 && v.parsed) {
        uint32_t cur = t;
        for (int depth = 0; depth < 4 && !third_person; ++depth) {
          bool subject = false;
          for (uint32_t u = v.first; u < v.last && !subject; ++u) {
            if (HeadOf(v, u) != static_cast<int32_t>(cur) || !(Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass"))) continue;
            subject = true;
            third_person = In(a.tokens[u].norm, {"they", "he", "she"});
          }
          const int32_t h = HeadOf(v, cur);
          if (subject || h < 0 || !(Rel(v, cur, "xcomp") || Rel(v, cur, "advcl") || Rel(v, cur, "conj"))) break;
          cur = static_cast<uint32_t>(h);
        }
      }
      if (source < 0 && q >= 0 && quotes.speaker[q] >= 0 && !third_person) {
        source = quotes.speaker[q];
        rules.push_back("coder: source is the quoted speaker");
      }
      // An attribution verb with no object ("..., Galuzin warned."): the quote's first other actor.
      if (target < 0 && source >= 0 && q < 0) {
        for (size_t id = 0; id < quotes.range.size(); ++id) {
          if (quotes.attribution_verb[id] != static_cast<int32_t>(t)) continue;
          for (size_t m = 0; m < mentions.size(); ++m) {
            if (mentions[m].begin >= quotes.range[id].first && mentions[m].end <= quotes.range[id].second &&
                !mentions[m].code.empty() && !mentions[m].modifier &&
                !SameActor(mentions[m].code, mentions[source].code)) {
              target = static_cast<int32_t>(m);
              rules.push_back("coder: target is the first other actor of the quotation it introduces");
              break;
            }
          }
          break;
        }
      }
      // A crowd with no country of its own protests as the people of the
      // place it gathers in: "Hundreds of thousands of people rallied in
      // Istanbul ... to protest the Israeli attacks" (TURCVL).
      std::string place_source_code;
      if ((source < 0 || mentions[source].code.empty()) && v.parsed && code.starts_with("14")) {
        const int32_t place = CrowdsPlace(v, t);
        if (place >= 0) {
          source = place;
          place_source_code = mentions[place].code.substr(0, 3) + "CVL";
          rules.push_back("coder: a crowd protests as the people of the place it gathers in: " + place_source_code);
        }
      }
      // Armed men of no named side act as the armed men of the place they
      // strike in (ICEWS's "Unidentified Gunmen (Lebanon)"): "Gunmen
      // kidnapped U.S. embassy political officer William Buckley in West
      // Beirut" (LBNUAF).
      if ((source < 0 || mentions[source].code.empty()) && place_source_code.empty() && v.parsed &&
          (code.starts_with("18") || code.starts_with("19") || code.starts_with("20"))) {
        std::string role;
        const int32_t place = ArmedMensPlace(v, t, target, lex, &role);
        if (place >= 0) {
          source = place;
          place_source_code = mentions[place].code.substr(0, 3) + role;
          rules.push_back("coder: armed men of no named side act as those of the place they strike in: " +
                          place_source_code);
        }
      }
      if (source < 0 || mentions[source].code.empty()) continue;
      // A complaint made to an international body is aimed at the party it
      // is about: "Lebanon complained to the United Nations over two Israeli
      // air raids", "Syria has complained to the United Nations that Israeli
      // occupation authorities were blocking the export of citrus fruit".
      if (target >= 0 && v.parsed && code.starts_with("11") && mentions[target].code.starts_with("IGO")) {
        if (const int32_t about = ComplaintSubject(v, t, source, target); about >= 0) {
          target = about;
          rules.push_back("coder: a complaint to an international body is aimed at the party it is about");
        }
      }
      // A trip to a capital to deal with an international body there is a
      // visit to that body: "a Zambian delegation would leave for Washington
      // ... to complete negotiations with the IMF and World Bank".
      if (target >= 0 && v.parsed && code.starts_with("04") && mentions[target].actor >= 0 &&
          lex.actors[mentions[target].actor].kind == ActorKind::kCapital) {
        if (const int32_t body = BodyMetInCapital(v, t, mentions[source].code); body >= 0) {
          target = body;
          rules.push_back("coder: a trip to a capital to deal with an international body is a visit to that body");
        }
      }
      if (v.parsed) {
        const Embedding e = EmbeddingOf(v, t, mentions[source].head);
        int32_t speaker = -1;
        std::string_view demand;
        if (e == Embedding::kNotReported && ObligationSpeaker(v, t, &speaker, &demand) && !negated &&
            !SameActor(mentions[speaker].code, mentions[source].code) &&
            !CountryAndItsOwnAgent(mentions[speaker].code, mentions[source].code)) {
          CodedEvent ev = VerbEvent(si, speaker, source, t, std::string(demand));
          ev.rules = {"coder: a statement that " + mentions[source].code + " must or should act (" + pat->rule +
                      ") is a demand or appeal to it: " + ev.code};
          emit(std::move(ev));
        }
        if (e == Embedding::kNotReported) continue;
        if (options.article_year > 0 && DatedBefore(v, t, options.article_year - 1,
                                                             code.starts_with("17") || IsForceCode(code)))
          continue;
        if (SpanSinceAct(v, t)) continue;
        if (e == Embedding::kRefused && code.starts_with("01")) {
          // Declining to comment is itself CAMEO's 011 ("The ministry declined
          // to comment on the reports").
          code = "011";
          rules.push_back("coder: a refused statement is 011 (decline comment)");
        } else if (e == Embedding::kRefused) {
          // Refusing to act on someone is rejecting (CAMEO 12): "Pakistan has
          // refused to deploy peacekeepers in Iraq" is PAK -> IRQ 120, not a
          // deployment.
          rules.push_back("coder: a refused act is a rejection: " + code + " -> 120");
          code = "120";
        } else if (e == Embedding::kDenied) {
          negated = true;
          rules.push_back("coder: the complement of a denial or refusal is negated");
        }
        // A denied act is its doer's denial (016), aimed at the party it
        // would have hurt or helped: "Rwanda's government denied on Monday
        // that it was arming rebels fighting the Congolese army"; an act
        // owned up to is an acknowledgement (015): "NATO admitted that its
        // aircraft had mistakenly bombed the Chinese embassy". The act itself
        // stays negated or reported as it was.
        if (target >= 0 && !code.starts_with("01")) {
          int32_t g = HeadOf(v, t);
          // (Through "responsibility for" or "up to": "acknowledged
          // responsibility for shooting down", "owned up to shooting down".)
          if (g >= 0 && In(a.parse[g].lemma, {"responsibility", "involvement", "role"})) g = HeadOf(v, static_cast<uint32_t>(g));
          const bool denial = g >= 0 && e == Embedding::kDenied && a.parse[g].lemma == "deny";
          const bool owned = g >= 0 && e == Embedding::kNone && !negated &&
                             In(a.parse[g].lemma, {"acknowledge", "admit", "concede", "confess", "own"}) &&
                             (Rel(v, t, "ccomp") || Rel(v, t, "advcl") || Rel(v, t, "acl") || Rel(v, t, "xcomp"));
          if (denial || owned) {
            bool pass = false;
            const int32_t doer = SourceFromParse(v, static_cast<uint32_t>(g), &pass);
            if (doer >= 0 && !pass && !mentions[doer].code.empty() &&
                mentions[doer].code.substr(0, 3) == mentions[source].code.substr(0, 3) &&
                !SameActor(mentions[doer].code, mentions[target].code)) {
              CodedEvent ev = VerbEvent(si, doer, target, static_cast<uint32_t>(g), denial ? "016" : "015");
              ev.rules = rules;
              ev.rules.push_back(denial ? "coder: an act its doer denies is a denial of responsibility (016)"
                                        : "coder: an act its doer admits is an acknowledgement of responsibility (015)");
              emit(std::move(ev));
            }
          }
        }
        // A killing tried is an attempt, and the victim lived: "Iraqi agents
        // tried to assassinate former U.S. President George Bush" is 185,
        // also where the attempt's own pattern ("try to kill *") did not
        // reach the victim ("tried to kill a Ukrainian general").
        if (code.starts_with("18") || code.starts_with("19")) {
          const int32_t g = HeadOf(v, t);
          if (g >= 0 && Rel(v, t, "xcomp") && In(a.parse[g].lemma, {"try", "attempt", "plot", "conspire"}) &&
              In(a.parse[t].lemma, {"assassinate", "kill", "murder", "poison", "behead", "execute"})) {
            rules.push_back("coder: a killing tried is an attempt: " + code + " -> 185");
            code = "185";
          }
        }
      }
      if (negated && !options.emit_negated) continue;
      // A headline in capitals announcing "JAPAN TO HELP U.S. ON
      // ANTI-SUBMARINE DEFENCES" (the parser reads such headlines poorly).
      // (Also after a list: "IMF, DEVELOPMENT BANKS, TO ASSIST ECUADOR".)
      const bool headline_to = (tok.flags & kTokAllCaps) && mentions[source].end < t &&
                               (a.tokens[mentions[source].end].norm == "to" ||
                                (t >= v.first + 2 && a.tokens[t - 1].norm == "to" && a.tokens[t - 2].norm == ","));
      // (A decision to break relations or to strike is that act announced,
      // not a threat: "Tunisia has decided to break diplomatic relations with
      // Iran" is 161, not 1313.)
      // (Also up a chain of complements and purposes: "Iran decided to
      // continue its operations east of Basra to destroy Iraq's forces".)
      const int32_t governor = v.parsed ? HeadOf(v, t) : -1;
      bool decided = false;
      for (int32_t g = governor, k = 0; g >= 0 && k < 4 && !decided; ++k) {
        decided = a.parse[g].lemma == "decide";
        g = Rel(v, static_cast<uint32_t>(g), "xcomp") || Rel(v, static_cast<uint32_t>(g), "advcl")
                ? HeadOf(v, static_cast<uint32_t>(g))
                : -1;
      }
      // (What one "would continue to" do is done already: "Ottawa would
      // continue to apply a duty ... on U.S. corn imports" is the duty.)
      // (But not what one is keen or agrees to continue.)
      const bool continued = governor >= 0 && Rel(v, t, "xcomp") &&
                             In(a.parse[governor].lemma, {"continue", "keep"}) &&
                             !Rel(v, static_cast<uint32_t>(governor), "xcomp") &&
                             !Rel(v, static_cast<uint32_t>(governor), "advcl");
      if (!continued && (headline_to || IntendedAct(v, t))) {
        if (std::string_view ic = IntentCode(code); !ic.empty() && !(decided && ic.starts_with("13"))) {
          rules.push_back("coder: a future or intended act (will, agreed to ...): " + code + " -> " + std::string(ic));
          code = std::string(ic);
        } else if (ic.empty() && (v.parsed || headline_to) &&
                   (code.starts_with("01") || code.starts_with("02") || code.starts_with("09") ||
                    code.starts_with("114") || code.starts_with("115"))) {
          // A statement, appeal, investigation, formal complaint or lawsuit
          // still to come has no intent code in CAMEO and is not made yet:
          // "Lyng will ask the Japanese Government to remove all beef import
          // restrictions", "would be pleased to encourage U.S. firms",
          // "REAGAN TO LOBBY SENATORS ON HIGHWAY BILL", "GATT TO PROBE JAPAN'S
          // FARM IMPORT RESTRICTIONS", "Japan would complain to the General
          // Agreement on Tariffs and Trade". (A stance announced is taken
          // now: "the United States would insist Japan open its markets",
          // "will oppose all EC efforts", "would flatly reject".)
          continue;
        }
      }
      // A resolution's sponsor, not the body it was put to, is what a veto or
      // rejection acts on: "Russia vetoed a U.S.-sponsored U.N. resolution",
      // "vetoed an Algerian-drafted U.N. Security Council resolution".
      if (target >= 0 && code.starts_with("12") && mentions[target].code.starts_with("IGO")) {
        for (int32_t id : v.modifier_ids) {
          const Mention& mm = mentions[id];
          const std::string_view w = a.tokens[mm.end - 1].norm;
          if (mm.begin > t && mm.end <= mentions[target].begin && !mm.code.empty() &&
              (w.ends_with("-sponsored") || w.ends_with("-drafted"))) {
            target = id;
            rules.push_back("coder: a rejected resolution's sponsor is the target");
            break;
          }
        }
      }
      // A telephone call received is the caller's act on the receiver:
      // "Morocco's King Mohammed VI received a telephone call from French
      // President Jacques Chirac" (FRA -> MAR 041).
      if (call_received >= 0 && source >= 0 && !passive) {
        for (uint32_t u = t + 1; u < v.last; ++u) {
          const int32_t h = HeadOf(v, u);
          if ((h != static_cast<int32_t>(t) && h != call_received) || CaseOf(v, u) != "from") continue;
          const int32_t caller = ArgumentActor(v, u);
          if (caller < 0 || caller == source || mentions[caller].code.empty()) break;
          target = source;
          source = caller;
          rules.push_back("coder: a telephone call received is the caller's");
          break;
        }
      }
      if (talks_among_subjects) target = -1;
      // A hunger strike is aimed at whoever holds the strikers: "Palestinian
      // prisoners in Israeli jails began an open-ended hunger strike".
      if (target < 0 && v.parsed && code.starts_with("142")) {
        target = JailersCountry(v, source);
        if (target >= 0) rules.push_back("coder: a hunger strike is aimed at those holding the strikers");
      }
      // People arrested or tried for spying for a country: the act is aimed
      // at that country ("Turkish police detained 34 suspects on suspicion of
      // spying for Israel's intelligence agency Mossad"), where the people
      // have no country or the source's own.
      if (v.parsed && (code.starts_with("17") || code.starts_with("11")) &&
          (target < 0 || mentions[target].code.empty() ||
           SameActor(mentions[target].code.substr(0, 3), mentions[source].code.substr(0, 3)))) {
        const int32_t employer = SpiedFor(v, t);
        if (employer >= 0 && !SameActor(mentions[employer].code.substr(0, 3), mentions[source].code.substr(0, 3))) {
          target = employer;
          rules.push_back("coder: people held for spying for a country: the act is aimed at it");
        }
      }
      std::vector<int32_t> sources, targets;
      Conjuncts(v, source, &sources);
      // Two parties meeting "on the sidelines of the European Political
      // Community gathering" meet each other, not Europe: a region is no
      // partner of a compound subject's meeting or talks.
      if (target >= 0 && sources.size() >= 2 && (code.starts_with("04") || code == "036") &&
          mentions[target].code.size() >= 3 && IsRegionCode(std::string_view(mentions[target].code).substr(0, 3))) {
        target = -1;
        rules.push_back("coder: a region is no partner of a compound subject's meeting");
      }
      // (Nor are the prisoners two exchange a party: "Azerbaijan and Armenia
      // exchanged prisoners of war" is each side's release to the other.)
      if (target >= 0 && sources.size() >= 2 && code.starts_with("084") && mentions[target].code.empty() &&
          In(verb.lemma, {"exchange", "swap"}))
        target = -1;
      // Exercises two parties hold together are joint (062), no show of
      // force: "Egypt and the United States began the Bright Star military
      // exercises".
      if (target < 0 && sources.size() >= 2 && code == "150" &&
          In(verb.lemma, {"launch", "begin", "start", "kick", "conduct", "stage", "hold", "open"})) {
        code = "062";
        rules.push_back("coder: exercises a compound subject holds are joint: 150 -> 062");
      }
      // An act at home that names no party is aimed at home: a protest at the
      // protesters' own government, a curfew or police alert at the people
      // of the place (ImpliedDomesticTarget). The event has no target
      // mention, only the code.
      std::string implied;
      // (Police put on alert are CAMEO's police alert, 151, not a military
      // one: "Philippine police were placed on full alert in Manila".)
      if (code == "152" && mentions[source].code.size() == 6 && mentions[source].code.ends_with("COP")) {
        code = "151";
        rules.push_back("coder: police put on alert: 152 -> 151");
      }
      // (A place of the source's own country where it acts is no party, nor
      // are the police it sends: "Kenyan authorities sent hundreds of extra
      // police to Kisumu", "Zimbabwe deployed riot police across Harare", a
      // capital standing for its country's government.)
      // (Nor is the protesters' own country a party, its government is:
      // "Thousands of Iraqi Kurds demonstrated in Kirkuk calling for
      // independence from Iraq".)
      const bool protest_at_country =
          target >= 0 && v.parsed && mentions[target].code.size() == 3 &&
          mentions[source].code.compare(0, 3, mentions[target].code) == 0 &&
          (code.starts_with("14") || ((code.starts_with("10") || code.starts_with("02") || code == "114") &&
                                      !ProtestOfADemand(v, t).empty()));
      const bool home_place = target >= 0 && v.parsed && CodesAtHome(code) && !code.starts_with("14") &&
                              (mentions[target].code.empty() ||
                               ((mentions[target].code.size() == 3 ||
                                 (mentions[target].actor >= 0 &&
                                  lex.actors[mentions[target].actor].kind == ActorKind::kCapital)) &&
                                mentions[source].code.compare(0, 3, mentions[target].code, 0, 3) == 0));
      if ((target < 0 || home_place || protest_at_country) && v.parsed && sources.size() == 1) {
        const Mention& sm = mentions[source];
        const bool people = !place_source_code.empty() || CrowdSubject(v, t) ||
                            (sm.actor >= 0 && lex.actors[sm.actor].kind == ActorKind::kAdjective && sm.agent < 0);
        // (A demand made by a protest is the protest, below: "marched in
        // Kathmandu demanding an end to the monarchy".)
        const std::string_view protest = code.starts_with("10") || code.starts_with("02") || code == "114"
                                             ? ProtestOfADemand(v, t)
                                             : std::string_view();
        implied = ImpliedDomesticTarget(v, t, place_source_code.empty() ? source : -1,
                                        place_source_code.empty() ? sm.code : place_source_code,
                                        protest.empty() ? std::string_view(code) : protest, people);
      }
      // A state's force against a rebel-held place of its own country is
      // aimed at the rebels holding it: "Syrian army tanks shelled rebel-held
      // districts of Homs" (SYRMIL -> SYRREB).
      if (implied.empty() && v.parsed && sources.size() == 1 &&
          (code.starts_with("18") || code.starts_with("19") || code.starts_with("20")) &&
          mentions[source].code.size() >= 3 && !mentions[source].code.starts_with("IGO") &&
          (StateActor(mentions[source].code) ||
           (mentions[source].code.size() == 6 && In(std::string_view(mentions[source].code).substr(3), {"MIL", "COP", "SPY"}))) &&
          (target < 0 ||
           ((mentions[target].code.size() == 3 ||
             (mentions[target].actor >= 0 && lex.actors[mentions[target].actor].kind == ActorKind::kCapital)) &&
            mentions[source].code.compare(0, 3, mentions[target].code, 0, 3) == 0)) &&
          RebelHeldPlace(v, t))
        implied = mentions[source].code.substr(0, 3) + "REB";
      if (!implied.empty()) {
        targets = sources;
        rules.push_back("coder: an act at home naming no party is aimed at home: " + implied);
      } else if (target < 0) {
        // A compound subject of a mutual act with no object acts on itself:
        // "The United States and Jordan have agreed upon a pact" is USA -> JOR
        // and JOR -> USA. Mutual: a meeting or negotiation (036, 04x: "renewed
        // negotiations"), and verbs of agreeing, signing and cooperating whose
        // code is an agreement to cooperate (030, 031), cooperation (050, 06x)
        // or a signed agreement (057) or ceasefire (087x: "Bosnia and Slovenia
        // agreed to a ceasefire"); not offers, promises, praise or support,
        // which have a third party ("Italy and Greece supported the
        // Commission's view"), nor a passive ("were invited").
        const std::string_view lemma = v.parsed && !a.parse[t].lemma.empty() ? a.parse[t].lemma : verb.lemma;
        const bool talks = code.starts_with("04") || code == "036";
        const bool mutual =
            talks || ((code.starts_with("06") || code.starts_with("087") || code.starts_with("19") ||
                       In(code, {"030", "031", "050", "057"})) &&
                      (In(lemma, {"agree", "sign", "meet", "negotiate", "talk", "discuss", "cooperate", "reach", "hold",
                                  "conclude", "consult", "confer", "collaborate", "initial", "finalise", "finalize"}) ||
                       // (The dictionary's lemma too: the parse's lemma of a word unseen in training is a guess.)
                       In(verb.lemma, {"agree", "sign", "initial", "finalise", "finalize", "conclude", "ink", "hammer",
                                       "thrash"}) ||
                       // (Joint manoeuvres or projects two parties begin: "US and
                       // Philippine troops kicked off their Balikatan exercises".)
                       (code.starts_with("06") &&
                        In(verb.lemma, {"launch", "begin", "start", "kick", "conduct", "stage", "hold", "carry",
                                        "open"})) ||
                       // (A truce two begin or keep: "Israel and Hamas began a
                       // four-day truce".)
                       (code.starts_with("087") && In(verb.lemma, {"begin", "start", "observe"})) ||
                       // (Fighting between two: "Eritrean and Djiboutian troops
                       // clashed", "Kyrgyz and Tajik border guards exchanged gunfire".)
                       (code.starts_with("19") && In(verb.lemma, {"clash", "exchange", "skirmish", "trade"})))) ||
            // (Prisoners two exchange or swap: "Azerbaijan and Armenia
            // exchanged prisoners of war".)
            (code.starts_with("084") && In(verb.lemma, {"exchange", "swap"})) ||
            // (Relations two restore or establish: "Cuba and the United States
            // formally restored diplomatic relations".)
            (code == "054" && In(verb.lemma, {"establish", "restore", "normalize", "normalise", "resume", "reopen"}));
        if (sources.size() < 2 || !mutual || passive || (v.parsed && PassiveInParse(v, t))) continue;
        // Nor a gerund, an act not (yet) done: "the richer northern nations
        // such as Britain, West Germany and France are insisting on stricter
        // spending controls before agreeing to any reform".
        if (v.parsed && a.parse[t].xpos == "VBG") continue;
        // Not with a third party named after the verb or its complement
        // ("Brazil and China have pledged to cooperate with the ATPC").
        if (v.parsed && ThirdPartyOblique(v, t)) continue;
        targets = sources;
        rules.push_back("coder: compound subject, no object: each conjunct acts on the others");
      } else {
        if (mentions[target].code.empty() && DomesticRoleCode(lex, v, source, target).empty()) continue;
        Conjuncts(v, target, &targets);
      }
      // Athletes are not their country acting: "Japan's Olympic swimmers will
      // visit Paris next month for a training camp".
      if (v.parsed && SportsPeopleSubject(v, t)) continue;
      for (int32_t src : sources) {
        for (int32_t tgt : targets) {
          // A role of no stated country acted on by a country's own
          // institution belongs to that country: "Kenyan police arrested
          // opposition leaders" is KENCOP -> KENOPP.
          std::string domestic = !implied.empty()             ? implied
                                 : mentions[tgt].code.empty() ? DomesticRoleCode(lex, v, src, tgt, code)
                                                              : std::string();
          std::string place_rule;
          // (An attacked place named by its capital is the country's.)
          if (place_country && tgt == target && domestic.empty()) {
            domestic = mentions[tgt].code.substr(0, 3);
            place_rule = "coder: a place attacked near a capital is its country's: " + domestic;
          }
          // ... unless the people were hurt in another country's place: "Afghan
          // warplanes killed 22 people in ... a remote Pakistani village" are
          // Pakistan's civilians. (Violence against civilians only: "Reagan met
          // congressmen in Tokyo" stays domestic.)
          if (domestic.size() > 3 && domestic.ends_with("CVL") && code >= "17") {
            if (std::string place = ForeignPlaceOfAct(v, t, mentions[src].code); !place.empty()) {
              domestic = place + "CVL";
              place_rule = "coder: people hurt in a place of " + place + " are its civilians: " + domestic;
            }
          }
          // A "counterpart" holds the source's own role in another country:
          // "Lawmakers from Ontario asked their U.S. counterparts" are U.S.
          // legislators (the dictionary's default for the word is GOV).
          if (domestic.empty() && mentions[tgt].agent >= 0 && mentions[src].code.size() == 6 &&
              mentions[tgt].code.size() == 6 && !mentions[src].code.starts_with("IGO") &&
              !mentions[tgt].code.starts_with("IGO") &&
              In(a.tokens[mentions[tgt].head].norm, {"counterpart", "counterparts"}))
            domestic = mentions[tgt].code.substr(0, 3) + mentions[src].code.substr(3);
          // A state's own people named as a people ("Uighurs", "Rohingya
          // Muslims") whom its forces coerce or attack are its civilians:
          // "Chinese police arrested Uighurs" is CHNCOP -> CHNCVL.
          if (domestic.empty() && code >= "17" && mentions[tgt].code.size() == 3 &&
              mentions[src].code.size() > 3 && mentions[src].code.compare(0, 3, mentions[tgt].code) == 0 &&
              mentions[tgt].actor >= 0 && lex.actors[mentions[tgt].actor].kind == ActorKind::kAdjective &&
              OwnPeopleNamedAsAPeople(v, tgt)) {
            domestic = mentions[tgt].code + "CVL";
            place_rule = "coder: a state's own people named as a people are its civilians: " + domestic;
          }
          const std::string& tgt_code = domestic.empty() ? mentions[tgt].code : domestic;
          // A country's people who protest against their own government or
          // its bodies are protesters (OPP), not the country: "Thousands of
          // Israelis protested against the government" is ISROPP -> ISRGOV.
          // (Also a crowd of the country's people making a demand by protest:
          // "Tens of thousands of university students throughout Indonesia
          // staged mass demonstrations Saturday to demand political reforms by
          // President Suharto's government".)
          std::string protesters;
          const bool protest_act =
              code.starts_with("14") ||
              (v.parsed && (code.starts_with("10") || code.starts_with("02") || code == "114") &&
               !ProtestOfADemand(v, t).empty());
          if (protest_act && mentions[src].code.size() == 3 && mentions[src].agent < 0 && tgt_code.size() > 3 &&
              tgt_code.compare(0, 3, mentions[src].code) == 0 &&
              ((mentions[src].actor >= 0 && lex.actors[mentions[src].actor].kind == ActorKind::kAdjective &&
                a.tokens[mentions[src].head].norm.ends_with("s")) ||
               (v.parsed && CrowdOfPeopleSubject(v, t))))
            protesters = mentions[src].code + "OPP";
          if (implied.empty() &&
              (src == tgt || mentions[src].code.empty() || tgt_code.empty() || mentions[src].code == tgt_code ||
               (protesters.empty() && CountryAndItsOwnAgent(mentions[src].code, tgt_code))))
            continue;
          if (TalksWithCreditorBanks(v, src, tgt, tgt_code, code)) continue;
          // Nobody attacks in an accident: "a Japan Air Lines Co Ltd 747 crash
          // on August 12, 1985, that killed 520 people".
          if (code >= "18" && v.parsed && AccidentSubject(v, t)) continue;
          // Nor does spying or hacking that "targets" someone: "suspected
          // Chinese espionage targeting a member of the European Parliament"
          // is no attack (hacking is a cyber attack, 176, below).
          const std::string_view targeting = v.parsed && verb.lemma == "target" && code == "190"
                                                 ? NonForceTargeting(v, t)
                                                 : std::string_view();
          if (targeting == "-") continue;
          // A weapon's maker is no party to its use: "Iran had fired the
          // Chinese-made missile at a hulk".
          if ((code >= "18" || code.starts_with("15")) && mentions[tgt].modifier &&
              (a.tokens[mentions[tgt].end - 1].norm.ends_with("-made") ||
               a.tokens[mentions[tgt].end - 1].norm.ends_with("-built")))
            continue;
          // Speaking or talking to journalists is an interview, no meeting:
          // "Mikulic was speaking to West German journalists in an interview".
          if ((code.starts_with("04") || code == "036") && tgt_code.ends_with("MED")) continue;
          // A company that flies or sails to a country serves a route, it
          // makes no visit: "South African Airways, which currently flies to
          // Australia", "BRITISH AIRWAYS TO FLY TO TOKYO NON-STOP".
          if ((code.starts_with("04") || code == "036") && mentions[src].code.ends_with("BUS") &&
              In(verb.lemma, {"fly", "sail"}))
            continue;
          CodedEvent ev = VerbEvent(si, src, implied.empty() ? tgt : -1, t, code);
          ev.target_code = implied;
          ev.rules = rules;
          if (!targeting.empty()) {
            ev.code = std::string(targeting);
            ev.rules.push_back("coder: hacking that targets a party is a cyber attack: 190 -> 176");
          }
          // Expelling people, not a state's officials or forces, is 174:
          // "Russia expelled BBC correspondent Sarah Rainsford", "expelled all
          // South Korean workers from the Kaesong Industrial Complex".
          if (code == "166" && tgt_code.size() > 3 &&
              In(std::string_view(tgt_code).substr(tgt_code.size() - 3),
                 {"MED", "CVL", "LAB", "BUS", "EDU", "NGO", "CRM", "REF", "HLH"})) {
            ev.code = "174";
            ev.rules.push_back("coder: expelling people (not officials or forces) is 174");
          }
          // A crowd's force is a violent protest (145): "Protesters angry at
          // Rwanda's backing of M23 rebels attacked the Rwandan embassy".
          if (v.parsed && (code.starts_with("18") || code.starts_with("19")) && CrowdSubject(v, t)) {
            ev.code = "145";
            ev.rules.push_back("coder: a crowd's force is a violent protest: " + code + " -> 145");
          }
          // Killing one named person is an assassination (186): "Israeli
          // commandos killed PLO military chief Khalil al-Wazir", "Israeli
          // agents killed Iran's top nuclear scientist Mohsen Fakhrizadeh"
          // (the killed one, object or passive subject, a name; not "20
          // Indian soldiers", nor a country).
          if (v.parsed && In(code, {"190", "193", "180", "1823"}) &&
              In(a.parse[t].lemma, {"kill", "murder", "slay", "assassinate", "gun", "shoot"}) &&
              KilledOneNamedPerson(lex, v, t, tgt)) {
            ev.code = "186";
            ev.rules.push_back("coder: killing one named person is an assassination: " + code + " -> 186");
          }
          // Force with a chemical agent is chemical warfare (2041): "Ukrainian
          // soldiers were attacked with the banned choking agent chloropicrin
          // by Russian forces", "shelled the town with chlorine-filled
          // rockets" (the verb's "with" phrase, or what it drops or fires).
          if (v.parsed && (code.starts_with("18") || code.starts_with("19") || code.starts_with("20")) &&
              code != "2041" && ChemicalMeans(v, t)) {
            ev.code = "2041";
            ev.rules.push_back("coder: force with a chemical agent is chemical warfare: " + code + " -> 2041");
          }
          // Forces sent to another country to help it protect it (074), they
          // make no show of force against it: "Rwanda deployed 1,000
          // soldiers to Mozambique's Cabo Delgado province to help government
          // forces fight an Islamist insurgency", "sent troops at the request
          // of" (on the surface: the parser hangs the purpose anywhere).
          if (code.starts_with("15") && tgt_code.size() >= 3 && mentions[src].code.size() >= 3 &&
              tgt_code.compare(0, 3, mentions[src].code, 0, 3) != 0 && !IsRegionCode(tgt_code.substr(0, 3)) &&
              In(verb.lemma, {"deploy", "send", "dispatch", "station", "move", "rush", "fly"}) && SentToHelp(v, t)) {
            ev.code = "074";
            ev.rules.push_back("coder: forces sent to help another country protect it: " + code + " -> 074");
          }
          // A welcome given in person is hosting (043): "Xi Jinping welcomed
          // Russian President Vladimir Putin with a red-carpet ceremony".
          if (code == "051" && v.parsed && verb.lemma == "welcome" && WelcomedInPerson(v, t)) {
            ev.code = "043";
            ev.rules.push_back("coder: a welcome given in person at a place or with a ceremony is hosting: 051 -> 043");
          }
          // Working together for a practical task is material cooperation:
          // "Finland teamed up with Estonia to clean up an oil spill" (060),
          // "Dutch police teamed up with Belgium's federal police to dismantle
          // a cocaine smuggling network" (063).
          // (Not "work out" a programme: "to work out an economic adjustment
          // program with the IMF to combat rocketing inflation".)
          if (code == "050" && v.parsed && In(verb.lemma, {"team", "work", "cooperate", "collaborate", "join"}) &&
              !(t + 1 < v.last && a.tokens[t + 1].norm == "out")) {
            if (const std::string_view purpose = MaterialPurpose(v, t); !purpose.empty()) {
              ev.code = std::string(purpose);
              ev.rules.push_back("coder: working together for a practical task is material cooperation: 050 -> " +
                                 ev.code);
            }
          }
          // Forces, relief or military aid arriving is no visit: "Kenyan police
          // officers arrived in Haiti to lead a UN-backed security mission"
          // (074), "cargo planes laden with tents ... landed in Islamabad" (073).
          if (code == "042" && v.parsed && In(verb.lemma, {"arrive", "land", "touch", "fly"})) {
            if (const std::string_view help = ArrivalOfHelp(v, t); !help.empty()) {
              ev.code = std::string(help);
              ev.rules.push_back("coder: forces or aid arriving are aid, not a visit: 042 -> " + ev.code);
            }
          }
          // A demand made by marching or rallying is a demonstration for it
          // (141): "Thousands of Polish farmers marched through Warsaw to
          // demand that the European Union scrap its Green Deal rules".
          // (So is a complaint made so: "people rallied in Istanbul to protest
          // the Israeli attacks".) Likewise by a hunger strike, a strike,
          // blocking roads or a riot (142-145), and a demand for a change of
          // leader, policy, rights or regime (1041-1044) makes the protest's
          // fourth digit: "began a hunger strike demanding the resignation of
          // Prime Minister Khaleda Zia" is 1421.
          // (And an appeal made so, "demonstrated in Kirkuk calling for
          // independence from Iraq": CAMEO's 0241-0244 call for the same
          // changes as 1041-1044.)
          if ((code.starts_with("10") || code.starts_with("02") || code == "114") && v.parsed) {
            if (const std::string_view protest = ProtestOfADemand(v, t); !protest.empty()) {
              ev.code = std::string(protest);
              if (In(code, {"1041", "1042", "1043", "1044", "0241", "0242", "0243", "0244"})) ev.code += code.back();
              ev.rules.push_back("coder: a demand made by a protest is the protest: " + code + " -> " + ev.code);
            }
          }
          if (!place_source_code.empty()) ev.source_code = place_source_code;
          if (!protesters.empty()) {
            ev.source_code = protesters;
            ev.rules.push_back("coder: a country's people protesting against its own institutions are protesters: " +
                               protesters);
          }
          // A warning that something will happen which the source does not
          // threaten to do itself is a pessimistic comment (012), not a
          // threat: "The International Monetary Fund has warned Israel ... that
          // a continued rapid rise in wages could undo the achievements of its
          // economic stabilization program". (Still a threat when the clause's
          // subject is the source, or names a reprisal: "warned the European
          // Community that protectionist measures would bring a tough response".)
          // A warning that the one warned must or should act is a demand or an
          // appeal: "warned Tokyo its promised economic package in April must
          // be significant".
          std::string_view obligation;
          if (code == "130" && v.parsed && (obligation = WarnedObligation(v, t)) != "") {
            ev.code = std::string(obligation);
            ev.rules.push_back("coder: a warning that the one warned must or should act is a demand or appeal: 130 -> " +
                               ev.code);
          } else if (code == "130" && v.parsed && WarningOfNoThreat(v, t, mentions[src].code)) {
            ev.code = "012";
            ev.rules.push_back("coder: a warning of what the source does not threaten is a pessimistic comment: 130 -> 012");
          }
          // A place captured or seized is territory occupied (192), not a
          // person detained (173): "The Gaza Strip ... was captured by Israel
          // in the 1967 Middle East war".
          if (code == "173" && In(verb.lemma, {"capture", "seize"}) && mentions[tgt].agent < 0 &&
              mentions[tgt].actor >= 0 &&
              (lex.actors[mentions[tgt].actor].kind == ActorKind::kCountry ||
               lex.actors[mentions[tgt].actor].kind == ActorKind::kCapital)) {
            ev.code = "192";
            ev.rules.push_back("coder: a place captured is territory occupied: 173 -> 192");
          }
          // Armed forces that withdraw retreat (0874), whatever they leave:
          // "Iraqi forces withdrew from Kuwait City" (a state's bare
          // withdrawal is a reduction of relations, 160).
          if (code == "160" && In(verb.lemma, {"withdraw", "pull"}) &&
              (mentions[src].code.ends_with("MIL") || mentions[src].code.ends_with("PKO"))) {
            ev.code = "0874";
            ev.rules.push_back("coder: armed forces that withdraw retreat: 160 -> 0874");
          }
          // States that "clash" with no armed forces named quarrel (110):
          // "Britain and Japan clashed today over U.K. demands" (but "Indian
          // and Chinese troops clashed").
          if (code == "190" && verb.lemma == "clash" && StateActor(mentions[src].code)) {
            ev.code = "110";
            ev.rules.push_back("coder: states that clash without arms disagree: 190 -> 110");
          }
          // Protesters who attack, storm or torch something riot (145), they
          // make no military assault and destroy no property as a state
          // would: "Protesters attacked the French Embassy in Niamey",
          // "Thousands of Syrian demonstrators set fire to the Danish and
          // Norwegian embassies".
          if ((code.starts_with("18") || code.starts_with("19") || code == "1712") && mentions[src].agent >= 0) {
            const std::string_view w = a.tokens[mentions[src].head].norm;
            if (In(w, {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter",
                       "rioters", "mob", "mobs"})) {
              ev.code = "145";
              ev.rules.push_back("coder: protesters who attack riot: " + code + " -> 145");
            }
          }
          // Only a state arrests; rebels, militants and gunmen who capture or
          // seize people abduct them (181): "Hezbollah guerrillas captured
          // two Israeli soldiers in a cross-border raid".
          if (code.starts_with("173") && HasAgentSegment(mentions[src].code, {"REB", "INS", "UAF", "TER", "SEP"})) {
            ev.code = "181";
            ev.rules.push_back("coder: an armed group that captures people abducts them: 173 -> 181");
          }
          // A state that surrenders a person hands a suspect over (063), it
          // does not give up a fight: "Malian authorities surrendered
          // Islamist militant Al Hassan to the International Criminal Court".
          if (v.parsed && ev.code == "0874" && verb.lemma == "surrender") {
            for (uint32_t u = t + 1; u < v.last; ++u) {
              if (HeadOf(v, u) != static_cast<int32_t>(t) || !Rel(v, u, "obj")) continue;
              if (a.parse[u].upos == kPROPN ||
                  In(a.parse[u].lemma, {"suspect", "leader", "militant", "commander", "fugitive", "warlord"})) {
                ev.code = "063";
                ev.rules.push_back("coder: a person surrendered is a suspect handed over: 0874 -> 063");
              }
              break;
            }
          }
          // Troops sent as peacekeepers keep the peace (074), they make no
          // show of force: "Nigerian troops deployed to Liberia as part of an
          // ECOWAS peacekeeping force".
          if (ev.code.starts_with("15") && !ev.code.starts_with("152") && v.parsed) {
            bool peace = false;
            for (uint32_t u = t + 1; u < v.last && !peace; ++u) {
              peace = In(a.tokens[u].norm, {"peacekeeping", "peacekeepers", "peace-keeping", "peacekeeper",
                                            "stabilisation", "stabilization"}) &&
                      Dominates(v, t, u);
            }
            if (peace) {
              ev.rules.push_back("coder: forces sent to keep the peace: " + ev.code + " -> 074");
              ev.code = "074";
            }
          }
          // Force with chemical arms is CAMEO's 2041, whatever the verb:
          // "Iraqi warplanes dropped mustard gas bombs on the Iranian town of
          // Sardasht", "fired rockets loaded with sarin". (The words right
          // after the verb, in its own clause.)
          if (v.parsed && (code.starts_with("19") || code.starts_with("18"))) {
            bool chemical = false;
            for (uint32_t u = t + 1; u < v.last && u < t + 8 && !chemical; ++u) {
              const std::string_view w = a.tokens[u].norm;
              if (IsClauseBreak(a.tokens[u]) || w == ",") break;
              const std::string_view next = u + 1 < v.last ? a.tokens[u + 1].norm : std::string_view();
              chemical = In(w, {"sarin", "tabun", "chlorine", "mustard"}) ||
                         (In(w, {"poison", "nerve"}) && In(next, {"gas", "gases"})) ||
                         (w == "chemical" && In(next, {"weapons", "weapon", "arms", "bombs", "shells", "munitions",
                                                       "agents", "rockets", "attack"}));
            }
            if (chemical) {
              ev.rules.push_back("coder: force with chemical arms: " + ev.code + " -> 2041");
              ev.code = "2041";
            }
          }
          // Killing a named political figure (a state's official, an armed
          // group's commander) is an assassination, 186: "a Turkish off-duty
          // police officer shot dead Russian Ambassador Andrei Karlov",
          // "agents of Israel's Mossad killed senior Hamas commander Mahmoud
          // al-Mabhouh". (Not an unnamed one: "killed a Ukrainian general".)
          if (tgt >= 0 && (ev.code == "190" || ev.code == "193") && mentions[tgt].named &&
              In(verb.lemma, {"kill", "shoot", "murder", "gun", "stab", "slay"})) {
            const bool figure = HasAgentSegment(mentions[tgt].code, {"GOV", "ELI", "LEG", "OPP", "REB", "JUD"});
            // (Shot and killed, not shot and wounded: "shot dead", "killed".)
            const bool dead = verb.lemma != "shoot" ||
                              (t + 1 < v.last && In(a.tokens[t + 1].norm, {"dead"})) ||
                              (mentions[tgt].end < v.last && a.tokens[mentions[tgt].end].norm == "dead");
            if (figure && dead) {
              ev.rules.push_back("coder: killing a named political figure is an assassination: " + ev.code + " -> 186");
              ev.code = "186";
            }
          }
          // A bomb that kills or strikes is a bombing (183), not a battle:
          // "A Taliban roadside bomb killed three US soldiers" (1833), "a car
          // bomb ripped through" (1832), "a suicide bomber struck" (1831).
          if (v.parsed && (code.starts_with("19") || code == "180" || code.starts_with("182")) &&
              !code.starts_with("195")) {
            const std::string_view bombing = BombingKind(v, t);
            if (!bombing.empty()) {
              ev.rules.push_back("coder: the act's subject is a bomb: " + ev.code + " -> " + std::string(bombing));
              ev.code = std::string(bombing);
            }
          }
          // CAMEO's protest (14) is collective civilian action; a state that
          // "protests" complains officially (114): "Britain has also protested
          // the Japanese limitations", "INDONESIA PROTESTS AGAINST EC DUTY".
          // (Not a demonym's people, "Thousands of Iranians protested", nor
          // an act only crowds perform: a state does not rally, march or
          // demonstrate.)
          const Mention& sm = mentions[src];
          // (Nor a crowd named by what it is: "Supporters of Iraqi cleric
          // Moqtada al-Sadr stormed the Swedish embassy".)
          bool crowd_subject = false;
          for (uint32_t u = v.first; u < t && v.parsed && !crowd_subject; ++u) {
            crowd_subject = HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "nsubj") &&
                            (IsRoundQuantity(a.tokens[u].norm) ||
                             In(a.parse[u].lemma, {"supporter", "follower", "loyalist", "protester", "demonstrator",
                                                   "activist", "student", "crowd", "mob", "rioter"}));
          }
          const bool people = crowd_subject || (sm.actor >= 0 && lex.actors[sm.actor].kind == ActorKind::kAdjective &&
                                                sm.agent < 0 && a.tokens[sm.end - 1].norm.ends_with("s"));
          if (code.starts_with("14") && StateActor(sm.code) && !people &&
              !In(verb.lemma, {"rally", "demonstrate", "march", "riot", "picket", "strike"})) {
            // (A state's violence against property is no complaint: "Kenya
            // set fire to the Somali embassy" destroys property, 1712.)
            const bool violent = code.starts_with("145");
            ev.code = violent ? "1712" : "114";
            ev.rules.push_back(std::string("coder: a state's protest is ") +
                               (violent ? "the destruction of property: " : "an official complaint: ") + code + " -> " +
                               ev.code);
          }
          // An actor with no arms that "attacks", "blasts" or "hits" another
          // criticises it (111), and one that blockades a road or border
          // obstructs passage in protest (144): "EC ATTACKS JAPAN", "U.S. CORN
          // GROWERS BLAST CANADA CORN RULING", "Farmers blockaded the border
          // crossing with France".
          // (The dictionary's lemma: the parse's lemma of a word unseen in training is a guess.)
          const std::string_view lemma_here = verb.lemma;
          if ((code.starts_with("18") || code.starts_with("19") || code.starts_with("20")) &&
              UnarmedActor(mentions[src].code)) {
            // (A company that fights or battles its rivals competes: "German
            // carmakers are fighting Chinese rivals for market share" is
            // no event.)
            if (mentions[src].code.size() >= 6 && mentions[src].code.ends_with("BUS") &&
                In(lemma_here, {"fight", "battle", "beat", "crush", "attack", "hit", "take"}))
              continue;
            if (In(lemma_here, {"attack", "blast", "hit", "slam", "assail", "lash", "fight", "beat", "batter"})) {
              ev.code = "111";
              ev.rules.push_back("coder: an unarmed actor's attack is verbal: " + code + " -> 111");
            } else if (In(lemma_here, {"blockade", "block", "barricade"})) {
              ev.code = "144";
              ev.rules.push_back("coder: an unarmed actor's blockade obstructs passage: " + code + " -> 144");
            }
          }
          if (!domestic.empty() && implied.empty()) {  // (this event's rule only, not the next pair's)
            ev.target_code = domestic;
            const bool own =
                src >= 0 && mentions[src].code.size() >= 3 && domestic.compare(0, 3, mentions[src].code, 0, 3) == 0;
            ev.rules.push_back(
                !place_rule.empty() ? place_rule
                : own ? "coder: a role of no stated country takes its domestic source's country: " + domestic
                      : "coder: a role of no stated country takes the country of its place or adversary: " + domestic);
          }
          // Killing civilians by the score is a mass killing (202), driving
          // them out by the thousand a mass expulsion (201): "Al Shabaab
          // gunmen killed at least 48 people in the Kenyan coastal town of
          // Mpeketoni", "Dominican authorities deported more than 1,800
          // Haitian migrants" (CAMEO: large numbers of non-combatants; a few
          // hundred are deported individuals, 174, "Nepal began deporting
          // 122 Chinese nationals").
          // (Workers and refugees are civilians too, and so are a
          // nationality's people named by their demonym: "expelled about
          // 30,000 Tunisian workers", "deported more than 10,000 Haitians";
          // by the thousand, as CAMEO's own example of a deportation, 174,
          // names 168: "Ghanaian authorities have deported 168 Liberians".)
          const std::string tcode = tgt >= 0 ? ev.TargetCode(mentions) : std::string();
          const bool demonym_people =
              tgt >= 0 && tcode.size() == 3 && mentions[tgt].agent < 0 && mentions[tgt].actor >= 0 &&
              lex.actors[mentions[tgt].actor].kind == ActorKind::kAdjective && mentions[tgt].end == mentions[tgt].head + 1 &&
              a.tokens[mentions[tgt].head].norm.ends_with("s");
          const bool civilians = tcode.ends_with("CVL");
          if (v.parsed && tgt >= 0 &&
              (civilians || tcode.ends_with("LAB") || tcode.ends_with("REF") || demonym_people)) {
            const uint64_t count = CountBefore(v, mentions[tgt].begin);
            const bool killing = civilians && (code.starts_with("19") || code.starts_with("18")) && !code.starts_with("183") &&
                                 In(verb.lemma, {"kill", "massacre", "slaughter", "murder", "execute", "mow", "gun"});
            const bool expulsion = (code.starts_with("174") || code.starts_with("166")) &&
                                   In(verb.lemma, {"expel", "deport", "drive", "force", "push"});
            // (Not by air strikes, shells or a crash, which the sentence names:
            // "Afghan warplanes killed almost 150 people in bombing raids".)
            bool from_afar = false;
            for (uint32_t u = v.first; u < v.last && killing && !from_afar; ++u) {
              from_afar = In(a.parse[u].lemma, {"warplane", "jet", "plane", "aircraft", "drone", "helicopter", "bomber",
                                                "bombing", "raid", "airstrike", "strike", "shelling", "shell",
                                                "bombardment", "missile", "rocket", "artillery", "crash", "bomb"});
            }
            if (killing && count >= 20 && !from_afar) {
              ev.rules.push_back("coder: civilians killed by the score are a mass killing: " + ev.code + " -> 202");
              ev.code = "202";
            } else if (expulsion && count >= 1000u) {
              ev.rules.push_back("coder: civilians driven out by the thousand are a mass expulsion: " + ev.code +
                                 " -> 201");
              ev.code = "201";
            }
          }
          ev.negated = negated;
          emit(std::move(ev), complement);
        }
      }
    }
    // A statement that an actor must or should act is a demand or appeal to
    // it, whatever the act ("Russia said on Tuesday that Sudan must return a
    // Mi-26 helicopter", "Baker said that Brazil should come up with a new
    // economic plan"); a dictionary verb's clause was coded above, the same
    // way (emit drops the repeat).
    if (v.parsed && s.kind != BlockKind::kHeadline) {
      for (uint32_t t = v.first; t < v.last; ++t) {
        const uint8_t up = a.parse[t].upos;
        if ((up != kVERB && up != kADJ) || v.MentionAt(t) >= 0) continue;
        int32_t speaker = -1;
        std::string_view demand;
        if (!ObligationSpeaker(v, t, &speaker, &demand)) continue;
        bool passive = false;
        int32_t addressee = SourceFromParse(v, t, &passive);
        // "Baker told Japan that it must open its markets": the pronoun is
        // the one told.
        if (ItOrTheySubject(v, t) >= 0) addressee = ToldActor(v, t);
        if (addressee < 0 || passive || v.mentions[addressee].code.empty() || v.mentions[addressee].pronoun ||
            v.mentions[speaker].code == v.mentions[addressee].code ||
            SameActor(v.mentions[speaker].code, v.mentions[addressee].code) ||
            CountryAndItsOwnAgent(v.mentions[speaker].code, v.mentions[addressee].code))
          continue;
        if (EmbeddingOf(v, t, v.mentions[addressee].head) == Embedding::kDenied) continue;
        // An indefinite or counted party is no one addressed: "Tokyo's request
        // that only one private company should enter the market".
        bool indefinite = false;
        for (uint32_t k = v.mentions[addressee].begin; k-- > v.first && k + 2 >= v.mentions[addressee].begin;)
          indefinite = indefinite || In(a.tokens[k].norm, {"one", "only", "any", "no", "a", "an", "some", "every", "each"});
        if (indefinite) continue;
        // Each of a compound's members: "US and British forces must ensure
        // security".
        std::vector<int32_t> addressees;
        Conjuncts(v, addressee, &addressees);
        for (int32_t to : addressees) {
          if (v.mentions[to].code.empty() || SameActor(v.mentions[speaker].code, v.mentions[to].code) ||
              CountryAndItsOwnAgent(v.mentions[speaker].code, v.mentions[to].code))
            continue;
          CodedEvent ev = VerbEvent(si, speaker, to, t, std::string(demand));
          ev.rules = {"coder: a statement that " + v.mentions[to].code + " must or should act is a demand or appeal to it: " + ev.code};
          emit(std::move(ev));
        }
      }
    }
    if (s.kind != BlockKind::kHeadline) {  // (a headline's parse cannot tell nouns from verbs)
      std::vector<CodedEvent> named;
      CodeNounEvents(lex, v, si, &named);
      for (CodedEvent& ev : named) emit(std::move(ev));
    }
    DropEventsRepeatedByTheirComplement(v, first_out, &borrowed, out);
    DropLessSpecificCodes(mentions, first_out, out);
  }
}

}  // namespace dyad::events
