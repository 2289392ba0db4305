#include "coder.h"

#include <algorithm>
#include <cctype>
#include <optional>
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
// "nt": the tokenizer splits an apostrophe-less "dont" or "didnt" as EWT does (do + nt).
bool IsNegation(std::string_view n) { return In(n, {"not", "n't", "nt", "never", "no"}); }
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
  std::vector<int32_t> modifier_ids;    // bare actor adjectives (Mention::modifier), in order
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
    // (A number too: "granted asylum to five Panamanian officers".)
    if (!IsDeterminerLike(tok.norm) && !(v.parsed && (v.a.parse[k].upos == kADJ || v.a.parse[k].upos == kNUM)))
      return -1;
  }
  return -1;
}

// Extends a mention to its conjuncts: "Azerbaijan, Iran and Russia", and the
// coordinated adjectives before a role that share it ("Hungarian and Romanian
// officials": Mention::agent_distributed).
void Conjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  out->push_back(m);
  for (uint32_t b = v.mentions[m].begin; b >= v.first + 2;) {
    const std::string_view n = v.a.tokens[b - 1].norm;
    if (n != "," && n != "and" && n != "or") break;
    uint32_t e = b - 1;
    if (n != "," && e > v.first && v.a.tokens[e - 1].norm == ",") --e;  // ", and"
    const int32_t prev = e > v.first ? v.MentionAt(e - 1) : -1;
    if (prev < 0 || !v.mentions[prev].agent_distributed || v.mentions[prev].end != e) break;
    out->push_back(prev);
    b = v.mentions[prev].begin;
  }
  // (A comma list ends in a conjunction: "killed three ethnic Albanians,
  // police said" is no list of targets; the members after the last "and" or
  // "or" are dropped otherwise.)
  const size_t before = out->size();
  size_t confirmed = before;  // members up to the last one joined by and/or
  uint32_t k = v.mentions[m].end;
  while (k + 1 < v.last) {
    std::string_view n = v.a.tokens[k].norm;
    if (n != "," && n != "and" && n != "or") break;
    uint32_t j = k + 1;
    if (j < v.last && (v.a.tokens[j].norm == "and" || v.a.tokens[j].norm == "or")) ++j;
    int32_t next = MentionStartingNear(v, j, 1);
    if (next < 0) break;
    out->push_back(next);
    if (n != "," || j > k + 1) confirmed = out->size();
    k = v.mentions[next].end;
  }
  // (Also when the list goes on with a conjunction to a member that is no
  // actor, "The Singapore, London and New York authorities", and in a
  // headline, which lists with commas: "REAGAN TO VISIT ROME, BERLIN".)
  const bool headline = v.a.sentences[v.mentions[m].sentence].kind == BlockKind::kHeadline;
  if (headline || (k < v.last && (v.a.tokens[k].norm == "and" || v.a.tokens[k].norm == "or"))) confirmed = out->size();
  out->resize(confirmed);
}

bool Rel(const SentenceView& v, uint32_t t, std::string_view r);
int32_t HeadOf(const SentenceView& v, uint32_t t);

// Matches a pattern's elements after the verb; returns false if it fails.
// *target is the mention at the `*` slot (or -1 if the pattern has none);
// *skipped counts the words passed over to find the literal words (a looser
// match than one that skips fewer).
// `first` skips leading elements (a passive's target slot, see below).
bool MatchAfter(const SentenceView& v, const VerbPattern& p, uint32_t verb_end, int32_t* target,
                uint32_t* skipped, size_t first = 0) {
  uint32_t k = verb_end;
  *target = -1;
  *skipped = 0;
  for (size_t e = first; e < p.after.size(); ++e) {
    const PatternElem& el = p.after[e];
    if (el.kind == PatternElem::kTarget) {
      int32_t m = MentionStartingNear(v, k, 2);
      // A bare actor adjective fills a slot that a literal noun follows, the
      // noun it qualifies: "ban * products" in "banned Argentine beef
      // products", "charge * with" in "charged Turkish aircraft with ...
      // infringements" (not a preposition after a longer phrase: "agreed
      // with Algerian producer ENOF to establish" is no "agree with * to").
      if (m < 0 && e + 1 < p.after.size() && p.after[e + 1].kind == PatternElem::kWord &&
          !(In(p.after[e + 1].word, {"to", "on", "for", "in", "of", "as", "against", "at", "from", "into", "over",
                                     "by", "about", "that"}))) {
        for (int32_t id : v.modifier_ids) {
          const uint32_t b = v.mentions[id].begin;
          if (b < k || b > k + 2) continue;
          bool determiners = true;
          for (uint32_t u = k; u < b; ++u) determiners = determiners && IsDeterminerLike(v.a.tokens[u].norm);
          if (determiners) m = id;
          break;
        }
      }
      if (m < 0) return false;
      *target = m;
      k = v.mentions[m].end;
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
    // (Nor does a quantity: "had withdrawn four of its six remaining
    // diplomats" is "withdraw diplomats".)
    for (uint32_t j = k, words = 0; j < v.last && words < 4; ++j) {
      const Token& t = v.a.tokens[j];
      const bool quantity = (t.flags & kTokNumber) || In(t.norm, {"of", "its", "their", "his", "her", "our"}) ||
                            (v.parsed && v.a.parse[j].upos == kNUM);
      if (!In(t.norm, {"the", "a", "an"}) && !quantity) ++words;
      if (t.norm == el.word) {
        // (A "to" after words that follow the target must be the pattern's,
        // not one in a clause of its own — "told Reuters shareholders were
        // entitled to discuss" is no "tell * to" — nor one of a phrase in
        // between: "told Reuters in reply to query".)
        if (el.word == "to" && *target >= 0 && k == v.mentions[*target].end && j > k && v.parsed) {
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
      const bool role_adjective = mj >= 0 && v.mentions[mj].agent >= 0 && v.mentions[mj].actor < 0 &&
                                  !v.mentions[mj].named && v.mentions[mj].end == v.mentions[mj].begin + 1 &&
                                  j + 1 < v.last && v.parsed &&
                                  (v.a.parse[j + 1].upos == kNOUN || v.a.parse[j + 1].upos == kADJ);
      if (IsClauseBreak(t) || t.norm == "," || (mj >= 0 && !role_adjective)) break;
    }
    if (!found) return false;
  }
  return true;
}

int32_t MentionOfPhrase(const SentenceView& v, uint32_t t);

// Subject by the dependency parse: nsubj of the verb, climbing xcomp/conj.
int32_t SourceFromParse(const SentenceView& v, uint32_t verb, bool* passive) {
  const auto& P = v.a.parse;
  auto head_of = [&](uint32_t t) -> int32_t {
    int16_t h = P[t].head;
    return h <= 0 ? -1 : static_cast<int32_t>(v.first + h - 1);
  };
  // Some coded mention lies inside the phrase headed by `root` (outside the
  // verb's own clause, which a relative clause's antecedent phrase contains:
  // the walk up from the mention stops at the verb).
  auto phrase_has_actor = [&](uint32_t root) {
    for (int32_t id : v.mention_ids) {
      if (v.mentions[id].code.empty()) continue;
      uint32_t u = v.mentions[id].head;
      for (int guard = 0; guard < 64 && u != root && u != verb; ++guard) {
        const int32_t h = head_of(u);
        if (h < 0) break;
        u = static_cast<uint32_t>(h);
      }
      if (u == root) return true;
    }
    return false;
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
        // A relative pronoun stands for the noun its clause modifies: the
        // source of "Leutwiler, who in turn notified the South Africans" is
        // Leutwiler (no actor), not the nearest actor before the verb.
        if (P[cur].deprel_name == "acl:relcl" && In(v.a.tokens[t].norm, {"who", "which", "that"})) {
          const int32_t antecedent = head_of(cur);
          if (antecedent < 0) return -1;
          // ("an IMF commission which visited Yugoslavia": the actor named
          // inside the antecedent's own phrase.)
          m = MentionOfPhrase(v, static_cast<uint32_t>(antecedent));
          return m >= 0 ? m : phrase_has_actor(static_cast<uint32_t>(antecedent)) ? -1 : -2;
        }
        // The same when the parser attached the relative clause elsewhere
        // (", who notified ..." as parataxis): the antecedent is the word
        // before the pronoun and its comma.
        if (In(v.a.tokens[t].norm, {"who", "which"}) && t > v.first) {
          uint32_t b = t;
          while (b > v.first && v.a.tokens[b - 1].norm == ",") --b;
          if (b > v.first && b < t) {
            m = v.MentionAt(b - 1);
            return m >= 0 ? m : -2;
          }
        }
        // The subject phrase may contain the mention ("the leadership of Armenia"),
        // but not one it excludes ("All ATPC members except Zaire and Australia").
        for (int32_t id : v.mention_ids) {
          const uint32_t mh = v.mentions[id].head;
          if (head_of(mh) != static_cast<int32_t>(t)) continue;
          bool excluded = false;
          for (uint32_t u = v.first; u < mh; ++u) {
            excluded = excluded || (head_of(u) == static_cast<int32_t>(mh) && P[u].deprel_name == "case" &&
                                    In(v.a.tokens[u].norm, {"except", "excluding", "without", "besides", "unlike"}));
          }
          if (!excluded) return id;
        }
        // A noun phrase with no actor anywhere in it is the real subject, and
        // there is no source ("Anglo American Gold Investment Co chairman
        // Julian Thompson urged the South African government"). A pronoun the
        // resolver left open ("it", "we"), or a phrase whose actor the parse
        // placed oddly, may still stand for the actor the surface finds.
        if (P[t].upos != kNOUN || depth > 0 || phrase_has_actor(t) ||
            In(v.a.tokens[t].norm, {"yesterday", "today", "tomorrow", "tonight", "week", "month", "year"}))
          return -1;
        return -2;
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
    } else if (rel == "acl" && P[cur].xpos == "VBG" &&
               In(v.a.tokens[h].norm, {"committee", "committees", "commission", "commissions", "panel", "panels",
                                       "jury", "juries", "tribunal", "inquiry", "subcommittee"})) {
      // A body named by a common noun is the subject of the present participle
      // that modifies it ("a House committee probing an expansion of White
      // House control", "a grand jury investigating the Iran arms scandal");
      // with no actor of its own there is no source, not the nearest actor
      // before it ("the Iran arms scandal"). (Other nouns are left to the
      // surface: the parser also hangs "repulsed the attack, killing
      // thousands" and "a statement deploring Japan's imbalance" so.)
      const int32_t m = MentionOfPhrase(v, static_cast<uint32_t>(h));
      return m >= 0 ? m : phrase_has_actor(static_cast<uint32_t>(h)) ? -1 : -2;
    } else if (rel == "acl:relcl" || rel == "acl") {
      // "the World Bank approved a loan to help Brazil": the noun is rarely
      // the actor; without one, the surface guess stays.
      int32_t m = v.MentionAt(static_cast<uint32_t>(h));
      return m >= 0 ? m : -1;
    } else if (rel != "conj" && rel != "advcl" && rel != "ccomp") {
      break;
    }
    // A new clause keeps its own subject; but a participle or to-infinitive
    // purpose clause has none and shares its head's ("After travelling this
    // week to France, Germany, Switzerland and Italy, Funaro hopes to visit
    // Canada": Funaro travels; "farmers gathered in central Tokyo to urge the
    // government": the farmers urge).
    if (rel == "ccomp") break;
    if (rel == "advcl") {
      const std::string_view x = P[cur].xpos;
      bool to_purpose = false;  // "Baldrige will stop in Hong Kong to meet British officials"
      for (uint32_t t = v.first; t < cur && !to_purpose; ++t) {
        to_purpose = head_of(t) == static_cast<int32_t>(cur) && P[t].deprel_name == "mark" && v.a.tokens[t].norm == "to";
      }
      if (x != "VBG" && !(x == "VB" && to_purpose)) break;
      bool marked_clause = false;  // "if", "because", "while" + a participle still
      for (uint32_t t = v.first; t < v.last && !marked_clause; ++t) {
        marked_clause = head_of(t) == static_cast<int32_t>(cur) && P[t].deprel_name == "mark" &&
                        !In(v.a.tokens[t].norm, {"to", "before", "after", "by", "in", "on", "without", "while",
                                                 "when", "since"});
      }
      if (marked_clause) break;
    }
    cur = static_cast<uint32_t>(h);
  }
  return -1;
}

// Tokens [b, e) are a few lower-case noun-phrase words (at most three, no
// punctuation, no mention): "new mayor" in "Gondor's new mayor left".
bool PhraseUpTo(const SentenceView& v, uint32_t b, uint32_t e) {
  if (e <= b || e - b > 3) return false;
  for (uint32_t k = b; k < e; ++k) {
    const Token& t = v.a.tokens[k];
    if ((t.flags & (kTokPunct | kTokCapitalized)) || v.MentionAt(k) >= 0) return false;
  }
  return true;
}

// Surface heuristic: the nearest actor mention to the left of the verb in the
// same clause and quotation, not inside a prepositional phrase.
int32_t SourceLeft(const SentenceView& v, uint32_t verb, bool possessor_subject = false) {
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
    // Field dictionaries code a subject phrase by the actor inside it, so there
    // a possessor whose phrase runs up to the verb stands for it ("Caras
    // Galadhon's new mayor left").
    if (m.end < verb && v.a.tokens[m.end].norm == "'s") {
      if (!possessor_subject || !PhraseUpTo(v, m.end + 1, verb)) continue;
    }
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

// One side is a bare country and the other an agent of that country: "Iran's
// navy commander warned that Iran would close the Strait" (IRNMIL -> IRN),
// "Brazil and its bank advisory committee agreed" (BRA <-> BRABUS), "Japan's
// business group Keidanren urged the government" (JPN -> JPNGOV). In the
// Reuters-21578 output of our dictionaries such pairs (about 110) were almost
// all coding artefacts, so they are not events; two agents of one country
// (USAGOV -> USALEG) still are.
// (Not the state against its armed or political opponents, whose conflict
// is the event: "Croatia attacked Croatian extremists", "Iraqi Kurdish rebels
// attacked Iraq" — REB, INS, SEP, UAF, RAD, OPP.)
bool CountryAndItsOwnAgent(const std::string& a, const std::string& b) {
  if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b, 0, 3) != 0 || a.starts_with("IGO")) return false;
  if ((a.size() == 3) == (b.size() == 3)) return false;
  const std::string& agent = a.size() == 3 ? b : a;
  const std::string_view role = std::string_view(agent).substr(agent.size() - 3);
  return !In(role, {"REB", "INS", "SEP", "UAF", "RAD", "OPP"});
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
  std::vector<uint8_t> child_excluded;  // FieldWindow scratch
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

// A `to`-infinitive clause head without a subject of its own.
bool ToInfinitive(const SentenceView& v, uint32_t t) {
  bool to = false;
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(t)) continue;
    if (Rel(v, u, "nsubj") || Rel(v, u, "csubj")) return false;
    if (u < t && Rel(v, u, "mark") && v.a.tokens[u].norm == "to") to = true;
  }
  return to;
}

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

// The mention that a noun phrase stands for: its own, else the first coded
// mention inside the phrase, not inside a clause of it ("the government of
// Gondor", "goats of Gondor"; not "the parade supporting Gondor").
int32_t MentionOfPhrase(const SentenceView& v, uint32_t t) {
  int32_t m = v.MentionAt(t);
  if (m >= 0) return m;
  for (int32_t id : v.mention_ids) {
    if (v.mentions[id].code.empty() || !Dominates(v, t, v.mentions[id].head)) continue;
    bool clause = false;
    for (uint32_t u = v.mentions[id].head; u != t && !clause;) {
      clause = v.a.parse[u].upos == kVERB || Rel(v, u, "acl") || Rel(v, u, "conj");
      u = static_cast<uint32_t>(HeadOf(v, u));
    }
    if (!clause) return id;
  }
  return -1;
}

// The preposition (`case` dependent) of a nominal, "" if none.
std::string_view CaseOf(const SentenceView& v, uint32_t t) {
  for (uint32_t u = v.first; u < t; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "case")) return v.a.tokens[u].norm;
  }
  return {};
}

// CAMEO region codes (data/dict/actors.tsv, "Regions and blocs").
bool IsRegionCode(std::string_view c) {
  return In(c, {"AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MDT", "MEA",
                "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST"});
}

// The actor a verb's argument names: the argument itself or an actor that
// qualifies its head word directly — a possessor, adjective or compound
// ("Israeli attacks", "an Indian proposal", "Saudi Arabia's Oil Minister"; a
// bare adjective only here, see Mention::modifier) or an "of"/"by"
// modifier ("the attack by Israel") — or a conjunct of one ("World Bank and
// IMF officials"); the leftmost of them, as a phrase is coded by its first
// actor ("EC Commission president Jacques Delors": the EC). Deeper actors are
// not taken ("a move for a tax which West Germany is against"). Failing all
// these, a modifier naming the noun's other party (below).
// What kind of act the argument belongs to, for the other-party modifiers
// of ArgumentActor.
enum class ActKind { kOther, kAppeal, kSupport };

int32_t ArgumentActor(const SentenceView& v, uint32_t arg, ActKind kind = ActKind::kOther) {
  const bool appeal = kind == ActKind::kAppeal;
  auto qualifies = [&](uint32_t u) {
    return HeadOf(v, u) == static_cast<int32_t>(arg) &&
           (Rel(v, u, "nmod:poss") || Rel(v, u, "amod") || Rel(v, u, "compound") ||
            (Rel(v, u, "nmod") && In(CaseOf(v, u), {"of", "by"})));
  };
  int32_t best = -1;
  auto consider = [&](int32_t id, bool modifier) {
    const Mention& mm = v.mentions[id];
    if (mm.code.empty()) return;
    const uint32_t u = mm.head;
    const int32_t h = HeadOf(v, u);
    // A bare actor adjective counts only as the argument's own modifier.
    const bool ok = modifier ? (HeadOf(v, u) == static_cast<int32_t>(arg) && (Rel(v, u, "amod") || Rel(v, u, "compound")))
                             : u == arg || qualifies(u) ||
                                   (h >= 0 && Rel(v, u, "conj") && qualifies(static_cast<uint32_t>(h)));
    if (ok && (best < 0 || mm.begin < v.mentions[best].begin)) best = id;
  };
  for (int32_t id : v.mention_ids) consider(id, false);
  // An adjective only when no mention qualifies: "Japanese creditor banks"
  // is the mention JPNBUS, not the adjective's JPN. But an adjective does win
  // over an "of" modifier, which names what the noun is about, not whose it
  // is: "opposes Soviet membership of the World Bank" is about the Soviets.
  const bool of_modifier = best >= 0 && v.mentions[best].head != arg &&
                           Rel(v, v.mentions[best].head, "nmod") && HeadOf(v, v.mentions[best].head) == static_cast<int32_t>(arg);
  if (best < 0 || of_modifier) {
    const int32_t named = best;
    best = -1;
    for (int32_t id : v.modifier_ids) consider(id, true);
    if (best < 0) best = named;
  }
  if (best >= 0) return best;
  // Else a modifier that names the other party of the noun: "demanded an
  // apology from Georgia", "called for sanctions against Georgia", "promised
  // aid to Mozambique", "hosted a meeting between Israel and the PLO",
  // "rejected an invitation from Egypt". Only when nothing qualifies the noun
  // itself: "rejected Iran's proposal to Iraq" is about Iran's proposal.
  // For an appeal or demand, only the party it is made of or against: the
  // beneficiary of "urges subsidies for USSR" or of "urging support for
  // Parliament" is not whom the appeal addresses.
  // An act of cooperation or support is not done to the party the noun is
  // against: "defended the new sanctions against Japan", "supported
  // sanctions against Iraq".
  // (Not a region, which such a modifier names as a place: "flights to
  // Europe", "a pact to ban missiles from Europe".)
  for (int32_t id : v.mention_ids) {
    const Mention& mm = v.mentions[id];
    if (mm.code.empty() || IsRegionCode(mm.code)) continue;
    uint32_t u = mm.head;
    const int32_t h = HeadOf(v, u);
    if (h >= 0 && Rel(v, u, "conj") && HeadOf(v, static_cast<uint32_t>(h)) == static_cast<int32_t>(arg)) u = static_cast<uint32_t>(h);
    if (HeadOf(v, u) != static_cast<int32_t>(arg) || !Rel(v, u, "nmod") ||
        !In(CaseOf(v, u), {"from", "against", "with", "to", "for", "between", "toward", "towards"}) ||
        (appeal && !In(CaseOf(v, u), {"from", "against", "with"})) ||
        (kind == ActKind::kSupport && CaseOf(v, u) == "against"))
      continue;
    if (best < 0 || mm.begin < v.mentions[best].begin) best = id;
  }
  return best;
}

// A verb with a passive subject or auxiliary in the parse ("were invited").
bool PassiveInParse(const SentenceView& v, uint32_t verb) {
  for (uint32_t t = v.first; t < v.last; ++t) {
    if (HeadOf(v, t) == static_cast<int32_t>(verb) && (Rel(v, t, "nsubj:pass") || Rel(v, t, "aux:pass"))) return true;
  }
  return false;
}

// Does the verb, or the verb it governs as open complement ("pledged to
// cooperate with the ATPC"), have a with/to/against/toward oblique: a party
// other than its subject?
bool ThirdPartyOblique(const SentenceView& v, uint32_t verb) {
  for (uint32_t t = v.first; t < v.last; ++t) {
    const int32_t h = HeadOf(v, t);
    if (h < 0) continue;
    const bool of_verb = h == static_cast<int32_t>(verb) ||
                         (Rel(v, static_cast<uint32_t>(h), "xcomp") && HeadOf(v, static_cast<uint32_t>(h)) == static_cast<int32_t>(verb));
    if (!of_verb) continue;
    // (A party: a name, an actor or a pronoun; "agreed to a ceasefire" names
    // none, "pledged to cooperate with the ATPC" does.)
    if ((Rel(v, t, "obl") || v.a.parse[t].deprel_name.starts_with("obl:")) &&
        In(CaseOf(v, t), {"with", "to", "against", "toward", "towards"}) &&
        (v.a.parse[t].upos == kPROPN || v.a.parse[t].upos == kPRON || ArgumentActor(v, t) >= 0))
      return true;
    // An actor object of the complement: "Norway, Egypt and the Soviet Union
    // agreed to help OPEC" is about OPEC, not among the three.
    // (A named actor, the object's own or qualifying it directly: "joint
    // military exercises" names no third party.)
    if (h != static_cast<int32_t>(verb) && (Rel(v, t, "obj") || Rel(v, t, "iobj"))) {
      auto named_actor = [&](uint32_t u) {
        const int32_t m = v.MentionAt(u);
        return m >= 0 && v.mentions[m].actor >= 0 && !v.mentions[m].code.empty();
      };
      if (named_actor(t)) return true;
      for (uint32_t u = v.first; u < v.last; ++u) {
        if (HeadOf(v, u) == static_cast<int32_t>(t) &&
            (Rel(v, u, "compound") || Rel(v, u, "nmod") || Rel(v, u, "nmod:poss")) && named_actor(u))
          return true;
      }
    }
  }
  return false;
}

// A state speaking as such: a country, its government, or an
// intergovernmental organisation (not its legislators, whose protest may be a
// hunger strike, nor civilians, business, labour, opposition or media).
bool StateActor(std::string_view code) {
  if (code.starts_with("IGO")) return true;
  if (code.size() == 3) return true;
  return code.size() == 6 && code.substr(3) == "GOV";
}

// An actor that bears no arms: a non-military intergovernmental
// organisation, or the business, media, labour, farmers or education of a
// country (not its civilians: mobs attack).
bool UnarmedActor(std::string_view code) {
  if (code.starts_with("IGO")) {
    return code.find("MIL") == std::string_view::npos && code.find("NAT") == std::string_view::npos &&
           code.find("PKO") == std::string_view::npos;
  }
  if (code.size() < 6) return false;
  const std::string_view role = code.substr(code.size() - 3);
  return In(role, {"BUS", "MED", "LAB", "AGR", "EDU"});
}

// A role after "its"/"their": the subject's own people (see FindMentions).
bool OwnPeople(const SentenceView& v, int32_t m) {
  const uint32_t b = v.mentions[m].begin;
  return b > v.first && In(v.a.tokens[b - 1].norm, {"its", "their"});
}

// Does the verb have a direct object in the parse?
bool HasObject(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "obj")) return true;
  }
  return false;
}

// Easing an administrative sanction (CAMEO 081: a curfew, a state of
// emergency, restrictions) is done to the place it held: "Serbia lifted a
// night curfew in Montenegro" (0813 to Montenegro). The "in" phrase of the
// verb or of its object; -1 if none.
int32_t PlaceOfAnEasing(const SentenceView& v, uint32_t verb, int32_t source) {
  for (int32_t id : v.mention_ids) {
    const Mention& mm = v.mentions[id];
    if (mm.code.empty() || id == source || IsRegionCode(mm.code)) continue;
    // (Or the place noun it names: "in Montenegro province".)
    uint32_t u = mm.head;
    if (Rel(v, u, "compound") && HeadOf(v, u) >= 0) u = static_cast<uint32_t>(HeadOf(v, u));
    const int32_t h = HeadOf(v, u);
    if (h < 0 || CaseOf(v, u) != "in") continue;
    const bool of_verb = h == static_cast<int32_t>(verb) && v.a.parse[u].deprel_name.starts_with("obl");
    const bool of_object = Rel(v, u, "nmod") && Rel(v, static_cast<uint32_t>(h), "obj") &&
                           HeadOf(v, static_cast<uint32_t>(h)) == static_cast<int32_t>(verb);
    if (of_verb || of_object) return id;
  }
  return -1;
}

// Target by the dependency parse: the actor of the verb's object ("condemned
// the attack by Israel" -> Israel, "urged Armenia"), else of an indirect
// object, else of an oblique that names a participant ("met with Iran",
// "protested to Russia"; not a place: "told reporters in Moscow"). None for a
// passive verb, whose subject is the target. -1 if none.
// `object_case`: the preposition a pattern ends in ("call for"), whose
// oblique is the verb's object ("called for sanctions against Nigeria").
int32_t TargetFromParse(const SentenceView& v, uint32_t verb, int32_t source, ActKind kind = ActKind::kOther,
                        std::string_view object_case = {}) {
  if (PassiveInParse(v, verb)) return -1;
  int32_t best = -1, best_rank = 4;
  for (uint32_t t = v.first; t < v.last; ++t) {
    if (HeadOf(v, t) != static_cast<int32_t>(verb)) continue;
    const std::string_view rel = v.a.parse[t].deprel_name;
    int rank;
    if (rel == "obj") {
      rank = 0;
    } else if (rel == "iobj") {
      rank = 1;
    } else if (rel == "obl" || rel.starts_with("obl:")) {
      // (A "by" phrase of an active verb with an object names the object's
      // author, hung on the verb by the parser: "rejected a proposal by
      // Russia"; last resort.)
      const std::string_view c = CaseOf(v, t);
      if (!object_case.empty() && c == object_case) {
        rank = 0;
      } else if (c == "by" && HasObject(v, verb)) {
        rank = 3;
      } else if (!In(c, {"with", "to", "against", "toward", "towards", "from", "on", "upon"}) ||
                 (kind == ActKind::kSupport && c == "against")) {
        continue;
      } else {
        rank = 2;
      }
    } else {
      continue;
    }
    const int32_t m = ArgumentActor(v, t, kind);
    if (m < 0 || m == source) continue;
    // The subject's own people are its instrument, not a target ("offered
    // its troops to Lebanon's new President" -> Lebanon; "Israel has
    // strengthened its forces": no target).
    if (OwnPeople(v, m)) continue;
    if (rank >= best_rank) continue;
    best = m;
    best_rank = rank;
  }
  return best;
}

// Verbs whose to-infinitive states the act they promise, threaten or refuse
// ("agreed to supply oil to Brazil", "threatened to revoke the licence of
// Japanese banks", "refused to accept credit guarantees from the Bank of
// Brazil"). Not appeals or demands, whose complement is what another is to do
// ("urged the world community to help the Palestinians"), nor verbs whose
// infinitive is a purpose ("met to review Japanese compliance"), nor
// "decline" ("declined to name the German institution").
bool StatesItsActInAComplement(std::string_view lemma) {
  return In(lemma, {"agree", "offer", "promise", "pledge", "vow", "threaten", "refuse", "commit"});
}

// The party of an act stated through its open complement: "Iran threatened to
// cut off electricity to Azerbaijan", "Libya has offered to hand over to
// Great Britain two of its nationals", "promised to continue military aid to
// Mozambique". When the verb itself names no target, the target of its
// subjectless to-infinitive (an `xcomp`, or the `advcl` the parser often
// makes of it after a time phrase). Only that clause's own arguments: deeper
// clauses state purposes, not the promised act's party ("agreed to initiate
// efforts to end the Iraq-Iran war" is no act on Iran). Sets *complement to
// the clause the target came from.
int32_t ComplementTarget(const SentenceView& v, uint32_t verb, int32_t source, int32_t* complement) {
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || v.a.parse[u].upos != kVERB ||
        !(Rel(v, u, "xcomp") || Rel(v, u, "advcl")) || !ToInfinitive(v, u))
      continue;
    // (Not a model to follow or a state to be in: "threatened to emulate
    // Brazil's payments moratorium", "agreed to become the distributor of
    // ... toy lines in Australia".)
    if (In(v.a.parse[u].lemma, {"follow", "emulate", "imitate", "copy", "match", "become", "be", "remain"})) return -1;
    const int32_t m = TargetFromParse(v, u, source);
    if (m >= 0) *complement = static_cast<int32_t>(u);
    return m;
  }
  return -1;
}

// CAMEO codes a stated intention or a future act as an intent (03 "express
// intent to cooperate") or a threat (13): "will meet" is 036, "agreed to
// provide aid" 033, "will impose sanctions" 1312, "will attack" 1384. The
// intent or threat code of an act's code, "" when CAMEO has none (then a
// statement or appeal still to come is no event, while demands, disapproval
// and rejections keep their code; but a future appeal for talks, "would seek
// new talks with Washington", is an intent to negotiate, 036).
std::string_view IntentCode(std::string_view c) {
  static constexpr std::pair<std::string_view, std::string_view> kExact[] = {
      {"026", "036"},   {"057", "030"},   {"060", "031"},   {"061", "0311"},  {"062", "0312"},
      {"063", "0313"},  {"064", "0314"},  {"070", "033"},   {"071", "0331"},  {"072", "0332"},
      {"073", "0333"},  {"074", "0334"},  {"075", "033"},   {"080", "035"},   {"081", "0351"},  {"082", "0352"},
      {"083", "034"},   {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"},
      {"084", "0353"},  {"085", "0354"},  {"086", "0355"},  {"087", "0356"},  {"160", "131"},
      {"161", "1313"},  {"162", "1311"},  {"163", "1312"},  {"164", "134"},   {"165", "135"},
      {"166", "136"},   {"170", "132"},   {"172", "132"},   {"1721", "1321"}, {"1722", "1322"},
      {"1723", "1323"}, {"1724", "1324"}, {"175", "137"},   {"191", "1381"},  {"192", "1382"},
      {"204", "1385"}};
  for (const auto& [act, intent] : kExact) {
    if (c == act) return intent;
  }
  // By family: a longer code takes its 3-digit parent's mapping first.
  if (c.size() > 3) {
    for (const auto& [act, intent] : kExact) {
      if (act.size() == 3 && c.substr(0, 3) == act) return intent;
    }
  }
  if (c.starts_with("04")) return "036";
  if (c.starts_with("05")) return "032";
  if (c.starts_with("14")) return "133";
  if (c.starts_with("18") || c.starts_with("20")) return "1383";
  if (c.starts_with("19")) return "1384";
  return {};
}

// Words that make a following to-infinitive an intention: "agreed to meet",
// "is ready to send troops", "promised to give aid".
bool IsIntentWord(std::string_view w) {
  return In(w, {"agree", "offer", "promise", "pledge", "vow", "plan", "intend", "decide", "hope", "want",
                "seek", "propose", "expect", "threaten", "willing", "ready", "prepared", "eager", "poised",
                "schedule", "scheduled", "due", "keen", "set", "aim", "prepare", "likely"});
}

// Verbs whose purpose clause is still to come: "proposed a meeting ... to
// improve relations", "pledged its support to help Indonesia".
bool IsProposalVerb(std::string_view lemma) {
  return In(lemma, {"propose", "offer", "plan", "promise", "pledge", "seek"});
}

// A verb in the present (not past) tense whose own time modifier is in the
// future: "Mikulic visits West Germany next week", "before hosting an informal
// meeting ... this weekend" are announced acts, not done ones.
bool PresentWithFutureTime(const SentenceView& v, uint32_t verb) {
  const std::string_view xpos = v.a.parse[verb].xpos;
  if (xpos != "VBZ" && xpos != "VBP" && xpos != "VBG") return false;
  // A simple present in running text (headlines tell past news in the
  // present: "EC WARNS JAPAN") with a time is an announced act: "when he
  // visits Washington on April 29", "travels to Italy this evening".
  const bool simple = xpos != "VBG" && !(v.a.tokens[verb].flags & (kTokCapitalized | kTokAllCaps));
  bool future = false;
  for (uint32_t u = v.first; u < v.last; ++u) {
    // The verb's own modifier, or its object's ("hosting a meeting ... this
    // weekend", where the parser attaches the time to the noun).
    const int32_t h = HeadOf(v, u);
    if (h < 0 || (h != static_cast<int32_t>(verb) && HeadOf(v, static_cast<uint32_t>(h)) != static_cast<int32_t>(verb)))
      continue;
    const std::string_view w = v.a.tokens[u].norm;
    if (In(w, {"today", "now", "currently"})) return false;  // "meeting today and tomorrow"
    if (w == "tomorrow") future = true;
    // (UD labels a temporal "when" an adverb, advmod, as often as a marker.)
    if (simple && h == static_cast<int32_t>(verb) &&
        (Rel(v, u, "mark") || (w == "when" && Rel(v, u, "advmod"))) && In(w, {"when", "before", "after", "once"}))
      future = true;
    if (simple && In(w, {"tonight", "later", "january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                         "thursday", "friday", "saturday", "sunday"}))
      future = true;
    if (!In(w, {"week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday", "evening", "afternoon", "morning"}))
      continue;
    for (uint32_t k = u; k-- > v.first && k + 3 > u;) {
      const std::string_view d = v.a.tokens[k].norm;
      if (In(d, {"next", "coming"}) || (d == "this" && (w == "weekend" || simple))) future = true;
    }
  }
  return future;
}

// Is the act at `verb` stated as future or intended? With a parse: a
// will/would/shall auxiliary, or the verb is the complement (`xcomp`) of an
// intention word; on the surface, the same words right before the verb.
bool IntendedAct(const SentenceView& v, uint32_t verb) {
  auto is_future_aux = [&](uint32_t u) {
    return In(v.a.tokens[u].norm, {"will", "'ll", "shall", "would", "wo"});
  };
  if (v.parsed) {
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "aux") && is_future_aux(u)) return true;
    }
    if (PresentWithFutureTime(v, verb)) return true;
    // "is due to visit" is often parsed with "due to" as a preposition, and
    // the to-infinitive of "its plan to supply Ecuador" hung on another verb.
    if (verb >= v.first + 2 && v.a.tokens[verb - 1].norm == "to" &&
        In(v.a.tokens[verb - 2].norm, {"due", "scheduled", "set", "keen", "poised", "willingness", "readiness",
                                        "intention", "determination", "commitment", "plan", "plans", "proposal",
                                        "pledge", "promise", "offer"}))
      return true;
    const int32_t h = HeadOf(v, verb);
    // "Spain is to sign an order", and the headline infinitive "VENEZUELA TO
    // LEND OIL TO ECUADOR" (parsed as a clause of the name): announced acts.
    bool to_mark = false, be = false, own_aux = false;
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(verb)) continue;
      to_mark = to_mark || (Rel(v, u, "mark") && v.a.tokens[u].norm == "to");
      const bool aux = Rel(v, u, "aux") || Rel(v, u, "cop");
      own_aux = own_aux || aux;
      be = be || (aux && In(v.a.tokens[u].norm, {"is", "are", "'s", "'re"}));  // not "was to brief"
    }
    if (to_mark && be) return true;
    if (to_mark && h >= 0 && HeadOf(v, static_cast<uint32_t>(h)) < 0 && (Rel(v, verb, "acl") || Rel(v, verb, "advcl")) &&
        (v.a.parse[h].upos == kPROPN || v.a.parse[h].upos == kNOUN)) {
      // Only a bare name heads a headline ("He was the first official to
      // visit Yugoslavia" is a clause with a copula and a subject).
      bool clause = false;
      for (uint32_t u = v.first; u < v.last && !clause; ++u) {
        clause = HeadOf(v, u) == h && (Rel(v, u, "cop") || Rel(v, u, "nsubj") || Rel(v, u, "aux"));
      }
      if (!clause) return true;
    }
    if (h < 0) return false;
    // The to-infinitive of a noun of intention: "ITALY EXPRESSES WILLINGNESS TO
    // SUPPORT BRAZIL", "its readiness to send troops".
    if (to_mark && Rel(v, verb, "acl") &&
        In(v.a.tokens[h].norm, {"willingness", "readiness", "intention", "intentions", "pledge", "pledges", "promise",
                                "promises", "commitment", "determination", "plan", "plans", "offer",
                                "offers"}))
      return true;
    // What is to follow an intended act is still to come: "Funaro was due to
    // hold talks in New York today ..., before travelling to Washington".
    // (Not what precedes it: "After travelling this week to France, ...,
    // Funaro hopes to visit Canada".)
    if (Rel(v, verb, "advcl") && v.a.parse[verb].xpos == "VBG" && v.a.parse[h].upos == kVERB) {
      bool sequence = false;
      for (uint32_t u = v.first; u < verb && !sequence; ++u) {
        sequence = HeadOf(v, u) == static_cast<int32_t>(verb) && (Rel(v, u, "mark") || Rel(v, u, "case")) &&
                   v.a.tokens[u].norm == "before";
      }
      if (sequence && IntendedAct(v, static_cast<uint32_t>(h))) return true;
    }
    // A verb coordinated with an intended one, with no auxiliary of its own,
    // shares it: "will hold talks with Thatcher and meet Queen Elizabeth".
    if (Rel(v, verb, "conj") && !own_aux && !to_mark) return IntendedAct(v, static_cast<uint32_t>(h));
    // "keen to negotiate", "due to visit": the parser often makes the
    // to-infinitive of an adjective an adverbial clause.
    // (The parser also attaches a to-infinitive that follows a time phrase
    // as an adverbial clause: "threatened on Monday to break relations".)
    const bool adjective_complement =
        Rel(v, verb, "advcl") && to_mark && (v.a.parse[h].upos == kADJ || v.a.parse[h].upos == kVERB);
    // The purpose or complement of a future act is future too: "Britain would
    // use its powers to ban Japanese financial institutions", "will take steps
    // to open its market" ...
    // ... and so is that of an announced one ("Baldrige leaves on Saturday on
    // a trip to the Far East to help spur U.S. trade and improve business
    // relations with China"), and an open complement of either ("to help
    // spur").
    // (Or of a future adjective: "would be pleased to encourage U.S. firms".)
    if (((to_mark && Rel(v, verb, "advcl")) || Rel(v, verb, "xcomp")) &&
        (v.a.parse[h].upos == kVERB || v.a.parse[h].upos == kADJ) && IntendedAct(v, static_cast<uint32_t>(h)))
      return true;
    // ... also when the parser hangs the purpose on the proposal's object
    // ("proposed a meeting ... to improve relations").
    if (to_mark && Rel(v, verb, "acl") && Rel(v, static_cast<uint32_t>(h), "obj")) {
      const int32_t g = HeadOf(v, static_cast<uint32_t>(h));
      if (g >= 0 && v.a.parse[g].upos == kVERB &&
          IsProposalVerb(v.a.parse[g].lemma))
        return true;
    }
    if (to_mark && (Rel(v, verb, "advcl") || Rel(v, verb, "xcomp")) && v.a.parse[h].upos == kVERB) {
      const std::string_view head_lemma = v.a.parse[h].lemma.empty() ? v.a.tokens[h].norm : v.a.parse[h].lemma;
      // The purpose of a proposal or an offer is still to come: "South Korea
      // proposed a meeting of prime ministers to improve relations with North
      // Korea" has improved nothing yet.
      if (Rel(v, verb, "advcl") && IsProposalVerb(head_lemma))
        return true;
      // Someone who "is going to" a place to act, or "is going to" act, has
      // not acted yet: "Reagan is going to the U.S. Capitol to personally urge
      // senators".
      if (head_lemma == "go" && v.a.parse[h].xpos == "VBG") {
        for (uint32_t u = v.first; u < v.last; ++u) {
          if (HeadOf(v, u) == h && Rel(v, u, "aux") && In(v.a.tokens[u].norm, {"is", "are", "am", "'s", "'re"}))
            return true;
        }
      }
    }
    // An unmarked participle clause under a future act tells how it will be
    // done: "Funaro will extend his international tour, flying to Japan for
    // talks".
    if (Rel(v, verb, "advcl") && v.a.parse[verb].xpos == "VBG" && v.a.parse[h].upos == kVERB) {
      bool marked = false;
      for (uint32_t u = v.first; u < verb && !marked; ++u) {
        marked = HeadOf(v, u) == static_cast<int32_t>(verb) &&
                 (Rel(v, u, "mark") || Rel(v, u, "case") || Rel(v, u, "nsubj") || Rel(v, u, "aux"));
      }
      if (!marked) {
        for (uint32_t u = v.first; u < v.last; ++u) {
          if (HeadOf(v, u) == h && Rel(v, u, "aux") && is_future_aux(u)) return true;
        }
      }
    }
    // A participle clause of time under a future act is future: "Funaro
    // would leave early tomorrow morning for Zurich after meeting
    // Stoltenberg this evening".
    if (Rel(v, verb, "advcl") && v.a.parse[verb].xpos == "VBG" && v.a.parse[h].upos == kVERB) {
      bool temporal = false;
      for (uint32_t u = v.first; u < verb && !temporal; ++u) {
        temporal = HeadOf(v, u) == static_cast<int32_t>(verb) && (Rel(v, u, "mark") || Rel(v, u, "case")) &&
                   In(v.a.tokens[u].norm, {"after", "before", "when", "while", "on", "upon"});
      }
      // (Only a will/would/shall future: "After travelling this week to
      // France ..., Funaro hopes to visit Canada" travelled.)
      for (uint32_t u = v.first; u < v.last && temporal; ++u) {
        if (HeadOf(v, u) == h && Rel(v, u, "aux") && is_future_aux(u)) return true;
      }
    }
    if (!Rel(v, verb, "xcomp") && !adjective_complement) return false;
    const std::string_view lemma = v.a.parse[h].lemma.empty() ? v.a.tokens[h].norm : v.a.parse[h].lemma;
    return IsIntentWord(lemma) || IsIntentWord(v.a.tokens[h].norm);
  }
  for (uint32_t k = verb; k-- > v.first && k + 3 > verb;) {
    if (is_future_aux(k)) return true;
    if (v.a.tokens[k].norm == "to" && k > v.first) {
      // The word before "to", or its stem by the regular endings ("agreed",
      // "offers", "planned", "promising").
      const std::string_view w = v.a.tokens[k - 1].norm;
      if (IsIntentWord(w)) return true;
      for (std::string_view end : {"ed", "d", "s", "ing", "ned"}) {
        if (w.size() > end.size() + 2 && w.ends_with(end) && IsIntentWord(w.substr(0, w.size() - end.size())))
          return true;
      }
      return false;
    }
  }
  return false;
}

// Our parser sometimes gives a coordinated subject two `nsubj` dependents
// ("The lions and the evil awful Gondor welcomed"): a subject with no actor
// gives way to a later sibling subject that has one.
bool LaterActorSubject(const SentenceView& v, uint32_t head, uint32_t t) {
  for (uint32_t u = t + 1; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(head) && Rel(v, u, "nsubj") && MentionOfPhrase(v, u) >= 0) return true;
  }
  return false;
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

// Is `noun` (or the phrase it modifies, up to three steps) an argument of a
// verb whose subject is another noun that names no actor ("a ruling that
// vacated a judgment ...", "the producers who have taken the step of ...")?
bool ArgumentOfAnotherSubject(const SentenceView& v, uint32_t noun) {
  uint32_t u = noun;
  for (int k = 0; k < 3; ++k) {
    const int32_t h = HeadOf(v, u);
    if (h < 0) return false;
    if (v.a.parse[h].upos == kVERB || v.a.parse[h].upos == kAUX) {
      if (!(Rel(v, u, "obj") || Rel(v, u, "obl"))) return false;
      // (Every subject the parse gives: "Tuesday the Serbian parliament
      // approved a law recognizing ..." has two.)
      bool subject = false;
      for (uint32_t s = v.first; s < v.last; ++s) {
        if (HeadOf(v, s) != h || !Rel(v, s, "nsubj") || Rel(v, s, "nsubj:pass")) continue;
        subject = true;
        for (int32_t id : v.mention_ids) {
          if (!v.mentions[id].code.empty() && Dominates(v, s, v.mentions[id].head)) return false;
        }
      }
      return subject;
    }
    if (!(Rel(v, u, "nmod") || Rel(v, u, "conj") || Rel(v, u, "appos"))) return false;
    u = static_cast<uint32_t>(h);
  }
  return false;
}

// Does the warning verb `verb` have a that-clause whose subject is not the
// source (another actor, or no actor: "a continued rapid rise in wages") and
// that names no reprisal ("retaliation", "a tough response", "sanctions")?
bool WarningOfNoThreat(const SentenceView& v, uint32_t verb, const std::string& source_code) {
  int32_t clause = -1;
  for (uint32_t u = verb + 1; u < v.last && clause < 0; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "ccomp")) clause = static_cast<int32_t>(u);
  }
  if (clause < 0) return false;
  int32_t subject = -1;
  for (uint32_t u = verb + 1; u < static_cast<uint32_t>(clause) && subject < 0; ++u) {
    if (HeadOf(v, u) == clause && (Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass"))) subject = static_cast<int32_t>(u);
  }
  if (subject < 0) return false;
  const std::string_view sw = v.a.tokens[subject].norm;
  if (In(sw, {"it", "we", "they", "he", "she", "i"})) return false;  // most likely the source itself
  // (Nor the source's own forces, or a role of no stated country, most
  // likely its own: "Cairo's security chief has warned that police will no
  // longer tolerate rallies".)
  const int32_t m = MentionOfPhrase(v, static_cast<uint32_t>(subject));
  if (m >= 0 && (v.mentions[m].code.empty() ||
                 (v.mentions[m].code.size() >= 3 && source_code.size() >= 3 &&
                  v.mentions[m].code.compare(0, 3, source_code, 0, 3) == 0)))
    return false;
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    if (!Dominates(v, static_cast<uint32_t>(clause), u)) continue;
    const std::string_view w = v.a.tokens[u].norm;
    for (std::string_view stem : {"retaliat", "reprisal", "sanction", "response", "respond", "countermeasure",
                                  "measure", "action", "force", "war", "attack", "boycott", "punish"}) {
      if (w.rfind(stem, 0) == 0) return false;
    }
  }
  return true;
}

// With a parse: a verb heading an adverbial or open complement clause
// (`advcl`, `xcomp`) of another verb whose subject the parse did not resolve
// ("after leaving Eriador", "to be allowed to leave Lorien by elves").
// PETRARCH codes such a verb only with a source of its own, so the surface
// guess (the nearest actor before the verb) is not taken. When the clause
// hangs off a non-verb ("are about to restore" misparsed with `about` as its
// head) the parse is not trusted and the surface guess stays.
bool SubjectlessDependentClause(const SentenceView& v, uint32_t verb) {
  if (!v.parsed || !(Rel(v, verb, "advcl") || Rel(v, verb, "xcomp"))) return false;
  int32_t h = HeadOf(v, verb);
  return h >= 0 && v.a.parse[h].upos == kVERB;
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

// The token is the object or an oblique of a word other than `verb` (so it
// cannot be the verb's subject). A nominal modifier can be ("A member of the
// Syrian parliament started a hunger strike to protest ...").
bool ArgumentOfAnother(const SentenceView& v, uint32_t t, uint32_t verb) {
  // A conjunct shares its first conjunct's role: "is to meet the House ...
  // and the Senate Finance Committee, before visiting Lyng".
  for (int guard = 0; guard < 8 && v.a.parse[t].deprel_name == "conj"; ++guard) {
    const int32_t first = HeadOf(v, t);
    if (first < 0 || first == static_cast<int32_t>(verb)) return false;
    t = static_cast<uint32_t>(first);
  }
  // A modifier inside a noun phrase shares the phrase's role: "met the heads
  // of state of six Mideast Gulf countries earlier this month to urge OPEC"
  // (Mideast, a compound of an oblique).
  for (int guard = 0; guard < 4 && In(v.a.parse[t].deprel_name, {"compound", "amod"}); ++guard) {
    const int32_t noun = HeadOf(v, t);
    if (noun < 0 || noun == static_cast<int32_t>(verb)) return false;
    t = static_cast<uint32_t>(noun);
  }
  const int32_t h = HeadOf(v, t);
  if (h < 0 || h == static_cast<int32_t>(verb)) return false;
  const std::string_view rel = v.a.parse[t].deprel_name;
  // (A nominal modifier of place is no subject either: "distributor of ...
  // toy lines in Australia and New Zealand and also agreed to buy".)
  if (rel == "nmod" && In(CaseOf(v, t), {"in", "at", "near", "inside", "across", "throughout"})) return true;
  return rel == "obj" || rel == "iobj" || rel.starts_with("obl");
}

// Our own dictionaries, with a parse: a negation attached to the verb ("not",
// "never", "no longer"), or to the predicate whose open complement the verb is:
// "we're no longer prepared to bail out the U.S. banks", "did not agree to send
// troops" (while "urges Armenia not to trust" negates only `trust`).
bool NegatedInParse(const SentenceView& v, uint32_t verb) {
  auto negated = [&](uint32_t h) {
    if (FieldNegated(v, h)) return true;
    for (uint32_t t = v.first + 1; t < v.last; ++t) {
      if (HeadOf(v, t) == static_cast<int32_t>(h) && v.a.tokens[t].norm == "longer" && v.a.tokens[t - 1].norm == "no")
        return true;
    }
    return false;
  };
  if (negated(verb)) return true;
  // "without breaching OPEC accords", "instead of meeting the minister".
  for (uint32_t t = v.first; t < verb; ++t) {
    if (HeadOf(v, t) == static_cast<int32_t>(verb) && (Rel(v, t, "mark") || Rel(v, t, "case")) &&
        In(v.a.tokens[t].norm, {"without", "instead"}))
      return true;
  }
  const int32_t h = HeadOf(v, verb);
  if (h < 0) return false;
  // The act of a plan that is blocked: "vetoed a resolution to impose
  // sanctions", "would block a move to impose sanctions".
  if (Rel(v, verb, "acl") && (Rel(v, static_cast<uint32_t>(h), "obj") || Rel(v, static_cast<uint32_t>(h), "nsubj:pass"))) {
    const int32_t g = HeadOf(v, static_cast<uint32_t>(h));
    if (g >= 0 && In(v.a.parse[g].lemma, {"veto", "block", "reject", "oppose", "defeat", "scrap", "abandon", "drop",
                                          "shelve", "rule", "deny", "refuse", "resist", "kill"}))
      return true;
    // ... or whose verb is negated: "Tokyo had not shown willingness to open
    // its markets", "Japan did not honor an agreement to end dumping".
    // (Not a relative clause: "would not supplant the arrangement that we
    // worked out with the Kuwaitis" states the arrangement.)
    if (g >= 0 && v.a.parse[verb].deprel_name == "acl" && Rel(v, static_cast<uint32_t>(h), "obj") &&
        negated(static_cast<uint32_t>(g)))
      return true;
  }
  // The parser often attaches "prepared to help" as an adverbial clause; an
  // intention word governs its act however attached ("had not decided on
  // offering wheat", "has no plans to visit").
  const std::string_view head_lemma = v.a.parse[h].lemma.empty() ? v.a.tokens[h].norm : v.a.parse[h].lemma;
  const bool complement =
      Rel(v, verb, "xcomp") || (Rel(v, verb, "advcl") && ToInfinitive(v, verb) && v.a.parse[h].upos == kADJ) ||
      ((Rel(v, verb, "advcl") || Rel(v, verb, "acl") || Rel(v, verb, "ccomp")) && IsIntentWord(head_lemma));
  return complement && negated(static_cast<uint32_t>(h));
}

// Does clause head `t` have a subject of its own (not a relative pronoun)?
// "…, a senior official said on Saturday" parsed as a relative clause of a
// noun before it is a clause of its own.
bool OwnSubject(const SentenceView& v, uint32_t t) {
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "nsubj") &&
        !In(v.a.tokens[u].norm, {"who", "which", "that", "whom"}))
      return true;
  }
  return false;
}

// Our own dictionaries, with a parse: the verb is the complement of a verb of
// denial or refusal ("Comecon refused to recognise West Berlin", "Iran denied
// it intended to threaten shipping": what it names did not happen), or of
// someone else's expectation or allegation ("dealers expect the six to meet",
// "the EC alleged Japan was dumping chips": not the writer's report of an act).
// The actor's own expectation stays an intent ("Japan expects to sign").
// kNotReported: someone else's claim, a request or a condition, not an act.
enum class Embedding { kNone, kDenied, kRefused, kNotReported };
Embedding EmbeddingOfClause(const SentenceView& v, uint32_t verb, uint32_t source_head);

// An open complement or purpose shares what holds of the verb it depends on:
// "The White House denied a report that the United States was continuing to
// ship arms ... to Iran" (the report's claim is "continuing"); "trade
// agreements designed to provide American industry with ... opportunities",
// "aimed at underpinning a renewed inflow of foreign aid to help Uganda's
// economic recovery" (a design or aim, not an act done).
Embedding EmbeddingOf(const SentenceView& v, uint32_t verb, uint32_t source_head) {
  const Embedding own = EmbeddingOfClause(v, verb, source_head);
  if (own != Embedding::kNone) return own;
  uint32_t cur = verb;
  for (int k = 0; k < 3; ++k) {
    const bool open = Rel(v, cur, "xcomp") || (Rel(v, cur, "advcl") && ToInfinitive(v, cur));
    if (!open) break;
    const int32_t h = HeadOf(v, cur);
    // (A verb only: an adjective's complement — "will soon be able to lift
    // sanctions" — is judged where it is.)
    if (h < 0 || v.a.parse[h].upos != kVERB) break;
    if (v.a.parse[h].xpos == "VBN" && In(v.a.parse[h].lemma, {"design", "aim", "intend", "mean"}))
      return Embedding::kNotReported;
    const Embedding up = EmbeddingOfClause(v, static_cast<uint32_t>(h), source_head);
    if (up == Embedding::kNotReported) return up;
    cur = static_cast<uint32_t>(h);
  }
  return Embedding::kNone;
}

Embedding EmbeddingOfClause(const SentenceView& v, uint32_t verb, uint32_t source_head) {
  // A condition is no report of an act: "if Iran attacks any Soviet ship",
  // "unless Argentina takes steps".
  // So is "until" with a verb in the present tense: "he will not negotiate
  // with Ankara until Turkey recognises Greek rights ... and withdraws its
  // troops from Cyprus". A verb coordinated with a conditioned one shares
  // its condition.
  auto conditioned = [&](uint32_t x) {
    for (uint32_t u = v.first; u < x; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(x) || !Rel(v, u, "mark")) continue;
      const std::string_view w = v.a.tokens[u].norm;
      if (In(w, {"if", "unless", "whether"})) return true;
      if (w == "until" && (v.a.parse[x].xpos == "VBZ" || v.a.parse[x].xpos == "VBP")) return true;
    }
    return false;
  };
  // (Not what is threatened: a threat is conditional by nature, "threatened
  // to break relations with Russia unless the Kremlin closed its radar base".)
  const int32_t above = HeadOf(v, verb);
  const bool threatened = Rel(v, verb, "xcomp") && above >= 0 &&
                          In(v.a.parse[above].lemma, {"threaten", "warn", "vow"});
  if (conditioned(verb) && !threatened) return Embedding::kNotReported;
  // Nor what no one is keen on: "have so far shown little enthusiasm for
  // backing a U.S. plan", "no intention to negotiate" (on the surface: the
  // parser attaches such a clause anywhere).
  if (verb >= v.first + 3 && In(v.a.tokens[verb - 1].norm, {"for", "to", "in"}) &&
      In(v.a.tokens[verb - 2].norm, {"enthusiasm", "interest", "willingness", "desire", "appetite", "inclination",
                                     "intention", "plans", "plan", "readiness"}) &&
      In(v.a.tokens[verb - 3].norm, {"little", "no", "scant", "without"}))
    return Embedding::kNotReported;
  // Nor an infinitive whose subject comes after "for": "it is not reasonable
  // for the U.S. to demand Japan liberalise its farm import market", "time
  // for Japan to act" judge or wish for the act, they do not report it.
  {
    bool for_mark = false, to_mark = false;
    for (uint32_t u = v.first; u < verb; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "mark")) continue;
      for_mark = for_mark || v.a.tokens[u].norm == "for";
      to_mark = to_mark || v.a.tokens[u].norm == "to";
    }
    if (for_mark && to_mark) return Embedding::kNotReported;
    // (On the surface too, "for the U.S. To demand" being often misparsed:
    // "to" before the verb, "for" a few words before that with no verb or
    // punctuation between.)
    if (verb >= v.first + 3 && v.a.tokens[verb - 1].norm == "to") {
      for (uint32_t k = verb - 2; k > v.first && k + 7 > verb; --k) {
        const Token& w = v.a.tokens[k];
        if (w.norm == "for") return Embedding::kNotReported;
        if ((w.flags & kTokPunct) || v.a.parse[k].upos == kVERB || v.a.parse[k].upos == kAUX) break;
      }
    }
  }
  // Nor an act inside a conditioned clause, however deep: "if Japan shows a
  // clear indication that it will open its markets" (up to the clause's
  // verb; not through a threat, conditional by nature, nor out of a relative
  // clause, which states a fact about its noun: "if some charter arrangement
  // could be worked out, it would not supplant the reflagging arrangement
  // that we worked out with the Kuwaitis").
  for (int32_t cur = static_cast<int32_t>(verb), k = 0; k < 4 && !Rel(v, static_cast<uint32_t>(cur), "acl:relcl"); ++k) {
    const int32_t x = HeadOf(v, static_cast<uint32_t>(cur));
    if (x < 0) break;
    if (v.a.parse[x].upos == kVERB && In(v.a.parse[x].lemma, {"threaten", "warn", "vow"})) break;
    if (v.a.parse[x].upos == kVERB && conditioned(static_cast<uint32_t>(x))) return Embedding::kNotReported;
    cur = x;
  }
  // Nor is what only may, might, could, should or must happen ("Seoul may bow
  // to U.S. pressure", "debtor countries must cooperate with the banks"), nor
  // the content of an invitation, request, plan, proposal or attempt ("an
  // outstanding invitation for Gorbachev to visit the United States"; only
  // nouns that are no verbs: the parser tags "Lyng plans to ask" as a noun).
  // (A verb coordinated with such a one, with no auxiliary of its own, shares
  // it: "the United States should also threaten to mine and blockade Iran".)
  auto modal = [&](uint32_t x) {
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(x) && Rel(v, u, "aux") &&
          In(v.a.tokens[u].norm, {"may", "might", "can", "could", "should", "must", "ought"}))
        return true;
    }
    return false;
  };
  if (modal(verb)) return Embedding::kNotReported;
  // Nor what someone considers doing: "would consider filing another
  // complaint against the Japan rice import ban".
  if ((Rel(v, verb, "xcomp") || Rel(v, verb, "ccomp")) && above >= 0 &&
      In(v.a.parse[above].lemma, {"consider", "contemplate", "mull", "weigh", "ponder"}))
    return Embedding::kNotReported;
  // Nor a custom: "Soviet and U.S. officials normally meet in the summer"
  // (a norm, no particular meeting; while "soldiers routinely beat up
  // detainees" reports acts done).
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "advmod") &&
        In(v.a.tokens[u].norm, {"normally", "usually", "customarily", "traditionally", "typically"}))
      return Embedding::kNotReported;
  }
  // The same up a chain of open complements: "if the Reagan administration
  // did decide to offer subsidized wheat to Moscow", "whether the U.S. might
  // decide ... to lift its sanctions".
  // (The parser also hangs "whether to offer" off the "whether", and makes
  // a to-infinitive after a time phrase an adverbial clause.)
  if (above >= 0 && In(v.a.tokens[above].norm, {"whether", "if"})) return Embedding::kNotReported;
  for (int32_t x = static_cast<int32_t>(verb), k = 0;
       k < 3 && (Rel(v, static_cast<uint32_t>(x), "xcomp") ||
                 (Rel(v, static_cast<uint32_t>(x), "advcl") && ToInfinitive(v, static_cast<uint32_t>(x))));
       ++k) {
    x = HeadOf(v, static_cast<uint32_t>(x));
    if (x < 0) break;
    if (modal(static_cast<uint32_t>(x))) return Embedding::kNotReported;
    if (conditioned(static_cast<uint32_t>(x)) && !In(v.a.parse[x].lemma, {"threaten", "warn", "vow"}))
      return Embedding::kNotReported;
  }
  if (Rel(v, verb, "conj") && above >= 0 && modal(static_cast<uint32_t>(above))) {
    bool own_aux = false;
    for (uint32_t u = v.first; u < v.last && !own_aux; ++u) {
      own_aux = HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "aux");
    }
    if (!own_aux) return Embedding::kNotReported;
  }
  if (Rel(v, verb, "acl") && above >= 0 &&
      In(v.a.tokens[above].norm, {"invitation", "invitations", "proposal", "proposals", "attempt", "attempts",
                                  "effort", "efforts", "refusal", "threat", "threats", "failure", "inability",
                                  "ability", "capacity",
                                  "reluctance", "unwillingness"}))
    return Embedding::kNotReported;
  // Nor what is judged unlikely, doubtful or only possible: "it is thought
  // highly unlikely that Nakasone and Reagan will agree".
  if ((Rel(v, verb, "ccomp") || Rel(v, verb, "csubj") || Rel(v, verb, "xcomp") || Rel(v, verb, "advcl")) &&
      above >= 0 &&
      In(v.a.tokens[above].norm, {"unlikely", "doubtful", "uncertain", "unclear", "impossible", "possible",
                                  "improbable", "questionable"}))
    return Embedding::kNotReported;
  // Nor what a speculation, report or comment says ("Speculation the United
  // States will offer subsidized wheat to the Soviet Union", "comments by Rep.
  // Pat Roberts that the administration would soon offer ..."): a claim, not
  // the writer's report of the act.
  // (A clause with a subject of its own: "a statement deploring Japan's
  // continued trade imbalance" is the statement's act.)
  auto claim_noun = [&](uint32_t k) {
    return In(v.a.tokens[k].norm, {"speculation", "rumour", "rumours", "rumor", "rumors", "report", "reports",
                                   "comment", "comments", "statement", "statements", "suggestion", "suggestions",
                                   "claim", "claims", "allegation", "allegations", "expectation", "expectations",
                                   "hope", "hopes", "fear", "fears", "possibility", "prospect", "prospects", "talk"});
  };
  if ((Rel(v, verb, "acl") || Rel(v, verb, "ccomp") || Rel(v, verb, "appos")) && above >= 0 && OwnSubject(v, verb) &&
      claim_noun(static_cast<uint32_t>(above)))
    return Embedding::kNotReported;
  // (However the clause is attached, when its "that" follows the noun:
  // "Asked about persistent speculation that the administration would offer
  // Moscow a wheat subsidy, Lyng said", parsed as a clause of "said".)
  // (Also with the claim's source or a participle between: "statements made
  // today by a farm state congressman that the United States will offer
  // subsidized wheat"; not across a finite verb or punctuation.)
  for (uint32_t u = v.first + 1; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "mark") || v.a.tokens[u].norm != "that" ||
        !OwnSubject(v, verb))
      continue;
    for (uint32_t k = u; k-- > v.first && k + 10 > u;) {
      if (claim_noun(k)) return Embedding::kNotReported;
      const std::string_view x = v.a.parse[k].xpos;
      if ((v.a.tokens[k].flags & kTokPunct) || x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD") break;
    }
  }
  if (Rel(v, verb, "conj") && HeadOf(v, verb) >= 0 && conditioned(static_cast<uint32_t>(HeadOf(v, verb))))
    return Embedding::kNotReported;
  // An infinitive or participle coordinated with a complement is embedded
  // like it: "Japan failed to keep an agreement ... and to open its home
  // market", "We categorically deny that the United States is selling and/or
  // sending any weapons to Iran".
  if (Rel(v, verb, "conj") && In(v.a.parse[verb].xpos, {"VB", "VBG"}) && HeadOf(v, verb) >= 0) {
    bool own_subject = false;
    for (uint32_t u = v.first; u < v.last && !own_subject; ++u) {
      own_subject = HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "nsubj");
    }
    if (!own_subject) verb = static_cast<uint32_t>(HeadOf(v, verb));
  }
  // What someone is urged, asked or wanted to do is the request (coded on its
  // own verb), not an act: "Lyng asked Japan to open its farm market to help
  // Washington", "would like Japan to buy more". The parser often hangs the
  // infinitive elsewhere: as an adverbial clause of the appeal ("urged the
  // world community to help the Palestinians", "called on Americans to
  // pressure Congress"), as a clause of the addressee ("urged the U.S.
  // government to impose trade sanctions"), or beside an invitation that is
  // the object ("noted Reagan's invitation to Gorbachev to visit the United
  // States").
  {
    auto appeal = [&](int32_t x) {
      return x >= 0 && v.a.parse[x].upos == kVERB &&
             In(v.a.parse[x].lemma,
                {"urge", "ask", "call", "press", "request", "want", "like", "wish", "encourage", "invite", "persuade",
                 "tell", "order", "instruct", "appeal", "pressure", "push", "force", "compel", "oblige", "require",
                 "allow", "permit", "authorize", "authorise", "enable", "empower", "mandate"});
    };
    // The appeal's addressee: an object, or "on" someone ("called on Americans").
    auto addressed = [&](int32_t x) {
      for (uint32_t u = v.first; u < v.last; ++u) {
        if (HeadOf(v, u) != x) continue;
        if (Rel(v, u, "obj") || Rel(v, u, "iobj")) return true;
        if (Rel(v, u, "obl")) {
          for (uint32_t c = v.first; c < u; ++c) {
            if (HeadOf(v, c) == static_cast<int32_t>(u) && Rel(v, c, "case") && In(v.a.tokens[c].norm, {"on", "upon"}))
              return true;
          }
        }
      }
      return false;
    };
    const int32_t up = HeadOf(v, verb);
    const bool infinitive = ToInfinitive(v, verb);
    if (up >= 0 && (Rel(v, verb, "xcomp") || (infinitive && Rel(v, verb, "advcl"))) && appeal(up) && addressed(up))
      return Embedding::kNotReported;
    if (up >= 0 && infinitive && Rel(v, verb, "acl") &&
        (Rel(v, static_cast<uint32_t>(up), "obj") || Rel(v, static_cast<uint32_t>(up), "iobj")) &&
        appeal(HeadOf(v, static_cast<uint32_t>(up))))
      return Embedding::kNotReported;
    if (up >= 0 && infinitive && Rel(v, verb, "advcl")) {
      for (uint32_t u = v.first; u < verb; ++u) {
        // (An object, or an oblique: "had been met almost unanimously with
        // advice to talk first to banks".)
        if (HeadOf(v, u) == up && (Rel(v, u, "obj") || Rel(v, u, "obl")) &&
            In(v.a.tokens[u].norm, {"invitation", "invitations", "proposal", "proposals", "request", "requests",
                                    "advice", "recommendation", "recommendations",
                                    "appeal", "appeals", "call", "calls", "pressure"}))
          return Embedding::kNotReported;
      }
    }
  }
  // Nor what someone "is expected" (predicted, believed, thought, rumoured)
  // to say will happen: "He is also expected to reassure his counterparts
  // that the Reagan administration will reach agreement with Congress".
  // (What someone is expected to do is an intent announced, coded as one:
  // "Egypt and the Soviet Union are expected to sign an agreement".)
  bool content = false;
  for (int32_t cur = static_cast<int32_t>(verb), k = 0; k < 3; ++k) {
    if (!Rel(v, static_cast<uint32_t>(cur), "xcomp") && !Rel(v, static_cast<uint32_t>(cur), "ccomp")) break;
    content = content || Rel(v, static_cast<uint32_t>(cur), "ccomp");
    const int32_t x = HeadOf(v, static_cast<uint32_t>(cur));
    if (x < 0) break;
    if (content && v.a.parse[x].upos == kVERB &&
        In(v.a.parse[x].lemma, {"expect", "predict", "forecast", "rumour", "rumor", "believe", "think"})) {
      for (uint32_t u = v.first; u < static_cast<uint32_t>(x); ++u) {
        if (HeadOf(v, u) == x && Rel(v, u, "nsubj:pass")) return Embedding::kNotReported;
      }
    }
    cur = x;
  }
  if (!Rel(v, verb, "xcomp") && !Rel(v, verb, "ccomp")) return Embedding::kNone;
  const int32_t h = HeadOf(v, verb);
  if (h < 0 || v.a.parse[h].upos != kVERB) return Embedding::kNone;
  const std::string_view lemma = v.a.parse[h].lemma;
  if (In(lemma, {"refuse", "decline", "reject"})) return Embedding::kRefused;
  if (In(lemma, {"deny", "fail", "hesitate"})) return Embedding::kDenied;
  if (!In(lemma, {"expect", "allege", "charge", "predict", "doubt", "speculate", "suspect", "fear", "rumor",
                  "rumour"}))
    return Embedding::kNone;
  // (The expecting verb's subject, or its controller's: "Grain trade
  // representatives continued to speculate that ...".)
  for (int32_t x = h, k = 0; x >= 0 && k < 3; ++k) {
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) == x && v.a.parse[u].deprel_name == "nsubj") {
        return Dominates(v, u, source_head) ? Embedding::kNone : Embedding::kNotReported;
      }
    }
    x = Rel(v, static_cast<uint32_t>(x), "xcomp") ? HeadOf(v, static_cast<uint32_t>(x)) : -1;
  }
  return Embedding::kNone;
}

// A statement that another actor must or should act is a demand (100) or an
// appeal (020) to that actor: "Britain said Russia must withdraw its troops",
// "Washington insists Tokyo should open its markets". The act itself is not
// reported (EmbeddingOf: a modal). Returns the speaker's mention and the code
// when `verb` is such a clause, under a verb of saying or believing.
bool ObligationSpeaker(const SentenceView& v, uint32_t verb, int32_t* speaker, std::string_view* code) {
  bool must = false, should = false;
  for (uint32_t u = v.first; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "aux")) continue;
    must = must || In(v.a.tokens[u].norm, {"must", "mustn't"});
    should = should || In(v.a.tokens[u].norm, {"should", "ought"});
  }
  if ((!must && !should) || !Rel(v, verb, "ccomp")) return false;
  const int32_t h = HeadOf(v, verb);
  if (h < 0 || v.a.parse[h].upos != kVERB ||
      !In(v.a.parse[h].lemma, {"say", "insist", "state", "declare", "tell", "stress", "reiterate", "maintain",
                               "argue", "repeat", "emphasize", "emphasise", "believe", "add"}))
    return false;
  // (An active clause: "a report ... should be released" demands nothing of anyone.)
  if (PassiveInParse(v, verb)) return false;
  bool passive = false;
  const int32_t m = SourceFromParse(v, static_cast<uint32_t>(h), &passive);
  if (m < 0 || passive || v.mentions[m].code.empty()) return false;
  *speaker = m;
  *code = must ? "100" : "020";
  return true;
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

// The first conjunct of a coordination the mention belongs to ("Arnor and
// Osgiliath condemned": from Osgiliath back to Arnor), on the surface.
int32_t FirstConjunctSurface(const SentenceView& v, int32_t m) {
  for (int guard = 0; guard < 16; ++guard) {
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

// The same by the parse: up the `conj` relations.
int32_t FirstConjunct(const SentenceView& v, int32_t m) {
  if (!v.parsed) return FirstConjunctSurface(v, m);
  for (int guard = 0; guard < 16; ++guard) {
    uint32_t h = v.mentions[m].head;
    if (!Rel(v, h, "conj")) return m;
    int32_t up = HeadOf(v, h);
    int32_t mm = up >= 0 ? v.MentionAt(static_cast<uint32_t>(up)) : -1;
    if (mm < 0 || mm == m) return m;
    m = mm;
  }
  return m;
}

// Surface conjuncts: "Azerbaijan, Iran and Russia", also across modifiers
// ("Arnor and the evil awful Gondor").
void SurfaceConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  Conjuncts(v, FirstConjunctSurface(v, m), out);
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
}

// Is the surface coordination `members` (in text order) a plausible list:
// and/or/nor before its last member ("A, B and C"; not "A and B, the C
// newspaper said"), and no member a possessor ("Arnor, Gondor's ally")?
bool PlausibleSurfaceList(const SentenceView& v, const std::vector<int32_t>& members) {
  if (members.size() < 2) return false;
  for (int32_t x : members) {
    const Mention& mm = v.mentions[x];
    if (mm.end < v.last && v.a.tokens[mm.end].norm == "'s") return false;
  }
  bool conj = false;
  for (uint32_t k = v.mentions[members[members.size() - 2]].end; k < v.mentions[members.back()].begin; ++k) {
    std::string_view n = v.a.tokens[k].norm;
    conj = conj || n == "and" || n == "or" || n == "nor";
  }
  return conj;
}

// Conjuncts of a source or target mention: with a parse, mentions whose head
// is a `conj` dependent of the mention's head; without one, the surface scan.
// Robustness to our parser's errors on coordinated subjects: the other
// `nsubj` dependents of the same verb ("Ithilen and the government of Gondor
// warned" parsed with two subjects) and, for a subject, a plausible surface
// list around it ("The Philippines and the Central African Republic agree"
// parsed with "Philippines" as the root) are conjuncts too.
void CollectFieldConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  if (!v.parsed) {
    SurfaceConjuncts(v, m, out);
    return;
  }
  m = FirstConjunct(v, m);
  out->push_back(m);
  auto add = [&](int32_t mm) {
    if (mm >= 0 && std::find(out->begin(), out->end(), mm) == out->end()) out->push_back(mm);
  };
  for (size_t i = 0; i < out->size() && i < 16; ++i) {
    uint32_t h = v.mentions[(*out)[i]].head;
    bool joined_by_and = false;  // an earlier conjunct of h came with its own and/or
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (HeadOf(v, t) != static_cast<int32_t>(h) || !Rel(v, t, "conj")) continue;
      // "between Calenardhon and Gondor, and Gondor and Dagolath": a comma
      // before the and/or of a later conjunct opens a second coordination.
      int32_t cc = -1;
      for (uint32_t u = v.first; u < t && cc < 0; ++u) {
        if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "cc")) cc = static_cast<int32_t>(u);
      }
      bool comma = cc > static_cast<int32_t>(v.first) && v.a.tokens[cc - 1].norm == ",";
      if (cc >= 0 && comma && joined_by_and) break;
      if (cc >= 0 && !comma) joined_by_and = true;
      add(v.MentionAt(t));
    }
    // A later dependent whose phrase opens with and/or is a conjunct the parse
    // mislabelled ("toward Gondor and Arnor's Elrond" with `Elrond` as `flat`
    // of Gondor and `and` inside its phrase): in UD only conjuncts carry a cc.
    for (uint32_t t = h + 1; t < v.last; ++t) {
      if (HeadOf(v, t) != static_cast<int32_t>(h) || Rel(v, t, "conj")) continue;
      if (!(Rel(v, t, "flat") || Rel(v, t, "appos") || Rel(v, t, "compound") || Rel(v, t, "nmod"))) continue;
      uint32_t first = t;
      for (uint32_t u = h + 1; u < t; ++u) {
        if (Dominates(v, t, u)) {
          first = u;
          break;
        }
      }
      if (first < t && Rel(v, first, "cc") && v.MentionAt(first) < 0) add(MentionOfPhrase(v, t));
    }
  }
  // The subject may be a phrase around the mention ("the government of Gondor").
  uint32_t h = v.mentions[m].head;
  for (int up = 0; up < 3 && !Rel(v, h, "nsubj"); ++up) {
    int32_t hh = HeadOf(v, h);
    if (hh < 0 || v.a.parse[hh].upos == kVERB || Rel(v, h, "conj")) break;
    h = static_cast<uint32_t>(hh);
  }
  if (!Rel(v, h, "nsubj")) return;
  // Conjuncts of the subject phrase ("Ithilen's sheep and goats of Gondor").
  for (uint32_t t = v.first; t < v.last && h != v.mentions[m].head; ++t) {
    if (HeadOf(v, t) == static_cast<int32_t>(h) && Rel(v, t, "conj")) add(MentionOfPhrase(v, t));
  }
  int32_t verb = HeadOf(v, h);
  for (uint32_t t = v.first; t < v.last && verb >= 0; ++t) {
    if (t != h && HeadOf(v, t) == verb && Rel(v, t, "nsubj")) add(MentionOfPhrase(v, t));
  }
  std::vector<int32_t> surface;
  SurfaceConjuncts(v, m, &surface);
  if (PlausibleSurfaceList(v, surface)) {
    for (int32_t x : surface) add(x);
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

// The actor that opens the noun phrase of mention `m`: a coded mention that
// ends right before it with only "'s" and lower-case modifiers between
// ("Arnor's Elrond", "the evil Arnor awful Gondor"), else `m` itself.
int32_t PhraseOpeningActor(const SentenceView& v, int32_t m) {
  for (int guard = 0; guard < 4; ++guard) {
    uint32_t b = v.mentions[m].begin;
    uint32_t k = b;
    while (k > v.first && k + 3 > b) {
      const Token& t = v.a.tokens[k - 1];
      bool modifier = t.norm == "'s" || (!(t.flags & (kTokPunct | kTokCapitalized)) && v.parsed &&
                                         v.a.parse[k - 1].upos == kADJ);
      if (!modifier) break;
      --k;
    }
    int32_t p = k > v.first ? v.MentionAt(k - 1) : -1;
    if (p < 0 || p == m || v.mentions[p].code.empty() || v.mentions[p].end != k) return m;
    m = p;
  }
  return m;
}

// Conjuncts of a source or target mention (CollectFieldConjuncts). PETRARCH
// codes a noun phrase by its first actor, so with a parse a conjunct that an
// actor opens counts as that actor ("deep satisfaction toward Gondor and
// Arnor's Elrond" -> GON, ARN).
void FieldConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  if (v.tabari) {
    TabariConjuncts(v, m, out);
    return;
  }
  size_t first = out->size();
  CollectFieldConjuncts(v, m, out);
  if (!v.parsed) return;
  std::vector<int32_t> kept(out->begin() + static_cast<long>(first), out->end());
  out->resize(first);
  for (size_t i = 0; i < kept.size(); ++i) {
    int32_t x = i == 0 ? kept[i] : PhraseOpeningActor(v, kept[i]);
    if (std::find(out->begin() + static_cast<long>(first), out->end(), x) == out->end()) out->push_back(x);
  }
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

bool IsModal(std::string_view n) {
  return In(n, {"will", "would", "shall", "should", "can", "could", "may", "might", "must"});
}

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

void CodeSentenceField(const Lexicon& lex, const SentenceView& v0, uint32_t si, const CoderOptions& options,
                       std::vector<CodedEvent>* out) {
  const Analysis& a = v0.a;
  const auto& mentions = v0.mentions;
  FieldCtx c0{lex, v0, {}, {}};
  // A verb our tagger got wrong is coded on the surface (see MistaggedVerb).
  std::optional<SentenceView> surface_view;
  std::optional<FieldCtx> surface_ctx;
  size_t first_out = out->size();
  int32_t verb_source = -1, coded_source = -1;  // the current verb's source; the last coded one
  char verb_priority = 0;                       // TABARI '?'/'!' of the current verb's code
  // A negative source/target index stands for the TABARI DEFAULT code.
  const std::string& default_source = lex.tabari.default_source;
  const std::string& default_target = lex.tabari.default_target;
  auto emit = [&](int32_t src, int32_t tgt, const std::string& code, uint32_t vb, uint32_t ve,
                  const std::vector<std::string>& rules, bool negated) {
    if (src == tgt && src >= 0) return;
    if (src < 0 && default_source.empty()) return;
    // No target: TABARI's DEFAULT target, else PETRARCH's null actor when
    // require_dyad is off.
    if (tgt < 0 && default_target.empty() && options.require_dyad) return;
    const std::string& sc = src < 0 ? default_source : mentions[src].code;
    const std::string& tc = tgt >= 0 ? mentions[tgt].code : !default_target.empty() ? default_target : kNullActor;
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
  if (tabari) clause = TabariClauses(lex, v0);
  if (tabari) c0.clause = &clause;
  int32_t carried = -1;  // TABARI: the source carried into later clauses
  if (tabari) {
    // "If no event is found in the first clause, the source actor is set to
    // the first actor in that clause" (manual 7.6).
    for (int32_t id : v0.mention_ids) {
      if (!v0.mentions[id].code.empty() && clause[v0.mentions[id].begin - v0.first] == 0) {
        carried = id;
        break;
      }
    }
  }
  for (uint32_t t = v0.first; t < v0.last; ++t) {
    if (tabari && coded_source >= 0) carried = coded_source;
    if (v0.MentionAt(t) >= 0 || v0.Hidden(t)) continue;
    const Token& tok = a.tokens[t];
    const std::vector<int32_t>* cands = lex.FindVerbs(tok.norm);
    int32_t stem_verb = cands ? -1 : lex.FindStemVerb(tok.norm);
    if (!cands && stem_verb < 0) continue;
    bool surface = false;
    const bool misattached =
        v0.parsed && lex.dialect == Lexicon::Dialect::kPetrarch && MisattachedVerb(v0, t);
    if (v0.parsed && (a.parse[t].upos != kVERB || misattached)) {
      bool form = cands && !cands->empty() && lex.verbs[(*cands)[0]].lemma != tok.norm;
      if (!misattached && (lex.dialect != Lexicon::Dialect::kPetrarch || !MistaggedVerb(v0, t, form))) continue;
      surface = true;
      if (!surface_view) {
        surface_view.emplace(v0);
        surface_view->parsed = false;
        surface_ctx.emplace(FieldCtx{lex, *surface_view, {}, {}});
      }
    }
    const SentenceView& v = surface ? *surface_view : v0;
    FieldCtx& c = surface ? *surface_ctx : c0;
    if (!v0.parsed && tabari) {
      if (TabariNoun(v, t)) continue;
    } else if (!v0.parsed) {
      if (t > v.first && (IsDeterminerLike(a.tokens[t - 1].norm) || a.tokens[t - 1].norm == "'s")) continue;
      if (NounAfterDeterminer(v, t)) continue;  // "a brief private visit to Eriador": a noun
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
      if (!passive && lex.dialect == Lexicon::Dialect::kPetrarch && SurfacePassive(v, vb, t)) {
        passive = true;
        by_agent = AgentAfterBy(v, ve);
        rules.push_back("coder: passive on the surface (be + adverbs + participle)");
      }
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
      } else if (!subject_not_actor && !SubjectlessDependentClause(v, t)) {
        int32_t s = SourceLeft(v, vb, surface);
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
    if (surface) rules.push_back("coder: verb tagged " + std::string(kUposNames[a.parse[t].upos]) + ", coded on the surface");
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
      if (coded < 2 || !subject) {
        // PETRARCH with require_dyad off: the source acts with no target
        // ("..., a senior official said" -> ---GOV/---/010).
        if (!options.require_dyad) {
          rules.push_back("coder: no target (require_dyad off)");
          for (int32_t x : sources) emit(x, -1, code, vb, ve, rules, negated);
        }
        continue;
      }
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
    // (A subjectless to-infinitive attached as advcl is such a link too.)
    auto chain_link = [&](uint32_t u) {
      return Rel(v, u, "xcomp") || (Rel(v, u, "advcl") && ToInfinitive(v, u));
    };
    for (int32_t u = lv, guard = 0; guard < 8 && u >= 0 && chain_link(static_cast<uint32_t>(u)) && !drop; ++guard) {
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
        drop = upper.target >= 0 && M[upper.target].code == M[lower.source].code;
      }
    }
    if (drop) out->erase(out->begin() + static_cast<long>(i));
    else ++i;
  }
}

// PETRARCH codes a verb phrase as a whole: a verb inside a clause that
// modifies a noun (`acl`, `acl:relcl`) within the phrase of a verb that has
// coded an event adds no event of its own ("Arnor is about to restore full
// diplomatic ties with Gondor almost five years after Calenardhon crowds
// burned down its embassy": the restoring, not the burning).
void DropNestedModifierEvents(const SentenceView& v, size_t first_out, std::vector<CodedEvent>* out) {
  if (!v.parsed || out->size() - first_out < 2) return;
  auto has_event = [&](uint32_t tok, size_t self) {
    for (size_t j = first_out; j < out->size(); ++j) {
      if (j != self && (*out)[j].verb_begin <= tok && tok < (*out)[j].verb_end) return true;
    }
    return false;
  };
  for (size_t i = first_out; i < out->size();) {
    uint32_t u = (*out)[i].verb_begin;
    bool through_acl = false, drop = false;
    for (int guard = 0; guard < 32 && !drop; ++guard) {
      int32_t h = HeadOf(v, u);
      if (h < 0) break;
      through_acl = through_acl || (Rel(v, u, "acl") && !OwnSubject(v, u));
      // Only inside the verb phrase: not through its subject or another clause.
      if (Rel(v, u, "conj") || Rel(v, u, "parataxis") || Rel(v, u, "ccomp") || Rel(v, u, "advcl") ||
          Rel(v, u, "nsubj") || Rel(v, u, "csubj"))
        break;
      u = static_cast<uint32_t>(h);
      drop = through_acl && v.a.parse[u].upos == kVERB && has_event(u, i);
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
          static_cast<uint32_t>(h) >= outer.verb_end || outer.target < 0 ||
          M[outer.target].code != M[inner.source].code)
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

namespace {

bool IsTimeWord(std::string_view n) {
  return In(n, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "day", "days",
                "week", "weeks", "weekend", "month", "months", "year", "years", "january", "february", "march",
                "april", "may", "june", "july", "august", "september", "october", "november", "december"});
}

// The noun phrase of head `h` (sentence-local parse): its subtree without a
// leading preposition of the head, punctuation, and clauses, appositions and
// conjuncts hanging off it. Returns false when that is not a contiguous span.
bool NounPhraseSpan(const Analysis& a, const Sentence& s, uint32_t h, uint32_t* begin, uint32_t* end) {
  const uint32_t first = s.first_token, last = s.first_token + s.num_tokens;
  auto head_of = [&](uint32_t t) -> int32_t {
    int16_t hh = a.parse[t].head;
    return hh <= 0 ? -1 : static_cast<int32_t>(first + hh - 1);
  };
  // An apposition set off by punctuation is not part of the phrase; one right
  // after its noun is ("head Minerva McGonagall").
  auto set_off = [&](uint32_t t) {
    int32_t up = head_of(t);
    for (uint32_t k = up < 0 ? t : std::min<uint32_t>(static_cast<uint32_t>(up), t); k < t; ++k) {
      if (a.tokens[k].flags & kTokPunct) return true;
    }
    return false;
  };
  auto cut = [&](uint32_t t) {
    std::string_view r = a.parse[t].deprel_name;
    return r == "punct" || r.starts_with("acl") || (r == "appos" && set_off(t)) || r == "conj" || r == "cc" ||
           r == "parataxis" || (r == "case" && head_of(t) == static_cast<int32_t>(h) && t < h);
  };
  uint32_t b = h, e = h + 1, count = 0;
  for (uint32_t t = first; t < last; ++t) {
    bool in = false;
    for (uint32_t u = t, guard = 0; guard < 64; ++guard) {
      if (u == h) {
        in = true;
        break;
      }
      if (cut(u)) break;
      int32_t up = head_of(u);
      if (up < 0) break;
      u = static_cast<uint32_t>(up);
    }
    if (!in) continue;
    b = std::min(b, t);
    e = std::max(e, t + 1);
    ++count;
  }
  *begin = b;
  *end = e;
  return count == e - b;
}

}  // namespace

void AddNewActorMentions(const Analysis& a, uint32_t max_words, std::vector<Mention>* mentions) {
  if (max_words == 0 || a.parse.size() != a.tokens.size()) return;
  std::vector<int32_t> covered(a.tokens.size(), 0);  // 1 + mention index
  for (size_t m = 0; m < mentions->size(); ++m) {
    for (uint32_t t = (*mentions)[m].begin; t < (*mentions)[m].end; ++t) covered[t] = static_cast<int32_t>(m) + 1;
  }
  size_t before = mentions->size();
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    for (uint32_t h = s.first_token; h < s.first_token + s.num_tokens; ++h) {
      const TokenParse& tp = a.parse[h];
      if (tp.head <= 0 || (tp.upos != kNOUN && tp.upos != kPROPN)) continue;
      std::string_view r = tp.deprel_name;
      if (!(r == "nsubj" || r == "nsubj:pass" || r == "obj" || r == "iobj" || r == "obl")) continue;
      if (IsTimeWord(a.tokens[h].norm)) continue;  // "on Wednesday" names no actor
      if (a.parse[s.first_token + tp.head - 1].upos != kVERB) continue;
      uint32_t b = 0, e = 0;
      if (!NounPhraseSpan(a, s, h, &b, &e)) continue;
      // A name right after a role noun belongs to it ("Gryffindor's head
      // Minerva McGonagall left", parsed with the name as the subject of a
      // relative clause of `head`).
      uint32_t verb = s.first_token + tp.head - 1;
      std::string_view vrel = a.parse[verb].deprel_name;
      if (r == "nsubj" && vrel.starts_with("acl") && a.parse[verb].head > 0 && b > s.first_token &&
          s.first_token + a.parse[verb].head - 1 == b - 1 && a.parse[b - 1].upos == kNOUN) {
        uint32_t nb = 0, ne = 0;
        if (NounPhraseSpan(a, s, b - 1, &nb, &ne) && ne == b) b = nb;
      }
      std::string code;
      uint32_t words = 0;
      bool actor = false;
      for (uint32_t t = b; t < e && !actor; ++t) {
        actor = covered[t] != 0;
        std::string_view n = a.tokens[t].norm;
        if (n == "'s" || (a.tokens[t].flags & kTokPunct)) continue;
        ++words;
        if (!code.empty()) code.push_back(' ');
        for (char c : a.tokens[t].form) code.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
      }
      if (actor || words == 0 || words > max_words) continue;
      Mention m;
      m.sentence = si;
      m.begin = b;
      m.end = e;
      m.head = h;
      m.code = "\"" + code + "\"";
      for (uint32_t t = b; t < e; ++t) covered[t] = static_cast<int32_t>(mentions->size()) + 1;
      mentions->push_back(std::move(m));
    }
  }
  if (mentions->size() == before) return;
  // Back into text order, with coreference indexes remapped.
  std::vector<size_t> order(mentions->size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Mention& mx = (*mentions)[x];
    const Mention& my = (*mentions)[y];
    return mx.sentence != my.sentence ? mx.sentence < my.sentence : mx.begin < my.begin;
  });
  std::vector<int32_t> new_index(order.size());
  for (size_t k = 0; k < order.size(); ++k) new_index[order[k]] = static_cast<int32_t>(k);
  std::vector<Mention> sorted;
  sorted.reserve(order.size());
  for (size_t k : order) {
    sorted.push_back(std::move((*mentions)[k]));
    if (sorted.back().coref >= 0) sorted.back().coref = new_index[sorted.back().coref];
  }
  mentions->swap(sorted);
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

// The code of a role with no country of its own ("opposition leaders",
// "demonstrators", "government troops") acted on by `source`, when the source
// is a country's own institution or people (a country code, possibly with a
// role): that country plus the role. "" otherwise, and for organisations.
// Not the press (talking to reporters is no event), not a role word that
// modifies another noun ("press reports", "government approval", "the Public
// Health Laboratory"), not a role of no particular country ("foreign banks").
std::string DomesticRoleCode(const Lexicon& lex, const SentenceView& v, int32_t source, int32_t target) {
  const std::vector<Mention>& mentions = v.mentions;
  if (source < 0 || target < 0) return {};
  const Mention& t = mentions[target];
  const std::string& sc = mentions[source].code;
  // (Not a role with a name after it: "the Public Utility Commission".)
  if (t.pronoun || t.named || t.agent < 0 || t.actor >= 0 || !t.code.empty() || sc.size() < 3) return {};
  if (lex.agents[t.agent].code == "MED") return {};
  // Nor a role word inside a name ("the Public Utility Commission of Texas",
  // "First Union Bank of Florida"): capitalised with a capitalised neighbour.
  auto capitalised = [&](uint32_t k) {
    return k >= v.first && k < v.last && (v.a.tokens[k].flags & kTokCapitalized) &&
           !(v.a.tokens[k].flags & kTokAllCaps) && !(v.a.tokens[k].flags & kTokPunct);
  };
  if (capitalised(t.begin) && t.begin > v.first &&
      ((t.begin > v.first + 1 && capitalised(t.begin - 1) && v.MentionAt(t.begin - 1) < 0) || capitalised(t.end)))
    return {};
  if (v.parsed && (Rel(v, t.head, "compound") || Rel(v, t.head, "amod") || Rel(v, t.head, "nmod:poss")))
    return {};
  // Nor a role qualified by a capitalised word the dictionaries do not know,
  // a people or a nationality of its own: "Tehran has supported anti-Baghdad
  // Kurdish guerrillas" are not Iran's.
  // (The words right before the role, not a subject before its verb.)
  for (uint32_t k = t.begin; k-- > v.first + 1 && k + 2 >= t.begin;) {
    const Token& w = v.a.tokens[k];
    if (!(w.flags & kTokCapitalized) || (w.flags & (kTokAllCaps | kTokPunct))) break;
    if (v.MentionAt(k) < 0) return {};
  }
  // (Nor creditor or commercial banks, in debt news the foreign lenders.)
  for (uint32_t k = t.begin; k-- > v.first && k + 2 >= t.begin;) {
    if (In(v.a.tokens[k].norm,
           {"foreign", "other", "international", "overseas", "western", "commercial", "creditor", "creditors"}))
      return {};
  }
  // Nor a role "of" another country's actor ("the forces of President
  // Hissene Habre", said by Libya).
  if (t.end + 1 < v.last && v.a.tokens[t.end].norm == "of") {
    uint32_t k = t.end + 1;
    if (k + 1 < v.last && v.a.tokens[k].norm == "the") ++k;
    const int32_t of = v.MentionAt(k);
    if (of >= 0 && v.mentions[of].code.size() >= 3 && v.mentions[of].code.compare(0, 3, sc, 0, 3) != 0) return {};
  }
  const std::string country = sc.substr(0, 3);
  // "Congress" alone is the legislature of the United States, unless the
  // source's country has a congress of its own (most of Latin America, the
  // Philippines): "MULRONEY CALLS ON CONGRESS FOR ACID RAIN ACTION" addresses
  // the U.S. Congress. So is "the Senate" for a country without one ("Abe met
  // Senate and Democratic leaders active in trade legislation": Japan has none).
  if (t.end == t.begin + 1 && lex.agents[t.agent].code == "LEG") {
    const std::string_view word = v.a.tokens[t.begin].norm;
    if ((word == "congress" && !In(country, {"USA", "PHL", "MEX", "GTM", "HND", "COL", "VEN", "ECU", "PER", "BOL",
                                             "BRA", "ARG", "CHL", "PRY", "DOM", "FSM"})) ||
        (word == "senate" &&
         !In(country, {"USA", "CAN", "MEX", "AUS", "FRA", "ITA", "BEL", "NLD", "IRL", "ESP", "POL", "CZE", "ROM",
                       "PHL", "THA", "MYS", "PAK", "JOR", "BRA", "ARG", "CHL", "COL", "URY", "PRY", "BOL", "DOM",
                       "HTI", "NGA", "LBR", "KEN", "ZAF", "JAM", "TTO", "BHS", "BRB", "BLZ", "VEN", "PER"})))
      return "USALEG";
  }
  // (Organisations, groups and regions have no domestic roles.)
  if (IsRegionCode(country) || In(country, {"IGO", "NGO", "IMG", "MNC", "INT", "UIS"})) return {};
  for (char c : country) {
    if (c < 'A' || c > 'Z') return {};
  }
  return country + lex.agents[t.agent].code;
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

// An event of sentence `si` coded at the one-token verb `verb`.
CodedEvent VerbEvent(uint32_t si, int32_t source, int32_t target, uint32_t verb, std::string code) {
  CodedEvent ev;
  ev.sentence = si;
  ev.source = source;
  ev.target = target;
  ev.verb_begin = verb;
  ev.verb_end = verb + 1;
  ev.code = std::move(code);
  return ev;
}

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
    for (uint32_t t = v.first; t < v.last; ++t) {
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
        if (Rel(v, t, "amod") && t > v.first &&
            (a.parse[t - 1].upos == kDET || a.parse[t - 1].upos == kADP || a.parse[t - 1].upos == kADJ ||
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
        // (visiting right after a verb and before an actor describes the actor).
        if (a.parse[t].xpos == "VBG" && a.parse[t].lemma == "visit" && t > v.first && t + 1 < v.last &&
            a.parse[t - 1].upos == kVERB && v.MentionAt(t + 1) >= 0)
          continue;
        // A participle between a preposition or determiner and a noun phrase
        // is attributive: "frustration over alleged unfair Japanese trade
        // practices", "the reported clashes".
        if ((a.parse[t].xpos == "VBN" || a.parse[t].xpos == "VBD") && t > v.first && t + 1 < v.last &&
            (a.parse[t - 1].upos == kADP || a.parse[t - 1].upos == kDET) &&
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
      // Passive: a form of "be" before a past participle.
      bool passive = false;
      if (tok.norm != verb.lemma && tok.norm.size() > 2 && tok.norm.substr(tok.norm.size() - 3) != "ing") {
        for (uint32_t k = t; k-- > v.first && k + 3 > t;) {
          if (IsBeForm(a.tokens[k].norm)) passive = true;
        }
        if (passive && AgentAfterBy(v, t + 1) < 0) passive = false;
      }
      // Pattern: most specific first (patterns are sorted by their number of
      // words); among equally specific ones the tightest match, so that
      // "welcomed President Reagan's decision to name" is "welcome * decision",
      // not "welcome * to".
      const VerbPattern* pat = nullptr;
      int32_t target = -1;
      uint32_t pat_skipped = 0;
      for (const VerbPattern& p : verb.patterns) {
        if (pat && p.after.size() < pat->after.size()) break;
        int32_t tg = -1;
        uint32_t skipped = 0;
        if (MatchAfter(v, p, t + 1, &tg, &skipped) && (!pat || skipped < pat_skipped)) {
          pat = &p;
          target = tg;
          pat_skipped = skipped;
          if (skipped == 0) break;
        }
      }
      // A passive fills a pattern's leading target slot with its subject, the
      // pattern's words following the verb or its by-phrase: "Japan was
      // asked by the United States to cut its surplus" is "ask * to",
      // "Nigeria was granted a loan by the World Bank" "grant * loan".
      if (!pat && passive) {
        const int32_t agent = AgentAfterBy(v, t + 1);
        for (const VerbPattern& p : verb.patterns) {
          if (p.after.size() < 2 || p.after[0].kind != PatternElem::kTarget) continue;
          int32_t tg = -1;
          uint32_t skipped = 0;
          if (MatchAfter(v, p, t + 1, &tg, &skipped, 1) ||
              (agent >= 0 && MatchAfter(v, p, v.mentions[agent].end, &tg, &skipped, 1))) {
            pat = &p;
            break;
          }
        }
      }
      if (!pat || pat->discard) continue;  // `---`: this use of the verb is no event
      std::vector<std::string> rules;
      rules.push_back("verbs: " + pat->rule);
      std::string code = pat->code;
      int32_t source = -1;
      int32_t complement = -1;  // the clause a target was taken from (ComplementTarget)
      if (passive) {
        source = AgentAfterBy(v, t + 1);
        // With a parse the target is the passive subject, and a relative
        // pronoun stands for its antecedent ("another proposal ..., which is
        // also opposed by the United States": the proposal, no actor), not
        // the nearest actor before the verb.
        bool pass = false;
        const int32_t subject = v.parsed ? SourceFromParse(v, t, &pass) : -1;
        target = subject >= 0 ? subject : subject == -2 ? -1 : SourceLeft(v, t);
        if (!pat->passive_code.empty()) code = pat->passive_code;
        rules.push_back("coder: passive (subject is the target, by-phrase the source)");
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
          if (m >= 0) {
            source = m;
            rules.push_back("coder: source is the subject in the parse");
          }
          parse_says_no_actor = m == -2;
        }
        if (source < 0 && !parse_says_no_actor) {
          source = SourceLeft(v, t);
          // With a parse, not an actor the parse makes the object or oblique of
          // another word ("the four had left Tehran earlier today and would
          // arrive in London": Tehran is where they left).
          if (source >= 0 && v.parsed && ArgumentOfAnother(v, v.mentions[source].head, t)) source = -1;
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
                (static_cast<uint32_t>(noun) > t || ArgumentOfAnotherSubject(v, static_cast<uint32_t>(noun))))
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
        // (The kind of act for ArgumentActor: an appeal or demand, roots 02
        // and 10; cooperation or support, roots 01 and 03-08; other.)
        const ActKind kind = code.starts_with("02") || code.starts_with("10") ? ActKind::kAppeal
                             : code < "09" ? ActKind::kSupport
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
          if (target >= 0) rules.push_back("coder: target is the object or oblique in the parse");
        }
        if (target < 0 && v.parsed && code.starts_with("081")) {
          target = PlaceOfAnEasing(v, t, source);
          if (target >= 0) rules.push_back("coder: target is the place of the eased sanction in the parse");
        }
        if (target < 0) {
          target = MentionStartingNear(v, t + 1, 2);
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
        }
        // A verb of intention or refusal with no target slot ("threaten",
        // "offer to", "refuse"): the party may be named in its open complement.
        if (target < 0 && v.parsed && StatesItsActInAComplement(a.parse[t].lemma) && !target_slot) {
          target = ComplementTarget(v, t, source, &complement);
          if (target >= 0) rules.push_back("coder: target is that of the verb's to-infinitive complement in the parse");
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
      if (source < 0 || mentions[source].code.empty()) continue;
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
      }
      if (negated && !options.emit_negated) continue;
      // A headline in capitals announcing "JAPAN TO HELP U.S. ON
      // ANTI-SUBMARINE DEFENCES" (the parser reads such headlines poorly).
      const bool headline_to = (tok.flags & kTokAllCaps) && mentions[source].end < t &&
                               a.tokens[mentions[source].end].norm == "to";
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
      if (headline_to || IntendedAct(v, t)) {
        if (std::string_view ic = IntentCode(code); !ic.empty() && !(decided && ic.starts_with("13"))) {
          rules.push_back("coder: a future or intended act (will, agreed to ...): " + code + " -> " + std::string(ic));
          code = std::string(ic);
        } else if (ic.empty() && (v.parsed || headline_to) && (code.starts_with("01") || code.starts_with("02"))) {
          // A statement or appeal still to come has no intent code in CAMEO
          // and is not made yet: "Lyng will ask the Japanese Government to
          // remove all beef import restrictions", "would be pleased to
          // encourage U.S. firms", "REAGAN TO LOBBY SENATORS ON HIGHWAY BILL".
          continue;
        }
      }
      std::vector<int32_t> sources, targets;
      Conjuncts(v, source, &sources);
      if (target < 0) {
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
            talks || ((code.starts_with("06") || code.starts_with("087") || In(code, {"030", "031", "050", "057"})) &&
                      (In(lemma, {"agree", "sign", "meet", "negotiate", "talk", "discuss", "cooperate", "reach", "hold",
                                  "conclude", "consult", "confer", "collaborate", "initial", "finalise", "finalize"}) ||
                       // (The dictionary's lemma too: ours makes "initialled" "initiall".)
                       In(verb.lemma, {"agree", "sign", "initial", "finalise", "finalize", "conclude"})));
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
      for (int32_t src : sources) {
        for (int32_t tgt : targets) {
          // A role of no stated country acted on by a country's own
          // institution belongs to that country: "Kenyan police arrested
          // opposition leaders" is KENCOP -> KENOPP.
          const std::string domestic =
              mentions[tgt].code.empty() ? DomesticRoleCode(lex, v, src, tgt) : std::string();
          const std::string& tgt_code = domestic.empty() ? mentions[tgt].code : domestic;
          if (src == tgt || mentions[src].code.empty() || tgt_code.empty() || mentions[src].code == tgt_code ||
              CountryAndItsOwnAgent(mentions[src].code, tgt_code))
            continue;
          // Speaking or talking to journalists is an interview, no meeting:
          // "Mikulic was speaking to West German journalists in an interview".
          if ((code.starts_with("04") || code == "036") && tgt_code.ends_with("MED")) continue;
          CodedEvent ev = VerbEvent(si, src, tgt, t, code);
          ev.rules = rules;
          // A warning that something will happen which the source does not
          // threaten to do itself is a pessimistic comment (012), not a
          // threat: "The International Monetary Fund has warned Israel ... that
          // a continued rapid rise in wages could undo the achievements of its
          // economic stabilization program". (Still a threat when the clause's
          // subject is the source, or names a reprisal: "warned the European
          // Community that protectionist measures would bring a tough response".)
          if (code == "130" && v.parsed && WarningOfNoThreat(v, t, mentions[src].code)) {
            ev.code = "012";
            ev.rules.push_back("coder: a warning of what the source does not threaten is a pessimistic comment: 130 -> 012");
          }
          // CAMEO's protest (14) is collective civilian action; a state that
          // "protests" complains officially (114): "Britain has also protested
          // the Japanese limitations", "INDONESIA PROTESTS AGAINST EC DUTY".
          if (code.starts_with("14") && StateActor(mentions[src].code)) {
            ev.code = "114";
            ev.rules.push_back("coder: a state's protest is an official complaint: " + code + " -> 114");
          }
          // An actor with no arms that "attacks", "blasts" or "hits" another
          // criticises it (111), and one that blockades a road or border
          // obstructs passage in protest (144): "EC ATTACKS JAPAN", "U.S. CORN
          // GROWERS BLAST CANADA CORN RULING", "Farmers blockaded the border
          // crossing with France".
          // (The dictionary's lemma: our lemmatizer makes "blockaded" "blockad".)
          const std::string_view lemma_here = verb.lemma;
          if ((code.starts_with("18") || code.starts_with("19") || code.starts_with("20")) &&
              UnarmedActor(mentions[src].code)) {
            if (In(lemma_here, {"attack", "blast", "hit", "slam", "assail", "lash", "fight", "beat", "batter"})) {
              ev.code = "111";
              ev.rules.push_back("coder: an unarmed actor's attack is verbal: " + code + " -> 111");
            } else if (In(lemma_here, {"blockade", "block", "barricade"})) {
              ev.code = "144";
              ev.rules.push_back("coder: an unarmed actor's blockade obstructs passage: " + code + " -> 144");
            }
          }
          if (!domestic.empty()) {  // (this event's rule only, not the next pair's)
            ev.target_code = domestic;
            ev.rules.push_back("coder: a role of no stated country takes its domestic source's country: " + domestic);
          }
          ev.negated = negated;
          emit(std::move(ev), complement);
        }
      }
    }
    DropEventsRepeatedByTheirComplement(v, first_out, &borrowed, out);
  }
}

}  // namespace dyad::events
