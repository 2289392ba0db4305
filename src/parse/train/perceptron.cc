#include "parse/train/perceptron.h"

#include <algorithm>
#include <cmath>

namespace dyad::parse {

AveragedPerceptron::AveragedPerceptron(int num_classes) : num_classes_(num_classes) {
  slot_keys_.assign(1 << 16, 0);
  slot_rows_.assign(1 << 16, 0);
  mask_ = (1 << 16) - 1;
}

int64_t AveragedPerceptron::Find(uint64_t key) const {
  uint64_t s = key & mask_;
  while (true) {
    if (slot_keys_[s] == key) return slot_rows_[s];
    if (slot_keys_[s] == 0) return -1;
    s = (s + 1) & mask_;
  }
}

uint32_t AveragedPerceptron::FindOrAdd(uint64_t key) {
  int64_t r = Find(key);
  if (r >= 0) return static_cast<uint32_t>(r);
  if ((rows_.size() + 1) * 2 > slot_keys_.size()) {
    const size_t cap = slot_keys_.size() * 2;
    slot_keys_.assign(cap, 0);
    slot_rows_.assign(cap, 0);
    mask_ = cap - 1;
    for (uint32_t i = 0; i < row_keys_.size(); ++i) {
      uint64_t s = row_keys_[i] & mask_;
      while (slot_keys_[s] != 0) s = (s + 1) & mask_;
      slot_keys_[s] = row_keys_[i];
      slot_rows_[s] = i;
    }
  }
  uint64_t s = key & mask_;
  while (slot_keys_[s] != 0) s = (s + 1) & mask_;
  const uint32_t row = static_cast<uint32_t>(rows_.size());
  slot_keys_[s] = key;
  slot_rows_[s] = row;
  row_keys_.push_back(key);
  rows_.emplace_back();
  return row;
}

void AveragedPerceptron::Score(const uint64_t* f, int n, float* scores) const {
  for (int i = 0; i < n; ++i) {
    const int64_t r = Find(f[i]);
    if (r < 0) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
  }
}

void AveragedPerceptron::Add(uint32_t row, int cls, float delta) {
  std::vector<Entry>& es = rows_[row];
  for (Entry& e : es) {
    if (e.cls == cls) {
      e.total += static_cast<double>(e.w) * (clock_ - e.ts);
      e.ts = clock_;
      e.w += delta;
      return;
    }
  }
  Entry e;
  e.cls = static_cast<uint8_t>(cls);
  e.ts = clock_;
  e.w = delta;
  es.push_back(e);
}

void AveragedPerceptron::Update(const uint64_t* f, int n, int good, int bad) {
  if (good == bad) return;
  for (int i = 0; i < n; ++i) {
    const uint32_t r = FindOrAdd(f[i]);
    Add(r, good, 1.0f);
    Add(r, bad, -1.0f);
  }
}

void AveragedPerceptron::AddTo(const uint64_t* f, int n, int cls, float delta) {
  for (int i = 0; i < n; ++i) Add(FindOrAdd(f[i]), cls, delta);
}

void AveragedPerceptron::Export(float min_abs, SparseWeights* out) const {
  // Quantisation step: the largest averaged weight maps to 32000 units.
  double max_abs = 0;
  for (const std::vector<Entry>& row : rows_) {
    for (const Entry& e : row) {
      const double total = e.total + static_cast<double>(e.w) * (clock_ - e.ts);
      max_abs = std::max(max_abs, std::fabs(total / clock_));
    }
  }
  out->Reset(num_classes_, max_abs > 0 ? static_cast<float>(max_abs / 32000.0) : 1.0f);
  std::vector<uint8_t> cls;
  std::vector<float> w;
  for (size_t r = 0; r < rows_.size(); ++r) {
    cls.clear();
    w.clear();
    for (const Entry& e : rows_[r]) {
      const double total = e.total + static_cast<double>(e.w) * (clock_ - e.ts);
      const float avg = static_cast<float>(total / clock_);
      if (std::fabs(avg) < min_abs) continue;
      cls.push_back(e.cls);
      w.push_back(avg);
    }
    if (!cls.empty()) out->AddFeature(row_keys_[r], cls.data(), w.data(), static_cast<int>(cls.size()));
  }
  out->Finish();
}

}  // namespace dyad::parse
