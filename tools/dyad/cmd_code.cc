// dyad code: read articles, print their events (JSON Lines or TSV).
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "../../src/events/output.h"
#include "commands.h"
#include "dyad/ingest.h"
#include "dyad/parallel.h"
#include "dyad/pipeline.h"
#include <thread>

namespace dyad::cli {

namespace {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string in_format = "auto";
  std::string out_format = "jsonl";
  std::string date;
  std::string dict;
  std::string model;
  bool stats = false;
  bool negated = false;
  bool parse_all = false;
  int threads = 0;  // 0 = all cores
};

int RunCode(const CodeArgs& args) {
  auto iopt = MakeIngestOptions(args.in_format, args.date);
  if (!iopt.ok()) {
    std::fprintf(stderr, "dyad: %s\n", iopt.status().message().c_str());
    return 2;
  }
  PipelineOptions popt;
  popt.dict = args.dict;
  popt.model_path = args.model;
  popt.emit_negated = args.negated;
  popt.parse_all = args.parse_all;
  auto t0 = std::chrono::steady_clock::now();
  auto pipeline = Pipeline::Create(popt);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "dyad: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  std::vector<std::string> inputs = args.inputs;
  if (inputs.empty()) inputs.push_back("-");
  size_t articles = 0, sentences = 0, nevents = 0, errors = 0;
  bool tsv = args.out_format == "tsv";
  if (tsv) std::fputs(EventTsvHeader(), stdout);
  auto reader = OpenInputs(inputs, iopt.value());
  auto next = [&](Document* doc, Status* err) { return reader->Next(doc, err); };
  std::string out;
  auto sink = [&](CodedDocument& cd) {
    if (!cd.error.ok()) {
      std::fprintf(stderr, "dyad: %s\n", cd.error.message().c_str());
      ++errors;
      return;
    }
    ++articles;
    sentences += cd.sentences;
    nevents += cd.events.size();
    out.clear();
    for (const Event& e : cd.events) {
      if (tsv) AppendEventTsv(e, &out);
      else AppendEventJson(e, &out);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  };
  ParallelOptions popts;
  popts.threads = args.threads > 0 ? args.threads : static_cast<int>(std::thread::hardware_concurrency());
  CodeInOrder(*pipeline.value(), popts, next, sink);
  std::fflush(stdout);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (args.stats) {
    std::fprintf(stderr, "articles=%zu sentences=%zu events=%zu errors=%zu seconds=%.3f\n", articles,
                 sentences, nevents, errors, secs);
  }
  return errors > 0 ? 1 : 0;
}

}  // namespace

void RegisterCode(CLI::App& app) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand("code", "Code articles into CAMEO events (JSON Lines on stdout)");
  cmd->add_option("inputs", args->inputs, "Input files (text, .jsonl, .html) or - for stdin");
  cmd->add_option("--in-format", args->in_format, "auto|text|jsonl|html")->capture_default_str();
  cmd->add_option("--out-format", args->out_format, "jsonl|tsv")
      ->check(CLI::IsMember({"jsonl", "tsv"}))->capture_default_str();
  cmd->add_option("--date", args->date, "Article date YYYYMMDD when the input has none");
  cmd->add_option("--dict", args->dict, "Dictionaries: dyad:DIR (default: bundled data/dict)");
  cmd->add_option("--model", args->model, "Parser model file, or 'none' for the heuristic coder");
  cmd->add_flag("--stats", args->stats, "End stderr with a one-line summary");
  cmd->add_option("-j,--jobs", args->threads, "Worker threads (default: all cores); output order is the input order");
  cmd->add_flag("--parse-all", args->parse_all,
                "Parse every sentence (default: only those with an actor and a verb candidate)");
  cmd->add_flag("--negated", args->negated, "Also emit negated events (marked \"negated\":true)");
  cmd->callback([args] { SetExitCode(RunCode(*args)); });
}

}  // namespace dyad::cli
