// Helpers shared by the field-dictionary coder tests: a scratch directory for
// dictionary fixtures, and events as sorted "SOURCE/TARGET/CODE" strings.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

#include "dyad/lexicon.h"
#include "dyad/pipeline.h"
#include "scratch_dir.h"
#include "validate/validate.h"

namespace dyad::testing {

// A per-process scratch directory named after the test binary's `tag`.
inline std::string FixtureDir(const std::string& tag) { return ScratchDir(tag).string(); }

inline void WriteFile(const std::string& path, const std::string& s) { std::ofstream(path, std::ios::binary) << s; }

// A PETRARCH-format field lexicon read from `dir`: verbs.txt and actors.txt, and
// agents.txt / discards.txt where the fixture wrote them.
inline std::shared_ptr<Lexicon> LoadPetrarchFixture(const std::string& dir, Lexicon::Dialect dialect,
                                                    std::vector<DictProblem>* problems) {
  auto lex = std::make_shared<Lexicon>();
  lex->field_format = true;
  lex->dialect = dialect;
  EXPECT_TRUE(LoadPetrarchVerbs(dir + "/verbs.txt", lex.get(), problems).ok());
  EXPECT_TRUE(LoadPetrarchActors(dir + "/actors.txt", lex.get(), problems).ok());
  if (std::filesystem::exists(dir + "/agents.txt")) {
    EXPECT_TRUE(LoadPetrarchAgents(dir + "/agents.txt", lex.get(), problems).ok());
  }
  if (std::filesystem::exists(dir + "/discards.txt")) {
    EXPECT_TRUE(LoadPetrarchDiscards(dir + "/discards.txt", lex.get(), problems).ok());
  }
  lex->Finalize();
  return lex;
}

// The events a pipeline codes from `text` (one document dated `date`).
inline std::vector<std::string> CodeTriples(const Pipeline& p, const std::string& text, const std::string& date) {
  auto w = p.NewWorker();
  Document doc;
  doc.id = "t";
  doc.date = date;
  doc.text = text;
  std::vector<Event> events;
  EXPECT_TRUE(w->Code(doc, &events).ok());
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.source + "/" + e.target + "/" + e.code);
  std::sort(out.begin(), out.end());
  return out;
}

// A record coded from a hand-written CoNLL-U parse, one row per word:
// "form UPOS head deprel [lemma]" (lemma: the form unless given).
inline validate::Record ParsedRecord(const std::vector<std::string>& rows, const std::string& date) {
  validate::Record r;
  r.id = "t";
  r.date = date;
  int i = 0;
  for (const auto& row : rows) {
    std::vector<std::string> f;
    for (size_t a = 0, b; a <= row.size(); a = b + 1) {
      b = row.find(' ', a);
      if (b == std::string::npos) b = row.size();
      f.push_back(row.substr(a, b - a));
    }
    // (The relation is the fourth field; a fifth is the lemma.)
    const std::string lemma = f.size() > 4 ? f[4] : f[0];
    r.parse += std::to_string(++i) + "\t" + f[0] + "\t" + lemma + "\t" + f[1] + "\t_\t_\t" + f[2] + "\t" + f[3] +
               "\t_\t_\n";
  }
  r.parse_is_conllu = true;
  return r;
}

// The events a validation runner codes for record `r`.
inline std::vector<std::string> GotTriples(validate::Runner& runner, const validate::Record& r) {
  std::vector<std::string> out;
  for (const auto& t : runner.Run(r).got) out.push_back(t.ToString());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dyad::testing
