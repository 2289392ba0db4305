// The cleaner must set aside furniture worded unlike the example article's,
// and keep news prose (including prose that mentions comments or rules).
#include <gtest/gtest.h>

#include <string>

#include "dyad/text.h"

namespace dyad {
namespace {

struct Cleaned {
  Document doc;
  Analysis a;
};

Cleaned CleanText(std::string text) {
  Cleaned c;
  c.doc.text = std::move(text);
  c.doc.title_is_field = false;
  Clean(c.doc, &c.a);
  return c;
}

std::string KindOf(const Cleaned& c, std::string_view needle) {
  for (const Block& b : c.a.blocks) {
    std::string_view s = std::string_view(c.doc.text).substr(b.span.begin, b.span.size());
    if (s.find(needle) != std::string_view::npos) return BlockKindName(b.kind);
  }
  return "missing";
}

TEST(Clean, HeadlineDatelineAndRepeatedHeadline) {
  auto c = CleanText(
      "Talks resume in Geneva\n\nTalks resume in Geneva\n\nGENEVA, May 2 (Reuters) - Iran and the "
      "United States resumed talks on Monday, officials said.\n");
  EXPECT_EQ(c.a.blocks[0].kind, BlockKind::kHeadline);
  EXPECT_EQ(c.a.blocks[1].kind, BlockKind::kFurniture);
  EXPECT_STREQ(c.a.blocks[1].reason, "repeated headline");
  EXPECT_EQ(c.a.dateline_place, "GENEVA");
  EXPECT_EQ(c.a.dateline_agency, "Reuters");
  EXPECT_EQ(KindOf(c, "GENEVA, May 2"), "dateline");
  EXPECT_EQ(KindOf(c, "Iran and the"), "body");
}

TEST(Clean, CapitalsPlaceAndDashDateline) {
  Document doc;
  doc.title = "IRAN REPORTS NEW OFFENSIVE";
  doc.title_is_field = true;  // as from JSON Lines
  doc.text = "BAHRAIN - Iran reported launching a new offensive east of Basra.\n";
  Analysis a;
  Clean(doc, &a);
  EXPECT_EQ(a.dateline_place, "BAHRAIN");
  bool body_opens_with_iran = false;
  for (const Block& b : a.blocks) {
    if (b.field == Field::kText && b.kind == BlockKind::kBody)
      body_opens_with_iran = doc.text.compare(b.span.begin, 4, "Iran") == 0;
  }
  EXPECT_TRUE(body_opens_with_iran);
  // Not a dateline: lower case after the dash, or no spaced dash at all.
  for (const char* text : {"NEW YORK - shares rose.\n", "US-IRAN TALKS RESUME IN GENEVA\n"}) {
    Document d2;
    d2.title = "Headline";
    d2.title_is_field = true;
    d2.text = text;
    Analysis a2;
    Clean(d2, &a2);
    EXPECT_EQ(a2.dateline_place, "") << text;
  }
}

TEST(Clean, DigestItemsKeepTheirDatelinesOutOfTheText) {
  Document doc;
  doc.title = "WORLD NEWS HIGHLIGHTS";
  doc.title_is_field = true;
  doc.text = "Syrian troops marched into the camp, witnesses said.\n\n"
             "BAHRAIN - Iran reported a new offensive east of Basra.\n";
  Analysis a;
  Clean(doc, &a);
  EXPECT_EQ(a.dateline_place, "");  // the article's own place: none
  EXPECT_EQ(KindOf(Cleaned{doc, a}, "BAHRAIN"), "dateline");
  EXPECT_EQ(KindOf(Cleaned{doc, a}, "Iran reported"), "body");
}

TEST(Clean, AFirstLineOpeningWithADatelineIsTheFirstParagraph) {
  // Wire copy pasted without its headline: no headline, the dateline set
  // aside, the rest body.
  auto c = CleanText("KABUL (Reuters) - A suicide bomber blew himself up near the Russian embassy on Monday.\n\n"
                     "The Taliban denied any role.\n");
  EXPECT_EQ(c.a.blocks[0].kind, BlockKind::kDateline);
  EXPECT_EQ(c.a.dateline_place, "KABUL");
  EXPECT_EQ(KindOf(c, "A suicide bomber"), "body");
  EXPECT_EQ(KindOf(c, "The Taliban denied"), "body");
  // A headline line stays a headline.
  auto h = CleanText("Suicide bomber strikes Russian embassy in Kabul\n\nKABUL (Reuters) - A suicide bomber blew "
                     "himself up.\n");
  EXPECT_EQ(h.a.blocks[0].kind, BlockKind::kHeadline);
  EXPECT_EQ(h.a.dateline_place, "KABUL");
}

TEST(Clean, MediamaxStyleDateline) {
  auto c = CleanText("Headline here\n\nYerevan /Mediamax/. Armenia signed an accord with Iran.\n");
  EXPECT_EQ(c.a.dateline_place, "Yerevan");
  EXPECT_EQ(c.a.dateline_agency, "Mediamax");
}

TEST(Clean, FurnitureWithOtherWordings) {
  auto c = CleanText(
      "Ministers meet in Brussels\n\n"
      "BRUSSELS (AP) - European Union foreign ministers met on Monday to discuss sanctions, "
      "diplomats said.\n\n"
      "Read also: EU extends sanctions for six months\n\n"
      "We use cookies to improve your experience. By continuing to browse you accept our privacy policy.\n\n"
      "Subscribe to our newsletter and follow us on Twitter\n\n"
      "Share this article\n\n"
      "\xC2\xA9 2024 Example News Agency. All rights reserved.\n\n"
      "Most read\n");
  EXPECT_EQ(KindOf(c, "foreign ministers met"), "body");
  EXPECT_EQ(KindOf(c, "Read also"), "furniture");
  EXPECT_EQ(KindOf(c, "We use cookies"), "furniture");
  EXPECT_EQ(KindOf(c, "Subscribe to our"), "furniture");
  EXPECT_EQ(KindOf(c, "Share this article"), "furniture");
  EXPECT_EQ(KindOf(c, "All rights reserved"), "furniture");
  EXPECT_EQ(KindOf(c, "Most read"), "furniture");
}

TEST(Clean, CommentPolicyWordedDifferently) {
  auto c = CleanText(
      "Parliament passes budget\n\n"
      "The parliament passed the budget on Tuesday, the speaker said.\n\n"
      "Dear readers, comments are moderated. Please keep your comments civil and on topic; "
      "abusive posts will be removed by our editorial staff.\n\n"
      "Related articles\n");
  EXPECT_EQ(KindOf(c, "passed the budget"), "body");
  EXPECT_EQ(KindOf(c, "Dear readers"), "furniture");
  EXPECT_EQ(KindOf(c, "Related articles"), "furniture");
}

TEST(Clean, NewsAboutCommentsAndRulesIsKept) {
  auto c = CleanText(
      "Court rules on election\n\n"
      "The constitutional court said on Friday that the rules for the election comments period "
      "were violated, and the opposition leader told reporters he would appeal.\n");
  EXPECT_EQ(KindOf(c, "constitutional court"), "body");
}

TEST(Clean, SegmentSkipsFurniture) {
  Document doc;
  doc.text = "Title line\n\nArmenia and Iran met.\n\nEditor\xE2\x80\x99s choice";
  Analysis a;
  Clean(doc, &a);
  Segment(doc, &a);
  for (const Sentence& s : a.sentences) {
    std::string_view t = std::string_view(doc.text).substr(s.span.begin, s.span.size());
    EXPECT_EQ(t.find("choice"), std::string_view::npos) << t;
  }
  EXPECT_EQ(a.sentences.size(), 2u);
}

}  // namespace
}  // namespace dyad
