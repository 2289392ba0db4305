// Coding one sentence with PETRARCH2/TABARI dictionaries, the PETRARCH
// post-passes that drop or fold events, and PETRARCH's new actors.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "coder_internal.h"
#include "dyad/parse.h"

namespace dyad::events {

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
  return IsWeekdayName(n) || IsMonthName(n) ||
         In(n, {"today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "day", "days",
                "week", "weeks", "weekend", "month", "months", "year", "years"});
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

}  // namespace dyad::events
