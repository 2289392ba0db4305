// Clause repairs on hand-built trees: the misparses each repair exists for,
// as another parser model produced them, so that the repairs are tested
// whatever the bundled model happens to get right.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/analysis.h"
#include "dyad/parse.h"
#include "events/clause_repair.h"

namespace dyad::events {
namespace {

struct Word {
  std::string_view form;
  Upos upos;
  int head;
  std::string_view rel;
  std::string_view lemma;
  std::string_view xpos = "";
};

// One sentence, tokens and parse as given (norms lower-cased into the arena).
Analysis Build(const std::vector<Word>& words) {
  Analysis a;
  a.norm_arena.reserve(1024);
  for (const Word& w : words) {
    const size_t at = a.norm_arena.size();
    for (char c : w.form) a.norm_arena.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    Token t;
    t.form = w.form;
    t.norm = std::string_view(a.norm_arena).substr(at, w.form.size());
    a.tokens.push_back(t);
    TokenParse p;
    p.upos = static_cast<uint8_t>(w.upos);
    p.head = static_cast<int16_t>(w.head);
    p.deprel_name = w.rel;
    p.lemma = w.lemma;
    p.xpos = w.xpos;
    a.parse.push_back(p);
  }
  Sentence s;
  s.first_token = 0;
  s.num_tokens = static_cast<uint32_t>(words.size());
  a.sentences.push_back(s);
  return a;
}

// Token `i` (0-based) hangs on `head` (1-based, 0 the root) as `rel`.
void ExpectArc(const Analysis& a, size_t i, int head, std::string_view rel) {
  EXPECT_EQ(a.parse[i].head, head) << "token " << i;
  EXPECT_EQ(a.parse[i].deprel_name, rel) << "token " << i;
}

// (10) "Nigeria today announced ..." with "today" a second subject.
TEST(ClauseRepair, TimeWordAsASecondSubjectIsTheTime) {
  Analysis a = Build({{"Nigeria", kPROPN, 3, "nsubj", "Nigeria"},
                      {"today", kNOUN, 3, "nsubj", "today"},
                      {"announced", kVERB, 0, "root", "announce"},
                      {".", kPUNCT, 3, "punct", "."}});
  ReattachReportedClauses(&a);
  EXPECT_EQ(a.parse[0].deprel_name, "nsubj");
  EXPECT_EQ(a.parse[1].deprel_name, "obl:tmod");
  // A lone time-word subject stays one ("Today marks ...").
  Analysis b = Build({{"Today", kNOUN, 2, "nsubj", "today"},
                      {"marks", kVERB, 0, "root", "mark"},
                      {"anniversary", kNOUN, 2, "obj", "anniversary"}});
  ReattachReportedClauses(&b);
  EXPECT_EQ(b.parse[0].deprel_name, "nsubj");
}

// (9) "will withdraw their peacekeeping force from Chad" with "from Chad"
// under "force"; a "from" phrase of another verb's object stays.
TEST(ClauseRepair, WithdrawalsFromPhraseIsTheVerbs) {
  Analysis a = Build({{"Nigeria", kPROPN, 2, "nsubj", "Nigeria"},
                      {"withdrew", kVERB, 0, "root", "withdraw"},
                      {"its", kPRON, 5, "nmod:poss", "its"},
                      {"peacekeeping", kNOUN, 5, "compound", "peacekeeping"},
                      {"force", kNOUN, 2, "obj", "force"},
                      {"from", kADP, 7, "case", "from"},
                      {"Chad", kPROPN, 5, "nmod", "Chad"}});
  ReattachReportedClauses(&a);
  ExpectArc(a, 6, 2, "obl");
  Analysis b = Build({{"Iran", kPROPN, 2, "nsubj", "Iran"},
                      {"welcomed", kVERB, 0, "root", "welcome"},
                      {"envoys", kNOUN, 2, "obj", "envoy"},
                      {"from", kADP, 5, "case", "from"},
                      {"Chad", kPROPN, 3, "nmod", "Chad"}});
  ReattachReportedClauses(&b);
  EXPECT_EQ(b.parse[4].head, 3);
}

// (1) "said here Wednesday that the US must be ready to mediate" with the
// clause a ccomp of "Wednesday": it is what was said.
TEST(ClauseRepair, ThatClauseUnderATimeNounIsWhatWasSaid) {
  Analysis a = Build({{"Mubarak", kPROPN, 2, "nsubj", "Mubarak"},
                      {"said", kVERB, 0, "root", "say"},
                      {"Wednesday", kPROPN, 2, "obl:unmarked", "Wednesday"},
                      {"that", kSCONJ, 8, "mark", "that"},
                      {"the", kDET, 6, "det", "the"},
                      {"US", kPROPN, 8, "nsubj", "US"},
                      {"must", kAUX, 8, "aux", "must"},
                      {"ready", kADJ, 3, "ccomp", "ready"}});
  ReattachReportedClauses(&a);
  ExpectArc(a, 7, 2, "ccomp");
}

// (11) "Visiting a refugee camp, Bangladesh's prime minister demanded that
// Myanmar restore ...", the participle the root, the minister an apposition
// of the camp and "demanded" its complement.
TEST(ClauseRepair, OpeningParticipleGivesWayToTheFiniteVerb) {
  auto build = [](std::string_view verb_xpos, bool to) {
    return Build({{"Visiting", kVERB, 0, "root", "visit", "VBG"},
                  {"a", kDET, 3, "det", "a"},
                  {"camp", kNOUN, 1, "obj", "camp"},
                  {",", kPUNCT, 6, "punct", ","},
                  {"the", kDET, 6, "det", "the"},
                  {"minister", kNOUN, 3, "appos", "minister"},
                  {to ? "to" : "quickly", to ? kPART : kADV, 8, to ? "mark" : "advmod", to ? "to" : "quickly"},
                  {"demanded", kVERB, 1, "xcomp", "demand", verb_xpos},
                  {"talks", kNOUN, 8, "obj", "talk"}});
  };
  Analysis a = build("VBD", false);
  ReattachReportedClauses(&a);
  ExpectArc(a, 7, 0, "root");
  ExpectArc(a, 0, 8, "advcl");
  ExpectArc(a, 5, 8, "nsubj");
  // A base form with "to" is the participle's own complement: unchanged.
  Analysis b = build("VB", true);
  ReattachReportedClauses(&b);
  EXPECT_EQ(b.parse[0].head, 0);
  EXPECT_EQ(b.parse[7].deprel_name, "xcomp");
}

// (3) "Russian troops killed hundreds of civilians, Ukrainian officials
// said": "troops" a second subject of "said", "killed" an adjective of
// "hundreds", the object of "troops".
TEST(ClauseRepair, FragmentAsASecondSubjectOfAnAttributionIsTheClause) {
  auto build = [](bool own_subject) {
    return Build({{"troops", kNOUN, 7, "nsubj", "troops"},
                  {"killed", kVERB, 3, "amod", "kill", "VBD"},
                  {"hundreds", kNOUN, 1, "obj", "hundred"},
                  {",", kPUNCT, 7, "punct", ","},
                  {"Ukrainian", kADJ, 6, "amod", "Ukrainian"},
                  {"officials", kNOUN, 7, own_subject ? "nsubj" : "obj", "official"},
                  {"said", kVERB, 0, "root", "say", "VBD"}});
  };
  Analysis a = build(true);
  ReattachReportedClauses(&a);
  ExpectArc(a, 1, 7, "ccomp");
  ExpectArc(a, 0, 2, "nsubj");
  ExpectArc(a, 2, 2, "obj");
  // The only subject of "said" is its own.
  Analysis b = build(false);
  ReattachReportedClauses(&b);
  EXPECT_EQ(b.parse[1].deprel_name, "amod");
  EXPECT_EQ(b.parse[0].head, 7);
}

// (2) "Al Shabaab gunmen killed at least 48 people ..., Kenyan police said"
// with "gunmen" and "people" both complements of "said" and "killed" a
// participle of the gunmen.
TEST(ClauseRepair, ComplementNounWithAParticipleIsTheReportedClause) {
  Analysis a = Build({{"gunmen", kNOUN, 8, "ccomp", "gunman"},
                      {"killed", kVERB, 1, "acl", "kill", "VBN"},
                      {"48", kNUM, 4, "nummod", "48"},
                      {"people", kNOUN, 8, "ccomp", "people"},
                      {",", kPUNCT, 8, "punct", ","},
                      {"Kenyan", kADJ, 7, "amod", "Kenyan"},
                      {"police", kNOUN, 8, "nsubj", "police"},
                      {"said", kVERB, 0, "root", "say", "VBD"}});
  ReattachReportedClauses(&a);
  ExpectArc(a, 1, 8, "ccomp");
  ExpectArc(a, 0, 2, "nsubj");
  ExpectArc(a, 3, 2, "obj");
}

// (9) "delivered $50,000 worth of goods to Iraq" with "worth" an adjective
// complement of the verb and "to Iraq" under "goods".
TEST(ClauseRepair, GiftsRecipientPastAnAdjectiveComplementIsTheVerbs) {
  Analysis a = Build({{"They", kPRON, 2, "nsubj", "they"},
                      {"delivered", kVERB, 0, "root", "deliver", "VBD"},
                      {"$", kSYM, 2, "obj", "$"},
                      {"worth", kADJ, 2, "xcomp", "worth"},
                      {"of", kADP, 6, "case", "of"},
                      {"goods", kNOUN, 4, "obl", "goods"},
                      {"to", kADP, 8, "case", "to"},
                      {"Iraq", kPROPN, 6, "nmod", "Iraq"}});
  ReattachReportedClauses(&a);
  ExpectArc(a, 7, 2, "obl");
}

// (12) "Brazil welcomed the aid offered to Peru by the World Bank" with "the
// aid offered ..." a that-less clause: a participle with its "by" agent.
TEST(ClauseRepair, PastFormWithAByAgentAfterItsNounIsAParticiple) {
  Analysis a = Build({{"Brazil", kPROPN, 2, "nsubj", "Brazil"},
                      {"welcomed", kVERB, 0, "root", "welcome", "VBD"},
                      {"aid", kNOUN, 4, "nsubj", "aid"},
                      {"offered", kVERB, 2, "ccomp", "offer", "VBD"},
                      {"by", kADP, 7, "case", "by"},
                      {"the", kDET, 7, "det", "the"},
                      {"Bank", kPROPN, 4, "obl", "Bank"}});
  ReattachReportedClauses(&a);
  ExpectArc(a, 2, 2, "obj");
  ExpectArc(a, 3, 3, "acl");
  EXPECT_EQ(a.parse[6].deprel_name, "obl:agent");
  // With an object of its own the past form is a clause ("said the army
  // shelled the town by night" keeps its parse).
  Analysis b = Build({{"He", kPRON, 2, "nsubj", "he"},
                      {"said", kVERB, 0, "root", "say", "VBD"},
                      {"army", kNOUN, 4, "nsubj", "army"},
                      {"shelled", kVERB, 2, "ccomp", "shell", "VBD"},
                      {"town", kNOUN, 4, "obj", "town"},
                      {"by", kADP, 7, "case", "by"},
                      {"night", kNOUN, 4, "obl", "night"}});
  ReattachReportedClauses(&b);
  EXPECT_EQ(b.parse[3].deprel_name, "ccomp");
}

// RepairMalformedClauses: a title and its name as two subjects; a past form
// after "and" read as its object's adjective.
TEST(ClauseRepair, TitleAndNameSubjectsAndAConjunctVerbReadAsAnAdjective) {
  Analysis a = Build({{"Gryffindor", kPROPN, 3, "nmod:poss", "Gryffindor"},
                      {"'s", kPART, 1, "case", "'s"},
                      {"head", kNOUN, 6, "nsubj", "head"},
                      {"Minerva", kPROPN, 6, "nsubj", "Minerva"},
                      {"McGonagall", kPROPN, 4, "flat", "McGonagall"},
                      {"left", kVERB, 0, "root", "leave", "VBD"}});
  RepairMalformedClauses(&a);
  ExpectArc(a, 3, 3, "appos");
  EXPECT_EQ(a.parse[2].deprel_name, "nsubj");
  Analysis b = Build({{"Arnor", kPROPN, 2, "nsubj", "Arnor"},
                      {"condemned", kVERB, 0, "root", "condemn", "VBD"},
                      {"attack", kNOUN, 2, "obj", "attack"},
                      {"Thursday", kPROPN, 3, "nmod", "Thursday"},
                      {"and", kCCONJ, 6, "cc", "and"},
                      {"promised", kVERB, 7, "amod", "promise", "VBN"},
                      {"raids", kNOUN, 4, "obj", "raid"}});
  RepairMalformedClauses(&b);
  ExpectArc(b, 5, 2, "conj");
  ExpectArc(b, 6, 6, "obj");
  // Coordinated adjectives stay: "the big and feared army".
  Analysis c = Build({{"Arnor", kPROPN, 2, "nsubj", "Arnor"},
                      {"fought", kVERB, 0, "root", "fight", "VBD"},
                      {"big", kADJ, 6, "amod", "big"},
                      {"and", kCCONJ, 5, "cc", "and"},
                      {"feared", kADJ, 3, "conj", "feared", "JJ"},
                      {"army", kNOUN, 2, "obj", "army"}});
  RepairMalformedClauses(&c);
  EXPECT_EQ(c.parse[4].deprel_name, "conj");
  EXPECT_EQ(c.parse[4].head, 3);
}

// "Gondor is not considering offering wheat to Rohan, officials said" with
// "offering" a second clause of "said".
TEST(ClauseRepair, GerundAfterAVerbThatTakesOneIsItsComplement) {
  Analysis a = Build({{"Gondor", kPROPN, 4, "nsubj", "Gondor"},
                      {"is", kAUX, 4, "aux", "be", "VBZ"},
                      {"not", kPART, 4, "advmod", "not"},
                      {"considering", kVERB, 11, "ccomp", "consider", "VBG"},
                      {"offering", kVERB, 11, "ccomp", "offer", "VBG"},
                      {"wheat", kNOUN, 5, "obj", "wheat"},
                      {"to", kADP, 8, "case", "to"},
                      {"Rohan", kPROPN, 5, "obl", "Rohan"},
                      {",", kPUNCT, 5, "punct", ","},
                      {"officials", kNOUN, 11, "nsubj", "official"},
                      {"said", kVERB, 0, "root", "say", "VBD"}});
  RepairMalformedClauses(&a);
  ExpectArc(a, 4, 4, "xcomp");
  // A gerund with a subject of its own is a clause: "denied Rohan attacking"
  // is not touched when the parse gives the gerund a subject.
  Analysis b = Build({{"Gondor", kPROPN, 2, "nsubj", "Gondor"},
                      {"said", kVERB, 0, "root", "say", "VBD"},
                      {"considering", kVERB, 2, "advcl", "consider", "VBG"},
                      {"shelling", kVERB, 2, "ccomp", "shell", "VBG"},
                      {"Rohan", kPROPN, 4, "nsubj", "Rohan"}});
  RepairMalformedClauses(&b);
  ExpectArc(b, 3, 2, "ccomp");
}

// (13) "The radio said a Gondorian delegation, which visited Osgiliath,
// promised the people maize" with the delegation the object of "said" and
// "promised" its second verb.
TEST(ClauseRepair, ObjectOfSaidAndASecondVerbAreTheReportedClause) {
  Analysis a = Build({{"radio", kNOUN, 2, "nsubj", "radio"},
                      {"said", kVERB, 0, "root", "say", "VBD"},
                      {"a", kDET, 4, "det", "a"},
                      {"delegation", kNOUN, 2, "obj", "delegation"},
                      {",", kPUNCT, 7, "punct", ","},
                      {"which", kPRON, 7, "nsubj", "which"},
                      {"visited", kVERB, 4, "acl:relcl", "visit", "VBD"},
                      {"Osgiliath", kPROPN, 7, "obj", "Osgiliath"},
                      {",", kPUNCT, 2, "punct", ","},
                      {"promised", kVERB, 2, "conj", "promise", "VBD"},
                      {"people", kNOUN, 10, "obj", "people"}});
  ReattachReportedClauses(&a);
  ExpectArc(a, 3, 10, "nsubj");
  ExpectArc(a, 9, 2, "ccomp");
  ExpectArc(a, 8, 10, "punct");
  // A second verb after "and" is the speaker's own: "said a word and left".
  Analysis b = Build({{"radio", kNOUN, 2, "nsubj", "radio"},
                      {"said", kVERB, 0, "root", "say", "VBD"},
                      {"prayers", kNOUN, 2, "obj", "prayer"},
                      {"and", kCCONJ, 5, "cc", "and"},
                      {"left", kVERB, 2, "conj", "leave", "VBD"}});
  ReattachReportedClauses(&b);
  ExpectArc(b, 2, 2, "obj");
  ExpectArc(b, 4, 2, "conj");
}

// A to-infinitive conjunct hung on an adjective deep inside the first
// infinitive's phrase: "Mordor failed to keep a pledge to end raids at less
// than cost and to open its gates" had "open" a conjunct of "less".
TEST(ClauseRepair, InfinitiveConjunctOnANonVerbJoinsTheInfinitiveAboveIt) {
  Analysis a = Build({{"Mordor", kPROPN, 2, "nsubj", "Mordor"},
                      {"failed", kVERB, 0, "root", "fail", "VBD"},
                      {"to", kPART, 4, "mark", "to"},
                      {"keep", kVERB, 2, "xcomp", "keep", "VB"},
                      {"a", kDET, 6, "det", "a"},
                      {"pledge", kNOUN, 4, "obj", "pledge"},
                      {"to", kPART, 8, "mark", "to"},
                      {"end", kVERB, 6, "acl", "end", "VB"},
                      {"raids", kNOUN, 8, "obj", "raid"},
                      {"at", kADP, 11, "case", "at"},
                      {"less", kADJ, 9, "nmod", "less", "JJR"},
                      {"than", kADP, 13, "case", "than"},
                      {"cost", kNOUN, 11, "obl", "cost"},
                      {"and", kCCONJ, 16, "cc", "and"},
                      {"to", kPART, 16, "mark", "to"},
                      {"open", kVERB, 11, "conj", "open", "VB"},
                      {"its", kPRON, 18, "nmod:poss", "its"},
                      {"gates", kNOUN, 16, "obj", "gate"}});
  RepairMalformedClauses(&a);
  ExpectArc(a, 15, 8, "conj");
  // A conjunct of a verb stays where it is: "to keep ... and to open".
  Analysis b = Build({{"Mordor", kPROPN, 2, "nsubj", "Mordor"},
                      {"failed", kVERB, 0, "root", "fail", "VBD"},
                      {"to", kPART, 4, "mark", "to"},
                      {"keep", kVERB, 2, "xcomp", "keep", "VB"},
                      {"promises", kNOUN, 4, "obj", "promise"},
                      {"and", kCCONJ, 8, "cc", "and"},
                      {"to", kPART, 8, "mark", "to"},
                      {"open", kVERB, 4, "conj", "open", "VB"}});
  RepairMalformedClauses(&b);
  ExpectArc(b, 7, 4, "conj");
  // No infinitive above: left alone ("plans for roads and to open gates").
  Analysis c = Build({{"Mordor", kPROPN, 2, "nsubj", "Mordor"},
                      {"announced", kVERB, 0, "root", "announce", "VBD"},
                      {"plans", kNOUN, 2, "obj", "plan"},
                      {"and", kCCONJ, 6, "cc", "and"},
                      {"to", kPART, 6, "mark", "to"},
                      {"open", kVERB, 3, "conj", "open", "VB"},
                      {"gates", kNOUN, 6, "obj", "gate"}});
  RepairMalformedClauses(&c);
  ExpectArc(c, 5, 3, "conj");
}

// (2) "U.S. warships attacked an Iranian platform, Defense Secretary Caspar
// Weinberger said" with "warships" the subject of "said", "attacked" their
// participle and the speaker an apposition of the platform.
TEST(ClauseRepair, FragmentSubjectOfSaidWithTheSpeakerHungElsewhere) {
  Analysis a = Build({{"warships", kNOUN, 8, "nsubj", "warship"},
                      {"attacked", kVERB, 1, "acl", "attack", "VBN"},
                      {"an", kDET, 4, "det", "a"},
                      {"platform", kNOUN, 2, "obj", "platform"},
                      {",", kPUNCT, 6, "punct", ","},
                      {"Secretary", kPROPN, 4, "appos", "Secretary"},
                      {"Weinberger", kPROPN, 6, "flat", "Weinberger"},
                      {"said", kVERB, 0, "root", "say", "VBD"}});
  ReattachReportedClauses(&a);
  ExpectArc(a, 1, 8, "ccomp");
  ExpectArc(a, 0, 2, "nsubj");
  ExpectArc(a, 5, 8, "nsubj");
}

// "a telephone call from French President Jacques Chirac": the preposition
// hung on the title is the name's, and a name with a preposition is no
// apposition (nor, before "the agency said", that verb's subject).
TEST(ClauseRepair, PrepositionOnATitleIsTheNamesOwn) {
  Analysis a = Build({{"King", kPROPN, 2, "nsubj", "King"},
                      {"received", kVERB, 0, "root", "receive", "VBD"},
                      {"a", kDET, 4, "det", "a"},
                      {"call", kNOUN, 2, "obj", "call"},
                      {"from", kADP, 7, "case", "from"},
                      {"French", kADJ, 7, "amod", "French"},
                      {"President", kPROPN, 8, "nmod:desc", "President"},
                      {"Jacques", kPROPN, 4, "appos", "Jacques"},
                      {"Chirac", kPROPN, 8, "flat", "Chirac"}});
  RepairMalformedClauses(&a);
  ExpectArc(a, 4, 8, "case");
  ExpectArc(a, 7, 4, "nmod");
  ExpectArc(a, 6, 8, "nmod:desc");
  // The name made the subject of a later "said": the noun before the
  // preposition takes the phrase back.
  Analysis b = Build({{"King", kPROPN, 2, "nsubj", "King"},
                      {"received", kVERB, 8, "ccomp", "receive", "VBD"},
                      {"a", kDET, 4, "det", "a"},
                      {"call", kNOUN, 2, "obj", "call"},
                      {"from", kADP, 6, "case", "from"},
                      {"President", kPROPN, 7, "nmod:desc", "President"},
                      {"Chirac", kPROPN, 8, "nsubj", "Chirac"},
                      {"said", kVERB, 0, "root", "say", "VBD"}});
  RepairMalformedClauses(&b);
  ExpectArc(b, 4, 7, "case");
  ExpectArc(b, 6, 4, "nmod");
  // A name with a preposition of its own keeps it; the title's stays.
  Analysis c = Build({{"met", kVERB, 0, "root", "meet", "VBD"},
                      {"with", kADP, 3, "case", "with"},
                      {"President", kPROPN, 5, "nmod:desc", "President"},
                      {"in", kADP, 5, "case", "in"},
                      {"Chirac", kPROPN, 1, "obl", "Chirac"}});
  RepairMalformedClauses(&c);
  ExpectArc(c, 1, 3, "case");
  ExpectArc(c, 4, 1, "obl");
}

// "Russian Foreign Minister Sergei Lavrov said ..." with the opening
// nationality read as the root and "said" its dependent: the adjective is
// the title's and the verb the root.
TEST(ClauseRepair, OpeningNationalityBeforeATitleIsTheTitlesAdjective) {
  Analysis a = Build({{"Russian", kADJ, 0, "root", "Russian", "JJ"},
                      {"Foreign", kADJ, 3, "amod", "foreign", "JJ"},
                      {"Minister", kPROPN, 4, "nmod:desc", "Minister"},
                      {"Sergei", kPROPN, 6, "nsubj", "Sergei"},
                      {"Lavrov", kPROPN, 4, "flat", "Lavrov"},
                      {"said", kVERB, 1, "parataxis", "say", "VBD"},
                      {"the", kDET, 8, "det", "the"},
                      {"talks", kNOUN, 9, "nsubj", "talk"},
                      {"failed", kVERB, 6, "ccomp", "fail", "VBD"},
                      {".", kPUNCT, 1, "punct", "."}});
  a.tokens[0].flags |= kTokCapitalized;
  a.tokens[2].flags |= kTokCapitalized;
  RepairMalformedClauses(&a);
  ExpectArc(a, 0, 3, "amod");
  ExpectArc(a, 5, 0, "root");
  ExpectArc(a, 9, 6, "punct");
  ExpectArc(a, 3, 6, "nsubj");
  // Read as a clause of the verb instead ("ccomp"): the same adjective.
  Analysis b = Build({{"German", kADJ, 4, "ccomp", "German", "JJ"},
                      {"Chancellor", kPROPN, 3, "nmod:desc", "Chancellor"},
                      {"Olaf", kPROPN, 4, "nsubj", "Olaf"},
                      {"said", kVERB, 0, "root", "say", "VBD"},
                      {"it", kPRON, 4, "obj", "it"}});
  b.tokens[0].flags |= kTokCapitalized;
  b.tokens[1].flags |= kTokCapitalized;
  RepairMalformedClauses(&b);
  ExpectArc(b, 0, 2, "amod");
  // An adjective that is already a modifier stays.
  Analysis c = Build({{"Russian", kADJ, 2, "amod", "Russian", "JJ"},
                      {"troops", kNOUN, 3, "nsubj", "troop"},
                      {"left", kVERB, 0, "root", "leave", "VBD"},
                      {"Syria", kPROPN, 3, "obj", "Syria"}});
  c.tokens[0].flags |= kTokCapitalized;
  RepairMalformedClauses(&c);
  ExpectArc(c, 0, 2, "amod");
  ExpectArc(c, 2, 0, "root");
}

// "supplied weapons to rebels fighting the army": the participle read as the
// verb's adverbial clause is the group's; after a comma it stays the verb's.
TEST(ClauseRepair, ParticipleAfterAnArmedGroupIsTheGroups) {
  Analysis a = Build({{"Rwanda", kPROPN, 2, "nsubj", "Rwanda"},
                      {"supplied", kVERB, 0, "root", "supply", "VBD"},
                      {"weapons", kNOUN, 2, "obj", "weapon"},
                      {"to", kADP, 5, "case", "to"},
                      {"rebels", kNOUN, 3, "nmod", "rebel"},
                      {"fighting", kVERB, 2, "advcl", "fight", "VBG"},
                      {"the", kDET, 8, "det", "the"},
                      {"army", kNOUN, 6, "obj", "army"}});
  RepairMalformedClauses(&a);
  ExpectArc(a, 5, 5, "acl");
  Analysis b = Build({{"troops", kNOUN, 2, "nsubj", "troop"},
                      {"attacked", kVERB, 0, "root", "attack", "VBD"},
                      {"rebels", kNOUN, 2, "obj", "rebel"},
                      {",", kPUNCT, 5, "punct", ","},
                      {"killing", kVERB, 2, "advcl", "kill", "VBG"},
                      {"civilians", kNOUN, 5, "obj", "civilian"}});
  RepairMalformedClauses(&b);
  ExpectArc(b, 4, 2, "advcl");
}

// "The UN Human Rights Council set up": "Council" labelled an auxiliary and
// "UN" the passive subject; the noun is the subject and "UN" its compound.
TEST(ClauseRepair, NounLabelledAnAuxiliaryIsTheSubject) {
  Analysis a = Build({{"The", kDET, 5, "det", "the"},
                      {"UN", kPROPN, 6, "nsubj:pass", "UN"},
                      {"Human", kADJ, 5, "amod", "human"},
                      {"Rights", kADJ, 5, "amod", "rights"},
                      {"Council", kPROPN, 6, "aux:pass", "Council"},
                      {"set", kVERB, 0, "root", "set", "VBN"},
                      {"commission", kNOUN, 6, "obj", "commission"}});
  RepairMalformedClauses(&a);
  ExpectArc(a, 4, 6, "nsubj");
  ExpectArc(a, 1, 5, "compound");
}

TEST(ClauseRepair, FromPhraseAfterAPassivesAgentIsTheAgents) {
  Analysis a = Build({{"Gandhi", kPROPN, 3, "nsubj:pass", "Gandhi"},
                      {"was", kAUX, 3, "aux:pass", "be"},
                      {"assassinated", kVERB, 0, "root", "assassinate", "VBN"},
                      {"by", kADP, 6, "case", "by"},
                      {"a", kDET, 6, "det", "a"},
                      {"bomber", kNOUN, 3, "obl:agent", "bomber"},
                      {"from", kADP, 10, "case", "from"},
                      {"Lanka", kPROPN, 10, "nmod:poss", "Lanka"},
                      {"'s", kPART, 8, "case", "'s"},
                      {"rebels", kNOUN, 3, "obl", "rebel"},
                      {"at", kADP, 12, "case", "at"},
                      {"rally", kNOUN, 3, "obl", "rally"}});
  RepairMalformedClauses(&a);
  ExpectArc(a, 9, 6, "nmod");
  ExpectArc(a, 11, 3, "obl");  // (the place stays the verb's)
  // (A place left before the agent stays the verb's.)
  Analysis b = Build({{"villagers", kNOUN, 3, "nsubj:pass", "villager"},
                      {"were", kAUX, 3, "aux:pass", "be"},
                      {"driven", kVERB, 0, "root", "drive", "VBN"},
                      {"from", kADP, 5, "case", "from"},
                      {"town", kNOUN, 3, "obl", "town"},
                      {"by", kADP, 7, "case", "by"},
                      {"rebels", kNOUN, 3, "obl:agent", "rebel"}});
  RepairMalformedClauses(&b);
  ExpectArc(b, 4, 3, "obl");
}

}  // namespace
}  // namespace dyad::events
