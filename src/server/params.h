// Query-parameter checking for the HTTP API: every rejection is an ApiError
// naming the parameter, answered as 4xx JSON. Pure functions: thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::server {

// A client error: HTTP status, a message, and the parameter at fault (may be empty).
struct ApiError {
  int status = 400;
  std::string message;
  std::string parameter;
};

// The query parameters of one request, checked against the names an endpoint
// accepts. Unknown or repeated parameters are errors (typos should not be
// silently ignored).
class QueryParams {
 public:
  // `given` holds every (name, value) pair in request order.
  static std::optional<ApiError> Check(const std::multimap<std::string, std::string>& given,
                                       const std::vector<std::string_view>& allowed, QueryParams* out);

  // The value, or "" when absent.
  const std::string& Get(std::string_view name) const;
  bool Has(std::string_view name) const;

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

// Each parser leaves *out alone when the parameter is absent and returns an
// error when present but malformed.

// CAMEO actor code prefix: 1..32 letters/digits, upper-cased.
std::optional<ApiError> ParseActor(const QueryParams& p, std::string_view name, std::string* out);
// Digits only, length in [min_len, max_len] (CAMEO event codes and roots).
std::optional<ApiError> ParseDigits(const QueryParams& p, std::string_view name, size_t min_len, size_t max_len,
                                    std::string* out);
// A calendar date "YYYY-MM-DD" or "YYYYMMDD"; *out becomes "YYYYMMDD".
std::optional<ApiError> ParseDate(const QueryParams& p, std::string_view name, std::string* out);
// A decimal integer in [min, max].
std::optional<ApiError> ParseInt(const QueryParams& p, std::string_view name, int64_t min, int64_t max,
                                 int64_t* out);
// Free text up to max_len bytes of valid UTF-8.
std::optional<ApiError> ParseText(const QueryParams& p, std::string_view name, size_t max_len, std::string* out);
// One of the listed words.
std::optional<ApiError> ParseEnum(const QueryParams& p, std::string_view name,
                                  const std::vector<std::string_view>& words, std::string* out);
// "true"/"false"/"1"/"0".
std::optional<ApiError> ParseBool(const QueryParams& p, std::string_view name, bool* out);

// A path segment that must be a positive integer id.
std::optional<ApiError> ParseId(std::string_view segment, std::string_view name, int64_t* out);
// A path segment that must be an actor code.
std::optional<ApiError> ParseActorSegment(std::string_view segment, std::string_view name, std::string* out);

// Checks "from" <= "to" when both are set (YYYYMMDD strings).
std::optional<ApiError> CheckRange(const std::string& from, const std::string& to);

bool IsValidUtf8(std::string_view s);

}  // namespace dyad::server
