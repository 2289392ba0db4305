#include "parse/weights.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

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
  stride_ = (num_classes_ + 15) / 16 * 16;
  size_t cap = 16;
  while (cap < keys_.size() * 3 / 2 + 1) cap <<= 1;  // load factor <= 2/3
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  // Long runs become dense rows. Break-even: a row costs stride_ * 2 bytes and
  // a few SIMD adds; a run costs 4 bytes and one dependent scattered add per
  // entry, so from a quarter of the classes on the row is much faster to sum
  // at twice the bytes at worst.
  int filter_log2 = 9;
  while ((size_t{1} << filter_log2) < keys_.size() * 8) ++filter_log2;
  filter_shift_ = 64 - filter_log2;
  filter_.assign((size_t{1} << filter_log2) / 64, 0);
  for (uint64_t key : keys_) {
    const uint64_t b = FilterBit(key, filter_shift_);
    filter_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  const uint32_t dense_min = static_cast<uint32_t>(std::max(2, num_classes_ / kDenseDivisor));
  dense_.clear();
  for (size_t i = 0; i < keys_.size(); ++i) {
    const uint32_t fp = Fingerprint(keys_[i]);
    uint64_t s = keys_[i] & mask_;
    while (slots_[s].fp != 0 && slots_[s].fp != fp) s = (s + 1) & mask_;
    const uint32_t count = starts_[i + 1] - starts_[i];
    if (count == 1 && num_classes_ < 255) {
      // A single entry lives in the slot itself (weight << 16 | class << 8 |
      // 0xff): no second, dependent cache miss for the rarest features.
      const Entry& e = entries_[starts_[i]];
      slots_[s] = Slot{fp, static_cast<uint32_t>(static_cast<uint16_t>(e.w)) << 16 | uint32_t{e.cls} << 8 | 0xffu};
    } else if (count >= dense_min) {
      const size_t row = dense_.size() / stride_;
      dense_.resize(dense_.size() + stride_, 0);
      int16_t* d = dense_.data() + row * stride_;
      for (uint32_t e = starts_[i]; e < starts_[i + 1]; ++e) d[entries_[e].cls] = entries_[e].w;
      slots_[s] = Slot{fp, static_cast<uint32_t>(row) << 8};
    } else {
      slots_[s] = Slot{fp, starts_[i] << 8 | count};
    }
  }
}

// One definition compiled twice (AVX2 and baseline); the loader picks one per
// CPU. The dense row loop is written so that both versions vectorise it.
__attribute__((target_clones("avx2", "default")))
void SparseWeights::Accumulate(const uint64_t* feats, int n, float* scores) const {
  uint64_t pos[kMaxBatch], keys[kMaxBatch];
  int k = 0;
  for (int i = 0; i < n; ++i) {
    const uint64_t b = FilterBit(feats[i], filter_shift_);
    if (!((filter_[b >> 6] >> (b & 63)) & 1)) continue;  // certainly not a trained feature
    keys[k] = feats[i];
    pos[k] = feats[i] & mask_;
    __builtin_prefetch(&slots_[pos[k]]);
    ++k;
  }
  uint32_t found[kMaxBatch];
  int m = 0;
  for (int i = 0; i < k; ++i) {
    const uint32_t fp = Fingerprint(keys[i]);
    uint64_t s = pos[i];
    while (true) {
      const Slot& slot = slots_[s];
      if (slot.fp == fp) {
        const uint32_t len = slot.run & 0xff;
        if (len == 0) __builtin_prefetch(dense_.data() + size_t{slot.run >> 8} * stride_);
        else if (len != 0xff) __builtin_prefetch(entries_.data() + (slot.run >> 8));
        found[m++] = slot.run;
        break;
      }
      if (slot.fp == 0) break;
      s = (s + 1) & mask_;
    }
  }
  const int stride = stride_;
  for (int j = 0; j < m; ++j) {
    const uint32_t len = found[j] & 0xff;
    if (len == 0xff) {
      scores[(found[j] >> 8) & 0xff] += static_cast<float>(static_cast<int16_t>(found[j] >> 16));
    } else if (len == 0) {
      const int16_t* __restrict d = dense_.data() + size_t{found[j] >> 8} * stride;
      for (int c = 0; c < stride; ++c) scores[c] += static_cast<float>(d[c]);
    } else {
      const Entry* e = entries_.data() + (found[j] >> 8);
      for (uint32_t i = 0; i < len; ++i) scores[e[i].cls] += static_cast<float>(e[i].w);
    }
  }
}

bool SparseWeights::Sum(const std::vector<const SparseWeights*>& parts, SparseWeights* out) {
  if (parts.empty()) return false;
  const int nc = parts[0]->num_classes_;
  for (const SparseWeights* p : parts) {
    if (p->num_classes_ != nc) return false;
  }
  // Every member's entries as (key index, class, real weight), sorted and
  // added up: sparse, because a parser has millions of keys and ~100 classes.
  std::unordered_map<uint64_t, uint32_t> index_of;
  std::vector<uint64_t> keys;
  struct Item {
    uint32_t key;
    uint8_t cls;
    float w;
  };
  std::vector<Item> items;
  for (const SparseWeights* p : parts) {
    for (size_t i = 0; i < p->keys_.size(); ++i) {
      auto [it, fresh] = index_of.try_emplace(p->keys_[i], static_cast<uint32_t>(keys.size()));
      if (fresh) keys.push_back(p->keys_[i]);
      for (uint32_t e = p->starts_[i]; e < p->starts_[i + 1]; ++e) {
        items.push_back(Item{it->second, p->entries_[e].cls, static_cast<float>(p->entries_[e].w) * p->scale_});
      }
    }
  }
  // Stable, so that equal (key, class) pairs add in member order.
  std::stable_sort(items.begin(), items.end(),
                   [](const Item& a, const Item& b) { return a.key != b.key ? a.key < b.key : a.cls < b.cls; });
  std::vector<Item> summed;
  for (const Item& x : items) {
    if (!summed.empty() && summed.back().key == x.key && summed.back().cls == x.cls) summed.back().w += x.w;
    else summed.push_back(x);
  }
  items = std::vector<Item>();
  float max_abs = 0;
  for (const Item& x : summed) max_abs = std::fmax(max_abs, std::fabs(x.w));
  out->Reset(nc, max_abs > 0 ? max_abs / 32000.0f : 1.0f);
  std::vector<uint8_t> cls;
  std::vector<float> w;
  for (size_t i = 0; i < summed.size();) {
    cls.clear();
    w.clear();
    const uint32_t k = summed[i].key;
    for (; i < summed.size() && summed[i].key == k; ++i) {
      cls.push_back(summed[i].cls);
      w.push_back(summed[i].w);
    }
    out->AddFeature(keys[k], cls.data(), w.data(), static_cast<int>(cls.size()));
  }
  out->Finish();
  return true;
}

void SparseWeights::Prune(float min_abs) {
  const float units = min_abs / scale_;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> starts(1, 0);
  std::vector<Entry, HugePageAllocator<Entry>> entries;
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
