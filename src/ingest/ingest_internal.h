// Internal helpers shared by the ingest readers.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/ingest.h"
#include "dyad/status.h"

namespace dyad::ingest {

// Offset of the first invalid UTF-8 byte, or npos if `s` is valid.
size_t FindInvalidUtf8(std::string_view s);
// 1-based line number of byte `offset` in `s`.
uint32_t LineOf(std::string_view s, size_t offset);

// Reads a whole stream (file or stdin) but refuses more than `limit` bytes.
Status ReadAll(std::FILE* f, const std::string& name, size_t limit, std::string* out);

// Fills a text document from `bytes` (headline = first non-empty line; the
// dateline is found later by Clean).
Status MakeTextDocument(std::string bytes, const std::string& origin, Document* doc);
Status MakeHtmlDocument(std::string bytes, const std::string& origin, Document* doc);
// Parses one JSON Lines record.
Status MakeJsonDocument(std::string_view line, const std::string& origin, Document* doc);

std::unique_ptr<DocumentReader> NewJsonlReader(std::FILE* f, bool owned, std::string name,
                                               const IngestOptions& options, std::string first_chunk);
std::string FileStem(const std::string& path);

}  // namespace dyad::ingest
