// JSON views of store and pipeline values for the HTTP API (docs/api.md).
// Dates go out as ISO "YYYY-MM-DD"; spans are UTF-8 byte offsets, half-open
// [begin, end). Pure functions over plain values: thread-safe.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/store.h"

namespace dyad::server {

// "20240305" -> "2024-03-05"; "" stays "" (callers emit null); anything else unchanged.
std::string IsoDate(std::string_view yyyymmdd);
// "20240305101112" -> "2024-03-05T10:11:12Z"; other lengths unchanged.
std::string IsoTimestamp(std::string_view yyyymmddhhmmss);

// Places an argument (source, verb or target) of a mention inside its
// sentence. `reported` is the argument's span in the reported coordinates
// (document text, or the raw page for HTML), `sentence_begin` the sentence's
// start in the document text when known. The span relative to the sentence is
// kept when the sentence's bytes there equal `surface`; otherwise `surface` is
// looked for in the sentence (first occurrence at or after `search_from`).
// Returns nullopt when the argument cannot be placed.
std::optional<Span> SentenceSpan(std::string_view sentence, std::optional<uint32_t> sentence_begin,
                                 Span reported, std::string_view surface, size_t search_from = 0);

// {"code","text","span":[b,e],"sentence_span":[b,e]|null} for one argument.
nlohmann::json ArgumentJson(std::string_view code, std::string_view text, Span span,
                            const std::optional<Span>& sentence_span);

// A mention with its evidence. `sentence_begin`: the sentence's start offset in
// the document text, when the caller has looked the document up.
nlohmann::json MentionJson(const EventMention& m, std::optional<uint32_t> sentence_begin,
                           std::optional<Span> sentence_field_span);

// An event with the mentions attached to it. `sentence_begins(m)` may supply
// the sentence offset of each mention (null function: unknown).
nlohmann::json EventJsonView(const StoredEvent& e,
                             const std::function<std::optional<Span>(const EventMention&)>& sentence_of);

// An event coded from a posted article (POST /api/code). `sentence` is the
// event's sentence span in the document's text, when known.
nlohmann::json CodedEventJson(const Event& e, const Document& doc, std::optional<Span> sentence);

nlohmann::json TimelinePointJson(const TimelinePoint& p);
nlohmann::json NetworkJson(const Network& n);
nlohmann::json ActorJson(const ActorInfo& a);
nlohmann::json IngestReportJson(const IngestReport& r);
nlohmann::json StatsJson(const StoreStats& s);

}  // namespace dyad::server
