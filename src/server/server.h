// HttpServer: `dyad serve`, an HTTP JSON API over a Store plus the analyst
// dashboard's static files. Built on cpp-httplib (Debian's libcpp-httplib),
// which runs each connection on a fixed thread pool.
//
// Sharing across worker threads:
//   - the coding Pipeline (dictionaries, parser model) is immutable and shared;
//     each thread codes through a Pipeline::Worker borrowed from a pool;
//   - the Store allows one connection per thread for parallel reads
//     (see dyad/store.h), so each request borrows a Store from a pool that
//     opens at most one connection per concurrently busy worker.
//
// Usage:
//   dyad::server::ServerOptions o;  o.db = "events.db";  o.port = 0;  // ephemeral
//   auto s = dyad::server::HttpServer::Create(o);
//   if (!s.ok()) ...;
//   if (Status st = (*s)->Bind(); !st.ok()) ...;   // (*s)->port() is now known
//   (*s)->Run();                                   // blocks until Stop()
//
// Thread-safety: Stop() may be called from any thread (or a signal-handling
// thread); everything else from the owning thread. The endpoints are listed
// in docs/api.md and src/server/openapi.json.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "dyad/status.h"

namespace dyad {
class Store;
class Pipeline;
}  // namespace dyad

namespace dyad::server {

struct ServerOptions {
  std::string db;                    // Store URI: SQLite path or postgresql://...
  std::string host = "127.0.0.1";    // address to bind
  int port = 8080;                   // 0 = pick a free port (see HttpServer::port())
  std::string token;                 // bearer token for writes; empty = writes refused (401)
  std::string static_dir;            // dashboard files; "" = none (the API still works)
  int threads = 0;                   // worker threads; 0 = max(8, hardware threads)
  size_t max_body_bytes = 4u << 20;  // larger request bodies get 413
  bool access_log = true;            // one line per request on stderr
  // The coding pipeline for POST /api/code and /api/documents. When null (and
  // create_pipeline is false) those endpoints answer 503.
  std::shared_ptr<const Pipeline> pipeline;
  bool create_pipeline = false;      // build one from dict/model below at Create()
  std::string dict;                  // PipelineOptions::dict
  std::string model;                 // PipelineOptions::model_path
  // Opens a Store; defaults to Store::Open(db). Tests may inject their own.
  std::function<Result<std::unique_ptr<Store>>()> open_store;
};

// Reads a bearer token from a file: the first line, surrounding whitespace
// removed. An unreadable file or an empty token is an error naming the file.
Result<std::string> ReadTokenFile(const std::string& path);

// The dashboard built in the source tree (web/dist) when it holds an
// index.html, else "" (the server then answers / with a short note).
std::string DefaultStaticDir();

// Parses a size such as "4194304", "512K", "4M" or "1G" (binary units).
Result<size_t> ParseByteSize(const std::string& s);

class HttpServer {
 public:
  // Checks the options, opens the store once (so a bad --db fails here, not on
  // the first request) and loads the pipeline if asked.
  static Result<std::unique_ptr<HttpServer>> Create(ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the listening socket. After this, port() is the real port.
  Status Bind();
  int port() const;
  // Serves until Stop(). Returns an error if the server could not run.
  Status Run();
  // Stops accepting and makes Run() return; safe from any thread.
  void Stop();
  // True once Run() is accepting connections.
  bool running() const;

 private:
  struct Impl;
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad::server
