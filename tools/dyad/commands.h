// Registration of the `dyad` subcommands. Each cmd_<name>.cc defines one
// Register<Name>(CLI::App&) that adds its subcommand and a callback; main.cc
// calls them all. Callbacks report their exit status through SetExitCode.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

void SetExitCode(int code);
int ExitCode();

void RegisterCode(CLI::App& app);          // cmd_code.cc: dyad code
void RegisterParse(CLI::App& app);         // cmd_parse.cc: dyad parse / train-parser / eval-parser
void RegisterDict(CLI::App& app);          // cmd_dict.cc: dyad dict check
void RegisterValidate(CLI::App& app);      // cmd_validate.cc: dyad validate
void RegisterStore(CLI::App& app);         // cmd_store.cc: dyad ingest / query / timeline / export
void RegisterServe(CLI::App& app);         // cmd_serve.cc: dyad serve
void RegisterBench(CLI::App& app);         // cmd_bench.cc: dyad bench

}  // namespace dyad::cli
