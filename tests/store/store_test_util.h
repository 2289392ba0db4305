// Test helpers for the store: a fixture parameterised over the back end
// (SQLite temp file, PostgreSQL schema from $DYAD_TEST_PG) and builders for
// hand-made documents and events.
#pragma once

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::testing {

inline Document MakeDoc(const std::string& id, const std::string& date, const std::string& text,
                        const std::string& agency = "Reuters", const std::string& url = "") {
  Document d;
  d.id = id;
  d.date = date;
  d.title = "Title of " + id;
  d.text = text;
  d.agency = agency;
  d.url = url;
  d.extra_json = "{}";
  d.origin = id + ".txt";
  return d;
}

inline Event MakeEvent(uint32_t sentence, const std::string& source, const std::string& target,
                       const std::string& code, const std::string& date = "") {
  Event e;
  e.sentence = sentence;
  e.date = date;
  e.source = source;
  e.target = target;
  e.code = code;
  e.root = code.substr(0, 2);
  int root = std::atoi(e.root.c_str());
  e.quad_class = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  e.goldstein = root <= 5 ? 3.0 : root <= 8 ? 6.0 : root <= 13 ? -4.0 : -9.0;
  e.source_span = {0, 6};
  e.target_span = {13, 20};
  e.verb_span = {7, 12};
  e.source_text = "Russia";
  e.target_text = "Armenia";
  e.verb_text = "urges";
  e.sentence_text = "Sentence " + std::to_string(sentence) + " of the article.";
  e.rules = {"verbs.tsv:1 urge"};
  return e;
}

// A coded document with `n` sentences "Sentence i ..." in its text.
inline StoreDocument Coded(Document doc, std::vector<Event> events, int n_sentences = 4) {
  StoreDocument cd;
  cd.doc = std::move(doc);
  for (int i = 0; i < n_sentences; ++i) {
    StoredSentence s;
    s.index = static_cast<uint32_t>(i);
    s.text = "Sentence " + std::to_string(i) + " of the article.";
    s.span = {static_cast<uint32_t>(i * 30), static_cast<uint32_t>(i * 30 + s.text.size())};
    s.lead = i == 0;
    cd.sentences.push_back(std::move(s));
  }
  for (auto& e : events) e.doc_id = cd.doc.id;
  cd.events = std::move(events);
  return cd;
}

enum class Backend { kSqlite, kPostgres };

inline std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

// Appends libpq `options=-csearch_path=SCHEMA` to a URI or keyword conninfo.
inline std::string WithSchema(const std::string& conninfo, const std::string& schema) {
  if (conninfo.rfind("postgresql://", 0) == 0 || conninfo.rfind("postgres://", 0) == 0) {
    return conninfo + (conninfo.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
  }
  return "pg:" + conninfo + " options='-csearch_path=" + schema + "'";
}

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    int n = counter++;
    if (GetParam() == Backend::kSqlite) {
      dir_ = std::filesystem::temp_directory_path() /
             ("dyad_store_test_" + std::to_string(::getpid()) + "_" + std::to_string(n));
      std::filesystem::remove_all(dir_);
      std::filesystem::create_directories(dir_);
      uri_ = (dir_ / "store.db").string();
    } else {
      const char* pg = std::getenv("DYAD_TEST_PG");
      if (!pg || !*pg) {
        GTEST_SKIP() << "DYAD_TEST_PG is not set: PostgreSQL back end not tested. Start a server with "
                        "`eval \"$(scripts/start-postgres.sh)\"` (sets DYAD_TEST_PG) and rerun.";
      }
      admin_ = pg;
      schema_ = "dyad_test_" + std::to_string(::getpid()) + "_" + std::to_string(n);
      ASSERT_TRUE(PgExec(admin_, "DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_))
          << pg_error_;
      uri_ = WithSchema(admin_, schema_);
    }
  }

  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    if (!schema_.empty()) PgExec(admin_, "DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  }

  std::unique_ptr<Store> Open(const StoreOptions& options = {}) {
    auto r = Store::Open(uri_, options);
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (!r.ok()) return nullptr;
    return std::move(r).value();
  }

  // Raw SQL on the test database, bypassing the store.
  bool RawExec(const std::string& sql) {
    if (GetParam() == Backend::kSqlite) {
      sqlite3* db = nullptr;
      bool ok = sqlite3_open(uri_.c_str(), &db) == SQLITE_OK;
      char* err = nullptr;
      ok = ok && sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) == SQLITE_OK;
      if (err) pg_error_ = err, sqlite3_free(err);
      sqlite3_close(db);
      return ok;
    }
    return PgExec(admin_, "SET search_path TO " + schema_ + "; " + sql);
  }

  bool PgExec(const std::string& conninfo, const std::string& sql) {
    std::string ci = conninfo.rfind("pg:", 0) == 0 ? conninfo.substr(3) : conninfo;
    PGconn* c = PQconnectdb(ci.c_str());
    if (PQstatus(c) != CONNECTION_OK) {
      pg_error_ = PQerrorMessage(c);
      PQfinish(c);
      return false;
    }
    PQsetNoticeProcessor(c, [](void*, const char*) {}, nullptr);
    PGresult* r = PQexec(c, sql.c_str());
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok) pg_error_ = PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(c);
    return ok;
  }

  bool sqlite() const { return GetParam() == Backend::kSqlite; }

  std::filesystem::path dir_;
  std::string uri_;
  std::string admin_, schema_;
  std::string pg_error_;
};

}  // namespace dyad::testing
