#include "coder.h"

#include <algorithm>
#include <string_view>

#include "dyad/parse.h"

namespace dyad::events {

namespace {

using actors::Mention;

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto s : set) {
    if (w == s) return true;
  }
  return false;
}

bool IsDeterminerLike(std::string_view n) {
  return In(n, {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these",
                "those", "fellow", "neighbouring", "neighboring", "all", "both"});
}
bool IsBeForm(std::string_view n) {
  return In(n, {"is", "are", "was", "were", "be", "been", "being", "'s", "get", "got", "gets"});
}
bool IsNegation(std::string_view n) { return In(n, {"not", "n't", "never", "no"}); }
bool IsClauseBreak(const Token& t) {
  return t.norm == ";" || t.norm == ":" || t.norm == "." || t.norm == "?" || t.norm == "!";
}

struct SentenceView {
  const Analysis& a;
  const std::vector<Mention>& mentions;
  const Quotes& quotes;
  uint32_t first, last;                 // token range
  std::vector<int32_t> mention_at;      // per token in range: mention index covering it, or -1
  std::vector<int32_t> mention_ids;     // mentions of this sentence, in order
  bool parsed;
  // TABARI dictionaries: compounds follow TABARI's definition (see
  // TabariConjuncts); null otherwise.
  const Lexicon* tabari = nullptr;
  // TABARI: per token, inside an eliminated comma-delimited clause (empty
  // when nothing is eliminated). Hidden tokens are neither verbs nor actors.
  std::vector<uint8_t> hidden;

  bool Hidden(uint32_t t) const { return !hidden.empty() && hidden[t - first]; }
  int32_t MentionAt(uint32_t t) const { return t >= first && t < last ? mention_at[t - first] : -1; }
  int32_t QuoteOf(uint32_t t) const { return quotes.quote_of_token[t]; }
};

// Mention starting within a few determiner-like tokens of `t`.
int32_t MentionStartingNear(const SentenceView& v, uint32_t t, uint32_t max_skip) {
  for (uint32_t k = t, skipped = 0; k < v.last && skipped <= max_skip; ++k, ++skipped) {
    int32_t m = v.MentionAt(k);
    if (m >= 0) return v.mentions[m].begin == k || k == t ? m : -1;
    const Token& tok = v.a.tokens[k];
    if (!IsDeterminerLike(tok.norm) && !(v.parsed && v.a.parse[k].upos == kADJ)) return -1;
  }
  return -1;
}

// Extends a mention to its conjuncts: "Azerbaijan, Iran and Russia".
void Conjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  out->push_back(m);
  uint32_t k = v.mentions[m].end;
  while (k + 1 < v.last) {
    std::string_view n = v.a.tokens[k].norm;
    if (n != "," && n != "and" && n != "or") break;
    uint32_t j = k + 1;
    if (j < v.last && (v.a.tokens[j].norm == "and" || v.a.tokens[j].norm == "or")) ++j;
    int32_t next = MentionStartingNear(v, j, 1);
    if (next < 0) break;
    out->push_back(next);
    k = v.mentions[next].end;
  }
}

// Matches a pattern's elements after the verb; returns false if it fails.
// *target is the mention at the `*` slot (or -1 if the pattern has none).
bool MatchAfter(const SentenceView& v, const VerbPattern& p, uint32_t verb_end, int32_t* target) {
  uint32_t k = verb_end;
  *target = -1;
  for (const PatternElem& el : p.after) {
    if (el.kind == PatternElem::kTarget) {
      int32_t m = MentionStartingNear(v, k, 2);
      if (m < 0) return false;
      *target = m;
      k = v.mentions[m].end;
      continue;
    }
    if (el.kind != PatternElem::kWord) continue;
    // The literal word within a small window of modifiers, not across a clause break.
    bool found = false;
    for (uint32_t j = k; j < v.last && j < k + 4; ++j) {
      const Token& t = v.a.tokens[j];
      if (t.norm == el.word) {
        k = j + 1;
        found = true;
        break;
      }
      if (IsClauseBreak(t) || t.norm == "," || v.MentionAt(j) >= 0) break;
    }
    if (!found) return false;
  }
  return true;
}

// Subject by the dependency parse: nsubj of the verb, climbing xcomp/conj.
int32_t SourceFromParse(const SentenceView& v, uint32_t verb, bool* passive) {
  const auto& P = v.a.parse;
  auto head_of = [&](uint32_t t) -> int32_t {
    int16_t h = P[t].head;
    return h <= 0 ? -1 : static_cast<int32_t>(v.first + h - 1);
  };
  uint32_t cur = verb;
  for (int depth = 0; depth < 4; ++depth) {
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (head_of(t) != static_cast<int32_t>(cur)) continue;
      std::string_view rel = P[t].deprel_name;
      if (rel == "nsubj" || rel == "nsubj:pass" || rel == "csubj") {
        if (rel == "nsubj:pass") *passive = true;
        int32_t m = v.MentionAt(t);
        if (m >= 0) return m;
        // The subject phrase may contain the mention ("the leadership of Armenia").
        for (int32_t id : v.mention_ids) {
          if (head_of(v.mentions[id].head) == static_cast<int32_t>(t)) return id;
        }
        return -2;  // a subject that is not an actor
      }
    }
    std::string_view rel = P[cur].deprel_name;
    int32_t h = head_of(cur);
    if (h < 0) break;
    if (rel == "xcomp") {
      // Object control ("urge Armenia to trust"): the controller is the object.
      for (uint32_t t = v.first; t < v.last; ++t) {
        if (head_of(t) == h && P[t].deprel_name == "obj") {
          int32_t m = v.MentionAt(t);
          return m >= 0 ? m : -2;
        }
      }
    } else if (rel == "acl:relcl" || rel == "acl") {
      int32_t m = v.MentionAt(static_cast<uint32_t>(h));
      return m >= 0 ? m : -2;
    } else if (rel != "conj" && rel != "advcl" && rel != "ccomp") {
      break;
    }
    if (rel == "ccomp" || rel == "advcl") break;  // a new clause keeps its own subject
    cur = static_cast<uint32_t>(h);
  }
  return -1;
}

// Surface heuristic: the nearest actor mention to the left of the verb in the
// same clause and quotation, not inside a prepositional phrase.
int32_t SourceLeft(const SentenceView& v, uint32_t verb) {
  int32_t verb_quote = v.QuoteOf(verb);
  for (auto it = v.mention_ids.rbegin(); it != v.mention_ids.rend(); ++it) {
    const Mention& m = v.mentions[*it];
    if (m.end > verb) continue;
    if (v.QuoteOf(m.begin) != verb_quote) continue;
    bool blocked = false;
    for (uint32_t k = m.end; k < verb; ++k) {
      if (IsClauseBreak(v.a.tokens[k])) blocked = true;
    }
    if (blocked) break;
    if (m.code.empty()) continue;
    if (m.begin > v.first) {
      std::string_view prev = v.a.tokens[m.begin - 1].norm;
      if (In(prev, {"of", "in", "to", "with", "from", "against", "for", "on", "at", "by", "about",
                    "into", "over", "between", "among", "toward", "towards"}))
        continue;
    }
    // Followed by "'s" + noun: a possessor, not the subject ("Russia's neighbours").
    if (m.end < verb && v.a.tokens[m.end].norm == "'s") continue;
    return *it;
  }
  return -1;
}

int32_t AgentAfterBy(const SentenceView& v, uint32_t from) {
  for (uint32_t k = from; k < v.last && k < from + 4; ++k) {
    if (v.a.tokens[k].norm == "by") return MentionStartingNear(v, k + 1, 2);
  }
  return -1;
}

bool HostileCueAt(const Lexicon& lex, const Analysis& a, uint32_t t, uint32_t last, uint32_t* len) {
  for (const auto& phrase : lex.hostile_conduct) {
    if (t + phrase.size() > last) continue;
    bool ok = true;
    for (size_t k = 0; k < phrase.size() && ok; ++k) ok = a.tokens[t + k].norm == phrase[k];
    if (ok) {
      *len = static_cast<uint32_t>(phrase.size());
      return true;
    }
  }
  return false;
}

bool SameActor(const std::string& a, const std::string& b) {
  return a.substr(0, 3) == b.substr(0, 3) && a.rfind("IGO", 0) != 0;
}


// ===================================================================
// PETRARCH2 / TABARI dictionaries (Lexicon::field_format).
//
// The verb's clause is the verb's dependency subtree (without its subject
// and without coordinated, adverbial and paratactic clauses) when a parse is
// present; otherwise the surface window from the verb to the next clause
// break. Pattern elements after `*` are matched in order inside that window
// (`_` demands adjacency), elements before `*` backwards from the verb.
// ===================================================================

struct FieldCtx {
  const Lexicon& lex;
  const SentenceView& v;
  // Per token of the sentence: inside the verb's clause window?
  std::vector<uint8_t> in_window;
  // TABARI: per token, its conjunction-delimited clause (null otherwise).
  const std::vector<uint16_t>* clause = nullptr;
};

int32_t HeadOf(const SentenceView& v, uint32_t t) {
  int16_t h = v.a.parse[t].head;
  return h <= 0 ? -1 : static_cast<int32_t>(v.first + h - 1);
}

bool Rel(const SentenceView& v, uint32_t t, std::string_view r) {
  std::string_view d = v.a.parse[t].deprel_name;
  return d == r || (d.size() > r.size() && d.substr(0, r.size()) == r && d[r.size()] == ':');
}

// Is `t` inside the subtree of `root` (following heads)?
bool Dominates(const SentenceView& v, uint32_t root, uint32_t t) {
  for (int guard = 0; guard < 64; ++guard) {
    if (t == root) return true;
    int32_t h = HeadOf(v, t);
    if (h < 0) return false;
    t = static_cast<uint32_t>(h);
  }
  return false;
}

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

struct FieldMatch {
  int32_t source = -1, target = -1;
  bool compound = false;
  int32_t compound_mention = -1;  // the mention at a `%` slot
  uint32_t specificity = 0;
};

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

bool IsCompound(const SentenceView& v, int32_t m);

bool MatchField(const FieldCtx& c, const VerbPattern& p, uint32_t vb, uint32_t ve, FieldMatch* out) {
  // After the verb, left to right.
  uint32_t k = ve;
  const PatternElem* prev_el = nullptr;
  for (const PatternElem& el : p.after) {
    bool adj = el.adjacent;  // `_` joins words
    (void)prev_el;
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
    bool found = false;
    for (uint32_t j = k; j < c.v.last; ++j) {
      uint32_t n = ElemAt(c, el, j);
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
    bool adj = (i + 1 == p.before.size()) ? p.verb_joined_before : p.before[i + 1].adjacent;
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
    for (int64_t j = b; j >= static_cast<int64_t>(c.v.first); --j) {
      uint32_t n = ElemAt(c, el, static_cast<uint32_t>(j));
      // PETRARCH with a parse: words before the verb belong to the subject
      // or the verb group. A lone adverb modifying the verb ("Gollum
      // recently allowed" against `RECENTLY *`) does not match unless the
      // pattern joins it to the verb (`RECENTLY_*`); adverbs inside a longer
      // verb-group sequence (`&NEGATVAUXVRB EVER *`) do.
      if (n > 0 && c.lex.dialect == Lexicon::Dialect::kPetrarch && c.v.parsed && !adj && p.before.size() == 1 &&
          HeadOf(c.v, static_cast<uint32_t>(j)) >= static_cast<int32_t>(vb) &&
          HeadOf(c.v, static_cast<uint32_t>(j)) < static_cast<int32_t>(ve) &&
          Rel(c.v, static_cast<uint32_t>(j), "advmod") && !IsNegation(c.v.a.tokens[j].norm))
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

// The verb's clause window (see above).
void FieldWindow(FieldCtx* c, uint32_t verb, int32_t subject_token) {
  const SentenceView& v = c->v;
  c->in_window.assign(v.last - v.first, 0);
  if (v.parsed) {
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (!Dominates(v, verb, t)) continue;
      // Exclude the subject and clauses that are not the verb's complements.
      bool excluded = false;
      for (uint32_t u = t; u != verb;) {
        if (static_cast<int32_t>(u) == subject_token) excluded = true;
        int32_t h = HeadOf(v, u);
        if (h < 0) break;
        if (static_cast<uint32_t>(h) == verb &&
            (Rel(v, u, "nsubj") || Rel(v, u, "csubj") || Rel(v, u, "conj") || Rel(v, u, "parataxis") ||
             Rel(v, u, "advcl") || Rel(v, u, "cc") || Rel(v, u, "punct")))
          excluded = true;
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

// Does the path from token t up to `verb` pass through a clausal dependent
// (xcomp, ccomp, advcl, acl)?
bool InsideClauseOf(const SentenceView& v, uint32_t verb, uint32_t t) {
  for (int guard = 0; guard < 64 && t != verb; ++guard) {
    int32_t h = HeadOf(v, t);
    if (h < 0) return false;
    if (Rel(v, t, "xcomp") || Rel(v, t, "ccomp") || Rel(v, t, "advcl") || Rel(v, t, "acl")) return true;
    t = static_cast<uint32_t>(h);
  }
  return false;
}

bool IsPronoun(const SentenceView& v, uint32_t t) {
  std::string_view n = v.a.tokens[t].norm;
  return n == "it" || n == "he" || n == "she" || n == "they";
}

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
            if (Dominates(v, t, mm.head) && !mm.code.empty()) {
              m = id;
              break;
            }
          }
        }
        if (*passive) {
          // "by" agent of the passive verb.
          for (uint32_t u = v.first; u < v.last; ++u) {
            if (HeadOf(v, u) == static_cast<int32_t>(cur) && (Rel(v, u, "obl") || Rel(v, u, "nmod"))) {
              bool by = false;
              for (uint32_t w = v.first; w < v.last; ++w) {
                if (HeadOf(v, w) == static_cast<int32_t>(u) && v.a.tokens[w].norm == "by") by = true;
              }
              if (by && v.MentionAt(u) >= 0) *by_agent = v.MentionAt(u);
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
    } else if (Rel(v, cur, "acl:relcl") || Rel(v, cur, "acl")) {
      int32_t m = v.MentionAt(static_cast<uint32_t>(h));
      return m >= 0 ? m : -2;
    } else if (!Rel(v, cur, "conj") && !Rel(v, cur, "ccomp")) {
      break;
    }
    cur = static_cast<uint32_t>(h);
  }
  return -1;
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
    if (m >= 0 && m != source && !v.mentions[m].code.empty()) return m;
  }
  return -1;
}

bool FieldNegated(const SentenceView& v, uint32_t verb) {
  if (v.parsed) {
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (HeadOf(v, t) == static_cast<int32_t>(verb) && IsNegation(v.a.tokens[t].norm)) return true;
    }
    return false;
  }
  for (uint32_t k = verb; k-- > v.first && k + 5 > verb;) {
    if (IsNegation(v.a.tokens[k].norm)) return true;
    if (v.MentionAt(k) >= 0 || v.a.tokens[k].norm == ",") break;
  }
  return false;
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

// Conjuncts by the parse: mentions whose head is a `conj` dependent of the
// mention's head ("Arnor and the evil awful Gondor"); falls back to the
// surface scan without a parse.
// The first conjunct of a coordination the mention belongs to ("Arnor and
// Osgiliath condemned": from Osgiliath back to Arnor).
int32_t FirstConjunct(const SentenceView& v, int32_t m) {
  for (int guard = 0; guard < 16; ++guard) {
    if (v.parsed) {
      uint32_t h = v.mentions[m].head;
      if (!Rel(v, h, "conj")) return m;
      int32_t up = HeadOf(v, h);
      int32_t mm = up >= 0 ? v.MentionAt(static_cast<uint32_t>(up)) : -1;
      if (mm < 0 || mm == m) return m;
      m = mm;
      continue;
    }
    uint32_t b = v.mentions[m].begin;
    int32_t prev = -1;
    for (uint32_t k = b; k-- > v.first && k + 6 > b;) {
      std::string_view n = v.a.tokens[k].norm;
      int32_t mm = v.MentionAt(k);
      if (mm >= 0) {
        bool conj = false;
        for (uint32_t j = v.mentions[mm].end; j < b; ++j) {
          std::string_view x = v.a.tokens[j].norm;
          if (x == "and" || x == "or" || x == "nor" || x == ",") conj = true;
          else if (x == "the" || x == "a" || x == "an" || !(v.a.tokens[j].flags & kTokPunct)) continue;
        }
        if (conj) prev = mm;
        break;
      }
      if (v.a.tokens[k].flags & kTokPunct && n != ",") break;
    }
    if (prev < 0 || v.mentions[prev].code.empty()) return m;
    m = prev;
  }
  return m;
}

// TABARI's parsed compound actors (manual 7.5): <np1>, <np2>, ... AND <npn>
// where each np is an actor after any determiners or <ADJECTIVE> words. The
// members of the compound that holds mention m, in order.
bool TabariJoins(const SentenceView& v, uint32_t from, uint32_t to) {
  const Lexicon& lex = *v.tabari;
  uint32_t k = from;
  if (k < to && v.a.tokens[k].norm == ",") ++k;
  if (k < to && In(v.a.tokens[k].norm, {"and", "or", "nor"})) ++k;
  if (k == from) return false;
  for (; k < to; ++k) {
    std::string_view w = v.a.tokens[k].norm;
    if (w != "the" && w != "a" && w != "an" &&
        std::find(lex.adjectives.begin(), lex.adjectives.end(), w) == lex.adjectives.end())
      return false;
  }
  return true;
}

void TabariConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  // A plural pronoun stands for the whole compound it refers to (manual 7.7).
  if (v.mentions[m].pronoun && v.mentions[m].ref_token >= 0) {
    int32_t r = v.MentionAt(static_cast<uint32_t>(v.mentions[m].ref_token));
    if (r >= 0 && r != m && !v.mentions[r].pronoun) {
      TabariConjuncts(v, r, out);
      if (out->size() > 1) return;
      out->clear();
    }
  }
  size_t at = 0;
  while (at < v.mention_ids.size() && v.mention_ids[at] != m) ++at;
  if (at == v.mention_ids.size()) {
    out->push_back(m);
    return;
  }
  size_t b = at, e = at;
  while (b > 0 && TabariJoins(v, v.mentions[v.mention_ids[b - 1]].end, v.mentions[v.mention_ids[b]].begin)) --b;
  while (e + 1 < v.mention_ids.size() &&
         TabariJoins(v, v.mentions[v.mention_ids[e]].end, v.mentions[v.mention_ids[e + 1]].begin))
    ++e;
  // A comma list must end in a conjunction to be a compound ("Gondor, the state's foe" is not).
  bool has_and = false;
  for (size_t i = b; i < e; ++i) {
    for (uint32_t k = v.mentions[v.mention_ids[i]].end; k < v.mentions[v.mention_ids[i + 1]].begin; ++k)
      has_and = has_and || In(v.a.tokens[k].norm, {"and", "or", "nor"});
  }
  if (!has_and) b = e = at;
  for (size_t i = b; i <= e; ++i) out->push_back(v.mention_ids[i]);
}

void FieldConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  if (v.tabari) {
    TabariConjuncts(v, m, out);
    return;
  }
  m = FirstConjunct(v, m);
  if (!v.parsed) {
    Conjuncts(v, m, out);
    // Surface: also skip modifiers ("Arnor and the evil awful Gondor").
    uint32_t k = v.mentions[out->back()].end;
    while (k < v.last) {
      std::string_view n = v.a.tokens[k].norm;
      if (n != "," && n != "and" && n != "or" && n != "nor") break;
      uint32_t j = k + 1;
      if (j < v.last && (v.a.tokens[j].norm == "and" || v.a.tokens[j].norm == "or")) ++j;
      int32_t next = -1;
      for (uint32_t s = j; s < v.last && s < j + 4; ++s) {
        const Token& t = v.a.tokens[s];
        int32_t mm = v.MentionAt(s);
        if (mm >= 0) {
          if (v.mentions[mm].begin == s) next = mm;
          break;
        }
        if (t.flags & kTokPunct) break;
      }
      if (next < 0) break;
      if (std::find(out->begin(), out->end(), next) == out->end()) out->push_back(next);
      k = v.mentions[next].end;
    }
    return;
  }
  out->push_back(m);
  for (size_t i = 0; i < out->size() && i < 16; ++i) {
    uint32_t h = v.mentions[(*out)[i]].head;
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (HeadOf(v, t) != static_cast<int32_t>(h) || !Rel(v, t, "conj")) continue;
      int32_t mm = v.MentionAt(t);
      if (mm >= 0 && std::find(out->begin(), out->end(), mm) == out->end()) out->push_back(mm);
    }
  }
}

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

// TABARI's noun test (manual 7.4): a verb-dictionary word is a noun when
// THE, A or AN comes right before it, or when it is capitalised in the
// middle of a sentence that is not all capitals ("is about To Restore").
bool TabariNoun(const SentenceView& v, uint32_t t) {
  if (t > v.first && In(v.a.tokens[t - 1].norm, {"the", "a", "an"})) return true;
  // A possessive ending is not a verb ending (manual 5.2.3): "donate's cash".
  if (t + 1 < v.last && v.a.tokens[t + 1].norm == "'s" && v.a.tokens[t + 1].span.begin == v.a.tokens[t].span.end)
    return true;
  if (t == v.first || !(v.a.tokens[t].flags & kTokCapitalized)) return false;
  for (uint32_t k = v.first; k < v.last; ++k) {
    const Token& tok = v.a.tokens[k];
    for (char ch : tok.form) {
      if (ch >= 'a' && ch <= 'z') return true;  // mixed case: the capital marks a name
    }
  }
  return false;
}

// A mention that is one of two or more coordinated actors.
bool IsCompound(const SentenceView& v, int32_t m) {
  std::vector<int32_t> members;
  FieldConjuncts(v, m, &members);
  size_t coded = 0;
  for (int32_t x : members) coded += !v.mentions[x].code.empty();
  return coded >= 2;
}

// PETRARCH's negation of an event code, as a table of strings (no code
// arithmetic). Derived from UniversalPetrarch's internal coding ontology
// (PETR.Internal.Coding.Ontology.txt), where a negated code is the code
// "plus/minus 0xFFFF": 110 = not 050, 011 = not 010, 121 = not 060, ...
// Codes without an entry have no negated reading: the event is dropped.
std::string_view NegatedCode(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"010", "011"},  {"015", "016"},   {"050", "110"},   {"057", "170"},   {"060", "121"},
      {"061", "1211"}, {"062", "1212"},  {"080", "124"},   {"081", "1241"},  {"082", "1242"},
      {"085", "1244"}, {"086", "1245"},  {"087", "1246"},
  };
  for (const auto& [pos, neg] : kPairs) {
    if (code == pos) return neg;
    if (code == neg) return pos;
  }
  return {};
}

bool PatternHasNegation(const Lexicon& lex, const VerbPattern* p) {
  if (!p) return false;
  auto has = [&](const std::vector<PatternElem>& els) {
    for (const PatternElem& el : els) {
      if (el.kind == PatternElem::kWord && IsNegation(el.word)) return true;
      if ((el.kind == PatternElem::kSynset || el.kind == PatternElem::kAlternatives) && el.synset >= 0) {
        for (const auto& ph : lex.synsets[el.synset].phrases) {
          for (const auto& w : ph) {
            if (IsNegation(w)) return true;
          }
        }
      }
    }
    return false;
  };
  return has(p->before) || has(p->after);
}

// TABARI's clauses (manual 7.6): AND/BUT/OR/NOR delimit a clause unless they
// join two actors ("Gondor and Osgiliath", "Gondor and the evil Osgiliath").
// Per token of the sentence, the index of its clause.
// A compound noun or adjective phrase joined by the conjunction at t (manual
// 7.5.1): <noun> <conj> <adjective>* <noun>, or <adjective> <conj>
// <adjective>, with the words of the actors file's <NOUN>/<ADJECTIVE> lists.
bool TabariCompoundPhraseAt(const Lexicon& lex, const SentenceView& v, uint32_t t) {
  auto in = [](const std::vector<std::string>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  if (t == v.first || t + 1 >= v.last) return false;
  std::string_view before = v.a.tokens[t - 1].norm;
  if (in(lex.adjectives, before) && in(lex.adjectives, v.a.tokens[t + 1].norm)) return true;
  if (!in(lex.nouns, before)) return false;
  uint32_t k = t + 1;
  while (k < v.last && in(lex.adjectives, v.a.tokens[k].norm)) ++k;
  return k < v.last && in(lex.nouns, v.a.tokens[k].norm);
}

std::vector<uint16_t> TabariClauses(const Lexicon& lex, const SentenceView& v) {
  std::vector<uint16_t> clause(v.last - v.first, 0);
  uint16_t c = 0;
  for (uint32_t t = v.first; t < v.last; ++t) {
    std::string_view n = v.a.tokens[t].norm;
    if ((n == "and" || n == "but" || n == "or" || n == "nor") && v.MentionAt(t) < 0 && !v.Hidden(t) &&
        !TabariCompoundPhraseAt(lex, v, t)) {
      // A conjunction of a parsed compound actor ("Gondor and the evil
      // Osgiliath") does not split; one between an actor and a verb does.
      int32_t before = t > v.first ? v.MentionAt(t - 1) : -1;
      if (before < 0 && t > v.first + 1 && v.a.tokens[t - 1].norm == ",") before = v.MentionAt(t - 2);
      uint32_t k = t + 1;
      while (k < v.last && v.MentionAt(k) < 0 && !(v.a.tokens[k].flags & kTokPunct)) ++k;
      bool joins = before >= 0 && k < v.last && v.MentionAt(k) >= 0 &&
                   TabariJoins(v, v.mentions[before].end, k);
      if (!joins) ++c;
    }
    clause[t - v.first] = c;
  }
  return clause;
}

// TABARI's default source (manual 5.8, 7.6): the first actor of the verb's
// clause before the verb; in a later clause with no actor before its verb,
// the source carried over from the clauses before (`carried`).
int32_t TabariSource(const SentenceView& v, const std::vector<uint16_t>& clause, uint32_t verb, int32_t carried) {
  uint16_t c = clause[verb - v.first];
  for (int32_t id : v.mention_ids) {
    const Mention& m = v.mentions[id];
    if (m.begin >= verb) break;
    if (m.code.empty() || clause[m.begin - v.first] != c) continue;
    return id;
  }
  return c > 0 ? carried : -1;
}

// TABARI's default target (manual 5.8): the first actor after the verb in its
// clause whose code differs from the source's, else the first such actor
// before the verb.
int32_t TabariTarget(const FieldCtx& c, const std::vector<uint16_t>& clause, uint32_t vb, uint32_t ve,
                     int32_t source) {
  const SentenceView& v = c.v;
  const std::string* sc = source >= 0 ? &v.mentions[source].code : nullptr;
  auto distinct = [&](int32_t id) {
    const Mention& m = v.mentions[id];
    return id != source && !m.code.empty() && (!sc || m.code != *sc);
  };
  uint16_t cl = clause[vb - v.first];
  for (int32_t id : v.mention_ids) {
    const Mention& m = v.mentions[id];
    if (m.begin < ve || !c.in_window[m.begin - v.first] || clause[m.begin - v.first] != cl) continue;
    if (distinct(id)) return id;
  }
  for (int32_t id : v.mention_ids) {
    const Mention& m = v.mentions[id];
    if (m.end > vb) break;
    // An actor whose words reach into the clause counts ("Durthang and an
    // Orc leader said": DURTHANG ORC ends in the clause of `said`).
    if (clause[m.end - 1 - v.first] == cl && distinct(id)) return id;
  }
  return -1;
}

void CodeSentenceField(const Lexicon& lex, const SentenceView& v, uint32_t si, const CoderOptions& options,
                       std::vector<CodedEvent>* out) {
  const Analysis& a = v.a;
  const auto& mentions = v.mentions;
  FieldCtx c{lex, v, {}};
  size_t first_out = out->size();
  int32_t verb_source = -1, coded_source = -1;  // the current verb's source; the last coded one
  char verb_priority = 0;                       // TABARI '?'/'!' of the current verb's code
  // A negative source/target index stands for the TABARI DEFAULT code.
  const std::string& default_source = lex.tabari.default_source;
  const std::string& default_target = lex.tabari.default_target;
  auto emit = [&](int32_t src, int32_t tgt, const std::string& code, uint32_t vb, uint32_t ve,
                  const std::vector<std::string>& rules, bool negated) {
    if (src == tgt && src >= 0) return;
    if ((src < 0 && default_source.empty()) || (tgt < 0 && default_target.empty())) return;
    const std::string& sc = src < 0 ? default_source : mentions[src].code;
    const std::string& tc = tgt < 0 ? default_target : mentions[tgt].code;
    if (sc.empty() || tc.empty() || sc == tc) return;
    if (code.empty() || code == "---" || code == "###" || code == "+++") return;
    for (size_t k = first_out; k < out->size(); ++k) {
      const CodedEvent& o = (*out)[k];
      if (o.SourceCode(mentions) == sc && o.TargetCode(mentions) == tc && o.code == code) return;
    }
    CodedEvent ev;
    if (src < 0) ev.source_code = sc;
    if (tgt < 0) ev.target_code = tc;
    ev.sentence = si;
    ev.source = src;
    ev.target = tgt;
    ev.verb_begin = vb;
    ev.verb_end = ve;
    ev.code = code;
    ev.rules = rules;
    ev.negated = negated;
    ev.priority = verb_priority;
    out->push_back(std::move(ev));
    coded_source = verb_source;
  };
  std::vector<int32_t> sources, targets;
  const bool tabari = lex.dialect == Lexicon::Dialect::kTabari;
  std::vector<uint16_t> clause;
  if (tabari) clause = TabariClauses(lex, v);
  if (tabari) c.clause = &clause;
  int32_t carried = -1;  // TABARI: the source carried into later clauses
  if (tabari) {
    // "If no event is found in the first clause, the source actor is set to
    // the first actor in that clause" (manual 7.6).
    for (int32_t id : v.mention_ids) {
      if (!v.mentions[id].code.empty() && clause[v.mentions[id].begin - v.first] == 0) {
        carried = id;
        break;
      }
    }
  }
  for (uint32_t t = v.first; t < v.last; ++t) {
    if (tabari && coded_source >= 0) carried = coded_source;
    if (v.MentionAt(t) >= 0 || v.Hidden(t)) continue;
    const Token& tok = a.tokens[t];
    const std::vector<int32_t>* cands = lex.FindVerbs(tok.norm);
    int32_t stem_verb = cands ? -1 : lex.FindStemVerb(tok.norm);
    if (!cands && stem_verb < 0) continue;
    if (v.parsed) {
      uint8_t up = a.parse[t].upos;
      if (up != kVERB && !(up == kADJ && a.parse[t].head > 0 && false)) continue;
    } else if (tabari) {
      if (TabariNoun(v, t)) continue;
    } else if (t > v.first && (IsDeterminerLike(a.tokens[t - 1].norm) || a.tokens[t - 1].norm == "'s")) {
      continue;
    } else if (NounAfterDeterminer(v, t)) {
      continue;  // "a brief private visit to Eriador": a noun
    }
    // Multi-word verbs first (longest).
    int32_t vi = -1;
    uint32_t vb = t, ve = t + 1;
    auto try_verb = [&](int32_t id) {
      const VerbEntry& e = lex.verbs[id];
      uint32_t b = t, en = t + 1;
      for (const auto& w : e.words_after) {
        if (en >= v.last || a.tokens[en].norm != w) return false;
        ++en;
      }
      for (size_t k = e.words_before.size(); k-- > 0;) {
        if (b == v.first || a.tokens[b - 1].norm != e.words_before[k]) return false;
        --b;
      }
      vi = id;
      vb = b;
      ve = en;
      return true;
    };
    if (cands) {
      for (int32_t id : *cands) {
        if (try_verb(id)) break;
      }
      // "called for": CALLED_ON does not match here, the stem CALL does.
      if (vi < 0 && lex.field_format) {
        int32_t st = lex.FindStemVerb(tok.norm);
        if (st >= 0) try_verb(st);
      }
    } else {
      try_verb(stem_verb);
    }
    if (vi < 0) continue;
    const VerbEntry& verb = lex.verbs[vi];
    bool passive = false, source_is_subject = false;
    int32_t subject_token = -1, by_agent = -1;
    int32_t source = -1;
    std::vector<std::string> rules;
    if (v.parsed) {
      source = FieldSubject(v, t, &passive, &subject_token, &by_agent);
      source_is_subject = source >= 0;
      if (source >= 0) rules.push_back(passive ? "coder: passive subject (parse)" : "coder: source is the subject (parse)");
    }
    FieldWindow(&c, t, subject_token);
    // Patterns: block patterns, then the verb's own (paired default codes).
    FieldMatch best;
    const VerbPattern* pat = nullptr;
    // The most specific matching pattern (most elements matched); the
    // first in file order among equals.
    auto scan = [&](const std::vector<VerbPattern>& pats) {
      for (const VerbPattern& p : pats) {
        if (p.before.empty() && p.after.empty()) continue;
        FieldMatch m;
        if (MatchField(c, p, vb, ve, &m) && (!pat || m.specificity > best.specificity)) {
          pat = &p;
          best = m;
        }
      }
    };
    if (verb.pattern_block >= 0) scan(lex.pattern_blocks[verb.pattern_block]);
    std::string code, paired;
    verb_priority = pat ? pat->priority : verb.default_priority;
    if (pat) {
      code = pat->code;
      paired = pat->passive_code;
      rules.insert(rules.begin(), "verbs: " + pat->rule);
    } else {
      code = verb.default_code;
      for (const VerbPattern& p : verb.patterns) {
        if (p.before.empty() && p.after.empty()) paired = p.passive_code;
      }
      rules.insert(rules.begin(), "verbs: " + verb.default_rule);
    }
    if (code.empty() || code == "---") continue;
    if (tabari && (code == "###" || (code == "+++" && lex.tabari.complex))) {
      // A discard or complex verb or phrase: the sentence yields nothing.
      out->resize(first_out);
      return;
    }
    if (code == "###") continue;
    bool negated = lex.dialect != Lexicon::Dialect::kTabari && FieldNegated(v, t) &&
                   !PatternHasNegation(lex, pat);
    if (negated && lex.dialect == Lexicon::Dialect::kPetrarch && !options.emit_negated) {
      // PETRARCH: a negated verb codes the negated reading of its code.
      std::string_view neg = NegatedCode(code);
      if (!neg.empty()) {
        rules.push_back("coder: negated " + code + " -> " + std::string(neg) + " (PETRARCH negation table)");
        code = std::string(neg);
        paired.clear();
        negated = false;
      }
    }
    if (best.source >= 0) source = best.source;
    bool subject_not_actor = source == -2;
    if (source < 0) {
      source = -1;
      if (tabari) {
        int32_t s = TabariSource(v, clause, vb, carried);
        if (s >= 0) {
          source = s;
          rules.push_back(clause[vb - v.first] > 0 && mentions[s].begin < vb &&
                                  clause[mentions[s].begin - v.first] == clause[vb - v.first]
                              ? "coder: source is the first actor of the clause (TABARI)"
                              : "coder: source is the first actor of the clause or carried over (TABARI)");
        }
      } else if (!subject_not_actor) {
        int32_t s = SourceLeft(v, vb);
        if (s >= 0) {
          source = s;
          rules.push_back("coder: source is the nearest actor before the verb");
        }
      }
    }
    int32_t target = best.target;
    if (passive && by_agent >= 0 && best.target < 0) {
      // "Eriador was opposed by Osgiliath": by-agent acts on the subject.
      target = source;
      source = by_agent;
      rules.push_back("coder: passive (by-agent is the source)");
    } else if (!v.parsed && best.target < 0) {
      // Surface passive: "was criticized ... by X" / "X was criticized".
      bool be = false;
      for (uint32_t k = vb; k-- > v.first && k + 4 > vb;) {
        if (IsBeForm(a.tokens[k].norm)) be = true;
      }
      std::string_view n = tok.norm;
      bool participle = n.size() > 2 && (n.substr(n.size() - 2) == "ed" || n.substr(n.size() - 1) == "n");
      if (be && participle) {
        int32_t agent = AgentAfterBy(v, ve);
        if (agent >= 0) {
          target = source;
          source = agent;
          rules.push_back("coder: surface passive (by-agent is the source)");
        } else {
          passive = true;
        }
      }
    }
    if (target < 0 && tabari) {
      target = TabariTarget(c, clause, vb, ve, source);
      if (target >= 0) rules.push_back("coder: target is the first actor after the verb with another code, else before it (TABARI)");
    } else if (target < 0) {
      target = FieldObject(c, t, ve, source);
      if (target >= 0) rules.push_back("coder: target is the first actor of the verb's clause");
    }
    if (passive && by_agent < 0 && best.target < 0 && target >= 0 && source >= 0 && v.parsed &&
        InsideClauseOf(v, t, mentions[target].head)) {
      // An actor inside a clause below an agentless passive is not its agent
      // ("Gollum was seen to break into an anti-Gondor parade").
      rules.push_back("coder: agentless passive, no source");
      continue;
    }
    if (passive && by_agent < 0 && best.target < 0 && target >= 0 && source >= 0 && v.parsed) {
      // Passive with an agentless subject and an actor after the verb
      // ("The Philippines was criticized over its dispute with Eriador").
      std::swap(source, target);
      rules.push_back("coder: passive (the subject is the target)");
    }
    // Reported speech: the quoted speaker.
    int32_t q = v.QuoteOf(t);
    if (source < 0 && q >= 0 && v.quotes.speaker[q] >= 0) {
      source = v.quotes.speaker[q];
      rules.push_back("coder: source is the quoted speaker");
    }
    bool use_default_source = false, use_default_target = false;
    if (tabari && source < 0 && !default_source.empty()) {
      if (!lex.tabari.default_prior && target >= 0) {
        // Without PRIOR, TABARI is greedy: an actor after the verb is the
        // source, and the target search starts again after it.
        source = target;
        target = TabariTarget(c, clause, mentions[source].end > vb ? mentions[source].end - 1 : vb,
                              mentions[source].end, source);
        rules.push_back("coder: no actor before the verb: the first actor after it is the source (TABARI)");
      } else {
        use_default_source = true;
        rules.push_back("coder: DEFAULT source " + default_source + " (TABARI)");
      }
    }
    if (tabari && !default_target.empty()) {
      bool actor_after = false;
      for (int32_t id : v.mention_ids) {
        const Mention& m = mentions[id];
        actor_after = actor_after || (m.begin >= ve && !m.code.empty() && c.in_window[m.begin - v.first] &&
                                      clause[m.begin - v.first] == clause[vb - v.first] && id != source);
      }
      if ((lex.tabari.default_after && !actor_after) || target < 0) {
        use_default_target = true;
        target = -1;
        rules.push_back("coder: DEFAULT target " + default_target + " (TABARI)");
      }
    }
    if (source < 0 && !use_default_source) continue;
    if (negated && !options.emit_negated) continue;
    if (negated) rules.push_back("coder: negated");
    verb_source = source;
    sources.clear();
    targets.clear();
    if (use_default_source) sources.push_back(-1);
    else FieldConjuncts(v, source, &sources);
    if (use_default_target) {
      for (int32_t x : sources) emit(x, -1, code, vb, ve, rules, negated);
      continue;
    }
    if (target < 0) {
      if (use_default_source) continue;
      // A compound subject with no object: its members act on each other
      // ("Gondor and Osgiliath have renewed ties" -> GON/OSG, OSG/GON).
      // Only a real subject: the parse's subject, or (surface) a
      // coordination that ends at most three words before the verb with
      // no punctuation or preposition between.
      size_t coded = 0;
      for (int32_t x : sources) coded += !mentions[x].code.empty();
      if (coded < 2) continue;
      bool subject = best.compound;
      if (v.parsed) {
        subject = subject || source_is_subject;
      } else if (!subject) {
        uint32_t gap_b = mentions[sources.back()].end;
        subject = gap_b <= vb && vb - gap_b <= 3;
        for (uint32_t k = gap_b; k < vb && subject; ++k) {
          const Token& g = a.tokens[k];
          subject = !(g.flags & kTokPunct) && !In(g.norm, {"of", "in", "to", "with", "from", "against", "for", "on",
                                                            "at", "by", "about", "into", "over", "between", "among"});
        }
      }
      if (!subject) continue;
      rules.push_back("coder: compound subject, no object: members act on each other");
      for (int32_t x : sources) {
        for (int32_t y : sources) emit(x, y, code, vb, ve, rules, negated);
      }
      continue;
    }
    if (tabari && std::find(sources.begin(), sources.end(), target) != sources.end()) {
      // A member of the compound source found before the verb is the
      // target by itself (TABARI's target search over one compound actor).
      targets.push_back(target);
    } else {
      FieldConjuncts(v, target, &targets);
    }
    if (tabari && best.compound_mention >= 0) {
      // `%` (manual 5.7.3): the compound at the slot is both source and
      // target, wherever it stands ("exchanged prisoners with Gondor and
      // Osgiliath"); a paired code adds the reverse events.
      std::vector<int32_t> members;
      FieldConjuncts(v, best.compound_mention, &members);
      rules.push_back("coder: % compound acts on itself (TABARI)");
      for (int32_t x : members) {
        for (int32_t y : members) {
          emit(x, y, code, vb, ve, rules, negated);
          if (!paired.empty()) emit(y, x, paired, vb, ve, rules, negated);
        }
      }
      continue;
    }
    if ((best.compound || (pat && !pat->before.empty() && pat->before.front().kind == PatternElem::kCompound)) &&
        sources.size() > 1) {
      // `%`: the members of a compound actor act on each other.
      for (int32_t x : sources) {
        for (int32_t y : sources) emit(x, y, code, vb, ve, rules, negated);
      }
      continue;
    }
    for (int32_t src : sources) {
      for (int32_t tgt : targets) {
        emit(src, tgt, code, vb, ve, rules, negated);
        if (!paired.empty()) emit(tgt, src, paired, vb, ve, rules, negated);
      }
    }
  }
}

}  // namespace

// PETRARCH folds an object-control complement into the verb above it: in
// "urged Eriador to respond to Gondor's proposals" the event is the urging;
// `respond` (whose subject is the urged Eriador) adds no event of its own.
void DropControlledEvents(const SentenceView& v, size_t first_out, std::vector<CodedEvent>* out) {
  if (!v.parsed || out->size() - first_out < 2) return;
  const auto& M = v.mentions;
  for (size_t i = first_out; i < out->size();) {
    const CodedEvent& lower = (*out)[i];
    uint32_t lv = lower.verb_begin;
    int32_t up = HeadOf(v, lv);
    bool drop = false;
    // An `xcomp` chain is one event: the lowest verb adds nothing once a verb
    // above it in the chain has coded an event ("called on Gondor ... to be
    // allowed to leave Lorien": the call).
    for (int32_t u = lv, guard = 0; guard < 8 && u >= 0 && Rel(v, static_cast<uint32_t>(u), "xcomp") && !drop; ++guard) {
      u = HeadOf(v, static_cast<uint32_t>(u));
      for (size_t j = first_out; j < out->size() && u >= 0 && !drop; ++j) {
        drop = j != i && (*out)[j].verb_begin <= static_cast<uint32_t>(u) && static_cast<uint32_t>(u) < (*out)[j].verb_end;
      }
    }
    // The upper verb: the head of an `xcomp`, or (parsers that attach the
    // infinitive to the object: "urged Eriador to respond", acl) the verb
    // whose object the infinitive modifies.
    if (up >= 0 && Rel(v, lv, "acl") && (Rel(v, static_cast<uint32_t>(up), "obj") || Rel(v, static_cast<uint32_t>(up), "iobj")))
      up = HeadOf(v, static_cast<uint32_t>(up));
    else if (!Rel(v, lv, "xcomp"))
      up = -1;
    if (up >= 0) {
      for (size_t j = first_out; j < out->size() && !drop; ++j) {
        const CodedEvent& upper = (*out)[j];
        if (j == i || upper.verb_begin > static_cast<uint32_t>(up) || upper.verb_end <= static_cast<uint32_t>(up)) continue;
        drop = M[upper.target].code == M[lower.source].code;
      }
    }
    if (drop) out->erase(out->begin() + static_cast<long>(i));
    else ++i;
  }
}

// TABARI's default CODE BY CLAUSE: only the first verb that yields an event
// in each conjunction-delimited clause is coded. AND/BUT/OR/NOR delimit a
// clause unless they join two actors ("Gondor and Osgiliath", "Gondor and the
// evil Osgiliath") or sit inside a multi-word verb (SHOT AND WOUNDED).
void TabariFirstEventPerClause(const SentenceView& v, size_t first_out, std::vector<CodedEvent>* out,
                               bool whole_sentence) {
  if (out->size() - first_out < 2) return;
  // TABARI's clauses (see TabariClauses); a conjunction inside a coded
  // multi-word verb (SHOT AND WOUNDED) does not start one.
  std::vector<uint16_t> clauses = TabariClauses(*v.tabari, v);
  std::vector<uint8_t> in_verb(v.last - v.first, 0);
  for (size_t e = first_out; e < out->size(); ++e) {
    for (uint32_t t = (*out)[e].verb_begin + 1; t < (*out)[e].verb_end; ++t) in_verb[t - v.first] = 1;
  }
  for (uint32_t t = v.first + 1, c = 0, prev = clauses[0]; t < v.last; ++t) {
    uint16_t raw = clauses[t - v.first];
    if (raw != prev && !in_verb[t - v.first]) ++c;
    prev = raw;
    clauses[t - v.first] = static_cast<uint16_t>(c);
  }
  clauses[0] = 0;
  auto clause_of = [&](uint32_t tok) -> uint32_t { return whole_sentence ? 0 : clauses[tok - v.first]; };
  std::vector<std::pair<uint32_t, uint32_t>> first_verb;  // clause -> verb_begin of its first event
  std::vector<CodedEvent> kept;
  // A subordinate event counts only in a clause with no other event (manual
  // 6.6.1).
  std::vector<uint32_t> clauses_with_events;
  for (size_t i = first_out; i < out->size(); ++i) {
    if ((*out)[i].priority != '?') clauses_with_events.push_back(clause_of((*out)[i].verb_begin));
  }
  for (size_t i = first_out; i < out->size(); ++i) {
    CodedEvent& ev = (*out)[i];
    uint32_t cl = clause_of(ev.verb_begin);
    if (ev.priority == '?' && std::find(clauses_with_events.begin(), clauses_with_events.end(), cl) !=
                                  clauses_with_events.end())
      continue;
    bool drop = false, seen = false;
    for (auto& [c, vb] : first_verb) {
      if (c != cl) continue;
      seen = true;
      drop = vb != ev.verb_begin;
    }
    if (!seen) first_verb.emplace_back(cl, ev.verb_begin);
    if (!drop) kept.push_back(std::move(ev));
  }
  out->resize(first_out);
  for (auto& ev : kept) out->push_back(std::move(ev));
}

// TABARI eliminates comma-delimited nonrestrictive clauses (manual 7.8, 8.6):
// the sentence is cut at its commas into phrases (the first from the start,
// the last to the end); a phrase goes, with its closing comma, when its
// word count is above the minimum and at most the maximum for its place:
// BMIN/BMAX for the first (by default never), MIN/MAX inside (2 and 10),
// EMIN/EMAX for the last (2 and 10). Commas inside a list of actors
// ("Arnor, Osgiliath and Gondor") do not cut. Fills v->hidden.
void TabariHideCommaClauses(const Lexicon& lex, SentenceView* v, const std::vector<Mention>& mentions) {
  const Analysis& a = v->a;
  const TabariSettings& ts = lex.tabari;
  if (!ts.comma) return;
  uint32_t end = v->last;
  while (end > v->first && (a.tokens[end - 1].flags & kTokPunct) && a.tokens[end - 1].norm != ",") --end;
  std::vector<uint32_t> cuts;  // the commas that cut, then `end`
  for (uint32_t t = v->first; t < end; ++t) {
    if (a.tokens[t].norm != ",") continue;
    // A comma inside a parsed compound actor (manual 7.5) does not cut.
    int32_t before = t > v->first ? v->MentionAt(t - 1) : -1;
    bool in_compound = false;
    if (before >= 0) {
      std::vector<int32_t> members;
      TabariConjuncts(*v, before, &members);
      in_compound = members.back() != before;
    }
    if (!in_compound) cuts.push_back(t);
  }
  if (cuts.empty()) return;
  cuts.push_back(end);
  auto words = [&](uint32_t b, uint32_t e) {
    uint32_t n = 0;
    for (uint32_t t = b; t < e; ++t) n += !(a.tokens[t].flags & kTokPunct);
    return n;
  };
  auto hide = [&](uint32_t b, uint32_t e) {
    if (v->hidden.empty()) v->hidden.assign(v->last - v->first, 0);
    for (uint32_t t = b; t < e; ++t) v->hidden[t - v->first] = 1;
  };
  // The phrases are chained: an eliminated phrase takes its closing comma
  // along, so the next phrase starts at the comma after it ("Elrond,
  // suspicious as ever of Mordor, brushed aside reports ..." keeps the rest).
  size_t commas = cuts.size() - 1, cur = 0;
  uint32_t n0 = words(v->first, cuts[0]);
  if (n0 > ts.begin_min && n0 <= ts.begin_max) {
    hide(v->first, cuts[0] + 1);
    cur = 1;
  }
  while (cur < commas) {
    uint32_t b = cuts[cur], e = cuts[cur + 1];
    bool last = cur + 1 == commas;
    uint32_t n = words(b + 1, e);
    uint32_t lo = last ? ts.end_min : ts.comma_min, hi = last ? ts.end_max : ts.comma_max;
    if (n > lo && n <= hi) {
      hide(b, last ? e : e + 1);
      cur += 2;
    } else {
      cur += 1;
    }
  }
  if (v->hidden.empty()) return;
  for (uint32_t t = v->first; t < v->last; ++t) {
    if (v->hidden[t - v->first]) v->mention_at[t - v->first] = -1;
  }
  std::vector<int32_t> kept;
  for (int32_t id : v->mention_ids) {
    if (!v->hidden[mentions[id].begin - v->first]) kept.push_back(id);
  }
  v->mention_ids.swap(kept);
}

// TABARI subordinate codes (manual 6.6.1): subordinate events stay only when
// the sentence has no other event. (Dominant codes, `!`, are coded as plain
// ones: the validation suite codes ATTEND [031!] only as a first event.)
void TabariPriorities(size_t first_out, std::vector<CodedEvent>* out) {
  bool plain = false;
  for (size_t i = first_out; i < out->size(); ++i) plain = plain || (*out)[i].priority != '?';
  if (!plain) return;
  std::vector<CodedEvent> kept;
  for (size_t i = first_out; i < out->size(); ++i) {
    if ((*out)[i].priority != '?') kept.push_back(std::move((*out)[i]));
  }
  out->resize(first_out);
  for (auto& e : kept) out->push_back(std::move(e));
}

// TABARI coded compound actors (manual 6.5.1): an actor code written
// `[FRO/BIL/SAM]` stands for each of its members, so an event with such a
// source or target becomes one event per member pair; pairs whose source
// and target codes are equal, and repeats, are dropped.
void TabariSplitCodedCompounds(const std::vector<Mention>& mentions, size_t first_out,
                               std::vector<CodedEvent>* out) {
  auto split = [](const std::string& code) {
    std::vector<std::string> parts;
    for (size_t b = 0; b <= code.size();) {
      size_t e = code.find('/', b);
      if (e == std::string::npos) e = code.size();
      if (e > b) parts.push_back(code.substr(b, e - b));
      b = e + 1;
    }
    return parts;
  };
  bool any = false;
  for (size_t i = first_out; i < out->size() && !any; ++i) {
    const CodedEvent& ev = (*out)[i];
    any = ev.SourceCode(mentions).find('/') != std::string::npos ||
          ev.TargetCode(mentions).find('/') != std::string::npos;
  }
  if (!any) return;
  std::vector<CodedEvent> kept;
  for (size_t i = first_out; i < out->size(); ++i) {
    const CodedEvent& ev = (*out)[i];
    for (const std::string& sc : split(ev.SourceCode(mentions))) {
      for (const std::string& tc : split(ev.TargetCode(mentions))) {
        if (sc == tc) continue;
        bool dup = false;
        for (const CodedEvent& k : kept) dup = dup || (k.source_code == sc && k.target_code == tc && k.code == ev.code);
        if (dup) continue;
        CodedEvent e = ev;
        e.source_code = sc;
        e.target_code = tc;
        kept.push_back(std::move(e));
      }
    }
  }
  out->resize(first_out);
  for (auto& e : kept) out->push_back(std::move(e));
}

// PETRARCH: a statement whose complement clause holds an event reports that
// event with the speaker as source and the inner source as target, the
// inner code kept ("Gondor's Prime Minister noted that Cirith Ungol
// regretted Eriador's refusal" -> GONGOV/MORMIL/111, the transformation
// `a (b c X) SAY = a b X`). Applies to outer codes of the 01 root.
void FoldReportedEvents(const SentenceView& v, size_t first_out, std::vector<CodedEvent>* out) {
  if (!v.parsed || out->size() - first_out < 2) return;
  const auto& M = v.mentions;
  for (size_t i = first_out; i < out->size(); ++i) {
    CodedEvent& outer = (*out)[i];
    if (outer.code.size() < 2 || outer.code.compare(0, 2, "01") != 0) continue;
    for (size_t j = first_out; j < out->size(); ++j) {
      if (j == i) continue;
      const CodedEvent& inner = (*out)[j];
      uint32_t iv = inner.verb_begin;
      int32_t h = HeadOf(v, iv);
      if (h < 0 || !Rel(v, iv, "ccomp") || static_cast<uint32_t>(h) < outer.verb_begin ||
          static_cast<uint32_t>(h) >= outer.verb_end || M[outer.target].code != M[inner.source].code)
        continue;
      outer.target = inner.source;
      outer.code = inner.code;
      outer.rules.push_back("coder: statement about an event: speaker -> inner source, inner code (a (b c X) SAY = a b X)");
      out->erase(out->begin() + static_cast<long>(j));
      if (j < i) --i;
      break;
    }
  }
}

// TABARI's word count of a sentence for SET: MINIMUM WORDS: blank-delimited
// words, where a comma counts as a word and other punctuation does not
// ("Gondor's planes attacked Osgiliath." has four words).
uint32_t TabariWords(const Analysis& a, uint32_t first, uint32_t last) {
  uint32_t n = 0;
  for (uint32_t t = first; t < last; ++t) {
    const Token& tok = a.tokens[t];
    if ((tok.flags & kTokPunct) && tok.norm != ",") continue;
    bool glued = t > first && a.tokens[t - 1].span.end == tok.span.begin &&
                 !(a.tokens[t - 1].flags & kTokPunct) && !(tok.flags & kTokPunct);
    if (!glued) ++n;
  }
  return n;
}

// TABARI: a sentence with a discard actor (`###`), or with a complex actor
// (`+++`) while COMPLEX: is in force, is not coded (manual 6.3, 6.4).
bool TabariSpecialActor(const Lexicon& lex, const std::vector<Mention>& mentions, uint32_t si) {
  for (const Mention& m : mentions) {
    if (m.sentence != si) continue;
    if (m.special == '#' || (m.special == '+' && lex.tabari.complex)) return true;
  }
  return false;
}

// TABARI's complexity filter (manual 8.7), the conditions dyad checks: too
// many verbs (VERBS[n]) or conjunctions (CONJ[n]), or no actor before the
// first verb (NOACTPRIOR). A verb is a verb-dictionary word outside actors
// that the noun test leaves a verb and that has an event code or patterns.
bool TabariComplex(const Lexicon& lex, const SentenceView& v) {
  const TabariSettings& ts = lex.tabari;
  if (!ts.complex) return false;
  uint32_t verbs = 0, conj = 0;
  bool actor_before_verb = false, seen_verb = false;
  for (uint32_t t = v.first; t < v.last; ++t) {
    if (v.Hidden(t)) continue;
    int32_t m = v.MentionAt(t);
    if (m >= 0) {
      if (!seen_verb && !v.mentions[m].code.empty()) actor_before_verb = true;
      continue;
    }
    std::string_view n = v.a.tokens[t].norm;
    if (n == "and" || n == "but" || n == "or" || n == "nor") ++conj;
    // The verb entry at t: a multi-word verb only with all its words.
    int32_t vi = -1;
    if (const std::vector<int32_t>* cands = lex.FindVerbs(n)) {
      for (int32_t id : *cands) {
        const VerbEntry& e = lex.verbs[id];
        bool ok = t + e.words_after.size() < v.last && t >= v.first + e.words_before.size();
        for (size_t k = 0; k < e.words_after.size() && ok; ++k) ok = v.a.tokens[t + 1 + k].norm == e.words_after[k];
        for (size_t k = 0; k < e.words_before.size() && ok; ++k)
          ok = v.a.tokens[t - e.words_before.size() + k].norm == e.words_before[k];
        if (ok) {
          vi = id;
          break;
        }
      }
    }
    if (vi < 0) vi = lex.FindStemVerb(n);
    if (vi < 0 || TabariNoun(v, t)) continue;
    // A null-coded root is coded only through its phrases: not a verb here
    // ("On accord Gondor repelled Mordor").
    if (lex.verbs[vi].default_code == "---") continue;
    ++verbs;
    seen_verb = true;
  }
  if (ts.complex_verbs && verbs >= ts.complex_verbs) return true;
  if (ts.complex_conj && conj >= ts.complex_conj) return true;
  return ts.complex_noactprior && seen_verb && !actor_before_verb;
}

// TABARI with time shifting on: a <TIME> phrase coded `###` discards the
// sentence, one coded `+++` makes it complex ("kan wa ma kan").
bool TabariSpecialTimePhrase(const Lexicon& lex, const Analysis& a, uint32_t first, uint32_t last) {
  if (!lex.tabari.time_shift) return false;
  for (const auto& [words, code] : lex.time_specials) {
    if (code == "+++" && !lex.tabari.complex) continue;
    for (uint32_t t = first; t + words.size() <= last; ++t) {
      if (MatchPhraseTokens(a, t, last, words)) return true;
    }
  }
  return false;
}

void CodeSentenceEvents(const Lexicon& lex, const Analysis& a, const std::vector<Mention>& mentions,
                        const Quotes& quotes, const CoderOptions& options,
                        std::vector<CodedEvent>* out) {
  std::vector<int32_t> mention_at;
  // A story discard phrase anywhere (PETRARCH `+phrase`) discards every sentence.
  for (const auto& d : lex.story_discards) {
    for (uint32_t t = 0; t + d.size() <= a.tokens.size(); ++t) {
      if (MatchPhraseTokens(a, t, static_cast<uint32_t>(a.tokens.size()), d)) return;
    }
  }
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.kind == BlockKind::kFurniture || s.kind == BlockKind::kDateline) continue;
    // TABARI dictionaries are written for TABARI's linear shallow parse:
    // they are matched on the surface even when a parse is present.
    SentenceView v{a, mentions, quotes, s.first_token, s.first_token + s.num_tokens, {}, {},
                   !a.parse.empty() && lex.dialect != Lexicon::Dialect::kTabari, nullptr, {}};
    v.mention_at.assign(s.num_tokens, -1);
    if (lex.dialect == Lexicon::Dialect::kTabari) v.tabari = &lex;
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].sentence != si) continue;
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
    bool discard = false;
    for (const auto& d : lex.discards) {
      for (uint32_t t = v.first; t + d.size() <= v.last && !discard; ++t) {
        discard = MatchPhraseTokens(a, t, v.last, d);
      }
    }
    if (discard) continue;
    if (lex.field_format) {
      size_t first_out = out->size();
      CodeSentenceField(lex, v, si, options, out);
      DropControlledEvents(v, first_out, out);
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
    auto emit = [&](CodedEvent ev) {
      for (size_t k = first_out; k < out->size(); ++k) {
        const CodedEvent& o = (*out)[k];
        if (mentions[o.source].code == mentions[ev.source].code &&
            mentions[o.target].code == mentions[ev.target].code && o.code == ev.code)
          return;
      }
      out->push_back(std::move(ev));
    };

    for (uint32_t t = v.first; t < v.last; ++t) {
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
      int32_t vi = lex.FindVerb(tok.norm);
      if (vi < 0) continue;
      if (v.parsed) {
        uint8_t up = a.parse[t].upos;
        if (up != kVERB && !(s.kind == BlockKind::kHeadline && (up == kNOUN || up == kPROPN))) continue;
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
      bool negated = false;
      if (v.parsed) {
        negated = FieldNegated(v, t);
      } else {
        for (uint32_t k = t; k-- > v.first && k + 4 > t;) {
          if (IsNegation(a.tokens[k].norm)) negated = true;
          if (v.MentionAt(k) >= 0 || a.tokens[k].norm == ",") break;
        }
      }
      // Passive: a form of "be" before a past participle.
      bool passive = false;
      if (tok.norm != verb.lemma && tok.norm.size() > 2 && tok.norm.substr(tok.norm.size() - 3) != "ing") {
        for (uint32_t k = t; k-- > v.first && k + 3 > t;) {
          if (IsBeForm(a.tokens[k].norm)) passive = true;
        }
        if (passive && AgentAfterBy(v, t + 1) < 0) passive = false;
      }
      // Pattern: most specific first.
      const VerbPattern* pat = nullptr;
      int32_t target = -1;
      for (const VerbPattern& p : verb.patterns) {
        int32_t tg = -1;
        if (MatchAfter(v, p, t + 1, &tg)) {
          pat = &p;
          target = tg;
          break;
        }
      }
      if (!pat) continue;
      std::vector<std::string> rules;
      rules.push_back("verbs: " + pat->rule);
      std::string code = pat->code;
      int32_t source = -1;
      if (passive) {
        source = AgentAfterBy(v, t + 1);
        target = SourceLeft(v, t);
        if (!pat->passive_code.empty()) code = pat->passive_code;
        rules.push_back("coder: passive (subject is the target, by-phrase the source)");
      } else {
        if (v.parsed) {
          bool pass = false;
          int32_t m = SourceFromParse(v, t, &pass);
          if (m >= 0) {
            source = m;
            rules.push_back("coder: source is the subject in the parse");
          } else if (m == -2) {
            source = -1;
          }
        }
        if (source < 0) {
          source = SourceLeft(v, t);
          if (source >= 0) rules.push_back("coder: source is the nearest actor before the verb");
        }
        if (target < 0) {
          target = MentionStartingNear(v, t + 1, 2);
          // A pattern's literal words may precede the object: skip past them.
          if (target < 0 && !pat->after.empty()) target = MentionStartingNear(v, t + 1 + static_cast<uint32_t>(pat->after.size()), 2);
        }
      }
      // Reported speech: a quoted clause with no actor subject belongs to its speaker.
      if (source < 0 && q >= 0 && quotes.speaker[q] >= 0) {
        source = quotes.speaker[q];
        rules.push_back("coder: source is the quoted speaker");
      }
      // An attribution verb with no object ("..., Galuzin warned."): the quote's first other actor.
      if (target < 0 && source >= 0 && q < 0) {
        for (size_t id = 0; id < quotes.range.size(); ++id) {
          if (quotes.attribution_verb[id] != static_cast<int32_t>(t)) continue;
          for (size_t m = 0; m < mentions.size(); ++m) {
            if (mentions[m].begin >= quotes.range[id].first && mentions[m].end <= quotes.range[id].second &&
                !mentions[m].code.empty() && !SameActor(mentions[m].code, mentions[source].code)) {
              target = static_cast<int32_t>(m);
              rules.push_back("coder: target is the first other actor of the quotation it introduces");
              break;
            }
          }
          break;
        }
      }
      if (source < 0 || target < 0) continue;
      if (mentions[source].code.empty() || mentions[target].code.empty()) continue;
      if (negated && !options.emit_negated) continue;
      std::vector<int32_t> sources, targets;
      Conjuncts(v, source, &sources);
      Conjuncts(v, target, &targets);
      for (int32_t src : sources) {
        for (int32_t tgt : targets) {
          if (src == tgt || mentions[src].code.empty() || mentions[tgt].code.empty() ||
              mentions[src].code == mentions[tgt].code)
            continue;
          CodedEvent ev;
          ev.sentence = si;
          ev.source = src;
          ev.target = tgt;
          ev.verb_begin = t;
          ev.verb_end = t + 1;
          ev.code = code;
          ev.rules = rules;
          ev.negated = negated;
          emit(std::move(ev));
        }
      }
    }
  }
}

}  // namespace dyad::events
