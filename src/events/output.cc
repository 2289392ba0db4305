#include "output.h"

#include <fmt/format.h>

namespace dyad {

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          *out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

namespace {
void SpanField(const char* name, dyad::Span s, std::string* out) {
  *out += fmt::format(",\"{}\":[{},{}]", name, s.begin, s.end);
}
void Str(const char* name, std::string_view v, std::string* out) {
  *out += ",\"";
  *out += name;
  *out += "\":";
  AppendJsonString(v, out);
}
}  // namespace

void AppendEventJson(const Event& e, std::string* out) {
  *out += "{\"doc_id\":";
  AppendJsonString(e.doc_id, out);
  *out += fmt::format(",\"sentence\":{}", e.sentence);
  if (e.date.empty()) *out += ",\"date\":null";
  else Str("date", e.date, out);
  Str("source", e.source, out);
  Str("target", e.target, out);
  Str("code", e.code, out);
  Str("root", e.root, out);
  *out += fmt::format(",\"quad_class\":{},\"goldstein\":{}", e.quad_class, e.goldstein);
  Str("source_text", e.source_text, out);
  Str("target_text", e.target_text, out);
  Str("verb_text", e.verb_text, out);
  SpanField("source_span", e.source_span, out);
  SpanField("target_span", e.target_span, out);
  SpanField("verb_span", e.verb_span, out);
  Str("sentence_text", e.sentence_text, out);
  *out += ",\"rules\":[";
  for (size_t i = 0; i < e.rules.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(e.rules[i], out);
  }
  out->push_back(']');
  if (e.in == Field::kTitle) *out += ",\"in\":\"title\"";
  if (e.negated) *out += ",\"negated\":true";
  *out += "}\n";
}

const char* EventTsvHeader() {
  return "doc_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tsource_text\t"
         "target_text\tverb_text\tsource_span\ttarget_span\tverb_span\tin\tsentence_text\trules\n";
}

namespace {
void TsvField(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}
}  // namespace

void AppendEventTsv(const Event& e, std::string* out) {
  TsvField(e.doc_id, out);
  *out += fmt::format("\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t", e.sentence, e.date, e.source, e.target,
                      e.code, e.root, e.quad_class, e.goldstein);
  TsvField(e.source_text, out);
  out->push_back('\t');
  TsvField(e.target_text, out);
  out->push_back('\t');
  TsvField(e.verb_text, out);
  *out += fmt::format("\t{}-{}\t{}-{}\t{}-{}\t{}\t", e.source_span.begin, e.source_span.end,
                      e.target_span.begin, e.target_span.end, e.verb_span.begin, e.verb_span.end,
                      e.in == Field::kTitle ? "title" : "text");
  TsvField(e.sentence_text, out);
  out->push_back('\t');
  for (size_t i = 0; i < e.rules.size(); ++i) {
    if (i) *out += " | ";
    TsvField(e.rules[i], out);
  }
  out->push_back('\n');
}

}  // namespace dyad
