// Query-parameter checking for the HTTP API. See params.h.
#include "server/params.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace dyad::server {

namespace {

ApiError Bad(std::string_view name, std::string message) {
  return ApiError{400, std::string(name) + ": " + message, std::string(name)};
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

const std::string& Empty() {
  static const std::string kEmpty;
  return kEmpty;
}

}  // namespace

std::optional<ApiError> QueryParams::Check(const std::multimap<std::string, std::string>& given,
                                           const std::vector<std::string_view>& allowed, QueryParams* out) {
  out->values_.clear();
  for (const auto& [name, value] : given) {
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string list;
      for (std::string_view a : allowed) {
        if (!list.empty()) list += ", ";
        list += a;
      }
      return Bad(name, "unknown parameter" + (list.empty() ? std::string(" (this endpoint takes none)")
                                                           : " (expected one of: " + list + ")"));
    }
    if (!out->values_.emplace(name, value).second) return Bad(name, "given more than once");
  }
  return std::nullopt;
}

const std::string& QueryParams::Get(std::string_view name) const {
  auto it = values_.find(name);
  return it == values_.end() ? Empty() : it->second;
}

bool QueryParams::Has(std::string_view name) const { return values_.find(name) != values_.end(); }

std::optional<ApiError> ParseActor(const QueryParams& p, std::string_view name, std::string* out) {
  if (!p.Has(name)) return std::nullopt;
  const std::string& v = p.Get(name);
  if (v.empty()) return std::nullopt;  // "source=" from an empty form field: any
  if (v.size() > 32) return Bad(name, "actor code longer than 32 characters");
  std::string code;
  for (unsigned char c : v) {
    if (!std::isalnum(c)) return Bad(name, "actor code must be letters and digits, e.g. RUS or RUSGOV");
    code.push_back(static_cast<char>(std::toupper(c)));
  }
  *out = std::move(code);
  return std::nullopt;
}

std::optional<ApiError> ParseDigits(const QueryParams& p, std::string_view name, size_t min_len, size_t max_len,
                                    std::string* out) {
  if (!p.Has(name)) return std::nullopt;
  const std::string& v = p.Get(name);
  if (v.empty()) return std::nullopt;
  if (!AllDigits(v) || v.size() < min_len || v.size() > max_len) {
    std::string want = min_len == max_len ? std::to_string(min_len) : std::to_string(min_len) + " to " +
                                                                         std::to_string(max_len);
    return Bad(name, "must be a CAMEO code of " + want + " digits");
  }
  *out = v;
  return std::nullopt;
}

std::optional<ApiError> ParseDate(const QueryParams& p, std::string_view name, std::string* out) {
  if (!p.Has(name)) return std::nullopt;
  const std::string& v = p.Get(name);
  if (v.empty()) return std::nullopt;
  std::string d;
  if (v.size() == 10 && v[4] == '-' && v[7] == '-') {
    d = v.substr(0, 4) + v.substr(5, 2) + v.substr(8, 2);
  } else if (v.size() == 8) {
    d = v;
  }
  if (d.size() != 8 || !AllDigits(d)) return Bad(name, "must be a date YYYY-MM-DD");
  int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(4, 2)), day = std::stoi(d.substr(6, 2));
  if (y < 1 || m < 1 || m > 12 || day < 1 || day > DaysInMonth(y, m)) return Bad(name, "no such date: " + v);
  *out = std::move(d);
  return std::nullopt;
}

std::optional<ApiError> ParseInt(const QueryParams& p, std::string_view name, int64_t min, int64_t max,
                                 int64_t* out) {
  if (!p.Has(name)) return std::nullopt;
  const std::string& v = p.Get(name);
  int64_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size() || n < min || n > max) {
    return Bad(name, "must be an integer from " + std::to_string(min) + " to " + std::to_string(max));
  }
  *out = n;
  return std::nullopt;
}

std::optional<ApiError> ParseText(const QueryParams& p, std::string_view name, size_t max_len, std::string* out) {
  if (!p.Has(name)) return std::nullopt;
  const std::string& v = p.Get(name);
  if (v.size() > max_len) return Bad(name, "longer than " + std::to_string(max_len) + " bytes");
  if (!IsValidUtf8(v)) return Bad(name, "not valid UTF-8");
  if (v.find('\0') != std::string::npos) return Bad(name, "contains a NUL byte");
  *out = v;
  return std::nullopt;
}

std::optional<ApiError> ParseEnum(const QueryParams& p, std::string_view name,
                                  const std::vector<std::string_view>& words, std::string* out) {
  if (!p.Has(name)) return std::nullopt;
  const std::string& v = p.Get(name);
  if (std::find(words.begin(), words.end(), v) == words.end()) {
    std::string list;
    for (std::string_view w : words) {
      if (!list.empty()) list += ", ";
      list += w;
    }
    return Bad(name, "must be one of: " + list);
  }
  *out = v;
  return std::nullopt;
}

std::optional<ApiError> ParseBool(const QueryParams& p, std::string_view name, bool* out) {
  if (!p.Has(name)) return std::nullopt;
  const std::string& v = p.Get(name);
  if (v == "true" || v == "1") {
    *out = true;
  } else if (v == "false" || v == "0") {
    *out = false;
  } else {
    return Bad(name, "must be true or false");
  }
  return std::nullopt;
}

std::optional<ApiError> ParseId(std::string_view segment, std::string_view name, int64_t* out) {
  int64_t n = 0;
  auto [end, ec] = std::from_chars(segment.data(), segment.data() + segment.size(), n);
  if (segment.empty() || ec != std::errc() || end != segment.data() + segment.size() || n < 1) {
    return Bad(name, "must be a positive integer id");
  }
  *out = n;
  return std::nullopt;
}

std::optional<ApiError> ParseActorSegment(std::string_view segment, std::string_view name, std::string* out) {
  if (segment.empty() || segment.size() > 32) return Bad(name, "must be an actor code of 1 to 32 characters");
  std::string code;
  for (unsigned char c : segment) {
    if (!std::isalnum(c)) return Bad(name, "actor code must be letters and digits, e.g. RUS or RUSGOV");
    code.push_back(static_cast<char>(std::toupper(c)));
  }
  *out = std::move(code);
  return std::nullopt;
}

std::optional<ApiError> CheckRange(const std::string& from, const std::string& to) {
  if (!from.empty() && !to.empty() && from > to) return Bad("to", "is before from");
  return std::nullopt;
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    uint32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 0x2) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n;
  }
  return true;
}

}  // namespace dyad::server
