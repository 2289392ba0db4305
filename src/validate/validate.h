// Validation suites of the field: PETRARCH-format XML records and TABARI
// validation projects. Reads the records, codes each with dyad (from the raw
// text with our own tokenizer/parser, or from a CoNLL-U parse given in the
// record), compares the (source, target, code) sets and reports.
// Thread-compatible (one Runner per thread).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dyad/lexicon.h"
#include "dyad/status.h"

namespace dyad::validate {

struct Triple {
  std::string source, target, code;
  friend bool operator<(const Triple& a, const Triple& b) {
    if (a.source != b.source) return a.source < b.source;
    if (a.target != b.target) return a.target < b.target;
    return a.code < b.code;
  }
  friend bool operator==(const Triple& a, const Triple& b) {
    return a.source == b.source && a.target == b.target && a.code == b.code;
  }
  std::string ToString() const { return source + "/" + target + "/" + code; }
};

enum class Expect : uint8_t {
  kEvents,    // exactly these events
  kNoEvent,   // no event (PETRARCH noevents="True", TABARI {---})
  kError,     // PETRARCH error="..." (dateline, discard, bad parse): no event
  kDiscard,   // TABARI {###}: a discard phrase fired
  kComplex,   // TABARI {+++}: the sentence is too complex to code
};

struct Record {
  std::string id, category, date;  // date YYYYMMDD
  std::string text;                // joined into one line
  Expect expect = Expect::kEvents;
  std::vector<Triple> expected;
  std::string error;               // PETRARCH error kind
  std::string parse;               // <Parse> body (CoNLL-U or Penn Treebank)
  bool parse_is_conllu = false;
  std::vector<std::pair<std::string, std::string>> config;  // per-record <Config>
  // PETRARCH `<Config option="require_dyad">` between records: applies from
  // there on (false: events with a source and no target are coded too).
  bool require_dyad = true;
  uint32_t new_actor_length = 0;   // PETRARCH `<Config option="new_actor_length">`, same scope
  uint32_t line = 0;               // line in the suite file
  // TABARI `-{...}` after the listed events: later events are not checked
  // (the record passes when the listed events and at least one more are coded).
  bool open_ended = false;
};

struct Suite {
  std::string path;
  std::map<std::string, std::string> environment;  // Verbfile, Actorfile, Agentfile, Discardfile
  std::vector<Record> records;                     // active records only
  uint32_t inactive = 0;                           // sentence="false" / unchecked records
};

// PETRARCH validation XML (`<Validation><Environment>...<Sentences><Sentence ...>`).
Result<Suite> ReadPetrarchSuite(const std::string& path);
// TABARI validation text (`YYMMDD ID` records with `/* ... {S / T / CODE} */`),
// up to the record FINAL-01.
Result<Suite> ReadTabariSuite(const std::string& text_path);

struct RecordResult {
  bool pass = false;
  std::vector<Triple> got;
  std::vector<std::string> rules;
  bool discarded = false;
};

struct Options {
  bool use_parse = false;      // code from the record's CoNLL-U parse
  std::string model;           // parser model ("" default, "none" heuristic)
  bool tabari = false;         // TABARI text conventions (hyphens -> blanks)
};

class Runner {
 public:
  static Result<std::unique_ptr<Runner>> Create(std::shared_ptr<const Lexicon> lex, const Options& opt);
  ~Runner();
  RecordResult Run(const Record& r);

 private:
  // TABARI: applies r.config entries named `key` ({OPTION: ...}) to a copy of
  // the lexicon's settings and rebuilds the pipeline with it.
  void ApplyOptions(const Record& r, const char* key);
  // PETRARCH: rebuilds the pipeline when the record's require_dyad or
  // new_actor_length differs from the current one.
  void ApplySettings(const Record& r);
  Runner() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Formats the two closing lines' numbers.
struct Totals {
  size_t passed = 0, failed = 0, expected = 0, produced = 0, correct = 0;
};
std::string ClosingLines(const Totals& t);

}  // namespace dyad::validate
