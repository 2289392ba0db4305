// The tagger's lexicon: WordNet index/exception files and a word list read into
// class bits, with errors naming file and line.
#include "parse/train/lexicon.h"

#include <cstdio>
#include <fstream>

#include <gtest/gtest.h>

namespace dyad::parse {
namespace {

const std::string kDir = std::string(DYAD_TEST_DIR) + "/parse/testdata/lexicon";

uint32_t ClassOf(const Lexicon& lex, const std::string& w) {
  auto it = lex.classes.find(w);
  return it == lex.classes.end() ? 0 : it->second;
}

TEST(Lexicon, ReadsLemmasInflectionsAndCase) {
  auto lex = ReadLexicon(kDir, kDir + "/words.txt");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const Lexicon& l = lex.value();
  EXPECT_EQ(ClassOf(l, "dog"), kLexNoun | kLexVerb | kLexLower);
  EXPECT_EQ(ClassOf(l, "dogs"), kLexNounPlural | kLexVerbS | kLexLower);  // noun plural or verb -s
  EXPECT_EQ(ClassOf(l, "boxes"), kLexNounPlural | kLexLower);              // "xes" -> "x"
  EXPECT_EQ(ClassOf(l, "larger"), kLexAdjEr | kLexLower);                  // "er" -> "e"
  EXPECT_EQ(ClassOf(l, "nostalgic"), kLexAdj);
  EXPECT_EQ(ClassOf(l, "quickly"), kLexAdv);
  EXPECT_EQ(ClassOf(l, "took"), kLexVerbEd);     // verb.exc
  EXPECT_EQ(ClassOf(l, "running"), kLexVerbIng);  // verb.exc, by its ending
  EXPECT_EQ(ClassOf(l, "geese"), kLexNounPlural);
  EXPECT_EQ(ClassOf(l, "better"), kLexAdjEr);
  EXPECT_EQ(ClassOf(l, "boston"), kLexCapital);  // keys are normalised (lower-cased)
  EXPECT_EQ(ClassOf(l, "nasa"), kLexAllCaps);
  EXPECT_EQ(ClassOf(l, "gmail"), kLexCapital);
  EXPECT_EQ(ClassOf(l, "ice_cream"), 0u);  // multi-word lemmas are skipped
  EXPECT_EQ(ClassOf(l, "cat"), 0u);
}

TEST(Lexicon, EitherSourceMayBeOmitted) {
  auto words_only = ReadLexicon("", kDir + "/words.txt");
  ASSERT_TRUE(words_only.ok());
  EXPECT_EQ(ClassOf(words_only.value(), "dogs"), kLexLower);
  auto wordnet_only = ReadLexicon(kDir, "");
  ASSERT_TRUE(wordnet_only.ok());
  EXPECT_EQ(ClassOf(wordnet_only.value(), "dog"), kLexNoun | kLexVerb);
  EXPECT_EQ(ClassOf(wordnet_only.value(), "dogs"), 0u);  // no word list: no candidate forms
}

TEST(Lexicon, ErrorsNameTheFileAndLine) {
  auto missing = ReadLexicon("/nonexistent/wordnet", "");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/wordnet/index.noun"), std::string::npos);

  const std::string bad = ::testing::TempDir() + "/dyad_bad_words.txt";
  {
    std::ofstream out(bad);
    out << "dog\nhot dog\n";
  }
  auto r = ReadLexicon("", bad);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(bad + ":2: word"), std::string::npos) << r.status().message();
  std::remove(bad.c_str());
}

}  // namespace
}  // namespace dyad::parse
