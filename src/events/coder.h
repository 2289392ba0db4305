// Event coder: finds who did what to whom in each sentence, from the verb
// lexicon's patterns, the actor mentions and (when a parse is present) the
// dependency tree; without a parse it falls back to a documented surface
// heuristic (docs/coder.md). Thread-safe over const inputs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analysis.h"
#include "dyad/lexicon.h"
#include "quotes.h"

namespace dyad::events {

// An adjective of outlook said of an actor ("said she was optimistic that
// talks with Malaysia ..."): +1 hopeful (CAMEO 013), -1 gloomy (012), 0 none.
// (The pipeline parses a sentence with one of them and two actors.)
inline int OutlookOf(std::string_view w) {
  for (std::string_view h : {"optimistic", "hopeful", "confident", "upbeat"}) {
    if (w == h) return 1;
  }
  for (std::string_view g : {"pessimistic", "gloomy", "doubtful", "skeptical", "sceptical", "bleak", "dim"}) {
    if (w == g) return -1;
  }
  return 0;
}

// Verbs by which one tells a party what one will do ("told the United States
// that it would reform ..."): an intent expressed to that party (030). The
// pipeline parses a sentence with one of their forms and two actors.
inline bool IsToldIntentVerb(std::string_view w) {
  for (std::string_view v : {"tell", "told", "tells", "assure", "assured", "assures", "promise", "promised",
                             "promises", "inform", "informed", "informs"}) {
    if (w == v) return true;
  }
  return false;
}

// CAMEO codes of acts our coder may aim at home when they name no party: a
// protest (14) at the protesters' government, a police alert or deployment
// (151, 153), curfew, martial law or a shutdown (1721, 1723, 1724) and their
// threats (1323, 1324) at the people of the place (ImpliedDomesticTarget).
// The pipeline parses a sentence with one actor and a verb with such a code.
inline bool CodesAtHome(std::string_view c) {
  if (c.starts_with("14")) return true;
  for (std::string_view h : {"151", "153", "1721", "1723", "1724", "1323", "1324"}) {
    if (c == h) return true;
  }
  return false;
}

// The code of a target-less event's target (PETRARCH's null actor).
inline const std::string kNullActor = "---";

struct CodedEvent {
  uint32_t sentence = 0;
  int32_t source = -1;        // mention index; -1 only for a TABARI DEFAULT source (source_code)
  int32_t target = -1;        // mention index; -1: a DEFAULT target (target_code) or none (require_dyad off)
  uint32_t verb_begin = 0;    // verb token range
  uint32_t verb_end = 0;
  std::string code;
  std::vector<std::string> rules;  // verb rule and coder rules (mention rules are added later)
  bool negated = false;
  char priority = 0;  // TABARI '?' subordinate / '!' dominant code (VerbPattern::priority)
  // Codes that replace the mentions' codes when set: one member of a TABARI
  // coded compound actor (`[FRO/BIL/SAM]`), or a DEFAULT source/target code
  // (then source/target may be -1: no mention).
  std::string source_code, target_code;
  const std::string& SourceCode(const std::vector<actors::Mention>& m) const {
    return source_code.empty() ? m[source].code : source_code;
  }
  // A target-less event (PETRARCH `require_dyad` off) has PETRARCH's null actor.
  const std::string& TargetCode(const std::vector<actors::Mention>& m) const {
    if (!target_code.empty()) return target_code;
    return target >= 0 ? m[target].code : kNullActor;
  }
};

struct CoderOptions {
  bool emit_negated = false;
  // PETRARCH's `require_dyad` (default true): when false, field dictionaries
  // also code a verb that has a source but no target, with target -1.
  bool require_dyad = true;
  // The article's year (0 when unknown): an act dated by its clause to an
  // earlier year is background, not news ("where U.S. soldiers killed
  // hundreds of civilians in 1968").
  int article_year = 0;
};

// PETRARCH's new actors (`new_actor_length`): a noun phrase that is the
// subject, object or oblique of a verb, holds no dictionary actor and has at
// most `max_words` words (not counting "'s") becomes a mention coded by its
// words in upper case and quotes ("\"THE MINISTRY OF MAGIC\""). Needs the
// parse (unparsed sentences are skipped); keeps `mentions` in text order.
void AddNewActorMentions(const Analysis& a, uint32_t max_words, std::vector<actors::Mention>* mentions);

void CodeSentenceEvents(const Lexicon& lex, const Analysis& a,
                        const std::vector<actors::Mention>& mentions, const Quotes& quotes,
                        const CoderOptions& options, std::vector<CodedEvent>* out);

}  // namespace dyad::events
