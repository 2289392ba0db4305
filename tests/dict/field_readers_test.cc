// PETRARCH2 and TABARI dictionary readers on small fixtures written by the
// test: synsets, blocks, patterns, date-restricted codes, codes as strings,
// malformed entries reported with file:line, Mac-Roman/CRLF decoding.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <unistd.h>

#include "dyad/lexicon.h"
#include "scratch_dir.h"

namespace dyad {
namespace {

std::string WriteFixture(const std::string& name, const std::string& bytes) {
  const auto dir = testing::ScratchDir("dict_test");
  std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

bool HasProblem(const std::vector<DictProblem>& ps, const std::string& file_line) {
  for (const auto& p : ps) {
    if (p.ToString().find(file_line) != std::string::npos) return true;
  }
  return false;
}

const char* kVerbs =
    "# test verbs\n"
    "&CURRENCY\n"
    "+DOLLAR\n"
    "+SWISS_FRANC\n"
    "\n"
    "--- ABANDON  [345]  ---\n"
    "ABANDON\n"
    "- * {DIPLOMATIC TIES} [080]\n"
    "- * &CURRENCY [044]\n"
    "- * (TO +) [046]\n"
    "--- MEET  [040:040]  ---\n"
    "MEET {MEETS MET MEETING}\n"
    "+CALL_OFF [08]\n"
    "- * (WITH) [080]\n"
    "- * NOWHERE [\n"          // line 15: malformed, skipped
    "- * &NOSUCHSET [111]\n"   // line 16: unknown synset
    "- RECENTLY * [0231]\n";

TEST(PetrarchVerbs, ReadsBlocksSynsetsPatternsAndKeepsCodesAsStrings) {
  std::string path = WriteFixture("verbs.txt", kVerbs);
  Lexicon lex;
  std::vector<DictProblem> problems;
  ASSERT_TRUE(LoadPetrarchVerbs(path, &lex, &problems).ok());
  lex.Finalize();
  ASSERT_EQ(lex.synsets.size(), 1u);
  EXPECT_EQ(lex.synsets[0].name, "CURRENCY");
  EXPECT_EQ(lex.synsets[0].phrases[1], (std::vector<std::string>{"swiss", "franc"}));
  int32_t abandon = lex.FindVerb("abandoned");
  ASSERT_GE(abandon, 0);
  EXPECT_EQ(lex.verbs[abandon].default_code, "345");
  const auto& pats = lex.pattern_blocks[lex.verbs[abandon].pattern_block];
  std::set<std::string> codes;
  for (const auto& p : pats) codes.insert(p.code);
  // 044 and 046 stay distinct strings, as do 080 and 08.
  EXPECT_TRUE(codes.count("044") && codes.count("046") && codes.count("080"));
  int32_t met = lex.FindVerb("met");
  ASSERT_GE(met, 0);
  EXPECT_EQ(lex.verbs[met].lemma, "meet");
  // Multi-word verb with its own code.
  const auto* calls = lex.FindVerbs("call");
  ASSERT_NE(calls, nullptr);
  EXPECT_EQ(lex.verbs[calls->front()].words_after, (std::vector<std::string>{"off"}));
  EXPECT_EQ(lex.verbs[calls->front()].default_code, "08");
  // Malformed lines are reported with file:line; the next pattern still loads.
  EXPECT_TRUE(HasProblem(problems, path + ":15:"));
  EXPECT_TRUE(HasProblem(problems, path + ":16:"));
  EXPECT_EQ(problems.size(), 2u);
  const auto& meet_pats = lex.pattern_blocks[lex.verbs[met].pattern_block];
  bool recently = false;
  for (const auto& p : meet_pats) recently |= p.code == "0231" && p.before.size() == 1;
  EXPECT_TRUE(recently);
}

TEST(PetrarchActors, SynonymsAndDateRestrictedCodes) {
  std::string path = WriteFixture("actors.txt",
                                  "GOLLUM  # comment\n"
                                  "+SMEAGOL\n"
                                  "\t[HOB < 950601]\n"
                                  "\t[HOBGOV 19950601 - 19990815]\n"
                                  "\t[HOBREB > 990816]\n"
                                  "GONDOR [GON]\n"
                                  "+MINAS_TIRITH\n"
                                  "BADDATE [XYZ 2004017-20061201]\n"  // line 8: 7-digit date
                                  "ARNOR_ [ARN]\n");
  Lexicon lex;
  std::vector<DictProblem> problems;
  ASSERT_TRUE(LoadPetrarchActors(path, &lex, &problems).ok());
  lex.Finalize();
  ASSERT_GE(lex.actors.size(), 4u);
  const ActorEntry& smeagol = lex.actors[1];
  EXPECT_EQ(smeagol.words, (std::vector<std::string>{"smeagol"}));
  ASSERT_EQ(smeagol.codes.size(), 3u);
  EXPECT_EQ(smeagol.codes[0].code, "HOB");
  EXPECT_EQ(smeagol.codes[0].to, 19950601);
  EXPECT_EQ(smeagol.codes[1].from, 19950601);
  EXPECT_EQ(smeagol.codes[1].to, 19990815);
  EXPECT_EQ(smeagol.codes[2].from, 19990816);
  EXPECT_TRUE(HasProblem(problems, path + ":8:"));
  const auto* arnor = lex.ActorsStartingWith("arnor");
  ASSERT_NE(arnor, nullptr);
  EXPECT_FALSE(lex.actors[arnor->front()].plural_ok);  // trailing `_`
}

TEST(PetrarchAgents, TildePlacementPluralsAndMacros) {
  std::string path = WriteFixture("agents.txt",
                                  "!PERSON! = MAN, MEN\n"
                                  "PRESIDENT [~GOV]\n"
                                  "MSF {}  [NGO~]\n"
                                  "CONGRESS!PERSON! [~LEG]\n"
                                  "BROKEN [GOV]\n");  // line 5: no ~
  Lexicon lex;
  std::vector<DictProblem> problems;
  ASSERT_TRUE(LoadPetrarchAgents(path, &lex, &problems).ok());
  ASSERT_EQ(lex.agents.size(), 4u);
  EXPECT_FALSE(lex.agents[0].prefix);
  EXPECT_TRUE(lex.agents[0].plural_ok);
  EXPECT_TRUE(lex.agents[1].prefix);
  EXPECT_FALSE(lex.agents[1].plural_ok);
  EXPECT_EQ(lex.agents[2].words, (std::vector<std::string>{"congressman"}));
  EXPECT_EQ(lex.agents[3].words, (std::vector<std::string>{"congressmen"}));
  EXPECT_TRUE(HasProblem(problems, path + ":5:"));
}

TEST(PetrarchDiscards, SentenceAndStoryDiscards) {
  std::string path = WriteFixture("discards.txt", "BASEBALL\n+WORLD GOLF   # story\n");
  Lexicon lex;
  std::vector<DictProblem> problems;
  ASSERT_TRUE(LoadPetrarchDiscards(path, &lex, &problems).ok());
  EXPECT_EQ(lex.discards.size(), 1u);
  ASSERT_EQ(lex.story_discards.size(), 1u);
  EXPECT_EQ(lex.story_discards[0], (std::vector<std::string>{"world", "golf"}));
}

TEST(Tabari, MacRomanAndCrlfAreDecoded) {
  std::string path = WriteFixture("opts.options", std::string("LABEL: 010=\xD2third\xD3\r\nX\rY\n"));
  bool converted = false;
  auto text = ReadLegacyText(path, &converted);
  ASSERT_TRUE(text.ok());
  EXPECT_TRUE(converted);
  EXPECT_EQ(text.value(), "LABEL: 010=\xE2\x80\x9Cthird\xE2\x80\x9D\nX\nY\n");
}

TEST(Tabari, VerbsActorsStemsAndAlternatives) {
  std::string verbs = WriteFixture(
      "t.verbs",
      "<SYNSETS>\r\n&TIETYPES\r\n+MILITARY\r\n</SYNSETS>\r\n"
      "CONTRIBUT  [070] ;stem\r\n"
      "- * &TIETYPES AID [072]\r\n"
      "- { GAVE | SENT } * [073]\r\n"
      "BREAK_ [1717]\r\n"
      "{ BROKE_ BROKEN_ }\r\n"
      "- * NO_VERB_MARKER [12\r\n");  // line 10: malformed
  std::string actors = WriteFixture("t.actors",
                                    "<NOUN>\nLEADER\n</NOUN>\nARGENTIN  [ARG]\nAXNOR  [AR1 <911226] [AR2]\n");
  Lexicon lex;
  std::vector<DictProblem> problems;
  ASSERT_TRUE(LoadTabariVerbs(verbs, &lex, &problems).ok());
  ASSERT_TRUE(LoadTabariActors(actors, &lex, &problems).ok());
  lex.Finalize();
  EXPECT_GE(lex.FindStemVerb("contributed"), 0);
  int32_t brk = lex.FindVerb("broken");
  ASSERT_GE(brk, 0);
  EXPECT_EQ(lex.verbs[brk].default_code, "1717");
  // Alternatives expand into one pattern each.
  int32_t c = lex.FindStemVerb("contributes");
  EXPECT_EQ(lex.pattern_blocks[lex.verbs[c].pattern_block].size(), 3u);
  std::vector<uint32_t> stems;
  lex.StemActorsFor("argentina", &stems);
  ASSERT_EQ(stems.size(), 1u);
  EXPECT_EQ(lex.actors[stems[0]].codes[0].code, "ARG");
  EXPECT_EQ(lex.nouns, (std::vector<std::string>{"leader"}));
  EXPECT_TRUE(HasProblem(problems, verbs + ":10:"));
}

TEST(Tabari, ProjectResolvesFiles) {
  std::string proj = WriteFixture("v.project", "title\r\n<actorsfile> t.actors\r\n<verbsfile>\tt.verbs\r\n<textfile> v.text\r\n");
  auto p = ReadTabariProject(proj);
  ASSERT_TRUE(p.ok()) << p.status().message();
  ASSERT_EQ(p.value().actors.size(), 1u);
  EXPECT_EQ(std::filesystem::path(p.value().verbs[0]).filename(), "t.verbs");
  EXPECT_EQ(std::filesystem::path(p.value().text).filename(), "v.text");
}

}  // namespace
}  // namespace dyad
