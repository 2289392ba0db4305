// CameoTable: CAMEO event code -> root, quad class, Goldstein value, label,
// loaded from data/cameo/eventcodes.tsv. Immutable after Load; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/status.h"

namespace dyad {

struct CameoCodeInfo {
  std::string root;      // "02"
  int quad_class = 0;    // 1..4
  double goldstein = 0;  // -10..10
  std::string label;
};

class CameoTable {
 public:
  static Result<CameoTable> Load(const std::string& path);
  // Default table bundled in data/cameo/eventcodes.tsv (cached, loaded once).
  static const CameoTable& Default();
  // Info for `code`; unknown codes fall back to their root's entry; null if the
  // root is unknown too.
  const CameoCodeInfo* Find(std::string_view code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCodeInfo> codes_;
};

}  // namespace dyad
