// Averaged multi-class perceptron over hashed features, for training only.
// Weights are stored sparsely per feature (only classes that were updated);
// averaging is lazy (per-entry timestamps). Export() writes the averaged
// weights into the read-only SparseWeights used at inference.
// Not thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "parse/weights.h"

namespace dyad::parse {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int num_classes);

  // scores[c] += current weight(f, c).
  void Score(const uint64_t* f, int n, float* scores) const;
  // Perceptron update: +1 for `good`, -1 for `bad` on every feature.
  void Update(const uint64_t* f, int n, int good, int bad);
  // delta on class `cls` of every feature (sequence updates of a beam).
  void AddTo(const uint64_t* f, int n, int cls, float delta);
  // Advances the averaging clock (once per training decision).
  void Tick() { ++clock_; }

  // Averaged weights; entries with |w| < min_abs are dropped.
  void Export(float min_abs, SparseWeights* out) const;
  size_t num_features() const { return rows_.size(); }

 private:
  struct Entry {
    double total = 0;   // sum of w over time up to ts
    float w = 0;        // current weight
    uint32_t ts = 0;    // clock at the last change of w
    uint8_t cls = 0;
  };
  int64_t Find(uint64_t key) const;
  uint32_t FindOrAdd(uint64_t key);
  void Add(uint32_t row, int cls, float delta);

  int num_classes_;
  uint32_t clock_ = 1;
  std::vector<uint64_t> slot_keys_;  // open addressing; 0 = empty
  std::vector<uint32_t> slot_rows_;
  uint64_t mask_ = 0;
  std::vector<uint64_t> row_keys_;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace dyad::parse
