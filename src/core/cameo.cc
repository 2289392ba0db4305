#include "dyad/cameo.h"

#include <cstdio>
#include <cstdlib>
#include "dyad/paths.h"

#include <fstream>
#include <sstream>
#include <vector>

namespace dyad {

std::string DataDir() {
  const char* env = std::getenv("DYAD_DATA");
  return (env && *env) ? std::string(env) : std::string(DYAD_DATA_DIR);
}

Result<CameoTable> CameoTable::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open CAMEO table");
  CameoTable table;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < 4) {
      return Status::Error(path + ":" + std::to_string(lineno) + ": expected 5 tab-separated columns");
    }
    CameoCodeInfo info;
    info.root = cols[1];
    info.quad_class = std::atoi(cols[2].c_str());
    info.goldstein = std::strtod(cols[3].c_str(), nullptr);
    if (cols.size() > 4) info.label = cols[4];
    table.codes_.emplace(cols[0], std::move(info));
  }
  return table;
}

const CameoTable& CameoTable::Default() {
  static const CameoTable table = [] {
    auto t = Load(DataDir() + "/cameo/eventcodes.tsv");
    if (!t.ok()) {
      std::fprintf(stderr, "dyad: %s\n", t.status().message().c_str());
      return CameoTable();
    }
    return std::move(t).value();
  }();
  return table;
}

const CameoCodeInfo* CameoTable::Find(std::string_view code) const {
  std::string key(code);
  // Exact code, then successively shorter prefixes ("0234" -> "023" -> "02").
  while (key.size() >= 2) {
    auto it = codes_.find(key);
    if (it != codes_.end()) return &it->second;
    key.pop_back();
  }
  return nullptr;
}

}  // namespace dyad
