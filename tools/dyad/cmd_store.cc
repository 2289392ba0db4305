// dyad ingest / query / timeline / export / stats: the store from the command
// line. A thin front end over dyad/store.h; the formats live in the library.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "commands.h"
#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace dyad::cli {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

Result<std::unique_ptr<Store>> OpenStore(const std::string& db, bool read_only, int dedup_window = -1) {
  StoreOptions opt;
  opt.read_only = read_only;
  if (dedup_window >= 0) {
    opt.dedup_window_days = dedup_window;
    opt.override_dedup_window = true;
  }
  return Store::Open(db, opt);
}

// ------------------------------------------------------------------ ingest

struct IngestArgs {
  std::string db;
  std::vector<std::string> inputs;
  std::string in_format = "auto";
  std::string date;
  std::string dict;
  std::string model;
  bool negated = false;
  int batch = 200;
  double batch_seconds = 2.0;
  int dedup_window = -1;
  bool quiet = false;
  bool recode = false;
  int jobs = 1;
};

struct IngestCounters {
  size_t articles = 0, inserted = 0, replaced = 0, unchanged = 0, duplicate = 0;
  size_t mentions = 0, new_events = 0, merged = 0, errors = 0;
};

int RunIngest(const IngestArgs& args) {
  auto options = MakeIngestOptions(args.in_format, args.date);
  if (!options.ok()) {
    std::fprintf(stderr, "dyad: %s\n", options.status().message().c_str());
    return 2;
  }
  IngestOptions iopt = options.value();
  auto store = OpenStore(args.db, false, args.dedup_window);
  if (!store.ok()) {
    std::fprintf(stderr, "dyad: %s\n", store.status().message().c_str());
    return 2;
  }
  PipelineOptions popt;
  popt.dict = args.dict;
  popt.model_path = args.model;
  popt.emit_negated = args.negated;
  auto pipeline = Pipeline::Create(popt);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "dyad: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  const int threads = std::max(1, args.jobs);
  std::vector<std::unique_ptr<Pipeline::Worker>> workers;
  for (int i = 0; i < threads; ++i) workers.push_back(pipeline.value()->NewWorker());

  const auto t0 = Clock::now();
  auto last_progress = t0;
  const bool progress = !args.quiet;
  IngestCounters c;
  std::vector<StoreDocument> batch;
  auto batch_start = Clock::now();
  std::vector<IngestReport> reports;

  auto flush = [&]() -> bool {
    if (batch.empty()) return true;
    Status st = (*store)->Ingest(batch, &reports);
    if (!st.ok()) {
      std::fprintf(stderr, "dyad: %s: batch of %zu documents not stored: %s\n", args.db.c_str(), batch.size(),
                   st.message().c_str());
      c.errors += batch.size();
      batch.clear();
      return false;
    }
    for (const IngestReport& r : reports) {
      if (!r.status.ok()) {
        std::fprintf(stderr, "dyad: %s\n", r.status.message().c_str());
        ++c.errors;
        continue;
      }
      ++c.articles;
      switch (r.outcome) {
        case IngestOutcome::kInserted: ++c.inserted; break;
        case IngestOutcome::kReplaced: ++c.replaced; break;
        case IngestOutcome::kUnchanged: ++c.unchanged; break;
        case IngestOutcome::kDuplicate: ++c.duplicate; break;
      }
      c.mentions += r.mentions;
      c.new_events += r.new_events;
      c.merged += r.merged;
    }
    batch.clear();
    batch_start = Clock::now();
    if (progress && Seconds(last_progress) >= 2.0) {
      last_progress = Clock::now();
      double s = Seconds(t0);
      std::fprintf(stderr, "ingest: %zu articles (%.1f/s), %zu mentions, %zu new events, %zu errors\n", c.articles,
                   s > 0 ? c.articles / s : 0.0, c.mentions, c.new_events, c.errors);
    }
    return true;
  };

  // Documents read but not coded yet. With -j N they are coded N at a time,
  // each thread through its own Worker, and stored in input order, so the
  // store ends up exactly as with -j 1.
  struct Pending {
    Document doc;
    Status error;
    StoreDocument coded;
  };
  std::vector<Pending> pending;
  const size_t chunk = threads == 1 ? 1 : static_cast<size_t>(32 * threads);
  bool fatal = false;
  auto code_one = [&](Pipeline::Worker* w, Pending* p) {
    std::vector<Event> events;
    p->error = w->Code(p->doc, &events);
    if (p->error.ok()) p->coded = StoreDocument::From(p->doc, w->analysis(), std::move(events));
  };
  auto code_pending = [&]() {
    if (threads == 1) {
      for (Pending& p : pending) code_one(workers[0].get(), &p);
    } else {
      std::atomic<size_t> next{0};
      std::vector<std::thread> pool;
      for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
          for (size_t i = next++; i < pending.size(); i = next++) code_one(workers[t].get(), &pending[i]);
        });
      }
      for (auto& th : pool) th.join();
    }
    for (Pending& p : pending) {
      if (fatal) break;
      if (!p.error.ok()) {
        std::fprintf(stderr, "dyad: %s: %s\n", p.doc.origin.c_str(), p.error.message().c_str());
        ++c.errors;
        continue;
      }
      batch.push_back(std::move(p.coded));
      if (static_cast<int>(batch.size()) >= args.batch || Seconds(batch_start) >= args.batch_seconds) {
        if (!flush()) fatal = true;
      }
    }
    pending.clear();
  };

  std::vector<std::string> inputs = args.inputs;
  if (inputs.empty()) inputs.push_back("-");
  // Text and HTML files take their id from the file stem, so x.txt and x.html
  // (the same article twice) collide; within one run keep the first, or every
  // re-run would replace one with the other. JSONL ids are the data's own: a
  // later record with the same id is an update and replaces the earlier one.
  std::unordered_map<std::string, size_t> stem_ids;  // id -> index of the input it came from
  size_t clashes = 0;
  for (size_t input_index = 0; input_index < inputs.size(); ++input_index) {
    const std::string& path = inputs[input_index];
    if (fatal) break;
    auto reader = DocumentReader::Open(path, iopt);
    if (!reader.ok()) {
      std::fprintf(stderr, "dyad: %s\n", reader.status().message().c_str());
      ++c.errors;
      continue;
    }
    Document doc;
    Status err;
    while (reader.value()->Next(&doc, &err)) {
      if (!err.ok()) {
        std::fprintf(stderr, "dyad: %s\n", err.message().c_str());
        ++c.errors;
        err = Status::Ok();
        continue;
      }
      if (doc.format != InputFormat::kJsonl && inputs.size() > 1) {
        auto [it, fresh] = stem_ids.emplace(doc.id, input_index);
        if (!fresh && it->second != input_index) {
          std::fprintf(stderr, "dyad: %s: skipped: document id '%s' was already read from %s in this run\n",
                       doc.origin.c_str(), doc.id.c_str(), inputs[it->second].c_str());
          ++clashes;
          continue;
        }
      }
      if (!args.recode) {
        // Skip coding what is stored already (a re-run, or a resumed ingest).
        auto probe = (*store)->Probe(doc);
        if (probe.ok() && (*probe == IngestOutcome::kUnchanged || *probe == IngestOutcome::kDuplicate)) {
          ++c.articles;
          ++(*probe == IngestOutcome::kUnchanged ? c.unchanged : c.duplicate);
          continue;
        }
      }
      pending.push_back({std::move(doc), Status::Ok(), StoreDocument()});
      doc = Document();
      if (pending.size() >= chunk) {
        code_pending();
        if (fatal) break;
      }
    }
  }
  if (!fatal) code_pending();
  if (!fatal) flush();
  double secs = Seconds(t0);
  std::fprintf(stderr,
               "ingest: %zu articles in %.2f s (%.1f articles/s): %zu inserted, %zu replaced, %zu unchanged, "
               "%zu duplicate; %zu mentions, %zu new events, %zu merged; %zu errors%s\n",
               c.articles, secs, secs > 0 ? c.articles / secs : 0.0, c.inserted, c.replaced, c.unchanged,
               c.duplicate, c.mentions, c.new_events, c.merged, c.errors,
               clashes ? ("; " + std::to_string(clashes) + " skipped (id already read this run)").c_str() : "");
  return (c.errors > 0 || fatal) ? 1 : 0;
}

// ------------------------------------------------------------------ query / export

struct QueryArgs {
  std::string db;
  EventQuery q;
  long long limit = 100;   // total rows; 0 = all
  int mentions = 1;        // evidence mentions per event (jsonl)
  std::string format = "jsonl";
  std::string output;      // export: file instead of stdout
};

void AddFilterOptions(CLI::App* cmd, QueryArgs* a) {
  cmd->add_option("--source", a->q.source, "Source actor code or prefix (RUS matches RUSGOV)");
  cmd->add_option("--target", a->q.target, "Target actor code or prefix");
  cmd->add_option("--actor", a->q.actor, "Source or target actor code or prefix");
  cmd->add_option("--root", a->q.root, "CAMEO root code, e.g. 02");
  cmd->add_option("--code", a->q.code, "CAMEO event code or prefix, e.g. 023");
  cmd->add_option("--from", a->q.from, "First date, YYYYMMDD or YYYY-MM-DD");
  cmd->add_option("--to", a->q.to, "Last date (inclusive)");
  cmd->add_option("--text", a->q.text, "Words that must all appear in an evidence sentence");
  cmd->add_option("--doc", a->q.doc_id, "Only events mentioned in this document id");
  cmd->add_flag("--negated", a->q.include_negated, "Include negated events");
  cmd->add_flag("--desc", a->q.descending, "Newest first");
}

std::string CsvField(const std::string& s, char sep) {
  if (sep == '\t') {
    std::string out = s;
    for (char& ch : out) {
      if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
    }
    return out;
  }
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

constexpr const char* kTableColumns[] = {"id",          "date",        "source",      "target",     "code",
                                         "root",        "quad_class",  "goldstein",   "num_mentions",
                                         "num_sources", "num_articles", "source_text", "target_text",
                                         "verb_text",   "doc_id",      "url",         "sentence"};

std::string TableRow(const StoredEvent& e, char sep) {
  char g[32];
  std::snprintf(g, sizeof g, "%.1f", e.goldstein);
  const EventMention* m = e.mentions.empty() ? nullptr : &e.mentions.front();
  std::vector<std::string> cols = {std::to_string(e.id),
                                   e.date,
                                   e.source,
                                   e.target,
                                   e.code,
                                   e.root,
                                   std::to_string(e.quad_class),
                                   g,
                                   std::to_string(e.num_mentions),
                                   std::to_string(e.num_sources),
                                   std::to_string(e.num_articles),
                                   e.source_name_text,
                                   e.target_name_text,
                                   m ? m->verb_text : "",
                                   m ? m->doc_id : "",
                                   m && !m->url.empty() ? m->url : e.first_url,
                                   m ? m->sentence_text : ""};
  std::string out;
  for (size_t i = 0; i < cols.size(); ++i) {
    if (i) out += sep;
    out += CsvField(cols[i], sep);
  }
  return out;
}

// Streams the events matching args through `emit`, page by page.
int ForEachEvent(const QueryArgs& args, int mentions, const std::function<void(const StoredEvent&)>& emit,
                 std::string* next_cursor) {
  auto store = OpenStore(args.db, true);
  if (!store.ok()) {
    std::fprintf(stderr, "dyad: %s\n", store.status().message().c_str());
    return 2;
  }
  EventQuery q = args.q;
  q.max_mentions = mentions;
  long long remaining = args.limit > 0 ? args.limit : -1;
  for (;;) {
    q.limit = static_cast<int>(remaining > 0 ? std::min<long long>(remaining, 1000) : 1000);
    auto page = (*store)->QueryEvents(q);
    if (!page.ok()) {
      std::fprintf(stderr, "dyad: %s\n", page.status().message().c_str());
      return 2;
    }
    for (const StoredEvent& e : page->events) emit(e);
    if (remaining > 0) remaining -= static_cast<long long>(page->events.size());
    q.cursor = page->next_cursor;
    if (q.cursor.empty()) break;
    if (remaining == 0) {
      if (next_cursor) *next_cursor = q.cursor;
      break;
    }
  }
  return 0;
}

int RunQuery(const QueryArgs& args) {
  const std::string& f = args.format;
  char sep = f == "csv" ? ',' : '\t';
  if (f == "csv" || f == "tsv") {
    std::string header;
    for (const char* c : kTableColumns) {
      if (!header.empty()) header += sep;
      header += c;
    }
    std::printf("%s\n", header.c_str());
  }
  std::string next;
  int mentions = (f == "jsonl") ? args.mentions : 1;
  int rc = ForEachEvent(
      args, mentions,
      [&](const StoredEvent& e) {
        std::string line = f == "jsonl" ? EventJson(e) : f == "gdelt" ? GdeltEventRow(e) : TableRow(e, sep);
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
      },
      &next);
  std::fflush(stdout);
  if (rc == 0 && !next.empty()) {
    std::fprintf(stderr, "dyad: more events; continue with --cursor %s (or raise --limit)\n", next.c_str());
  }
  return rc;
}

int RunExport(const QueryArgs& args) {
  FILE* out = stdout;
  if (!args.output.empty() && args.output != "-") {
    out = std::fopen(args.output.c_str(), "wb");
    if (!out) {
      std::fprintf(stderr, "dyad: %s: cannot open for writing\n", args.output.c_str());
      return 2;
    }
  }
  std::unique_ptr<PloverMap> plover;
  if (args.format == "plover") {
    auto map = PloverMap::LoadDefault();
    if (!map.ok()) {
      std::fprintf(stderr, "dyad: %s\n", map.status().message().c_str());
      return 2;
    }
    plover = std::make_unique<PloverMap>(std::move(map).value());
  }
  const std::string& f = args.format;
  int mentions = f == "gdelt-mentions" ? -1 : f == "jsonl" ? -1 : f == "plover" ? 1 : 0;
  size_t rows = 0;
  std::string line;
  int rc = ForEachEvent(
      args, mentions,
      [&](const StoredEvent& e) {
        if (f == "gdelt-mentions") {
          for (const EventMention& m : e.mentions) {
            line = GdeltMentionRow(e, m);
            line += '\n';
            std::fwrite(line.data(), 1, line.size(), out);
            ++rows;
          }
          return;
        }
        line = f == "gdelt" ? GdeltEventRow(e) : f == "plover" ? PloverJson(e, *plover) : EventJson(e);
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), out);
        ++rows;
      },
      nullptr);
  if (out != stdout) {
    if (std::fclose(out) != 0) {
      std::fprintf(stderr, "dyad: %s: write failed\n", args.output.c_str());
      return 2;
    }
  } else {
    std::fflush(stdout);
  }
  if (rc == 0) std::fprintf(stderr, "export: %zu rows (%s)\n", rows, f.c_str());
  return rc;
}

// ------------------------------------------------------------------ timeline / stats

struct TimelineArgs {
  std::string db;
  TimelineQuery q;
  std::string by = "day";
  std::string format = "tsv";
};

int RunTimeline(const TimelineArgs& args) {
  auto by = ParseTimeBucket(args.by);
  if (!by.ok()) {
    std::fprintf(stderr, "dyad: %s\n", by.status().message().c_str());
    return 2;
  }
  TimelineQuery q = args.q;
  q.by = *by;
  auto store = OpenStore(args.db, true);
  if (!store.ok()) {
    std::fprintf(stderr, "dyad: %s\n", store.status().message().c_str());
    return 2;
  }
  auto points = (*store)->Timeline(q);
  if (!points.ok()) {
    std::fprintf(stderr, "dyad: %s\n", points.status().message().c_str());
    return 2;
  }
  if (args.format == "jsonl") {
    for (const TimelinePoint& p : *points) {
      nlohmann::json j = {{"period", p.period},         {"start", p.start},
                          {"events", p.events},         {"verbal_coop", p.by_quad[0]},
                          {"material_coop", p.by_quad[1]}, {"verbal_conflict", p.by_quad[2]},
                          {"material_conflict", p.by_quad[3]}, {"mentions", p.mentions},
                          {"mean_goldstein", p.mean_goldstein}};
      std::printf("%s\n", j.dump().c_str());
    }
    return 0;
  }
  char sep = args.format == "csv" ? ',' : '\t';
  std::printf("period%cstart%cevents%cverbal_coop%cmaterial_coop%cverbal_conflict%cmaterial_conflict%cmentions%c"
              "mean_goldstein\n",
              sep, sep, sep, sep, sep, sep, sep, sep);
  for (const TimelinePoint& p : *points) {
    std::printf("%s%c%s%c%lld%c%lld%c%lld%c%lld%c%lld%c%lld%c%.3f\n", p.period.c_str(), sep, p.start.c_str(), sep,
                static_cast<long long>(p.events), sep, static_cast<long long>(p.by_quad[0]), sep,
                static_cast<long long>(p.by_quad[1]), sep, static_cast<long long>(p.by_quad[2]), sep,
                static_cast<long long>(p.by_quad[3]), sep, static_cast<long long>(p.mentions), sep,
                p.mean_goldstein);
  }
  return 0;
}

int RunStats(const std::string& db) {
  auto store = OpenStore(db, true);
  if (!store.ok()) {
    std::fprintf(stderr, "dyad: %s\n", store.status().message().c_str());
    return 2;
  }
  auto s = (*store)->Stats();
  if (!s.ok()) {
    std::fprintf(stderr, "dyad: %s\n", s.status().message().c_str());
    return 2;
  }
  nlohmann::json j = {{"backend", s->backend},
                      {"location", s->location},
                      {"schema_version", s->schema_version},
                      {"dedup_window_days", s->dedup_window_days},
                      {"documents", s->documents},
                      {"sentences", s->sentences},
                      {"mentions", s->mentions},
                      {"events", s->events},
                      {"sources", s->sources},
                      {"first_date", s->first_date},
                      {"last_date", s->last_date},
                      {"bytes", s->bytes},
                      {"mentions_per_event", s->events ? double(s->mentions) / double(s->events) : 0.0}};
  std::printf("%s\n", j.dump(2).c_str());
  return 0;
}

}  // namespace

void RegisterStore(CLI::App& app) {
  const char* db_help = "Store: SQLite file path, or postgresql://user@host:port/db";
  {
    auto a = std::make_shared<IngestArgs>();
    CLI::App* cmd = app.add_subcommand("ingest", "Code articles and keep them in a store (idempotent)");
    cmd->add_option("--db", a->db, db_help)->required();
    cmd->add_option("inputs", a->inputs, "Input files (text, .jsonl, .html) or - for stdin");
    cmd->add_option("--in-format", a->in_format, "auto|text|jsonl|html")->capture_default_str();
    cmd->add_option("--date", a->date, "Article date YYYYMMDD when the input has none");
    cmd->add_option("--dict", a->dict, "Dictionaries: dyad:DIR (default: bundled data/dict)");
    cmd->add_option("--model", a->model, "Parser model file, or 'none' for the heuristic coder");
    cmd->add_flag("--negated", a->negated, "Also store negated events (flagged; hidden from queries by default)");
    cmd->add_option("--batch", a->batch, "Documents per transaction")->check(CLI::Range(1, 100000))
        ->capture_default_str();
    cmd->add_option("--batch-seconds", a->batch_seconds, "Commit at least this often (seconds)")
        ->capture_default_str();
    cmd->add_option("--dedup-window", a->dedup_window,
                    "Days between mentions of one event (default: the store's setting; new stores 1)");
    cmd->add_flag("-q,--quiet", a->quiet, "No progress lines (the summary is still printed)");
    cmd->add_option("-j,--jobs", a->jobs, "Coding threads (storing stays one writer, in input order)")
        ->check(CLI::Range(1, 256))
        ->capture_default_str();
    cmd->add_flag("--recode", a->recode,
                  "Code every article even when it is stored unchanged (counts: unchanged/duplicate)");
    cmd->callback([a] { SetExitCode(RunIngest(*a)); });
  }
  {
    auto a = std::make_shared<QueryArgs>();
    CLI::App* cmd = app.add_subcommand("query", "Find stored events (deduplicated) with their evidence");
    cmd->add_option("--db", a->db, db_help)->required();
    AddFilterOptions(cmd, a.get());
    cmd->add_option("--limit", a->limit, "Most events to print (0 = all)")->capture_default_str();
    cmd->add_option("--cursor", a->q.cursor, "Continue after a previous query (printed on stderr)");
    cmd->add_option("--mentions", a->mentions, "Evidence mentions per event in jsonl (-1 = all)")
        ->capture_default_str();
    cmd->add_option("--format", a->format, "jsonl|csv|tsv|gdelt")
        ->check(CLI::IsMember({"jsonl", "csv", "tsv", "gdelt"}))
        ->capture_default_str();
    cmd->callback([a] { SetExitCode(RunQuery(*a)); });
  }
  {
    auto a = std::make_shared<TimelineArgs>();
    CLI::App* cmd = app.add_subcommand("timeline", "Events per period between two actors, by quad class");
    cmd->add_option("--db", a->db, db_help)->required();
    cmd->add_option("--source", a->q.source, "Source actor code or prefix");
    cmd->add_option("--target", a->q.target, "Target actor code or prefix");
    cmd->add_option("--by", a->by, "day|week|month")->check(CLI::IsMember({"day", "week", "month"}))
        ->capture_default_str();
    cmd->add_option("--from", a->q.from, "First date");
    cmd->add_option("--to", a->q.to, "Last date (inclusive)");
    cmd->add_flag("--negated", a->q.include_negated, "Include negated events");
    cmd->add_option("--format", a->format, "tsv|csv|jsonl")->check(CLI::IsMember({"tsv", "csv", "jsonl"}))
        ->capture_default_str();
    cmd->callback([a] { SetExitCode(RunTimeline(*a)); });
  }
  {
    auto a = std::make_shared<QueryArgs>();
    a->limit = 0;
    a->format = "gdelt";
    CLI::App* cmd = app.add_subcommand("export", "Write stored events as GDELT 2.0 Events/Mentions or PLOVER");
    cmd->add_option("--db", a->db, db_help)->required();
    cmd->add_option("--format", a->format, "gdelt (61 columns) | gdelt-mentions (16) | plover | jsonl")
        ->check(CLI::IsMember({"gdelt", "gdelt-mentions", "plover", "jsonl"}))
        ->capture_default_str();
    cmd->add_option("-o,--output", a->output, "Output file (default stdout)");
    AddFilterOptions(cmd, a.get());
    cmd->add_option("--limit", a->limit, "Most events (0 = all)")->capture_default_str();
    cmd->callback([a] { SetExitCode(RunExport(*a)); });
  }
  {
    auto db = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("stats", "Counts and size of a store (JSON)");
    cmd->add_option("--db", *db, db_help)->required();
    cmd->callback([db] { SetExitCode(RunStats(*db)); });
  }
}

}  // namespace dyad::cli
