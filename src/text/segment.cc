// Segment: sentences and tokens for every kept block. Headline and dateline
// blocks are one segment each; body blocks are split into sentences.
#include "dyad/text.h"
#include "tokenize.h"

namespace dyad {

const char* BlockKindName(BlockKind k) {
  switch (k) {
    case BlockKind::kHeadline: return "headline";
    case BlockKind::kDateline: return "dateline";
    case BlockKind::kBody: return "body";
    case BlockKind::kFurniture: return "furniture";
  }
  return "?";
}

namespace {

void SegmentRange(std::string_view text, Field field, Span span, uint32_t block, BlockKind kind,
                  Analysis* a) {
  uint32_t first = static_cast<uint32_t>(a->tokens.size());
  text::Tokenize(text, span.begin, span.end, &a->tokens);
  uint32_t last = static_cast<uint32_t>(a->tokens.size());
  if (last == first) return;
  std::vector<std::pair<uint32_t, uint32_t>> bounds;
  if (kind == BlockKind::kBody) {
    text::SplitSentences(a->tokens, first, last, &bounds);
  } else {
    bounds.push_back({first, last});
  }
  for (auto [b, e] : bounds) {
    Sentence s;
    s.field = field;
    s.span = {a->tokens[b].span.begin, a->tokens[e - 1].span.end};
    s.first_token = b;
    s.num_tokens = e - b;
    s.block = block;
    s.kind = kind;
    a->sentences.push_back(s);
  }
  text::NormalizeTokens(a, first);
}

}  // namespace

void Segment(const Document& doc, Analysis* a) {
  a->sentences.clear();
  a->tokens.clear();
  a->norm_arena.clear();
  a->norm_arena.reserve(doc.text.size() + doc.title.size() + 16);
  for (uint32_t i = 0; i < a->blocks.size(); ++i) {
    const Block& b = a->blocks[i];
    if (b.kind == BlockKind::kFurniture) continue;
    SegmentRange(doc.field_text(b.field), b.field, b.span, i, b.kind, a);
  }
}

void SegmentText(std::string_view text, Field field, Analysis* a) {
  // Paragraphs (blank-line separated) never share a sentence.
  uint32_t start = 0, block = 0;
  const uint32_t n = static_cast<uint32_t>(text.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (text[i] != '\n') continue;
    uint32_t j = i + 1;
    while (j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    if (j < n && text[j] == '\n') {
      SegmentRange(text, field, Span{start, i}, block++, BlockKind::kBody, a);
      start = j;
      i = j - 1;
    }
  }
  SegmentRange(text, field, Span{start, n}, block, BlockKind::kBody, a);
}

}  // namespace dyad
