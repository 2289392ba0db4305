#include "parse/weights.h"

namespace dyad::parse {

void SparseWeights::Reset(int num_classes) {
  num_classes_ = num_classes;
  keys_.clear();
  starts_.assign(1, 0);
  cls_.clear();
  w_.clear();
  slots_.clear();
  mask_ = 0;
}

void SparseWeights::AddFeature(uint64_t key, const uint8_t* cls, const float* w, int count) {
  keys_.push_back(key);
  cls_.insert(cls_.end(), cls, cls + count);
  w_.insert(w_.end(), w, w + count);
  starts_.push_back(static_cast<uint32_t>(cls_.size()));
}

void SparseWeights::Finish() {
  size_t cap = 16;
  while (cap < keys_.size() * 3 / 2 + 1) cap <<= 1;  // load factor <= 2/3
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint64_t s = keys_[i] & mask_;
    while (slots_[s].key != 0 && slots_[s].key != keys_[i]) s = (s + 1) & mask_;
    slots_[s] = Slot{keys_[i], starts_[i], starts_[i + 1]};
  }
}

void SparseWeights::Write(ByteWriter* out) const {
  out->Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  out->PutArray(keys_);
  std::vector<uint8_t> counts(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) counts[i] = static_cast<uint8_t>(starts_[i + 1] - starts_[i]);
  out->PutArray(counts);
  out->PutArray(cls_);
  out->PutArray(w_);
}

bool SparseWeights::Read(ByteReader* in) {
  uint32_t nc = 0;
  std::vector<uint8_t> counts;
  if (!in->Get(&nc) || nc == 0 || nc > 256) return false;
  num_classes_ = static_cast<int>(nc);
  if (!in->GetArray(&keys_) || !in->GetArray(&counts) || !in->GetArray(&cls_) ||
      !in->GetArray(&w_)) {
    return false;
  }
  if (counts.size() != keys_.size() || cls_.size() != w_.size()) return false;
  starts_.assign(1, 0);
  starts_.reserve(keys_.size() + 1);
  uint64_t total = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) return false;
    total += counts[i];
    starts_.push_back(static_cast<uint32_t>(total));
  }
  if (total != cls_.size()) return false;
  for (uint8_t c : cls_) {
    if (c >= nc) return false;
  }
  Finish();
  return true;
}

}  // namespace dyad::parse
