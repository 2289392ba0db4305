// Runs the built `dyad` binary (DYAD_BINARY) and captures stdout, stderr and
// the exit status, for end-to-end tests of the command line.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dyad::testing {

struct CliResult {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline CliResult RunDyad(const std::string& args, const std::string& stdin_file = "") {
  auto dir = std::filesystem::temp_directory_path();
  std::string tag = std::to_string(::getpid());
  std::string out = (dir / ("dyad_cli_out_" + tag)).string();
  std::string err = (dir / ("dyad_cli_err_" + tag)).string();
  std::string cmd = std::string(DYAD_BINARY) + " " + args + " >" + out + " 2>" + err;
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  int rc = std::system(cmd.c_str());
  CliResult r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

inline bool SharedDataPresent() {
  return std::filesystem::exists(std::string(DYAD_SHARED_DATA_DIR) + "/README.md");
}

}  // namespace dyad::testing
