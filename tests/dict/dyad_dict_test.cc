#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "dyad/lexicon.h"
#include "dyad/paths.h"
#include "scratch_dir.h"

namespace dyad {
namespace {

std::string MakeDict(const std::string& actors, const std::string& agents, const std::string& verbs) {
  const auto dir = testing::ScratchDir("dict");
  std::ofstream(dir / "actors.tsv") << actors;
  std::ofstream(dir / "agents.tsv") << agents;
  std::ofstream(dir / "verbs.tsv") << verbs;
  std::ofstream(dir / "verb_forms.tsv") << "meet\tmet|meets|meeting\n";
  std::ofstream(dir / "discards.tsv") << "football match\n";
  return dir.string();
}

TEST(DyadDict, NounEventsLoadAndBadLinesAreReported) {
  const std::string dir = MakeDict("RUS\tcountry\tRussia\n", "GOV\tgovernment\n", "020\turge * to\n");
  std::ofstream(std::filesystem::path(dir) / "nouns.tsv")
      << "# comment\n190\tattack\ton|against\n19x\traid\ton\n042\tvisit\n046\ttalks\twith\n190\tattack\ton\n";
  std::vector<DictProblem> problems;
  auto lex = LoadDyadLexicon(dir, &problems);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_NE(problems[0].ToString().find("nouns.tsv:3: field code"), std::string::npos) << problems[0].ToString();
  EXPECT_NE(problems[1].ToString().find("nouns.tsv:4: expected 3"), std::string::npos) << problems[1].ToString();
  EXPECT_NE(problems[2].ToString().find("nouns.tsv:6: field noun: 'attack' listed twice"), std::string::npos)
      << problems[2].ToString();
  ASSERT_EQ((*lex)->noun_events.size(), 2u);
  const NounEvent* attack = (*lex)->FindNounEvent("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->code, "190");
  EXPECT_EQ(attack->prepositions, (std::vector<std::string>{"on", "against"}));
  EXPECT_NE(attack->rule.find("nouns.tsv:2"), std::string::npos);
  // Nouns and their plurals make a sentence with two actors worth parsing.
  EXPECT_TRUE((*lex)->IsNounEventForm("attacks"));
  EXPECT_TRUE((*lex)->IsNounEventForm("talks"));
  EXPECT_FALSE((*lex)->IsNounEventForm("attackers"));
  EXPECT_FALSE((*lex)->IsNounEventForm("raid"));  // (its line was refused)
  std::filesystem::remove(std::filesystem::path(dir) / "nouns.tsv");
}

TEST(DyadDict, ActNounsLoadAndBadLinesAreReported) {
  const std::string dir = MakeDict("RUS\tcountry\tRussia\n", "GOV\tgovernment\n", "020\turge * to\n040\tmeet\n");
  std::ofstream(std::filesystem::path(dir) / "act_nouns.tsv")
      << "# comment\nmeeting\tmeet\nrequest\trequest\nappeal\turge\textra\nurging\turge\nmeeting\turge\n";
  std::vector<DictProblem> problems;
  auto lex = LoadDyadLexicon(dir, &problems);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_NE(problems[0].ToString().find("act_nouns.tsv:3: field verb: 'request' is not a verb"), std::string::npos)
      << problems[0].ToString();
  EXPECT_NE(problems[1].ToString().find("act_nouns.tsv:4: expected 2"), std::string::npos) << problems[1].ToString();
  EXPECT_NE(problems[2].ToString().find("act_nouns.tsv:6: field noun: 'meeting' listed twice"), std::string::npos)
      << problems[2].ToString();
  EXPECT_EQ((*lex)->ActNounVerb("meeting"), "meet");
  EXPECT_EQ((*lex)->ActNounVerb("urging"), "urge");
  EXPECT_EQ((*lex)->ActNounVerb("request"), "");
  std::filesystem::remove(std::filesystem::path(dir) / "act_nouns.tsv");
}

TEST(DyadDict, MalformedLinesReportedAndRestLoads) {
  std::string dir = MakeDict(
      "# comment\nARM\tcountry\tArmenia|Republic of Armenia\nbad code\tcountry\tX\n"
      "RUS\tplanet\tRussia\nUSAGOV[20170120-20210120],USAGOV\tperson\tDonald Trump\n"
      "FRA\tcountry\n",
      "GOV\tgovernment|deputy foreign minister\nGO\tbad\n",
      "020\turge * to\n2x0\tbad\n130\twarn\n040\tmeet with *\n0\t* first\n");
  std::vector<DictProblem> problems;
  auto lex = LoadDyadLexicon(dir, &problems);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  ASSERT_EQ(problems.size(), 6u);
  EXPECT_NE(problems[0].ToString().find("actors.tsv:3: field code"), std::string::npos) << problems[0].ToString();
  EXPECT_NE(problems[1].ToString().find("actors.tsv:4: field kind"), std::string::npos);
  EXPECT_NE(problems[2].ToString().find("actors.tsv:6: expected 3"), std::string::npos);
  EXPECT_NE(problems[3].ToString().find("agents.tsv:2"), std::string::npos);
  EXPECT_NE(problems[4].ToString().find("verbs.tsv:2: field code"), std::string::npos);
  EXPECT_NE(problems[5].ToString().find("verbs.tsv:5"), std::string::npos);
  const Lexicon& l = *lex.value();
  // Armenia, Republic of Armenia, Donald Trump, and each country name with
  // its eight derived words (Armenia-led, -flagged, -registered, -owned,
  // -sponsored, -drafted, -made, -built).
  EXPECT_EQ(l.actors.size(), 19u);
  ASSERT_NE(l.ActorsStartingWith("armenia-made"), nullptr);
  ASSERT_NE(l.ActorsStartingWith("republic"), nullptr);
  ASSERT_NE(l.ActorsStartingWith("armenia-led"), nullptr);
  const ActorEntry& led = l.actors[l.ActorsStartingWith("armenia-led")->front()];
  EXPECT_EQ(led.kind, ActorKind::kAdjective);
  EXPECT_EQ(led.codes[0].code, "ARM");
  EXPECT_EQ(l.ActorsStartingWith("armenia-backed"), nullptr);  // not "-backed"
  EXPECT_EQ(l.ActorsStartingWith("donald-led"), nullptr);      // a person's name gets none
  const ActorEntry& trump = l.actors[l.ActorsStartingWith("donald")->front()];
  ASSERT_EQ(trump.codes.size(), 2u);
  EXPECT_EQ(trump.codes[0].from, 20170120);
  EXPECT_EQ(trump.codes[0].to, 20210120);
  EXPECT_TRUE(l.actors[l.ActorsStartingWith("armenia")->front()].require_capital);
  // Agents get regular plurals; verbs get inflections and irregular forms.
  EXPECT_NE(l.AgentsStartingWith("governments"), nullptr);
  int32_t urge = l.FindVerb("urges");
  ASSERT_GE(urge, 0);
  EXPECT_EQ(l.verbs[urge].lemma, "urge");
  EXPECT_EQ(l.FindVerb("urging"), urge);
  EXPECT_EQ(l.FindVerb("urged"), urge);
  EXPECT_GE(l.FindVerb("met"), 0);
  EXPECT_EQ(l.verbs[l.FindVerb("warned")].default_code, "130");
  EXPECT_EQ(l.discards.size(), 1u);
}

// A `none` row (code ---) is a phrase that is not an actor; the two columns
// must agree, and a wrong pairing names the file, line and field.
TEST(DyadDict, NoneRowsNeedTheirCodeAndKind) {
  std::string dir = MakeDict("URY\tcountry\tUruguay\n---\tnone\tUruguay Round\n---\tcountry\tIndian Ocean\n"
                             "IND\tnone\tIndian Ocean\n",
                             "GOV\tgovernment\n", "020\turge * to\n040\tmeet\n---\tmeet * standards\n");
  std::vector<DictProblem> problems;
  auto lex = LoadDyadLexicon(dir, &problems);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].ToString().find("actors.tsv:3: field code: '---' (not an actor) needs the kind none"),
            std::string::npos)
      << problems[0].ToString();
  EXPECT_NE(problems[1].ToString().find("actors.tsv:4: field code: the kind none needs the code '---'"),
            std::string::npos)
      << problems[1].ToString();
  const Lexicon& l = *lex.value();
  ASSERT_EQ(l.actors.size(), 10u);  // Uruguay and its eight derived words, Uruguay Round
  const auto* uruguay = l.ActorsStartingWith("uruguay");
  ASSERT_NE(uruguay, nullptr);
  const ActorEntry& longest = l.actors[uruguay->front()];  // longest first
  EXPECT_EQ(longest.kind, ActorKind::kNone);
  EXPECT_TRUE(longest.codes.empty());
  // A verb pattern coded --- is a use of the verb that is no event.
  const int32_t meet = l.FindVerb("met");
  ASSERT_GE(meet, 0);
  ASSERT_EQ(l.verbs[meet].patterns.size(), 2u);
  EXPECT_TRUE(l.verbs[meet].patterns[0].discard);  // most specific first
  EXPECT_FALSE(l.verbs[meet].patterns[1].discard);
}

TEST(DyadDict, BundledDictionariesLoadCleanly) {
  std::vector<DictProblem> problems;
  auto lex = LoadDyadLexicon(DataDir() + "/dict", &problems);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  for (const auto& p : problems) ADD_FAILURE() << p.ToString();
  EXPECT_GT(lex.value()->actors.size(), 500u);
  EXPECT_GT(lex.value()->verbs.size(), 100u);
  // Every CAMEO root class has at least one verb pattern.
  std::set<std::string> roots;
  for (const auto& v : lex.value()->verbs)
    for (const auto& p : v.patterns) roots.insert(p.code.substr(0, 2));
  for (int r = 1; r <= 20; ++r) {
    char buf[3];
    std::snprintf(buf, sizeof buf, "%02d", r);
    EXPECT_TRUE(roots.count(buf)) << "no verb pattern for root " << buf;
  }
}

}  // namespace
}  // namespace dyad
