// `dyad`: raw news in, CAMEO events out. Subcommands live in cmd_*.cc.
#include <cstdio>

#include "commands.h"

namespace dyad::cli {
namespace {
int g_exit_code = 0;
}
void SetExitCode(int code) { g_exit_code = code; }
int ExitCode() { return g_exit_code; }

// Weak defaults so a subcommand file can be added without touching this one.
[[gnu::weak]] void RegisterCode(CLI::App&) {}
[[gnu::weak]] void RegisterParse(CLI::App&) {}
[[gnu::weak]] void RegisterDict(CLI::App&) {}
[[gnu::weak]] void RegisterValidate(CLI::App&) {}
[[gnu::weak]] void RegisterStore(CLI::App&) {}
[[gnu::weak]] void RegisterServe(CLI::App&) {}
[[gnu::weak]] void RegisterBench(CLI::App&) {}
}  // namespace dyad::cli

int main(int argc, char** argv) {
  CLI::App app{"dyad: a news event engine (raw text in, CAMEO events out)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");
  dyad::cli::RegisterCode(app);
  dyad::cli::RegisterParse(app);
  dyad::cli::RegisterDict(app);
  dyad::cli::RegisterValidate(app);
  dyad::cli::RegisterStore(app);
  dyad::cli::RegisterServe(app);
  dyad::cli::RegisterBench(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return dyad::cli::ExitCode();
}
