// `dyad ingest / query / timeline / export / stats` end to end on the bundled
// example article, against SQLite and PostgreSQL (DYAD_TEST_PG).
#include <sys/wait.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "store/store_test_util.h"

namespace dyad::testing {
namespace {

struct Output {
  int code = -1;
  std::string out, err;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::stringstream ss(s);
  for (std::string line; std::getline(ss, line);) lines.push_back(line);
  return lines;
}

int Fields(const std::string& row) { return static_cast<int>(std::count(row.begin(), row.end(), '\t')) + 1; }

class StoreCliTest : public StoreTest {
 protected:
  // Runs `dyad ARGS...`; `ingest` gets `--model none` (the heuristic coder), so
  // these store tests do not depend on the parser model's state.
  Output Dyad(std::vector<std::string> args) {
    if (!args.empty() && args[0] == "ingest") args.insert(args.begin() + 1, {"--model", "none"});
    std::string out = (work_ / "out").string(), err = (work_ / "err").string();
    args.insert(args.begin(), DYAD_BINARY);
    pid_t pid = fork();
    if (pid == 0) {
      FILE* o = std::fopen(out.c_str(), "w");
      FILE* e = std::fopen(err.c_str(), "w");
      if (o) dup2(fileno(o), 1);
      if (e) dup2(fileno(e), 2);
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    Output r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = Slurp(out);
    r.err = Slurp(err);
    return r;
  }
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    static int n = 0;
    work_ = std::filesystem::temp_directory_path() /
            ("dyad_store_cli_" + std::to_string(getpid()) + "_" + std::to_string(n++));
    std::filesystem::create_directories(work_);
  }
  void TearDown() override {
    if (!work_.empty()) std::filesystem::remove_all(work_);
    StoreTest::TearDown();
  }
  int64_t StatsField(const char* key) {
    Output s = Dyad({"stats", "--db", uri_});
    EXPECT_EQ(s.code, 0) << s.err;
    return nlohmann::json::parse(s.out)[key].get<int64_t>();
  }
  std::filesystem::path work_;
};

const std::string kExample = std::string(DYAD_SOURCE_DIR) + "/examples/mediamax-russia-urges-armenia.txt";

TEST_P(StoreCliTest, IngestQueryExportTheExampleArticle) {
  Output in = Dyad({"ingest", "--db", uri_, kExample});
  ASSERT_EQ(in.code, 0) << in.err;
  EXPECT_NE(in.err.find("1 inserted"), std::string::npos) << in.err;
  int64_t events = StatsField("events");
  ASSERT_GT(events, 0);

  // Re-ingest: nothing changes.
  Output again = Dyad({"ingest", "--db", uri_, kExample});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_NE(again.err.find("1 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(StatsField("events"), events);

  // The appeal, with its evidence.
  Output q = Dyad({"query", "--db", uri_, "--source", "RUS", "--target", "ARM"});
  ASSERT_EQ(q.code, 0) << q.err;
  bool appeal = false;
  for (const std::string& line : Lines(q.out)) {
    auto j = nlohmann::json::parse(line);
    if (j["root"] != "02") continue;
    appeal = true;
    ASSERT_FALSE(j["mentions"].empty());
    const auto& m = j["mentions"][0];
    EXPECT_EQ(m["doc_id"], "mediamax-russia-urges-armenia");
    EXPECT_NE(m["sentence_text"].get<std::string>().find("Russia urges Armenia"), std::string::npos);
    EXPECT_EQ(m["verb_text"], "urges");
    EXPECT_EQ(m["source_text"], "Russia");
  }
  EXPECT_TRUE(appeal) << q.out;

  for (const char* fmt : {"csv", "tsv", "gdelt"}) {
    Output t = Dyad({"query", "--db", uri_, "--actor", "RUS", "--format", fmt});
    EXPECT_EQ(t.code, 0) << fmt << ": " << t.err;
    EXPECT_FALSE(t.out.empty()) << fmt;
  }

  Output g = Dyad({"export", "--db", uri_, "--format", "gdelt"});
  ASSERT_EQ(g.code, 0) << g.err;
  auto rows = Lines(g.out);
  EXPECT_EQ(static_cast<int64_t>(rows.size()), events);
  for (const auto& row : rows) EXPECT_EQ(Fields(row), 61) << row;

  Output gm = Dyad({"export", "--db", uri_, "--format", "gdelt-mentions"});
  ASSERT_EQ(gm.code, 0) << gm.err;
  EXPECT_EQ(static_cast<int64_t>(Lines(gm.out).size()), StatsField("mentions"));
  for (const auto& row : Lines(gm.out)) EXPECT_EQ(Fields(row), 16) << row;

  Output p = Dyad({"export", "--db", uri_, "--format", "plover", "--root", "02"});
  ASSERT_EQ(p.code, 0) << p.err;
  ASSERT_FALSE(p.out.empty());
  EXPECT_EQ(nlohmann::json::parse(Lines(p.out)[0])["event"], "REQUEST");

  Output tl = Dyad({"timeline", "--db", uri_, "--source", "RUS", "--target", "ARM", "--by", "week"});
  EXPECT_EQ(tl.code, 0) << tl.err;
  EXPECT_EQ(Lines(tl.out)[0].rfind("period\tstart\tevents", 0), 0u) << tl.out;
}

TEST_P(StoreCliTest, BadRecordsAreReportedWithFileAndLine) {
  std::string jsonl = (work_ / "mixed.jsonl").string();
  {
    std::ofstream out(jsonl);
    out << R"({"id": "good-1", "date": "2024-03-01", "text": "Russia urged Armenia to end the dispute."})" << "\n";
    out << "{this is not json\n";
    out << R"({"id": "good-2", "date": "2024-03-01", "text": "France criticized Germany."})" << "\n";
  }
  Output in = Dyad({"ingest", "--db", uri_, jsonl, (work_ / "missing.txt").string()});
  EXPECT_EQ(in.code, 1) << in.err;
  EXPECT_NE(in.err.find("mixed.jsonl:2"), std::string::npos) << in.err;
  EXPECT_NE(in.err.find("missing.txt"), std::string::npos) << in.err;
  EXPECT_EQ(StatsField("documents"), 2);
}

TEST_P(StoreCliTest, MissingStoreIsAnErrorForReaders) {
  if (!sqlite()) GTEST_SKIP() << "a file-path test";
  Output q = Dyad({"query", "--db", (work_ / "nope.db").string()});
  EXPECT_EQ(q.code, 2);
  EXPECT_NE(q.err.find("no such database"), std::string::npos) << q.err;
  EXPECT_FALSE(std::filesystem::exists(work_ / "nope.db"));  // a query never creates a store
}

TEST_P(StoreCliTest, ParallelIngestStoresWhatOneThreadStores) {
  if (!sqlite()) GTEST_SKIP() << "compares two SQLite files";
  const char* actors[] = {"Russia", "Armenia", "France", "Germany", "China", "Japan"};
  const char* verbs[] = {"urged", "criticized", "praised", "accused", "met"};
  std::string jsonl = (work_ / "many.jsonl").string();
  {
    std::ofstream out(jsonl);
    for (int i = 0; i < 80; ++i) {
      std::string text;
      for (int k = 0; k < 3; ++k) {
        text += std::string(actors[(i + k) % 6]) + " " + verbs[(i * 3 + k) % 5] + " " + actors[(i + k + 1) % 6] +
                " on Monday. ";
      }
      nlohmann::json j = {{"id", "p" + std::to_string(i)}, {"date", "2024-03-0" + std::to_string(1 + i % 5)},
                          {"text", text}};
      out << j.dump() << "\n";
    }
  }
  std::string one = (work_ / "one.db").string(), four = (work_ / "four.db").string();
  ASSERT_EQ(Dyad({"ingest", "-q", "--db", one, jsonl}).code, 0);
  Output par = Dyad({"ingest", "-q", "-j", "4", "--db", four, jsonl});
  ASSERT_EQ(par.code, 0) << par.err;
  auto dump = [&](const std::string& db, const char* fmt) {
    Output o = Dyad({"export", "--db", db, "--format", fmt});
    EXPECT_EQ(o.code, 0) << o.err;
    std::string rows;
    for (const auto& row : Lines(o.out)) rows += row.substr(0, row.rfind('\t', row.rfind('\t') - 1)) + "\n";
    return rows;  // without DATEADDED and SOURCEURL for events (time stamps)
  };
  std::string events = dump(one, "gdelt");
  EXPECT_FALSE(events.empty());
  EXPECT_EQ(events, dump(four, "gdelt"));
  EXPECT_EQ(dump(one, "gdelt-mentions"), dump(four, "gdelt-mentions"));
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreCliTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         BackendName);

}  // namespace
}  // namespace dyad::testing
