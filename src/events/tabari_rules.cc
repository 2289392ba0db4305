// TABARI's own rules (manual sections cited at each): clauses, default
// source and target, comma-clause elimination, priorities, coded compounds,
// the complexity and minimum-words filters.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "coder_internal.h"
#include "dyad/parse.h"

namespace dyad::events {

namespace {
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
}  // namespace
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

}  // namespace dyad::events
