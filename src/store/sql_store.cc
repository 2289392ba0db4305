// SqlStore: the Store, written once over the Db interface and shared by the
// SQLite and PostgreSQL back ends. Ingest (with deduplication, docs/dedup.md),
// queries, timeline, actors, network, stats.
#include <algorithm>
#include <cctype>
#include <optional>
#include <tuple>
#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "dyad/cameo.h"
#include "dyad/store.h"
#include "store/db.h"
#include "store/schema.h"
#include "store/util.h"

namespace dyad {
namespace store {
namespace {

constexpr int64_t kAllMentions = 1000000000;  // LIMIT meaning "all"

std::string JoinLines(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += '\n';
    out += v[i];
  }
  return out;
}

std::vector<std::string> SplitLines(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find('\n', start);
    out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) break;
    start = p + 1;
  }
  return out;
}

// A URL's host ("https://www.reuters.com/x" -> "www.reuters.com"), or "".
std::string UrlHost(std::string_view url) {
  size_t p = url.find("://");
  if (p == std::string_view::npos) return std::string();
  url.remove_prefix(p + 3);
  size_t end = url.find_first_of("/?#");
  std::string_view host = url.substr(0, end);
  size_t at = host.find('@');
  if (at != std::string_view::npos) host.remove_prefix(at + 1);
  size_t colon = host.find(':');
  if (colon != std::string_view::npos) host = host.substr(0, colon);
  return ToLowerAscii(host);
}

std::string SourceName(const Document& doc) {
  if (!doc.agency.empty()) return doc.agency;
  return UrlHost(doc.url);
}

// The WHERE clause and parameters of an event filter.
struct Where {
  std::string sql = " WHERE 1=1";
  Params params;
  void Add(const std::string& clause) { sql += " AND " + clause; }
  void Add(const std::string& clause, Value v) {
    Add(clause);
    params.push_back(std::move(v));
  }
};

Status AddDateRange(Where* w, const std::string& from, const std::string& to) {
  if (!from.empty()) {
    auto d = ParseYmd(from);
    if (!d) return Status::Error("from: expected YYYYMMDD or YYYY-MM-DD, got '" + from + "'");
    w->Add("e.date >= ?", int64_t{*d});
  }
  if (!to.empty()) {
    auto d = ParseYmd(to);
    if (!d) return Status::Error("to: expected YYYYMMDD or YYYY-MM-DD, got '" + to + "'");
    w->Add("e.date <= ?", int64_t{*d});
  }
  return Status::Ok();
}

void AddActorPrefix(Where* w, const std::string& column, const std::string& code) {
  if (code.empty()) return;
  w->Add(column + " LIKE ? ESCAPE '\\'", LikeEscape(ToUpperAscii(code)) + "%");
}

std::string EncodeCursor(int64_t date, int64_t id) {
  return "c1." + std::to_string(date) + "." + std::to_string(id);
}

bool DecodeCursor(const std::string& c, int64_t* date, int64_t* id) {
  if (c.rfind("c1.", 0) != 0) return false;
  size_t dot = c.find('.', 3);
  if (dot == std::string::npos) return false;
  char* end = nullptr;
  *date = std::strtoll(c.c_str() + 3, &end, 10);
  if (end != c.c_str() + dot) return false;
  *id = std::strtoll(c.c_str() + dot + 1, &end, 10);
  return *end == '\0' && dot + 1 < c.size();
}

const char* kEventCols =
    "e.id, e.date, e.source, e.target, e.code, e.base_code, e.root, e.quad_class, e.goldstein, e.negated, "
    "e.num_mentions, e.num_sources, e.num_articles, e.is_root, e.source_text, e.target_text, e.first_url, "
    "e.date_added";

StoredEvent ReadEvent(const Rows& r, size_t i) {
  StoredEvent e;
  e.id = r.Int(i, 0);
  e.date = YmdText(r.Int(i, 1));
  e.source = r.Text(i, 2);
  e.target = r.Text(i, 3);
  e.code = r.Text(i, 4);
  e.base_code = r.Text(i, 5);
  e.root = r.Text(i, 6);
  e.quad_class = static_cast<int>(r.Int(i, 7));
  e.goldstein = r.Real(i, 8);
  e.negated = r.Int(i, 9) != 0;
  e.num_mentions = r.Int(i, 10);
  e.num_sources = r.Int(i, 11);
  e.num_articles = r.Int(i, 12);
  e.is_root = r.Int(i, 13) != 0;
  e.source_name_text = r.Text(i, 14);
  e.target_name_text = r.Text(i, 15);
  e.first_url = r.Text(i, 16);
  e.date_added = r.Text(i, 17);
  return e;
}

// Timeline period of a YYYYMMDD date.
struct Period {
  int64_t start_day = 0;  // first day of the period
  std::string label;
};

Period PeriodOf(int ymd, TimeBucket by) {
  int64_t day = DaysFromYmd(ymd);
  char buf[32];
  Period p;
  switch (by) {
    case TimeBucket::kDay:
      p.start_day = day;
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ymd / 10000, (ymd / 100) % 100, ymd % 100);
      break;
    case TimeBucket::kWeek: {
      // 1970-01-01 was a Thursday; ISO weekday Monday=0..Sunday=6.
      int64_t wd = ((day % 7) + 7 + 3) % 7;
      p.start_day = day - wd;
      int thursday = YmdFromDays(p.start_day + 3);
      int64_t jan1 = DaysFromYmd((thursday / 10000) * 10000 + 101);
      int64_t week = (DaysFromYmd(thursday) - jan1) / 7 + 1;
      std::snprintf(buf, sizeof buf, "%04d-W%02lld", thursday / 10000, static_cast<long long>(week));
      break;
    }
    case TimeBucket::kMonth:
      p.start_day = DaysFromYmd((ymd / 100) * 100 + 1);
      std::snprintf(buf, sizeof buf, "%04d-%02d", ymd / 10000, (ymd / 100) % 100);
      break;
  }
  p.label = buf;
  return p;
}

int64_t NextPeriodStart(int64_t start_day, TimeBucket by) {
  switch (by) {
    case TimeBucket::kDay:
      return start_day + 1;
    case TimeBucket::kWeek:
      return start_day + 7;
    case TimeBucket::kMonth: {
      int ymd = YmdFromDays(start_day);
      int y = ymd / 10000, m = (ymd / 100) % 100;
      if (++m > 12) m = 1, ++y;
      return DaysFromYmd(y * 10000 + m * 100 + 1);
    }
  }
  return start_day + 1;
}

class SqlStore final : public Store {
 public:
  SqlStore(std::unique_ptr<Db> db, SchemaInfo info) : db_(std::move(db)), info_(info) {}

  const char* backend() const override {
    return db_->backend() == Backend::kSqlite ? "sqlite" : "postgresql";
  }
  int schema_version() const override { return info_.version; }

  // ---------------------------------------------------------------- ingest

  Status Ingest(std::span<const StoreDocument> docs, std::vector<IngestReport>* reports) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (reports) reports->clear();
    std::string now = NowStamp();
    std::vector<IngestReport> local(docs.size());
    std::vector<bool> valid(docs.size());
    for (size_t i = 0; i < docs.size(); ++i) {
      local[i].doc_id = docs[i].doc.id;
      Status v = Validate(docs[i]);
      valid[i] = v.ok();
      if (!v.ok()) local[i].status = v;
    }
    // Fast path: the whole batch in one transaction, no savepoints (many
    // subtransactions in one transaction are slow on PostgreSQL).
    Status st = db_->BeginWrite();
    if (!st.ok()) return st;
    bool failed = false;
    std::set<int64_t> touched;  // recounted once for the whole batch
    for (size_t i = 0; i < docs.size() && !failed; ++i) {
      if (!valid[i]) continue;
      if (!IngestOne(docs[i], now, &local[i], &touched).ok()) failed = true;
    }
    if (!failed && !RefreshEvents(touched).ok()) failed = true;
    if (!failed) {
      st = db_->Commit();
      if (!st.ok()) {
        db_->Rollback();
        return st;
      }
    } else {
      // Slow path, rare: some document failed inside the database. Redo the
      // batch one transaction per document so the others still commit.
      db_->Rollback();
      for (size_t i = 0; i < docs.size(); ++i) {
        if (!valid[i]) continue;
        IngestReport rep;
        rep.doc_id = docs[i].doc.id;
        st = db_->BeginWrite();
        std::set<int64_t> one_touched;
        Status one = st.ok() ? IngestOne(docs[i], now, &rep, &one_touched) : st;
        if (one.ok()) one = RefreshEvents(one_touched);
        if (one.ok()) one = db_->Commit();
        if (!one.ok()) {
          db_->Rollback();
          rep = IngestReport();
          rep.doc_id = docs[i].doc.id;
          rep.status = Status::Error(Origin(docs[i]) + ": " + one.message());
        }
        local[i] = std::move(rep);
      }
    }
    if (reports) *reports = std::move(local);
    return Status::Ok();
  }

  static std::string Origin(const StoreDocument& cd) { return cd.doc.origin.empty() ? cd.doc.id : cd.doc.origin; }

  // Checks what can be checked without the database.
  static Status Validate(const StoreDocument& cd) {
    if (cd.doc.id.empty()) return Status::Error(Origin(cd) + ": document has no id");
    for (const Event& ev : cd.events) {
      if (ev.code.empty()) {
        return Status::Error(Origin(cd) + ": sentence " + std::to_string(ev.sentence) + ": event has no code");
      }
    }
    return Status::Ok();
  }

  // Stores one document; the events it touched are added to *touched and
  // must be recounted (RefreshEvents) before the transaction commits.
  Status IngestOne(const StoreDocument& cd, const std::string& now, IngestReport* rep, std::set<int64_t>* touched) {
    const Document& doc = cd.doc;
    if (doc.id.empty()) return Status::Error("document has no id");
    std::string hash = ContentHash(doc);
    // One lookup: this id (same or changed content), or another id with this content.
    Rows rows;
    Status st = db_->Run("SELECT id, doc_pk, content_hash FROM documents WHERE id = ? OR content_hash = ?",
                         {doc.id, hash}, &rows);
    if (!st.ok()) return st;
    int64_t doc_pk = 0;
    bool same_id = false;
    std::string other_id;
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows.Text(i, 0) == doc.id) {
        same_id = true;
        doc_pk = rows.Int(i, 1);
        if (rows.Text(i, 2) == hash) {
          rep->outcome = IngestOutcome::kUnchanged;
          return Status::Ok();
        }
      } else if (other_id.empty()) {
        other_id = rows.Text(i, 0);
      }
    }
    std::optional<int> doc_ymd = ParseYmd(doc.date);
    std::string source_name = SourceName(doc);
    if (same_id) {
      rep->outcome = IngestOutcome::kReplaced;
      st = RemoveMentions(doc_pk, touched);
      if (!st.ok()) return st;
      st = db_->Exec("DELETE FROM sentences WHERE doc_pk = ?", {doc_pk});
      if (!st.ok()) return st;
      st = db_->Exec(
          "UPDATE documents SET content_hash=?, date=?, title=?, text=?, text_bytes=?, url=?, agency=?, place=?, "
          "source_name=?, origin=?, format=?, ingested_at=?" +
              std::string(info_.version >= 2 ? ", extra_json=?" : "") + " WHERE doc_pk=?",
          DocParams(doc, hash, doc_ymd, source_name, now, doc_pk));
      if (!st.ok()) return st;
    } else {
      if (!other_id.empty()) {
        rep->outcome = IngestOutcome::kDuplicate;
        rep->duplicate_of = other_id;
        return Status::Ok();
      }
      rep->outcome = IngestOutcome::kInserted;
      Rows ins;
      st = db_->Run(
          "INSERT INTO documents(content_hash, date, title, text, text_bytes, url, agency, place, source_name, "
          "origin, format, ingested_at" +
              std::string(info_.version >= 2 ? ", extra_json" : "") + ", id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?" +
              std::string(info_.version >= 2 ? ",?" : "") + ",?) RETURNING doc_pk",
          DocParams(doc, hash, doc_ymd, source_name, now, doc.id), &ins);
      if (!st.ok()) return st;
      if (ins.empty()) return Status::Error("insert returned no document key");
      doc_pk = ins.Int(0, 0);
    }

    // Sentences. Only sentences that carry events keep their text (the rest
    // are spans into documents.text, refilled by GetDocument).
    std::unordered_set<uint32_t> with_events;
    for (const Event& ev : cd.events) with_events.insert(ev.sentence);
    std::unordered_map<uint32_t, bool> lead_of;  // sentence index -> lead
    std::vector<Params> sentence_rows;
    for (const StoredSentence& s : cd.sentences) {
      if (lead_of.count(s.index)) continue;
      sentence_rows.push_back({doc_pk, int64_t{s.index}, int64_t(s.field), int64_t{s.span.begin},
                               int64_t{s.span.end}, int64_t(s.kind), int64_t{s.block}, int64_t{s.lead},
                               with_events.count(s.index) ? s.text : std::string()});
      lead_of[s.index] = s.lead;
    }
    for (const Event& ev : cd.events) {
      if (lead_of.count(ev.sentence)) continue;
      // The caller gave no sentence record: keep the event's own sentence text.
      bool lead = ev.sentence == 0;
      sentence_rows.push_back({doc_pk, int64_t{ev.sentence}, int64_t(ev.in), int64_t{0}, int64_t{0},
                               int64_t(BlockKind::kBody), int64_t{0}, int64_t{lead}, ev.sentence_text});
      lead_of[ev.sentence] = lead;
    }
    st = InsertRows("sentences(doc_pk, idx, field, span_begin, span_end, kind, block, lead, text)", 9,
                    sentence_rows);
    if (!st.ok()) return st;

    // Mentions, deduplicated into events; inserted together at the end.
    std::vector<Params> mention_rows;
    for (const Event& ev : cd.events) {
      st = AddMention(ev, doc_pk, doc_ymd, lead_of[ev.sentence], now, rep, touched, &mention_rows);
      if (!st.ok()) return st;
    }
    st = InsertRows(
        "mentions(event_id, doc_pk, sentence, date, day, source, target, code, quad_class, goldstein, field, "
        "source_begin, source_end, target_begin, target_end, verb_begin, verb_end, source_text, target_text, "
        "verb_text, rules, negated, lead)",
        23, mention_rows);
    return st;
  }

  // Multi-row INSERT INTO `table_cols` VALUES (...), (...): few statements per document.
  Status InsertRows(const std::string& table_cols, int ncols, const std::vector<Params>& rows) {
    constexpr size_t kChunk = 64;
    for (size_t start = 0; start < rows.size(); start += kChunk) {
      size_t n = std::min(kChunk, rows.size() - start);
      std::string one = "(";
      for (int c = 0; c < ncols; ++c) one += c ? ",?" : "?";
      one += ")";
      std::string sql = "INSERT INTO " + table_cols + " VALUES ";
      Params params;
      params.reserve(n * ncols);
      for (size_t i = 0; i < n; ++i) {
        if (i) sql += ",";
        sql += one;
        for (const Value& v : rows[start + i]) params.push_back(v);
      }
      Status st = db_->Exec(sql, params);
      if (!st.ok()) return st;
    }
    return Status::Ok();
  }

  Params DocParams(const Document& doc, const std::string& hash, std::optional<int> ymd,
                   const std::string& source_name, const std::string& now, Value last) {
    Params p = {hash,
                ymd ? Value(int64_t{*ymd}) : Null(),
                doc.title,
                doc.text,
                static_cast<int64_t>(doc.text.size()),
                doc.url,
                doc.agency,
                doc.place,
                source_name,
                doc.origin,
                int64_t(doc.format),
                now};
    if (info_.version >= 2) p.push_back(doc.extra_json.empty() ? std::string("{}") : doc.extra_json);
    p.push_back(std::move(last));
    return p;
  }

  // Deletes a document's mentions, collecting the events they belonged to.
  Status RemoveMentions(int64_t doc_pk, std::set<int64_t>* touched) {
    Rows ev;
    Status st = db_->Run("SELECT DISTINCT event_id FROM mentions WHERE doc_pk = ?", {doc_pk}, &ev);
    if (!st.ok()) return st;
    for (size_t i = 0; i < ev.size(); ++i) touched->insert(ev.Int(i, 0));
    return db_->Exec("DELETE FROM mentions WHERE doc_pk = ?", {doc_pk});
  }

  // Finds or creates the event of one mention (docs/dedup.md); queues the mention row.
  Status AddMention(const Event& ev, int64_t doc_pk, std::optional<int> doc_ymd, bool lead, const std::string& now,
                    IngestReport* rep, std::set<int64_t>* touched, std::vector<Params>* mention_rows) {
    std::string source = ToUpperAscii(ev.source), target = ToUpperAscii(ev.target);
    const std::string& code = ev.code;
    if (code.empty()) return Status::Error("sentence " + std::to_string(ev.sentence) + ": event has no code");
    std::string base = BaseCode(code);
    std::string root = ev.root.empty() ? code.substr(0, 2) : ev.root;
    int quad = ev.quad_class;
    double goldstein = ev.goldstein;
    if (quad == 0) {
      if (const CameoCodeInfo* info = CameoTable::Default().Find(code)) {
        quad = info->quad_class;
        goldstein = info->goldstein;
      }
    }
    std::optional<int> ymd = ParseYmd(ev.date);
    if (!ymd) ymd = doc_ymd;
    Value date = ymd ? Value(int64_t{*ymd}) : Null();
    Value day = ymd ? Value(DaysFromYmd(*ymd)) : Null();
    std::string skey = ActorKey(source), tkey = ActorKey(target);
    int64_t negated = ev.negated ? 1 : 0;

    // Candidate events: same base code, same actor keys, same negation, date in window.
    Rows cand;
    Status st;
    if (ymd) {
      int64_t d = DaysFromYmd(*ymd);
      st = db_->Run(
          "SELECT id, source, target, day FROM events WHERE base_code = ? AND source_key = ? AND target_key = ? "
          "AND negated = ? AND day >= ? AND day <= ?",
          {base, skey, tkey, negated, d - info_.dedup_window_days, d + info_.dedup_window_days}, &cand);
    } else {
      st = db_->Run(
          "SELECT id, source, target, day FROM events WHERE base_code = ? AND source_key = ? AND target_key = ? "
          "AND negated = ? AND day IS NULL AND undated_doc = ?",
          {base, skey, tkey, negated, doc_pk}, &cand);
    }
    if (!st.ok()) return st;
    // The compatible candidate nearest in date, then the oldest.
    int64_t event_id = 0;
    int64_t best_gap = INT64_MAX;
    std::string ev_source, ev_target;
    int64_t ev_day = 0;
    for (size_t i = 0; i < cand.size(); ++i) {
      if (!CompatibleActors(source, cand.Text(i, 1)) || !CompatibleActors(target, cand.Text(i, 2))) continue;
      int64_t gap = ymd ? std::llabs(cand.Int(i, 3) - DaysFromYmd(*ymd)) : 0;
      int64_t id = cand.Int(i, 0);
      if (gap < best_gap || (gap == best_gap && id < event_id)) {
        best_gap = gap;
        event_id = id;
        ev_source = cand.Text(i, 1);
        ev_target = cand.Text(i, 2);
        ev_day = cand.Int(i, 3);
      }
    }
    if (event_id == 0) {
      Rows ins;
      st = db_->Run(
          "INSERT INTO events(date, day, undated_doc, source, target, source_key, target_key, code, base_code, root, "
          "quad_class, goldstein, negated, date_added) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
          {date, day, ymd ? Null() : Value(doc_pk), source, target, skey, tkey, code, base, root, int64_t{quad},
           goldstein, negated, now},
          &ins);
      if (!st.ok()) return st;
      if (ins.empty()) return Status::Error("insert returned no event id");
      event_id = ins.Int(0, 0);
      ++rep->new_events;
    } else {
      ++rep->merged;
      // Keep the event's actors as specific as its mentions, and its date the
      // earliest, right away: later mentions are matched against them.
      bool earlier = ymd && DaysFromYmd(*ymd) < ev_day;
      if (source.size() > ev_source.size() || target.size() > ev_target.size() || earlier) {
        const std::string& s = source.size() > ev_source.size() ? source : ev_source;
        const std::string& t = target.size() > ev_target.size() ? target : ev_target;
        st = db_->Exec("UPDATE events SET source = ?, target = ?, date = ?, day = ? WHERE id = ?",
                       {s, t, earlier ? date : Value(int64_t{YmdFromDays(ev_day)}),
                        earlier ? day : Value(ev_day), event_id});
        if (!st.ok()) return st;
      }
    }
    mention_rows->push_back({event_id, doc_pk, int64_t{ev.sentence}, date, day, source, target, code, int64_t{quad},
                             goldstein, int64_t(ev.in), int64_t{ev.source_span.begin}, int64_t{ev.source_span.end},
                             int64_t{ev.target_span.begin}, int64_t{ev.target_span.end},
                             int64_t{ev.verb_span.begin}, int64_t{ev.verb_span.end}, ev.source_text,
                             ev.target_text, ev.verb_text, JoinLines(ev.rules), negated, int64_t{lead}});
    ++rep->mentions;
    touched->insert(event_id);
    return Status::Ok();
  }

  // Recomputes events from their mentions (counts, earliest date, most
  // specific actors, first mention's code and texts); deletes those left
  // without mentions. Per 100 events: one read, one UPDATE, one DELETE.
  Status RefreshEvents(const std::set<int64_t>& ids) {
    std::vector<int64_t> all(ids.begin(), ids.end());
    constexpr size_t kChunk = 100;
    for (size_t start = 0; start < all.size(); start += kChunk) {
      size_t n = std::min(kChunk, all.size() - start);
      std::string sql =
          "SELECT m.event_id, m.id, m.doc_pk, d.source_name, m.day, m.lead, m.source, m.target, m.code, "
          "m.quad_class, m.goldstein, m.source_text, m.target_text, d.url, d.id "
          "FROM mentions m JOIN documents d ON d.doc_pk = m.doc_pk WHERE m.event_id IN (";
      Params params;
      for (size_t i = 0; i < n; ++i) {
        sql += i ? ",?" : "?";
        params.push_back(all[start + i]);
      }
      sql += ")";
      Rows r;
      Status st = db_->Run(sql, params, &r);
      if (!st.ok()) return st;
      struct Agg {
        int64_t mentions = 0, first_id = INT64_MAX, min_day = INT64_MAX, lead = 0;
        size_t first_row = 0;
        std::set<int64_t> docs;
        std::set<std::string> sources;
        std::string source, target;
      };
      std::map<int64_t, Agg> aggs;
      for (size_t i = 0; i < r.size(); ++i) {
        Agg& a = aggs[r.Int(i, 0)];
        ++a.mentions;
        int64_t mid = r.Int(i, 1);
        if (mid < a.first_id) a.first_id = mid, a.first_row = i;
        a.docs.insert(r.Int(i, 2));
        a.sources.insert(r.Text(i, 3));
        if (!r.IsNull(i, 4)) a.min_day = std::min(a.min_day, r.Int(i, 4));
        a.lead = std::max(a.lead, r.Int(i, 5));
        if (r.Text(i, 6).size() > a.source.size()) a.source = r.Text(i, 6);
        if (r.Text(i, 7).size() > a.target.size()) a.target = r.Text(i, 7);
      }
      // One multi-row UPDATE for the chunk (WITH v(...) AS (VALUES ...) UPDATE ... FROM v),
      // one DELETE for events left without mentions.
      std::string update =
          "WITH v(id, nm, na, ns, date, day, is_root, code, root, quad, gold, stext, ttext, url, src, tgt) AS "
          "(VALUES ";
      Params up;
      std::string del = "DELETE FROM events WHERE id IN (";
      Params dp;
      const std::string row =
          "(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), "
          "CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT), "
          "CAST(? AS DOUBLE PRECISION), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
          "CAST(? AS TEXT))";
      for (size_t i = 0; i < n; ++i) {
        int64_t id = all[start + i];
        auto it = aggs.find(id);
        if (it == aggs.end()) {
          del += dp.empty() ? "?" : ",?";
          dp.push_back(id);
          continue;
        }
        const Agg& a = it->second;
        size_t f = a.first_row;
        Value date = Null(), day = Null();
        if (a.min_day != INT64_MAX) {
          day = a.min_day;
          date = int64_t{YmdFromDays(a.min_day)};
        }
        const std::string& code = r.Text(f, 8);
        const std::string& url = r.Text(f, 13).empty() ? r.Text(f, 14) : r.Text(f, 13);
        if (!up.empty()) update += ",";
        update += row;
        Params p = {id, a.mentions, static_cast<int64_t>(a.docs.size()), static_cast<int64_t>(a.sources.size()),
                    date, day, a.lead, code, code.substr(0, 2), r.Int(f, 9), r.Real(f, 10), r.Text(f, 11),
                    r.Text(f, 12), url, a.source, a.target};
        for (auto& v : p) up.push_back(std::move(v));
      }
      if (!up.empty()) {
        update +=
            ") UPDATE events SET num_mentions = v.nm, num_articles = v.na, num_sources = v.ns, date = v.date, "
            "day = v.day, is_root = v.is_root, code = v.code, root = v.root, quad_class = v.quad, goldstein = v.gold, "
            "source_text = v.stext, target_text = v.ttext, first_url = v.url, source = v.src, target = v.tgt "
            "FROM v WHERE events.id = v.id";
        st = db_->Exec(update, up);
        if (!st.ok()) return st;
      }
      if (!dp.empty()) {
        st = db_->Exec(del + ")", dp);
        if (!st.ok()) return st;
      }
    }
    return Status::Ok();
  }

  Result<IngestOutcome> Probe(const Document& doc) override {
    std::string hash = ContentHash(doc);
    return Read<IngestOutcome>([&]() -> Result<IngestOutcome> {
      Rows rows;
      Status st = db_->Run("SELECT id, content_hash FROM documents WHERE id = ? OR content_hash = ?",
                           {doc.id, hash}, &rows);
      if (!st.ok()) return st;
      bool hash_elsewhere = false;
      for (size_t i = 0; i < rows.size(); ++i) {
        if (rows.Text(i, 0) == doc.id) {
          return rows.Text(i, 1) == hash ? IngestOutcome::kUnchanged : IngestOutcome::kReplaced;
        }
        hash_elsewhere = true;
      }
      return hash_elsewhere ? IngestOutcome::kDuplicate : IngestOutcome::kInserted;
    });
  }

  Status DeleteDocument(const std::string& id) override {
    std::lock_guard<std::mutex> lock(mu_);
    Status st = db_->BeginWrite();
    if (!st.ok()) return st;
    auto fail = [&](Status s) {
      db_->Rollback();
      return s;
    };
    Rows rows;
    st = db_->Run("SELECT doc_pk FROM documents WHERE id = ?", {id}, &rows);
    if (!st.ok()) return fail(st);
    if (!rows.empty()) {
      int64_t pk = rows.Int(0, 0);
      std::set<int64_t> touched;
      st = RemoveMentions(pk, &touched);
      if (st.ok()) st = db_->Exec("DELETE FROM sentences WHERE doc_pk = ?", {pk});
      if (st.ok()) st = db_->Exec("DELETE FROM documents WHERE doc_pk = ?", {pk});
      if (st.ok()) st = RefreshEvents(touched);
      if (!st.ok()) return fail(st);
    }
    return db_->Commit();
  }

  // ---------------------------------------------------------------- reading

  // Runs `fn` inside a read snapshot.
  template <class T, class Fn>
  Result<T> Read(Fn&& fn) {
    std::lock_guard<std::mutex> lock(mu_);
    Status st = db_->BeginRead();
    if (!st.ok()) return st;
    Result<T> r = fn();
    Status end = db_->Commit();
    if (!end.ok()) db_->Rollback();
    if (r.ok() && !end.ok()) return end;
    return r;
  }

  Status LoadMentions(StoredEvent* e, int64_t limit) {
    Rows r;
    Status st = db_->Run(
        "SELECT m.id, m.event_id, d.id, d.url, d.title, d.date, d.source_name, m.sentence, s.text, m.lead, "
        "m.date, m.source, m.target, m.code, m.field, m.source_begin, m.source_end, m.target_begin, m.target_end, "
        "m.verb_begin, m.verb_end, m.source_text, m.target_text, m.verb_text, m.rules, m.negated, d.text_bytes "
        "FROM mentions m JOIN documents d ON d.doc_pk = m.doc_pk "
        "LEFT JOIN sentences s ON s.doc_pk = m.doc_pk AND s.idx = m.sentence "
        "WHERE m.event_id = ? ORDER BY COALESCE(d.date, 0), d.id, m.sentence, m.id LIMIT ?",
        {e->id, limit}, &r);
    if (!st.ok()) return st;
    e->mentions.clear();
    for (size_t i = 0; i < r.size(); ++i) {
      EventMention m;
      m.id = r.Int(i, 0);
      m.event_id = r.Int(i, 1);
      m.doc_id = r.Text(i, 2);
      m.url = r.Text(i, 3);
      m.title = r.Text(i, 4);
      m.doc_date = YmdText(r.Int(i, 5));
      m.source_name = r.Text(i, 6);
      m.sentence = static_cast<uint32_t>(r.Int(i, 7));
      m.sentence_text = r.Text(i, 8);
      m.lead = r.Int(i, 9) != 0;
      m.date = YmdText(r.Int(i, 10));
      m.source = r.Text(i, 11);
      m.target = r.Text(i, 12);
      m.code = r.Text(i, 13);
      m.in = r.Int(i, 14) == 1 ? Field::kTitle : Field::kText;
      m.source_span = {static_cast<uint32_t>(r.Int(i, 15)), static_cast<uint32_t>(r.Int(i, 16))};
      m.target_span = {static_cast<uint32_t>(r.Int(i, 17)), static_cast<uint32_t>(r.Int(i, 18))};
      m.verb_span = {static_cast<uint32_t>(r.Int(i, 19)), static_cast<uint32_t>(r.Int(i, 20))};
      m.source_text = r.Text(i, 21);
      m.target_text = r.Text(i, 22);
      m.verb_text = r.Text(i, 23);
      m.rules = SplitLines(r.Text(i, 24));
      m.negated = r.Int(i, 25) != 0;
      m.doc_length = static_cast<uint32_t>(r.Int(i, 26));
      e->mentions.push_back(std::move(m));
    }
    return Status::Ok();
  }

  Result<QueryPage> QueryEvents(const EventQuery& q) override {
    if (q.limit < 1 || q.limit > 10000) return Status::Error("limit: must be 1..10000");
    Where w;
    if (!q.include_negated) w.Add("e.negated = 0");
    AddActorPrefix(&w, "e.source", q.source);
    AddActorPrefix(&w, "e.target", q.target);
    if (!q.actor.empty()) {
      std::string pat = LikeEscape(ToUpperAscii(q.actor)) + "%";
      w.Add("(e.source LIKE ? ESCAPE '\\' OR e.target LIKE ? ESCAPE '\\')");
      w.params.push_back(pat);
      w.params.push_back(pat);
    }
    if (!q.root.empty()) w.Add("e.root = ?", q.root);
    if (!q.code.empty()) w.Add("e.code LIKE ? ESCAPE '\\'", LikeEscape(q.code) + "%");
    Status st = AddDateRange(&w, q.from, q.to);
    if (!st.ok()) return st;
    if (!q.doc_id.empty()) {
      w.Add("EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.doc_pk = m.doc_pk "
            "WHERE m.event_id = e.id AND d.id = ?)",
            q.doc_id);
    }
    {
      std::string words = ToLowerAscii(q.text);
      std::string clause;
      Params ps;
      size_t i = 0;
      while (i < words.size()) {
        while (i < words.size() && std::isspace(static_cast<unsigned char>(words[i]))) ++i;
        size_t j = i;
        while (j < words.size() && !std::isspace(static_cast<unsigned char>(words[j]))) ++j;
        if (j > i) {
          clause += " AND lower(s.text) LIKE ? ESCAPE '\\'";
          ps.push_back("%" + LikeEscape(words.substr(i, j - i)) + "%");
        }
        i = j;
      }
      if (!clause.empty()) {
        w.Add("EXISTS (SELECT 1 FROM mentions m JOIN sentences s ON s.doc_pk = m.doc_pk AND s.idx = m.sentence "
              "WHERE m.event_id = e.id" +
              clause + ")");
        for (auto& p : ps) w.params.push_back(std::move(p));
      }
    }
    if (!q.cursor.empty()) {
      int64_t cd = 0, cid = 0;
      if (!DecodeCursor(q.cursor, &cd, &cid)) return Status::Error("cursor: not a cursor from this store");
      const char* op = q.descending ? "<" : ">";
      w.Add(std::string("(COALESCE(e.date, 0) ") + op + " ? OR (COALESCE(e.date, 0) = ? AND e.id " + op + " ?))");
      w.params.push_back(cd);
      w.params.push_back(cd);
      w.params.push_back(cid);
    }
    const char* dir = q.descending ? " DESC" : "";
    std::string sql = std::string("SELECT ") + kEventCols + " FROM events e" + w.sql +
                      " ORDER BY COALESCE(e.date, 0)" + dir + ", e.id" + dir + " LIMIT ?";
    w.params.push_back(int64_t{q.limit} + 1);
    return Read<QueryPage>([&]() -> Result<QueryPage> {
      Rows r;
      Status s = db_->Run(sql, w.params, &r);
      if (!s.ok()) return s;
      QueryPage page;
      size_t n = std::min<size_t>(r.size(), static_cast<size_t>(q.limit));
      for (size_t i = 0; i < n; ++i) page.events.push_back(ReadEvent(r, i));
      if (r.size() > n && n > 0) {
        page.next_cursor = EncodeCursor(r.Int(n - 1, 1), r.Int(n - 1, 0));
      }
      if (q.max_mentions != 0) {
        int64_t lim = q.max_mentions < 0 ? kAllMentions : q.max_mentions;
        for (auto& e : page.events) {
          s = LoadMentions(&e, lim);
          if (!s.ok()) return s;
        }
      }
      return page;
    });
  }

  Result<StoredEvent> GetEvent(int64_t id) override {
    return Read<StoredEvent>([&]() -> Result<StoredEvent> {
      Rows r;
      Status s = db_->Run(std::string("SELECT ") + kEventCols + " FROM events e WHERE e.id = ?", {id}, &r);
      if (!s.ok()) return s;
      if (r.empty()) return Status::Error("no event " + std::to_string(id));
      StoredEvent e = ReadEvent(r, 0);
      s = LoadMentions(&e, kAllMentions);
      if (!s.ok()) return s;
      return e;
    });
  }

  Result<StoredDocument> GetDocument(const std::string& id) override {
    return Read<StoredDocument>([&]() -> Result<StoredDocument> {
      Rows r;
      Status s = db_->Run(
          "SELECT doc_pk, id, url, date, title, agency, place, source_name, origin, content_hash, text, "
          "ingested_at" +
              std::string(info_.version >= 2 ? ", extra_json" : ", '{}'") + " FROM documents WHERE id = ?",
          {id}, &r);
      if (!s.ok()) return s;
      if (r.empty()) return Status::Error("no document '" + id + "'");
      StoredDocument d;
      int64_t pk = r.Int(0, 0);
      d.id = r.Text(0, 1);
      d.url = r.Text(0, 2);
      d.date = YmdText(r.Int(0, 3));
      d.title = r.Text(0, 4);
      d.agency = r.Text(0, 5);
      d.place = r.Text(0, 6);
      d.source_name = r.Text(0, 7);
      d.origin = r.Text(0, 8);
      d.content_hash = r.Text(0, 9);
      d.text = r.Text(0, 10);
      d.ingested_at = r.Text(0, 11);
      d.extra_json = r.Text(0, 12);
      Rows sr;
      s = db_->Run(
          "SELECT idx, field, span_begin, span_end, kind, block, lead, text FROM sentences WHERE doc_pk = ? "
          "ORDER BY idx",
          {pk}, &sr);
      if (!s.ok()) return s;
      for (size_t i = 0; i < sr.size(); ++i) {
        StoredSentence st;
        st.index = static_cast<uint32_t>(sr.Int(i, 0));
        st.field = sr.Int(i, 1) == 1 ? Field::kTitle : Field::kText;
        st.span = {static_cast<uint32_t>(sr.Int(i, 2)), static_cast<uint32_t>(sr.Int(i, 3))};
        st.kind = static_cast<BlockKind>(sr.Int(i, 4));
        st.block = static_cast<uint32_t>(sr.Int(i, 5));
        st.lead = sr.Int(i, 6) != 0;
        st.text = sr.Text(i, 7);
        if (st.text.empty()) {
          const std::string& base = st.field == Field::kTitle ? d.title : d.text;
          if (st.span.begin < st.span.end && st.span.end <= base.size()) {
            st.text = base.substr(st.span.begin, st.span.size());
          }
        }
        d.sentences.push_back(std::move(st));
      }
      Rows er;
      s = db_->Run("SELECT DISTINCT event_id FROM mentions WHERE doc_pk = ? ORDER BY event_id", {pk}, &er);
      if (!s.ok()) return s;
      for (size_t i = 0; i < er.size(); ++i) d.event_ids.push_back(er.Int(i, 0));
      return d;
    });
  }

  Result<std::vector<TimelinePoint>> Timeline(const TimelineQuery& q) override {
    Where w;
    if (!q.include_negated) w.Add("e.negated = 0");
    AddActorPrefix(&w, "e.source", q.source);
    AddActorPrefix(&w, "e.target", q.target);
    Status st = AddDateRange(&w, q.from, q.to);
    if (!st.ok()) return st;
    w.Add("e.date IS NOT NULL");
    std::string sql =
        "SELECT e.date, e.quad_class, COUNT(*), SUM(e.goldstein), SUM(e.num_mentions) FROM events e" + w.sql +
        " GROUP BY e.date, e.quad_class ORDER BY e.date";
    auto rows = Read<Rows>([&]() -> Result<Rows> {
      Rows r;
      Status s = db_->Run(sql, w.params, &r);
      if (!s.ok()) return s;
      return r;
    });
    if (!rows.ok()) return rows.status();
    std::map<int64_t, TimelinePoint> points;  // by period start day
    std::map<int64_t, double> gsum;
    for (size_t i = 0; i < rows->size(); ++i) {
      int ymd = static_cast<int>(rows->Int(i, 0));
      if (!ParseYmd(YmdText(ymd))) continue;
      Period p = PeriodOf(ymd, q.by);
      TimelinePoint& tp = points[p.start_day];
      if (tp.period.empty()) {
        tp.period = p.label;
        tp.start = YmdText(YmdFromDays(p.start_day));
      }
      int quad = static_cast<int>(rows->Int(i, 1));
      int64_t n = rows->Int(i, 2);
      tp.events += n;
      if (quad >= 1 && quad <= 4) tp.by_quad[quad - 1] += n;
      tp.mentions += rows->Int(i, 4);
      gsum[p.start_day] += rows->Real(i, 3);
    }
    std::vector<TimelinePoint> out;
    if (points.empty()) return out;
    // Fill empty periods between the first and the last (bounded).
    int64_t first = points.begin()->first, last = points.rbegin()->first;
    int64_t span_limit = 200000;
    for (int64_t d = first; d <= last && span_limit-- > 0; d = NextPeriodStart(d, q.by)) {
      auto it = points.find(d);
      if (it != points.end()) {
        TimelinePoint tp = it->second;
        tp.mean_goldstein = tp.events ? gsum[d] / static_cast<double>(tp.events) : 0;
        out.push_back(std::move(tp));
      } else {
        Period p = PeriodOf(YmdFromDays(d), q.by);
        TimelinePoint tp;
        tp.period = p.label;
        tp.start = YmdText(YmdFromDays(d));
        out.push_back(std::move(tp));
      }
    }
    return out;
  }

  Result<std::vector<ActorInfo>> SearchActors(const std::string& q, int limit) override {
    std::string code_pat = LikeEscape(ToUpperAscii(q)) + "%";
    std::string name_pat = "%" + LikeEscape(ToLowerAscii(q)) + "%";
    auto rows = Read<Rows>([&]() -> Result<Rows> {
      Rows r;
      Status s = db_->Run(
          "SELECT a.code, a.name, COUNT(*) FROM (SELECT source AS code, source_text AS name FROM mentions "
          "UNION ALL SELECT target AS code, target_text AS name FROM mentions) a "
          "WHERE a.code <> '' AND (a.code LIKE ? ESCAPE '\\' OR lower(a.name) LIKE ? ESCAPE '\\') "
          "GROUP BY a.code, a.name",
          {code_pat, name_pat}, &r);
      if (!s.ok()) return s;
      return r;
    });
    if (!rows.ok()) return rows.status();
    std::map<std::string, ActorInfo> by_code;
    std::map<std::string, int64_t> best;
    for (size_t i = 0; i < rows->size(); ++i) {
      const std::string& code = rows->Text(i, 0);
      int64_t n = rows->Int(i, 2);
      ActorInfo& a = by_code[code];
      a.code = code;
      a.mentions += n;
      if (n > best[code] || (n == best[code] && rows->Text(i, 1) < a.name)) {
        best[code] = n;
        a.name = rows->Text(i, 1);
      }
    }
    std::vector<ActorInfo> out;
    for (auto& [code, a] : by_code) out.push_back(std::move(a));
    std::sort(out.begin(), out.end(), [](const ActorInfo& a, const ActorInfo& b) {
      return a.mentions != b.mentions ? a.mentions > b.mentions : a.code < b.code;
    });
    if (limit > 0 && out.size() > static_cast<size_t>(limit)) out.resize(limit);
    return out;
  }

  Result<Network> GetNetwork(const NetworkQuery& q) override {
    Where w;
    if (!q.include_negated) w.Add("e.negated = 0");
    Status st = AddDateRange(&w, q.from, q.to);
    if (!st.ok()) return st;
    w.Add("e.source <> ''");
    w.Add("e.target <> ''");
    std::string sql =
        "SELECT e.source, e.target, e.quad_class, COUNT(*), SUM(e.goldstein), SUM(e.num_mentions) FROM events e" +
        w.sql + " GROUP BY e.source, e.target, e.quad_class";
    auto rows = Read<Rows>([&]() -> Result<Rows> {
      Rows r;
      Status s = db_->Run(sql, w.params, &r);
      if (!s.ok()) return s;
      return r;
    });
    if (!rows.ok()) return rows.status();
    std::map<std::pair<std::string, std::string>, NetworkEdge> edges;
    std::map<std::pair<std::string, std::string>, double> gsum;
    for (size_t i = 0; i < rows->size(); ++i) {
      std::string s = rows->Text(i, 0), t = rows->Text(i, 1);
      if (q.actor_prefix > 0) {
        s = s.substr(0, q.actor_prefix);
        t = t.substr(0, q.actor_prefix);
      }
      NetworkEdge& e = edges[{s, t}];
      e.source = s;
      e.target = t;
      int quad = static_cast<int>(rows->Int(i, 2));
      int64_t n = rows->Int(i, 3);
      e.events += n;
      if (quad >= 1 && quad <= 4) e.by_quad[quad - 1] += n;
      e.mentions += rows->Int(i, 5);
      gsum[{s, t}] += rows->Real(i, 4);
    }
    Network net;
    for (auto& [key, e] : edges) {
      if (e.events < q.min_events) continue;
      e.mean_goldstein = e.events ? gsum[key] / static_cast<double>(e.events) : 0;
      net.edges.push_back(e);
    }
    std::sort(net.edges.begin(), net.edges.end(), [](const NetworkEdge& a, const NetworkEdge& b) {
      if (a.events != b.events) return a.events > b.events;
      return std::tie(a.source, a.target) < std::tie(b.source, b.target);
    });
    if (q.max_edges > 0 && net.edges.size() > static_cast<size_t>(q.max_edges)) net.edges.resize(q.max_edges);
    std::map<std::string, int64_t> nodes;
    for (const auto& e : net.edges) {
      nodes[e.source] += e.events;
      if (e.target != e.source) nodes[e.target] += e.events;
    }
    for (auto& [code, n] : nodes) net.nodes.push_back({code, n});
    std::sort(net.nodes.begin(), net.nodes.end(), [](const NetworkNode& a, const NetworkNode& b) {
      return a.events != b.events ? a.events > b.events : a.code < b.code;
    });
    return net;
  }

  Result<StoreStats> Stats() override {
    auto r = Read<StoreStats>([&]() -> Result<StoreStats> {
      StoreStats s;
      Rows r;
      Status st = db_->Run(
          "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM sentences), "
          "(SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM events), "
          "(SELECT COUNT(DISTINCT source_name) FROM documents), (SELECT MIN(date) FROM events), "
          "(SELECT MAX(date) FROM events)",
          {}, &r);
      if (!st.ok()) return st;
      s.documents = r.Int(0, 0);
      s.sentences = r.Int(0, 1);
      s.mentions = r.Int(0, 2);
      s.events = r.Int(0, 3);
      s.sources = r.Int(0, 4);
      s.first_date = YmdText(r.Int(0, 5));
      s.last_date = YmdText(r.Int(0, 6));
      return s;
    });
    if (!r.ok()) return r;
    std::lock_guard<std::mutex> lock(mu_);
    r->backend = backend();
    r->location = db_->location();
    r->schema_version = info_.version;
    r->dedup_window_days = info_.dedup_window_days;
    r->bytes = db_->SizeBytes();
    return r;
  }

 private:
  std::mutex mu_;
  std::unique_ptr<Db> db_;
  SchemaInfo info_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenSqlStore(std::unique_ptr<Db> db, const StoreOptions& options) {
  SchemaInfo info;
  Status st = EnsureSchema(*db, options, &info);
  if (!st.ok()) return st;
  return std::unique_ptr<Store>(std::make_unique<SqlStore>(std::move(db), info));
}

}  // namespace store

Result<std::unique_ptr<Store>> Store::Open(const std::string& uri, const StoreOptions& options) {
  if (options.dedup_window_days < 0) return Status::Error("dedup window: must be >= 0 days");
  std::unique_ptr<store::Db> db;
  if (uri.rfind("postgresql://", 0) == 0 || uri.rfind("postgres://", 0) == 0 || uri.rfind("pg:", 0) == 0) {
    auto r = store::OpenPostgres(uri.rfind("pg:", 0) == 0 ? uri.substr(3) : uri);
    if (!r.ok()) return r.status();
    db = std::move(r).value();
  } else {
    std::string path = uri.rfind("sqlite:", 0) == 0 ? uri.substr(7) : uri;
    if (path.empty()) return Status::Error("store: empty database path");
    auto r = store::OpenSqlite(path, options.read_only, options.busy_timeout_ms, options.full_sync);
    if (!r.ok()) return r.status();
    db = std::move(r).value();
  }
  return store::OpenSqlStore(std::move(db), options);
}

Result<IngestReport> Store::Ingest(const StoreDocument& doc) {
  std::vector<IngestReport> reports;
  Status st = Ingest(std::span<const StoreDocument>(&doc, 1), &reports);
  if (!st.ok()) return st;
  if (reports.empty()) return Status::Error("ingest: no report");
  if (!reports[0].status.ok()) return reports[0].status;
  return reports[0];
}

}  // namespace dyad
