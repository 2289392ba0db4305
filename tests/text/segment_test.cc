#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

std::vector<std::string> Forms(std::string_view text, Analysis* a) {
  a->Clear();
  SegmentText(text, Field::kText, a);
  std::vector<std::string> out;
  for (const Token& t : a->tokens) out.emplace_back(t.form);
  return out;
}

TEST(Segment, SplitsCliticsAndPunctuationUdStyle) {
  Analysis a;
  EXPECT_EQ(Forms("Russia's neighbours don't agree.", &a),
            (std::vector<std::string>{"Russia", "'s", "neighbours", "do", "n't", "agree", "."}));
  EXPECT_EQ(Forms("Russia\xE2\x80\x99s allies\xE2\x80\x99 plan", &a),
            (std::vector<std::string>{"Russia", "\xE2\x80\x99s", "allies", "\xE2\x80\x99", "plan"}));
}

TEST(Segment, KeepsAbbreviationsNumbersAndHyphens) {
  Analysis a;
  EXPECT_EQ(Forms("The U.S. paid $1,000.50 to Mr. Smith for socio-economic aid.", &a),
            (std::vector<std::string>{"The", "U.S.", "paid", "$1,000.50", "to", "Mr.", "Smith", "for",
                                      "socio-economic", "aid", "."}));
}

TEST(Segment, QuotesAreTokensWithOpenCloseFlags) {
  Analysis a;
  auto f = Forms("\xE2\x80\x9CWe agree,\xE2\x80\x9D he said. \"No.\"", &a);
  ASSERT_GE(a.tokens.size(), 6u);
  EXPECT_EQ(f[0], "\xE2\x80\x9C");
  EXPECT_TRUE(a.tokens[0].flags & kTokOpenQuote);
  EXPECT_EQ(a.tokens[0].norm, "\"");
  EXPECT_EQ(f[3], ",");
  EXPECT_EQ(f[4], "\xE2\x80\x9D");
  EXPECT_FALSE(a.tokens[4].flags & kTokOpenQuote);
}

TEST(Segment, SpansAreByteExact) {
  std::string text = "Yerevan /Mediamax/. Russian Deputy Foreign Minister said \xE2\x80\x9Chello.\xE2\x80\x9D Then more.";
  Analysis a;
  Forms(text, &a);
  for (const Token& t : a.tokens) {
    EXPECT_EQ(text.substr(t.span.begin, t.span.size()), t.form);
  }
}

TEST(Segment, SplitsSentencesButNotAfterAbbreviations) {
  Analysis a;
  a.Clear();
  SegmentText("Mr. Smith met Gen. Jones in Washington. They talked. \xE2\x80\x9C" "Fine,\xE2\x80\x9D he said.",
              Field::kText, &a);
  ASSERT_EQ(a.sentences.size(), 3u);
  EXPECT_EQ(a.tokens[a.sentences[1].first_token].form, "They");
}

TEST(Segment, SentenceEndsAfterAbbreviationBeforeCommonOpener) {
  Analysis a;
  SegmentText("He flew to the U.S. The talks began.", Field::kText, &a);
  EXPECT_EQ(a.sentences.size(), 2u);
}

TEST(Segment, NormalisesCaseQuotesAndDashes) {
  std::string out;
  NormalizeToken("\xE2\x80\x9CKremlin\xE2\x80\x99s\xE2\x80\x94", &out);
  EXPECT_EQ(out, "\"kremlin's-");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(Segment, ParagraphsNeverShareASentenceAndNormsStayValid) {
  // Many small paragraphs force the norm arena to grow while tokens already point into it.
  std::string text;
  for (int i = 0; i < 200; ++i) text += "Armenia Thanks RUSSIA no " + std::to_string(i) + "\n\n";
  Analysis a;
  SegmentText(text, Field::kText, &a);
  ASSERT_EQ(a.sentences.size(), 200u);
  for (const Token& t : a.tokens) {
    std::string want;
    NormalizeToken(t.form, &want);
    ASSERT_EQ(t.norm, want);
  }
}

}  // namespace
}  // namespace dyad
