// SQLite driver for the store's Db interface: one sqlite3 connection, WAL
// mode, statement cache, errors turned into Status values naming the file.
#include <sqlite3.h>
#include <sys/stat.h>

#include <cstdlib>
#include <string>
#include <unordered_map>

#include "store/db.h"

namespace dyad::store {

int64_t Rows::Int(size_t r, int c) const {
  if (IsNull(r, c)) return 0;
  return std::strtoll(Text(r, c).c_str(), nullptr, 10);
}
double Rows::Real(size_t r, int c) const {
  if (IsNull(r, c)) return 0;
  return std::strtod(Text(r, c).c_str(), nullptr);
}

namespace {

class SqliteDb final : public Db {
 public:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteDb() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Backend backend() const override { return Backend::kSqlite; }
  std::string location() const override { return path_; }

  Status Error(int rc, std::string_view what) const {
    std::string msg = path_ + ": ";
    if (rc == SQLITE_NOTADB) {
      msg += "not a SQLite database (the file is corrupt or of another format)";
    } else if (rc == SQLITE_CORRUPT) {
      msg += "database file is corrupt (" + std::string(sqlite3_errmsg(db_)) + ")";
    } else {
      msg += sqlite3_errmsg(db_);
    }
    if (!what.empty()) msg += " [" + std::string(what.substr(0, 80)) + "]";
    return Status::Error(std::move(msg));
  }

  Status Script(const std::string& sql) override {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      sqlite3_free(err);
      return Error(rc, sql);
    }
    return Status::Ok();
  }

  Status Run(const std::string& sql, const Params& params, Rows* rows) override {
    sqlite3_stmt* stmt = nullptr;
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
      stmt = it->second;
    } else {
      int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                  &stmt, nullptr);
      if (rc != SQLITE_OK) return Error(rc, sql);
      cache_.emplace(sql, stmt);
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      int idx = static_cast<int>(i) + 1;
      const Value& v = params[i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::monostate>(v)) {
        rc = sqlite3_bind_null(stmt, idx);
      } else if (auto* n = std::get_if<int64_t>(&v)) {
        rc = sqlite3_bind_int64(stmt, idx, *n);
      } else if (auto* d = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(stmt, idx, *d);
      } else {
        const std::string& s = std::get<std::string>(v);
        rc = sqlite3_bind_text(stmt, idx, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) return Error(rc, sql);
    }
    int ncols = sqlite3_column_count(stmt);
    if (rows) rows->SetCols(ncols);
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Status st = Error(rc, sql);
        sqlite3_reset(stmt);
        return st;
      }
      if (!rows) continue;
      for (int c = 0; c < ncols; ++c) {
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL) {
          rows->Add(std::string(), true);
        } else {
          const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          int n = sqlite3_column_bytes(stmt, c);
          rows->Add(std::string(p ? p : "", p ? n : 0), false);
        }
      }
    }
    changes_ = sqlite3_changes64(db_);
    sqlite3_reset(stmt);
    return Status::Ok();
  }

  int64_t changes() const override { return changes_; }

  Status BeginWrite() override { return Script("BEGIN IMMEDIATE"); }
  Status BeginRead() override {
    // A deferred transaction takes its snapshot at the first read; force it now.
    Status st = Script("BEGIN");
    if (!st.ok()) return st;
    return Script("SELECT 1 FROM sqlite_master LIMIT 1");
  }

  bool TableExists(const std::string& name) override {
    Rows rows;
    if (!Run("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", {name}, &rows).ok()) return false;
    return !rows.empty();
  }

  int64_t SizeBytes() override {
    if (path_ == ":memory:") return -1;
    int64_t total = 0;
    struct stat st;
    if (::stat(path_.c_str(), &st) == 0) total += st.st_size;
    if (::stat((path_ + "-wal").c_str(), &st) == 0) total += st.st_size;
    return total;
  }

 private:
  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  int64_t changes_ = 0;
};

}  // namespace

Result<std::unique_ptr<Db>> OpenSqlite(const std::string& path, bool read_only, int busy_timeout_ms,
                                       bool full_sync) {
  if (read_only && path != ":memory:") {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return Status::Error(path + ": no such database file");
  }
  sqlite3* raw = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;  // the Store serialises access to its connection
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = path + ": cannot open SQLite database: " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
    sqlite3_close_v2(raw);
    return Status::Error(std::move(msg));
  }
  sqlite3_extended_result_codes(raw, 0);
  auto db = std::make_unique<SqliteDb>(raw, path);
  sqlite3_busy_timeout(raw, busy_timeout_ms);
  // The first real read: fails with "not a database" for corrupt/foreign files.
  Rows probe;
  Status st = db->Run("SELECT count(*) FROM sqlite_master", {}, &probe);
  if (!st.ok()) return st;
  if (!read_only && path != ":memory:") {
    Rows mode;
    st = db->Run("PRAGMA journal_mode=WAL", {}, &mode);
    if (!st.ok()) return st;
  }
  st = db->Script(std::string("PRAGMA foreign_keys=ON; PRAGMA cache_size=-16384; PRAGMA temp_store=MEMORY; PRAGMA synchronous=") + (full_sync ? "FULL" : "NORMAL"));
  if (!st.ok()) return st;
  return std::unique_ptr<Db>(std::move(db));
}

}  // namespace dyad::store
