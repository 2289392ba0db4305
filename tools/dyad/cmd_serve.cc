// `dyad serve`: the HTTP JSON API and the analyst dashboard over a store.
// A thin front end over server::HttpServer (src/server/server.h).
#include <pthread.h>

#include <csignal>
#include <cstdio>
#include <thread>

#include "commands.h"
#include "dyad/pipeline.h"
#include "server/server.h"

namespace dyad::cli {
namespace {

struct ServeArgs {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string token_file;
  std::string static_dir;
  std::string dict;
  std::string model;
  int threads = 0;
  std::string max_body = "4M";
  bool no_pipeline = false;
  bool quiet = false;
};

int RunServe(const ServeArgs& a) {
  server::ServerOptions o;
  o.db = a.db;
  o.host = a.host;
  o.port = a.port;
  o.threads = a.threads;
  o.access_log = !a.quiet;
  o.dict = a.dict;
  o.model = a.model;
  o.create_pipeline = !a.no_pipeline;
  auto max_body = server::ParseByteSize(a.max_body);
  if (!max_body.ok()) {
    std::fprintf(stderr, "dyad serve: --max-body: %s\n", max_body.status().message().c_str());
    return 2;
  }
  o.max_body_bytes = *max_body;
  if (!a.token_file.empty()) {
    auto token = server::ReadTokenFile(a.token_file);
    if (!token.ok()) {
      std::fprintf(stderr, "dyad serve: --token-file: %s\n", token.status().message().c_str());
      return 2;
    }
    o.token = std::move(token.value());
  }
  o.static_dir = a.static_dir;
  if (o.static_dir.empty()) o.static_dir = server::DefaultStaticDir();

  auto server = server::HttpServer::Create(std::move(o));
  if (!server.ok()) {
    std::fprintf(stderr, "dyad serve: %s\n", server.status().message().c_str());
    return 1;
  }
  // SIGINT/SIGTERM are taken by one thread that stops the server; block them
  // everywhere else (the worker threads inherit this mask).
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  if (Status s = (*server)->Bind(); !s.ok()) {
    std::fprintf(stderr, "dyad serve: %s\n", s.message().c_str());
    return 1;
  }
  server::HttpServer* srv = server->get();
  std::thread stopper([srv, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    srv->Stop();
  });
  std::printf("dyad serve: listening on http://%s:%d/\n", a.host.c_str(), srv->port());
  std::fflush(stdout);
  Status run = srv->Run();
  // Wake the stopper if the server ended on its own.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (!run.ok()) {
    std::fprintf(stderr, "dyad serve: %s\n", run.message().c_str());
    return 1;
  }
  std::fprintf(stderr, "dyad serve: stopped\n");
  return 0;
}

}  // namespace

void RegisterServe(CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the HTTP JSON API and the dashboard over a store");
  cmd->add_option("--db", args->db, "Store: SQLite file or postgresql://... URI")->required();
  cmd->add_option("--host", args->host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", args->port, "Port (0 = any free port, printed at start)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--token-file", args->token_file,
                  "File whose first line is the bearer token for POST /api/documents (none: writes refused)");
  cmd->add_option("--static-dir", args->static_dir, "Dashboard files (default: the source tree's web/dist if built)");
  cmd->add_option("--dict", args->dict, "Dictionaries for /api/code and ingest (as `dyad code --dict`)");
  cmd->add_option("--model", args->model, "Parser model (as `dyad code --model`)");
  cmd->add_option("--threads", args->threads, "Worker threads (0 = max(8, cores)); each open connection holds one")->check(CLI::Range(0, 256));
  cmd->add_option("--max-body", args->max_body, "Largest request body, e.g. 512K, 4M")->capture_default_str();
  cmd->add_flag("--no-pipeline", args->no_pipeline, "Do not load the coder (/api/code and writes answer 503)");
  cmd->add_flag("--quiet", args->quiet, "No access log");
  cmd->callback([args] { SetExitCode(RunServe(*args)); });
}

}  // namespace dyad::cli
