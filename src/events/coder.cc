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

}  // namespace

void CodeSentenceEvents(const Lexicon& lex, const Analysis& a, const std::vector<Mention>& mentions,
                        const Quotes& quotes, const CoderOptions& options,
                        std::vector<CodedEvent>* out) {
  std::vector<int32_t> mention_at;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.kind == BlockKind::kFurniture || s.kind == BlockKind::kDateline) continue;
    SentenceView v{a, mentions, quotes, s.first_token, s.first_token + s.num_tokens, {}, {},
                   !a.parse.empty()};
    v.mention_at.assign(s.num_tokens, -1);
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].sentence != si) continue;
      v.mention_ids.push_back(static_cast<int32_t>(m));
      for (uint32_t t = mentions[m].begin; t < mentions[m].end; ++t) v.mention_at[t - v.first] = static_cast<int32_t>(m);
    }
    if (v.mention_ids.size() < 1) continue;
    // Discarded sentences (sports results and the like) yield nothing.
    bool discard = false;
    for (const auto& d : lex.discards) {
      for (uint32_t t = v.first; t + d.size() <= v.last && !discard; ++t) {
        bool ok = true;
        for (size_t k = 0; k < d.size() && ok; ++k) ok = a.tokens[t + k].norm == d[k];
        discard = ok;
      }
    }
    if (discard) continue;
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
      bool negated = false;
      for (uint32_t k = t; k-- > v.first && k + 4 > t;) {
        if (IsNegation(a.tokens[k].norm)) negated = true;
        if (v.MentionAt(k) >= 0 || a.tokens[k].norm == ",") break;
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
