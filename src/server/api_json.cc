// JSON views for the HTTP API. See api_json.h.
#include "server/api_json.h"

#include <algorithm>

#include "dyad/cameo.h"

namespace dyad::server {

using nlohmann::json;

namespace {

json SpanJson(Span s) { return json::array({s.begin, s.end}); }

json OptSpanJson(const std::optional<Span>& s) { return s ? SpanJson(*s) : json(nullptr); }

json DateOrNull(std::string_view d) { return d.empty() ? json(nullptr) : json(IsoDate(d)); }

json StrOrNull(std::string_view s) { return s.empty() ? json(nullptr) : json(std::string(s)); }

const char* FieldName(Field f) { return f == Field::kTitle ? "title" : "text"; }

// CAMEO label of a code ("Appeal for ..."), or null.
json CodeLabel(std::string_view code) {
  const CameoCodeInfo* info = CameoTable::Default().Find(code);
  return info && !info->label.empty() ? json(info->label) : json(nullptr);
}

// Maps a span in the raw HTML page back to the document's text (the inverse of
// Document::ToReported). nullopt when it does not fall on text bytes.
std::optional<Span> RawToText(const Document& doc, Span raw) {
  if (doc.raw_begin.empty()) return raw;
  if (raw.empty()) return std::nullopt;
  auto b = std::lower_bound(doc.raw_begin.begin(), doc.raw_begin.end(), raw.begin);
  if (b == doc.raw_begin.end() || *b != raw.begin) return std::nullopt;
  auto e = std::lower_bound(doc.raw_end.begin(), doc.raw_end.end(), raw.end);
  if (e == doc.raw_end.end() || *e != raw.end) return std::nullopt;
  uint32_t begin = static_cast<uint32_t>(b - doc.raw_begin.begin());
  uint32_t end = static_cast<uint32_t>(e - doc.raw_end.begin()) + 1;
  if (end <= begin) return std::nullopt;
  return Span{begin, end};
}

}  // namespace

std::string IsoDate(std::string_view d) {
  if (d.size() != 8) return std::string(d);
  std::string out;
  out.reserve(10);
  out.append(d.substr(0, 4)).push_back('-');
  out.append(d.substr(4, 2)).push_back('-');
  out.append(d.substr(6, 2));
  return out;
}

std::string IsoTimestamp(std::string_view t) {
  if (t.size() != 14) return std::string(t);
  std::string out = IsoDate(t.substr(0, 8));
  out.push_back('T');
  out.append(t.substr(8, 2)).push_back(':');
  out.append(t.substr(10, 2)).push_back(':');
  out.append(t.substr(12, 2)).push_back('Z');
  return out;
}

std::optional<Span> SentenceSpan(std::string_view sentence, std::optional<uint32_t> sentence_begin,
                                 Span reported, std::string_view surface, size_t search_from) {
  if (sentence_begin && reported.begin >= *sentence_begin && !reported.empty()) {
    Span rel{reported.begin - *sentence_begin, reported.end - *sentence_begin};
    if (rel.end <= sentence.size() &&
        (surface.empty() || sentence.substr(rel.begin, rel.size()) == surface)) {
      return rel;
    }
  }
  if (surface.empty()) return std::nullopt;
  size_t at = sentence.find(surface, std::min(search_from, sentence.size()));
  if (at == std::string_view::npos) at = sentence.find(surface);
  if (at == std::string_view::npos) return std::nullopt;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
}

json ArgumentJson(std::string_view code, std::string_view text, Span span,
                  const std::optional<Span>& sentence_span) {
  json j;
  if (!code.empty()) j["code"] = std::string(code);
  j["text"] = std::string(text);
  j["span"] = span.empty() ? json(nullptr) : SpanJson(span);
  j["sentence_span"] = OptSpanJson(sentence_span);
  return j;
}

json MentionJson(const EventMention& m, std::optional<uint32_t> sentence_begin,
                 std::optional<Span> sentence_field_span) {
  json j;
  j["id"] = m.id;
  j["event_id"] = m.event_id;
  j["date"] = DateOrNull(m.date);
  j["code"] = m.code;
  j["label"] = CodeLabel(m.code);
  j["document"] = {{"id", m.doc_id},
                   {"title", StrOrNull(m.title)},
                   {"url", StrOrNull(m.url)},
                   {"date", DateOrNull(m.doc_date)},
                   {"source_name", StrOrNull(m.source_name)},
                   {"length", m.doc_length}};
  j["sentence"] = {{"index", m.sentence},
                   {"text", m.sentence_text},
                   {"lead", m.lead},
                   {"field", FieldName(m.in)},
                   {"span", OptSpanJson(sentence_field_span)}};
  auto src = SentenceSpan(m.sentence_text, sentence_begin, m.source_span, m.source_text);
  auto verb = SentenceSpan(m.sentence_text, sentence_begin, m.verb_span, m.verb_text, src ? src->end : 0);
  auto tgt = SentenceSpan(m.sentence_text, sentence_begin, m.target_span, m.target_text, verb ? verb->end : 0);
  j["source"] = ArgumentJson(m.source, m.source_text, m.source_span, src);
  j["verb"] = ArgumentJson("", m.verb_text, m.verb_span, verb);
  j["target"] = ArgumentJson(m.target, m.target_text, m.target_span, tgt);
  j["rules"] = m.rules;
  j["negated"] = m.negated;
  return j;
}

json EventJsonView(const StoredEvent& e,
                   const std::function<std::optional<Span>(const EventMention&)>& sentence_of) {
  json j;
  j["id"] = e.id;
  j["date"] = DateOrNull(e.date);
  j["source"] = e.source;
  j["target"] = e.target;
  j["source_name"] = StrOrNull(e.source_name_text);
  j["target_name"] = StrOrNull(e.target_name_text);
  j["code"] = e.code;
  j["base_code"] = e.base_code;
  j["root"] = e.root;
  j["label"] = CodeLabel(e.code);
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["negated"] = e.negated;
  j["num_mentions"] = e.num_mentions;
  j["num_sources"] = e.num_sources;
  j["num_articles"] = e.num_articles;
  j["is_root"] = e.is_root;
  j["first_url"] = StrOrNull(e.first_url);
  j["date_added"] = StrOrNull(IsoTimestamp(e.date_added));
  json mentions = json::array();
  for (const EventMention& m : e.mentions) {
    std::optional<Span> sentence = sentence_of ? sentence_of(m) : std::nullopt;
    std::optional<uint32_t> begin;
    if (sentence) begin = sentence->begin;
    mentions.push_back(MentionJson(m, begin, sentence));
  }
  j["mentions"] = std::move(mentions);
  return j;
}

json CodedEventJson(const Event& e, const Document& doc, std::optional<Span> sentence) {
  // Spans are reported in the raw page for HTML; map them back to the text to
  // place them in the sentence.
  auto place = [&](Span reported, std::string_view surface, size_t from) -> std::optional<Span> {
    std::optional<Span> text_span = e.in == Field::kText ? RawToText(doc, reported) : reported;
    std::optional<uint32_t> begin;
    if (sentence) begin = sentence->begin;
    return SentenceSpan(e.sentence_text, begin, text_span.value_or(Span{}), surface, from);
  };
  auto src = place(e.source_span, e.source_text, 0);
  auto verb = place(e.verb_span, e.verb_text, src ? src->end : 0);
  auto tgt = place(e.target_span, e.target_text, verb ? verb->end : 0);
  json j;
  j["doc_id"] = e.doc_id;
  j["date"] = DateOrNull(e.date);
  j["code"] = e.code;
  j["root"] = e.root;
  j["label"] = CodeLabel(e.code);
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["sentence"] = {{"index", e.sentence},
                   {"text", e.sentence_text},
                   {"field", FieldName(e.in)},
                   {"span", OptSpanJson(sentence)}};
  j["source"] = ArgumentJson(e.source, e.source_text, e.source_span, src);
  j["verb"] = ArgumentJson("", e.verb_text, e.verb_span, verb);
  j["target"] = ArgumentJson(e.target, e.target_text, e.target_span, tgt);
  j["rules"] = e.rules;
  j["negated"] = e.negated;
  return j;
}

json TimelinePointJson(const TimelinePoint& p) {
  return {{"period", p.period},
          {"start", IsoDate(p.start)},
          {"events", p.events},
          {"quad", json::array({p.by_quad[0], p.by_quad[1], p.by_quad[2], p.by_quad[3]})},
          {"mentions", p.mentions},
          {"mean_goldstein", p.mean_goldstein}};
}

json NetworkJson(const Network& n) {
  json nodes = json::array();
  for (const NetworkNode& node : n.nodes) nodes.push_back({{"code", node.code}, {"events", node.events}});
  json edges = json::array();
  for (const NetworkEdge& e : n.edges) {
    edges.push_back({{"source", e.source},
                     {"target", e.target},
                     {"events", e.events},
                     {"mentions", e.mentions},
                     {"quad", json::array({e.by_quad[0], e.by_quad[1], e.by_quad[2], e.by_quad[3]})},
                     {"mean_goldstein", e.mean_goldstein}});
  }
  return {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
}

json ActorJson(const ActorInfo& a) {
  return {{"code", a.code}, {"name", StrOrNull(a.name)}, {"mentions", a.mentions}};
}

json IngestReportJson(const IngestReport& r) {
  json j = {{"doc_id", r.doc_id},
            {"outcome", IngestOutcomeName(r.outcome)},
            {"mentions", r.mentions},
            {"new_events", r.new_events},
            {"merged", r.merged}};
  if (!r.duplicate_of.empty()) j["duplicate_of"] = r.duplicate_of;
  if (!r.status.ok()) j["error"] = r.status.message();
  return j;
}

json StatsJson(const StoreStats& s) {
  return {{"backend", s.backend},
          {"schema_version", s.schema_version},
          {"dedup_window_days", s.dedup_window_days},
          {"documents", s.documents},
          {"sentences", s.sentences},
          {"mentions", s.mentions},
          {"events", s.events},
          {"sources", s.sources},
          {"first_date", DateOrNull(s.first_date)},
          {"last_date", DateOrNull(s.last_date)}};
}

}  // namespace dyad::server
