// Token atoms and tagger features (see model.h).
#include <algorithm>

#include "parse/model.h"

namespace dyad::parse {

void FlatMap64::Build() {
  size_t cap = 16;
  while (cap < pairs_.size() * 3 / 2 + 1) cap <<= 1;
  slots_.assign(cap, Pair{0, 0});
  mask_ = cap - 1;
  for (const Pair& p : pairs_) {
    uint64_t s = p.key & mask_;
    while (slots_[s].key != 0 && slots_[s].key != p.key) s = (s + 1) & mask_;
    slots_[s] = p;
  }
}

void NormalizeForm(std::string_view form, std::string* out) {
  out->clear();
  for (char c : form) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9') c = '0';
    out->push_back(c);
  }
}

void ComputeAtoms(std::string_view form, bool first_word, std::string* buf, TokenAtoms* a) {
  NormalizeForm(form, buf);
  const std::string_view norm(*buf);
  a->form = HashBytes(form, 1);
  a->norm = NormKey(norm);
  for (int k = 1; k <= 5; ++k) {
    a->suffix[k - 1] = static_cast<size_t>(k) <= norm.size() ? HashBytes(norm.substr(norm.size() - k), 10 + k) : 0;
  }
  for (int k = 1; k <= 3; ++k) {
    a->prefix[k - 1] = static_cast<size_t>(k) <= norm.size() ? HashBytes(norm.substr(0, k), 20 + k) : 0;
  }
  char shape[32];
  int len = 0;
  char last = 0;
  uint32_t flags = first_word ? kAtomFirstWord : 0;
  int upper = 0, alpha = 0;
  for (size_t i = 0; i < form.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(form[i]);
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X';
      ++upper;
      ++alpha;
      if (i == 0) flags |= kAtomFirstUpper;
    } else if (c >= 'a' && c <= 'z') {
      s = 'x';
      ++alpha;
    } else if (c >= '0' && c <= '9') {
      s = 'd';
      flags |= kAtomDigit;
    } else if (c >= 0x80) {
      s = 'u';
    } else {
      s = static_cast<char>(c);
      if (c == '-') flags |= kAtomHyphen;
    }
    if (s != last && len < 32) shape[len++] = s;
    last = s;
  }
  if (upper) flags |= kAtomUpper;
  if (alpha) flags |= kAtomAlpha;
  if (upper >= 2 && upper == alpha) flags |= kAtomAllUpper;
  a->shape = HashBytes(std::string_view(shape, len), 30);
  a->flags = flags;
  a->amb = 0;
}

void TaggerModel::FillAmbiguity(std::span<TokenAtoms> atoms) const {
  for (TokenAtoms& a : atoms) {
    uint64_t v = 0;
    a.amb = dict.Find(a.norm, &v) ? v : 0;
    // A model trained without a lexicon has no lexicon features (lex = 0).
    a.lex = lexicon.size() == 0 ? 0 : lexicon.Find(a.norm, &v) ? Key(600).Add(v).Done() : kNoLexClass;
  }
}

namespace {
// The two previous tags as feature atoms (0xffff: before the sentence).
inline uint64_t PrevTag(const int* tags, int j) { return j >= 0 ? static_cast<uint64_t>(tags[j]) : 0xffff; }
}  // namespace

int TaggerStaticFeatures(const TokenAtoms* a, int n, int i, uint64_t* f) {
  const TokenAtoms& w = a[i];
  auto norm = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : a[j].norm; };
  auto amb = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : a[j].amb; };
  auto suf3 = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : a[j].suffix[2]; };
  auto lex = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : a[j].lex; };
  auto shape = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : a[j].shape; };
  int k = 0;
  f[k++] = Key(0).Done();
  f[k++] = Key(1).Add(w.norm).Done();
  f[k++] = Key(2).Add(w.form).Done();
  for (int s = 0; s < 5; ++s) f[k++] = Key(3 + s).Add(w.suffix[s]).Done();
  for (int p = 0; p < 3; ++p) f[k++] = Key(8 + p).Add(w.prefix[p]).Done();
  f[k++] = Key(11).Add(w.shape).Done();
  f[k++] = Key(12).Add(w.flags).Done();
  f[k++] = Key(16).Add(norm(i - 1)).Done();
  f[k++] = Key(17).Add(norm(i - 2)).Done();
  f[k++] = Key(18).Add(norm(i + 1)).Done();
  f[k++] = Key(19).Add(norm(i + 2)).Done();
  f[k++] = Key(20).Add(norm(i - 1)).Add(w.norm).Done();
  f[k++] = Key(21).Add(w.norm).Add(norm(i + 1)).Done();
  f[k++] = Key(22).Add(suf3(i - 1)).Done();
  f[k++] = Key(23).Add(suf3(i + 1)).Done();
  f[k++] = Key(24).Add(w.amb).Done();
  f[k++] = Key(25).Add(amb(i + 1)).Done();
  f[k++] = Key(26).Add(amb(i + 2)).Done();
  f[k++] = Key(28).Add(w.amb).Add(amb(i + 1)).Done();
  f[k++] = Key(29).Add(shape(i + 1)).Done();
  f[k++] = Key(31).Add(norm(i - 1)).Add(norm(i + 1)).Done();
  f[k++] = Key(33).Add(w.flags).Add(w.suffix[2]).Done();
  f[k++] = Key(34).Add(shape(i - 1)).Add(w.shape).Done();
  f[k++] = Key(35).Add(w.amb).Add(w.suffix[2]).Done();
  if (w.lex == 0) return k;  // the model has no lexicon
  f[k++] = Key(37).Add(w.lex).Done();
  f[k++] = Key(38).Add(w.lex).Add(w.suffix[1]).Done();
  f[k++] = Key(39).Add(w.lex).Add(w.flags).Done();
  f[k++] = Key(40).Add(lex(i + 1)).Done();
  f[k++] = Key(42).Add(lex(i - 1)).Done();
  return k;
}

int TaggerHistoryFeatures(const TokenAtoms* a, int n, int i, uint64_t t1, uint64_t t2, uint64_t* f) {
  const TokenAtoms& w = a[i];
  auto norm = [&](int j) -> uint64_t { return j >= n ? 2 : a[j].norm; };
  auto amb = [&](int j) -> uint64_t { return j >= n ? 2 : a[j].amb; };
  int k = 0;
  f[k++] = Key(13).Add(t1).Done();
  f[k++] = Key(14).Add(t1).Add(t2).Done();
  f[k++] = Key(15).Add(t1).Add(w.norm).Done();
  f[k++] = Key(27).Add(t1).Add(w.amb).Done();
  f[k++] = Key(30).Add(t1).Add(w.suffix[2]).Done();
  f[k++] = Key(32).Add(t1).Add(amb(i + 1)).Done();
  f[k++] = Key(36).Add(t1).Add(norm(i + 1)).Done();
  if (w.lex != 0) f[k++] = Key(41).Add(t1).Add(w.lex).Done();
  return k;
}

int TaggerFeatures(const TokenAtoms* a, int n, int i, const int* tags, uint64_t* f) {
  const int k = TaggerStaticFeatures(a, n, i, f);
  return k + TaggerHistoryFeatures(a, n, i, PrevTag(tags, i - 1), PrevTag(tags, i - 2), f + k);
}

}  // namespace dyad::parse
