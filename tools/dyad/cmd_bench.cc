// dyad bench: whole-pipeline throughput on real files — articles/s,
// sentences/s, tokens/s, MB/s, peak RSS and each stage's share of the time.
// Runs the whole input --repeat times (default 3) and reports the median run.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "commands.h"
#include "dyad/ingest.h"
#include "dyad/parallel.h"
#include "dyad/pipeline.h"

namespace dyad::cli {

namespace {

struct BenchArgs {
  std::vector<std::string> inputs;
  std::string dict, model;
  int threads = 1;
  int repeat = 3;
};

struct Run {
  double seconds = 0;
  size_t articles = 0, sentences = 0, words = 0, bytes = 0, events = 0, errors = 0;
  StageTimes times;
  double cpu = 0;  // user+system CPU seconds of the process during the run
};

// CPU time is reported next to wall time: on a shared, loaded machine it is the
// steadier measure of work done.
double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

int RunBench(const BenchArgs& args) {
  auto t0 = std::chrono::steady_clock::now();
  PipelineOptions popt;
  popt.dict = args.dict;
  popt.model_path = args.model;
  auto pipeline = Pipeline::Create(popt);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "dyad: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  double startup = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("startup (dictionaries%s): %.3f s, rss %.1f MB\n",
              pipeline.value()->parser() ? " + parser model" : "", startup, PeakRssMb());
  std::vector<Run> runs;
  for (int r = 0; r < std::max(1, args.repeat); ++r) {
    Run run;
    auto reader = OpenInputs(args.inputs, IngestOptions{});
    auto next = [&](Document* doc, Status* err) { return reader->Next(doc, err); };
    auto sink = [&](CodedDocument& cd) {
      if (!cd.error.ok()) {
        ++run.errors;
        return;
      }
      ++run.articles;
      run.sentences += cd.sentences;
      run.bytes += cd.doc.text.size() + cd.doc.title.size();
      run.events += cd.events.size();
      // Words: whitespace-separated, as TABARI and the corpus README count them.
      size_t words = 0;
      bool in = false;
      for (char c : cd.doc.text) {
        bool w = !(c == ' ' || c == '\n' || c == '\t' || c == '\r');
        words += w && !in;
        in = w;
      }
      run.words += words;
    };
    ParallelOptions po;
    po.threads = args.threads;
    po.time_stages = true;
    auto s = std::chrono::steady_clock::now();
    double cpu0 = CpuSeconds();
    CodeInOrder(*pipeline.value(), po, next, sink, &run.times);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - s).count();
    run.cpu = CpuSeconds() - cpu0;
    std::printf("run %d: %.3f s wall, %.3f s CPU, %zu articles, %zu sentences, %zu events, %zu errors\n", r + 1,
                run.seconds, run.cpu, run.articles, run.sentences, run.events, run.errors);
    runs.push_back(run);
  }
  std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.seconds < b.seconds; });
  const Run& m = runs[runs.size() / 2];
  std::printf("median of %zu runs, %d thread(s):\n", runs.size(), args.threads);
  std::printf("  (wall; per CPU-second: %.0f sentences, %.0f articles)\n", m.sentences / m.cpu,
              m.articles / m.cpu);
  std::printf("  articles/s   %12.0f\n", m.articles / m.seconds);
  std::printf("  sentences/s  %12.0f\n", m.sentences / m.seconds);
  std::printf("  words/s      %12.0f\n", m.words / m.seconds);
  std::printf("  MB/s         %12.2f\n", m.bytes / m.seconds / 1e6);
  std::printf("  events       %12zu\n", m.events);
  std::printf("  peak RSS MB  %12.1f\n", PeakRssMb());
  const StageTimes& t = m.times;
  double total = t.clean + t.segment + t.parse + t.actors + t.events + t.enrich;
  if (total > 0) {
    std::printf("  stage shares (of %.3f s worker time): clean %.1f%%  segment %.1f%%  tag+parse %.1f%%  "
                "actors %.1f%%  events %.1f%%  output/enrich %.1f%%\n",
                total, 100 * t.clean / total, 100 * t.segment / total, 100 * t.parse / total,
                100 * t.actors / total, 100 * t.events / total, 100 * t.enrich / total);
    std::printf("  ingest+reorder (outside workers): %.3f s\n", std::max(0.0, m.seconds * args.threads - total));
  }
  return m.errors ? 1 : 0;
}

}  // namespace

void RegisterBench(CLI::App& app) {
  auto args = std::make_shared<BenchArgs>();
  CLI::App* cmd = app.add_subcommand("bench", "Whole-pipeline throughput (median of --repeat runs)");
  cmd->add_option("inputs", args->inputs, "Input files")->required();
  cmd->add_option("--dict", args->dict, "Dictionaries (as for dyad code)");
  cmd->add_option("--model", args->model, "Parser model, or 'none'");
  cmd->add_option("-j,--jobs", args->threads, "Worker threads")->capture_default_str();
  cmd->add_option("--repeat", args->repeat, "Runs")->capture_default_str();
  cmd->callback([args] { SetExitCode(RunBench(*args)); });
}

}  // namespace dyad::cli
