// Runs the built `dyad` binary (DYAD_BINARY) and captures stdout, stderr and
// the exit status, for end-to-end tests of the command line.
#pragma once

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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

// Codes `text` (a file given on stdin) with `options` and returns its events
// as sorted "SOURCE/TARGET/CODE" strings, read from the TSV output; an empty
// list when dyad fails (the caller checks the status it returns).
inline std::vector<std::string> CodeTriplesTsv(const std::string& text, const std::string& options, int* status) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("dyad_triples_" + std::to_string(::getpid()) + ".txt")).string();
  std::ofstream(path) << text;
  CliResult r = RunDyad("code --out-format tsv " + options + " -", path);
  std::filesystem::remove(path);
  *status = r.status;
  std::vector<std::string> out;
  std::istringstream lines(r.out);
  std::string line;
  std::getline(lines, line);  // header: doc_id, sentence, date, source, target, code, ...
  while (std::getline(lines, line)) {
    std::vector<std::string> f;
    std::istringstream cols(line);
    for (std::string c; std::getline(cols, c, '\t');) f.push_back(c);
    if (f.size() > 5) out.push_back(f[3] + "/" + f[4] + "/" + f[5]);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline bool SharedDataPresent() {
  return std::filesystem::exists(std::string(DYAD_SHARED_DATA_DIR) + "/README.md");
}

}  // namespace dyad::testing
