// Lemmatizer: exceptions table, then the longest (UPOS, suffix) edit rule.
#include <cstring>

#include "parse/model.h"
#include "parse/train/lexicon.h"

namespace dyad::parse {
namespace {

// The lexicon's bits for "`lower` is a lemma of this word class" and "is an
// inflected form of this class"; 0 where the lexicon does not speak to the
// class. Only nouns and verbs: their regular inflections are what suffix rules
// learnt from a few training words get wrong.
uint32_t LemmaBit(int upos) {
  return upos == kVERB ? uint32_t{kLexVerb} : upos == kNOUN ? uint32_t{kLexNoun} : 0u;
}
uint32_t InflectedBits(int upos) {
  return upos == kVERB ? uint32_t{kLexVerbEd | kLexVerbIng | kLexVerbS} : upos == kNOUN ? uint32_t{kLexNounPlural} : 0u;
}

bool EndsWith(std::string_view s, std::string_view t) {
  return s.size() > t.size() && s.substr(s.size() - t.size()) == t;
}
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
// "hop", "upgrad": one vowel then one consonant, where English doubles the
// consonant before -ed/-ing unless the base ended in a silent e ("hoped").
bool EndsConsonantVowelConsonant(std::string_view s) {
  const size_t n = s.size();
  return n >= 3 && !IsVowel(s[n - 1]) && s[n - 1] != 'w' && s[n - 1] != 'x' && s[n - 1] != 'y' &&
         IsVowel(s[n - 2]) && !IsVowel(s[n - 3]);
}

}  // namespace

// The suffix rules are learnt from the training words, and an unseen word
// gets the rule of the longest suffix it shares with one: "upgraded" ->
// "upgrad" (from "graded"?), "shelled" -> "shel" (from "travelled"),
// "heroes" -> "heroe". Where the model has a lexicon that calls the word an
// inflected noun or verb but not the rule's output a lemma of that class, the
// regular detachments (WordNet's: -s, -es, -ies, -ed, -d, -ied, -ing, a
// doubled consonant) are tried instead and the first the lexicon knows wins.
std::string_view DyadParserModel::CheckLemma(std::string_view lower, int upos,
                                             std::string_view lemma, LemmaArena* arena) const {
  const FlatMap64& lex = tagger.lexicon;
  const uint32_t want = LemmaBit(upos);
  if (lex.size() == 0 || want == 0 || lower.size() < 4) return lemma;
  for (char c : lower) {
    if (c < 'a' || c > 'z') return lemma;  // digits and symbols: the lexicon has no such words
  }
  uint64_t bits = 0;
  if (!lex.Find(NormKey(lower), &bits) || (bits & InflectedBits(upos)) == 0) return lemma;
  auto is_lemma = [&](std::string_view w) {
    uint64_t b = 0;
    return !w.empty() && lex.Find(NormKey(w), &b) && (b & want) != 0;
  };
  char buf[72];
  if (lower.size() + 1 > sizeof(buf) || lemma.size() > sizeof(buf)) return lemma;
  for (size_t i = 0; i < lemma.size(); ++i) {
    const char c = lemma[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (is_lemma(std::string_view(buf, lemma.size()))) return lemma;  // the rule was right
  auto with = [&](std::string_view stem, std::string_view tail) -> std::string_view {
    std::memcpy(buf, stem.data(), stem.size());
    std::memcpy(buf + stem.size(), tail.data(), tail.size());
    return std::string_view(buf, stem.size() + tail.size());
  };
  auto found = [&](std::string_view w) {
    const std::string_view kept = arena->Concat(w, {});
    return kept.empty() ? lemma : kept;
  };
  // -ies -> -y, -es, -s: a noun's plural or a verb's third person.
  auto without_s = [&]() -> std::string_view {
    const size_t n = lower.size();
    if (EndsWith(lower, "ies") && is_lemma(with(lower.substr(0, n - 3), "y"))) return found(with(lower.substr(0, n - 3), "y"));
    if (EndsWith(lower, "es") && is_lemma(lower.substr(0, n - 2))) return found(lower.substr(0, n - 2));
    if (EndsWith(lower, "s") && is_lemma(lower.substr(0, n - 1))) return found(lower.substr(0, n - 1));
    return lemma;
  };
  if (upos == kNOUN) return without_s();
  // Verbs.
  for (std::string_view suffix : {std::string_view("ed"), std::string_view("ing")}) {
    if (!EndsWith(lower, suffix)) continue;
    const std::string_view stem = lower.substr(0, lower.size() - suffix.size());
    if (suffix == "ed" && EndsWith(lower, "ied") && is_lemma(with(stem.substr(0, stem.size() - 1), "y")))
      return found(with(stem.substr(0, stem.size() - 1), "y"));
    if (suffix == "ing" && EndsWith(stem, "y") && is_lemma(with(stem.substr(0, stem.size() - 1), "ie")))
      return found(with(stem.substr(0, stem.size() - 1), "ie"));  // "dying" -> "die"
    const bool plain = is_lemma(stem);
    const bool silent_e = is_lemma(with(stem, "e"));
    if (silent_e && (!plain || EndsConsonantVowelConsonant(stem))) return found(with(stem, "e"));
    if (plain) return found(stem);
    const size_t n = stem.size();
    if (n >= 3 && stem[n - 1] == stem[n - 2] && !IsVowel(stem[n - 1]) && is_lemma(stem.substr(0, n - 1)))
      return found(stem.substr(0, n - 1));  // "planned" -> "plan"
    return lemma;
  }
  return without_s();
}

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
  // (An empty view may have no data at all; memcpy must not see it.)
  if (!a.empty()) std::memcpy(p, a.data(), a.size());
  if (!b.empty()) std::memcpy(p + a.size(), b.data(), b.size());
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
  return CheckLemma(lower, upos, RuleLemma(form, lower, has_upper, upos, arena), arena);
}

std::string_view DyadParserModel::RuleLemma(std::string_view form, std::string_view lower,
                                            bool has_upper, int upos, LemmaArena* arena) const {
  const LemmatizerModel& m = lemmatizer;
  uint64_t v = 0;
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
