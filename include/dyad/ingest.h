// Ingest: streaming readers that turn files (plain text, JSON Lines, HTML) or
// standard input into Documents. A bad record yields an error naming file:line
// and the reader moves on to the next record; memory is bounded by the largest
// single record, never the whole input. Not thread-safe (one reader per thread).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct IngestOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: from extension, then content
  std::string default_date;                  // YYYYMMDD used when the input has none
  size_t max_record_bytes = 16u << 20;       // larger records are rejected with an error (16 MiB)
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  // `path` "-" reads standard input. Fails if the file cannot be opened.
  static Result<std::unique_ptr<DocumentReader>> Open(const std::string& path,
                                                      const IngestOptions& options);
  // Reads the next document. Returns false at end of input. When a record is
  // bad, returns true with *error set (and *doc unspecified); the caller
  // reports it and calls Next again.
  virtual bool Next(Document* doc, Status* error) = 0;
};

// A reader over several inputs (files, directories, "-") one after another;
// an input that cannot be opened is one error, in sequence, and reading goes on.
std::unique_ptr<DocumentReader> OpenInputs(std::vector<std::string> paths, const IngestOptions& options);

// Command-line helpers: "--in-format" value (auto|text|jsonl|html) and
// "--date" value (YYYYMMDD or ISO 8601, may be empty) to IngestOptions.
Result<InputFormat> ParseInputFormat(std::string_view name);
Result<IngestOptions> MakeIngestOptions(std::string_view in_format, std::string_view date);

// Parses one article from an in-memory buffer (used by the server's /api/code).
Result<Document> DocumentFromBuffer(std::string bytes, InputFormat format, const std::string& origin,
                                    const std::string& default_date);

// Normalises a date ("YYYYMMDD", "YYYY-MM-DD", ISO 8601 with time) to YYYYMMDD.
Result<std::string> NormalizeDate(std::string_view s);

}  // namespace dyad
