// Where bundled data lives: $DYAD_DATA if set, else the source tree's data/
// (compiled in). Thread-safe.
#pragma once

#include <string>

namespace dyad {
std::string DataDir();
}  // namespace dyad
