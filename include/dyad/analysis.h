// Analysis: what the clean, segment, tag/parse stages attach to a Document.
// Flat arrays indexed by token number; strings are views into the Document
// (which must outlive the Analysis). Reused across documents to avoid
// per-document allocation: call Clear() and refill.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

// Role of a block (paragraph-like region) of a text.
enum class BlockKind : uint8_t {
  kHeadline,   // first non-empty line of a text/HTML article, or the JSONL title
  kDateline,   // "Yerevan /Mediamax/." / "MOSCOW, March 3 (Reuters) -"
  kBody,       // news prose
  kFurniture,  // page furniture set aside by the cleaner: never coded
};
const char* BlockKindName(BlockKind k);

struct Block {
  Field field = Field::kText;
  Span span;               // in the field's text
  BlockKind kind = BlockKind::kBody;
  float furniture_score = 0;  // cleaner's score; >= threshold means furniture
  const char* reason = "";    // static string: why it was set aside (empty for kept blocks)
};

// Token flags, bit set.
enum TokenFlag : uint16_t {
  kTokCapitalized = 1 << 0,  // first letter upper-case
  kTokAllCaps = 1 << 1,      // two or more letters, all upper-case
  kTokPunct = 1 << 2,        // punctuation only
  kTokNumber = 1 << 3,       // digits (with , . inside)
  kTokQuote = 1 << 4,        // a quotation mark (straight or curly)
  kTokOpenQuote = 1 << 5,    // an opening quotation mark
  kTokSpaceAfter = 1 << 6,   // whitespace follows in the text (for CoNLL-U SpaceAfter)
  // This word and the next are one written token split in two: a clitic
  // ("do|n't", "Russia|'s") or a contraction ("can|not"); UD writes such a
  // token as a multiword token over its words.
  kTokJoinsNext = 1 << 7,
};

struct Token {
  Span span;              // in the field's text
  std::string_view form;  // the field's text at span (the surface form)
  std::string_view norm;  // lower-cased, quote/apostrophe-normalised form (view into Analysis::norm_arena)
  uint16_t flags = 0;
};

struct Sentence {
  Field field = Field::kText;
  Span span;                 // in the field's text
  uint32_t first_token = 0;  // index into Analysis::tokens
  uint32_t num_tokens = 0;
  uint32_t block = 0;        // index into Analysis::blocks
  BlockKind kind = BlockKind::kBody;
};

// Per-token syntactic annotation filled by the tagger/parser (parallel to tokens).
struct TokenParse {
  uint8_t upos = 0;           // index into kUposNames (see dyad/parse.h)
  int16_t head = -1;          // sentence-local: 0 is root, 1..n token number; -1 unparsed
  uint8_t deprel = 0;         // index into the model's relation table
  std::string_view lemma;     // view into model or Analysis::norm_arena storage
  std::string_view deprel_name;  // e.g. "nsubj", "obl:tmod" (view into the model's table)
  std::string_view xpos;         // e.g. "NNP" (view into the model's table)
};

struct Analysis {
  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<TokenParse> parse;  // empty when no parser ran; else tokens.size()
  // Dateline found by Clean (views into the document text; empty if none).
  std::string_view dateline_place;
  std::string_view dateline_agency;
  // Backing store for Token::norm; reserved up front so views stay valid.
  std::string norm_arena;

  void Clear() {
    blocks.clear();
    sentences.clear();
    tokens.clear();
    parse.clear();
    norm_arena.clear();
    dateline_place = {};
    dateline_agency = {};
  }
};

}  // namespace dyad
