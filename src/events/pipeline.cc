// Pipeline: wires the stages together for one document at a time.
#include <algorithm>
#include "dyad/pipeline.h"

#include <chrono>
#include <filesystem>

#include "../actors/mentions.h"
#include "../actors/own_roles.h"
#include "clause_repair.h"
#include "coder.h"
#include "dyad/cameo.h"
#include "dyad/parse.h"
#include "dyad/paths.h"
#include "dyad/text.h"
#include "quotes.h"

namespace dyad {

Result<std::shared_ptr<const Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  std::string dict = options.dict;
  if (dict.empty()) dict = "dyad:" + DataDir() + "/dict";
  std::string kind = dict.substr(0, dict.find(':'));
  std::string dir = dict.find(':') == std::string::npos ? dict : dict.substr(dict.find(':') + 1);
  std::vector<DictProblem> problems;
  if (kind == "petrarch" || kind == "tabari") {
    // Field dictionaries (docs/formats/petrarch-tabari.md): problems are
    // reported by `dyad dict check`; a readable set still codes.
    auto lex = kind == "petrarch" ? LoadPetrarchLexicon(dir, &problems) : LoadTabariLexicon(dir, &problems);
    if (!lex.ok()) return lex.status();
    return Create(options, lex.value());
  }
  if (kind != "dyad") {
    return Status::Error("--dict " + dict + ": unknown dictionary kind '" + kind +
                         "' (want dyad:DIR, petrarch:DIR or tabari:PROJECT)");
  }
  auto lex = LoadDyadLexicon(dir, &problems);
  if (!lex.ok()) return lex.status();
  return Create(options, lex.value());
}

Result<std::shared_ptr<const Pipeline>> Pipeline::Create(const PipelineOptions& options,
                                                         std::shared_ptr<const Lexicon> lexicon) {
  auto p = std::shared_ptr<Pipeline>(new Pipeline());
  p->options_ = options;
  p->lexicon_ = std::move(lexicon);
  if (p->lexicon_->dialect == Lexicon::Dialect::kDyad) {
    p->home_words_.resize(p->lexicon_->verbs.size());
    for (size_t i = 0; i < p->lexicon_->verbs.size(); ++i) {
      const VerbEntry& ve = p->lexicon_->verbs[i];
      std::vector<std::string>& words = p->home_words_[i];
      if (events::CodesAtHome(ve.default_code)) words.emplace_back();
      for (const VerbPattern& vp : ve.patterns) {
        if (vp.discard || !events::CodesAtHome(vp.code)) continue;
        std::string first;
        for (const PatternElem& el : vp.after) {
          if (el.kind == PatternElem::kWord) {
            first = el.word;
            break;
          }
        }
        if (std::find(words.begin(), words.end(), first) == words.end()) words.push_back(first);
      }
    }
  }
  std::string model = options.model_path;
  if (model.empty()) {
    model = DataDir() + "/models/en_ewt.dyadparse";
    if (!std::filesystem::exists(model)) model = "none";
  }
  if (model != "none") {
    auto m = ParserModel::Load(model);
    if (!m.ok()) return m.status();
    p->parser_ = std::shared_ptr<const ParserModel>(std::move(m).value());
  }
  return std::shared_ptr<const Pipeline>(std::move(p));
}

struct Pipeline::Worker::Impl {
  const Pipeline* pipeline;
  Analysis analysis;
  std::vector<actors::Mention> mentions;
  events::Quotes quotes;
  std::vector<events::CodedEvent> coded;
  std::unique_ptr<ParserScratch> scratch;
  std::vector<uint8_t> need_parse, has_mention, actor_count;  // per sentence (actor_count: up to 2)
  StageTimes times;
};

Pipeline::Worker::Worker(const Pipeline* pipeline) : impl_(new Impl) {
  impl_->pipeline = pipeline;
  if (pipeline->parser()) impl_->scratch = ParserModel::NewScratch();
}
Pipeline::Worker::~Worker() = default;
const Analysis& Pipeline::Worker::analysis() const { return impl_->analysis; }
const StageTimes& Pipeline::Worker::times() const { return impl_->times; }

namespace {

using Clock = std::chrono::steady_clock;

std::string_view Slice(const std::string& s, Span sp) {
  return std::string_view(s).substr(sp.begin, sp.size());
}

// Can the verb `n` code anything in sentence `s`? A verb of our dictionaries
// that has no bare entry codes only through its patterns ("keep pressure on
// *", "hold talks with *"), so it is worth a parse only when one of them has
// its first literal word in the sentence (a prefix test: plurals match).
// Everything else keeps the plain test (IsVerbCandidate).
bool PatternCanMatch(const Lexicon& lex, const Analysis& a, const Sentence& s, std::string_view n) {
  if (lex.dialect != Lexicon::Dialect::kDyad) return true;
  const int32_t vi = lex.FindVerb(n);
  if (vi < 0) return true;
  const VerbEntry& ve = lex.verbs[vi];
  if (!ve.default_code.empty()) return true;
  for (const VerbPattern& p : ve.patterns) {
    if (p.discard) continue;
    const PatternElem* word = nullptr;
    for (const PatternElem& el : p.after) {
      if (el.kind == PatternElem::kWord) {
        word = &el;
        break;
      }
    }
    if (word == nullptr) return true;
    // (A "with *" pattern also serves a compound subject's talks with each
    // other, "Putin and Erdogan discussed the situation": any "and" will do.)
    const bool with_slot = p.after.size() == 2 && word == &p.after[0] && word->word == "with";
    for (uint32_t t = s.first_token; t < s.first_token + s.num_tokens; ++t) {
      if (a.tokens[t].norm.starts_with(word->word) || (with_slot && a.tokens[t].norm == "and")) return true;
    }
  }
  return false;
}

// Does sentence `s` hold one of a verb's home words (Pipeline::home_words_;
// "" always; a prefix test, as PatternCanMatch)?
bool HomeWordIn(const Analysis& a, const Sentence& s, const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    if (word.empty()) return true;
    for (uint32_t t = s.first_token; t < s.first_token + s.num_tokens; ++t) {
      if (a.tokens[t].norm.starts_with(word)) return true;
    }
  }
  return false;
}

}  // namespace

Status Pipeline::Worker::Code(const Document& doc, std::vector<Event>* events) {
  Impl& w = *impl_;
  const Pipeline& p = *w.pipeline;
  const Lexicon& lex = *p.lexicon_;
  Analysis& a = w.analysis;
  a.Clear();
  auto t0 = Clock::now();
  auto lap = [&](double* acc) {
    if (!time_stages) return;
    auto t1 = Clock::now();
    *acc += std::chrono::duration<double>(t1 - t0).count();
    t0 = t1;
  };
  Clean(doc, &a);
  lap(&w.times.clean);
  Segment(doc, &a);
  lap(&w.times.segment);
  // Actors first (they need no parse), then parse only the sentences that can
  // yield an event: an actor mention and a verb (or hostile-conduct)
  // candidate, or two actor mentions (adjectives count) and an event noun.
  w.mentions.clear();
  actors::FindMentions(lex, a, doc.date, &w.mentions, doc.forward_actor);
  lap(&w.times.actors);
  // New actors (PETRARCH new_actor_length) may stand where no actor is, so
  // every sentence with a verb candidate is parsed.
  bool new_actors = p.options_.new_actor_length > 0 && lex.dialect == Lexicon::Dialect::kPetrarch;
  // TABARI dictionaries are matched on the surface (TABARI's own shallow
  // parse; docs/coder.md), so nothing reads a parse: skip it.
  if (p.parser_ && lex.dialect != Lexicon::Dialect::kTabari) {
    w.need_parse.assign(a.sentences.size(), 0);
    w.has_mention.assign(a.sentences.size(), new_actors ? 1 : 0);
    w.actor_count.assign(a.sentences.size(), 0);
    for (const actors::Mention& m : w.mentions) {
      if (!m.modifier) w.has_mention[m.sentence] = 1;
      if (w.actor_count[m.sentence] < 2) ++w.actor_count[m.sentence];
    }
    // With our dictionaries an event needs two mentions, its source and its
    // target (a role, a pronoun and an actor adjective count: "rejected an
    // Indian proposal"); PETRARCH's require_dyad off and its new actors do not.
    const bool two_needed = lex.dialect == Lexicon::Dialect::kDyad && p.options_.require_dyad;
    for (size_t si = 0; si < a.sentences.size(); ++si) {
      if (!w.has_mention[si]) continue;
      const Sentence& s = a.sentences[si];
      for (uint32_t t = s.first_token; t < s.first_token + s.num_tokens; ++t) {
        const std::string_view n = a.tokens[t].norm;
        // (One actor is enough for an act aimed at home with no party named:
        // "Sri Lanka imposed a nationwide curfew".)
        int32_t vi = -1;
        const bool home = w.actor_count[si] == 1 && !p.home_words_.empty() && (vi = lex.FindVerb(n)) >= 0 &&
                          HomeWordIn(a, s, p.home_words_[static_cast<size_t>(vi)]);
        if ((lex.IsVerbCandidate(n) && PatternCanMatch(lex, a, s, n) &&
             (w.actor_count[si] >= 2 || !two_needed || home)) ||
            (w.actor_count[si] >= 2 && lex.IsNounEventForm(n)) ||
            (w.actor_count[si] >= 2 && lex.dialect == Lexicon::Dialect::kDyad &&
             (events::OutlookOf(n) != 0 || events::IsToldIntentVerb(n))) ||
            // "X said Y must/should act" is a demand or appeal whatever the act.
            (w.actor_count[si] >= 2 && lex.dialect == Lexicon::Dialect::kDyad && (n == "must" || n == "should")) ||
            // (Measures promised if another party acts are a threat: "will take
            // resolute measures if ...".)
            (w.actor_count[si] >= 2 && lex.dialect == Lexicon::Dialect::kDyad &&
             (n == "measures" || n == "steps" || n == "countermeasures" || n == "action"))) {
          w.need_parse[si] = 1;
          break;
        }
      }
    }
    // --parse-all turns the selection off (a test proves it changes no event).
    if (p.options_.parse_all) w.need_parse.assign(a.sentences.size(), 1);
    AnnotateSelected(*p.parser_, &a, w.need_parse, w.scratch.get());
    // (Our coder only: the PETRARCH dictionaries are coded as UniversalPetrarch
    // codes them, on the parse as the parser gives it.)
    events::RepairMalformedClauses(&a);
    if (lex.dialect == Lexicon::Dialect::kDyad) {
      events::ReattachReportedClauses(&a);
      actors::BindOwnRolesToClauseSubjects(lex, a, &w.mentions);
    }
    if (new_actors) events::AddNewActorMentions(a, p.options_.new_actor_length, &w.mentions);
  }
  lap(&w.times.parse);
  events::FindQuotes(a, w.mentions, &w.quotes);
  w.coded.clear();
  events::CoderOptions copt;
  if (doc.date.size() >= 4 && std::all_of(doc.date.begin(), doc.date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    copt.article_year = std::stoi(doc.date.substr(0, 4));
  copt.emit_negated = p.options_.emit_negated;
  copt.require_dyad = p.options_.require_dyad;
  events::CodeSentenceEvents(lex, a, w.mentions, w.quotes, copt, &w.coded);
  lap(&w.times.events);
  const CameoTable& cameo = CameoTable::Default();
  for (const events::CodedEvent& ce : w.coded) {
    const Sentence& s = a.sentences[ce.sentence];
    const std::string& text = doc.field_text(s.field);
    Event e;
    e.doc_id = doc.id;
    e.sentence = ce.sentence;
    e.date = doc.date;
    e.source = ce.SourceCode(w.mentions);
    e.target = ce.TargetCode(w.mentions);
    e.code = ce.code;
    if (const CameoCodeInfo* info = cameo.Find(ce.code)) {
      e.root = info->root;
      e.quad_class = info->quad_class;
      e.goldstein = info->goldstein;
    } else {
      e.root = ce.code.substr(0, 2);
    }
    e.in = s.field;
    // A DEFAULT actor (TABARI) or the null target (PETRARCH require_dyad off)
    // has no mention and so an empty span and text.
    auto mention_span = [&](int32_t m) {
      if (m < 0) return Span{s.span.begin, s.span.begin};
      return Span{a.tokens[w.mentions[m].begin].span.begin, a.tokens[w.mentions[m].end - 1].span.end};
    };
    Span ss = mention_span(ce.source);
    Span ts = mention_span(ce.target);
    Span vs{a.tokens[ce.verb_begin].span.begin, a.tokens[ce.verb_end - 1].span.end};
    // Spans are reported into the original input (raw page bytes for HTML).
    bool title = s.field == Field::kTitle;
    e.source_span = title ? ss : doc.ToReported(ss);
    e.target_span = title ? ts : doc.ToReported(ts);
    e.verb_span = title ? vs : doc.ToReported(vs);
    e.source_text = std::string(doc.ReportedText(s.field, e.source_span));
    e.target_text = std::string(doc.ReportedText(s.field, e.target_span));
    e.verb_text = std::string(doc.ReportedText(s.field, e.verb_span));
    e.sentence_text = std::string(Slice(text, s.span));
    e.rules = ce.rules;
    if (ce.source >= 0) actors::MentionRules(lex, w.mentions, w.mentions[ce.source], &e.rules);
    if (ce.target >= 0) actors::MentionRules(lex, w.mentions, w.mentions[ce.target], &e.rules);
    e.negated = ce.negated;
    events->push_back(std::move(e));
  }
  lap(&w.times.enrich);
  return Status::Ok();
}

}  // namespace dyad
