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
  kNone,        // not an actor although it contains one ("Uruguay Round", "British
                // Columbia", "Indian Ocean"): matched like an actor, longest first,
                // so that the country inside it is not; no codes
};

struct ActorEntry {
  std::vector<std::string> words;   // normalised (lower-case) tokens of the phrase
  std::vector<ActorCode> codes;     // one or more, possibly date-restricted
  ActorKind kind = ActorKind::kCountry;
  // PETRARCH/TABARI: the last word may also match with a plural ending
  // ("-s", "-es") unless the dictionary wrote a trailing `_`.
  bool plural_ok = false;
  // TABARI: the last word is a stem written without a trailing `_` and
  // matches any word it begins ("ARGENTIN" matches "Argentina", "Argentinian").
  bool stem_last = false;
  bool allow_agent_suffix = true;   // "Armenian" + "leadership" -> ARMGOV
  bool require_capital = false;     // phrase written capitalised: first token must be too
  std::string rule;                 // "actors.tsv:12 Armenia" (shown in event `rules`)
  // TABARI: per word, 1 when the phrase separates it from the previous word
  // by a blank rather than `_`: any number of words may come between
  // ("PRINCE DOL_AMROTH" matches "Prince of Dol_Amroth"). Empty: all adjacent.
  std::vector<uint8_t> gap_before;
};

// A role word ("minister", "rebels"): code fragment appended to (or standing for) an actor.
struct AgentEntry {
  std::vector<std::string> words;   // normalised tokens ("deputy", "foreign", "minister")
  std::string code;                 // e.g. "GOV", "MIL", "OPP"; may be several 3-letter codes "GOVMIL"
  bool prefix = false;              // PETRARCH `~` placement: code goes before the country code
  std::string rule;
  bool plural_ok = false;           // PETRARCH/TABARI: last word may take -s/-es (see ActorEntry)
  bool stem_last = false;           // TABARI: last word is a stem (see ActorEntry)
};

// One element of a verb pattern.
struct PatternElem {
  enum Kind : uint8_t {
    kWord,      // literal normalised word (matches any inflection when `lemma` is set)
    kTarget,    // `*`: the target actor goes here
    kSource,    // `$`: the source actor goes here (PETRARCH)
    kAnyNoun,   // `{...}` noun phrase slot / generic filler
    // PETRARCH2 / TABARI pattern elements (src/dict/petrarch_*.cc, tabari_*.cc):
    kSynset,    // `&NAME`: any phrase of Lexicon::synsets[synset]
    kCompound,  // `%`: a compound actor ("A and B") whose members act on each other
    kSkip,      // `^`: skip one noun phrase (TABARI)
    kAlternatives,  // TABARI `{ a | b }`: any of Lexicon::synsets[synset] (an anonymous set)
  };
  Kind kind = kWord;
  std::string word;
  bool lemma = false;
  int32_t synset = -1;      // kSynset / kAlternatives: index into Lexicon::synsets
  bool adjacent = false;    // joined to the previous element by `_`: no word may come between
  bool stem = false;        // TABARI: a word without trailing `_` matches as a prefix
  // PETRARCH2 grouping: 0 = free, 1 = inside a `{...}` noun phrase, 2 = inside a
  // `(PREP ...)` prepositional phrase (the first word of the group is the preposition).
  uint8_t group = 0;
  uint16_t group_id = 0;    // distinct groups of one pattern get distinct ids (1, 2, ...)
};

struct VerbPattern {
  std::string code;              // active code, e.g. "0231" (string: leading zeros kept)
  std::string passive_code;      // optional code when the verb is passive ("[active:passive]")
  std::vector<PatternElem> before;  // elements before the verb (PETRARCH "$ ... *" prefixes)
  std::vector<PatternElem> after;   // elements after the verb, e.g. [kTarget, "to"] for "urge * to"
  std::string rule;              // "verbs.tsv:88 urge * to"
  // PETRARCH/TABARI patterns: `before` and `after` hold every element in text
  // order on its side of the verb (`$`/`+` slots, words, synsets). Our own
  // format leaves this false and writes only `after`.
  bool field_pattern = false;
  bool verb_joined_before = false;  // `X_*`: before.back() directly precedes the verb
  // TABARI `[###]`-style discard pattern, or a code meaning "no event" (`---`).
  bool discard = false;
  // TABARI: '?' subordinate code (coded only when nothing else is), '!'
  // dominant code (only dominant events are kept), else 0 (manual 6.6).
  char priority = 0;
};

// A synonym set (`&NAME` in PETRARCH/TABARI verb files): its member phrases.
struct Synset {
  std::string name;                              // "CURRENCY" (without `&`)
  std::vector<std::vector<std::string>> phrases;  // normalised words of each member
  std::vector<uint8_t> stem_last;                 // TABARI: member's last word is a stem
};

// PETRARCH2 TRANSFORMATIONS line: `a (b c VERB1) VERB2 = x y CODE`.
struct VerbTransform {
  std::string outer_verb;   // block name of the outer verb (SAY)
  std::string inner_verb;   // block name / code of the inner event (ATTACK, or "Q" = any)
  std::string inner_source, inner_target;  // variables "a", "b", "_", "."
  std::string out_source, out_target;      // variables of the result
  std::string code;                         // result code, or "Q" = keep inner code
  std::string rule;
};

// Issue phrase (PETRARCH Phoenix.IssueCoding.txt, TABARI <ISSUES>).
struct IssueEntry {
  std::vector<std::string> words;
  std::string code;         // e.g. "EARLY_CHILDHOOD_EDUCATION"
  std::string category;     // e.g. "EDUCATION"
  bool exclude = false;     // `~phrase`: a phrase that cancels the issue
  std::string rule;
};

struct VerbEntry {
  std::string lemma;                 // head verb lemma ("urge"); multi-word: "call on" is lemma "call" + after "on"
  std::vector<std::string> forms;    // inflected forms (urges, urged, urging) incl. irregulars
  std::string default_code;          // code when no pattern matches (may be empty: no event)
  char default_priority = 0;         // TABARI '?' / '!' of default_code (see VerbPattern)
  std::string default_rule;
  std::vector<VerbPattern> patterns;  // most specific first
  // PETRARCH/TABARI: index into Lexicon::pattern_blocks holding the patterns
  // this verb shares with the other verbs of its block, or -1.
  int32_t pattern_block = -1;
  std::string block_name;            // PETRARCH `--- NAME [code] ---` (for transformations)
  // Multi-word verbs ("+CALL_OFF", "KLM_NOP_+RST"): words that must follow
  // (resp. precede) the head verb directly.
  std::vector<std::string> words_after;
  std::vector<std::string> words_before;
  bool stem = false;                 // TABARI: head written without `_` matches as a prefix
};

// An event a noun names (our dictionaries' nouns.tsv): "Iraq's attack on
// Iran" (190), "Thatcher's trip to Moscow" (042). The source qualifies the
// noun (possessor, adjective, compound, "by"); the target is its dependent
// introduced by one of `prepositions`.
struct NounEvent {
  std::string noun;                       // lemma, lower case ("attack", "talks")
  std::string code;                       // CAMEO event code
  std::vector<std::string> prepositions;  // "on", "against"
  std::string rule;                       // "nouns.tsv:12 attack on|against"
};

// TABARI .options settings the coder honours (docs/formats/petrarch-tabari.md).
struct TabariSettings {
  enum class CodeBy : uint8_t { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;  // SET: CODE BY CLAUSE | CODE BY SENTENCE | CODE ALL
  bool comma = true;                 // COMMA: OFF turns comma-clause elimination off
  // COMMA: MIN = a MAX = b EMIN = c EMAX = d: a clause between two commas is
  // eliminated when it has more than MIN and at most MAX words; one between
  // a comma and the end of the sentence uses EMIN/EMAX.
  uint8_t comma_min = 2, comma_max = 10, end_min = 2, end_max = 10;
  // BMIN/BMAX: the same for the phrase between the sentence start and the
  // first comma; the defaults never eliminate it.
  uint8_t begin_min = 128, begin_max = 0;
  // SET: CONVERT AGENT(S) = TRUE: an agent with no actor becomes an actor
  // coded `~` + its agent code ("Guerrillas" -> ~REB); otherwise it is no actor.
  bool convert_agents = false;
  // SET: MINIMUM WORDS = n: a sentence of fewer words (a comma counts as a
  // word) is not coded (manual 8.2.3).
  uint16_t min_words = 8;
  // COMPLEX: ... in force: a `+++` actor or verb makes the sentence complex
  // (not coded); without it `+++` only codes nothing itself (manual 6.4).
  bool complex = false;
  // COMPLEX: conditions dyad checks (manual 8.7): VERBS[n], CONJ[n] (0 = off)
  // and NOACTPRIOR (no actor before the first verb).
  uint8_t complex_verbs = 0, complex_conj = 0;
  bool complex_noactprior = false;
  // DEFAULT: SOURCE [code] <PRIOR> TARGET [code] <AFTER> (manual 8.5): codes
  // used when the actor searches fail; PRIOR: the default source whenever no
  // actor precedes the verb (else the first actor after it is the source);
  // AFTER: the default target whenever no actor follows the verb.
  std::string default_source, default_target;
  bool default_prior = false, default_after = false;
  // FORWARD: <format> (manual 8.4): where the story (N) and sentence (S)
  // numbers sit in a record id (`^` leading blanks, `*` any character);
  // empty when forwarding is off.
  std::string forward_format;
  // SET: TIME SHIFT(ING) = TRUE|FALSE: the verbs file's <TIME> phrases are
  // looked for (on by default when the file has a <TIME> section). dyad
  // honours their discard and complex codes, not the date shift itself.
  bool time_shift = false;
};
// Applies one .options command ("SET: CODE ALL", "COMMA: OFF", ...) to *s;
// false when it is not one dyad honours (the caller lists it as ignored).
bool ApplyTabariOption(std::string_view command, TabariSettings* s);

class Lexicon {
 public:
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<VerbEntry> verbs;
  std::vector<NounEvent> noun_events;              // our dictionaries only (nouns.tsv)
  // Nouns that name an act after a light verb ("made a request to India",
  // "carried out the arrest of"), with the verb whose patterns code it
  // (our dictionaries only: act_nouns.tsv; "request" -> "request").
  std::vector<std::pair<std::string, std::string>> act_nouns;
  std::vector<std::vector<std::string>> discards;  // phrases whose presence discards a sentence
  // Words describing hostile conduct ("destabilization", "undermine"): a quoted
  // speaker who attributes them to an actor accuses that actor (see src/events).
  std::vector<std::vector<std::string>> hostile_conduct;
  std::string name;                                // e.g. "dyad", "petrarch:DIR"
  // PETRARCH/TABARI additions.
  std::vector<Synset> synsets;
  std::vector<std::vector<VerbPattern>> pattern_blocks;  // see VerbEntry::pattern_block
  std::vector<VerbTransform> transforms;
  std::vector<IssueEntry> issues;
  std::vector<std::vector<std::string>> story_discards;  // `+phrase`: discards the whole story
  // TABARI <TIME> phrases whose code is `###` or `+++` (words, code).
  std::vector<std::pair<std::vector<std::string>, std::string>> time_specials;
  // Nouns/adjectives that block a verb reading (TABARI <NOUN>/<ADJECTIVE>).
  std::vector<std::string> nouns, adjectives;
  // True when the dictionaries came from PETRARCH/TABARI (codes compose with
  // `~` agents and the coder applies field pattern semantics).
  bool field_format = false;
  // Which field coder's conventions apply (docs/coder.md): PETRARCH codes
  // negated verbs through its negation table and lets compound subjects act
  // on each other; TABARI dictionaries are written for TABARI's linear
  // shallow parse, so they are matched on the surface even when a parse exists.
  enum class Dialect : uint8_t { kDyad, kPetrarch, kTabari };
  Dialect dialect = Dialect::kDyad;
  TabariSettings tabari;  // TABARI projects: the .options settings (defaults otherwise)

  // Builds the lookup indexes; call once after all entries are added.
  void Finalize();

  // Lookups (valid after Finalize). Candidates whose first word is `w`,
  // longest phrase first.
  const std::vector<uint32_t>* ActorsStartingWith(std::string_view w) const;
  const std::vector<uint32_t>* AgentsStartingWith(std::string_view w) const;
  // People (kind person, our dictionaries) one of whose names of two or more
  // words ends in `w`: "abe" -> Shinzo Abe (for "Prime Minister Abe"); null
  // if none.
  const std::vector<uint32_t>* PersonsWithSurname(std::string_view w) const;
  // Verb entry whose lemma or one of whose forms is `w`, or -1.
  int32_t FindVerb(std::string_view w) const;
  // True when `w` can start an event: a verb form of any dictionary (ours,
  // PETRARCH, TABARI, incl. stems) or the first word of a hostile-conduct cue.
  bool IsVerbCandidate(std::string_view w) const;
  // The noun event whose noun is `lemma` (a lower-case lemma), or null.
  const NounEvent* FindNounEvent(std::string_view lemma) const;
  // The noun event whose noun `w` is, or whose plural ("attacks"), or null.
  const NounEvent* FindNounEventForm(std::string_view w) const;
  bool IsNounEventForm(std::string_view w) const { return FindNounEventForm(w) != nullptr; }
  // The verb lemma whose act the noun `w` names after a light verb, or empty.
  std::string_view ActNounVerb(std::string_view w) const;
  // All verb entries whose lemma or one of whose forms is `w` (multi-word and
  // single-word verbs sharing a head), longest first; null if none.
  const std::vector<int32_t>* FindVerbs(std::string_view w) const;
  // Stem entries (TABARI): actors / verbs whose first word is a stem that `w`
  // begins with. Appends indexes to *out.
  void StemActorsFor(std::string_view w, std::vector<uint32_t>* out) const;
  int32_t FindStemVerb(std::string_view w) const;
  int32_t FindSynset(std::string_view name) const;
  // Sentence (`story` false) or story discard phrases whose first word is `w`,
  // and, when `w` ends in "s", the one-word phrases `w` minus the "s" (the last
  // word of a phrase also matches its plural); null if none.
  void DiscardsStartingWith(std::string_view w, bool story, std::vector<uint32_t>* out) const;
  // True when a discard list holds an empty phrase (which matches everywhere).
  bool has_empty_discard(bool story) const { return story ? empty_story_discard_ : empty_discard_; }
  bool has_stems() const { return !stem_actor_index_.empty() || !stem_verb_index_.empty(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> actor_index_;
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> agent_index_;
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> surname_index_;
  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> verb_index_;
  std::unordered_map<std::string, std::vector<int32_t>, Hash, std::equal_to<>> verbs_index_;
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> stem_actor_index_;
  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> stem_verb_index_;
  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> synset_index_;
  // Discards by first word: the Phoenix set has ~500 phrases, and trying each
  // at every token was a tenth of the coding time.
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> discard_index_;
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> story_discard_index_;
  bool empty_discard_ = false, empty_story_discard_ = false;
  size_t max_stem_len_ = 0;
};

// Tokenizes a dictionary phrase exactly as text is tokenized (normalised
// words); *first_capitalized tells whether its first word (after an optional
// "the") is written with a capital letter.
std::vector<std::string> PhraseWords(std::string_view phrase, bool* first_capitalized = nullptr);

// Loads our own dictionaries (docs/formats/dictionaries.md) from a directory:
// actors.tsv, agents.tsv, verbs.tsv, discards.tsv, conduct.tsv and nouns.tsv
// (the last three optional). Problems are appended to
// `problems` and the rest still loads; the result is an error only if a file
// cannot be read at all.
Result<std::shared_ptr<const Lexicon>> LoadDyadLexicon(const std::string& dir,
                                                       std::vector<DictProblem>* problems);

// PETRARCH2 dictionaries (src/dict/petrarch_*.cc, docs/formats/petrarch-tabari.md).
// Each reader appends to *lex; problems carry file:line and loading continues.
// An error Status only when the file cannot be read.
Status LoadPetrarchVerbs(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems);
Status LoadPetrarchActors(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems);
Status LoadPetrarchAgents(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems);
Status LoadPetrarchDiscards(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems);
Status LoadPetrarchIssues(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems);
// The Phoenix set in DIR: CAMEO.2.0.txt, Phoenix.{Countries,International,MilNonState}.actors.txt,
// Phoenix.agents.txt, Phoenix.discards.txt, Phoenix.IssueCoding.txt (missing optional files are skipped).
Result<std::shared_ptr<const Lexicon>> LoadPetrarchLexicon(const std::string& dir,
                                                           std::vector<DictProblem>* problems);

// TABARI dictionaries (src/dict/tabari_*.cc). Files may be Mac-Roman with CR
// or CRLF line ends; they are converted to UTF-8 on reading.
Status LoadTabariVerbs(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems);
Status LoadTabariActors(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems);
Status LoadTabariAgents(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems);
struct TabariProject {
  std::string dir;                        // folder of the .project file
  std::vector<std::string> actors, verbs, agents;  // resolved paths
  std::string options, text;              // resolved paths (may be empty)
};
Result<TabariProject> ReadTabariProject(const std::string& path);
// Options we honour from a .options file (the rest are reported as ignored).
struct TabariOptions {
  bool label = false;
  TabariSettings settings;                // CODE BY, COMMA (see ApplyTabariOption)
  std::vector<std::string> ignored;       // option lines we parsed but do not imitate
  bool time_shift_set = false;            // the file says SET: TIME SHIFT = ...
};
Status LoadTabariOptions(const std::string& path, TabariOptions* opts, std::vector<DictProblem>* problems);
Result<std::shared_ptr<const Lexicon>> LoadTabariLexicon(const std::string& project_path,
                                                         std::vector<DictProblem>* problems);
// Reads a dictionary file of a field format as UTF-8 text with '\n' line ends
// (Mac-Roman bytes converted when the file is not valid UTF-8; CR/CRLF -> LF).
Result<std::string> ReadLegacyText(const std::string& path, bool* converted = nullptr);

}  // namespace dyad
