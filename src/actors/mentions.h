// Actor resolution: finds actor mentions in a document's sentences by longest
// match against the Lexicon, composing country + role ("Russian Deputy
// Foreign Minister Mikhail Galuzin" -> RUS + GOV), "ROLE of COUNTRY", and
// resolving role-only mentions ("the diplomat") and he/she to the most recent
// compatible actor. Thread-safe over a const Lexicon; output is per call.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/analysis.h"
#include "dyad/lexicon.h"

namespace dyad::actors {

struct Mention {
  uint32_t sentence = 0;  // index into Analysis::sentences
  uint32_t begin = 0;     // first token (index into Analysis::tokens)
  uint32_t end = 0;       // one past the last token
  uint32_t head = 0;      // head token (the role word, the name, or the last word)
  std::string code;       // resolved CAMEO actor code; empty = unresolved
  int32_t actor = -1;     // Lexicon::actors index that fired, or -1
  int32_t agent = -1;     // Lexicon::agents index that fired, or -1
  int32_t coref = -1;     // index of the mention this one was resolved to, or -1
  bool named = false;     // includes a person name (for he/she resolution)
  uint32_t name_begin = 0;  // first token of the person name when named (name runs to `end`)
  bool pronoun = false;   // he/she
  // PETRARCH/TABARI composition: the agent entries folded into this mention
  // (besides `agent`), e.g. "MSF Arnor diplomat" -> MSF (prefix) + diplomat.
  int32_t agent2 = -1;
  bool agent_only = false;  // a role with no actor ("officials" -> "---GOV")
  // PETRARCH/TABARI: the last suffix agent folded into `code` ("Danish
  // Islamist media" -> DNK+MUS+MED: MED), so a conjoined role can replace it.
  int32_t last_agent = -1;
  bool agent_distributed = false;  // the role came from a conjoined mention
  // TABARI: the actor's code (after date restriction) is the discard code
  // `###` or the complex code `+++` (manual 6.3, 6.4); `code` is then empty.
  char special = 0;  // '#', '+' or 0
  // TABARI: a plural pronoun (THEY, THEM, THEIR) that refers to a compound
  // actor: the first token of the compound's first actor, else -1.
  int32_t ref_token = -1;
  // Our dictionaries: a bare actor adjective ("an Indian proposal"). Not an
  // actor on its own ("Russian oil exports rose" has no source); the coder
  // takes it only as the actor qualifying a verb's object ("rejected an
  // Indian proposal" -> IND, docs/coder.md). Quotations, coreference and the
  // pipeline's parse selection ignore it.
  bool modifier = false;
};

// Finds mentions in all sentences (in order). `date` (YYYYMMDD or empty) picks
// date-restricted codes.
// `forward_actor` (TABARI FORWARD, see Document::forward_actor) codes a
// pronoun that opens the first sentence before any actor.
void FindMentions(const Lexicon& lex, const Analysis& a, const std::string& date,
                  std::vector<Mention>* out, const std::string& forward_actor = {});

// TABARI FORWARD: the code a later sentence's opening pronoun takes from this
// text: the first actor of its first sentence that is not a pronoun, without
// its agents (manual 8.4); empty when there is none.
std::string TabariForwardCode(const Lexicon& lex, const Analysis& a, const std::string& date,
                              const std::vector<Mention>& mentions);

// The code of a role that belongs to `owner`: an organisation's own code, or
// the owner's country plus the role's ("its forces" of Baghdad: IRQ + MIL).
std::string RoleOfOwner(const std::string& owner, const std::string& agent);

// The dictionary rules behind a mention, for an event's `rules` field.
void MentionRules(const Lexicon& lex, const std::vector<Mention>& all, const Mention& m,
                  std::vector<std::string>* rules);

}  // namespace dyad::actors
