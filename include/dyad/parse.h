// Tagger + lemmatizer + dependency parser (Universal Dependencies), trained by
// our own code on UD English-EWT. A loaded ParserModel is immutable and shared
// by all threads; each thread owns a ParserScratch.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analysis.h"
#include "dyad/status.h"

namespace dyad {

// The 17 UD universal POS tags, in this fixed order (TokenParse::upos indexes it).
inline constexpr const char* kUposNames[] = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
enum Upos : uint8_t {
  kADJ, kADP, kADV, kAUX, kCCONJ, kDET, kINTJ, kNOUN, kNUM,
  kPART, kPRON, kPROPN, kPUNCT, kSCONJ, kSYM, kVERB, kX
};

class ParserScratch;  // per-thread working memory, defined in src/parse

}  // namespace dyad

// ParserScratch is opaque here; its deleter is defined in src/parse so that a
// std::unique_ptr<ParserScratch> can be destroyed where the type is incomplete.
template <>
struct std::default_delete<dyad::ParserScratch> {
  void operator()(dyad::ParserScratch* p) const;
};

namespace dyad {

class ParserModel {
 public:
  virtual ~ParserModel() = default;
  // Loads a model file written by `dyad train-parser`; refuses other format versions
  // with a message naming the file and both versions.
  static Result<std::unique_ptr<ParserModel>> Load(const std::string& path);
  static std::unique_ptr<ParserScratch> NewScratch();

  // Tags, lemmatizes and parses one sentence of `forms` (surface forms); writes
  // out[i] for i < forms.size(). Heads are sentence-local (0 = root). No heap
  // allocation once the scratch has grown to the longest sentence.
  // Lemma views point into the model, into `forms`, or into the scratch; the
  // scratch-backed ones stay valid until the next Annotate/AnnotateAll call
  // with the same scratch.
  virtual void Annotate(std::span<const std::string_view> forms, std::span<TokenParse> out,
                        ParserScratch* scratch) const = 0;
};

// Convenience: annotate every sentence of `analysis` (fills analysis->parse).
// Lemma views stay valid until the next Annotate/AnnotateAll with `scratch`.
void AnnotateAll(const ParserModel& model, Analysis* analysis, ParserScratch* scratch);
// Annotates only the sentences i with need[i] != 0; the others keep default
// TokenParse values (head -1: unparsed). The pipeline parses only sentences
// that can yield an event (an actor mention and a verb candidate).
void AnnotateSelected(const ParserModel& model, Analysis* analysis, const std::vector<uint8_t>& need,
                      ParserScratch* scratch);

}  // namespace dyad
