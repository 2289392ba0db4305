// `dyad code -j 2` must print exactly the bytes of `-j 1`.
#include <gtest/gtest.h>

#include "cli/run_cli.h"

namespace dyad::testing {
namespace {

TEST(Parallel, TwoThreadsOutputIsByteIdenticalToOne) {
  std::string inputs = std::string(DYAD_SOURCE_DIR) + "/examples/mediamax-russia-urges-armenia.txt";
  if (SharedDataPresent()) {
    inputs += " " + std::string(DYAD_SHARED_DATA_DIR) + "/news/reuters21578/reuters21578-000.jsonl";
  }
  CliResult one = RunDyad("code -j 1 " + inputs);
  CliResult two = RunDyad("code -j 2 " + inputs);
  ASSERT_EQ(one.status, 0) << one.err;
  ASSERT_EQ(two.status, 0) << two.err;
  EXPECT_FALSE(one.out.empty());
  EXPECT_TRUE(one.out == two.out) << "outputs differ (" << one.out.size() << " vs " << two.out.size() << " bytes)";
}

// The pipeline parses only sentences with an actor mention and a verb
// candidate; parsing every sentence must give the same events.
TEST(Parallel, SelectiveParsingChangesNoEvent) {
  std::string inputs = std::string(DYAD_SOURCE_DIR) + "/examples/";
  if (SharedDataPresent()) {
    inputs += " " + std::string(DYAD_SHARED_DATA_DIR) + "/news/reuters21578/reuters21578-000.jsonl";
  }
  CliResult selected = RunDyad("code -j 2 " + inputs);
  CliResult all = RunDyad("code -j 2 --parse-all " + inputs);
  ASSERT_EQ(selected.status, 0) << selected.err;
  ASSERT_EQ(all.status, 0) << all.err;
  EXPECT_FALSE(selected.out.empty());
  EXPECT_TRUE(selected.out == all.out) << "selective parsing changed the events";
}

TEST(Parallel, ErrorsKeepTheirPlaceInTheOrder) {
  std::string ex = std::string(DYAD_SOURCE_DIR) + "/examples/mediamax-russia-urges-armenia.txt";
  CliResult one = RunDyad("code -j 1 /nonexistent/a.txt " + ex + " /nonexistent/b.txt " + ex);
  CliResult three = RunDyad("code -j 3 /nonexistent/a.txt " + ex + " /nonexistent/b.txt " + ex);
  EXPECT_EQ(one.status, 1);
  EXPECT_EQ(three.status, 1);
  EXPECT_EQ(one.out, three.out);
  EXPECT_EQ(one.err, three.err);
}

}  // namespace
}  // namespace dyad::testing
