// dyad dict check FILE...: load dictionaries (our own, PETRARCH2, TABARI)
// and list every problem as file:line: message.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "commands.h"
#include "dyad/lexicon.h"

namespace dyad::cli {

namespace {

struct DictArgs {
  std::vector<std::string> files;
  std::string kind = "auto";
};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Guesses what a dictionary file is from its name.
std::string GuessKind(const std::string& path) {
  namespace fs = std::filesystem;
  if (fs::is_directory(path)) {
    if (fs::exists(path + "/actors.tsv")) return "dyad-dir";
    return "petrarch-dir";
  }
  std::string n = Lower(fs::path(path).filename().string());
  auto ends = [&](const char* s) {
    std::string x(s);
    return n.size() >= x.size() && n.compare(n.size() - x.size(), x.size(), x) == 0;
  };
  if (ends(".project")) return "tabari-project";
  if (ends(".verbs")) return "tabari-verbs";
  if (ends(".actors")) return "tabari-actors";
  if (ends(".agents")) return "tabari-agents";
  if (ends(".options")) return "tabari-options";
  if (n.find("issue") != std::string::npos) return "petrarch-issues";
  if (n.find("discard") != std::string::npos) return "petrarch-discards";
  if (n.find("agent") != std::string::npos) return "petrarch-agents";
  if (n.find("actor") != std::string::npos) return "petrarch-actors";
  if (n.find("verb") != std::string::npos || n.find("cameo") != std::string::npos) return "petrarch-verbs";
  return "";
}

int RunDictCheck(const DictArgs& args) {
  size_t total = 0;
  int rc = 0;
  for (const std::string& f : args.files) {
    std::string kind = args.kind == "auto" ? GuessKind(f) : args.kind;
    std::vector<DictProblem> problems;
    Lexicon lex;
    lex.field_format = true;
    Status st = Status::Ok();
    auto t0 = std::chrono::steady_clock::now();
    if (kind == "petrarch-verbs") st = LoadPetrarchVerbs(f, &lex, &problems);
    else if (kind == "petrarch-actors") st = LoadPetrarchActors(f, &lex, &problems);
    else if (kind == "petrarch-agents") st = LoadPetrarchAgents(f, &lex, &problems);
    else if (kind == "petrarch-discards") st = LoadPetrarchDiscards(f, &lex, &problems);
    else if (kind == "petrarch-issues") st = LoadPetrarchIssues(f, &lex, &problems);
    else if (kind == "tabari-verbs") st = LoadTabariVerbs(f, &lex, &problems);
    else if (kind == "tabari-actors") st = LoadTabariActors(f, &lex, &problems);
    else if (kind == "tabari-agents") st = LoadTabariAgents(f, &lex, &problems);
    else if (kind == "tabari-options") {
      TabariOptions o;
      st = LoadTabariOptions(f, &o, &problems);
    } else if (kind == "tabari-project") {
      auto r = LoadTabariLexicon(f, &problems);
      if (!r.ok()) st = r.status();
      else lex = *r.value();
    } else if (kind == "petrarch-dir") {
      auto r = LoadPetrarchLexicon(f, &problems);
      if (!r.ok()) st = r.status();
      else lex = *r.value();
    } else if (kind == "dyad-dir") {
      auto r = LoadDyadLexicon(f, &problems);
      if (!r.ok()) st = r.status();
      else lex = *r.value();
    } else {
      std::fprintf(stderr, "dyad dict check: %s: cannot tell the dictionary kind (use --kind)\n", f.c_str());
      rc = 2;
      continue;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!st.ok()) {
      std::fprintf(stderr, "dyad dict check: %s\n", st.message().c_str());
      rc = 2;
      continue;
    }
    for (const auto& p : problems) std::printf("%s\n", p.ToString().c_str());
    size_t pats = 0;
    for (const auto& b : lex.pattern_blocks) pats += b.size();
    for (const auto& v : lex.verbs) pats += v.patterns.size();
    std::fprintf(stderr,
                 "%s (%s): %zu actors, %zu agents, %zu verbs, %zu patterns, %zu synsets, %zu discards, "
                 "%zu issues; %zu problems; %.3f s\n",
                 f.c_str(), kind.c_str(), lex.actors.size(), lex.agents.size(), lex.verbs.size(), pats,
                 lex.synsets.size(), lex.discards.size() + lex.story_discards.size(), lex.issues.size(),
                 problems.size(), secs);
    total += problems.size();
  }
  if (rc == 0 && total > 0) rc = 1;
  return rc;
}

}  // namespace

void RegisterDict(CLI::App& app) {
  auto args = std::make_shared<DictArgs>();
  CLI::App* dict = app.add_subcommand("dict", "Dictionary tools");
  dict->require_subcommand(1);
  CLI::App* check = dict->add_subcommand("check", "Load dictionaries and list every problem (file:line: message)");
  check->add_option("files", args->files, "dictionary files or folders (PETRARCH2, TABARI, dyad)")->required();
  check->add_option("--kind", args->kind,
                    "auto, petrarch-{verbs,actors,agents,discards,issues}, tabari-{verbs,actors,agents,options,project}, "
                    "petrarch-dir, dyad-dir");
  check->callback([args] { SetExitCode(RunDictCheck(*args)); });
}

}  // namespace dyad::cli
