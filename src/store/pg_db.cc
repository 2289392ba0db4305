// PostgreSQL driver for the store's Db interface (libpq): text-format
// parameters and results, `?` placeholders rewritten to $n, named prepared
// statements cached per connection, a transaction-scoped advisory lock
// serialising writers.
#include <libpq-fe.h>

#include <cstdio>
#include <string>
#include <unordered_map>

#include "store/db.h"

namespace dyad::store {
namespace {

// Advisory lock key taken by every write transaction ("dyad" in ASCII).
constexpr const char* kWriterLock = "SELECT pg_advisory_xact_lock(1685676388)";

// `?` -> `$n` outside quoted literals and identifiers.
std::string RewritePlaceholders(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

void IgnoreNotice(void*, const char*) {}

class PgDb final : public Db {
 public:
  explicit PgDb(PGconn* conn) : conn_(conn) {
    PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
    const char* user = PQuser(conn_);
    const char* host = PQhost(conn_);
    const char* port = PQport(conn_);
    const char* db = PQdb(conn_);
    location_ = std::string("postgresql://") + (user ? user : "") + "@" + (host ? host : "") + ":" +
                (port ? port : "") + "/" + (db ? db : "");
  }
  ~PgDb() override { PQfinish(conn_); }

  Backend backend() const override { return Backend::kPostgres; }
  std::string location() const override { return location_; }

  Status Error(const PGresult* res, std::string_view what) const {
    std::string msg = location_ + ": ";
    const char* m = res ? PQresultErrorMessage(res) : nullptr;
    std::string text = (m && *m) ? m : PQerrorMessage(conn_);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    msg += text;
    if (!what.empty()) msg += " [" + std::string(what.substr(0, 80)) + "]";
    return Status::Error(std::move(msg));
  }

  Status Script(const std::string& sql) override {
    PGresult* res = PQexec(conn_, sql.c_str());
    ExecStatusType s = PQresultStatus(res);
    Status st = (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) ? Status::Ok() : Error(res, sql);
    PQclear(res);
    return st;
  }

  Status Run(const std::string& sql, const Params& params, Rows* rows) override {
    std::string* name = nullptr;
    auto it = names_.find(sql);
    if (it != names_.end()) {
      name = &it->second;
    } else {
      std::string stmt_name = "dyad_s" + std::to_string(names_.size() + 1);
      std::string pg_sql = RewritePlaceholders(sql);
      PGresult* res = PQprepare(conn_, stmt_name.c_str(), pg_sql.c_str(), 0, nullptr);
      if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        Status st = Error(res, sql);
        PQclear(res);
        return st;
      }
      PQclear(res);
      name = &names_.emplace(sql, std::move(stmt_name)).first->second;
    }
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (std::holds_alternative<std::monostate>(v)) continue;
      if (auto* n = std::get_if<int64_t>(&v)) {
        text[i] = std::to_string(*n);
      } else if (auto* d = std::get_if<double>(&v)) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", *d);
        text[i] = buf;
      } else {
        text[i] = std::get<std::string>(v);
      }
      values[i] = text[i].c_str();
    }
    PGresult* res = PQexecPrepared(conn_, name->c_str(), static_cast<int>(params.size()), values.data(),
                                   nullptr, nullptr, 0);
    ExecStatusType s = PQresultStatus(res);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
      Status st = Error(res, sql);
      PQclear(res);
      return st;
    }
    const char* ct = PQcmdTuples(res);
    changes_ = (ct && *ct) ? std::strtoll(ct, nullptr, 10) : 0;
    if (rows && s == PGRES_TUPLES_OK) {
      int nr = PQntuples(res), nc = PQnfields(res);
      rows->SetCols(nc);
      for (int r = 0; r < nr; ++r) {
        for (int c = 0; c < nc; ++c) {
          if (PQgetisnull(res, r, c)) {
            rows->Add(std::string(), true);
          } else {
            rows->Add(std::string(PQgetvalue(res, r, c), PQgetlength(res, r, c)), false);
          }
        }
      }
    }
    PQclear(res);
    return Status::Ok();
  }

  int64_t changes() const override { return changes_; }

  Status BeginWrite() override {
    Status st = Script("BEGIN");
    if (!st.ok()) return st;
    st = Script(kWriterLock);
    if (!st.ok()) Script("ROLLBACK");
    return st;
  }
  Status BeginRead() override { return Script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }

  bool TableExists(const std::string& name) override {
    Rows rows;
    if (!Run("SELECT to_regclass(CAST(? AS TEXT)) IS NOT NULL", {name}, &rows).ok()) return false;
    return !rows.empty() && rows.Text(0, 0) == "t";
  }

  int64_t SizeBytes() override {
    Rows rows;
    Status st = Run(
        "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r'",
        {}, &rows);
    if (!st.ok() || rows.empty()) return -1;
    return rows.Int(0, 0);
  }

 private:
  PGconn* conn_;
  std::string location_;
  std::unordered_map<std::string, std::string> names_;
  int64_t changes_ = 0;
};

}  // namespace

Result<std::unique_ptr<Db>> OpenPostgres(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (!conn) return Status::Error("postgresql: out of memory connecting");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(conn);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    PQfinish(conn);
    // Do not echo the conninfo: it may hold a password.
    return Status::Error("postgresql: cannot connect: " + msg);
  }
  auto db = std::make_unique<PgDb>(conn);
  Status st = db->Script("SET client_min_messages = warning");
  if (!st.ok()) return st;
  return std::unique_ptr<Db>(std::move(db));
}

}  // namespace dyad::store
