// The tagger's beam: with room for every (tag, previous tag) state it is exact
// (it finds the best-scoring sequence that brute force finds); a beam of one
// is the greedy tagger; a globally trained tiny model fits its training
// sentences and keeps its beam width and margin through the model file.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parse/conllu.h"
#include "parse/hash.h"
#include "parse/model.h"
#include "parse/tag_beam.h"
#include "parse/train/trainer.h"

namespace dyad::parse {
namespace {

constexpr int kTags = 3;

// A deterministic pseudo-random linear model: weight(key, class) in [-8, 8).
float Weight(uint64_t key, int cls) {
  return static_cast<float>(Key(77).Add(key).Add(static_cast<uint64_t>(cls)).Done() % 1600) / 100.0f - 8.0f;
}
void AddWeights(const uint64_t* keys, int k, float* scores) {
  for (int i = 0; i < k; ++i) {
    for (int c = 0; c < kTags; ++c) scores[c] += Weight(keys[i], c);
  }
}

std::vector<TokenAtoms> Atoms(const std::vector<std::string>& words) {
  std::vector<TokenAtoms> a(words.size());
  std::string buf;
  for (size_t i = 0; i < words.size(); ++i) ComputeAtoms(words[i], i == 0, &buf, &a[i]);
  return a;
}

// The score of a whole tag sequence under the same features.
float SequenceScore(const std::vector<TokenAtoms>& a, const std::vector<int>& tags) {
  const int n = static_cast<int>(a.size());
  uint64_t f[TaggerModel::kMaxFeatures];
  float total = 0;
  for (int i = 0; i < n; ++i) {
    float s[kTags] = {};
    AddWeights(f, TaggerFeatures(a.data(), n, i, tags.data(), f), s);
    total += s[tags[i]];
  }
  return total;
}

TEST(TagBeam, WideBeamFindsTheBestSequence) {
  const std::vector<std::string> words = {"The", "envoy", "urged", "restraint", "on", "Monday"};
  const std::vector<TokenAtoms> a = Atoms(words);
  const int n = static_cast<int>(a.size());
  // Brute force over all 3^6 sequences.
  std::vector<int> seq(n, 0), best_seq;
  float best = -1e30f;
  for (int code = 0; code < 729; ++code) {
    for (int i = 0, c = code; i < n; ++i, c /= kTags) seq[i] = c % kTags;
    const float s = SequenceScore(a, seq);
    if (s > best) {
      best = s;
      best_seq = seq;
    }
  }
  TagBeam beam;
  beam.Reset(n, kTags * kTags, 16);
  for (int i = 0; i < n; ++i) beam.Step(a.data(), i, kTags, AddWeights);
  std::vector<int> got(n);
  beam.Best(n - 1, got.data());
  EXPECT_EQ(got, best_seq);
  EXPECT_NEAR(SequenceScore(a, got), best, 1e-3);
}

TEST(TagBeam, BeamOfOneIsGreedy) {
  const std::vector<std::string> words = {"Russia", "urges", "Armenia", "not", "to", "trust", "the", "West"};
  const std::vector<TokenAtoms> a = Atoms(words);
  const int n = static_cast<int>(a.size());
  std::vector<int> greedy(n, 0);
  uint64_t f[TaggerModel::kMaxFeatures];
  for (int i = 0; i < n; ++i) {
    float s[kTags] = {};
    AddWeights(f, TaggerFeatures(a.data(), n, i, greedy.data(), f), s);
    greedy[i] = static_cast<int>(std::max_element(s, s + kTags) - s);
  }
  TagBeam beam;
  beam.Reset(n, 1, 16);
  for (int i = 0; i < n; ++i) beam.Step(a.data(), i, kTags, AddWeights);
  std::vector<int> got(n);
  beam.Best(n - 1, got.data());
  EXPECT_EQ(got, greedy);
}

TEST(TagBeam, GoldPrefixFallingOutOfTheBeamIsReported) {
  const std::vector<std::string> words = {"a", "b", "c", "d"};
  const std::vector<TokenAtoms> a = Atoms(words);
  const int n = static_cast<int>(a.size());
  // A gold first tag that scores worst falls out of a beam of one at once; a
  // beam with room for every state keeps every gold prefix of up to two words
  // (from the third word on, prefixes that end in the same two tags recombine,
  // and a dominated gold prefix is rightly reported).
  TagBeam beam;
  beam.Reset(n, 1, 16);
  float s[kTags] = {};
  uint64_t f[TaggerModel::kMaxFeatures];
  AddWeights(f, TaggerFeatures(a.data(), n, 0, nullptr, f), s);
  const int worst = static_cast<int>(std::min_element(s, s + kTags) - s);
  const std::vector<int> gold = {worst, 0, 0, 0};
  EXPECT_FALSE(beam.Step(a.data(), 0, kTags, AddWeights, gold.data()));
  TagBeam wide;
  wide.Reset(n, kTags * kTags, 16);
  for (int i = 0; i < 2; ++i) EXPECT_TRUE(wide.Step(a.data(), i, kTags, AddWeights, gold.data())) << i;
}

// A globally trained tiny model tags its training sentences exactly, and its
// beam width and margin survive the model file.
TEST(TagBeam, TrainedBeamModelTagsItsTrainingSentencesAndKeepsItsBeam) {
  std::vector<conllu::Sentence> train;
  ASSERT_TRUE(conllu::ReadFile(std::string(DYAD_TEST_DIR) + "/parse/testdata/small.conllu", &train).ok());
  TrainOptions o;
  // Early updates are at most one per sentence and epoch, so the averaged
  // weights need more epochs than greedy training on five sentences.
  o.tagger_iterations = 60;
  o.parser_iterations = 2;
  o.jackknife_folds = 0;
  o.tagger_beam = 3;
  auto m = Train(train, {}, o);
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m.value()->tagger.beam, 3);
  m.value()->tagger.beam_margin = 1234.5f;
  auto loaded = DyadParserModel::Deserialize(m.value()->Serialize(), "beam-model");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded.value()->tagger.beam, 3);
  EXPECT_EQ(loaded.value()->tagger.beam_margin, 1234.5f);
  auto scratch = ParserModel::NewScratch();
  for (const conllu::Sentence& s : train) {
    std::vector<std::string_view> forms;
    for (const conllu::Word& w : s.words) forms.push_back(w.form);
    loaded.value()->Tag(forms, scratch.get());
    for (size_t i = 0; i < forms.size(); ++i) {
      const int t = scratch->tags[i];
      EXPECT_EQ(kUposNames[loaded.value()->tagger.tag_upos[t]], s.words[i].upos) << s.words[i].form;
      EXPECT_EQ(loaded.value()->tagger.tag_xpos[t], s.words[i].xpos) << s.words[i].form;
    }
  }
}

}  // namespace
}  // namespace dyad::parse
