// Lemmatizer: exceptions table, then the longest (UPOS, suffix) edit rule.
#include <cstring>

#include "parse/model.h"

namespace dyad::parse {

void LowerAscii(std::string_view s, std::string* out) {
  out->clear();
  for (char c : s) out->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
}

uint64_t LemmaExceptionKey(std::string_view form, int upos, bool lowered) {
  return Key(lowered ? 101 : 100).Add(static_cast<uint64_t>(upos)).Add(HashBytes(form, 3)).Done();
}

uint64_t LemmaRuleKey(int upos, std::string_view suffix) {
  return Key(102).Add(static_cast<uint64_t>(upos)).Add(HashBytes(suffix, 4)).Add(suffix.size()).Done();
}

std::string_view LemmaArena::Concat(std::string_view a, std::string_view b) {
  const size_t n = a.size() + b.size();
  if (n > kChunk) return {};  // cannot happen for lemmas of words < 16 KiB; caller falls back
  if (chunk_ >= chunks_.size() || used_ + n > kChunk) {
    if (chunk_ < chunks_.size() && used_ > 0) ++chunk_;
    if (chunk_ >= chunks_.size()) chunks_.push_back(std::make_unique<char[]>(kChunk));
    used_ = 0;
  }
  char* p = chunks_[chunk_].get() + used_;
  std::memcpy(p, a.data(), a.size());
  std::memcpy(p + a.size(), b.data(), b.size());
  used_ += n;
  return std::string_view(p, n);
}

std::string_view DyadParserModel::Lemmatize(std::string_view form, int upos,
                                            LemmaArena* arena) const {
  const LemmatizerModel& m = lemmatizer;
  uint64_t v = 0;
  if (m.exceptions.Find(LemmaExceptionKey(form, upos, false), &v)) {
    return std::string_view(m.blob).substr(v >> 16, v & 0xffff);
  }
  char lower_buf[256];
  if (form.size() > sizeof(lower_buf)) return form;
  bool has_upper = false;
  for (size_t i = 0; i < form.size(); ++i) {
    char c = form[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      has_upper = true;
    }
    lower_buf[i] = c;
  }
  const std::string_view lower(lower_buf, form.size());
  if (has_upper && m.exceptions.Find(LemmaExceptionKey(lower, upos, true), &v)) {
    return std::string_view(m.blob).substr(v >> 16, v & 0xffff);
  }
  const int max_k = static_cast<int>(std::min<size_t>(LemmatizerModel::kMaxSuffix, lower.size()));
  for (int k = max_k; k >= 0; --k) {
    if (!m.rules.Find(LemmaRuleKey(upos, lower.substr(lower.size() - k)), &v)) continue;
    if (v >= m.rule_table.size()) break;
    const LemmaRule& r = m.rule_table[v];
    const std::string_view base = r.lower ? lower : form;
    if (r.strip >= base.size()) return form;
    const std::string_view stem = base.substr(0, base.size() - r.strip);
    // Rules strip bytes: one learnt from "'m" -> "be" would cut "´m" inside the
    // two-byte '´' and emit invalid UTF-8. A stem that ends mid-character is no stem.
    if ((static_cast<unsigned char>(base[stem.size()]) & 0xC0) == 0x80) return form;
    if (r.append_len == 0 && (!r.lower || !has_upper)) return form.substr(0, stem.size());
    std::string_view out =
        arena->Concat(stem, std::string_view(m.blob).substr(r.append_off, r.append_len));
    return out.empty() ? form : out;
  }
  return form;
}

}  // namespace dyad::parse
