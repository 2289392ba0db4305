// dyad validate: run a PETRARCH validation XML or a TABARI validation project
// and report per record, per category and overall (src/validate).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "commands.h"
#include "dyad/lexicon.h"
#include "validate/validate.h"

namespace dyad::cli {

namespace {

struct ValidateArgs {
  std::string records;
  std::string dict_dir;
  std::string verbs, actors, agents, discards;
  std::string tabari;
  std::string model;
  bool use_parse = false;
  bool quiet = false;
  bool show_rules = true;
};

std::string Join(const std::vector<validate::Triple>& ts) {
  if (ts.empty()) return "(none)";
  std::string s;
  for (const auto& t : ts) s += (s.empty() ? "" : " ") + t.ToString();
  return s;
}

std::string ExpectString(const validate::Record& r) {
  switch (r.expect) {
    case validate::Expect::kEvents: return Join(r.expected);
    case validate::Expect::kNoEvent: return "(no event)";
    case validate::Expect::kError: return "(error: " + r.error + ", no event)";
    case validate::Expect::kDiscard: return "(discard, no event)";
    case validate::Expect::kComplex: return "(complex, no event)";
  }
  return "";
}

int RunValidate(const ValidateArgs& args) {
  namespace fs = std::filesystem;
  std::vector<DictProblem> problems;
  auto lex = std::make_shared<Lexicon>();
  lex->field_format = true;
  Result<validate::Suite> suite = Status::Error("no records");
  validate::Options opt;
  opt.use_parse = args.use_parse;
  opt.model = args.model;
  if (!args.tabari.empty()) {
    opt.tabari = true;
    auto proj = ReadTabariProject(args.tabari);
    if (!proj.ok()) {
      std::fprintf(stderr, "dyad validate: %s\n", proj.status().message().c_str());
      return 2;
    }
    auto tl = LoadTabariLexicon(args.tabari, &problems);
    if (!tl.ok()) {
      std::fprintf(stderr, "dyad validate: %s\n", tl.status().message().c_str());
      return 2;
    }
    lex = std::const_pointer_cast<Lexicon>(tl.value());
    suite = validate::ReadTabariSuite(proj.value().text);
  } else {
    if (args.records.empty()) {
      std::fprintf(stderr, "dyad validate: give RECORDS.xml or --tabari PROJECT\n");
      return 2;
    }
    suite = validate::ReadPetrarchSuite(args.records);
    if (!suite.ok()) {
      std::fprintf(stderr, "dyad validate: %s\n", suite.status().message().c_str());
      return 2;
    }
    std::string dir = args.dict_dir.empty() ? fs::path(args.records).parent_path().string() : args.dict_dir;
    auto env = [&](const char* key, const std::string& override_path) -> std::string {
      if (!override_path.empty()) return override_path;
      auto it = suite.value().environment.find(key);
      if (it == suite.value().environment.end() || it->second.empty()) return "";
      return dir + "/" + it->second;
    };
    std::string verbs = env("Verbfile", args.verbs), actors = env("Actorfile", args.actors),
                agents = env("Agentfile", args.agents), discards = env("Discardfile", args.discards);
    if (verbs.empty() || actors.empty()) {
      std::fprintf(stderr, "dyad validate: no verb or actor dictionary (see <Environment>, --verbs, --actors)\n");
      return 2;
    }
    lex->name = "petrarch:" + dir;
    lex->dialect = Lexicon::Dialect::kPetrarch;
    struct Load {
      const std::string& path;
      Status (*fn)(const std::string&, Lexicon*, std::vector<DictProblem>*);
    };
    for (const Load& l : {Load{verbs, LoadPetrarchVerbs}, Load{actors, LoadPetrarchActors},
                          Load{agents, LoadPetrarchAgents}, Load{discards, LoadPetrarchDiscards}}) {
      if (l.path.empty()) continue;
      Status st = l.fn(l.path, lex.get(), &problems);
      if (!st.ok()) {
        std::fprintf(stderr, "dyad validate: %s\n", st.message().c_str());
        return 2;
      }
    }
    lex->Finalize();
  }
  if (!suite.ok()) {
    std::fprintf(stderr, "dyad validate: %s\n", suite.status().message().c_str());
    return 2;
  }
  if (!problems.empty()) {
    std::fprintf(stdout, "dictionary problems: %zu (first: %s)\n", problems.size(),
                 problems.front().ToString().c_str());
  }
  auto runner = validate::Runner::Create(lex, opt);
  if (!runner.ok()) {
    std::fprintf(stderr, "dyad validate: %s\n", runner.status().message().c_str());
    return 2;
  }
  validate::Totals tot;
  std::map<std::string, std::pair<size_t, size_t>> cats;  // category -> (passed, total)
  size_t no_parse = 0;
  for (const auto& r : suite.value().records) {
    if (args.use_parse && !r.parse_is_conllu) ++no_parse;
    validate::RecordResult res = runner.value()->Run(r);
    auto& c = cats[r.category];
    ++c.second;
    std::set<validate::Triple> want(r.expected.begin(), r.expected.end());
    std::set<validate::Triple> got(res.got.begin(), res.got.end());
    tot.expected += want.size();
    tot.produced += got.size();
    for (const auto& t : got) tot.correct += want.count(t);
    if (res.pass) {
      ++tot.passed;
      ++c.first;
      continue;
    }
    ++tot.failed;
    if (args.quiet) continue;
    std::printf("FAIL %s [%s] line %u\n  text:     %s\n  expected: %s\n  got:      %s\n", r.id.c_str(),
                r.category.c_str(), r.line, r.text.c_str(), ExpectString(r).c_str(), Join(res.got).c_str());
    if (args.show_rules) {
      for (const auto& rl : res.rules) std::printf("  rule:     %s\n", rl.c_str());
    }
  }
  std::printf("\nper category (passed/total):\n");
  for (const auto& [name, c] : cats) std::printf("  %-12s %zu/%zu\n", name.c_str(), c.first, c.second);
  if (no_parse) std::printf("records without a CoNLL-U parse (coded from text): %zu\n", no_parse);
  std::printf("mode: %s\n", args.use_parse ? "record parses (--use-parse)" : "raw text, own tokenizer/parser");
  std::fputs(validate::ClosingLines(tot).c_str(), stdout);
  return 0;
}

}  // namespace

void RegisterValidate(CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Run a PETRARCH validation XML (RECORDS.xml --dict-dir DIR) or a TABARI project (--tabari)");
  cmd->add_option("records", args->records, "PETRARCH-format validation XML");
  cmd->add_option("--dict-dir", args->dict_dir, "folder the <Environment> dictionary names resolve in");
  cmd->add_option("--verbs", args->verbs, "verb dictionary (overrides <Verbfile>)");
  cmd->add_option("--actors", args->actors, "actor dictionary (overrides <Actorfile>)");
  cmd->add_option("--agents", args->agents, "agent dictionary (overrides <Agentfile>)");
  cmd->add_option("--discards", args->discards, "discard dictionary (overrides <Discardfile>)");
  cmd->add_option("--tabari", args->tabari, "TABARI validation project (e.g. Validate.project)");
  cmd->add_option("--model", args->model, "parser model (default data/models/en_ewt.dyadparse; 'none' = heuristic)");
  cmd->add_flag("--use-parse", args->use_parse, "code from the record's CoNLL-U <Parse> instead of the text");
  cmd->add_flag("--quiet", args->quiet, "do not list failing records");
  cmd->callback([args] { SetExitCode(RunValidate(*args)); });
}

}  // namespace dyad::cli
