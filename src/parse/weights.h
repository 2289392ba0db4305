// SparseWeights: the read-only weight table of a multi-class linear model
// (averaged perceptron) used by the tagger and the parser. Each feature key maps
// to a short run of (class, weight) entries; classes a feature never voted for
// take no space. Lookup is one open-addressing probe sequence over 16-byte slots
// followed by a contiguous run of entries: no allocation, no virtual calls.
// Thread-safe after Finish()/Read(): immutable.
#pragma once

#include <cstdint>
#include <vector>

#include "parse/bytes.h"

namespace dyad::parse {

class SparseWeights {
 public:
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_entries() const { return cls_.size(); }

  // scores[c] += weight(f, c) for each of the n feature keys (unknown keys add nothing).
  void Accumulate(const uint64_t* feats, int n, float* scores) const {
    for (int i = 0; i < n; ++i) {
      const uint64_t k = feats[i];
      uint64_t s = k & mask_;
      while (true) {
        const Slot& slot = slots_[s];
        if (slot.key == k) {
          const uint8_t* c = cls_.data() + slot.begin;
          const float* w = w_.data() + slot.begin;
          for (uint32_t e = 0, m = slot.end - slot.begin; e < m; ++e) scores[c[e]] += w[e];
          break;
        }
        if (slot.key == 0) break;
        s = (s + 1) & mask_;
      }
    }
  }

  // Building: Reset(num_classes), AddFeature() once per key, then Finish().
  void Reset(int num_classes);
  void AddFeature(uint64_t key, const uint8_t* cls, const float* w, int count);
  void Finish();

  // Serialisation (see docs/formats/parser-model.md, "weight table").
  void Write(ByteWriter* out) const;
  bool Read(ByteReader* in);  // false on truncated or inconsistent data

 private:
  struct Slot {
    uint64_t key = 0;  // feature key; 0 = empty
    uint32_t begin = 0, end = 0;  // entries [begin, end) in cls_/w_
  };
  int num_classes_ = 0;
  std::vector<uint64_t> keys_;    // feature keys in insertion order
  std::vector<uint32_t> starts_;  // starts_[i]: first entry of feature i; size keys_+1
  std::vector<uint8_t> cls_;      // entry class ids
  std::vector<float> w_;          // entry weights
  std::vector<Slot> slots_;       // open-addressing table (power-of-two size)
  uint64_t mask_ = 0;
};

}  // namespace dyad::parse
