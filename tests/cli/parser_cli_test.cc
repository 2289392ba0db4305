// `dyad prune-parser`: a pruned copy of the bundled model is smaller, loads and
// parses; a missing input is an error naming the file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "run_cli.h"

namespace dyad::testing {
namespace {

const std::string kModel = std::string(DYAD_SOURCE_DIR) + "/data/models/en_ewt.dyadparse";

TEST(ParserCli, PruneParserWritesASmallerModelThatStillParses) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string out = (dir / ("dyad_pruned_" + std::to_string(::getpid()) + ".dyadparse")).string();
  CliResult r = RunDyad("prune-parser --model " + kModel + " --out " + out + " --tagger 3 --parser 3");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("wrote " + out), std::string::npos) << r.out;
  EXPECT_LT(std::filesystem::file_size(out), std::filesystem::file_size(kModel));

  const std::string text = (dir / ("dyad_pruned_in_" + std::to_string(::getpid()) + ".txt")).string();
  std::ofstream(text) << "Russia urges Armenia not to trust the West.\n";
  CliResult p = RunDyad("parse --model " + out + " " + text);
  ASSERT_EQ(p.status, 0) << p.err;
  int words = 0, roots = 0;
  std::istringstream lines(p.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    ++words;
    roots += line.find("\t0\troot\t") != std::string::npos;
  }
  EXPECT_EQ(words, 9);
  EXPECT_EQ(roots, 1);
  std::filesystem::remove(out);
  std::filesystem::remove(text);
}

// Raw text to CoNLL-U: a split clitic or contraction is written as a UD
// multiword token over its words, with SpaceAfter on the token line; the
// output reads back as valid CoNLL-U.
TEST(ParserCli, ParseWritesMultiwordTokensForSplitClitics) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string text = (dir / ("dyad_mwt_in_" + std::to_string(::getpid()) + ".txt")).string();
  std::ofstream(text) << "They don't trust Russia's leaders.\n";
  CliResult p = RunDyad("parse " + text);
  ASSERT_EQ(p.status, 0) << p.err;
  std::vector<std::string> first_columns;
  std::istringstream lines(p.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    const size_t tab2 = line.find('\t', tab + 1);
    first_columns.push_back(line.substr(0, tab2));
    if (line.starts_with("5-6\t")) EXPECT_TRUE(line.ends_with("\t_")) << line;  // a space follows "Russia's"
  }
  EXPECT_EQ(first_columns, (std::vector<std::string>{"1\tThey", "2-3\tdon't", "2\tdo", "3\tn't", "4\ttrust",
                                                     "5-6\tRussia's", "5\tRussia", "6\t's", "7\tleaders",
                                                     "8\t."}));
  // ... and reads back: --pretokenized keeps the token lines.
  const std::string conllu = text + ".conllu";
  std::ofstream(conllu) << p.out;
  CliResult back = RunDyad("parse --pretokenized " + conllu);
  ASSERT_EQ(back.status, 0) << back.err;
  EXPECT_NE(back.out.find("\n2-3\tdon't\t"), std::string::npos) << back.out;
  std::filesystem::remove(conllu);
  std::filesystem::remove(text);
}

// A tiny model from the unit-test treebank (another tag numbering than the
// bundled model's): one epoch each, no jackknife.
CliResult TrainTinyModel(const std::string& out, const std::string& extra = "") {
  const std::string small = std::string(DYAD_SOURCE_DIR) + "/tests/parse/testdata/small.conllu";
  return RunDyad("train-parser --train " + small + " --dev " + small + " --out " + out +
                 " --iterations 1 --tagger-iterations 1 --folds 0" + extra);
}

// --tagger-from: a model's own tagger gives back the same parses; a tagger
// whose joint tags are numbered otherwise (a tiny model trained on another
// treebank) is refused, since the parser's features read tag ids.
TEST(ParserCli, PruneParserTakesATaggerOnlyWithTheSameTagSet) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string pid = std::to_string(::getpid());
  const std::string same = (dir / ("dyad_same_tagger_" + pid + ".dyadparse")).string();
  CliResult r = RunDyad("prune-parser --model " + kModel + " --tagger-from " + kModel + " --out " + same);
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string text = (dir / ("dyad_same_tagger_in_" + pid + ".txt")).string();
  std::ofstream(text) << "Russia urges Armenia not to trust the West.\n";
  CliResult a = RunDyad("parse --model " + kModel + " " + text);
  CliResult b = RunDyad("parse --model " + same + " " + text);
  ASSERT_EQ(a.status, 0) << a.err;
  EXPECT_EQ(a.out, b.out);

  const std::string tiny = (dir / ("dyad_tiny_tagger_" + pid + ".dyadparse")).string();
  CliResult t = TrainTinyModel(tiny);
  ASSERT_EQ(t.status, 0) << t.err;
  const std::string never = (dir / ("dyad_never_" + pid + ".dyadparse")).string();
  CliResult m = RunDyad("prune-parser --model " + kModel + " --tagger-from " + tiny + " --out " + never);
  EXPECT_EQ(m.status, 2);
  EXPECT_NE(m.err.find("tag set differs"), std::string::npos) << m.err;
  EXPECT_NE(m.err.find(tiny), std::string::npos) << m.err;
  EXPECT_FALSE(std::filesystem::exists(never));
  for (const std::string& f : {same, text, tiny}) std::filesystem::remove(f);
}

// A model added to itself is the same model (twice the weights, the same
// decisions); a model with other tags and labels cannot be added.
TEST(ParserCli, PruneParserAddsOnlyModelsWithTheSameTagsAndLabels) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string pid = std::to_string(::getpid());
  const std::string twice = (dir / ("dyad_twice_" + pid + ".dyadparse")).string();
  CliResult r = RunDyad("prune-parser --model " + kModel + " --add " + kModel + " --tagger-from " + kModel +
                        " --out " + twice);
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string text = (dir / ("dyad_twice_in_" + pid + ".txt")).string();
  std::ofstream(text) << "Russia urges Armenia not to trust the West.\n"
                         "Mikhail Galuzin, Russia's deputy foreign minister, accused Washington and its allies of "
                         "trying to drag Armenia into a confrontation.\n";
  CliResult a = RunDyad("parse --model " + kModel + " " + text);
  CliResult b = RunDyad("parse --model " + twice + " " + text);
  ASSERT_EQ(a.status, 0) << a.err;
  EXPECT_EQ(a.out, b.out);

  const std::string tiny = (dir / ("dyad_tiny_add_" + pid + ".dyadparse")).string();
  CliResult t = TrainTinyModel(tiny);
  ASSERT_EQ(t.status, 0) << t.err;
  const std::string never = (dir / ("dyad_never_add_" + pid + ".dyadparse")).string();
  CliResult m = RunDyad("prune-parser --model " + kModel + " --add " + tiny + " --out " + never);
  EXPECT_EQ(m.status, 2);
  EXPECT_NE(m.err.find("tag set or relation labels differ"), std::string::npos) << m.err;
  EXPECT_FALSE(std::filesystem::exists(never));
  for (const std::string& f : {twice, text, tiny}) std::filesystem::remove(f);
}

// The tagger entries a prune-parser run reports ("tagger N features / M entries").
size_t TaggerEntries(const std::string& out) {
  const size_t at = out.find(" features / ");
  return at == std::string::npos ? 0 : std::stoul(out.substr(at + 12));
}

// With --tagger-from, --add sums only the parsers: the output's tagger is
// that model's, so pruning it keeps what pruning the model alone keeps (a
// summed tagger, its weights doubled, keeps more); and a beam tagger, which
// cannot be added, can be kept so.
TEST(ParserCli, PruneParserTaggerFromKeepsThatTaggerWhenAdding) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string pid = std::to_string(::getpid());
  const std::string tiny = (dir / ("dyad_tiny_greedy_" + pid + ".dyadparse")).string();
  const std::string beam = (dir / ("dyad_tiny_beam_" + pid + ".dyadparse")).string();
  const std::string out = (dir / ("dyad_tagger_from_" + pid + ".dyadparse")).string();
  ASSERT_EQ(TrainTinyModel(tiny).status, 0);
  ASSERT_EQ(TrainTinyModel(beam, " --tagger-beam 2").status, 0);
  const std::string prune = " --tagger 0.3 --out " + out;
  CliResult alone = RunDyad("prune-parser --model " + tiny + prune);
  ASSERT_EQ(alone.status, 0) << alone.err;
  CliResult kept = RunDyad("prune-parser --model " + tiny + " --add " + tiny + " --tagger-from " + tiny + prune);
  ASSERT_EQ(kept.status, 0) << kept.err;
  CliResult summed = RunDyad("prune-parser --model " + tiny + " --add " + tiny + prune);
  ASSERT_EQ(summed.status, 0) << summed.err;
  EXPECT_GT(TaggerEntries(alone.out), 0u) << alone.out;
  EXPECT_EQ(TaggerEntries(kept.out), TaggerEntries(alone.out)) << kept.out;
  EXPECT_GT(TaggerEntries(summed.out), TaggerEntries(alone.out)) << summed.out;
  CliResult refused = RunDyad("prune-parser --model " + tiny + " --add " + beam + " --out " + out);
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("beam taggers cannot be added"), std::string::npos) << refused.err;
  CliResult beam_kept = RunDyad("prune-parser --model " + tiny + " --add " + beam + " --tagger-from " + beam +
                                " --out " + out);
  EXPECT_EQ(beam_kept.status, 0) << beam_kept.err;
  for (const std::string& f : {tiny, beam, out}) std::filesystem::remove(f);
}

TEST(ParserCli, PruneParserNamesAMissingModel) {
  CliResult r = RunDyad("prune-parser --model /nonexistent/model.dyadparse --out /tmp/never.dyadparse");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("/nonexistent/model.dyadparse"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists("/tmp/never.dyadparse"));
}

}  // namespace
}  // namespace dyad::testing
