// Lexicon: the compiled, immutable dictionaries the coder matches against:
// actors, agents (roles), verbs with their patterns, discards. Every reader
// (our own TSV format, PETRARCH2, TABARI) fills the same structures, so all
// dictionaries code through one pipeline. After Finalize() a Lexicon is
// read-only and safe to share between threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// One problem found while loading a dictionary; loading continues after it.
struct DictProblem {
  std::string file;
  uint32_t line = 0;
  std::string message;
  std::string ToString() const;  // "file:line: message"
};

// An actor code with an optional date restriction (YYYYMMDD ints, inclusive).
struct ActorCode {
  std::string code;        // e.g. "RUS", "RUSGOV", "IGOEUREEC"
  int32_t from = 0;        // 0 = no lower bound
  int32_t to = 99999999;   // no upper bound
};

enum class ActorKind : uint8_t {
  kCountry,     // "Armenia", "Republic of Armenia"
  kAdjective,   // "Armenian" (also demonyms "Armenians"): combines with a following agent
  kCapital,     // "Yerevan" used as a metonym for the government
  kMetonym,     // "the Kremlin", "the White House"
  kOrg,         // international organisations, blocs
  kPerson,      // named people
  kGroup,       // non-state groups
};

struct ActorEntry {
  std::vector<std::string> words;   // normalised (lower-case) tokens of the phrase
  std::vector<ActorCode> codes;     // one or more, possibly date-restricted
  ActorKind kind = ActorKind::kCountry;
  bool allow_agent_suffix = true;   // "Armenian" + "leadership" -> ARMGOV
  bool require_capital = false;     // phrase written capitalised: first token must be too
  std::string rule;                 // "actors.tsv:12 Armenia" (shown in event `rules`)
};

// A role word ("minister", "rebels"): code fragment appended to (or standing for) an actor.
struct AgentEntry {
  std::vector<std::string> words;   // normalised tokens ("deputy", "foreign", "minister")
  std::string code;                 // e.g. "GOV", "MIL", "OPP"; may be several 3-letter codes "GOVMIL"
  bool prefix = false;              // PETRARCH `~` placement: code goes before the country code
  std::string rule;
};

// One element of a verb pattern.
struct PatternElem {
  enum Kind : uint8_t {
    kWord,      // literal normalised word (matches any inflection when `lemma` is set)
    kTarget,    // `*`: the target actor goes here
    kSource,    // `$`: the source actor goes here (PETRARCH)
    kAnyNoun,   // `{...}` noun phrase slot / generic filler
  };
  Kind kind = kWord;
  std::string word;
  bool lemma = false;
};

struct VerbPattern {
  std::string code;              // active code, e.g. "0231" (string: leading zeros kept)
  std::string passive_code;      // optional code when the verb is passive ("[active:passive]")
  std::vector<PatternElem> before;  // elements before the verb (PETRARCH "$ ... *" prefixes)
  std::vector<PatternElem> after;   // elements after the verb, e.g. [kTarget, "to"] for "urge * to"
  std::string rule;              // "verbs.tsv:88 urge * to"
};

struct VerbEntry {
  std::string lemma;                 // head verb lemma ("urge"); multi-word: "call on" is lemma "call" + after "on"
  std::vector<std::string> forms;    // inflected forms (urges, urged, urging) incl. irregulars
  std::string default_code;          // code when no pattern matches (may be empty: no event)
  std::string default_rule;
  std::vector<VerbPattern> patterns;  // most specific first
};

class Lexicon {
 public:
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<VerbEntry> verbs;
  std::vector<std::vector<std::string>> discards;  // phrases whose presence discards a sentence
  // Words describing hostile conduct ("destabilization", "undermine"): a quoted
  // speaker who attributes them to an actor accuses that actor (see src/events).
  std::vector<std::vector<std::string>> hostile_conduct;
  std::string name;                                // e.g. "dyad", "petrarch:DIR"

  // Builds the lookup indexes; call once after all entries are added.
  void Finalize();

  // Lookups (valid after Finalize). Candidates whose first word is `w`,
  // longest phrase first.
  const std::vector<uint32_t>* ActorsStartingWith(std::string_view w) const;
  const std::vector<uint32_t>* AgentsStartingWith(std::string_view w) const;
  // Verb entry whose lemma or one of whose forms is `w`, or -1.
  int32_t FindVerb(std::string_view w) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> actor_index_;
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> agent_index_;
  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> verb_index_;
};

// Tokenizes a dictionary phrase exactly as text is tokenized (normalised
// words); *first_capitalized tells whether its first word (after an optional
// "the") is written with a capital letter.
std::vector<std::string> PhraseWords(std::string_view phrase, bool* first_capitalized = nullptr);

// Loads our own dictionaries (docs/formats/dictionaries.md) from a directory:
// actors.tsv, agents.tsv, verbs.tsv, discards.tsv. Problems are appended to
// `problems` and the rest still loads; the result is an error only if a file
// cannot be read at all.
Result<std::shared_ptr<const Lexicon>> LoadDyadLexicon(const std::string& dir,
                                                       std::vector<DictProblem>* problems);

}  // namespace dyad
