// Event: one coded "who did what to whom", with the evidence that proves it.
// Plain value type; owns its strings so it can outlive the Document.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad {

struct Event {
  std::string doc_id;
  uint32_t sentence = 0;       // index of the sentence within the document (title sentences first)
  std::string date;            // YYYYMMDD or empty (null in output)
  std::string source;          // CAMEO actor code, e.g. "RUSGOV"
  std::string target;          // CAMEO actor code, e.g. "ARM"
  std::string code;            // CAMEO event code, string with leading zeros, e.g. "020"
  std::string root;            // 2-digit root, e.g. "02"
  int quad_class = 0;          // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  Field in = Field::kText;     // which text the spans index
  Span source_span, target_span, verb_span;  // reported coordinates (raw page for HTML)
  std::string source_text, target_text, verb_text;
  std::string sentence_text;
  std::vector<std::string> rules;  // dictionary entries that fired ("verbs.tsv:120 urge * to")
  bool negated = false;            // set when the verb is negated; negated events are not emitted by default
};

}  // namespace dyad
