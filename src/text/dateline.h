// Dateline recognition at the start of an article body:
//   "Yerevan /Mediamax/. "            (place /agency/.)
//   "MOSCOW, March 3 (Reuters) - "   (PLACE, date (agency) -)
//   "WASHINGTON (AP) — "             (PLACE (agency) dash)
//   "BAHRAIN - "                     (PLACE dash: capitals, a spaced dash, a capital after)
// Thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::text {

struct Dateline {
  uint32_t length = 0;          // bytes from the start of the input, incl. trailing separator/space; 0 = none
  std::string_view place;       // view into the input
  std::string_view agency;      // view into the input (may be empty)
};

Dateline FindDateline(std::string_view s);

// Only the form "PLACE - Text" (capitals, a spaced dash, no agency), for the
// items of a news digest after the first.
Dateline FindDashDateline(std::string_view s);

}  // namespace dyad::text
