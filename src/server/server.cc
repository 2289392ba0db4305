// `dyad serve`: the HTTP JSON API and the dashboard's static files over
// cpp-httplib. See server.h for the threading model and docs/api.md for the API.
#include "server/server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "server/api_json.h"
#include "server/params.h"
#include "server/pool.h"

namespace dyad::server {

extern const char kOpenApiJson[];  // openapi.json, embedded at build time (embed.cmake)

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr int kMaxPageSize = 1000;
constexpr size_t kMaxStaticBytes = 64u << 20;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

void SendJson(httplib::Response& res, int status, const json& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(Dump(body), "application/json; charset=utf-8");
}

void SendError(httplib::Response& res, const ApiError& e) {
  json body = {{"error", e.message}, {"status", e.status}};
  if (!e.parameter.empty()) body["parameter"] = e.parameter;
  SendJson(res, e.status, body);
}

// A failure inside the server (store, pipeline): logged in full, answered
// with a generic message so no internals leak.
void SendInternal(httplib::Response& res, const char* what, const Status& status) {
  std::fprintf(stderr, "dyad serve: %s: %s\n", what, status.message().c_str());
  SendJson(res, 500, {{"error", std::string(what) + " failed"}, {"status", 500}});
}

// The query string's parameters only: httplib also merges the fields of a
// form-encoded body into req.params, which would mix a posted article into them.
std::multimap<std::string, std::string> ParamsOf(const httplib::Request& req) {
  httplib::Params params;
  size_t q = req.target.find('?');
  if (q != std::string::npos) httplib::detail::parse_query_text(req.target.substr(q + 1), params);
  return std::multimap<std::string, std::string>(params.begin(), params.end());
}

// Constant-time comparison, so the token cannot be guessed byte by byte.
bool SameToken(std::string_view given, std::string_view expected) {
  if (expected.empty()) return false;
  unsigned char diff = given.size() == expected.size() ? 0 : 1;
  for (size_t i = 0; i < given.size(); ++i) {
    diff |= static_cast<unsigned char>(given[i] ^ expected[i % expected.size()]);
  }
  return diff == 0;
}

std::string MimeOf(const fs::path& p) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"}, {".svg", "image/svg+xml"},
      {".png", "image/png"}, {".ico", "image/x-icon"}, {".map", "application/json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"}, {".woff2", "font/woff2"}};
  auto it = kTypes.find(p.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

struct StaticFile {
  std::string body;
  std::string mime;
  bool immutable = false;  // content-hashed name: cache for a year
};

// The dashboard's files, read once at start-up (a few hundred KiB): requests
// never touch the file system, so no path can escape the directory.
Status LoadStatic(const std::string& dir, std::map<std::string, StaticFile>* files) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Error(dir + ": static directory not found");
  size_t total = 0;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    StaticFile f;
    f.body = ss.str();
    f.mime = MimeOf(it->path());
    total += f.body.size();
    if (total > kMaxStaticBytes) return Status::Error(dir + ": static files larger than 64 MiB");
    std::string rel = "/" + fs::relative(it->path(), dir, ec).generic_string();
    f.immutable = rel.rfind("/assets/", 0) == 0;
    (*files)[rel] = std::move(f);
  }
  if (ec) return Status::Error(dir + ": " + ec.message());
  if (!files->count("/index.html")) return Status::Error(dir + ": no index.html (was the dashboard built?)");
  return Status::Ok();
}

const char kNoDashboard[] =
    "<!doctype html><meta charset=utf-8><title>dyad</title>"
    "<p>The dyad API is running (<a href=\"/api/openapi.json\">/api/openapi.json</a>), "
    "but the dashboard was not built. Run <code>scripts/build-web.sh</code> and start "
    "<code>dyad serve</code> with <code>--static-dir web/dist</code>.</p>";

}  // namespace

Result<std::string> ReadTokenFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read the token file");
  std::string line;
  std::getline(in, line);
  auto is_space = [](unsigned char c) { return std::isspace(c); };
  while (!line.empty() && is_space(line.back())) line.pop_back();
  size_t b = 0;
  while (b < line.size() && is_space(line[b])) ++b;
  line.erase(0, b);
  if (line.empty()) return Status::Error(path + ":1: token: empty (the first line must hold the token)");
  return line;
}

std::string DefaultStaticDir() {
  std::error_code ec;
  std::string dir = DYAD_WEB_DIST_DIR;
  return fs::is_regular_file(dir + "/index.html", ec) ? dir : std::string();
}

Result<size_t> ParseByteSize(const std::string& s) {
  if (s.empty()) return Status::Error("size: empty");
  size_t mult = 1;
  std::string digits = s;
  switch (std::toupper(static_cast<unsigned char>(s.back()))) {
    case 'K': mult = size_t{1} << 10; digits.pop_back(); break;
    case 'M': mult = size_t{1} << 20; digits.pop_back(); break;
    case 'G': mult = size_t{1} << 30; digits.pop_back(); break;
    default: break;
  }
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 12) {
    return Status::Error("size: '" + s + "' is not a byte count such as 4194304, 512K or 4M");
  }
  size_t n = std::stoull(digits) * mult;
  if (n == 0) return Status::Error("size: must be positive");
  return n;
}

struct HttpServer::Impl {
  ServerOptions options;
  httplib::Server http;
  std::unique_ptr<Pool<Store>> stores;
  std::unique_ptr<Pool<Pipeline::Worker>> workers;  // null: no pipeline
  std::shared_ptr<const Pipeline> pipeline;
  std::map<std::string, StaticFile> static_files;
  std::string openapi;  // kOpenApiJson, checked at start-up
  int port = -1;
  std::atomic<bool> stop_requested{false};

  void Routes();

  // Handlers. Each answers completely (status and JSON body).
  void Healthz(const httplib::Request& req, httplib::Response& res);
  void Stats(const httplib::Request& req, httplib::Response& res);
  void Events(const httplib::Request& req, httplib::Response& res);
  void EventById(const httplib::Request& req, httplib::Response& res);
  void Timeline(const httplib::Request& req, httplib::Response& res);
  void Actors(const httplib::Request& req, httplib::Response& res);
  void NetworkGraph(const httplib::Request& req, httplib::Response& res);
  void Code(const httplib::Request& req, httplib::Response& res);
  void Documents(const httplib::Request& req, httplib::Response& res);
  void Static(const httplib::Request& req, httplib::Response& res);

  // Reads the posted article(s) of /api/code and /api/documents.
  std::optional<ApiError> ReadDocuments(const httplib::Request& req, const QueryParams& p, bool need_id,
                                        std::vector<Document>* docs);
};

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpServer::~HttpServer() { Stop(); }

Result<std::unique_ptr<HttpServer>> HttpServer::Create(ServerOptions options) {
  auto impl = std::make_unique<Impl>();
  if (options.threads <= 0) options.threads = static_cast<int>(std::max(8u, std::thread::hardware_concurrency()));
  if (options.port < 0 || options.port > 65535) return Status::Error("port: must be 0..65535");
  if (!options.open_store) {
    if (options.db.empty()) return Status::Error("db: no database given");
    std::string uri = options.db;
    options.open_store = [uri]() { return Store::Open(uri); };
  }
  impl->options = options;
  impl->stores = std::make_unique<Pool<Store>>(options.open_store, static_cast<size_t>(options.threads));
  {
    // Open once now so a bad --db is reported at start-up, not per request.
    auto first = options.open_store();
    if (!first.ok()) return first.status();
    impl->stores->Return(std::move(first.value()));
  }
  impl->pipeline = options.pipeline;
  if (!impl->pipeline && options.create_pipeline) {
    PipelineOptions po;
    po.dict = options.dict;
    po.model_path = options.model;
    auto p = Pipeline::Create(po);
    if (!p.ok()) return p.status();
    impl->pipeline = std::move(p.value());
  }
  if (impl->pipeline) {
    const Pipeline* pipeline = impl->pipeline.get();
    impl->workers = std::make_unique<Pool<Pipeline::Worker>>(
        [pipeline]() -> Result<std::unique_ptr<Pipeline::Worker>> { return pipeline->NewWorker(); },
        static_cast<size_t>(options.threads));
  }
  if (!options.static_dir.empty()) {
    if (Status s = LoadStatic(options.static_dir, &impl->static_files); !s.ok()) return s;
  }
  impl->openapi = kOpenApiJson;
  if (!json::accept(impl->openapi)) return Status::Error("openapi.json: embedded document is not valid JSON");
  impl->Routes();
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

Status HttpServer::Bind() {
  Impl& s = *impl_;
  if (s.options.port == 0) {
    s.port = s.http.bind_to_any_port(s.options.host);
  } else {
    s.port = s.http.bind_to_port(s.options.host, s.options.port) ? s.options.port : -1;
  }
  if (s.port < 0) {
    return Status::Error("cannot listen on " + s.options.host + ":" + std::to_string(s.options.port) +
                         " (address in use or not local?)");
  }
  return Status::Ok();
}

int HttpServer::port() const { return impl_->port; }

Status HttpServer::Run() {
  if (impl_->port < 0) {
    if (Status s = Bind(); !s.ok()) return s;
  }
  if (impl_->stop_requested) return Status::Ok();
  if (!impl_->http.listen_after_bind() && !impl_->stop_requested) {
    return Status::Error("the HTTP server stopped unexpectedly");
  }
  return Status::Ok();
}

void HttpServer::Stop() {
  if (!impl_) return;
  impl_->stop_requested = true;
  impl_->http.stop();
}

bool HttpServer::running() const { return impl_->http.is_running(); }

void HttpServer::Impl::Routes() {
  const int threads = options.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_payload_max_length(options.max_body_bytes);
  // Each keep-alive connection holds a worker thread while open: bound how long.
  http.set_keep_alive_max_count(100);
  http.set_keep_alive_timeout(5);
  http.set_tcp_nodelay(true);  // small JSON replies: do not wait on Nagle + delayed ACK
  http.set_read_timeout(30);
  http.set_write_timeout(30);
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"}});

  // Errors raised by httplib itself (404, 413, 400 on a malformed request)
  // get the same JSON shape as ours; responses that already have a body keep it.
  http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req,
                                                                httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    ApiError e{res.status, "", ""};
    switch (res.status) {
      case 404: e.message = "no such endpoint: " + req.method + " " + req.path; break;
      case 413: e.message = "body: request body larger than the limit"; e.parameter = "body"; break;
      case 414: e.message = "request URI too long"; break;
      case 400: e.message = "malformed request"; break;
      default: e.message = "request refused (HTTP " + std::to_string(res.status) + ")"; break;
    }
    SendError(res, e);
    return httplib::Server::HandlerResponse::Handled;
  }));
  http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::fprintf(stderr, "dyad serve: %s %s: internal error: %s\n", req.method.c_str(), req.path.c_str(),
                 what.c_str());
    SendJson(res, 500, {{"error", "internal error"}, {"status", 500}});
  });
  if (options.access_log) {
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%s %s %s %d %zu\n", req.remote_addr.c_str(), req.method.c_str(), req.target.c_str(),
                   res.status, res.body.size());
    });
  }

  auto bind = [this](void (Impl::*fn)(const httplib::Request&, httplib::Response&)) {
    return [this, fn](const httplib::Request& req, httplib::Response& res) { (this->*fn)(req, res); };
  };
  http.Get("/healthz", bind(&Impl::Healthz));
  http.Get("/api/openapi.json", [this](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-cache");
    res.set_content(openapi, "application/json; charset=utf-8");
  });
  http.Get("/api/stats", bind(&Impl::Stats));
  http.Get("/api/events", bind(&Impl::Events));
  http.Get(R"(/api/events/([^/]*))", bind(&Impl::EventById));
  http.Get(R"(/api/dyads/([^/]*)/([^/]*)/timeline)", bind(&Impl::Timeline));
  http.Get("/api/actors", bind(&Impl::Actors));
  http.Get("/api/network", bind(&Impl::NetworkGraph));
  http.Post("/api/code", bind(&Impl::Code));
  http.Post("/api/documents", bind(&Impl::Documents));
  // Everything else under /api: 404 for unknown paths, 405 for known paths
  // with the wrong method.
  auto method_not_allowed = [](const httplib::Request& req, httplib::Response& res) {
    static const std::regex kGetOnly(
        R"(/healthz|/api/(openapi\.json|stats|events|events/[^/]*|dyads/[^/]*/[^/]*/timeline|actors|network))");
    static const std::regex kPostOnly(R"(/api/(code|documents))");
    if (std::regex_match(req.path, kGetOnly)) {
      res.set_header("Allow", "GET");
      SendError(res, {405, "method " + req.method + " not allowed on " + req.path + " (use GET)", ""});
    } else if (std::regex_match(req.path, kPostOnly)) {
      res.set_header("Allow", "POST");
      SendError(res, {405, "method " + req.method + " not allowed on " + req.path + " (use POST)", ""});
    } else {
      SendError(res, {404, "no such endpoint: " + req.method + " " + req.path, ""});
    }
  };
  http.Get(R"(/api(/.*)?)", method_not_allowed);
  http.Post(".*", method_not_allowed);
  http.Put(".*", method_not_allowed);
  http.Patch(".*", method_not_allowed);
  http.Delete(".*", method_not_allowed);
  http.Get(".*", bind(&Impl::Static));
}

void HttpServer::Impl::Static(const httplib::Request& req, httplib::Response& res) {
  if (static_files.empty()) {
    if (req.path == "/" || req.path == "/index.html") {
      res.set_content(kNoDashboard, "text/html; charset=utf-8");
      return;
    }
    SendError(res, {404, "no such file: " + req.path, ""});
    return;
  }
  std::string path = req.path == "/" ? "/index.html" : req.path;
  auto it = static_files.find(path);
  if (it == static_files.end()) {
    SendError(res, {404, "no such file: " + req.path, ""});
    return;
  }
  const StaticFile& f = it->second;
  res.set_header("Cache-Control", f.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (f.mime.rfind("text/html", 0) == 0) {
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                   "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    res.set_header("Referrer-Policy", "no-referrer");
  }
  res.set_content(f.body, f.mime);
}

void HttpServer::Impl::Healthz(const httplib::Request& req, httplib::Response& res) {
  QueryParams p;
  if (auto e = QueryParams::Check(ParamsOf(req), {}, &p)) return SendError(res, *e);
  auto store = stores->Acquire();
  if (!store.ok()) {
    std::fprintf(stderr, "dyad serve: healthz: %s\n", store.status().message().c_str());
    return SendJson(res, 503, {{"status", "unavailable"}, {"error", "store cannot be opened"}});
  }
  SendJson(res, 200,
           {{"status", "ok"},
            {"backend", (*store)->backend()},
            {"schema_version", (*store)->schema_version()},
            {"pipeline", pipeline != nullptr},
            {"writes", !options.token.empty()}});
}

void HttpServer::Impl::Stats(const httplib::Request& req, httplib::Response& res) {
  QueryParams p;
  if (auto e = QueryParams::Check(ParamsOf(req), {}, &p)) return SendError(res, *e);
  auto store = stores->Acquire();
  if (!store.ok()) return SendInternal(res, "store", store.status());
  auto stats = (*store)->Stats();
  if (!stats.ok()) return SendInternal(res, "stats", stats.status());
  SendJson(res, 200, StatsJson(*stats));
}

void HttpServer::Impl::Events(const httplib::Request& req, httplib::Response& res) {
  QueryParams p;
  if (auto e = QueryParams::Check(ParamsOf(req),
                                  {"source", "target", "actor", "root", "code", "from", "to", "q", "doc", "limit",
                                   "cursor", "order", "negated"},
                                  &p)) {
    return SendError(res, *e);
  }
  EventQuery q;
  int64_t limit = 100;
  std::string order = "asc";
  for (auto e : {ParseActor(p, "source", &q.source), ParseActor(p, "target", &q.target),
                 ParseActor(p, "actor", &q.actor), ParseDigits(p, "root", 2, 2, &q.root),
                 ParseDigits(p, "code", 2, 4, &q.code), ParseDate(p, "from", &q.from), ParseDate(p, "to", &q.to),
                 ParseText(p, "q", 200, &q.text), ParseText(p, "doc", 512, &q.doc_id),
                 ParseInt(p, "limit", 1, kMaxPageSize, &limit), ParseText(p, "cursor", 512, &q.cursor),
                 ParseEnum(p, "order", {"asc", "desc"}, &order), ParseBool(p, "negated", &q.include_negated),
                 CheckRange(q.from, q.to)}) {
    if (e) return SendError(res, *e);
  }
  q.limit = static_cast<int>(limit);
  q.descending = order == "desc";
  q.max_mentions = 1;
  auto store = stores->Acquire();
  if (!store.ok()) return SendInternal(res, "store", store.status());
  auto page = (*store)->QueryEvents(q);
  if (!page.ok()) {
    if (!q.cursor.empty() && page.status().message().find("cursor") != std::string::npos) {
      return SendError(res, {400, "cursor: not a cursor from a previous page of this query", "cursor"});
    }
    return SendInternal(res, "events query", page.status());
  }
  json events = json::array();
  for (const StoredEvent& e : page->events) events.push_back(EventJsonView(e, nullptr));
  SendJson(res, 200,
           {{"events", std::move(events)},
            {"next_cursor", page->next_cursor.empty() ? json(nullptr) : json(page->next_cursor)}});
}

void HttpServer::Impl::EventById(const httplib::Request& req, httplib::Response& res) {
  QueryParams p;
  if (auto e = QueryParams::Check(ParamsOf(req), {}, &p)) return SendError(res, *e);
  int64_t id = 0;
  if (auto e = ParseId(req.matches[1].str(), "id", &id)) return SendError(res, *e);
  auto store = stores->Acquire();
  if (!store.ok()) return SendInternal(res, "store", store.status());
  auto event = (*store)->GetEvent(id);
  if (!event.ok()) {
    if (event.status().message().find("no event") != std::string::npos) {
      return SendError(res, {404, "id: no event " + std::to_string(id), "id"});
    }
    return SendInternal(res, "event lookup", event.status());
  }
  // Each mention's sentence offset comes from its document, so spans can be
  // placed exactly in the sentence (one lookup per distinct document).
  std::map<std::string, std::optional<StoredDocument>> docs;
  auto sentence_of = [&](const EventMention& m) -> std::optional<Span> {
    auto it = docs.find(m.doc_id);
    if (it == docs.end()) {
      auto doc = (*store)->GetDocument(m.doc_id);
      std::optional<StoredDocument> d;
      if (doc.ok()) d = std::move(doc.value());
      it = docs.emplace(m.doc_id, std::move(d)).first;
    }
    if (!it->second) return std::nullopt;
    for (const StoredSentence& s : it->second->sentences) {
      if (s.index == m.sentence && s.field == m.in) return s.span;
    }
    return std::nullopt;
  };
  SendJson(res, 200, EventJsonView(*event, sentence_of));
}

void HttpServer::Impl::Timeline(const httplib::Request& req, httplib::Response& res) {
  QueryParams p;
  if (auto e = QueryParams::Check(ParamsOf(req), {"by", "from", "to", "negated"}, &p)) return SendError(res, *e);
  TimelineQuery q;
  std::string by = "week";
  for (auto e : {ParseActorSegment(req.matches[1].str(), "source", &q.source),
                 ParseActorSegment(req.matches[2].str(), "target", &q.target),
                 ParseEnum(p, "by", {"day", "week", "month"}, &by), ParseDate(p, "from", &q.from),
                 ParseDate(p, "to", &q.to), ParseBool(p, "negated", &q.include_negated), CheckRange(q.from, q.to)}) {
    if (e) return SendError(res, *e);
  }
  // "*" is not an actor code; "ANY" would be ambiguous, so both actors are required.
  q.by = ParseTimeBucket(by).value();
  auto store = stores->Acquire();
  if (!store.ok()) return SendInternal(res, "store", store.status());
  auto points = (*store)->Timeline(q);
  if (!points.ok()) return SendInternal(res, "timeline", points.status());
  json out = json::array();
  for (const TimelinePoint& pt : *points) out.push_back(TimelinePointJson(pt));
  SendJson(res, 200,
           {{"source", q.source},
            {"target", q.target},
            {"by", by},
            {"from", q.from.empty() ? json(nullptr) : json(IsoDate(q.from))},
            {"to", q.to.empty() ? json(nullptr) : json(IsoDate(q.to))},
            {"points", std::move(out)}});
}

void HttpServer::Impl::Actors(const httplib::Request& req, httplib::Response& res) {
  QueryParams p;
  if (auto e = QueryParams::Check(ParamsOf(req), {"q", "limit"}, &p)) return SendError(res, *e);
  std::string q;
  int64_t limit = 20;
  for (auto e : {ParseText(p, "q", 100, &q), ParseInt(p, "limit", 1, 200, &limit)}) {
    if (e) return SendError(res, *e);
  }
  auto store = stores->Acquire();
  if (!store.ok()) return SendInternal(res, "store", store.status());
  auto actors = (*store)->SearchActors(q, static_cast<int>(limit));
  if (!actors.ok()) return SendInternal(res, "actor search", actors.status());
  json out = json::array();
  for (const ActorInfo& a : *actors) out.push_back(ActorJson(a));
  SendJson(res, 200, {{"actors", std::move(out)}});
}

void HttpServer::Impl::NetworkGraph(const httplib::Request& req, httplib::Response& res) {
  QueryParams p;
  if (auto e = QueryParams::Check(ParamsOf(req), {"from", "to", "min", "prefix", "max", "negated"}, &p)) {
    return SendError(res, *e);
  }
  NetworkQuery q;
  int64_t min = 1, prefix = 0, max = 200;
  for (auto e : {ParseDate(p, "from", &q.from), ParseDate(p, "to", &q.to), ParseInt(p, "min", 1, 1000000, &min),
                 ParseInt(p, "prefix", 0, 32, &prefix), ParseInt(p, "max", 1, 5000, &max),
                 ParseBool(p, "negated", &q.include_negated), CheckRange(q.from, q.to)}) {
    if (e) return SendError(res, *e);
  }
  q.min_events = min;
  q.actor_prefix = static_cast<int>(prefix);
  q.max_edges = static_cast<int>(max);
  auto store = stores->Acquire();
  if (!store.ok()) return SendInternal(res, "store", store.status());
  auto net = (*store)->GetNetwork(q);
  if (!net.ok()) return SendInternal(res, "network", net.status());
  json out = NetworkJson(*net);
  out["from"] = q.from.empty() ? json(nullptr) : json(IsoDate(q.from));
  out["to"] = q.to.empty() ? json(nullptr) : json(IsoDate(q.to));
  out["min"] = min;
  SendJson(res, 200, out);
}

std::optional<ApiError> HttpServer::Impl::ReadDocuments(const httplib::Request& req, const QueryParams& p,
                                                        bool need_id, std::vector<Document>* docs) {
  std::string date, id;
  for (auto e : {ParseDate(p, "date", &date), ParseText(p, "id", 512, &id)}) {
    if (e) return e;
  }
  if (req.body.empty()) return ApiError{400, "body: empty (post the article's text)", "body"};
  std::string type = req.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!type.empty() && type.back() == ' ') type.pop_back();

  const std::string origin = id.empty() ? "pasted" : id;
  auto has_id = [](const json& j) {
    auto it = j.find("id");
    return it != j.end() && !it->is_null() && !(it->is_string() && it->get<std::string>().empty());
  };
  auto finish = [&](Result<Document> doc, const std::string& where) -> std::optional<ApiError> {
    if (!doc.ok()) return ApiError{400, where + ": " + doc.status().message(), "body"};
    if (doc->text.empty() && doc->title.empty()) return ApiError{400, where + ": no text", "body"};
    docs->push_back(std::move(doc.value()));
    return std::nullopt;
  };

  if (type == "application/json") {
    json j = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return ApiError{400, "body: not a JSON object", "body"};
    if (!id.empty()) j["id"] = id;
    if (need_id && !has_id(j)) return ApiError{400, "id: the document needs an id (in the JSON body or ?id=)", "id"};
    return finish(DocumentFromBuffer(Dump(j), InputFormat::kJsonl, origin, date), "body");
  }
  if (type == "application/x-ndjson" || type == "application/jsonl" || type == "application/jsonlines") {
    if (!id.empty()) return ApiError{400, "id: not allowed with JSON Lines (each line carries its id)", "id"};
    std::string_view body(req.body);
    size_t line_no = 0;
    while (!body.empty()) {
      size_t nl = body.find('\n');
      std::string_view line = body.substr(0, nl);
      body = nl == std::string_view::npos ? std::string_view() : body.substr(nl + 1);
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      std::string where = "body:" + std::to_string(line_no);
      json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (j.is_discarded() || !j.is_object()) return ApiError{400, where + ": not a JSON object", "body"};
      if (need_id && !has_id(j)) return ApiError{400, where + ": id: each document needs an id", "id"};
      if (auto e = finish(DocumentFromBuffer(std::string(line), InputFormat::kJsonl, where, date), where)) return e;
    }
    if (docs->empty()) return ApiError{400, "body: no documents", "body"};
    return std::nullopt;
  }
  InputFormat format;
  // curl -d sends form-encoded by default; its body is still the raw article.
  if (type.empty() || type == "text/plain" || type == "application/x-www-form-urlencoded") {
    format = InputFormat::kText;
  } else if (type == "text/html") {
    format = InputFormat::kHtml;
  } else {
    return ApiError{415,
                    "Content-Type: " + type +
                        " not accepted (use text/plain, text/html, application/json or application/x-ndjson)",
                    "Content-Type"};
  }
  if (need_id && id.empty()) return ApiError{400, "id: a text or HTML document needs ?id=", "id"};
  if (format == InputFormat::kText && !IsValidUtf8(req.body)) return ApiError{400, "body: not valid UTF-8", "body"};
  return finish(DocumentFromBuffer(req.body, format, origin, date), "body");
}

void HttpServer::Impl::Code(const httplib::Request& req, httplib::Response& res) {
  QueryParams p;
  if (auto e = QueryParams::Check(ParamsOf(req), {"date", "id"}, &p)) return SendError(res, *e);
  if (!workers) return SendJson(res, 503, {{"error", "coding is unavailable: no pipeline loaded"}, {"status", 503}});
  std::vector<Document> docs;
  if (auto e = ReadDocuments(req, p, /*need_id=*/false, &docs)) return SendError(res, *e);
  if (docs.size() != 1) return SendError(res, {400, "body: post one article", "body"});
  const Document& doc = docs.front();
  auto worker = workers->Acquire();
  if (!worker.ok()) return SendInternal(res, "pipeline", worker.status());
  auto t0 = std::chrono::steady_clock::now();
  std::vector<Event> events;
  Status st = (*worker)->Code(doc, &events);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (!st.ok()) return SendError(res, {422, "body: cannot code the article: " + st.message(), "body"});
  const Analysis& a = (*worker)->analysis();
  json out = json::array();
  for (const Event& e : events) {
    std::optional<Span> sentence;
    if (e.sentence < a.sentences.size() && a.sentences[e.sentence].field == e.in) {
      sentence = a.sentences[e.sentence].span;
    }
    out.push_back(CodedEventJson(e, doc, sentence));
  }
  SendJson(res, 200,
           {{"document",
             {{"id", doc.id},
              {"title", doc.title},
              {"date", doc.date.empty() ? json(nullptr) : json(IsoDate(doc.date))},
              {"agency", doc.agency},
              {"place", doc.place},
              {"sentences", a.sentences.size()}}},
            {"events", std::move(out)},
            {"elapsed_ms", ms}});
}

void HttpServer::Impl::Documents(const httplib::Request& req, httplib::Response& res) {
  // Authorisation first: nothing about the body is looked at without the token.
  std::string auth = req.get_header_value("Authorization");
  const std::string kBearer = "Bearer ";
  if (options.token.empty()) {
    res.set_header("WWW-Authenticate", "Bearer realm=\"dyad\"");
    return SendError(res, {401, "writes are disabled: the server was started without --token-file", ""});
  }
  if (auth.rfind(kBearer, 0) != 0 || !SameToken(auth.substr(kBearer.size()), options.token)) {
    res.set_header("WWW-Authenticate", "Bearer realm=\"dyad\", error=\"invalid_token\"");
    return SendError(res, {401, "Authorization: a valid bearer token is required", "Authorization"});
  }
  QueryParams p;
  if (auto e = QueryParams::Check(ParamsOf(req), {"date", "id"}, &p)) return SendError(res, *e);
  if (!workers) return SendJson(res, 503, {{"error", "ingest is unavailable: no pipeline loaded"}, {"status", 503}});
  std::vector<Document> docs;
  if (auto e = ReadDocuments(req, p, /*need_id=*/true, &docs)) return SendError(res, *e);
  auto worker = workers->Acquire();
  if (!worker.ok()) return SendInternal(res, "pipeline", worker.status());
  std::vector<StoreDocument> coded;
  coded.reserve(docs.size());
  for (const Document& doc : docs) {
    std::vector<Event> events;
    Status st = (*worker)->Code(doc, &events);
    if (!st.ok()) return SendError(res, {422, doc.id + ": cannot code the article: " + st.message(), "body"});
    coded.push_back(StoreDocument::From(doc, (*worker)->analysis(), std::move(events)));
  }
  auto store = stores->Acquire();
  if (!store.ok()) return SendInternal(res, "store", store.status());
  std::vector<IngestReport> reports;
  if (Status st = (*store)->Ingest(coded, &reports); !st.ok()) return SendInternal(res, "ingest", st);
  json out = json::array();
  bool any_new = false;
  for (const IngestReport& r : reports) {
    out.push_back(IngestReportJson(r));
    any_new |= r.status.ok() && (r.outcome == IngestOutcome::kInserted || r.outcome == IngestOutcome::kReplaced);
  }
  SendJson(res, any_new ? 201 : 200, {{"documents", std::move(out)}});
}

}  // namespace dyad::server
