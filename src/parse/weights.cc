#include "parse/weights.h"

#include <cmath>

namespace dyad::parse {

void SparseWeights::Reset(int num_classes, float scale) {
  num_classes_ = num_classes;
  scale_ = scale > 0 ? scale : 1.0f;
  keys_.clear();
  starts_.assign(1, 0);
  entries_.clear();
  slots_.clear();
  mask_ = 0;
}

void SparseWeights::AddFeature(uint64_t key, const uint8_t* cls, const float* w, int count) {
  const size_t before = entries_.size();
  for (int i = 0; i < count; ++i) {
    const float q = std::round(w[i] / scale_);
    if (q == 0) continue;
    const float c = std::fmax(-32767.0f, std::fmin(32767.0f, q));
    entries_.push_back(Entry{cls[i], 0, static_cast<int16_t>(c)});
  }
  if (entries_.size() == before) return;
  if (entries_.size() - before > 255 || entries_.size() >= (1u << 24)) {
    entries_.resize(before);  // cannot happen with <= 255 classes and < 16M entries
    return;
  }
  keys_.push_back(key);
  starts_.push_back(static_cast<uint32_t>(entries_.size()));
}

void SparseWeights::Finish() {
  size_t cap = 16;
  while (cap < keys_.size() * 3 / 2 + 1) cap <<= 1;  // load factor <= 2/3
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  for (size_t i = 0; i < keys_.size(); ++i) {
    const uint32_t fp = Fingerprint(keys_[i]);
    uint64_t s = keys_[i] & mask_;
    while (slots_[s].fp != 0 && slots_[s].fp != fp) s = (s + 1) & mask_;
    slots_[s] = Slot{fp, starts_[i] << 8 | (starts_[i + 1] - starts_[i])};
  }
}

void SparseWeights::Prune(float min_abs) {
  const float units = min_abs / scale_;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> starts(1, 0);
  std::vector<Entry> entries;
  for (size_t i = 0; i < keys_.size(); ++i) {
    const size_t before = entries.size();
    for (uint32_t e = starts_[i]; e < starts_[i + 1]; ++e) {
      if (std::fabs(static_cast<float>(entries_[e].w)) >= units) entries.push_back(entries_[e]);
    }
    if (entries.size() == before) continue;
    keys.push_back(keys_[i]);
    starts.push_back(static_cast<uint32_t>(entries.size()));
  }
  keys_ = std::move(keys);
  starts_ = std::move(starts);
  entries_ = std::move(entries);
  Finish();
}

void SparseWeights::Write(ByteWriter* out) const {
  out->Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  out->Put<float>(scale_);
  out->PutArray(keys_);
  std::vector<uint8_t> counts(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) counts[i] = static_cast<uint8_t>(starts_[i + 1] - starts_[i]);
  out->PutArray(counts);
  out->PutArray(entries_);
}

bool SparseWeights::Read(ByteReader* in) {
  uint32_t nc = 0;
  std::vector<uint8_t> counts;
  if (!in->Get(&nc) || nc == 0 || nc > 255) return false;
  num_classes_ = static_cast<int>(nc);
  if (!in->Get(&scale_) || !(scale_ > 0)) return false;
  if (!in->GetArray(&keys_) || !in->GetArray(&counts) || !in->GetArray(&entries_)) return false;
  if (counts.size() != keys_.size()) return false;
  starts_.assign(1, 0);
  starts_.reserve(keys_.size() + 1);
  uint64_t total = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) return false;
    total += counts[i];
    starts_.push_back(static_cast<uint32_t>(total));
  }
  if (total != entries_.size() || total >= (1u << 24)) return false;
  for (const Entry& e : entries_) {
    if (e.cls >= nc) return false;
  }
  Finish();
  return true;
}

}  // namespace dyad::parse
