// Our coder (data/dict) on hand-written CoNLL-U parses that reproduce errors
// of other parser models (an ensemble of four, docs/parser.md), through the
// validation runner's --use-parse path, so that the coder's robustness is
// tested whatever the bundled model happens to parse right.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/lexicon.h"
#include "events/field_test_util.h"
#include "validate/validate.h"

namespace dyad {
namespace {

using V = std::vector<std::string>;

validate::Record Parsed(const std::vector<std::string>& rows) { return testing::ParsedRecord(rows, "20230601"); }

class DyadParseRobustness : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<DictProblem> problems;
    auto lex = LoadDyadLexicon(std::string(DYAD_SOURCE_DIR) + "/data/dict", &problems);
    ASSERT_TRUE(lex.ok()) << lex.status().message();
    validate::Options opt;
    opt.use_parse = true;
    auto runner = validate::Runner::Create(std::const_pointer_cast<Lexicon>(lex.value()), opt);
    ASSERT_TRUE(runner.ok()) << runner.status().message();
    runner_ = std::move(runner.value());
  }
  V Got(const std::vector<std::string>& rows) { return testing::GotTriples(*runner_, Parsed(rows)); }

 private:
  std::unique_ptr<validate::Runner> runner_;
};

// "Guyana expressed willingness to resolve its dispute with Suriname" with
// "resolve" an xcomp of "expressed": the noun of intent controls nothing,
// Guyana resolves (was: no source).
TEST_F(DyadParseRobustness, IntentNounIsNoController) {
  EXPECT_EQ(Got({"Guyana PROPN 2 nsubj", "expressed VERB 0 root express", "willingness NOUN 2 obj",
                 "to PART 5 mark", "resolve VERB 2 xcomp", "its PRON 7 nmod:poss", "dispute NOUN 5 obj",
                 "with ADP 9 case", "Suriname PROPN 7 nmod", ". PUNCT 2 punct"}),
            (V{"GUY/SUR/037"}));
}

// "Kenya offered to lead a security force to help Haiti's police" with "help"
// an infinitival clause of the force: Kenya's help, and an offered one.
TEST_F(DyadParseRobustness, CountrylessObjectsInfinitiveIsItsSendersPurpose) {
  EXPECT_EQ(Got({"Kenya PROPN 2 nsubj", "offered VERB 0 root offer", "to PART 4 mark", "lead VERB 2 xcomp",
                 "a DET 7 det", "security NOUN 7 compound", "force NOUN 4 obj", "to PART 9 mark",
                 "help VERB 7 acl", "Haiti PROPN 12 nmod:poss", "'s PART 10 case", "police NOUN 9 obj",
                 ". PUNCT 2 punct"}),
            (V{"KEN/HTICOP/033"}));
}

}  // namespace
}  // namespace dyad
