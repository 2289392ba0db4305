// Text stages: Clean (find headline, dateline and page furniture blocks) and
// Segment (sentences and UD-style tokens with byte spans). Both append to an
// Analysis and never copy the document text: tokens are views into it.
// Thread-safe: pure functions of their inputs.
#pragma once

#include <string_view>

#include "dyad/analysis.h"
#include "dyad/document.h"

namespace dyad {

// Splits the document into blocks (headline, dateline, body paragraphs,
// furniture). Fills analysis->blocks. Furniture blocks are never coded.
void Clean(const Document& doc, Analysis* analysis);

// Splits every non-furniture block into sentences and tokens. Fills
// analysis->sentences and analysis->tokens (and norm_arena).
void Segment(const Document& doc, Analysis* analysis);

// Tokenizes one stretch of text as a single run (no block logic): sentences
// and tokens with spans relative to `text`. Used by `dyad parse` and tests.
void SegmentText(std::string_view text, Field field, Analysis* analysis);

// Normalised form of a token surface: ASCII lower-case, curly quotes and
// apostrophes mapped to ' and ", dashes to -. Appends to *out.
void NormalizeToken(std::string_view form, std::string* out);

// The tokenizer splits apostrophe-less contractions as UD English-EWT does
// ("cannot" -> can + not, "dont" -> do + nt): the length of the first part of
// `word`, 0 if it is none. Dictionary readers split their words the same way.
size_t BareContractionSplit(std::string_view word);

}  // namespace dyad
