// Per-stage micro-benchmarks: clean and segment on Reuters articles.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "dyad/text.h"

namespace dyad::bench {
namespace {

void BM_Clean(benchmark::State& state) {
  auto docs = LoadCorpus();
  Analysis a;
  for (auto _ : state) {
    for (const auto& d : docs) {
      a.Clear();
      Clean(d, &a);
      benchmark::DoNotOptimize(a.blocks.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_Clean)->Unit(benchmark::kMillisecond);

void BM_Segment(benchmark::State& state) {
  auto docs = LoadCorpus();
  std::vector<Analysis> cleaned(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) Clean(docs[i], &cleaned[i]);
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      Segment(docs[i], &cleaned[i]);
      tokens += cleaned[i].tokens.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::bench
