// dyad train-parser / parse / eval-parser: train, run and evaluate our own
// tagger, lemmatizer and dependency parser (src/parse, docs/parser.md).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "commands.h"
#include "dyad/parse.h"
#include "dyad/paths.h"
#include "dyad/text.h"
#include "parse/conllu.h"
#include "parse/eval.h"
#include "parse/train/trainer.h"

namespace dyad::cli {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string DefaultModel() { return DataDir() + "/models/en_ewt.dyadparse"; }

Result<std::unique_ptr<ParserModel>> LoadModel(const std::string& path, bool report) {
  const auto t0 = Clock::now();
  auto m = ParserModel::Load(path);
  if (m.ok() && report) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::printf("model: %s (%.1f MB), loaded in %.0f ms\n", path.c_str(),
                static_cast<double>(in.tellg()) / 1e6, 1000 * Since(t0));
  }
  return m;
}

// --- train-parser ----------------------------------------------------------

// Writes the model file; returns its size, or 0 after printing the error.
size_t WriteModel(const parse::DyadParserModel& m, const std::string& path) {
  const std::string bytes = m.Serialize();
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    std::fprintf(stderr, "dyad: %s: cannot write model\n", path.c_str());
    return 0;
  }
  return bytes.size();
}

struct TrainArgs {
  std::string train, dev, out;
  uint64_t seed = 1;
  int iterations = 15;
  int tagger_iterations = 10;
  int tagger_beam = 1;
  int folds = 5;
  int threads = 2;
  float prune = 1.0f;
  float tagger_prune = 0.0f;
  std::string wordnet, words;
};

int RunTrain(const TrainArgs& a) {
  const auto t0 = Clock::now();
  std::vector<conllu::Sentence> train, dev;
  if (Status st = conllu::ReadFile(a.train, &train); !st.ok()) {
    std::fprintf(stderr, "dyad: %s\n", st.message().c_str());
    return 2;
  }
  if (!a.dev.empty()) {
    if (Status st = conllu::ReadFile(a.dev, &dev); !st.ok()) {
      std::fprintf(stderr, "dyad: %s\n", st.message().c_str());
      return 2;
    }
  }
  parse::Lexicon lexicon;
  if (!a.wordnet.empty() || !a.words.empty()) {
    auto lex = parse::ReadLexicon(a.wordnet, a.words);
    if (!lex.ok()) {
      std::fprintf(stderr, "dyad: %s\n", lex.status().message().c_str());
      return 2;
    }
    lexicon = std::move(lex).value();
    std::printf("lexicon: %zu words from %s %s\n", lexicon.classes.size(), a.wordnet.c_str(), a.words.c_str());
  }
  parse::TrainOptions o;
  o.lexicon = lexicon.classes.empty() ? nullptr : &lexicon;
  o.seed = a.seed;
  o.parser_iterations = a.iterations;
  o.tagger_iterations = a.tagger_iterations;
  o.tagger_beam = a.tagger_beam;
  o.jackknife_folds = a.folds;
  o.threads = a.threads;
  o.prune = a.prune;
  o.tagger_prune = a.tagger_prune;
  o.log = [t0](const std::string& line) {
    std::printf("[%6.1fs] %s\n", Since(t0), line.c_str());
    std::fflush(stdout);
  };
  auto model = parse::Train(train, dev, o);
  if (!model.ok()) {
    std::fprintf(stderr, "dyad: %s\n", model.status().message().c_str());
    return 1;
  }
  const size_t size = WriteModel(*model.value(), a.out);
  if (size == 0) return 1;
  std::printf("wrote %s (%.1f MB) in %.1fs total\n", a.out.c_str(), size / 1e6, Since(t0));
  return 0;
}

// --- prune-parser ----------------------------------------------------------
// Pruning is a pure function of the final weights, so a model trained without it
// can be pruned later to trade accuracy for size and speed without retraining.

struct PruneArgs {
  std::string model, out, tagger_from;
  std::vector<std::string> add;  // models whose weights are summed in
  float tagger = 0.0f, parser = 0.0f;
  float tagger_margin = -1.0f;  // < 0: keep the model's
};

// Reads a model file; on failure prints why (naming the file) and returns null.
std::unique_ptr<parse::DyadParserModel> ReadModelFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "dyad: %s: cannot open\n", path.c_str());
    return nullptr;
  }
  const std::string bytes((std::istreambuf_iterator<char>(in)), {});
  auto model = parse::DyadParserModel::Deserialize(bytes, path);
  if (!model.ok()) {
    std::fprintf(stderr, "dyad: %s\n", model.status().message().c_str());
    return nullptr;
  }
  return std::move(model).value();
}

int RunPrune(const PruneArgs& a) {
  const std::unique_ptr<parse::DyadParserModel> model = ReadModelFile(a.model);
  if (!model) return 2;
  parse::DyadParserModel& m = *model;
  if (!a.tagger_from.empty()) {
    const std::unique_ptr<parse::DyadParserModel> other = ReadModelFile(a.tagger_from);
    if (!other) return 2;
    // The parser's features read joint tag ids, so the two taggers must
    // number the same tags the same way.
    if (other->tagger.tag_upos != m.tagger.tag_upos || other->tagger.tag_xpos != m.tagger.tag_xpos) {
      std::fprintf(stderr, "dyad: %s: its tagger's tag set differs from %s's; cannot combine them\n",
                   a.tagger_from.c_str(), a.model.c_str());
      return 2;
    }
    m.tagger = std::move(other->tagger);
  }
  if (!a.add.empty()) {
    // A sum of models trained with other seeds: for greedy linear models it
    // decodes exactly as an ensemble that adds the members' scores.
    std::vector<std::unique_ptr<parse::DyadParserModel>> others;
    std::vector<const parse::SparseWeights*> taggers{&m.tagger.weights}, parsers{&m.parser.weights};
    for (const std::string& path : a.add) {
      std::unique_ptr<parse::DyadParserModel> other = ReadModelFile(path);
      if (!other) return 2;
      const parse::DyadParserModel& o = *other;
      if (o.tagger.tag_upos != m.tagger.tag_upos || o.tagger.tag_xpos != m.tagger.tag_xpos ||
          o.parser.labels != m.parser.labels) {
        std::fprintf(stderr, "dyad: %s: its tag set or relation labels differ from %s's; cannot add them\n",
                     path.c_str(), a.model.c_str());
        return 2;
      }
      if (a.tagger_from.empty() && (o.tagger.beam > 1 || m.tagger.beam > 1)) {
        std::fprintf(stderr, "dyad: %s: beam taggers cannot be added (their margin is in one model's units)\n",
                     path.c_str());
        return 2;
      }
      taggers.push_back(&o.tagger.weights);
      parsers.push_back(&o.parser.weights);
      others.push_back(std::move(other));
    }
    // (With --tagger-from, that model's tagger is the output's: only the
    // parsers are added.)
    parse::SparseWeights tagger_sum, parser_sum;
    if ((a.tagger_from.empty() && !parse::SparseWeights::Sum(taggers, &tagger_sum)) ||
        !parse::SparseWeights::Sum(parsers, &parser_sum)) {
      std::fprintf(stderr, "dyad: the models' weight tables have different class counts\n");
      return 2;
    }
    if (a.tagger_from.empty()) m.tagger.weights = std::move(tagger_sum);
    m.parser.weights = std::move(parser_sum);
  }
  if (a.tagger_margin >= 0) m.tagger.beam_margin = a.tagger_margin;
  if (a.tagger > 0) m.tagger.weights.Prune(a.tagger);
  if (a.parser > 0) m.parser.weights.Prune(a.parser);
  const size_t size = WriteModel(m, a.out);
  if (size == 0) return 1;
  std::printf("wrote %s (%.1f MB): tagger %zu features / %zu entries, parser %zu / %zu\n", a.out.c_str(),
              size / 1e6, m.tagger.weights.num_features(), m.tagger.weights.num_entries(),
              m.parser.weights.num_features(), m.parser.weights.num_entries());
  return 0;
}

// --- parse -----------------------------------------------------------------

struct ParseArgs {
  std::string input = "-";
  std::string model;
  bool pretokenized = false;
};

std::string ReadAll(const std::string& path, bool* ok) {
  *ok = true;
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *ok = false;
    return {};
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

void WriteWord(std::string* out, int id, std::string_view form, const TokenParse& p,
               std::string_view feats, std::string_view deps, std::string_view misc) {
  *out += std::to_string(id);
  *out += '\t';
  *out += form;
  *out += '\t';
  *out += p.lemma.empty() ? std::string_view("_") : p.lemma;
  *out += '\t';
  *out += kUposNames[p.upos];
  *out += '\t';
  *out += p.xpos.empty() ? std::string_view("_") : p.xpos;
  *out += '\t';
  *out += feats;
  *out += '\t';
  *out += std::to_string(p.head);
  *out += '\t';
  *out += p.deprel_name;
  *out += '\t';
  *out += deps;
  *out += '\t';
  *out += misc;
  *out += '\n';
}

int RunParse(const ParseArgs& a) {
  const std::string path = a.model.empty() ? DefaultModel() : a.model;
  auto model = LoadModel(path, false);
  if (!model.ok()) {
    std::fprintf(stderr, "dyad: %s\n", model.status().message().c_str());
    return 2;
  }
  auto scratch = ParserModel::NewScratch();
  bool ok = true;
  const std::string text = ReadAll(a.input, &ok);
  if (!ok) {
    std::fprintf(stderr, "dyad: %s: cannot open\n", a.input.c_str());
    return 2;
  }
  std::string out;
  std::vector<std::string_view> forms;
  std::vector<TokenParse> parse;
  if (a.pretokenized) {
    std::vector<conllu::Sentence> sents;
    conllu::ReadOptions ro;
    ro.require_tree = false;
    if (Status st = conllu::Read(text, a.input == "-" ? "<stdin>" : a.input, &sents, ro); !st.ok()) {
      std::fprintf(stderr, "dyad: %s\n", st.message().c_str());
      return 2;
    }
    for (conllu::Sentence& s : sents) {
      forms.clear();
      for (const conllu::Word& w : s.words) forms.push_back(w.form);
      parse.assign(forms.size(), TokenParse{});
      model.value()->Annotate(forms, parse, scratch.get());
      for (size_t i = 0; i < s.words.size(); ++i) {
        conllu::Word& w = s.words[i];
        const TokenParse& p = parse[i];
        w.lemma = std::string(p.lemma);
        w.upos = kUposNames[p.upos];
        w.xpos = p.xpos.empty() ? "_" : std::string(p.xpos);
        w.head = p.head;
        w.deprel = std::string(p.deprel_name);
      }
      conllu::Write(s, &out);
      if (out.size() > (1 << 20)) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
    }
  } else {
    Analysis an;
    SegmentText(text, Field::kText, &an);
    int sent_no = 0;
    for (const Sentence& s : an.sentences) {
      if (s.num_tokens == 0) continue;
      forms.clear();
      for (uint32_t i = 0; i < s.num_tokens; ++i) forms.push_back(an.tokens[s.first_token + i].form);
      parse.assign(forms.size(), TokenParse{});
      model.value()->Annotate(forms, parse, scratch.get());
      out += "# sent_id = " + std::to_string(++sent_no) + "\n";
      std::string stext(std::string_view(text).substr(s.span.begin, s.span.size()));
      for (char& c : stext) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      }
      out += "# text = " + stext + "\n";
      uint32_t mwt_end = 0;  // one past the last word of the open multiword token
      for (uint32_t i = 0; i < s.num_tokens; ++i) {
        const Token& t = an.tokens[s.first_token + i];
        // A clitic or contraction split off its word ("don't" = do + n't)
        // is one multiword token over the words, as UD English writes it;
        // SpaceAfter then belongs to the token line.
        if (i >= mwt_end && (t.flags & kTokJoinsNext) && i + 1 < s.num_tokens) {
          uint32_t e = i;
          while (e + 1 < s.num_tokens && (an.tokens[s.first_token + e].flags & kTokJoinsNext)) ++e;
          const Token& tail = an.tokens[s.first_token + e];
          const bool space = (tail.flags & kTokSpaceAfter) != 0 || e + 1 == s.num_tokens;
          out += std::to_string(i + 1) + "-" + std::to_string(e + 1) + "\t";
          out += std::string_view(text).substr(t.span.begin, tail.span.end - t.span.begin);
          out += space ? "\t_\t_\t_\t_\t_\t_\t_\t_\n" : "\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n";
          mwt_end = e + 1;
        }
        const bool last = i + 1 == s.num_tokens;
        const bool space = (t.flags & kTokSpaceAfter) != 0;
        WriteWord(&out, static_cast<int>(i) + 1, t.form, parse[i], "_", "_",
                  (space || last || i < mwt_end) ? "_" : "SpaceAfter=No");
      }
      out += '\n';
      if (out.size() > (1 << 20)) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

// --- eval-parser -----------------------------------------------------------

struct EvalArgs {
  std::string model;
  std::string gold;
  bool raw = false;
};

int RunEval(const EvalArgs& a) {
  const std::string path = a.model.empty() ? DefaultModel() : a.model;
  auto model = LoadModel(path, true);
  if (!model.ok()) {
    std::fprintf(stderr, "dyad: %s\n", model.status().message().c_str());
    return 2;
  }
  std::vector<conllu::Sentence> gold;
  if (Status st = conllu::ReadFile(a.gold, &gold); !st.ok()) {
    std::fprintf(stderr, "dyad: %s\n", st.message().c_str());
    return 2;
  }
  using parse::EvalCounts;
  const EvalCounts c = a.raw ? parse::EvaluateRaw(*model.value(), gold)
                             : parse::EvaluateGoldTokens(*model.value(), gold);
  const double tps = c.system_words / std::max(c.annotate_seconds, 1e-9);
  double upos, lemma, uas, las, las_full;
  if (a.raw) {
    std::printf("Sentences F1=%.2f (gold %zu, system %zu, matched %zu)\n",
                EvalCounts::F1(c.matched_sentences, c.gold_sentences, c.system_sentences),
                c.gold_sentences, c.system_sentences, c.matched_sentences);
    std::printf("Tokens F1=%.2f (gold %zu, system %zu, matched %zu)\n",
                EvalCounts::F1(c.matched_tokens, c.gold_tokens, c.system_tokens), c.gold_tokens,
                c.system_tokens, c.matched_tokens);
    std::printf("Words F1=%.2f (gold %zu, system %zu, aligned %zu)\n",
                EvalCounts::F1(c.aligned, c.gold_words, c.system_words), c.gold_words,
                c.system_words, c.aligned);
    upos = EvalCounts::F1(c.upos, c.gold_words, c.system_words);
    lemma = EvalCounts::F1(c.lemma, c.gold_words, c.system_words);
    uas = EvalCounts::F1(c.uas, c.gold_words, c.system_words);
    las = EvalCounts::F1(c.las, c.gold_words, c.system_words);
    las_full = EvalCounts::F1(c.las_full, c.gold_words, c.system_words);
  } else {
    const double n = static_cast<double>(std::max<size_t>(c.gold_words, 1));
    upos = 100.0 * c.upos / n;
    lemma = 100.0 * c.lemma / n;
    uas = 100.0 * c.uas / n;
    las = 100.0 * c.las / n;
    las_full = 100.0 * c.las_full / n;
  }
  std::printf("%zu sentences, %zu gold words; LEMMA=%.2f; LAS with relation subtypes=%.2f\n",
              gold.size(), c.gold_words, lemma, las_full);
  std::printf("UPOS=%.2f UAS=%.2f LAS=%.2f tokens_per_sec=%.0f\n", upos, uas, las, tps);
  return 0;
}

}  // namespace

void RegisterParse(CLI::App& app) {
  {
    auto args = std::make_shared<TrainArgs>();
    CLI::App* cmd = app.add_subcommand(
        "train-parser", "Train the tagger, lemmatizer and parser on UD CoNLL-U (docs/parser.md)");
    cmd->add_option("--train", args->train, "training CoNLL-U file")->required();
    cmd->add_option("--dev", args->dev, "development CoNLL-U file (model selection)");
    cmd->add_option("--out", args->out, "model file to write")->required();
    cmd->add_option("--seed", args->seed, "random seed (training is deterministic for a seed)");
    cmd->add_option("--iterations", args->iterations, "parser epochs (best on dev kept)");
    cmd->add_option("--tagger-iterations", args->tagger_iterations, "tagger epochs (best on dev kept)");
    cmd->add_option("--tagger-beam", args->tagger_beam,
                    "tagger beam width; above 1 the tagger is trained globally (early update) and decodes with it");
    cmd->add_option("--folds", args->folds, "jackknife folds for the parser's training tags");
    cmd->add_option("--threads", args->threads, "threads for the jackknife folds");
    cmd->add_option("--prune", args->prune, "finally drop averaged weights below this magnitude (size/speed vs accuracy)");
    cmd->add_option("--tagger-prune", args->tagger_prune,
                    "the same for the tagger's weights (default 0: keep all)");
    cmd->add_option("--wordnet", args->wordnet,
                    "WordNet 3.0 dictionary folder for the tagger's lexicon (Debian wordnet-base: /usr/share/wordnet)");
    cmd->add_option("--words", args->words,
                    "word list for the tagger's lexicon (Debian wamerican-large: /usr/share/dict/american-english-large)");
    cmd->callback([args] { SetExitCode(RunTrain(*args)); });
  }
  {
    auto args = std::make_shared<PruneArgs>();
    CLI::App* cmd = app.add_subcommand(
        "prune-parser", "Drop small weights of a trained parser model (smaller, faster, a little less accurate)");
    cmd->add_option("--model", args->model, "model file to read")->required();
    cmd->add_option("--out", args->out, "model file to write")->required();
    cmd->add_option("--tagger", args->tagger, "drop tagger weights with magnitude below this");
    cmd->add_option("--parser", args->parser, "drop parser weights with magnitude below this");
    cmd->add_option("--tagger-from", args->tagger_from,
                    "take the tagger (with its lexicon and beam) from this model; the tag sets must match; "
                    "with --add, only the parsers are added");
    cmd->add_option("--add", args->add,
                    "add this model's tagger and parser weights (same tag set and labels; greedy taggers): "
                    "one table that scores as the ensemble of the models; repeatable");
    cmd->add_option("--tagger-margin", args->tagger_margin,
                    "beam tagger: drop items scoring this far below the best (weight units; 0 = keep all)");
    cmd->callback([args] { SetExitCode(RunPrune(*args)); });
  }
  {
    auto args = std::make_shared<ParseArgs>();
    CLI::App* cmd = app.add_subcommand("parse", "Raw text (or CoNLL-U words) to parsed CoNLL-U");
    cmd->add_option("input", args->input, "text file, or - for stdin");
    cmd->add_option("--model", args->model, "model file (default data/models/en_ewt.dyadparse)");
    cmd->add_flag("--pretokenized", args->pretokenized,
                  "input is CoNLL-U: keep its words, fill LEMMA, UPOS, XPOS, HEAD, DEPREL");
    cmd->callback([args] { SetExitCode(RunParse(*args)); });
  }
  {
    auto args = std::make_shared<EvalArgs>();
    CLI::App* cmd = app.add_subcommand("eval-parser", "Score the parser against gold CoNLL-U");
    cmd->add_option("--model", args->model, "model file (default data/models/en_ewt.dyadparse)");
    cmd->add_option("gold", args->gold, "gold CoNLL-U file")->required();
    cmd->add_flag("--raw", args->raw, "start from the raw text (our tokenizer), report F1");
    cmd->callback([args] { SetExitCode(RunEval(*args)); });
  }
}

}  // namespace dyad::cli
