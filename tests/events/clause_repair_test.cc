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
    a.parse.push_back(p);
  }
  Sentence s;
  s.first_token = 0;
  s.num_tokens = static_cast<uint32_t>(words.size());
  a.sentences.push_back(s);
  return a;
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
  EXPECT_EQ(a.parse[6].head, 2);
  EXPECT_EQ(a.parse[6].deprel_name, "obl");
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
  EXPECT_EQ(a.parse[7].head, 2);
  EXPECT_EQ(a.parse[7].deprel_name, "ccomp");
}

}  // namespace
}  // namespace dyad::events
