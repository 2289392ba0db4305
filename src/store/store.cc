// Store-wide helpers that do not touch a database: what is kept of a coded
// document, the content hash, names of enums.
#include <algorithm>

#include "dyad/store.h"
#include "store/util.h"

namespace dyad {

StoreDocument StoreDocument::From(const Document& doc, const Analysis& analysis, std::vector<Event> events) {
  StoreDocument cd;
  cd.doc = doc;
  // HTML: the raw page and its byte map are not kept (the events carry their
  // reported spans and texts already).
  cd.doc.raw.clear();
  cd.doc.raw_begin.clear();
  cd.doc.raw_end.clear();
  uint32_t first_body_block = UINT32_MAX;
  for (const Sentence& s : analysis.sentences) {
    if (s.kind == BlockKind::kBody) first_body_block = std::min(first_body_block, s.block);
  }
  cd.sentences.reserve(analysis.sentences.size());
  for (size_t i = 0; i < analysis.sentences.size(); ++i) {
    const Sentence& s = analysis.sentences[i];
    StoredSentence out;
    out.index = static_cast<uint32_t>(i);
    out.field = s.field;
    out.span = s.span;
    out.kind = s.kind;
    out.block = s.block;
    out.lead = s.kind == BlockKind::kHeadline || (s.kind == BlockKind::kBody && s.block == first_body_block);
    const std::string& text = doc.field_text(s.field);
    if (s.span.begin <= s.span.end && s.span.end <= text.size()) {
      out.text = text.substr(s.span.begin, s.span.size());
    }
    cd.sentences.push_back(std::move(out));
  }
  cd.events = std::move(events);
  return cd;
}

std::string ContentHash(const Document& doc) {
  std::string buf;
  auto add = [&](std::string_view tag, const std::string& v) {
    buf += tag;
    buf += std::to_string(v.size());
    buf += ':';
    buf += v;
  };
  add("date", doc.date);
  add("title", doc.title);
  add("text", doc.text);
  add("url", doc.url);
  add("agency", doc.agency);
  return store::Sha256Hex(buf);
}

const char* IngestOutcomeName(IngestOutcome o) {
  switch (o) {
    case IngestOutcome::kInserted:
      return "inserted";
    case IngestOutcome::kUnchanged:
      return "unchanged";
    case IngestOutcome::kReplaced:
      return "replaced";
    case IngestOutcome::kDuplicate:
      return "duplicate";
  }
  return "?";
}

Result<TimeBucket> ParseTimeBucket(std::string_view s) {
  if (s == "day") return TimeBucket::kDay;
  if (s == "week") return TimeBucket::kWeek;
  if (s == "month") return TimeBucket::kMonth;
  return Status::Error("by: expected day, week or month, got '" + std::string(s) + "'");
}

}  // namespace dyad
