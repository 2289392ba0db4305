// Event coder: finds who did what to whom in each sentence, from the verb
// lexicon's patterns, the actor mentions and (when a parse is present) the
// dependency tree; without a parse it falls back to a documented surface
// heuristic (docs/coder.md). Thread-safe over const inputs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/analysis.h"
#include "dyad/lexicon.h"
#include "quotes.h"

namespace dyad::events {

struct CodedEvent {
  uint32_t sentence = 0;
  int32_t source = -1;        // mention index
  int32_t target = -1;        // mention index
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
  const std::string& TargetCode(const std::vector<actors::Mention>& m) const {
    return target_code.empty() ? m[target].code : target_code;
  }
};

struct CoderOptions {
  bool emit_negated = false;
};

void CodeSentenceEvents(const Lexicon& lex, const Analysis& a,
                        const std::vector<actors::Mention>& mentions, const Quotes& quotes,
                        const CoderOptions& options, std::vector<CodedEvent>* out);

}  // namespace dyad::events
