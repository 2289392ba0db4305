// Crash safety of `dyad ingest` into SQLite: SIGKILL the process in the middle
// of a large ingest, check that every committed document is intact (text,
// sentences, mentions, event counts), then rerun the same command and check
// it completes the rest without duplicating anything.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "dyad/store.h"

namespace dyad {
namespace {

constexpr int kDocs = 3000;

const char* kActors[] = {"Russia", "Armenia", "France", "Germany", "China", "Japan", "Brazil", "Egypt",
                         "Turkey", "Iran", "India", "Canada"};
const char* kVerbs[] = {"urged {T} to end the dispute", "criticized {T}", "met {T} officials in Geneva",
                        "accused {T} of aggression", "praised {T}", "threatened {T} with sanctions",
                        "signed an agreement with {T}", "condemned {T}"};

std::string DocText(int i) {
  std::string text;
  for (int s = 0; s < 4; ++s) {
    const char* a = kActors[(i + s) % 12];
    const char* b = kActors[(i * 7 + s * 3 + 1) % 12];
    if (a == b) b = kActors[(i + s + 5) % 12];
    std::string verb = kVerbs[(i + s * 3) % 8];
    verb.replace(verb.find("{T}"), 3, b);
    text += std::string(a) + " " + verb + " on Tuesday, officials said in report " + std::to_string(i) + ". ";
  }
  return text;
}

std::string DocId(int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "kill-%05d", i);
  return buf;
}

struct DbCheck {
  int64_t documents = 0;
  std::map<std::string, int64_t> mentions_per_doc;
  std::vector<std::string> problems;
};

int64_t ScalarInt(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    v = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  return v;
}

DbCheck Check(const std::string& path) {
  DbCheck c;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    c.problems.push_back("cannot open " + path);
    sqlite3_close(db);
    return c;
  }
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
  if (sqlite3_step(st) != SQLITE_ROW || std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) != "ok") {
    c.problems.push_back("integrity_check failed");
  }
  sqlite3_finalize(st);
  auto zero = [&](const char* what, const std::string& sql) {
    int64_t n = ScalarInt(db, sql);
    if (n != 0) c.problems.push_back(std::string(what) + ": " + std::to_string(n));
  };
  zero("events whose num_mentions is wrong",
       "SELECT COUNT(*) FROM events e WHERE num_mentions <> (SELECT COUNT(*) FROM mentions m WHERE m.event_id = e.id)");
  zero("events whose num_articles is wrong",
       "SELECT COUNT(*) FROM events e WHERE num_articles <> "
       "(SELECT COUNT(DISTINCT doc_pk) FROM mentions m WHERE m.event_id = e.id)");
  zero("mentions without event", "SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS "
                                 "(SELECT 1 FROM events e WHERE e.id = m.event_id)");
  zero("documents without sentences", "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                                      "(SELECT 1 FROM sentences s WHERE s.doc_pk = d.doc_pk)");
  c.documents = ScalarInt(db, "SELECT COUNT(*) FROM documents");
  sqlite3_prepare_v2(db,
                     "SELECT d.id, d.text, (SELECT COUNT(*) FROM mentions m WHERE m.doc_pk = d.doc_pk) "
                     "FROM documents d",
                     -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::string id = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    std::string text = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
    int i = std::atoi(id.c_str() + 5);
    if (id != DocId(i) || text != DocText(i)) c.problems.push_back("document " + id + " damaged");
    c.mentions_per_doc[id] = sqlite3_column_int64(st, 2);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return c;
}

pid_t Spawn(const std::vector<std::string>& args, const std::string& log) {
  pid_t pid = fork();
  if (pid == 0) {
    FILE* f = std::fopen(log.c_str(), "w");
    if (f) {
      dup2(fileno(f), 1);
      dup2(fileno(f), 2);
    }
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(StoreKill, KillNineLosesNoCommittedDocument) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("dyad_store_kill_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string input = (dir / "big.jsonl").string(), db = (dir / "kill.db").string();
  {
    std::ofstream out(input);
    for (int i = 0; i < kDocs; ++i) {
      char date[16];
      std::snprintf(date, sizeof date, "2024-03-%02d", 1 + i % 28);
      nlohmann::json j = {{"id", DocId(i)}, {"date", date}, {"title", "Report " + std::to_string(i)},
                          {"text", DocText(i)}};
      out << j.dump() << "\n";
    }
  }
  // --model none: the heuristic coder, so the test does not depend on the parser model's state.
  std::vector<std::string> cmd = {DYAD_BINARY, "ingest", "--model", "none",  "--db",    db, "--batch",
                                  "7",         "--batch-seconds", "0.05", "--quiet", input};

  // 1. Start, wait for some commits, SIGKILL.
  pid_t pid = Spawn(cmd, (dir / "run1.log").string());
  ASSERT_GT(pid, 0);
  bool killed = false, exited = false;
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(300);
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    StoreOptions ro;
    ro.read_only = true;
    auto store = Store::Open(db, ro);
    if (!store.ok()) continue;  // not created yet
    auto stats = (*store)->Stats();
    if (stats.ok() && stats->documents >= 50) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      killed = true;
      break;
    }
  }
  if (!killed && !exited) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    FAIL() << "ingest made no progress in 300 s:\n" << Slurp((dir / "run1.log").string());
  }
  ASSERT_TRUE(killed) << "ingest finished before it could be killed (exit status " << status << "):\n"
                      << Slurp((dir / "run1.log").string());
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

  // 2. Every committed document is intact.
  DbCheck after_kill = Check(db);
  EXPECT_TRUE(after_kill.problems.empty()) << after_kill.problems.front();
  EXPECT_GE(after_kill.documents, 50);
  EXPECT_LT(after_kill.documents, kDocs) << "killed too late to test anything";
  int64_t with_mentions = 0;
  for (const auto& [id, n] : after_kill.mentions_per_doc) with_mentions += n > 0;
  EXPECT_GT(with_mentions, 0) << "the generated articles coded no events";
  std::printf("[ info     ] killed after %lld of %d documents (%lld with mentions)\n",
              static_cast<long long>(after_kill.documents), kDocs, static_cast<long long>(with_mentions));

  // 3. The same command completes the rest.
  pid = Spawn(cmd, (dir / "run2.log").string());
  ASSERT_GT(pid, 0);
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  std::string log2 = Slurp((dir / "run2.log").string());
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << log2;
  EXPECT_NE(log2.find(std::to_string(after_kill.documents) + " unchanged"), std::string::npos) << log2;
  DbCheck done = Check(db);
  EXPECT_TRUE(done.problems.empty()) << done.problems.front();
  EXPECT_EQ(done.documents, kDocs);
  for (const auto& [id, n] : after_kill.mentions_per_doc) {
    EXPECT_EQ(done.mentions_per_doc[id], n) << id << " changed after the rerun";
  }

  // 4. A third run changes nothing.
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto before = (*store)->Stats();
  pid = Spawn(cmd, (dir / "run3.log").string());
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << Slurp((dir / "run3.log").string());
  auto after = (*store)->Stats();
  std::printf("[ info     ] after the rerun: %lld documents, %lld mentions, %lld events\n",
              static_cast<long long>(after->documents), static_cast<long long>(after->mentions),
              static_cast<long long>(after->events));
  EXPECT_EQ(after->events, before->events);
  EXPECT_EQ(after->mentions, before->mentions);
  store = Status::Error("closed");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad
