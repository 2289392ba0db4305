// Tagger and parser throughput (tokens/s) on UD English-EWT dev sentences with
// the bundled model. Skips (with a message) when the model or the data is absent.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "dyad/parse.h"
#include "dyad/paths.h"
#include "parse/conllu.h"
#include "parse/model.h"

namespace {

struct Fixture {
  std::unique_ptr<dyad::ParserModel> model;
  std::vector<dyad::conllu::Sentence> sents;
  std::vector<std::vector<std::string_view>> forms;
  size_t words = 0;
  std::string error;
};

const Fixture& Get() {
  static Fixture f = [] {
    Fixture x;
    auto m = dyad::ParserModel::Load(dyad::DataDir() + "/models/en_ewt.dyadparse");
    if (!m.ok()) {
      x.error = "no model: " + m.status().message();
      return x;
    }
    x.model = std::move(m).value();
    const std::string dev = std::string(DYAD_SHARED_DATA_DIR) + "/ud-english-ewt/en_ewt-ud-dev.conllu";
    if (dyad::Status st = dyad::conllu::ReadFile(dev, &x.sents); !st.ok()) {
      x.error = "no EWT dev data: " + st.message();
      return x;
    }
    for (const auto& s : x.sents) {
      std::vector<std::string_view> v;
      for (const auto& w : s.words) v.push_back(w.form);
      x.words += v.size();
      x.forms.push_back(std::move(v));
    }
    return x;
  }();
  return f;
}

void BM_Tag(benchmark::State& state) {
  const Fixture& f = Get();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  const auto& m = dynamic_cast<const dyad::parse::DyadParserModel&>(*f.model);
  auto scratch = dyad::ParserModel::NewScratch();
  for (auto _ : state) {
    for (const auto& v : f.forms) m.Tag(v, scratch.get());
    benchmark::DoNotOptimize(scratch->tags.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.words));
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_TagLemmatizeParse(benchmark::State& state) {
  const Fixture& f = Get();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  auto scratch = dyad::ParserModel::NewScratch();
  std::vector<dyad::TokenParse> out(1024);
  for (auto _ : state) {
    for (const auto& v : f.forms) {
      if (v.size() > out.size()) out.resize(v.size());
      f.model->Annotate(v, std::span<dyad::TokenParse>(out.data(), v.size()), scratch.get());
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.words));
}
BENCHMARK(BM_TagLemmatizeParse)->Unit(benchmark::kMillisecond);

void BM_LoadModel(benchmark::State& state) {
  const std::string path = dyad::DataDir() + "/models/en_ewt.dyadparse";
  for (auto _ : state) {
    auto m = dyad::ParserModel::Load(path);
    if (!m.ok()) {
      state.SkipWithError(m.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(m.value().get());
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
