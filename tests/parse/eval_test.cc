// Evaluation on a small fixture with known scores, using a fixed fake model.
#include "parse/eval.h"

#include <gtest/gtest.h>

#include "dyad/parse.h"

namespace dyad::parse {
namespace {

// Tags everything PROPN and attaches word i to word i+1 (the last to the root),
// all with relation "det".
class FakeModel : public ParserModel {
 public:
  void Annotate(std::span<const std::string_view> forms, std::span<TokenParse> out,
                ParserScratch*) const override {
    for (size_t i = 0; i < forms.size(); ++i) {
      out[i].upos = kPROPN;
      out[i].head = static_cast<int16_t>(i + 1 < forms.size() ? i + 2 : 0);
      out[i].deprel_name = "det";
      out[i].lemma = forms[i];
    }
  }
};

TEST(Eval, GoldTokenizationScoresOfAFixedModel) {
  std::vector<conllu::Sentence> gold;
  ASSERT_TRUE(conllu::ReadFile(std::string(DYAD_TEST_DIR) + "/parse/testdata/small.conllu", &gold).ok());
  FakeModel m;
  EvalCounts c = EvaluateGoldTokens(m, gold);
  EXPECT_EQ(c.gold_words, 36u);
  EXPECT_EQ(c.upos, 8u);  // the PROPN words
  EXPECT_EQ(c.lemma, 26u);  // the words that are their own lemma
  EXPECT_EQ(c.uas, 12u);
  EXPECT_EQ(c.las, 3u);
  EXPECT_EQ(c.las_full, 3u);
}

TEST(Eval, RawTextIsSegmentedAndAligned) {
  std::vector<conllu::Sentence> gold;
  ASSERT_TRUE(conllu::ReadFile(std::string(DYAD_TEST_DIR) + "/parse/testdata/small.conllu", &gold).ok());
  FakeModel m;
  EvalCounts c = EvaluateRaw(m, gold);
  EXPECT_EQ(c.gold_words, 36u);
  EXPECT_EQ(c.gold_tokens, 35u);  // "don't" is one token, two words
  EXPECT_EQ(c.gold_sentences, 5u);
  // Our tokenizer splits the fixture as UD does; "do" + "n't" are one system
  // token, as "don't" is one gold token over two words.
  EXPECT_EQ(c.system_words, 36u);
  EXPECT_EQ(c.system_tokens, 35u);
  EXPECT_EQ(c.matched_tokens, 35u);
  EXPECT_GE(c.aligned, 30u);
  EXPECT_LE(c.aligned, c.system_words);
  EXPECT_LE(c.upos, c.aligned);
  EXPECT_LE(c.las, c.uas);
}

TEST(Eval, UniversalRelation) {
  EXPECT_EQ(UniversalRelation("nsubj:pass"), "nsubj");
  EXPECT_EQ(UniversalRelation("root"), "root");
}

TEST(Eval, F1) {
  EXPECT_DOUBLE_EQ(EvalCounts::F1(5, 10, 10), 50.0);
  EXPECT_DOUBLE_EQ(EvalCounts::F1(0, 0, 0), 0.0);
}

}  // namespace
}  // namespace dyad::parse
