// Date normalisation: accepts YYYYMMDD, YYYY-MM-DD and ISO 8601 date-times.
#include <cctype>
#include <string>

#include "dyad/ingest.h"

namespace dyad {

Result<std::string> NormalizeDate(std::string_view s) {
  std::string digits;
  size_t i = 0;
  // Up to the first 'T' or space (ISO 8601 time part is ignored).
  for (; i < s.size() && s[i] != 'T' && s[i] != ' '; ++i) {
    char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits.push_back(c);
    } else if (c != '-' && c != '/') {
      return Status::Error("bad date '" + std::string(s) + "' (want YYYYMMDD or ISO 8601)");
    }
  }
  if (digits.size() != 8) {
    return Status::Error("bad date '" + std::string(s) + "' (want YYYYMMDD or ISO 8601)");
  }
  int month = std::stoi(digits.substr(4, 2));
  int day = std::stoi(digits.substr(6, 2));
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    return Status::Error("bad date '" + std::string(s) + "' (month or day out of range)");
  }
  return digits;
}

}  // namespace dyad
