// Training of the dyad tagger, lemmatizer and parser (library dyad_train; the
// runtime library never links it). See docs/parser.md for the method.
// Deterministic for a given seed and thread count-independent: the jackknife
// folds run on threads, but each fold is a pure function of its inputs.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "parse/conllu.h"
#include "parse/model.h"
#include "parse/train/lexicon.h"

namespace dyad::parse {

struct TrainOptions {
  uint64_t seed = 1;
  int tagger_iterations = 10;    // maximum tagger epochs (the best on dev is kept)
  int tagger_beam = 1;           // tagger beam width; > 1: trained globally with early update
  int parser_iterations = 15;    // maximum parser epochs (the best on dev is kept)
  int jackknife_folds = 5;       // the parser trains on tags predicted by taggers that
                                 // did not see the sentence (0 or 1: gold tags)
  int threads = 2;               // jackknife folds trained in parallel
  double explore_p = 0.9;        // dynamic-oracle exploration: follow the model's own
  int explore_from = 1;          // (possibly wrong) action with this probability from this epoch
  float prune = 0.0f;             // (parser weights)
  float tagger_prune = 0.0f;      // the same for the tagger's weights            // finally drop averaged weights with |w| below this (after
                                 // model selection; 1.0 drops features updated only once)
  const Lexicon* lexicon = nullptr;  // word classes for the tagger (none: no lexicon features)
  std::function<void(const std::string&)> log;  // progress lines (may be empty)
};

// Trains all three components. `dev` may be empty (then the last epoch is kept).
Result<std::unique_ptr<DyadParserModel>> Train(const std::vector<conllu::Sentence>& train,
                                               const std::vector<conllu::Sentence>& dev,
                                               const TrainOptions& options);

// Lifts non-projective arcs (head := head's head) until the tree is projective.
// heads[i] for words 1..n (index 0 unused), 0 = root. Returns the number of lifts.
int Projectivize(std::vector<int>* heads);

}  // namespace dyad::parse
