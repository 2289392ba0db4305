// Word-class lexicon for the tagger, built at training time from two freely
// licensed dictionaries that Debian packages: WordNet 3.0's index and exception
// files (package wordnet-base, /usr/share/wordnet) and a SCOWL word list
// (package wamerican-large, /usr/share/dict/american-english-large).
//
// Why: a fifth of the tagger's errors on EWT test are on words it never saw in
// training, mostly NOUN/ADJ/VERB and NOUN/PROPN confusions that a dictionary
// settles ("nostalgic" is only an adjective; "argues" is a verb form; "Gmail"
// is no lower-case word). The lexicon's classes become tagger features; the
// model file stores them (hash of the normalised form -> class bits), so the
// runtime needs neither dictionary. Format and licences: docs/formats/parser-model.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/status.h"

namespace dyad::parse {

// Class bits of one lower-cased word.
enum LexBit : uint32_t {
  kLexNoun = 1u << 0,        // WordNet noun lemma
  kLexVerb = 1u << 1,        // WordNet verb lemma
  kLexAdj = 1u << 2,         // WordNet adjective lemma (satellites included)
  kLexAdv = 1u << 3,         // WordNet adverb lemma
  kLexNounPlural = 1u << 4,  // inflected noun (WordNet detachment rules or noun.exc)
  kLexVerbS = 1u << 5,       // verb + -s
  kLexVerbEd = 1u << 6,      // verb + -ed, or an irregular past form (verb.exc)
  kLexVerbIng = 1u << 7,     // verb + -ing
  kLexAdjEr = 1u << 8,       // comparative / superlative adjective
  kLexLower = 1u << 9,       // the word list has it in lower case
  kLexCapital = 1u << 10,    // the word list has it capitalised ("Boston")
  kLexAllCaps = 1u << 11,    // the word list has it in capitals ("NASA")
};

struct Lexicon {
  std::unordered_map<std::string, uint32_t> classes;  // lower-cased word -> LexBit set
};

// Reads WordNet's index.{noun,verb,adj,adv} and {noun,verb,adj}.exc from
// `wordnet_dir` (either may be empty to skip that source) and a word list, one
// word per line, from `word_list`. Errors name the file and line.
Result<Lexicon> ReadLexicon(const std::string& wordnet_dir, const std::string& word_list);

}  // namespace dyad::parse
