#include "parse/eval.h"

#include <time.h>

#include <map>
#include <string>
#include <utility>

#include "dyad/text.h"

namespace dyad::parse {
namespace {

// Annotate time is measured as this thread's CPU time, so that the figure is
// the single-core throughput even when other processes share the machine.
double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

size_t NonSpaceLength(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !IsSpace(c);
  return n;
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool SameIgnoringCaseAndSpace(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (true) {
    while (i < a.size() && IsSpace(a[i])) ++i;
    while (j < b.size() && IsSpace(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (Lower(a[i]) != Lower(b[j])) return false;
    ++i;
    ++j;
  }
}

struct SpanKey {
  size_t begin, end;
  bool operator<(const SpanKey& o) const { return begin != o.begin ? begin < o.begin : end < o.end; }
};

}  // namespace

std::string_view UniversalRelation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

EvalCounts EvaluateGoldTokens(const ParserModel& model, const std::vector<conllu::Sentence>& gold) {
  EvalCounts c;
  auto scratch = ParserModel::NewScratch();
  std::vector<std::string_view> forms;
  std::vector<TokenParse> out;
  for (const conllu::Sentence& s : gold) {
    forms.clear();
    for (const conllu::Word& w : s.words) forms.push_back(w.form);
    out.assign(forms.size(), TokenParse{});
    const double t0 = ThreadSeconds();
    model.Annotate(forms, out, scratch.get());
    c.annotate_seconds += ThreadSeconds() - t0;
    for (size_t i = 0; i < s.words.size(); ++i) {
      const conllu::Word& g = s.words[i];
      const TokenParse& p = out[i];
      c.upos += g.upos == kUposNames[p.upos];
      c.lemma += p.lemma == g.lemma;
      if (p.head == g.head) {
        ++c.uas;
        c.las += UniversalRelation(p.deprel_name) == UniversalRelation(g.deprel);
        c.las_full += p.deprel_name == g.deprel;
      }
    }
    c.gold_words += s.words.size();
  }
  c.system_words = c.aligned = c.gold_words;
  c.gold_sentences = c.system_sentences = c.matched_sentences = gold.size();
  return c;
}

EvalCounts EvaluateRaw(const ParserModel& model, const std::vector<conllu::Sentence>& gold) {
  EvalCounts c;
  // 1. Raw text and gold spans over the text without whitespace.
  std::string text;
  struct GoldWord {
    const conllu::Word* word;
    size_t global_head;  // global index of the head word + 1; 0 = root
  };
  std::vector<GoldWord> gwords;
  std::map<SpanKey, std::vector<size_t>> gold_word_at;  // span -> gold word indices, in order
  std::map<SpanKey, int> gold_tokens, gold_sents;
  size_t pos = 0;         // non-space offset of the current gold word
  size_t text_nows = 0;   // non-space characters in `text` so far
  for (const conllu::Sentence& s : gold) {
    std::string_view stext = s.Comment("text");
    std::string built;
    if (stext.empty()) {  // no "# text": rebuild it from the forms and SpaceAfter
      for (size_t i = 0; i < s.words.size(); ++i) {
        built += s.words[i].form;
        if (!s.NoSpaceAfter(i)) built += ' ';
      }
      stext = built;
    }
    if (!text.empty()) {
      const bool para = !s.Comment("newpar id").empty() || !s.Comment("newdoc id").empty();
      text += para ? "\n\n" : " ";
    }
    text += stext;
    // Re-synchronise on the sentence text, so that a form that differs from
    // the text (rare) cannot shift the spans of the following sentences.
    pos = text_nows;
    text_nows += NonSpaceLength(stext);
    const size_t sent_begin = pos;
    const size_t base = gwords.size();
    size_t tok = 0;
    for (size_t i = 0; i < s.words.size();) {
      const int id = static_cast<int>(i) + 1;
      while (tok < s.tokens.size() && s.tokens[tok].last < id) ++tok;
      if (tok < s.tokens.size() && s.tokens[tok].first == id) {
        const conllu::MultiwordToken& t = s.tokens[tok];
        const size_t len = NonSpaceLength(t.form);
        gold_tokens[{pos, pos + len}]++;
        std::string joined;
        for (int w = t.first; w <= t.last; ++w) joined += s.words[w - 1].form;
        const bool splittable = SameIgnoringCaseAndSpace(joined, t.form);
        size_t p = pos;
        for (int w = t.first; w <= t.last; ++w) {
          const size_t wl = NonSpaceLength(s.words[w - 1].form);
          SpanKey k = splittable ? SpanKey{p, p + wl} : SpanKey{pos, pos + len};
          gold_word_at[k].push_back(gwords.size());
          gwords.push_back({&s.words[w - 1], 0});
          p += wl;
        }
        pos += len;
        i = static_cast<size_t>(t.last);
        continue;
      }
      const size_t len = NonSpaceLength(s.words[i].form);
      gold_tokens[{pos, pos + len}]++;
      gold_word_at[{pos, pos + len}].push_back(gwords.size());
      gwords.push_back({&s.words[i], 0});
      pos += len;
      ++i;
    }
    for (size_t i = 0; i < s.words.size(); ++i) {
      const int h = s.words[i].head;
      gwords[base + i].global_head = h <= 0 ? 0 : base + static_cast<size_t>(h);
    }
    gold_sents[{sent_begin, pos}]++;
  }
  c.gold_words = gwords.size();
  c.gold_sentences = gold.size();
  for (auto& [k, v] : gold_tokens) c.gold_tokens += v;

  // 2. Segment and annotate.
  Analysis a;
  SegmentText(text, Field::kText, &a);
  std::vector<size_t> nows(text.size() + 1, 0);  // byte offset -> non-space offset
  for (size_t i = 0; i < text.size(); ++i) nows[i + 1] = nows[i] + !IsSpace(text[i]);
  auto scratch = ParserModel::NewScratch();
  a.parse.assign(a.tokens.size(), TokenParse{});
  std::vector<std::string_view> forms;
  for (const Sentence& s : a.sentences) {
    if (s.num_tokens == 0) continue;
    forms.clear();
    for (uint32_t i = 0; i < s.num_tokens; ++i) forms.push_back(a.tokens[s.first_token + i].form);
    const double t0 = ThreadSeconds();
    model.Annotate(forms, std::span<TokenParse>(a.parse.data() + s.first_token, s.num_tokens),
                   scratch.get());
    c.annotate_seconds += ThreadSeconds() - t0;
  }

  // 3. Align and count. A system token is a word, or the words a clitic or
  // contraction split ("do" "n't": one token "don't", as UD writes it).
  c.system_words = a.tokens.size();
  c.system_tokens = 0;
  for (size_t t = 0; t < a.tokens.size();) {
    size_t e = t;
    while (e + 1 < a.tokens.size() && (a.tokens[e].flags & kTokJoinsNext)) ++e;
    ++c.system_tokens;
    const SpanKey k{nows[a.tokens[t].span.begin], nows[a.tokens[e].span.end]};
    if (auto it = gold_tokens.find(k); it != gold_tokens.end() && it->second > 0) {
      --it->second;
      ++c.matched_tokens;
    }
    t = e + 1;
  }
  std::vector<int64_t> sys_to_gold(a.tokens.size(), -1);
  for (size_t t = 0; t < a.tokens.size(); ++t) {
    const SpanKey k{nows[a.tokens[t].span.begin], nows[a.tokens[t].span.end]};
    if (auto it = gold_word_at.find(k); it != gold_word_at.end() && !it->second.empty()) {
      sys_to_gold[t] = static_cast<int64_t>(it->second.front());
      it->second.erase(it->second.begin());
    }
  }
  c.system_sentences = a.sentences.size();
  for (const Sentence& s : a.sentences) {
    if (s.num_tokens == 0) continue;
    const Token& first = a.tokens[s.first_token];
    const Token& last = a.tokens[s.first_token + s.num_tokens - 1];
    const SpanKey k{nows[first.span.begin], nows[last.span.end]};
    if (auto it = gold_sents.find(k); it != gold_sents.end() && it->second > 0) {
      --it->second;
      ++c.matched_sentences;
    }
    for (uint32_t i = 0; i < s.num_tokens; ++i) {
      const size_t t = s.first_token + i;
      if (sys_to_gold[t] < 0) continue;
      ++c.aligned;
      const GoldWord& g = gwords[static_cast<size_t>(sys_to_gold[t])];
      const TokenParse& p = a.parse[t];
      c.upos += g.word->upos == kUposNames[p.upos];
      c.lemma += p.lemma == g.word->lemma;
      // The system head, as a global gold word index + 1 (0 root, SIZE_MAX unaligned).
      size_t sys_head = 0;
      if (p.head > 0) {
        const int64_t hg = sys_to_gold[s.first_token + static_cast<size_t>(p.head) - 1];
        sys_head = hg < 0 ? SIZE_MAX : static_cast<size_t>(hg) + 1;
      }
      if (sys_head == g.global_head) {
        ++c.uas;
        c.las += UniversalRelation(p.deprel_name) == UniversalRelation(g.word->deprel);
        c.las_full += p.deprel_name == g.word->deprel;
      }
    }
  }
  return c;
}

}  // namespace dyad::parse
