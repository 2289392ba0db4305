// Event output: JSON Lines (one event per line, fixed field set) and TSV.
// Thread-safe (pure functions).
#pragma once

#include <string>

#include "dyad/event.h"

namespace dyad {

// Appends one JSON object line (with '\n') for `e` to *out.
void AppendEventJson(const Event& e, std::string* out);
// Header line for TSV output.
const char* EventTsvHeader();
void AppendEventTsv(const Event& e, std::string* out);
// JSON string escaping (quotes added).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace dyad
