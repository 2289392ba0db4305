#include "parse/train/trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>
#include <map>
#include <random>
#include <thread>
#include <unordered_map>

#include "parse/eval.h"
#include "parse/tag_beam.h"
#include "parse/train/perceptron.h"

namespace dyad::parse {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Deterministic across standard libraries (std::shuffle and the std
// distributions are not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : g_(seed) {}
  uint64_t Next() { return g_(); }
  double Uniform() { return static_cast<double>(g_() >> 11) * 0x1.0p-53; }
  void Shuffle(std::vector<int>* v) {
    for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[g_() % i]);
  }

 private:
  std::mt19937_64 g_;
};

// One training sentence, prepared once.
struct Prepared {
  std::vector<std::string_view> forms;
  std::vector<TokenAtoms> atoms;   // amb not filled
  std::vector<int> gold_tag;       // joint tag id per word, -1 if not in the inventory
  std::vector<int> heads;          // [1..n] gold heads (0 = root)
  std::vector<int> proj;           // [1..n] projectivized heads
  std::vector<int> labels;         // [1..n] label ids (-1 unknown)
};

struct Inventory {
  std::map<std::pair<int, std::string>, int> tag_id;
  std::vector<uint8_t> tag_upos;
  std::vector<std::string> tag_xpos;
  std::map<std::string, int> label_id;
  std::vector<std::string> labels;
  int root_label = -1;
};

int UposIndex(std::string_view u) {
  for (size_t i = 0; i < std::size(kUposNames); ++i) {
    if (u == kUposNames[i]) return static_cast<int>(i);
  }
  return -1;
}

void Log(const TrainOptions& o, const std::string& line) {
  if (o.log) o.log(line);
}

std::string Fmt(const char* fmt, auto... args) {
  char buf[512];
  std::snprintf(buf, sizeof buf, fmt, args...);
  return buf;
}

// ---------------------------------------------------------------------------
// Tagger.

void BuildDict(const std::vector<Prepared>& data, const std::vector<int>& idx, FlatMap64* dict) {
  struct Entry {
    int count = 0;
    std::vector<int> tags;
  };
  std::unordered_map<uint64_t, Entry> words;
  for (int si : idx) {
    const Prepared& p = data[si];
    for (size_t i = 0; i < p.forms.size(); ++i) {
      if (p.gold_tag[i] < 0) continue;
      Entry& e = words[p.atoms[i].norm];
      ++e.count;
      if (std::find(e.tags.begin(), e.tags.end(), p.gold_tag[i]) == e.tags.end()) {
        e.tags.push_back(p.gold_tag[i]);
      }
    }
  }
  std::vector<uint64_t> keys;
  for (auto& [k, e] : words) {
    if (e.count >= 2) keys.push_back(k);
  }
  std::sort(keys.begin(), keys.end());
  *dict = FlatMap64();
  for (uint64_t k : keys) {
    std::vector<int>& tags = words[k].tags;
    std::sort(tags.begin(), tags.end());
    Key amb(500);
    for (int t : tags) amb.Add(static_cast<uint64_t>(t));
    dict->Insert(k, amb.Done());
  }
  dict->Build();
}

// The lexicon keyed like the tag dictionary, in a fixed (sorted) order so that
// the model file is deterministic.
void BuildLexicon(const Lexicon* lex, FlatMap64* out) {
  *out = FlatMap64();
  if (lex == nullptr) return;
  std::vector<std::pair<uint64_t, uint32_t>> pairs;
  pairs.reserve(lex->classes.size());
  for (const auto& [w, bits] : lex->classes) pairs.emplace_back(NormKey(w), bits);
  std::sort(pairs.begin(), pairs.end());
  for (size_t i = 0; i < pairs.size(); ++i) {
    // Two words with one hash (never seen in practice): merge their classes.
    if (i + 1 < pairs.size() && pairs[i + 1].first == pairs[i].first) {
      pairs[i + 1].second |= pairs[i].second;
      continue;
    }
    out->Insert(pairs[i].first, pairs[i].second);
  }
  out->Build();
}

double TaggerDevAccuracy(const TaggerModel& tagger, const std::vector<conllu::Sentence>& dev) {
  DyadParserModel m;
  m.tagger = tagger;  // copy: fine for dev evaluation
  auto scratch = ParserModel::NewScratch();
  std::vector<std::string_view> forms;
  size_t total = 0, ok = 0;
  for (const conllu::Sentence& s : dev) {
    forms.clear();
    for (const conllu::Word& w : s.words) forms.push_back(w.form);
    m.Tag(forms, scratch.get());
    for (size_t i = 0; i < forms.size(); ++i) {
      ok += s.words[i].upos == kUposNames[tagger.tag_upos[scratch->tags[i]]];
      ++total;
    }
  }
  return total ? 100.0 * ok / total : 0.0;
}

// One sentence of global (structured perceptron) training with a beam and
// early update (Collins & Roark 2004): search until the gold prefix falls out
// of the beam, then reward the gold prefix's features and penalise the best
// item's; a full search that ends on a wrong sequence updates the whole
// sentence. The clock ticks once per word, as in greedy training.
void BeamTaggerUpdate(const TokenAtoms* a, const Prepared& p, int n, int nt, int beam,
                      AveragedPerceptron* ap, TagBeam* bm, std::vector<int>* pred, size_t* errors) {
  bm->Reset(n, beam, nt);
  auto score = [&](const uint64_t* keys, int k, float* out) { ap->Score(keys, k, out); };
  int last = n - 1;
  for (int i = 0; i < n; ++i) {
    if (!bm->Step(a, i, nt, score, p.gold_tag.data())) {
      last = i;
      break;
    }
  }
  for (int i = 0; i < n; ++i) ap->Tick();
  if (n == 0) return;
  pred->assign(n, 0);
  bm->Best(last, pred->data());
  const int* g = p.gold_tag.data();
  const int* q = pred->data();
  bool same = true;
  for (int i = 0; i <= last; ++i) same &= g[i] < 0 || g[i] == q[i];
  if (same) return;
  uint64_t f[TaggerModel::kMaxFeatures];
  auto tag = [](const int* t, int j) -> uint64_t { return j >= 0 && t[j] >= 0 ? static_cast<uint64_t>(t[j]) : 0xffff; };
  for (int i = 0; i <= last; ++i) {
    if (g[i] < 0) continue;
    const bool same_history = tag(g, i - 1) == tag(q, i - 1) && tag(g, i - 2) == tag(q, i - 2);
    if (g[i] == q[i] && same_history) continue;
    if (g[i] != q[i]) {
      ++*errors;
      const int k = TaggerStaticFeatures(a, n, i, f);
      ap->Update(f, k, g[i], q[i]);
    }
    int k = TaggerHistoryFeatures(a, n, i, tag(g, i - 1), tag(g, i - 2), f);
    ap->AddTo(f, k, g[i], 1.0f);
    k = TaggerHistoryFeatures(a, n, i, tag(q, i - 1), tag(q, i - 2), f);
    ap->AddTo(f, k, q[i], -1.0f);
  }
}

// Trains a tagger on data[idx]. With dev, keeps the best epoch and reports it in
// *best_iter; without, runs exactly `iterations` epochs.
TaggerModel TrainTagger(const Inventory& inv, const std::vector<Prepared>& data,
                        const std::vector<int>& idx, int iterations, uint64_t seed,
                        const std::vector<conllu::Sentence>* dev, const TrainOptions& o,
                        int* best_iter) {
  TaggerModel model;
  model.tag_upos = inv.tag_upos;
  model.tag_xpos = inv.tag_xpos;
  BuildDict(data, idx, &model.dict);
  BuildLexicon(o.lexicon, &model.lexicon);
  const int nt = model.num_tags();
  // Atoms with ambiguity classes from this dictionary.
  std::vector<std::vector<TokenAtoms>> atoms(data.size());
  for (int si : idx) {
    atoms[si] = data[si].atoms;
    model.FillAmbiguity(atoms[si]);
  }
  AveragedPerceptron ap(nt);
  const int beam = o.tagger_beam;
  model.beam = beam;
  TagBeam bm;
  Rng rng(seed);
  std::vector<int> order = idx;
  std::vector<int> tags;
  std::vector<uint64_t> f(TaggerModel::kMaxFeatures);
  std::vector<float> scores(nt);
  SparseWeights best;
  double best_acc = -1;
  for (int it = 1; it <= iterations; ++it) {
    const auto t0 = Clock::now();
    rng.Shuffle(&order);
    size_t errors = 0, total = 0;
    for (int si : order) {
      const Prepared& p = data[si];
      const int n = static_cast<int>(p.forms.size());
      if (beam > 1) {
        BeamTaggerUpdate(atoms[si].data(), p, n, nt, beam, &ap, &bm, &tags, &errors);
        total += n;
        continue;
      }
      tags.assign(n, 0);
      for (int i = 0; i < n; ++i) {
        const int k = TaggerFeatures(atoms[si].data(), n, i, tags.data(), f.data());
        std::fill(scores.begin(), scores.end(), 0.0f);
        ap.Score(f.data(), k, scores.data());
        const int pred = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        const int gold = p.gold_tag[i];
        if (gold >= 0 && pred != gold) {
          ap.Update(f.data(), k, gold, pred);
          ++errors;
        }
        ap.Tick();
        tags[i] = pred;
        ++total;
      }
    }
    if (dev) {
      SparseWeights w;
      ap.Export(0.0f, &w);
      model.weights = w;
      const double acc = TaggerDevAccuracy(model, *dev);
      Log(o, Fmt("tagger iter %d/%d: train errors %.2f%%, dev UPOS=%.2f, features %zu, %.1fs", it,
                 iterations, 100.0 * errors / std::max<size_t>(total, 1), acc, w.num_features(),
                 Since(t0)));
      if (acc > best_acc) {
        best_acc = acc;
        best = std::move(w);
        *best_iter = it;
      }
    }
  }
  if (dev) {
    model.weights = std::move(best);
  } else {
    ap.Export(0.0f, &model.weights);
  }
  return model;
}

// The beam's pruning margin: the smallest of a few margins whose dev UPOS is
// within 0.02 points of the full beam's (a beam item far below the best almost
// never wins, and dropping it makes unambiguous words cost what greedy tagging
// costs). Margins are in weight units, which the quantisation ties to the
// largest averaged weight (32,000 units), so the grid means the same for every
// model.
float TuneBeamMargin(const TaggerModel& tagger, const std::vector<conllu::Sentence>& dev,
                     const TrainOptions& o) {
  TaggerModel t = tagger;
  t.beam_margin = 0;
  const double full = TaggerDevAccuracy(t, dev);
  for (float margin : {4000.0f, 8000.0f, 12000.0f, 16000.0f, 24000.0f}) {
    t.beam_margin = margin;
    const double acc = TaggerDevAccuracy(t, dev);
    if (acc >= full - 0.02) {
      Log(o, Fmt("tagger beam margin %.0f units: dev UPOS=%.2f (full beam %.2f)", margin, acc, full));
      return margin;
    }
  }
  Log(o, Fmt("tagger beam margin: none (full beam, dev UPOS=%.2f)", full));
  return 0;
}

// ---------------------------------------------------------------------------
// Lemmatizer.

struct RuleSpec {
  bool lower = false;
  int strip = 0;
  std::string append;
  std::string Id() const { return (lower ? "L" : "C") + std::to_string(strip) + "|" + append; }
};

RuleSpec BestRule(std::string_view form, std::string_view lemma) {
  RuleSpec best;
  int best_cost = std::numeric_limits<int>::max();
  std::string lower;
  LowerAscii(form, &lower);
  for (int lw = 0; lw < 2; ++lw) {
    const std::string_view base = lw ? std::string_view(lower) : form;
    size_t lcp = 0;
    while (lcp < base.size() && lcp < lemma.size() && base[lcp] == lemma[lcp]) ++lcp;
    const int strip = static_cast<int>(base.size() - lcp);
    const int cost = strip + static_cast<int>(lemma.size() - lcp);
    if (cost < best_cost && strip < 256) {
      best_cost = cost;
      best.lower = lw;
      best.strip = strip;
      best.append = std::string(lemma.substr(lcp));
    }
  }
  return best;
}

LemmatizerModel TrainLemmatizer(const std::vector<conllu::Sentence>& train) {
  LemmatizerModel m;
  // (form, upos) -> lemma -> count; same for the lower-cased form.
  std::map<std::pair<std::string, int>, std::map<std::string, int>> exact, lowered;
  std::string lower;
  for (const conllu::Sentence& s : train) {
    for (const conllu::Word& w : s.words) {
      const int u = UposIndex(w.upos);
      if (u < 0 || w.lemma == "_" || w.lemma.empty()) continue;
      exact[{w.form, u}][w.lemma]++;
      LowerAscii(w.form, &lower);
      lowered[{lower, u}][w.lemma]++;
    }
  }
  auto majority = [](const std::map<std::string, int>& m) {
    const std::pair<const std::string, int>* best = nullptr;
    for (const auto& kv : m) {
      if (!best || kv.second > best->second) best = &kv;
    }
    return best->first;
  };
  std::map<std::string, uint32_t> blob_at;
  auto intern = [&](const std::string& s) -> uint32_t {
    auto it = blob_at.find(s);
    if (it != blob_at.end()) return it->second;
    const uint32_t off = static_cast<uint32_t>(m.blob.size());
    m.blob += s;
    blob_at.emplace(s, off);
    return off;
  };
  for (const auto& [k, lemmas] : exact) {
    const std::string lemma = majority(lemmas);
    if (lemma.size() > 0xffff) continue;
    m.exceptions.Insert(LemmaExceptionKey(k.first, k.second, false),
                        (static_cast<uint64_t>(intern(lemma)) << 16) | lemma.size());
  }
  for (const auto& [k, lemmas] : lowered) {
    const std::string lemma = majority(lemmas);
    if (lemma.size() > 0xffff) continue;
    m.exceptions.Insert(LemmaExceptionKey(k.first, k.second, true),
                        (static_cast<uint64_t>(intern(lemma)) << 16) | lemma.size());
  }
  m.exceptions.Build();
  // Suffix rules from word types.
  std::map<std::pair<int, std::string>, std::map<std::string, int>> counts;  // (upos, suffix)
  std::map<std::string, RuleSpec> specs;
  for (const auto& [k, lemmas] : exact) {
    const std::string lemma = majority(lemmas);
    RuleSpec r = BestRule(k.first, lemma);
    const std::string id = r.Id();
    specs.emplace(id, r);
    LowerAscii(k.first, &lower);
    const int max_k = std::min<int>(LemmatizerModel::kMaxSuffix, static_cast<int>(lower.size()));
    for (int len = 0; len <= max_k; ++len) {
      counts[{k.second, lower.substr(lower.size() - len)}][id]++;
    }
  }
  std::map<std::pair<int, std::string>, std::string> best_rule;
  std::map<std::string, uint32_t> rule_index;
  for (const auto& [key, rules] : counts) {
    const std::pair<const std::string, int>* best = nullptr;
    int total = 0;
    for (const auto& kv : rules) {
      total += kv.second;
      if (!best || kv.second > best->second) best = &kv;
    }
    best_rule[key] = best->first;
    const std::string& suffix = key.second;
    if (!suffix.empty()) {
      if (total < 2) continue;
      auto parent = best_rule.find({key.first, suffix.substr(1)});
      if (parent != best_rule.end() && parent->second == best->first) continue;
    }
    auto [it, added] = rule_index.emplace(best->first, static_cast<uint32_t>(m.rule_table.size()));
    if (added) {
      const RuleSpec& spec = specs[best->first];
      LemmaRule r;
      r.lower = spec.lower;
      r.strip = static_cast<uint8_t>(spec.strip);
      r.append_len = static_cast<uint16_t>(spec.append.size());
      r.append_off = intern(spec.append);
      m.rule_table.push_back(r);
    }
    m.rules.Insert(LemmaRuleKey(key.first, suffix), it->second);
  }
  m.rules.Build();
  return m;
}

// ---------------------------------------------------------------------------
// Parser.

template <class Fn>
void ForEachValid(const ParseState& s, int nl, int root, Fn fn) {
  if (s.CanShift()) fn(0);
  if (s.CanLeft()) {
    if (s.b == s.n + 1) {
      fn(1 + root);
    } else {
      for (int l = 0; l < nl; ++l) {
        if (l != root) fn(1 + l);
      }
    }
  }
  if (s.CanRight()) {
    for (int l = 0; l < nl; ++l) {
      if (l != root) fn(1 + nl + l);
    }
  }
}

struct ParserTrainer {
  const Inventory& inv;
  const std::vector<Prepared>& data;
  const std::vector<std::vector<int>>& ptags;  // predicted tags per train sentence
  const TrainOptions& o;

  ParserWeightsModel Run(DyadParserModel* eval_model, const std::vector<conllu::Sentence>& dev) {
    ParserWeightsModel best_model;
    best_model.labels = inv.labels;
    best_model.root_label = inv.root_label;
    best_model.IndexLabels();
    const int nl = static_cast<int>(inv.labels.size());
    const int nc = 1 + 2 * nl;
    const int root = inv.root_label;
    AveragedPerceptron ap(nc);
    Rng rng(o.seed * 7919 + 17);
    std::vector<int> order(data.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    ParseArrays arrays;
    ParseState s;
    std::vector<uint64_t> f(ParserWeightsModel::kMaxFeatures);
    std::vector<float> scores(nc);
    std::vector<int> cost(nc);
    std::vector<int> hg, gl, dep_begin, deps;
    double best_las = -1;
    SparseWeights best;
    for (int it = 1; it <= o.parser_iterations; ++it) {
      const auto t0 = Clock::now();
      rng.Shuffle(&order);
      size_t updates = 0, decisions = 0;
      const bool explore = it > o.explore_from;
      for (int si : order) {
        const Prepared& p = data[si];
        const int n = static_cast<int>(p.forms.size());
        if (n >= 1000) continue;
        arrays.Init(n, &s);
        for (int i = 1; i <= n; ++i) {
          arrays.word[i] = p.atoms[i - 1].norm;
          arrays.tag[i] = static_cast<uint16_t>(ptags[si][i - 1] + 1);
        }
        hg.assign(n + 2, 0);
        gl.assign(n + 2, -1);
        for (int i = 1; i <= n; ++i) {
          hg[i] = p.proj[i] == 0 ? n + 1 : p.proj[i];
          gl[i] = p.labels[i];
        }
        // Gold dependents (CSR).
        dep_begin.assign(n + 3, 0);
        for (int i = 1; i <= n; ++i) dep_begin[hg[i] + 1]++;
        for (int i = 1; i <= n + 2; ++i) dep_begin[i] += dep_begin[i - 1];
        deps.assign(n, 0);
        {
          std::vector<int> fill(dep_begin.begin(), dep_begin.end());
          for (int i = 1; i <= n; ++i) deps[fill[hg[i]]++] = i;
        }
        while (!s.terminal()) {
          const int k = ParserFeatures(s, f.data());
          std::fill(scores.begin(), scores.end(), 0.0f);
          ap.Score(f.data(), k, scores.data());
          // Dynamic oracle costs (Goldberg & Nivre 2013, arc-hybrid).
          const int b = s.b;
          const int s0 = s.sp >= 1 ? s.stack[s.sp - 1] : 0;
          const int s1 = s.sp >= 2 ? s.stack[s.sp - 2] : 0;
          auto on_stack = [&](int w) { return w > 0 && w < b && s.head[w] == 0; };
          int s0_deps_in_buffer = 0;
          if (s0) {
            for (int d = dep_begin[s0]; d < dep_begin[s0 + 1]; ++d) s0_deps_in_buffer += deps[d] >= b;
          }
          int shift_cost = 0;
          if (s.CanShift()) {
            for (int d = dep_begin[b]; d < dep_begin[b + 1]; ++d) shift_cost += on_stack(deps[d]);
            const int hb = hg[b];
            if (hb < b && on_stack(hb) && hb != s0) ++shift_cost;
          }
          int left_cost = 0, right_cost = 0;
          if (s0) {
            left_cost = s0_deps_in_buffer + ((hg[s0] != b && ((s1 && hg[s0] == s1) || hg[s0] > b)) ? 1 : 0);
            right_cost = s0_deps_in_buffer + (hg[s0] >= b ? 1 : 0);
          }
          int min_cost = std::numeric_limits<int>::max();
          ForEachValid(s, nl, root, [&](int a) {
            int c;
            if (a == 0) {
              c = shift_cost;
            } else if (a <= nl) {
              c = left_cost + ((hg[s0] == b && a - 1 != gl[s0]) ? 1 : 0);
            } else {
              c = right_cost + ((hg[s0] == s1 && a - 1 - nl != gl[s0]) ? 1 : 0);
            }
            cost[a] = c;
            min_cost = std::min(min_cost, c);
          });
          int pred = -1, gold = -1;
          float ps = 0, gs = 0;
          ForEachValid(s, nl, root, [&](int a) {
            if (pred < 0 || scores[a] > ps) {
              pred = a;
              ps = scores[a];
            }
            if (cost[a] == min_cost && (gold < 0 || scores[a] > gs)) {
              gold = a;
              gs = scores[a];
            }
          });
          if (cost[pred] > min_cost) {
            ap.Update(f.data(), k, gold, pred);
            ++updates;
          }
          ap.Tick();
          ++decisions;
          const int next = (explore && rng.Uniform() < o.explore_p) ? pred : gold;
          s.Apply(next, nl);
        }
      }
      SparseWeights w;
      ap.Export(0.0f, &w);
      std::string line = Fmt("parser iter %d/%d: updates %.2f%% of %zu decisions, features %zu, entries %zu",
                             it, o.parser_iterations, 100.0 * updates / std::max<size_t>(decisions, 1),
                             decisions, w.num_features(), w.num_entries());
      if (!dev.empty()) {
        eval_model->parser.labels = inv.labels;
        eval_model->parser.root_label = root;
        eval_model->parser.IndexLabels();
        eval_model->parser.weights = std::move(w);
        EvalCounts c = EvaluateGoldTokens(*eval_model, dev);
        const double uas = 100.0 * c.uas / c.gold_words, las = 100.0 * c.las / c.gold_words;
        line += Fmt(", dev UPOS=%.2f UAS=%.2f LAS=%.2f (%.0f tok/s)", 100.0 * c.upos / c.gold_words,
                    uas, las, c.gold_words / std::max(c.annotate_seconds, 1e-9));
        if (las > best_las) {
          best_las = las;
          best = std::move(eval_model->parser.weights);
          line += " *";
        }
      } else {
        best = std::move(w);
      }
      Log(o, line + Fmt(", %.1fs", Since(t0)));
    }
    best_model.weights = std::move(best);
    return best_model;
  }
};

bool IsProjectiveArc(const std::vector<int>& heads, int d) {
  const int h = heads[d];
  if (h == 0) return true;
  const int lo = std::min(h, d), hi = std::max(h, d);
  for (int k = lo + 1; k < hi; ++k) {
    int x = k;
    while (x != 0 && x != h) x = heads[x];
    if (x != h) return false;
  }
  return true;
}

}  // namespace

int Projectivize(std::vector<int>* heads) {
  std::vector<int>& h = *heads;
  const int n = static_cast<int>(h.size()) - 1;
  int lifts = 0;
  while (true) {
    int shortest = -1, len = std::numeric_limits<int>::max();
    for (int d = 1; d <= n; ++d) {
      if (h[d] != 0 && !IsProjectiveArc(h, d) && std::abs(h[d] - d) < len) {
        shortest = d;
        len = std::abs(h[d] - d);
      }
    }
    if (shortest < 0) return lifts;
    h[shortest] = h[h[shortest]];
    ++lifts;
  }
}

Result<std::unique_ptr<DyadParserModel>> Train(const std::vector<conllu::Sentence>& train,
                                               const std::vector<conllu::Sentence>& dev,
                                               const TrainOptions& o) {
  const auto t_start = Clock::now();
  if (train.empty()) return Status::Error("train-parser: no training sentences");
  // Inventories.
  Inventory inv;
  {
    std::map<std::pair<int, std::string>, int> pairs;
    std::map<std::string, int> labels;
    for (const conllu::Sentence& s : train) {
      for (const conllu::Word& w : s.words) {
        const int u = UposIndex(w.upos);
        if (u < 0) {
          return Status::Error("train-parser: line " + std::to_string(w.line) + ": UPOS: unknown tag '" +
                               w.upos + "'");
        }
        pairs[{u, w.xpos}]++;
        labels[w.deprel]++;
      }
    }
    if (pairs.size() > 255) return Status::Error("train-parser: more than 255 (UPOS, XPOS) pairs");
    if (labels.size() > 127) return Status::Error("train-parser: more than 127 relations");
    for (const auto& [k, c] : pairs) {
      inv.tag_id[k] = static_cast<int>(inv.tag_upos.size());
      inv.tag_upos.push_back(static_cast<uint8_t>(k.first));
      inv.tag_xpos.push_back(k.second);
    }
    for (const auto& [l, c] : labels) {
      inv.label_id[l] = static_cast<int>(inv.labels.size());
      inv.labels.push_back(l);
    }
    auto it = inv.label_id.find("root");
    if (it == inv.label_id.end()) return Status::Error("train-parser: no 'root' relation in the training data");
    inv.root_label = it->second;
  }
  // Prepared sentences.
  std::vector<Prepared> data(train.size());
  size_t lifted = 0, words = 0;
  std::string buf;
  for (size_t si = 0; si < train.size(); ++si) {
    const conllu::Sentence& s = train[si];
    Prepared& p = data[si];
    const int n = static_cast<int>(s.words.size());
    p.heads.assign(n + 1, 0);
    p.labels.assign(n + 1, -1);
    p.atoms.resize(n);
    for (int i = 0; i < n; ++i) {
      const conllu::Word& w = s.words[i];
      p.forms.push_back(w.form);
      ComputeAtoms(w.form, i == 0, &buf, &p.atoms[i]);
      auto t = inv.tag_id.find({UposIndex(w.upos), w.xpos});
      p.gold_tag.push_back(t == inv.tag_id.end() ? -1 : t->second);
      p.heads[i + 1] = w.head;
      p.labels[i + 1] = inv.label_id[w.deprel];
    }
    p.proj = p.heads;
    lifted += Projectivize(&p.proj) > 0;
    words += n;
  }
  Log(o, Fmt("train: %zu sentences, %zu words, %zu tags, %zu relations, %zu non-projective sentences",
             train.size(), words, inv.tag_upos.size(), inv.labels.size(), lifted));

  // 1. Tagger on all of train, best epoch on dev.
  std::vector<int> all(train.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  int best_iter = o.tagger_iterations;
  auto model = std::make_unique<DyadParserModel>();
  model->tagger = TrainTagger(inv, data, all, o.tagger_iterations, o.seed, dev.empty() ? nullptr : &dev,
                              o, &best_iter);
  Log(o, Fmt("tagger: kept iteration %d (%.1fs so far)", best_iter, Since(t_start)));
  if (model->tagger.beam > 1 && !dev.empty()) model->tagger.beam_margin = TuneBeamMargin(model->tagger, dev, o);

  // 2. Jackknifed tags for the parser's training data.
  std::vector<std::vector<int>> ptags(train.size());
  const int folds = o.jackknife_folds;
  if (folds >= 2 && train.size() >= static_cast<size_t>(folds)) {
    auto run_fold = [&](int fold) {
      const size_t lo = train.size() * fold / folds, hi = train.size() * (fold + 1) / folds;
      std::vector<int> idx;
      for (size_t i = 0; i < train.size(); ++i) {
        if (i < lo || i >= hi) idx.push_back(static_cast<int>(i));
      }
      int unused = 0;
      TaggerModel tm = TrainTagger(inv, data, idx, best_iter, o.seed + 1 + fold, nullptr, o, &unused);
      DyadParserModel m;
      m.tagger = std::move(tm);
      auto scratch = ParserModel::NewScratch();
      for (size_t i = lo; i < hi; ++i) {
        m.Tag(data[i].forms, scratch.get());
        ptags[i].assign(scratch->tags.begin(), scratch->tags.begin() + data[i].forms.size());
      }
    };
    const int threads = std::max(1, o.threads);
    for (int first = 0; first < folds; first += threads) {
      std::vector<std::thread> pool;
      for (int f = first; f < std::min(folds, first + threads); ++f) pool.emplace_back(run_fold, f);
      for (std::thread& t : pool) t.join();
    }
    size_t ok = 0;
    for (size_t i = 0; i < train.size(); ++i) {
      for (size_t w = 0; w < data[i].forms.size(); ++w) ok += ptags[i][w] == data[i].gold_tag[w];
    }
    Log(o, Fmt("jackknife: %d folds, train tag accuracy %.2f%% (%.1fs so far)", folds, 100.0 * ok / words,
               Since(t_start)));
  } else {
    for (size_t i = 0; i < train.size(); ++i) {
      ptags[i] = data[i].gold_tag;
      for (int& t : ptags[i]) t = std::max(t, 0);
    }
  }

  // 3. Lemmatizer.
  model->lemmatizer = TrainLemmatizer(train);
  Log(o, Fmt("lemmatizer: %zu exceptions, %zu suffix rules", model->lemmatizer.exceptions.size(),
             model->lemmatizer.rules.size()));

  // 4. Parser.
  ParserTrainer pt{inv, data, ptags, o};
  model->parser = pt.Run(model.get(), dev);
  if (o.prune > 0 || o.tagger_prune > 0) {
    if (o.tagger_prune > 0) model->tagger.weights.Prune(o.tagger_prune);
    if (o.prune > 0) model->parser.weights.Prune(o.prune);
    Log(o, Fmt("pruned weights (tagger below %.2f, parser below %.2f): tagger %zu features / %zu entries, "
               "parser %zu / %zu", o.tagger_prune, o.prune,
               model->tagger.weights.num_features(), model->tagger.weights.num_entries(),
               model->parser.weights.num_features(), model->parser.weights.num_entries()));
  }
  Log(o, Fmt("training done in %.1fs", Since(t_start)));
  return model;
}

}  // namespace dyad::parse
