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

// A split clitic or contraction marks its first word: the two are one
// written token (a UD multiword token), unlike a word and its punctuation.
TEST(Segment, SplitWordsAreMarkedAsOneWrittenToken) {
  Analysis a;
  EXPECT_EQ(Forms("Russia's allies don't agree, so I cannot (U.S.) wait.", &a),
            (std::vector<std::string>{"Russia", "'s", "allies", "do", "n't", "agree", ",", "so", "I", "can", "not",
                                      "(", "U.S.", ")", "wait", "."}));
  std::vector<int> joins;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    if (a.tokens[i].flags & kTokJoinsNext) joins.push_back(static_cast<int>(i));
  }
  EXPECT_EQ(joins, (std::vector<int>{0, 3, 9}));
}

TEST(Segment, KeepsAbbreviationsNumbersAndHyphens) {
  Analysis a;
  // The currency symbol is split from its number as in UD English-EWT.
  EXPECT_EQ(Forms("The U.S. paid $1,000.50 to Mr. Smith for socio-economic aid.", &a),
            (std::vector<std::string>{"The", "U.S.", "paid", "$", "1,000.50", "to", "Mr.", "Smith", "for",
                                      "socio-economic", "aid", "."}));
  EXPECT_EQ(Forms("It cost \xC2\xA3" "20 or US$5.", &a),
            (std::vector<std::string>{"It", "cost", "\xC2\xA3", "20", "or", "US$5", "."}));
}

TEST(Segment, PunctuationRunsAndEmoticonsAreOneTokenEach) {
  Analysis a;
  EXPECT_EQ(Forms("Great!!! Really?! Yes.. <<quoted>> ***", &a),
            (std::vector<std::string>{"Great", "!!!", "Really", "?!", "Yes", "..", "<<", "quoted", ">>",
                                      "***"}));
  EXPECT_EQ(Forms("Thanks :) see you:-) bye :(", &a),
            (std::vector<std::string>{"Thanks", ":)", "see", "you", ":-)", "bye", ":("}));
  // A lone colon or parenthesis is still split as before.
  EXPECT_EQ(Forms("Note: (see above)", &a),
            (std::vector<std::string>{"Note", ":", "(", "see", "above", ")"}));
}

TEST(Segment, SplitsApostropheLessContractionsLikeEwt) {
  Analysis a;
  EXPECT_EQ(Forms("Moscow cannot agree and i dont think we gonna wait", &a),
            (std::vector<std::string>{"Moscow", "can", "not", "agree", "and", "i", "do", "nt", "think", "we",
                                      "gon", "na", "wait"}));
  // Spans still spell the surface: "can" + "not" covers "cannot".
  Forms("cannot", &a);
  ASSERT_EQ(a.tokens.size(), 2u);
  EXPECT_EQ(a.tokens[0].span.begin, 0u);
  EXPECT_EQ(a.tokens[0].span.end, 3u);
  EXPECT_EQ(a.tokens[1].span.begin, 3u);
  EXPECT_EQ(a.tokens[1].span.end, 6u);
  // Only the listed spellings: "its", "lets" and a capitalised "Ive" are words.
  EXPECT_EQ(Forms("its Ive lets", &a), (std::vector<std::string>{"its", "Ive", "lets"}));
}

TEST(Segment, SplitsInnerEllipsisAndCommaButNotSlashesAddressesOrNumbers) {
  Analysis a;
  // A slash stays inside the word, unlike EWT: "Royal Dutch/Shell" is one name.
  EXPECT_EQ(Forms("past...and he/she in Baltimore,MD paid 1,000 to Dutch/Shell", &a),
            (std::vector<std::string>{"past", "...", "and", "he/she", "in", "Baltimore", ",", "MD", "paid",
                                      "1,000", "to", "Dutch/Shell"}));
  EXPECT_EQ(Forms("see http://example.org/a/b or www.x.com/y and/or mail a@b.org/c b/c x...@y.com", &a),
            (std::vector<std::string>{"see", "http://example.org/a/b", "or", "www.x.com/y", "and/or", "mail",
                                      "a@b.org/c", "b/c", "x...@y.com"}));
  // An abbreviation keeps its period before a full stop.
  EXPECT_EQ(Forms("He works for Acme Inc..", &a),
            (std::vector<std::string>{"He", "works", "for", "Acme", "Inc.", "."}));
}

TEST(Segment, LowerCaseWordAfterSentencePunctuationStartsASentence) {
  Analysis a;
  auto sentences = [&](std::string_view text) {
    Forms(text, &a);
    std::vector<std::string> out;
    for (const Sentence& s : a.sentences) {
      std::string words;
      for (uint32_t k = 0; k < s.num_tokens; ++k) {
        if (k) words += ' ';
        words += a.tokens[s.first_token + k].form;
      }
      out.push_back(words);
    }
    return out;
  };
  EXPECT_EQ(sentences("are you kidding ? why would i go!! it rained."),
            (std::vector<std::string>{"are you kidding ?", "why would i go !!", "it rained ."}));
  // Not after a closing quote, nor after an ellipsis (a pause), nor after a
  // capitalised word that may be an unlisted abbreviation.
  EXPECT_EQ(sentences("\"Why?\" he asked ... and then we left."),
            (std::vector<std::string>{"\" Why ? \" he asked ... and then we left ."}));
  EXPECT_EQ(sentences("It sold them to Woodco of Houston, Tex. for 200,000 dollars."),
            (std::vector<std::string>{"It sold them to Woodco of Houston , Tex . for 200,000 dollars ."}));
  // A table's dot leader is no sentence end; up to four dots are.
  EXPECT_EQ(sentences("Net reserves........ 644 vs 1,337. Really.... Yes"),
            (std::vector<std::string>{"Net reserves ........ 644 vs 1,337 .", "Really ....", "Yes"}));
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

// Reuters capitalises the word after "U.S." ("the U.S. And Japan"): "And"
// does not open a sentence there, other openers still do.
TEST(Segment, AndAfterUSDoesNotOpenASentence) {
  Analysis a;
  SegmentText("Canada, Japan, the U.S. And West Germany agreed to cooperate.", Field::kText, &a);
  EXPECT_EQ(a.sentences.size(), 1u);
  a.Clear();
  SegmentText("Japan met the U.S. But talks failed.", Field::kText, &a);
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
