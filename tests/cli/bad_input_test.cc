// Bad input: each problem gets one clear message naming file and line, the
// other articles are still coded, and the exit status is non-zero.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli/run_cli.h"

namespace dyad::testing {
namespace {

std::string Write(const std::string& name, const std::string& content) {
  auto dir = std::filesystem::temp_directory_path() / ("dyad_bad_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto p = dir / name;
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

const char* kGood = "{\"id\":\"good\",\"date\":\"20240101\",\"title\":\"Russia urges Armenia to talk\",\"text\":\"x.\"}";

TEST(BadInput, EveryProblemNamedAndOthersStillCoded) {
  std::string big = "{\"id\":\"huge\",\"text\":\"" + std::string(50u << 20, 'a') + "\"}";
  std::string jsonl = Write("mixed.jsonl", std::string(kGood) + "\n{\"id\":\"broken\",\n" + big + "\n" +
                                               "{\"id\":\"empty\",\"text\":\"\"}\n" + kGood + "\n");
  std::string badutf = Write("bad.txt", "Headline\n\nArmenia \xFF\xFE thanks Russia.\n");
  std::string empty = Write("empty.txt", "\n\n");
  std::string good = std::string(DYAD_SOURCE_DIR) + "/examples/mediamax-russia-urges-armenia.txt";
  CliResult r = RunDyad("code --stats /nonexistent/missing.txt " + jsonl + " " + badutf + " " + empty +
                        " " + good);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("/nonexistent/missing.txt: cannot open"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:2: malformed JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:3: line longer than"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:4: field \"text\": empty article"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad.txt:3: invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.txt:1: empty article"), std::string::npos) << r.err;
  // The good records: two JSONL articles and the example file.
  EXPECT_NE(r.err.find("articles=3 "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("errors=6 "), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc_id\":\"mediamax-russia-urges-armenia\""), std::string::npos);
  EXPECT_NE(r.out.find("\"doc_id\":\"good\""), std::string::npos);
  std::filesystem::remove_all(std::filesystem::path(jsonl).parent_path());
}

TEST(BadInput, UnknownOptionsAreRejected) {
  CliResult r = RunDyad("code --in-format pdf x.txt");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("--in-format"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad::testing
