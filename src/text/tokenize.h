// UD-style tokenizer and sentence splitter over byte ranges of one text.
// Internal to src/text. Thread-safe (no shared state).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/analysis.h"

namespace dyad::text {

// Appends the tokens of text[begin, end) to *out (spans are absolute offsets
// into `text`; form views point into `text`; norm is left empty).
void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* out);

// Splits tokens[first, last) into sentences; appends [first, last) token
// index pairs of each sentence to *bounds.
void SplitSentences(const std::vector<Token>& tokens, uint32_t first, uint32_t last,
                    std::vector<std::pair<uint32_t, uint32_t>>* bounds);

// Fills Token::norm for tokens [first, end) using analysis->norm_arena.
void NormalizeTokens(Analysis* analysis, uint32_t first);

}  // namespace dyad::text
