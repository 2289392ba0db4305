// Beam search over the tagger's joint tags, shared by decoding (model.cc, with
// the read-only SparseWeights) and training (trainer.cc, with the perceptron
// being trained): one template, so both search the same way.
//
// Why a beam: the greedy tagger commits to each tag before it sees how the
// next words score under it. The features of a word split into static ones
// (the words around it) and history ones (the previous two tags; model.h), so
// the static part is scored once per word and only the few history features
// per beam item. Items with the same last two tags are recombined (only the
// best survives): their futures score identically.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "parse/model.h"

namespace dyad::parse {

class TagBeam {
 public:
  // Scratch grows to the longest sentence seen; never shrinks.
  // margin > 0: after each word, items scoring more than `margin` below the
  // best are dropped (decoding only), so that unambiguous stretches cost about
  // what greedy tagging costs.
  void Reset(int n, int width, int score_capacity, float margin = 0) {
    width_ = std::max(1, width);
    margin_ = margin;
    n_ = n;
    const size_t cells = static_cast<size_t>(n) * width_;
    if (tag_.size() < cells) {
      tag_.resize(cells);
      parent_.resize(cells);
      gold_.resize(cells);
    }
    count_.assign(n, 0);
    score_.assign(width_, 0.0f);
    next_.resize(width_);
    if (static_.size() < static_cast<size_t>(score_capacity)) {
      static_.resize(score_capacity);
      hist_.resize(score_capacity);
    }
    feats_.resize(128);
    capacity_ = score_capacity;
  }

  // Extends every item by word i. `score(keys, k, scores)` adds the weights of
  // k feature keys to scores[0..num_tags). With `gold` (training), marks the
  // items whose whole prefix is gold. Returns false when gold is given and no
  // item is gold any more (the early-update point).
  template <class ScoreFn>
  bool Step(const TokenAtoms* a, int i, int num_tags, ScoreFn score, const int* gold = nullptr) {
    const int k = TaggerStaticFeatures(a, n_, i, feats_.data());
    std::fill_n(static_.data(), capacity_, 0.0f);
    const int prev = i == 0 ? 1 : count_[i - 1];
    // One item to extend (the margin left one, or the first word): score its
    // history features in the same batch as the static ones, so that their
    // cache misses overlap, as in greedy tagging. Decoding only: the sums are
    // the same integers (quantised weights) either way, but training keeps
    // its float order.
    const bool fused = prev == 1 && gold == nullptr;
    if (fused) {
      const int t1 = i >= 1 ? tag_[Cell(i - 1, 0)] : -1;
      const int t2 = i >= 2 ? tag_[Cell(i - 2, parent_[Cell(i - 1, 0)])] : -1;
      const int h = TaggerHistoryFeatures(a, n_, i, t1 < 0 ? 0xffff : t1, t2 < 0 ? 0xffff : t2, feats_.data() + k);
      score(feats_.data(), k + h, static_.data());
      std::fill_n(hist_.data(), capacity_, 0.0f);
    } else {
      score(feats_.data(), k, static_.data());
    }
    int m = 0;  // candidates kept, best first
    for (int b = 0; b < prev; ++b) {
      const int t1 = i >= 1 ? tag_[Cell(i - 1, b)] : -1;
      if (!fused) {
        const int t2 = i >= 2 ? tag_[Cell(i - 2, parent_[Cell(i - 1, b)])] : -1;
        const int h = TaggerHistoryFeatures(a, n_, i, t1 < 0 ? 0xffff : t1, t2 < 0 ? 0xffff : t2, feats_.data());
        std::fill_n(hist_.data(), capacity_, 0.0f);
        score(feats_.data(), h, hist_.data());
      }
      const float base = i == 0 ? 0.0f : score_[b];
      const bool parent_gold = gold == nullptr || i == 0 || gold_[Cell(i - 1, b)];
      for (int c = 0; c < num_tags; ++c) {
        const float s = base + static_[c] + hist_[c];
        if (m == width_ && s <= next_[m - 1].score) continue;
        // Recombination: an item with the same (tag, previous tag) is the same state.
        int same = -1;
        for (int j = 0; j < m; ++j) {
          if (next_[j].tag == c && next_[j].t1 == t1) {
            same = j;
            break;
          }
        }
        if (same >= 0 && next_[same].score >= s) continue;
        int pos = same >= 0 ? same : std::min(m, width_ - 1);
        if (same < 0 && m < width_) ++m;
        while (pos > 0 && next_[pos - 1].score < s) {
          next_[pos] = next_[pos - 1];
          --pos;
        }
        next_[pos] = {s, c, t1, b, parent_gold && gold != nullptr && (gold[i] < 0 || gold[i] == c)};
      }
    }
    if (margin_ > 0 && gold == nullptr) {
      while (m > 1 && next_[m - 1].score < next_[0].score - margin_) --m;
    }
    bool any_gold = false;
    for (int j = 0; j < m; ++j) {
      tag_[Cell(i, j)] = next_[j].tag;
      parent_[Cell(i, j)] = next_[j].parent;
      gold_[Cell(i, j)] = next_[j].gold;
      score_[j] = next_[j].score;
      any_gold |= next_[j].gold;
    }
    count_[i] = m;
    return gold == nullptr || any_gold;
  }

  // Tags of the best item's prefix 0..i into out[0..i].
  void Best(int i, int* out) const {
    int b = 0;
    for (int j = i; j >= 0; --j) {
      out[j] = tag_[Cell(j, b)];
      b = parent_[Cell(j, b)];
    }
  }

 private:
  struct Candidate {
    float score;
    int tag;
    int t1;      // previous tag (-1: none), for recombination
    int parent;  // item at the previous word
    bool gold;
  };
  size_t Cell(int i, int b) const { return static_cast<size_t>(i) * width_ + b; }

  int width_ = 1, n_ = 0, capacity_ = 0;
  float margin_ = 0.0f;
  std::vector<int> tag_, parent_, count_;
  std::vector<uint8_t> gold_;
  std::vector<float> score_, static_, hist_;
  std::vector<Candidate> next_;
  std::vector<uint64_t> feats_;
};

}  // namespace dyad::parse
