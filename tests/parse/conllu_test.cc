#include "parse/conllu.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace dyad::conllu {
namespace {

std::string Fixture() { return std::string(DYAD_TEST_DIR) + "/parse/testdata/small.conllu"; }

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Conllu, RoundTripIsByteExact) {
  std::vector<Sentence> sents;
  ASSERT_TRUE(ReadFile(Fixture(), &sents).ok());
  ASSERT_EQ(sents.size(), 5u);
  std::string out;
  for (const Sentence& s : sents) Write(s, &out);
  EXPECT_EQ(out, Slurp(Fixture()));
}

TEST(Conllu, KeepsMultiwordTokensAndEmptyNodes) {
  std::vector<Sentence> sents;
  ASSERT_TRUE(ReadFile(Fixture(), &sents).ok());
  const Sentence& s4 = sents[3];
  ASSERT_EQ(s4.tokens.size(), 1u);
  EXPECT_EQ(s4.tokens[0].first, 2);
  EXPECT_EQ(s4.tokens[0].last, 3);
  EXPECT_EQ(s4.tokens[0].form, "don't");
  EXPECT_EQ(s4.words.size(), 6u);
  EXPECT_EQ(s4.Comment("text"), "They don't trust him.");
  const Sentence& s5 = sents[4];
  ASSERT_EQ(s5.empty_nodes.size(), 1u);
  EXPECT_EQ(s5.empty_nodes[0].after, 5);
  EXPECT_EQ(s5.words.size(), 7u);
  EXPECT_EQ(s5.words[5].head, 5);
  EXPECT_EQ(s5.words[5].deprel, "orphan");
  EXPECT_EQ(s5.words[5].line, s5.line + 8);
  EXPECT_TRUE(sents[0].NoSpaceAfter(4));
  EXPECT_FALSE(sents[0].NoSpaceAfter(3));
}

Status ReadText(const std::string& text, bool tree = true) {
  std::vector<Sentence> sents;
  ReadOptions o;
  o.require_tree = tree;
  return Read(text, "bad.conllu", &sents, o);
}

TEST(Conllu, RejectsWrongColumnCount) {
  Status st = ReadText("# text = a b\n1\ta\ta\tX\tX\t_\t0\troot\t_\n");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message().rfind("bad.conllu:2: columns:", 0), 0u) << st.message();
}

TEST(Conllu, RejectsHeadOutOfRange) {
  Status st = ReadText("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t7\tdep\t_\t_\n\n");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message().rfind("bad.conllu:2: HEAD: head 7 out of range 0..2", 0), 0u) << st.message();
}

TEST(Conllu, RejectsNonNumericHead) {
  Status st = ReadText("1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n\n");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message().rfind("bad.conllu:1: HEAD:", 0), 0u) << st.message();
}

TEST(Conllu, RejectsCycle) {
  Status st = ReadText(
      "# sent_id = c\n"
      "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n"
      "2\tb\tb\tX\tX\t_\t3\tdep\t_\t_\n"
      "3\tc\tc\tX\tX\t_\t2\tdep\t_\t_\n\n");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("bad.conllu:"), std::string::npos);
  EXPECT_NE(st.message().find("HEAD: cycle"), std::string::npos) << st.message();
}

TEST(Conllu, RejectsBadIds) {
  Status st = ReadText("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message().rfind("bad.conllu:2: ID:", 0), 0u) << st.message();
}

TEST(Conllu, UnderscoreHeadsAllowedWhenNotRequired) {
  EXPECT_FALSE(ReadText("1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n\n").ok());
  EXPECT_TRUE(ReadText("1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n\n", false).ok());
}

}  // namespace
}  // namespace dyad::conllu
