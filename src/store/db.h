// Db: the thin SQL connection the store logic runs on, with one driver per
// back end (sqlite_db.cc, pg_db.cc). SQL is written once with `?`
// placeholders; the PostgreSQL driver rewrites them to $1, $2, ... Results
// come back as text cells (NULL kept apart), which both engines produce
// natively. Statements are prepared once per connection and cached by SQL text.
// Not thread-safe: one Db per connection, used by one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dyad/status.h"

namespace dyad::store {

// A bound parameter: NULL, integer, real or text.
using Value = std::variant<std::monostate, int64_t, double, std::string>;
using Params = std::vector<Value>;

inline Value Null() { return std::monostate{}; }
// Empty string -> NULL, else the text.
inline Value TextOrNull(std::string_view s) {
  return s.empty() ? Value(std::monostate{}) : Value(std::string(s));
}

// A fully read result: rows x cols text cells.
class Rows {
 public:
  size_t size() const { return ncols_ ? cells_.size() / ncols_ : 0; }
  bool empty() const { return size() == 0; }
  int cols() const { return static_cast<int>(ncols_); }
  bool IsNull(size_t r, int c) const { return nulls_[r * ncols_ + c] != 0; }
  const std::string& Text(size_t r, int c) const { return cells_[r * ncols_ + c]; }
  int64_t Int(size_t r, int c) const;   // 0 when NULL or not a number
  double Real(size_t r, int c) const;   // 0 when NULL or not a number

  // Drivers fill rows through these.
  void SetCols(size_t n) { ncols_ = n; }
  void Add(std::string cell, bool null) {
    cells_.push_back(std::move(cell));
    nulls_.push_back(null ? 1 : 0);
  }

 private:
  size_t ncols_ = 0;
  std::vector<std::string> cells_;
  std::vector<uint8_t> nulls_;
};

enum class Backend : uint8_t { kSqlite, kPostgres };

class Db {
 public:
  virtual ~Db() = default;
  virtual Backend backend() const = 0;
  // Runs SQL text without parameters (may hold several statements).
  virtual Status Script(const std::string& sql) = 0;
  // Runs one statement; rows (if any) into *rows (may be null).
  virtual Status Run(const std::string& sql, const Params& params, Rows* rows) = 0;
  // Rows changed by the last Run of an INSERT/UPDATE/DELETE.
  virtual int64_t changes() const = 0;

  // Transactions. Write transactions take the database's writer lock.
  virtual Status BeginWrite() = 0;
  virtual Status BeginRead() = 0;   // a consistent snapshot for several statements
  Status Commit() { return Script("COMMIT"); }
  Status Rollback() { return Script("ROLLBACK"); }

  virtual bool TableExists(const std::string& name) = 0;
  virtual int64_t SizeBytes() = 0;  // -1 unknown
  virtual std::string location() const = 0;

  // Convenience: one row expected; error if none.
  Result<Rows> Query(const std::string& sql, const Params& params = {}) {
    Rows rows;
    Status st = Run(sql, params, &rows);
    if (!st.ok()) return st;
    return rows;
  }
  Status Exec(const std::string& sql, const Params& params = {}) { return Run(sql, params, nullptr); }
};

// Drivers. `path` is a file path or ":memory:"; `conninfo` a libpq URI or keyword string.
Result<std::unique_ptr<Db>> OpenSqlite(const std::string& path, bool read_only, int busy_timeout_ms,
                                       bool full_sync);
Result<std::unique_ptr<Db>> OpenPostgres(const std::string& conninfo);

}  // namespace dyad::store
