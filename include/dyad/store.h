// Store: where coded news is kept, deduplicated, queried and exported.
// One abstract interface, two back ends: an embedded SQLite file (default,
// zero set-up, WAL mode) and a PostgreSQL server via libpq (`postgresql://`).
// The on-disk/in-database layout is documented in docs/formats/store.md and
// the deduplication rule in docs/dedup.md.
//
// Usage:
//   auto store = dyad::Store::Open("events.db");          // or "postgresql://user@host/db"
//   if (!store.ok()) { fprintf(stderr, "%s\n", store.status().message().c_str()); ... }
//   dyad::StoreDocument sd = dyad::StoreDocument::From(doc, worker->analysis(), events);
//   auto report = (*store)->Ingest(sd);                   // idempotent by content hash
//   dyad::EventQuery q;  q.source = "RUS";  q.target = "ARM";
//   auto page = (*store)->QueryEvents(q);                 // page->events, page->next_cursor
//
// Model (GDELT 2.0's Events/Mentions split):
//   document  1..n  sentence  1..n  mention  n..1  event
// A *mention* is one coded Event as the pipeline produced it (one sentence of
// one article). An *event* is the deduplicated real-world happening: mentions
// with the same dyad, the same 3-digit CAMEO base code, compatible actors and
// dates within the dedup window (StoreOptions::dedup_window_days) are merged,
// and the event carries num_mentions / num_sources / num_articles.
//
// Thread-safety: a Store object holds ONE database connection. All its methods
// are internally serialised by a mutex, so sharing one Store between threads
// is safe but not parallel. For parallel readers (an HTTP server's worker
// threads) open one Store per thread: any number of Store objects, in any
// number of threads or processes, may use the same SQLite file or PostgreSQL
// database at once. Readers always see whole committed ingest batches (SQLite
// WAL snapshots / PostgreSQL MVCC); writers are serialised by the database
// (SQLite's write lock with a busy timeout; a PostgreSQL advisory lock).
//
// Errors: every method returns Status or Result<T>; nothing throws across this
// boundary. A missing, corrupt or foreign (non-dyad) database file yields a
// clear error naming the file, never a crash.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "dyad/analysis.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

// The schema version this build writes. Older databases are migrated forward
// automatically on Open (unless read_only); newer ones are refused.
inline constexpr int kStoreSchemaVersion = 2;

struct StoreOptions {
  // Mentions whose dates differ by at most this many days may merge into one
  // event (see docs/dedup.md). 0 = same day only. Stored in the database the
  // first time it is created; later opens use the stored value unless
  // override_dedup_window is set.
  int dedup_window_days = 1;
  bool override_dedup_window = false;
  // Open for reading only: never creates, migrates or writes. A database whose
  // schema is older than kStoreSchemaVersion is then an error.
  bool read_only = false;
  // SQLite: how long a writer waits for another writer's lock, milliseconds.
  int busy_timeout_ms = 30000;
  // SQLite: PRAGMA synchronous. false = NORMAL (durable at checkpoints; WAL
  // keeps the file consistent after a crash), true = FULL (every commit fsyncs).
  bool full_sync = false;
  // For tests of migration only: create/migrate the schema up to this version
  // (0 = kStoreSchemaVersion).
  int max_schema_version = 0;
};

// One sentence of a coded document, as kept in the store (a copy: it does not
// refer into the Document).
struct StoredSentence {
  uint32_t index = 0;            // position in Analysis::sentences (title sentences first); = Event::sentence
  Field field = Field::kText;    // which text the span indexes
  Span span;                     // in that field's text (not the raw HTML page)
  BlockKind kind = BlockKind::kBody;
  uint32_t block = 0;            // index of its block in Analysis::blocks
  bool lead = false;             // headline, or in the first body block (GDELT IsRootEvent)
  std::string text;              // the sentence's bytes (the store keeps them for sentences with events;
                                 // GetDocument refills the others from the document text)
};

// Everything Ingest needs for one article: the document, its sentences and
// the events the pipeline coded from it (negated events are stored too, with
// their flag, and excluded from queries unless asked for).
struct StoreDocument {
  Document doc;
  std::vector<StoredSentence> sentences;
  std::vector<Event> events;
  // Copies what the store keeps from a document, the Analysis the pipeline
  // left in Worker::analysis() and the events coded from it.
  static StoreDocument From(const Document& doc, const Analysis& analysis, std::vector<Event> events);
};

// SHA-256 (hex) of the document's content: date, title, text, url, agency
// (not its id). Same id and same hash => re-ingest changes nothing; another id
// with a stored hash => skipped as a duplicate copy.
std::string ContentHash(const Document& doc);

enum class IngestOutcome : uint8_t {
  kInserted,   // new document id: stored with its events
  kUnchanged,  // same id, same content hash: nothing changed
  kReplaced,   // same id, different content: old mentions removed, new ones stored (one transaction)
  kDuplicate,  // a different id with the same content hash is already stored: skipped
};
const char* IngestOutcomeName(IngestOutcome o);

struct IngestReport {
  std::string doc_id;
  IngestOutcome outcome = IngestOutcome::kInserted;
  Status status;                 // not ok: this document was not stored (others in the batch were)
  std::string duplicate_of;      // kDuplicate: id of the stored document with the same content
  uint32_t mentions = 0;         // mentions stored for this document
  uint32_t new_events = 0;       // of which started a new event
  uint32_t merged = 0;           // of which merged into an existing event
};

// One mention of an event: where and how an article reported it.
struct EventMention {
  int64_t id = 0;                // mention id (stable until the document is replaced)
  int64_t event_id = 0;
  std::string doc_id;
  std::string url;               // document URL, may be empty
  std::string title;             // document title
  std::string doc_date;          // document date YYYYMMDD, may be empty
  std::string source_name;       // agency, else the URL's host, else empty
  uint32_t sentence = 0;         // sentence index within the document (Event::sentence)
  std::string sentence_text;
  bool lead = false;             // sentence is in the headline/lead
  std::string date;              // the mention's event date YYYYMMDD (event date, else document date)
  std::string source, target, code;  // codes exactly as coded in this sentence
  Field in = Field::kText;       // which text the spans index
  Span source_span, target_span, verb_span;  // reported coordinates (raw page for HTML)
  std::string source_text, target_text, verb_text;
  std::vector<std::string> rules;    // dictionary entries that fired
  bool negated = false;
  uint32_t doc_length = 0;       // bytes of the document text (GDELT MentionDocLen)
};

// A deduplicated event.
struct StoredEvent {
  int64_t id = 0;                // GLOBALEVENTID
  std::string date;              // YYYYMMDD of the earliest mention; empty if undated
  std::string source, target;    // the most specific compatible actor codes among the mentions
  std::string code;              // CAMEO code of the first mention, e.g. "0231"
  std::string base_code;         // 3-digit base, e.g. "023" (2-digit codes: the code itself)
  std::string root;              // "02"
  int quad_class = 0;            // 1..4
  double goldstein = 0;
  bool negated = false;
  int64_t num_mentions = 0;      // sentences (all articles) reporting it
  int64_t num_sources = 0;       // distinct source names
  int64_t num_articles = 0;      // distinct documents
  bool is_root = false;          // some mention is in a lead sentence
  std::string source_name_text;  // actor surface texts of the first mention ("Russia")
  std::string target_name_text;
  std::string first_url;         // URL (else doc id) of the first mention's document
  std::string date_added;        // YYYYMMDDHHMMSS (UTC) when the event was first stored
  // Filled according to EventQuery::max_mentions (GetEvent: all), ordered by
  // document date, document id, sentence.
  std::vector<EventMention> mentions;
};

struct EventQuery {
  // Actor filters match a code and every more specific code beginning with it
  // ("RUS" matches RUS, RUSGOV, RUSMIL). Case-insensitive. Empty = any.
  std::string source;
  std::string target;
  std::string actor;             // source OR target
  std::string root;              // 2-digit root, exact ("02")
  std::string code;              // CAMEO code prefix ("02" = root 02, "023" = 023 and 023x)
  std::string from, to;          // inclusive, YYYYMMDD or YYYY-MM-DD; undated events are excluded when set
  std::string text;              // words that must all appear (case-insensitive) in a mention's sentence
  std::string doc_id;            // only events with a mention in this document
  bool include_negated = false;
  int limit = 100;               // page size, 1..10000
  std::string cursor;            // "" = first page; else a QueryPage::next_cursor
  int max_mentions = 1;          // mentions attached to each event: 0 none, -1 all
  bool descending = false;       // order by (date, id) descending instead of ascending
};

struct QueryPage {
  std::vector<StoredEvent> events;
  std::string next_cursor;       // empty when this is the last page; opaque, pass back unchanged
};

enum class TimeBucket : uint8_t { kDay, kWeek, kMonth };
// "day" | "week" | "month"
Result<TimeBucket> ParseTimeBucket(std::string_view s);

struct TimelineQuery {
  std::string source, target;    // as EventQuery (prefix match); empty = any
  TimeBucket by = TimeBucket::kDay;
  std::string from, to;          // optional, inclusive
  bool include_negated = false;
};

struct TimelinePoint {
  std::string period;            // "2024-03-05" (day), "2024-W10" (ISO week), "2024-03" (month)
  std::string start;             // first day of the period, YYYYMMDD (weeks start on Monday)
  int64_t events = 0;            // deduplicated events in the period
  int64_t by_quad[4] = {0, 0, 0, 0};  // events per quad class 1..4 (index quad-1)
  int64_t mentions = 0;          // sum of num_mentions
  double mean_goldstein = 0;     // over events
};

struct ActorInfo {
  std::string code;              // CAMEO actor code
  std::string name;              // most frequent surface text ("Russia")
  int64_t mentions = 0;          // mentions with this code as source or target
};

struct NetworkQuery {
  std::string from, to;          // optional, inclusive
  int64_t min_events = 1;        // drop edges with fewer events
  int actor_prefix = 0;          // 0 = full codes; 3 = collapse to the first 3 letters (country)
  int max_edges = 1000;          // strongest edges kept
  bool include_negated = false;
};

struct NetworkNode {
  std::string code;
  int64_t events = 0;            // events on kept edges touching this node
};

struct NetworkEdge {
  std::string source, target;
  int64_t events = 0;
  int64_t mentions = 0;
  int64_t by_quad[4] = {0, 0, 0, 0};
  double mean_goldstein = 0;
};

struct Network {
  std::vector<NetworkNode> nodes;  // by events, descending
  std::vector<NetworkEdge> edges;  // by events, descending
};

struct StoreStats {
  std::string backend;           // "sqlite" | "postgresql"
  std::string location;          // file path, or the URI without password
  int schema_version = 0;
  int dedup_window_days = 0;
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t mentions = 0;
  int64_t events = 0;
  int64_t sources = 0;           // distinct source names
  std::string first_date, last_date;  // over events, YYYYMMDD
  int64_t bytes = 0;             // database size on disk (SQLite file incl. WAL; PG database size)
};

// A stored article, as kept (the text is the cleaned/ingested text).
struct StoredDocument {
  std::string id, url, date, title, agency, place, source_name, origin;
  std::string content_hash;
  std::string text;
  std::string extra_json;
  std::string ingested_at;       // YYYYMMDDHHMMSS (UTC)
  std::vector<StoredSentence> sentences;
  std::vector<int64_t> event_ids;  // events with a mention in this document
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (creating if absent, unless read_only) a store:
  //   "postgresql://..." or "postgres://..."  PostgreSQL (libpq URI; tables in
  //                                           the connection's search_path)
  //   "pg:KEY=VALUE ..."                       PostgreSQL, libpq keyword conninfo
  //   "sqlite:PATH", ":memory:" or any PATH    SQLite file
  static Result<std::unique_ptr<Store>> Open(const std::string& uri, const StoreOptions& options = {});

  // Ingests documents in ONE transaction (a batch). Each document is
  // all-or-nothing and one bad document does not lose the others: invalid ones
  // are reported without touching the database, and if one fails inside the
  // database the batch is redone one transaction per document. `reports`
  // (optional) receives one report per document, in order. Returns an error
  // only when the whole batch failed (nothing committed).
  virtual Status Ingest(std::span<const StoreDocument> docs, std::vector<IngestReport>* reports) = 0;
  // One document, one transaction.
  Result<IngestReport> Ingest(const StoreDocument& doc);

  // What Ingest would do with this document, without coding or writing it:
  // kUnchanged / kDuplicate mean it would change nothing, so a re-run can skip
  // coding it; kInserted (new id) or kReplaced (changed content) otherwise.
  virtual Result<IngestOutcome> Probe(const Document& doc) = 0;

  virtual Result<QueryPage> QueryEvents(const EventQuery& query) = 0;
  // The event with all its mentions; error "no event N" when absent.
  virtual Result<StoredEvent> GetEvent(int64_t id) = 0;
  virtual Result<StoredDocument> GetDocument(const std::string& id) = 0;
  virtual Result<std::vector<TimelinePoint>> Timeline(const TimelineQuery& query) = 0;
  // Actors whose code starts with `q` or whose surface text contains it
  // (case-insensitive), most mentioned first.
  virtual Result<std::vector<ActorInfo>> SearchActors(const std::string& q, int limit = 20) = 0;
  virtual Result<Network> GetNetwork(const NetworkQuery& query) = 0;
  virtual Result<StoreStats> Stats() = 0;
  // Removes a document, its sentences and mentions; events left without
  // mentions are deleted, the others recounted. Not found is not an error.
  virtual Status DeleteDocument(const std::string& id) = 0;

  virtual const char* backend() const = 0;
  virtual int schema_version() const = 0;
};

// ---- Export formats (shared by `dyad export`, `dyad query` and the server) ----

// One GDELT 2.0 Events row: exactly 61 tab-separated fields in GDELT's order
// (no trailing newline); our values where we have them, empty where not.
std::string GdeltEventRow(const StoredEvent& e);
// One GDELT 2.0 Mentions row: exactly 16 tab-separated fields.
std::string GdeltMentionRow(const StoredEvent& e, const EventMention& m);
// The event as one JSON object (one line), with its attached mentions.
std::string EventJson(const StoredEvent& e);

// CAMEO -> PLOVER mapping, loaded from data/plover/cameo2plover.tsv.
struct PloverType {
  std::string event;             // PLOVER event type, e.g. "REQUEST"; empty = no PLOVER equivalent
  std::string mode;              // may be empty
  std::string context;           // may be empty ("economic", "military; legal")
};
class PloverMap {
 public:
  static Result<PloverMap> Load(const std::string& path);
  static Result<PloverMap> LoadDefault();  // DataDir()/plover/cameo2plover.tsv
  // Longest-prefix lookup: "0231" -> entry for 0231, else 023, else 02. Null if none.
  const PloverType* Find(std::string_view cameo_code) const;
  size_t size() const { return map_.size(); }

 private:
  std::vector<std::pair<std::string, PloverType>> map_;  // sorted by code
};
// The event as one PLOVER-style JSON object (one line).
std::string PloverJson(const StoredEvent& e, const PloverMap& map);

}  // namespace dyad
