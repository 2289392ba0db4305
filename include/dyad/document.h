// Document: one article, owning its bytes. Everything downstream (blocks,
// sentences, tokens, mentions, events) refers to it by byte spans, so every
// event can show its evidence. Not thread-safe to mutate; immutable after ingest.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Half-open byte range [begin, end) into one text of a Document.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Which text of the document a span indexes.
enum class Field : uint8_t {
  kText = 0,   // Document::text (file bytes, JSONL `text`, or extracted HTML text)
  kTitle = 1,  // Document::title (JSONL `title` only; text/HTML headlines live in `text`)
};

enum class InputFormat : uint8_t { kAuto, kText, kJsonl, kHtml };

struct Document {
  std::string id;           // from JSONL `id`, else file stem (+ line for JSONL without id)
  std::string date;         // YYYYMMDD, empty when unknown
  std::string title;        // JSONL `title`; for text/HTML the headline found in `text`
  bool title_is_field = false;  // true when `title` is its own coordinate space (JSONL)
  std::string text;         // the text that is segmented and coded
  std::string url;          // optional
  std::string agency;       // from the dateline, e.g. "Mediamax", "Reuters"
  std::string place;        // from the dateline, e.g. "Yerevan", "MOSCOW"
  std::string extra_json;   // JSONL fields we do not interpret, as a JSON object text ("{}" if none)
  InputFormat format = InputFormat::kText;
  // TABARI `FORWARD:` (validation of story sequences): the actor code a
  // pronoun that opens the first sentence, before any actor, refers to (the
  // first actor of the previous sentence of the story). Empty: none.
  std::string forward_actor;

  // HTML only: the raw page, and for each byte text[i] the raw byte range it came
  // from: [raw_begin[i], raw_end[i]). Empty for text and JSONL, where spans index
  // `text` directly. (An entity such as "&amp;" maps one text byte to five raw bytes.)
  std::string raw;
  std::vector<uint32_t> raw_begin;
  std::vector<uint32_t> raw_end;

  // Where the document came from, for error messages: "file" or "file:line".
  std::string origin;

  const std::string& field_text(Field f) const { return f == Field::kTitle ? title : text; }
  // Maps a span in `text` to the reported coordinate space (raw page for HTML).
  Span ToReported(Span s) const {
    if (raw_begin.empty() || s.empty()) return s;
    return Span{raw_begin[s.begin], raw_end[s.end - 1]};
  }
  // The bytes a reported span covers (raw page for HTML, else the field's text).
  std::string_view ReportedText(Field f, Span reported) const {
    const std::string& base = (f == Field::kText && !raw.empty()) ? raw : field_text(f);
    if (reported.end > base.size() || reported.begin > reported.end) return {};
    return std::string_view(base).substr(reported.begin, reported.size());
  }
};

}  // namespace dyad
