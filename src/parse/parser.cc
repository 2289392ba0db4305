// Arc-hybrid transition system and parser features (see model.h).
#include <algorithm>
#include <limits>

#include "parse/model.h"

namespace dyad::parse {

void ParseArrays::Init(int n, ParseState* s) {
  const size_t m = static_cast<size_t>(n) + 2;
  if (stack.size() < m) {
    stack.resize(m);
    head.resize(m);
    lc1.resize(m);
    lc2.resize(m);
    rc1.resize(m);
    rc2.resize(m);
    label.resize(m);
    nl.resize(m);
    nr.resize(m);
    lset.resize(m);
    rset.resize(m);
    word.resize(m);
    tag.resize(m);
  }
  std::fill_n(head.begin(), m, 0);
  std::fill_n(lc1.begin(), m, 0);
  std::fill_n(lc2.begin(), m, 0);
  std::fill_n(rc1.begin(), m, 0);
  std::fill_n(rc2.begin(), m, 0);
  std::fill_n(label.begin(), m, 0);
  std::fill_n(nl.begin(), m, 0);
  std::fill_n(nr.begin(), m, 0);
  std::fill_n(lset.begin(), m, 0);
  std::fill_n(rset.begin(), m, 0);
  word[0] = 0;
  tag[0] = 0;
  word[n + 1] = kRootWord;
  tag[n + 1] = kRootTag;
  s->n = n;
  s->b = 1;
  s->sp = 0;
  s->stack = stack.data();
  s->head = head.data();
  s->label = label.data();
  s->lc1 = lc1.data();
  s->lc2 = lc2.data();
  s->rc1 = rc1.data();
  s->rc2 = rc2.data();
  s->nl = nl.data();
  s->nr = nr.data();
  s->lset = lset.data();
  s->rset = rset.data();
  s->word = word.data();
  s->tag = tag.data();
}

void ParseState::Apply(int a, int num_labels) {
  if (a == 0) {
    stack[sp++] = b++;
    return;
  }
  const int dep = stack[--sp];
  if (a <= num_labels) {
    const int h = b;
    const int l = a - 1;
    head[dep] = static_cast<int16_t>(h);
    label[dep] = static_cast<uint8_t>(l);
    lc2[h] = lc1[h];
    lc1[h] = static_cast<int16_t>(dep);
    if (nl[h] < 255) ++nl[h];
    lset[h] |= 1ULL << (l & 63);
  } else {
    const int h = stack[sp - 1];
    const int l = a - 1 - num_labels;
    head[dep] = static_cast<int16_t>(h);
    label[dep] = static_cast<uint8_t>(l);
    rc2[h] = rc1[h];
    rc1[h] = static_cast<int16_t>(dep);
    if (nr[h] < 255) ++nr[h];
    rset[h] |= 1ULL << (l & 63);
  }
}

void ParserWeightsModel::IndexLabels() {
  case_label_bits = core_label_bits = 0;
  for (size_t l = 0; l < labels.size() && l < 64; ++l) {
    const std::string_view u = std::string_view(labels[l]).substr(0, labels[l].find(':'));
    if (u == "case") case_label_bits |= 1ULL << l;
    if (u == "nsubj" || u == "csubj" || u == "obj" || u == "iobj" || u == "expl") core_label_bits |= 1ULL << l;
  }
}

int BestValidAction(const ParseState& s, const float* sc, const ParserWeightsModel& m) {
  const int num_labels = m.num_labels(), root_label = m.root_label;
  // Every dependent of s0 is attached by now (arc-hybrid pops complete words).
  const int s0 = s.sp >= 1 ? s.stack[s.sp - 1] : 0;
  const uint64_t banned =
      s0 && ((s.lset[s0] | s.rset[s0]) & m.case_label_bits) ? m.core_label_bits : 0;
  int best = -1;
  float bs = -std::numeric_limits<float>::infinity();
  auto consider = [&](int a) {
    if (best < 0 || sc[a] > bs) {
      best = a;
      bs = sc[a];
    }
  };
  if (s.CanShift()) consider(0);
  if (s.CanLeft()) {
    if (s.b == s.n + 1) {
      consider(1 + root_label);
    } else {
      for (int l = 0; l < num_labels; ++l) {
        if (l != root_label && !(l < 64 && (banned >> l & 1))) consider(1 + l);
      }
    }
  }
  if (s.CanRight()) {
    for (int l = 0; l < num_labels; ++l) {
      if (l != root_label && !(l < 64 && (banned >> l & 1))) consider(1 + num_labels + l);
    }
  }
  return best;
}

namespace {
inline uint64_t Dist(int d) {
  if (d <= 0) return 0;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  if (d <= 15) return 7;
  return 8;
}
}  // namespace

int ParserFeatures(const ParseState& s, uint64_t* f) {
  const int n = s.n;
  const int s0 = s.sp >= 1 ? s.stack[s.sp - 1] : 0;
  const int s1 = s.sp >= 2 ? s.stack[s.sp - 2] : 0;
  const int s2 = s.sp >= 3 ? s.stack[s.sp - 3] : 0;
  const int b0 = s.b <= n + 1 ? s.b : 0;
  const int b1 = s.b + 1 <= n + 1 ? s.b + 1 : 0;
  const int b2 = s.b + 2 <= n + 1 ? s.b + 2 : 0;
  // Position 0 means "none": word/tag/label sentinels.
  auto W = [&](int i) -> uint64_t { return i > 0 ? s.word[i] : 0x5a5a; };
  auto P = [&](int i) -> uint64_t { return i > 0 ? s.tag[i] : 0xffff; };
  auto L = [&](int i) -> uint64_t { return i > 0 ? s.label[i] : 0xff; };
  const uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2w = W(s2), s2p = P(s2);
  const uint64_t b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
  const int s0l1 = s0 ? s.lc1[s0] : 0, s0l2 = s0 ? s.lc2[s0] : 0;
  const int s0r1 = s0 ? s.rc1[s0] : 0, s0r2 = s0 ? s.rc2[s0] : 0;
  const int s1l1 = s1 ? s.lc1[s1] : 0;
  const int s1r1 = s1 ? s.rc1[s1] : 0, s1r2 = s1 ? s.rc2[s1] : 0;
  const int b0l1 = b0 ? s.lc1[b0] : 0, b0l2 = b0 ? s.lc2[b0] : 0;
  const uint64_t d0 = s0 ? (b0 == n + 1 ? 15 : Dist(b0 - s0)) : 0;
  const uint64_t d1 = s1 ? Dist(s0 - s1) : 0;
  const uint64_t s0vl = s0 ? s.nl[s0] : 0xff, s0vr = s0 ? s.nr[s0] : 0xff;
  const uint64_t s1vl = s1 ? s.nl[s1] : 0xff, s1vr = s1 ? s.nr[s1] : 0xff;
  const uint64_t b0vl = b0 ? s.nl[b0] : 0xff;
  const uint64_t s0ls = s0 ? s.lset[s0] : 1, s0rs = s0 ? s.rset[s0] : 1;
  const uint64_t s1rs = s1 ? s.rset[s1] : 1, b0ls = b0 ? s.lset[b0] : 1;

  int k = 0;
  uint32_t t = 0;
  auto F1 = [&](uint64_t a) { f[k++] = Key(t++).Add(a).Done(); };
  auto F2 = [&](uint64_t a, uint64_t b) { f[k++] = Key(t++).Add(a).Add(b).Done(); };
  auto F3 = [&](uint64_t a, uint64_t b, uint64_t c) {
    f[k++] = Key(t++).Add(a).Add(b).Add(c).Done();
  };
  auto F4 = [&](uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
    f[k++] = Key(t++).Add(a).Add(b).Add(c).Add(d).Done();
  };
  // Unigrams.
  F2(s0w, s0p); F1(s0w); F1(s0p);
  F2(s1w, s1p); F1(s1w); F1(s1p);
  F1(s2w); F1(s2p);
  F2(b0w, b0p); F1(b0w); F1(b0p);
  F2(b1w, b1p); F1(b1w); F1(b1p);
  F1(b2w); F1(b2p);
  // s0-b0 pairs.
  F4(s0w, s0p, b0w, b0p); F3(s0w, s0p, b0w); F3(s0w, b0w, b0p); F3(s0w, s0p, b0p);
  F3(s0p, b0w, b0p); F2(s0w, b0w); F2(s0p, b0p);
  // s1-s0 pairs.
  F4(s1w, s1p, s0w, s0p); F3(s1w, s1p, s0w); F3(s1w, s0w, s0p); F3(s1w, s1p, s0p);
  F3(s1p, s0w, s0p); F2(s1w, s0w); F2(s1p, s0p);
  // Other pairs.
  F2(s1p, b0p); F2(s1w, b0w); F2(b0p, b1p); F2(b0w, b1w); F2(s0p, b1p);
  // Tag trigrams.
  F3(b0p, b1p, b2p); F3(s0p, b0p, b1p); F3(s1p, s0p, b0p); F3(s2p, s1p, s0p);
  F3(s0w, b0p, b1p); F3(s1p, s0w, b0p); F3(s1p, s0p, b0w);
  // Children (second order).
  F3(s0p, P(s0l1), b0p); F3(s0p, P(s0r1), b0p); F3(s0p, b0p, P(b0l1));
  F3(s1p, P(s1r1), s0p); F3(s1p, s0p, P(s0l1)); F3(s1p, P(s1l1), s0p); F3(s1p, s0p, P(s0r1));
  F1(W(s0l1)); F1(P(s0l1)); F1(L(s0l1));
  F1(W(s0r1)); F1(P(s0r1)); F1(L(s0r1));
  F1(W(b0l1)); F1(P(b0l1)); F1(L(b0l1));
  F1(W(s1r1)); F1(P(s1r1)); F1(L(s1r1));
  F1(P(s1l1)); F1(L(s1l1));
  F2(s0p, L(s0l1)); F2(s0p, L(s0r1)); F2(b0p, L(b0l1)); F2(s1p, L(s1r1));
  // Distance.
  F2(s0w, d0); F2(s0p, d0); F2(b0w, d0); F2(b0p, d0); F3(s0w, b0w, d0); F3(s0p, b0p, d0);
  F2(s1w, d1); F2(s1p, d1); F2(s0w, d1); F2(s0p, d1); F3(s1w, s0w, d1); F3(s1p, s0p, d1);
  // Valency.
  F2(s0w, s0vr); F2(s0p, s0vr); F2(s0w, s0vl); F2(s0p, s0vl); F2(b0w, b0vl); F2(b0p, b0vl);
  F2(s1w, s1vr); F2(s1p, s1vr); F2(s1w, s1vl); F2(s1p, s1vl);
  // Third order.
  F1(P(s0l2)); F1(L(s0l2)); F1(P(s0r2)); F1(L(s0r2)); F1(P(b0l2)); F1(L(b0l2));
  F1(P(s1r2)); F1(L(s1r2));
  F3(s0p, P(s0l1), P(s0l2)); F3(s0p, P(s0r1), P(s0r2)); F3(b0p, P(b0l1), P(b0l2));
  F3(s1p, P(s1r1), P(s1r2));
  // Label sets.
  F2(s0w, s0rs); F2(s0p, s0rs); F2(s0w, s0ls); F2(s0p, s0ls); F2(b0w, b0ls); F2(b0p, b0ls);
  F2(s1w, s1rs); F2(s1p, s1rs);
  return k;
}

}  // namespace dyad::parse
