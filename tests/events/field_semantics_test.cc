// Field-dictionary semantics of the coder (docs/coder.md): PETRARCH's
// negation table, date-restricted actor codes, compound subjects without an
// object, `%` needing a real compound, TABARI's comma-clause elimination and
// first event per clause, the surface noun filter, reader recovery from a
// malformed block header, and (on hand-written CoNLL-U parses, through the
// validation runner's --use-parse path) object control, passive voice kept
// on its own verb, and statements about events (a (b c X) SAY = a b X).
#include <gtest/gtest.h>

#include <algorithm>
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

std::string Dir() { return testing::FixtureDir("semantics_test"); }

void Write(const std::string& path, const std::string& s) { testing::WriteFile(path, s); }

std::shared_ptr<Lexicon> Load(const std::string& dir, Lexicon::Dialect dialect,
                              std::vector<DictProblem>* problems) {
  Write(dir + "/verbs.txt",
        "--- CONDEMN [111] ---\nCONDEMN\n"
        "--- CRITICIZE [111] ---\nCRITICIZE\n"
        "--- CLASH [110] ---\nCLASH\n"
        "--- AGREE [030] ---\nAGREE\n- % * [050]\n- * (WITH) [031]\n"
        "--- VISIT [042] ---\nVISIT\n"
        "--- NOTE [010] ---\nNOTE\n"
        "--- URGE [020] ---\nURGE\n"
        "--- SEE [010] ---\nSEE {SEES SAW SEEN SEEING}\n"
        "--- BREAK [120] ---\nBREAK {BREAKS BROKE BROKEN BREAKING}\n"
        "--- DELAY [120]  [031:031]  ---\nPOSTPONE\n- % HAVE * [191]\n");
  Write(dir + "/actors.txt",
        "ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\nGOLLUM [HOB]\n"
        "SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[HOBMIL 20080120-20121109]\n");
  Write(dir + "/agents.txt", "GOVERNMENT [~GOV]\n");
  return testing::LoadPetrarchFixture(dir, dialect, problems);
}

std::vector<std::string> Code(const Pipeline& p, const std::string& text, const std::string& date = "19950104") {
  return testing::CodeTriples(p, text, date);
}

using V = std::vector<std::string>;

std::shared_ptr<const Pipeline> Heuristic(std::shared_ptr<Lexicon> lex) {
  PipelineOptions po;
  po.model_path = "none";
  auto p = Pipeline::Create(po, lex);
  EXPECT_TRUE(p.ok());
  return p.value();
}

TEST(FieldSemantics, ReaderRecoversFromMalformedBlockHeader) {
  std::vector<DictProblem> problems;
  auto lex = Load(Dir(), Lexicon::Dialect::kPetrarch, &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].ToString().find("verbs.txt:21"), std::string::npos) << problems[0].ToString();
  EXPECT_GE(lex->FindVerb("postponed"), 0);  // the block still loaded
}

TEST(FieldSemantics, PetrarchNegationTableAndDates) {
  std::vector<DictProblem> problems;
  auto p = Heuristic(Load(Dir(), Lexicon::Dialect::kPetrarch, &problems));
  EXPECT_EQ(Code(*p, "Arnor clashed with Gondor."), (V{"ARN/GON/110"}));
  // Negated 110 is 050 in PETRARCH's ontology; 111 has no negated reading.
  EXPECT_EQ(Code(*p, "Arnor did not clash with Gondor."), (V{"ARN/GON/050"}));
  EXPECT_TRUE(Code(*p, "Arnor did not condemn Gondor.").empty());
  // A restricted code covering the date beats the default code.
  EXPECT_EQ(Code(*p, "Sam Gamgee condemned Gondor.", "19950104"), (V{"HOBCIV/GON/111"}));
  EXPECT_EQ(Code(*p, "Sam Gamgee condemned Gondor.", "20100101"), (V{"HOBMIL/GON/111"}));
  EXPECT_EQ(Code(*p, "Sam Gamgee condemned Gondor.", "20150101"), (V{"HOB/GON/111"}));
}

TEST(FieldSemantics, CompoundsAndNouns) {
  std::vector<DictProblem> problems;
  auto p = Heuristic(Load(Dir(), Lexicon::Dialect::kPetrarch, &problems));
  // `%`: a compound subject acts on itself; a single actor does not match it.
  EXPECT_EQ(Code(*p, "Arnor and Gondor agreed."), (V{"ARN/GON/050", "GON/ARN/050"}));
  EXPECT_EQ(Code(*p, "Arnor agreed with Gondor."), (V{"ARN/GON/031"}));
  EXPECT_TRUE(Code(*p, "Arnor agreed.").empty());
  // A compound subject with no object and no `%` pattern: members act on each other.
  EXPECT_EQ(Code(*p, "Gondor and Osgiliath have postponed their meeting."),
            (V{"GON/OSG/191", "OSG/GON/191"}));
  // Not a subject: a coordination inside a prepositional phrase.
  EXPECT_TRUE(Code(*p, "Talks with Gondor and Osgiliath, officials agreed.").empty());
  // "a brief private visit": a noun, not the verb.
  EXPECT_TRUE(Code(*p, "Arnor made a brief private visit to Gondor.").empty());
}

TEST(FieldSemantics, TabariCommaClausesAndFirstEventPerClause) {
  std::vector<DictProblem> problems;
  auto lex = Load(Dir(), Lexicon::Dialect::kTabari, &problems);
  lex->tabari.min_words = 1;  // these sentences are shorter than TABARI's default 8 words
  auto p = Heuristic(lex);
  EXPECT_EQ(Code(*p, "Arnor, in remarks published on Monday by Osgiliath, condemned Gondor."),
            (V{"ARN/GON/111"}));
  // One event per conjunction-delimited clause; a compound actor does not split.
  EXPECT_EQ(Code(*p, "Arnor condemned Gondor after criticizing Osgiliath."), (V{"ARN/GON/111"}));
  EXPECT_EQ(Code(*p, "Arnor condemned Gondor and criticized Osgiliath."), (V{"ARN/GON/111", "ARN/OSG/111"}));
  // Pronouns take the sentence's first actor (TABARI's coreferencing).
  EXPECT_EQ(Code(*p, "Arnor urged Gondor to chill out and then it condemned Osgiliath."),
            (V{"ARN/GON/020", "ARN/OSG/111"}));
  // TABARI has no negation: its patterns say what a negation means.
  EXPECT_EQ(Code(*p, "Arnor did not condemn Gondor."), (V{"ARN/GON/111"}));
}

// TABARI-format dictionaries for the TABARI behaviours (docs/coder.md).
std::shared_ptr<Lexicon> LoadTabari(const std::string& dir) {
  Write(dir + "/t.verbs",
        "CONDEMN  [111]\nCRITICIZE  [111]\nDEPLORE_  [122]\nBAN=  [191]\n"
        "CALL  [---]\n- * FOR  [095]\nCALLED_ON  [094]\nSAID  [023?]\n"
        "EXCHANG  [066]\n- * PRISONERS WITH %  [067]\nALLOW  [060]\n- * REAL~_PLEASANT  [024]\n"
        "ACT_  [100]\n{ ACTING_ ACTUALITY }\n"
        "<TIME>\nKAN_WA_MA_KAN [###]\n</TIME>\n");
  Write(dir + "/t.actors",
        "<NOUN>\nSHEEP\nGOATS\n</NOUN>\n<ADJECTIVE>\nAWFUL\nEVIL\n</ADJECTIVE>\n"
        "ARNOR  [ARN]\nGONDOR  [GON]\nOSGILIATH  [OSG]\nITHILEN  [ITH]\nCALIMEHTAR  [CAL]\n"
        "THE_SHIRE  [FRO/BIL]\nPRINCE DOL_AMROTH  [DOL]\nUSSR  [###]\nISILDUR  [+++]\n");
  Write(dir + "/t.agents", "GOVERNMENT_  [~GOV]\nMINISTER_  [~GOV]\nSECURITY_OFFICIALS_  [~GOV]\nAMBASSADOR_  [~GOV]\n");
  auto lex = std::make_shared<Lexicon>();
  lex->field_format = true;
  lex->dialect = Lexicon::Dialect::kTabari;
  std::vector<DictProblem> problems;
  EXPECT_TRUE(LoadTabariVerbs(dir + "/t.verbs", lex.get(), &problems).ok());
  EXPECT_TRUE(LoadTabariActors(dir + "/t.actors", lex.get(), &problems).ok());
  EXPECT_TRUE(LoadTabariAgents(dir + "/t.agents", lex.get(), &problems).ok());
  EXPECT_TRUE(problems.empty()) << problems.front().ToString();
  lex->Finalize();
  return lex;
}

TEST(FieldSemantics, TabariActorSearch) {
  auto lex = LoadTabari(Dir());
  auto p = Heuristic(lex);
  // The source is the first actor of the clause, not the nearest one; the
  // target the first actor after the verb with another code.
  EXPECT_EQ(Code(*p, "Arnor suggested Gondor should condemn Osgiliath on Monday morning."), (V{"ARN/OSG/111"}));
  // A later clause keeps the source; a target before the verb when none follows.
  EXPECT_EQ(Code(*p, "Arnor condemned Gondor on Monday and criticized Osgiliath on Tuesday."),
            (V{"ARN/GON/111", "ARN/OSG/111"}));
  EXPECT_EQ(Code(*p, "Arnor and Gondor condemned the plan on Monday in the capital."), (V{"ARN/GON/111"}));
  // Compound adjectives do not split a clause; agents attach only next to an actor.
  EXPECT_EQ(Code(*p, "Ithilen's awful and evil minister Calimehtar condemned the plan of Gondor on Monday."),
            (V{"ITH/GON/111"}));
  EXPECT_EQ(Code(*p, "Ithilen's awful and cool minister Calimehtar condemned the plan of Gondor on Monday."),
            (V{"CALGOV/GON/111"}));
  // Coded compounds code each member; a blank in an actor phrase allows a gap.
  EXPECT_EQ(Code(*p, "The Shire condemned Gondor on Monday in the capital city."),
            (V{"BIL/GON/111", "FRO/GON/111"}));
  EXPECT_EQ(Code(*p, "Arnor condemned the Prince of Dol Amroth on Monday in the capital."), (V{"ARN/DOL/111"}));
  // The noun test: an article or a mid-sentence capital makes a noun, a possessive does not.
  EXPECT_TRUE(Code(*p, "Arnor will attend the condemn of Gondor on Monday in the capital.").empty());
  EXPECT_TRUE(Code(*p, "Arnor is about To Condemn Gondor on Monday in the capital.").empty());
  // "called for": the stem CALL, not the multi-word CALLED_ON.
  EXPECT_EQ(Code(*p, "Arnor has called for talks with Gondor on Monday in the capital."), (V{"ARN/GON/095"}));
  // Endings: DEPLORE_ takes -d; BAN= takes none.
  EXPECT_EQ(Code(*p, "Arnor deplored Gondor on Monday in the capital city."), (V{"ARN/GON/122"}));
  EXPECT_TRUE(Code(*p, "Arnor bans Gondor on Monday in the capital city.").empty());
  EXPECT_EQ(Code(*p, "Arnor will ban Gondor on Monday in the capital city."), (V{"ARN/GON/191"}));
  // A form written without `_` is a stem; a glued possessive makes a noun.
  EXPECT_EQ(Code(*p, "Arnor actualityss with Gondor on Monday in the capital city."), (V{"ARN/GON/100"}));
  EXPECT_TRUE(Code(*p, "Arnor condemn's Gondor on Monday in the capital city.").empty());
  // Subordinate codes only when nothing else is coded.
  EXPECT_EQ(Code(*p, "Arnor said on Monday that Gondor was in the capital city."), (V{"ARN/GON/023"}));
  EXPECT_EQ(Code(*p, "Arnor said on Monday that it condemned Gondor in the capital."), (V{"ARN/GON/111"}));
  // `%`: the compound is source and target; WORD~_NEXT keeps the wild-card ending.
  EXPECT_EQ(Code(*p, "Arnor has exchanged prisoners with Gondor and Osgiliath on Monday."),
            (V{"GON/OSG/067", "OSG/GON/067"}));
  EXPECT_EQ(Code(*p, "Arnor allowed that Gondor is a really pleasant place to visit."), (V{"ARN/GON/024"}));
  // FORMER makes the agent an elite; a role before a list stays with the first actor;
  // THEIR stands for the whole compound.
  EXPECT_EQ(Code(*p, "Arnor former security officials condemned Gondor on Monday in the capital."),
            (V{"ARNELI/GON/111"}));
  EXPECT_EQ(Code(*p, "The ambassadors of Arnor, Osgiliath and Gondor condemned Ithilen on Monday."),
            (V{"ARNGOV/ITH/111", "GON/ITH/111", "OSG/ITH/111"}));
  EXPECT_EQ(Code(*p, "Ithilen met Arnor and Gondor on Monday and then condemned their allies."),
            (V{"ITH/ARN/111", "ITH/GON/111"}));
}

// TABARI dictionaries are matched on the surface, so the pipeline does not
// parse for them even when a model is loaded; PETRARCH ones are parsed.
TEST(FieldSemantics, TabariDictionariesAreCodedWithoutParsing) {
  auto lex = LoadTabari(Dir());
  PipelineOptions po;  // the bundled parser model
  auto with_model = Pipeline::Create(po, lex);
  ASSERT_TRUE(with_model.ok()) << with_model.status().message();
  if (!with_model.value()->parser()) GTEST_SKIP() << "no bundled parser model";
  const std::string text = "Arnor condemned Gondor on Monday and criticized Osgiliath on Tuesday.";
  EXPECT_EQ(Code(*with_model.value(), text), Code(*Heuristic(lex), text));
  auto w = with_model.value()->NewWorker();
  Document doc;
  doc.id = "t";
  doc.text = text;
  std::vector<Event> events;
  ASSERT_TRUE(w->Code(doc, &events).ok());
  EXPECT_EQ(events.size(), 2u);
  EXPECT_TRUE(w->analysis().parse.empty());

  std::vector<DictProblem> problems;
  auto petrarch = Pipeline::Create(po, Load(Dir(), Lexicon::Dialect::kPetrarch, &problems));
  ASSERT_TRUE(petrarch.ok());
  auto pw = petrarch.value()->NewWorker();
  doc.text = "Arnor clashed with Gondor.";
  ASSERT_TRUE(pw->Code(doc, &events).ok());
  EXPECT_FALSE(pw->analysis().parse.empty());
}

TEST(FieldSemantics, TabariOptions) {
  auto lex = LoadTabari(Dir());
  auto code_with = [&](const std::vector<std::string>& options, const std::string& text) {
    auto copy = std::make_shared<Lexicon>(*lex);
    for (const auto& o : options) EXPECT_TRUE(ApplyTabariOption(o, &copy->tabari)) << o;
    return Code(*Heuristic(copy), text);
  };
  // MINIMUM WORDS: 8 by default.
  EXPECT_TRUE(code_with({}, "Arnor condemned Gondor.").empty());
  EXPECT_EQ(code_with({"SET: MINIMUM WORDS = 3"}, "Arnor condemned Gondor."), (V{"ARN/GON/111"}));
  // CONVERT AGENTS: a bare agent is an actor coded ~AGENT only when asked for.
  const std::string bare = "The government condemned Gondor on Monday in the capital city.";
  EXPECT_TRUE(code_with({}, bare).empty());
  EXPECT_EQ(code_with({"SET: CONVERT AGENTS = TRUE"}, bare), (V{"~GOV/GON/111"}));
  // DEFAULT codes stand in for actors the searches miss.
  const std::string none = "The rebels condemned the plan on Monday in the capital city.";
  EXPECT_TRUE(code_with({}, none).empty());
  EXPECT_EQ(code_with({"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"}, none), (V{"DEFSRC/DEFTAR/111"}));
  EXPECT_EQ(code_with({"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"},
                      "Arnor and Gondor condemned the plan on Monday in the capital."),
            (V{"ARN/DEFTAR/111", "GON/DEFTAR/111"}));
  // Discard and complex actors; COMPLEX conditions; <TIME> discards.
  EXPECT_TRUE(code_with({}, "Arnor condemned Gondor after the USSR fell on Monday.").empty());
  EXPECT_EQ(code_with({}, "Arnor condemned Gondor after Isildur fell on Monday."), (V{"ARN/GON/111"}));
  EXPECT_TRUE(code_with({"COMPLEX: VERBS[5]"}, "Arnor condemned Gondor after Isildur fell on Monday.").empty());
  EXPECT_TRUE(code_with({"COMPLEX: NOACTPRIOR"}, "Condemned by all, Arnor left Gondor on Monday evening.").empty());
  EXPECT_TRUE(code_with({"COMPLEX: CONJ[2]"}, "Arnor condemned Gondor and Osgiliath and criticized Ithilen.").empty());
  EXPECT_EQ(code_with({"SET: TIME SHIFT = FALSE"}, "Arnor condemned Gondor, kan wa ma kan, on Monday morning."),
            (V{"ARN/GON/111"}));
  EXPECT_TRUE(code_with({}, "Arnor condemned Gondor, kan wa ma kan, on Monday morning.").empty());
  // COMMA: the first phrase goes only within BMIN/BMAX; patterns match across the rest.
  EXPECT_EQ(code_with({}, "Arnor, at long last, condemned Gondor on Monday in the capital."), (V{"ARN/GON/111"}));
  EXPECT_EQ(code_with({"COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 0 BMAX = 3"},
                      "Arnor condemned Gondor, Osgiliath criticized Ithilen on Monday morning."),
            (V{"OSG/ITH/111"}));
}

TEST(FieldSemantics, TabariSuiteReaderAndForward) {
  std::string dir = Dir();
  Write(dir + "/v.text",
        "000101  START-00\nnot checked\n/* {+++} */\n\n"
        "950101  T-001-001\nArnor condemned Gondor on Monday\n50,000 people in the capital city.\n"
        "/* { ARN / GON / 111 } */\n\\n{ GON / ARN / 111 } */\n\n"
        "950101  OPT\nan option\n/* { OPTION: SET: YYYY = TRUE } */\n\n"
        "19950102 T-001-002\nHe criticized Osgiliath on Monday in the capital city.\n"
        "/* { ARN / OSG / 111 } -{ --- } */\n\n"
        "19950103 T-001-004\nHe criticized Osgiliath on Monday in the capital city.\n/* {---} */\n\n"
        "19950103 T-05\nIsildur wept.\n/* {+++} */\n\n"
        "19990101 FINAL-01\nend\n");
  auto suite = validate::ReadTabariSuite(dir + "/v.text");
  ASSERT_TRUE(suite.ok()) << suite.status().message();
  const auto& rs = suite.value().records;
  ASSERT_EQ(rs.size(), 4u);
  EXPECT_EQ(suite.value().inactive, 2u);  // START-00 and the OPTION record
  // The text runs to the empty line (a digit-led line does not start a record);
  // expectations are read to the record's end, past a `*/`.
  EXPECT_EQ(rs[0].text, "Arnor condemned Gondor on Monday 50,000 people in the capital city.");
  EXPECT_EQ(rs[0].expected.size(), 2u);
  // SET: YYYY = TRUE: eight-digit dates; `-{` after events: open-ended.
  EXPECT_EQ(rs[1].date, "19950102");
  EXPECT_EQ(rs[1].id, "T-001-002");
  EXPECT_TRUE(rs[1].open_ended);
  ASSERT_EQ(rs[1].config.size(), 1u);
  EXPECT_EQ(rs[3].expect, validate::Expect::kComplex);
  // FORWARD: an opening pronoun takes the first actor of the story's previous
  // sentence, only when the sentence number follows on.
  auto lex = LoadTabari(dir);
  lex->tabari.forward_format = "^^**NNN*SSS";
  validate::Options opt;
  opt.tabari = true;
  opt.model = "none";
  auto runner = validate::Runner::Create(lex, opt);
  ASSERT_TRUE(runner.ok());
  auto got = [&](const validate::Record& r) {
    std::vector<std::string> out;
    for (const auto& t : runner.value()->Run(r).got) out.push_back(t.ToString());
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(got(rs[0]), (V{"ARN/GON/111"}));
  EXPECT_EQ(got(rs[1]), (V{"ARN/OSG/111"}));
  EXPECT_TRUE(got(rs[2]).empty());  // T-001-004 does not follow T-001-002
}

validate::Record ParsedRecord(const std::string& id, const std::string& conllu) {
  validate::Record r;
  r.id = id;
  r.date = "19950104";
  r.parse = conllu;
  r.parse_is_conllu = true;
  return r;
}

std::vector<std::string> Got(validate::Runner& runner, const validate::Record& r) { return testing::GotTriples(runner, r); }

TEST(FieldSemantics, ParseControlPassiveAndStatements) {
  std::vector<DictProblem> problems;
  auto lex = Load(Dir(), Lexicon::Dialect::kPetrarch, &problems);
  validate::Options opt;
  opt.use_parse = true;
  auto runner = validate::Runner::Create(lex, opt);
  ASSERT_TRUE(runner.ok());
  validate::Runner& r = *runner.value();
  // Object control: the urging is the event; `condemn` adds nothing.
  EXPECT_EQ(Got(r, ParsedRecord("control",
                                "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                                "5\tcondemn\tcondemn\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
                                "6\tOsgiliath\tOsgiliath\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n")),
            (V{"ARN/GON/020"}));
  // A statement about an event: speaker -> inner source, inner code.
  EXPECT_EQ(Got(r, ParsedRecord("statement",
                                "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                "2\tnoted\tnote\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "3\tthat\tthat\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
                                "4\tGondor\tGondor\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                                "5\tcondemned\tcondemn\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
                                "6\tOsgiliath\tOsgiliath\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n")),
            (V{"ARN/GON/111"}));
  // Passive voice belongs to `seen`; `break` is active with Gollum as source,
  // and the agentless passive takes no source from inside its complement.
  EXPECT_EQ(Got(r, ParsedRecord("passive",
                                "1\tGollum\tGollum\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
                                "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
                                "3\tseen\tsee\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                                "5\tbreak\tbreak\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
                                "6\tinto\tinto\tADP\tIN\t_\t8\tcase\t_\t_\n"
                                "7\tGondor\tGondor\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
                                "8\tparade\tparade\tNOUN\tNN\t_\t5\tobl\t_\t_\n"
                                "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n")),
            (V{"HOB/GON/120"}));
}

}  // namespace
}  // namespace dyad
