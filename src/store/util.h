// Small helpers shared by the store: SHA-256, civil dates <-> day numbers,
// CAMEO actor compatibility (the dedup rule), time stamps. Thread-safe (pure).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad::store {

// Lower-case hex SHA-256 of `data` (FIPS 180-4).
std::string Sha256Hex(std::string_view data);

// YYYYMMDD integer (e.g. 20240305) from "YYYYMMDD" or "YYYY-MM-DD"; nullopt if
// malformed or not a real calendar day.
std::optional<int> ParseYmd(std::string_view s);
// Days since 1970-01-01 for a valid YYYYMMDD integer.
int64_t DaysFromYmd(int ymd);
// YYYYMMDD integer for a day number.
int YmdFromDays(int64_t days);
// "YYYYMMDD" text of a YYYYMMDD integer (0 -> "").
std::string YmdText(int64_t ymd);
// UTC now as YYYYMMDDHHMMSS.
std::string NowStamp();

// CAMEO actor codes are sequences of 3-letter parts ("RUS" "GOV"). Two codes
// are compatible when equal or when one is the other's prefix on a part
// boundary (RUS ~ RUSGOV, RUSGOV !~ RUSMIL). Empty is compatible only with empty.
bool CompatibleActors(std::string_view a, std::string_view b);
// The dedup bucket of an actor code: its first part (first 3 letters).
std::string ActorKey(std::string_view code);
// The 3-digit CAMEO base code of an event code ("0231" -> "023", "02" -> "02").
std::string BaseCode(std::string_view code);

std::string ToUpperAscii(std::string_view s);
std::string ToLowerAscii(std::string_view s);
// Escapes LIKE metacharacters (% _ \) with a backslash (use ESCAPE '\').
std::string LikeEscape(std::string_view s);

}  // namespace dyad::store
