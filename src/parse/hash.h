// Feature hashing for the tagger and parser: every feature is a 64-bit key
// built from a template id and its atoms (word hashes, tag ids, labels, ...).
// Key 0 is reserved (empty hash-table slot). Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::parse {

// splitmix64 finaliser: a cheap, well-mixing bijection.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a over the bytes, then mixed. Stable across platforms (part of the model format).
inline uint64_t HashBytes(std::string_view s, uint64_t seed = 0) {
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix64(h);
}

// Incremental feature key: Key(t).Add(a).Add(b).Done().
struct Key {
  uint64_t h;
  explicit constexpr Key(uint32_t tmpl) : h(0x9e3779b97f4a7c15ULL * (tmpl + 1)) {}
  Key& Add(uint64_t a) {
    h = (h ^ a) * 0xff51afd7ed558ccdULL;
    h ^= h >> 29;
    return *this;
  }
  uint64_t Done() const {
    uint64_t k = Mix64(h);
    return k ? k : 1;
  }
};

}  // namespace dyad::parse
