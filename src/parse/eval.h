// Tagger/parser evaluation against gold CoNLL-U. Gold tokenization: the
// model annotates the gold words. Raw text: the text is re-segmented with our
// tokenizer (SegmentText) and system words are aligned to gold words by their
// character spans over the text with whitespace removed (the CoNLL 2018
// shared-task alignment, simplified for multiword tokens: see docs/parser.md).
// LAS compares universal relations (the part before ':'), as CoNLL 2018 does;
// `las_full` also compares subtypes. Thread-compatible.
#pragma once

#include <vector>

#include "dyad/parse.h"
#include "parse/conllu.h"

namespace dyad::parse {

struct EvalCounts {
  size_t gold_words = 0;    // words in the gold file
  size_t system_words = 0;  // words the system produced (= gold_words for gold tokenization)
  size_t aligned = 0;       // words aligned to a gold word (raw mode)
  size_t upos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;  // correct counts among aligned words
  size_t gold_tokens = 0, system_tokens = 0, matched_tokens = 0;          // raw mode
  size_t gold_sentences = 0, system_sentences = 0, matched_sentences = 0;  // raw mode
  double annotate_seconds = 0;  // thread CPU time spent in Annotate (tagging + parsing)

  // F1 of a count of correct items against gold and system totals, in percent.
  static double F1(size_t correct, size_t gold, size_t system) {
    return gold + system == 0 ? 0.0 : 200.0 * correct / (gold + system);
  }
};

// Annotates the gold words of every sentence and counts agreement.
EvalCounts EvaluateGoldTokens(const ParserModel& model, const std::vector<conllu::Sentence>& gold);

// Builds the raw text from the gold sentences ("# text" comments, paragraphs
// and documents separated by blank lines), segments and annotates it, aligns.
EvalCounts EvaluateRaw(const ParserModel& model, const std::vector<conllu::Sentence>& gold);

// The universal part of a relation: "nsubj:pass" -> "nsubj".
std::string_view UniversalRelation(std::string_view deprel);

}  // namespace dyad::parse
