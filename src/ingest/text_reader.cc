// Plain-text articles: one per file, the bytes kept as they are (spans index
// the file). Headline and dateline are found by the Clean stage.
#include "ingest_internal.h"

namespace dyad::ingest {

Status MakeTextDocument(std::string bytes, const std::string& origin, Document* doc) {
  size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos) {
    return Status::Error(origin + ":" + std::to_string(LineOf(bytes, bad)) +
                         ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  size_t i = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (i == std::string::npos) return Status::Error(origin + ":1: empty article");
  doc->format = InputFormat::kText;
  doc->origin = origin;
  doc->text = std::move(bytes);
  doc->extra_json = "{}";
  size_t eol = doc->text.find('\n', i);
  std::string_view headline = std::string_view(doc->text).substr(
      i, (eol == std::string::npos ? doc->text.size() : eol) - i);
  while (!headline.empty() && (headline.back() == '\r' || headline.back() == ' ')) headline.remove_suffix(1);
  doc->title = std::string(headline);
  return Status::Ok();
}

}  // namespace dyad::ingest
