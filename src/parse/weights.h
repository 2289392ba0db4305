// SparseWeights: the read-only weight table of a multi-class linear model
// (averaged perceptron) used by the tagger and the parser. Each feature key maps
// to a short run of (class, weight) entries; classes a feature never voted for
// take no space. Lookup is one open-addressing probe sequence over 8-byte slots
// followed by a contiguous run of entries: no allocation, no virtual calls.
// Thread-safe after Finish()/Read(): immutable.
#pragma once

#include <cstdint>
#include <vector>

#include "parse/bytes.h"
#include "parse/huge_pages.h"

namespace dyad::parse {

class SparseWeights {
 public:
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_entries() const { return entries_.size(); }

  // scores[c] += weight(f, c) for each of the n feature keys (unknown keys add
  // nothing). Scores are in quantised units (weight / scale()): only their
  // order matters. n must be <= kMaxBatch, and `scores` must have room for
  // score_capacity() floats (entries past num_classes() stay 0). Probes are
  // prefetched in a first pass so that the cache misses of all features
  // overlap. Compiled for AVX2 and for baseline x86-64, chosen at run time.
  static constexpr int kMaxBatch = 128;
  void Accumulate(const uint64_t* feats, int n, float* scores) const;
  int score_capacity() const { return stride_; }
  // Real-valued weight of one quantised unit.
  float scale() const { return scale_; }

  // Building: Reset(num_classes, scale), AddFeature() once per key, then
  // Finish(). Weights are quantised to int16 units of `scale`; entries that
  // round to 0 are dropped.
  void Reset(int num_classes, float scale);
  void AddFeature(uint64_t key, const uint8_t* cls, const float* w, int count);
  void Finish();

  // Drops entries with |weight| < min_abs (real units) and features left empty.
  void Prune(float min_abs);

  // The entry-wise sum of tables over the same classes (real units; keys in
  // order of first appearance, so the result is deterministic). For linear
  // models decoded greedily, the sum scores exactly as an ensemble that adds
  // the members' scores at every decision. Returns false if the class counts
  // differ.
  static bool Sum(const std::vector<const SparseWeights*>& parts, SparseWeights* out);

  // Features whose run is at least this fraction of the classes are also kept
  // as dense int16 rows (built at load, not serialised): a row is summed with
  // SIMD instead of one scattered add per entry. Exposed for tests.
  static constexpr int kDenseDivisor = 4;
  size_t num_dense_rows() const { return stride_ ? dense_.size() / stride_ : 0; }

  // Serialisation (see docs/formats/parser-model.md, "weight table").
  void Write(ByteWriter* out) const;
  bool Read(ByteReader* in);  // false on truncated or inconsistent data

 private:
  struct Entry {
    uint8_t cls;  // class id
    uint8_t pad;  // 0
    int16_t w;    // weight in units of scale_
  };
  // 8-byte slot: the key's high 32 bits (its low bits pick the slot) and the
  // entry run. Two keys sharing slot chain and fingerprint collide (about one
  // in 4e9 probes): harmless for a linear model.
  struct Slot {
    uint32_t fp = 0;   // Fingerprint(key); 0 = empty
    // first entry << 8 | number of entries (1..254), or dense row << 8 | 0, or
    // for a single entry weight << 16 | class << 8 | 0xff
    uint32_t run = 0;
  };
  static uint32_t Fingerprint(uint64_t key) {
    const uint32_t fp = static_cast<uint32_t>(key >> 32);
    return fp ? fp : 1;
  }
  int num_classes_ = 0;
  std::vector<uint64_t> keys_;    // feature keys in insertion order
  std::vector<uint32_t> starts_;  // starts_[i]: first entry of feature i; size keys_+1
  std::vector<Entry, HugePageAllocator<Entry>> entries_;  // (class, weight) runs, one per feature
  float scale_ = 1.0f;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;  // open-addressing table (power-of-two size), built at load
  uint64_t mask_ = 0;
  // A one-hash Bloom filter over the keys (8 bits per key, cache-resident):
  // about a fifth of a decision's feature keys were never trained, and each
  // of them would otherwise cost a cache miss into the slot table.
  static uint64_t FilterBit(uint64_t key, int shift) { return (key * 0x9E3779B97F4A7C15ULL) >> shift; }
  std::vector<uint64_t, HugePageAllocator<uint64_t>> filter_;
  int filter_shift_ = 63;
  int stride_ = 0;  // num_classes_ rounded up to 16: the length of a dense row
  std::vector<int16_t, HugePageAllocator<int16_t>> dense_;  // dense rows, stride_ each
};

}  // namespace dyad::parse
