// Pipeline: clean -> segment -> tag/parse -> resolve actors -> code events ->
// enrich, over one Document. The Pipeline holds the immutable, shared
// dictionaries and model; each thread codes through its own Worker (which owns
// all scratch memory, reused across documents).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/analysis.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/lexicon.h"
#include "dyad/status.h"

namespace dyad {

class ParserModel;
class CameoTable;

struct PipelineOptions {
  std::string dict;         // "" or "dyad:DIR" (our format, default data/dict), "petrarch:DIR", "tabari:PROJECT"
  std::string model_path;   // "" = default data/models/en_ewt.dyadparse if present; "none" = heuristic coder
  bool emit_negated = false;  // also emit events whose verb is negated (marked negated)
  bool parse_all = false;     // parse every sentence, not only those that can yield an event
  // PETRARCH's require_dyad: false also codes events with a source and no
  // target (target "---"); only field (PETRARCH) dictionaries produce them.
  bool require_dyad = true;
  // PETRARCH's new_actor_length: > 0 makes noun phrases of at most that many
  // words that hold no actor into actors named by their text ("\"THE
  // MINISTRY OF MAGIC\""); PETRARCH dictionaries with a parser model only.
  uint32_t new_actor_length = 0;
};

// Per-stage wall-clock time, accumulated by a Worker (for `dyad bench`).
struct StageTimes {
  double clean = 0, segment = 0, parse = 0, actors = 0, events = 0, enrich = 0;
};

class Pipeline {
 public:
  static Result<std::shared_ptr<const Pipeline>> Create(const PipelineOptions& options);
  // Builds a pipeline from an already-loaded lexicon (dictionary readers, tests).
  static Result<std::shared_ptr<const Pipeline>> Create(const PipelineOptions& options,
                                                        std::shared_ptr<const Lexicon> lexicon);

  class Worker {
   public:
    explicit Worker(const Pipeline* pipeline);
    ~Worker();
    // Codes one document. Appends events to *events. The analysis stays
    // available through analysis() until the next call.
    Status Code(const Document& doc, std::vector<Event>* events);
    const Analysis& analysis() const;
    const StageTimes& times() const;
    bool time_stages = false;

   private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
  };
  std::unique_ptr<Worker> NewWorker() const { return std::make_unique<Worker>(this); }

  const Lexicon& lexicon() const { return *lexicon_; }
  const ParserModel* parser() const { return parser_.get(); }  // null: heuristic coder
  const PipelineOptions& options() const { return options_; }

 private:
  PipelineOptions options_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const ParserModel> parser_;
  // Per verb of the lexicon: the first literal words of its patterns that
  // code an act aimed at home with no party named (events::CodesAtHome; ""
  // for a bare code or a pattern with no word). A sentence with one actor
  // and such a verb and word is worth a parse.
  std::vector<std::vector<std::string>> home_words_;
};

}  // namespace dyad
