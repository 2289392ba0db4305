// PETRARCH2/TABARI pattern matching: a verb's window (its clause in the
// parse, or the surface up to the next clause break), pattern elements,
// synsets, and the subject and object a field pattern takes.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "coder_internal.h"
#include "dyad/parse.h"

namespace dyad::events {

namespace {
bool FieldTokenIs(const SentenceView& v, uint32_t t, const std::string& w, bool stem) {
  std::string_view n = v.a.tokens[t].norm;
  if (n == w) return true;
  if (stem) return n.size() >= w.size() && n.compare(0, w.size(), w) == 0;
  // TABARI's regular endings apply to nouns, actors, agents and verbs, not
  // to a pattern's exact words: RESOLUTION_ is "resolution" only.
  if (v.tabari) return false;
  if (n.size() > w.size() && n.compare(0, w.size(), w) == 0) {
    std::string_view suf = n.substr(w.size());
    if (suf == "s" || suf == "es" || suf == "'s") return true;
  }
  if (v.parsed && v.a.parse[t].lemma == w) return true;
  return false;
}
// Matches one phrase (words) at token t within the window; returns its length or 0.
uint32_t PhraseAt(const FieldCtx& c, uint32_t t, const std::vector<std::string>& words, bool stem_last,
                  int depth);
uint32_t SynsetAt(const FieldCtx& c, uint32_t t, int32_t syn, int depth) {
  if (syn < 0 || depth > 3) return 0;
  const Synset& s = c.lex.synsets[syn];
  uint32_t best = 0;
  for (size_t k = 0; k < s.phrases.size(); ++k) {
    uint32_t n = PhraseAt(c, t, s.phrases[k], k < s.stem_last.size() && s.stem_last[k], depth + 1);
    best = std::max(best, n);
  }
  return best;
}
uint32_t PhraseAt(const FieldCtx& c, uint32_t t, const std::vector<std::string>& words, bool stem_last,
                  int depth) {
  uint32_t k = t;
  for (size_t i = 0; i < words.size(); ++i) {
    if (k >= c.v.last || !c.in_window[k - c.v.first]) return 0;
    const std::string& w = words[i];
    if (!w.empty() && w[0] == '&') {
      std::string name = w.substr(1);
      for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      uint32_t n = SynsetAt(c, k, c.lex.FindSynset(name), depth);
      if (n == 0) return 0;
      k += n;
      continue;
    }
    if (!FieldTokenIs(c.v, k, w, stem_last && i + 1 == words.size())) return 0;
    ++k;
  }
  return k - t;
}
// Length of the element's match at token t (0 = no match). Slots are handled by the caller.
uint32_t ElemAt(const FieldCtx& c, const PatternElem& el, uint32_t t) {
  if (t >= c.v.last || t < c.v.first || !c.in_window[t - c.v.first]) return 0;
  if (el.kind == PatternElem::kWord) return FieldTokenIs(c.v, t, el.word, el.stem) ? 1 : 0;
  if (el.kind == PatternElem::kSynset || el.kind == PatternElem::kAlternatives)
    return SynsetAt(c, t, el.synset, 0);
  return 0;
}
// Next coded mention starting at or after t inside the window.
int32_t NextMention(const FieldCtx& c, uint32_t t, bool adjacent) {
  for (uint32_t k = t; k < c.v.last; ++k) {
    if (!c.in_window[k - c.v.first]) continue;
    int32_t m = c.v.MentionAt(k);
    if (m >= 0 && c.v.mentions[m].begin == k && !c.v.mentions[m].code.empty()) return m;
    if (adjacent && !IsDeterminerLike(c.v.a.tokens[k].norm)) return -1;
  }
  return -1;
}
int32_t PrevMention(const FieldCtx& c, uint32_t t, bool adjacent) {
  for (uint32_t k = t + 1; k-- > c.v.first;) {
    if (!c.in_window[k - c.v.first]) continue;
    int32_t m = c.v.MentionAt(k);
    if (m >= 0 && !c.v.mentions[m].code.empty()) return m;
    if (adjacent) return -1;
  }
  return -1;
}
// Is elements[i] the last word of a `{...}` noun phrase?
bool ClosesNounPhrase(const std::vector<PatternElem>& elements, size_t i) {
  const PatternElem& el = elements[i];
  return el.group == 1 && el.group_id != 0 &&
         (i + 1 == elements.size() || elements[i + 1].group_id != el.group_id);
}
// PETRARCH with a parse: a `{...}` noun phrase names an argument, not the
// predicate of a clause: its last word does not match a noun with a copula
// or a subject of its own ("allowed that Mordor isn't the neatest place" is
// no match for `{THE NEATEST PLACE}`).
bool PredicateNoun(const FieldCtx& c, uint32_t t) {
  if (!c.v.parsed || c.lex.dialect != Lexicon::Dialect::kPetrarch) return false;
  for (uint32_t u = c.v.first; u < c.v.last; ++u) {
    if (HeadOf(c.v, u) == static_cast<int32_t>(t) && (Rel(c.v, u, "cop") || Rel(c.v, u, "nsubj"))) return true;
  }
  return false;
}
// PETRARCH-2 noun phrase `{A B C}`: a literal word inside the braces follows
// the element before it directly ("{&TIETYPES MEMOS}" does not match
// "cultural secret memos", "{DEATH TOTAL}" not "death and injury total"),
// while a synset may be preceded by other modifiers ("{NEW &TIETYPES
// RELATIONS}" matches "new global economic relations").
bool JoinedInNounPhrase(const PatternElem* prev, const PatternElem& el) {
  return prev && el.group == 1 && el.group_id != 0 && prev->group_id == el.group_id &&
         el.kind == PatternElem::kWord;
}
}  // namespace
bool MatchField(const FieldCtx& c, const VerbPattern& p, uint32_t vb, uint32_t ve, FieldMatch* out) {
  // After the verb, left to right.
  uint32_t k = ve;
  const PatternElem* prev_el = nullptr;
  for (const PatternElem& el : p.after) {
    bool adj = el.adjacent || JoinedInNounPhrase(prev_el, el);  // `_` joins words
    prev_el = &el;
    if (el.kind == PatternElem::kTarget || el.kind == PatternElem::kSource || el.kind == PatternElem::kCompound) {
      int32_t m = NextMention(c, k, adj);
      if (m < 0) return false;
      if (el.kind == PatternElem::kCompound && !IsCompound(c.v, m)) return false;
      if (el.kind == PatternElem::kSource) out->source = m;
      else out->target = m;
      if (el.kind == PatternElem::kCompound) {
        out->compound = true;
        out->compound_mention = m;
      }
      k = c.v.mentions[m].end;
      ++out->specificity;
      continue;
    }
    if (el.kind == PatternElem::kSkip) {
      // `^` skips one noun phrase: the next actor if one starts within a
      // few words ("warned at the Gondor of the Prince": `(AT) ^ +`).
      int32_t m = NextMention(c, k, false);
      if (m >= 0 && c.v.mentions[m].begin <= k + 3) k = c.v.mentions[m].end;
      continue;
    }
    if (el.kind == PatternElem::kAnyNoun) continue;
    bool closes_np = ClosesNounPhrase(p.after, static_cast<size_t>(&el - p.after.data()));
    bool found = false;
    for (uint32_t j = k; j < c.v.last; ++j) {
      uint32_t n = ElemAt(c, el, j);
      if (n > 0 && closes_np && PredicateNoun(c, j + n - 1)) n = 0;
      if (n > 0) {
        k = j + n;
        found = true;
        out->specificity += n;  // longer phrases are more specific
        break;
      }
      if (adj) break;
    }
    if (!found) return false;
  }
  // Before the verb, right to left.
  int64_t b = static_cast<int64_t>(vb) - 1;
  for (size_t i = p.before.size(); i-- > 0;) {
    const PatternElem& el = p.before[i];
    bool adj = (i + 1 == p.before.size())
                   ? p.verb_joined_before
                   : p.before[i + 1].adjacent || JoinedInNounPhrase(&el, p.before[i + 1]);
    if (el.kind == PatternElem::kTarget || el.kind == PatternElem::kSource || el.kind == PatternElem::kCompound) {
      if (b < static_cast<int64_t>(c.v.first)) return false;
      int32_t m = PrevMention(c, static_cast<uint32_t>(b), false);
      if (m < 0) return false;
      if (el.kind == PatternElem::kCompound && !IsCompound(c.v, m)) return false;
      if (el.kind == PatternElem::kTarget) out->target = m;
      else out->source = m;
      if (el.kind == PatternElem::kCompound) {
        out->compound = true;
        out->compound_mention = m;
      }
      b = static_cast<int64_t>(c.v.mentions[m].begin) - 1;
      ++out->specificity;
      continue;
    }
    if (el.kind == PatternElem::kSkip) {
      if (b >= static_cast<int64_t>(c.v.first)) {
        int32_t m = PrevMention(c, static_cast<uint32_t>(b), false);
        if (m >= 0 && static_cast<int64_t>(c.v.mentions[m].end) + 3 > b) b = static_cast<int64_t>(c.v.mentions[m].begin) - 1;
      }
      continue;
    }
    if (el.kind == PatternElem::kAnyNoun) continue;
    bool found = false;
    bool closes_np = ClosesNounPhrase(p.before, i);
    for (int64_t j = b; j >= static_cast<int64_t>(c.v.first); --j) {
      uint32_t n = ElemAt(c, el, static_cast<uint32_t>(j));
      if (n > 0 && closes_np && PredicateNoun(c, static_cast<uint32_t>(j) + n - 1)) n = 0;
      // PETRARCH with a parse: words before the verb belong to the subject
      // or the verb group. A lone adverb modifying the verb ("Gollum
      // recently allowed" against `RECENTLY *`) does not match unless the
      // pattern joins it to the verb (`RECENTLY_*`); adverbs inside a longer
      // verb-group sequence (`&NEGATVAUXVRB EVER *`) do.
      if (n > 0 && c.lex.dialect == Lexicon::Dialect::kPetrarch && c.v.parsed && !adj && p.before.size() == 1 &&
          HeadOf(c.v, static_cast<uint32_t>(j)) >= static_cast<int32_t>(vb) &&
          HeadOf(c.v, static_cast<uint32_t>(j)) < static_cast<int32_t>(ve) &&
          (Rel(c.v, static_cast<uint32_t>(j), "advmod") || Rel(c.v, static_cast<uint32_t>(j), "mark")) &&
          !IsNegation(c.v.a.tokens[j].norm))
        n = 0;
      // Nor does the coordinator of a noun phrase before the verb ("Neither
      // Galadriel nor Gollum boycotted" against `NEITHER *`): it belongs to
      // the subject's coordination, not to the verb group.
      if (n > 0 && c.lex.dialect == Lexicon::Dialect::kPetrarch && c.v.parsed && !adj && p.before.size() == 1 &&
          Rel(c.v, static_cast<uint32_t>(j), "cc") && HeadOf(c.v, static_cast<uint32_t>(j)) >= 0 &&
          HeadOf(c.v, static_cast<uint32_t>(j)) < static_cast<int32_t>(vb) &&
          c.v.a.parse[HeadOf(c.v, static_cast<uint32_t>(j))].upos != kVERB)
        n = 0;
      // Joined by `_`, the element must end right before what follows it; a
      // multi-word element ("won't": wo n't) then starts further left.
      bool fits = adj ? static_cast<int64_t>(j + n - 1) == b : static_cast<int64_t>(j + n - 1) <= b;
      if (n > 0 && fits) {
        b = j - 1;
        found = true;
        out->specificity += n;
        break;
      }
      if (adj && b - j >= 6) break;
    }
    if (!found) return false;
  }
  return true;
}
namespace {
// An `advcl` that belongs to the verb phrase the way PETRARCH sees it, so it
// stays in the verb's clause window: a `to`-infinitive without a subject of
// its own ("vowed on Thursday to wage war on the Rohans", "signed an accord
// to supply Gondor"; both parsers attach it as `advcl`), or a bare
// participle right after the verb's object (below).
bool AdvclInVerbPhrase(const SentenceView& v, uint32_t t) {
  if (ToInfinitive(v, t)) return true;
  bool mark = false;
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(t)) continue;
    if (Rel(v, u, "nsubj") || Rel(v, u, "csubj")) return false;
    if (u < t && (Rel(v, u, "mark") || Rel(v, u, "case") || Rel(v, u, "advmod"))) mark = true;
  }
  // A bare participle right after the verb's object, no comma or conjunction
  // before it: our tagger's reading of a noun modifier ("rescheduled his
  // annual mushroom hunting trip in the White Downs").
  std::string_view n = v.a.tokens[t].norm;
  if (mark || t == v.first || !n.ends_with("ing")) return false;
  uint32_t prev = t - 1;
  int32_t verb = HeadOf(v, t);
  return v.a.parse[prev].upos == kNOUN && HeadOf(v, prev) == verb && Rel(v, prev, "obj");
}
// Our tagger's reading of coordinated -ing nouns: "launched a new bombing
// and shelling offensive" parsed with `shelling` as a verb coordinated with
// `launched`. A subjectless -ing `conj` right after "OBJECT and", where
// OBJECT is the verb's object noun, is part of the object phrase.
bool CoordinatedObjectModifier(const SentenceView& v, uint32_t t) {
  std::string_view n = v.a.tokens[t].norm;
  if (!n.ends_with("ing") || t < v.first + 2) return false;
  uint32_t cc = t - 1, obj = t - 2;
  int32_t verb = HeadOf(v, t);
  if (!Rel(v, cc, "cc") || HeadOf(v, cc) != static_cast<int32_t>(t)) return false;
  if (v.a.parse[obj].upos != kNOUN || HeadOf(v, obj) != verb || !Rel(v, obj, "obj")) return false;
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(t) && (Rel(v, u, "nsubj") || Rel(v, u, "obj"))) return false;
  }
  return true;
}
}  // namespace
// The verb's clause window (see above).
void FieldWindow(FieldCtx* c, uint32_t verb, int32_t subject_token) {
  const SentenceView& v = c->v;
  c->in_window.assign(v.last - v.first, 0);
  if (v.parsed) {
    // The verb's dependents that are not part of its clause: the subject and
    // clauses that are not the verb's complements (decided once per child).
    c->child_excluded.assign(v.last - v.first, 0);
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(verb)) continue;
      c->child_excluded[u - v.first] =
          Rel(v, u, "nsubj") || Rel(v, u, "csubj") || (Rel(v, u, "conj") && !CoordinatedObjectModifier(v, u)) ||
          Rel(v, u, "parataxis") ||
          (Rel(v, u, "advcl") && !AdvclInVerbPhrase(v, u)) || Rel(v, u, "cc") || Rel(v, u, "punct");
    }
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (!Dominates(v, verb, t)) continue;
      bool excluded = false;
      for (uint32_t u = t; u != verb;) {
        if (static_cast<int32_t>(u) == subject_token) excluded = true;
        int32_t h = HeadOf(v, u);
        if (h < 0) break;
        if (static_cast<uint32_t>(h) == verb && c->child_excluded[u - v.first]) excluded = true;
        if (excluded) break;
        u = static_cast<uint32_t>(h);
      }
      if (!excluded) c->in_window[t - v.first] = 1;
    }
    // Words before the verb in its own clause (auxiliaries, adverbs, the subject
    // for `$`/`+` slots) are visible to `before` elements.
    for (uint32_t t = verb; t-- > v.first;) {
      if (IsClauseBreak(v.a.tokens[t])) break;
      c->in_window[t - v.first] = 1;
    }
    return;
  }
  if (c->clause) {
    // TABARI: a phrase is matched inside its conjunction-delimited clause;
    // the commas left after comma-clause elimination do not stop it
    // ("restore complete, full diplomatic ties" matches `* DIPLOMATIC`).
    const std::vector<uint16_t>& cl = *c->clause;
    for (uint32_t t = verb; t < v.last && cl[t - v.first] == cl[verb - v.first]; ++t) {
      if (v.Hidden(t)) continue;
      if (t > verb && IsClauseBreak(v.a.tokens[t])) break;
      c->in_window[t - v.first] = 1;
    }
    for (uint32_t t = verb; t-- > v.first && cl[t - v.first] == cl[verb - v.first];) {
      if (v.Hidden(t)) continue;
      if (IsClauseBreak(v.a.tokens[t])) break;
      c->in_window[t - v.first] = 1;
    }
    return;
  }
  for (uint32_t t = verb; t < v.last; ++t) {
    const Token& tok = v.a.tokens[t];
    if (v.Hidden(t)) continue;
    if (t > verb && (IsClauseBreak(tok) || tok.norm == "," || tok.norm == "but")) break;
    c->in_window[t - v.first] = 1;
  }
  for (uint32_t t = verb; t-- > v.first;) {
    const Token& tok = v.a.tokens[t];
    if (v.Hidden(t)) continue;
    if (IsClauseBreak(tok) || tok.norm == ",") break;
    c->in_window[t - v.first] = 1;
  }
}
namespace {
// Our parser sometimes gives a coordinated subject two `nsubj` dependents
// ("The lions and the evil awful Gondor welcomed"): a subject with no actor
// gives way to a later sibling subject that has one.
bool LaterActorSubject(const SentenceView& v, uint32_t head, uint32_t t) {
  for (uint32_t u = t + 1; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(head) && Rel(v, u, "nsubj") && MentionOfPhrase(v, u) >= 0) return true;
  }
  return false;
}
}  // namespace
// Subject mention of `verb` by the parse (climbing xcomp / conj / copular heads).
int32_t FieldSubject(const SentenceView& v, uint32_t verb, bool* passive, int32_t* subject_token,
                     int32_t* by_agent) {
  uint32_t cur = verb;
  *passive = false;
  *by_agent = -1;
  for (int depth = 0; depth < 6; ++depth) {
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (HeadOf(v, t) != static_cast<int32_t>(cur)) continue;
      if (Rel(v, t, "nsubj") || Rel(v, t, "csubj")) {
        if (MentionOfPhrase(v, t) < 0 && LaterActorSubject(v, cur, t)) continue;
        // Passive voice belongs to the verb itself: "Gollum was seen to break
        // into ..." is passive for `seen`, active for `break`.
        if (v.a.parse[t].deprel_name == "nsubj:pass" && depth == 0) *passive = true;
        if (depth == 0) *subject_token = static_cast<int32_t>(t);
        int32_t m = v.MentionAt(t);
        if (m < 0 && IsPronoun(v, t)) {
          // A pronoun subject of a complement clause is bound by the subject
          // of the clause above ("Ethiopia indicated it would act").
          int32_t up = HeadOf(v, cur);
          if (up >= 0 && (Rel(v, cur, "ccomp") || Rel(v, cur, "xcomp") || Rel(v, cur, "advcl"))) {
            bool p2 = false;
            int32_t st = -1, ba = -1;
            int32_t outer = FieldSubject(v, static_cast<uint32_t>(up), &p2, &st, &ba);
            if (outer >= 0 && !p2) return outer;
          }
        }
        if (m < 0) {
          for (int32_t id : v.mention_ids) {
            const Mention& mm = v.mentions[id];
            if (!Dominates(v, t, mm.head) || mm.code.empty()) continue;
            if (m < 0) {
              m = id;
              continue;
            }
            // The phrase's first actor, unless a later mention in it is that
            // actor with its agent ("Dagolath's first Deputy Prime Minister
            // Telemar" with `Prime Minister` parsed as an apposition of
            // `Deputy`: DAG, then DAGGOV): the same actor, more exactly.
            const std::string& first = v.mentions[m].code;
            if (mm.code.size() > first.size() && mm.code.compare(0, first.size(), first) == 0) {
              m = id;
              break;
            }
          }
        }
        if (*passive) {
          // "by" agent of the passive verb.
          for (uint32_t u = v.first; u < v.last; ++u) {
            if (HeadOf(v, u) == static_cast<int32_t>(cur) && (Rel(v, u, "obl") || Rel(v, u, "nmod")) &&
                CaseOf(v, u) == "by" && v.MentionAt(u) >= 0) {
              *by_agent = v.MentionAt(u);
            }
          }
        }
        return m >= 0 ? m : -2;
      }
    }
    int32_t h = HeadOf(v, cur);
    if (h < 0) break;
    if (Rel(v, cur, "xcomp")) {
      // Object control: "urged Bree to help" -> the object is the subject.
      for (uint32_t t = v.first; t < v.last; ++t) {
        if (HeadOf(v, t) == h && Rel(v, t, "obj")) {
          int32_t m = v.MentionAt(t);
          if (m >= 0) return m;
        }
      }
    } else if ((Rel(v, cur, "advcl") || Rel(v, cur, "acl")) && ToInfinitive(v, cur) &&
               (v.a.parse[h].upos == kVERB || v.a.parse[h].upos == kADJ)) {
      // A subjectless to-infinitive of a verb or adjective takes the subject
      // above, like an xcomp ("Arnor is inching nearer to accord with Gondor").
    } else if (Rel(v, cur, "acl:relcl") || Rel(v, cur, "acl")) {
      // The modified noun phrase, by the actor inside it ("A Pakistani woman
      // believed linked to Al-Qaeda").
      int32_t m = MentionOfPhrase(v, static_cast<uint32_t>(h));
      return m >= 0 ? m : -2;
    } else if (!Rel(v, cur, "conj") && !Rel(v, cur, "ccomp")) {
      break;
    }
    cur = static_cast<uint32_t>(h);
  }
  return -1;
}
// True when mention m is the subject of an attribution ("..., a senior Bree
// official said") other than the verb: the speaker is no target of the verb,
// though the parser may hang "said" inside the verb's phrase.
bool Speaker(const SentenceView& v, int32_t m, uint32_t verb) {
  const uint32_t u = v.mentions[m].head;
  for (uint32_t w = u, guard = 0; guard < 4; ++guard) {
    const int32_t h = HeadOf(v, w);
    if (h < 0 || static_cast<uint32_t>(h) == verb) return false;
    if (Rel(v, w, "nsubj")) return In(v.a.parse[h].lemma, {"say", "tell", "add", "report"});
    if (!Rel(v, w, "compound") && !Rel(v, w, "flat")) return false;
    w = static_cast<uint32_t>(h);
  }
  return false;
}
// First coded mention in the window after the verb, preferring the direct
// object, then obliques/nominal modifiers, then a complement clause's subject.
int32_t FieldObject(const FieldCtx& c, uint32_t verb, uint32_t from, int32_t source) {
  const SentenceView& v = c.v;
  if (v.parsed) {
    int32_t obj = -1, obl = -1;
    for (uint32_t t = from; t < v.last; ++t) {
      if (!c.in_window[t - v.first]) continue;
      int32_t m = v.MentionAt(t);
      if (m < 0 || m == source || v.mentions[m].code.empty() || v.mentions[m].begin != t) continue;
      if (Speaker(v, m, verb)) continue;
      // Walk up to the verb to see how it attaches.
      uint32_t u = v.mentions[m].head;
      std::string_view rel;
      for (int guard = 0; guard < 32; ++guard) {
        int32_t h = HeadOf(v, u);
        if (h < 0) break;
        if (static_cast<uint32_t>(h) == verb) {
          rel = v.a.parse[u].deprel_name;
          break;
        }
        u = static_cast<uint32_t>(h);
      }
      if ((rel == "obj" || rel == "iobj") && obj < 0) obj = m;
      else if (obl < 0) obl = m;
    }
    if (obj >= 0) return obj;
    if (obl >= 0) return obl;
  }
  for (uint32_t t = from; t < v.last; ++t) {
    if (!c.in_window[t - v.first]) continue;
    int32_t m = v.MentionAt(t);
    if (m >= 0 && m != source && !v.mentions[m].code.empty() && !(v.parsed && Speaker(v, m, verb))) return m;
  }
  return -1;
}
bool MatchPhraseTokens(const Analysis& a, uint32_t t, uint32_t last, const std::vector<std::string>& w) {
  if (t + w.size() > last) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    std::string_view n = a.tokens[t + k].norm;
    if (n != w[k] && !(k + 1 == w.size() && n.size() == w[k].size() + 1 && n.back() == 's' &&
                       n.compare(0, w[k].size(), w[k]) == 0))
      return false;
  }
  return true;
}
// True when a (story, or sentence) discard phrase of the lexicon matches at a
// token of [first, last). Only phrases starting with each token's word are tried.
bool AnyDiscardIn(const Lexicon& lex, const Analysis& a, uint32_t first, uint32_t last, bool story,
                  std::vector<uint32_t>* phrases) {
  if (first < last && lex.has_empty_discard(story)) return true;
  const auto& all = story ? lex.story_discards : lex.discards;
  if (all.empty()) return false;
  for (uint32_t t = first; t < last; ++t) {
    lex.DiscardsStartingWith(a.tokens[t].norm, story, phrases);
    for (uint32_t d : *phrases) {
      if (MatchPhraseTokens(a, t, last, all[d])) return true;
    }
  }
  return false;
}

}  // namespace dyad::events
