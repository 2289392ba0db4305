// Per-stage micro-benchmarks: actor matching, verb matching/coding, output,
// and the whole pipeline per document (bundled dictionaries).
#include <benchmark/benchmark.h>

#include "../src/actors/mentions.h"
#include "../src/events/coder.h"
#include "../src/events/output.h"
#include "../src/events/quotes.h"
#include "bench_corpus.h"
#include "dyad/paths.h"
#include "dyad/pipeline.h"
#include "dyad/text.h"

namespace dyad::bench {
namespace {

struct Prepared {
  std::vector<Document> docs;
  std::vector<Analysis> analyses;
  std::shared_ptr<const Lexicon> lex;
};

const Prepared& Prep() {
  static Prepared p = [] {
    Prepared r;
    r.docs = LoadCorpus();
    r.analyses.resize(r.docs.size());
    for (size_t i = 0; i < r.docs.size(); ++i) {
      Clean(r.docs[i], &r.analyses[i]);
      Segment(r.docs[i], &r.analyses[i]);
    }
    std::vector<DictProblem> problems;
    auto lex = LoadDyadLexicon(DataDir() + "/dict", &problems);
    if (lex.ok()) r.lex = lex.value();
    return r;
  }();
  return p;
}

void BM_ActorMatch(benchmark::State& state) {
  const Prepared& p = Prep();
  if (!p.lex) return state.SkipWithError("bundled dictionaries missing");
  std::vector<actors::Mention> mentions;
  size_t sentences = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < p.docs.size(); ++i) {
      mentions.clear();
      actors::FindMentions(*p.lex, p.analyses[i], p.docs[i].date, &mentions);
      sentences += p.analyses[i].sentences.size();
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ActorMatch)->Unit(benchmark::kMillisecond);

void BM_VerbMatchAndCode(benchmark::State& state) {
  const Prepared& p = Prep();
  if (!p.lex) return state.SkipWithError("bundled dictionaries missing");
  std::vector<std::vector<actors::Mention>> mentions(p.docs.size());
  for (size_t i = 0; i < p.docs.size(); ++i) actors::FindMentions(*p.lex, p.analyses[i], p.docs[i].date, &mentions[i]);
  events::Quotes quotes;
  std::vector<events::CodedEvent> out;
  size_t sentences = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < p.docs.size(); ++i) {
      events::FindQuotes(p.analyses[i], mentions[i], &quotes);
      out.clear();
      events::CodeSentenceEvents(*p.lex, p.analyses[i], mentions[i], quotes, {}, &out);
      sentences += p.analyses[i].sentences.size();
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_VerbMatchAndCode)->Unit(benchmark::kMillisecond);

void BM_OutputJson(benchmark::State& state) {
  Event e;
  e.doc_id = "reuters21578-1772";
  e.date = "19870304";
  e.source = "RUSGOV";
  e.target = "ARM";
  e.code = "020";
  e.root = "02";
  e.quad_class = 1;
  e.goldstein = 3;
  e.source_text = "Russian Deputy Foreign Minister Mikhail Galuzin";
  e.target_text = "Armenia";
  e.verb_text = "urges";
  e.sentence_text = "Russia urges Armenia not to trust the West, the \"diplomat\" said.";
  e.rules = {"verbs: verbs.tsv:10 urge * to", "actors: actors.tsv:5 Russia"};
  std::string out;
  for (auto _ : state) {
    out.clear();
    AppendEventJson(e, &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_OutputJson);

void BM_WholePipeline(benchmark::State& state) {
  const Prepared& p = Prep();
  auto pipeline = Pipeline::Create(PipelineOptions{});
  if (!pipeline.ok()) return state.SkipWithError(pipeline.status().message().c_str());
  auto w = pipeline.value()->NewWorker();
  std::vector<Event> events;
  size_t sentences = 0;
  for (auto _ : state) {
    for (const auto& d : p.docs) {
      events.clear();
      (void)w->Code(d, &events);
      sentences += w->analysis().sentences.size();
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WholePipeline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::bench
