// Realistic benchmark input: the first Reuters file from ../shared/data when
// present, else the bundled example article repeated.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/ingest.h"

namespace dyad::bench {

inline std::vector<Document> LoadCorpus(size_t max_docs = 400) {
  std::vector<Document> docs;
  std::string path = std::string(DYAD_SHARED_DATA_DIR) + "/news/reuters21578/reuters21578-000.jsonl";
  auto reader = DocumentReader::Open(path, IngestOptions{});
  if (!reader.ok()) {
    reader = DocumentReader::Open(std::string(DYAD_SOURCE_DIR) + "/examples/mediamax-russia-urges-armenia.txt",
                                  IngestOptions{});
  }
  Document d;
  Status err;
  while (docs.size() < max_docs && reader.ok() && reader.value()->Next(&d, &err)) {
    if (err.ok()) docs.push_back(d);
  }
  return docs;
}

inline size_t TotalBytes(const std::vector<Document>& docs) {
  size_t n = 0;
  for (const auto& d : docs) n += d.text.size() + d.title.size();
  return n;
}

}  // namespace dyad::bench
