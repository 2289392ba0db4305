// The coder with PETRARCH-format dictionaries (surface fallback, --model none)
// and `dyad validate` on a tiny XML fixture: pass/fail per record and the two
// exact closing lines.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "dyad/lexicon.h"
#include "dyad/pipeline.h"
#include "validate/validate.h"
#include "events/field_test_util.h"

namespace dyad {
namespace {

std::string Dir() { return testing::FixtureDir("events_test"); }

void Write(const std::string& path, const std::string& s) { testing::WriteFile(path, s); }

std::shared_ptr<const Lexicon> FixtureLexicon(const std::string& dir) {
  Write(dir + "/verbs.txt",
        "&TIETYPES\n+DIPLOMATIC\n+ECONOMIC\n\n"
        "--- RESTORE [050] ---\nRESTORE\n- * {&TIETYPES TIES} [051]\n"
        "--- CONDEMN [111] ---\nCONDEMN\n"
        "--- MEET [040:040] ---\nMEET {MEETS MET MEETING}\n"
        "--- CRITICIZE [111] ---\nCRITICIZE\n"
        "--- ACCEPT [081] ---\nACCEPT\n- CANNOT * [120]\n");
  Write(dir + "/actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nOSGILIATH [OSG]\n");
  Write(dir + "/agents.txt", "GOVERNMENT [~GOV]\nSOLDIER [~MIL]\n");
  Write(dir + "/discards.txt", "BASEBALL\n");
  std::vector<DictProblem> problems;
  auto lex = testing::LoadPetrarchFixture(dir, Lexicon::Dialect::kDyad, &problems);
  EXPECT_TRUE(problems.empty()) << problems.front().ToString();
  return lex;
}

std::vector<std::string> Code(const Pipeline& p, const std::string& text) { return testing::CodeTriples(p, text, "19950101"); }

TEST(FieldCoder, PatternsAgentsPairsNegationDiscards) {
  std::string dir = Dir();
  auto lex = FixtureLexicon(dir);
  PipelineOptions po;
  po.model_path = "none";
  auto p = Pipeline::Create(po, lex);
  ASSERT_TRUE(p.ok());
  const Pipeline& pl = *p.value();
  EXPECT_EQ(Code(pl, "Arnor will restore diplomatic ties with Gondor."),
            (std::vector<std::string>{"ARN/GON/051"}));
  EXPECT_EQ(Code(pl, "Arnor will restore trade with Gondor."), (std::vector<std::string>{"ARN/GON/050"}));
  EXPECT_EQ(Code(pl, "The Arnor government condemned Osgiliath soldiers."),
            (std::vector<std::string>{"ARNGOV/OSGMIL/111"}));
  // [040:040]: paired events.
  EXPECT_EQ(Code(pl, "Arnor met Gondor on Monday."), (std::vector<std::string>{"ARN/GON/040", "GON/ARN/040"}));
  // Negation stays with its verb: no event.
  EXPECT_TRUE(Code(pl, "Arnor did not condemn Gondor.").empty());
  // A pattern's "CANNOT" is split as the text is (can + not) and still matches.
  EXPECT_EQ(Code(pl, "Arnor cannot accept Gondor."), (std::vector<std::string>{"ARN/GON/120"}));
  // Passive with a by-agent.
  EXPECT_EQ(Code(pl, "Gondor was criticized by Arnor."), (std::vector<std::string>{"ARN/GON/111"}));
  // Discarded sentence.
  EXPECT_TRUE(Code(pl, "Arnor condemned Gondor at baseball.").empty());
  // Compound subject.
  EXPECT_EQ(Code(pl, "Arnor and Osgiliath condemned Gondor."),
            (std::vector<std::string>{"ARN/GON/111", "OSG/GON/111"}));
}

const char* kXml = R"(<?xml version='1.0' encoding='utf-8'?>
<Validation>
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Actorfile>actors.txt</Actorfile>
    <Agentfile>agents.txt</Agentfile>
    <Discardfile>discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence category="DEMO" date="19950101" id="T-01" sentence="true">
<EventCoding eventcode="051" sourcecode="ARN" targetcode="GON" />
<Text>Arnor will restore diplomatic ties with Gondor.</Text>
</Sentence>
<Sentence category="DEMO" date="19950101" id="T-02" sentence="true">
<EventCoding eventcode="111" sourcecode="GON" targetcode="ARN" />
<Text>Arnor condemned Gondor.</Text>
</Sentence>
<Sentence category="ERROR" date="19950101" id="T-03" sentence="true">
<EventCoding noevents="True" />
<Text>Arnor condemned Gondor at baseball.</Text>
</Sentence>
<Sentence category="DEMO" date="19950101" id="T-04" sentence="false">
<EventCoding eventcode="111" sourcecode="GON" targetcode="ARN" />
<Text>Inactive.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(Validate, TinyXmlFixtureAndExactClosingLines) {
  std::string dir = Dir();
  FixtureLexicon(dir);
  Write(dir + "/records.xml", kXml);
  auto suite = validate::ReadPetrarchSuite(dir + "/records.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().message();
  ASSERT_EQ(suite.value().records.size(), 3u);
  EXPECT_EQ(suite.value().inactive, 1u);
  EXPECT_EQ(suite.value().environment.at("Verbfile"), "verbs.txt");

  std::string cmd = std::string(DYAD_BINARY) + " validate " + dir + "/records.xml --dict-dir " + dir +
                    " --model none 2>&1";
  FILE* f = popen(cmd.c_str(), "r");
  ASSERT_NE(f, nullptr);
  std::string out;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, f)) out.append(buf, n);
  EXPECT_EQ(pclose(f), 0) << out;
  EXPECT_NE(out.find("FAIL T-02 [DEMO]"), std::string::npos) << out;
  EXPECT_NE(out.find("expected: GON/ARN/111"), std::string::npos) << out;
  std::string tail = out.substr(out.rfind("2 passed"));
  EXPECT_EQ(tail,
            "2 passed, 1 failed\n"
            "events: expected=2 produced=2 correct=1 precision=0.500 recall=0.500\n");
}

}  // namespace
}  // namespace dyad
