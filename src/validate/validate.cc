// Validation suites: readers for PETRARCH XML and TABARI .text records, and
// the runner that codes a record and compares its events (see validate.h).
#include "validate.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "../actors/mentions.h"
#include "../events/coder.h"
#include "../events/quotes.h"
#include "dyad/parse.h"
#include "dyad/pipeline.h"
#include "dyad/text.h"

namespace dyad::validate {

namespace {

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

Result<Suite> ReadPetrarchSuite(const std::string& path) {
  pugi::xml_document doc;
  pugi::xml_parse_result res = doc.load_file(path.c_str(), pugi::parse_default | pugi::parse_comments);
  if (!res) {
    return Status::Error(path + ": XML error at byte " + std::to_string(res.offset) + ": " +
                         res.description());
  }
  // Byte offset -> line, for messages.
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<uint32_t> line_starts{0};
  for (uint32_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n') line_starts.push_back(i + 1);
  }
  Suite suite;
  suite.path = path;
  pugi::xml_node root = doc.child("Validation");
  if (!root) return Status::Error(path + ": no <Validation> root element");
  for (pugi::xml_node e : root.child("Environment").children()) {
    if (e.type() != pugi::node_element) continue;
    suite.environment[e.name()] = Trim(e.text().get());
  }
  pugi::xml_node sentences = root.child("Sentences");
  if (!sentences) sentences = root;
  // `<Config>` elements between records change PETRARCH's settings for the
  // records after them (as PETRARCH's validation run applies them in order).
  bool require_dyad = true;
  uint32_t new_actor_length = 0;
  for (pugi::xml_node s : sentences.children()) {
    if (std::string_view(s.name()) == "Config") {
      std::string option = Upper(s.attribute("option").as_string());
      std::string value = Upper(Trim(s.attribute("value").as_string()));
      if (option == "REQUIRE_DYAD") require_dyad = value != "FALSE";
      if (option == "NEW_ACTOR_LENGTH") new_actor_length = static_cast<uint32_t>(std::max(0, std::atoi(value.c_str())));
      continue;
    }
    if (std::string_view(s.name()) != "Sentence") continue;
    std::string active = s.attribute("sentence").as_string("true");
    if (Upper(active) == "FALSE") {
      ++suite.inactive;
      continue;
    }
    Record r;
    r.require_dyad = require_dyad;
    r.new_actor_length = new_actor_length;
    r.id = s.attribute("id").as_string();
    r.category = s.attribute("category").as_string();
    r.date = s.attribute("date").as_string();
    ptrdiff_t off = s.offset_debug();
    if (off >= 0) {
      r.line = static_cast<uint32_t>(
          std::upper_bound(line_starts.begin(), line_starts.end(), static_cast<uint32_t>(off)) -
          line_starts.begin());
    }
    r.text = OneLine(s.child("Text").text().get());
    pugi::xml_node parse = s.child("Parse");
    if (parse) {
      r.parse = parse.text().get();
      // CoNLL-U: lines of tab-separated columns; Penn Treebank: "(ROOT ...".
      std::string t = Trim(r.parse);
      r.parse_is_conllu = !t.empty() && t[0] != '(' && t.find('\t') != std::string::npos;
    }
    for (pugi::xml_node c : s.children("Config")) {
      r.config.emplace_back(c.attribute("option").as_string(), c.attribute("value").as_string());
    }
    bool any = false;
    for (pugi::xml_node ec : s.children("EventCoding")) {
      any = true;
      if (ec.attribute("noevents")) {
        r.expect = Expect::kNoEvent;
        continue;
      }
      if (ec.attribute("error")) {
        r.expect = Expect::kError;
        r.error = ec.attribute("error").as_string();
        continue;
      }
      r.expected.push_back({ec.attribute("sourcecode").as_string(), ec.attribute("targetcode").as_string(),
                            ec.attribute("eventcode").as_string()});
    }
    if (!any) r.expect = Expect::kNoEvent;
    if (r.expect != Expect::kEvents) r.expected.clear();
    suite.records.push_back(std::move(r));
  }
  return suite;
}

namespace {

// One TABARI text record as TABARI's reader sees it (process.cp readRecord):
// a header line that starts with a digit, then text lines up to the first
// empty line. The date is the first 6 digits (8 once `SET: YYYY = TRUE` is in
// force); the rest of the header, without leading blanks, is the record id.
struct RawTabariRecord {
  uint32_t line = 0;
  std::string_view header;
  std::string body;  // text lines joined with one blank, as TABARI joins them
};

std::vector<RawTabariRecord> SplitTabariRecords(std::string_view all) {
  std::vector<std::string_view> lines;
  for (size_t b = 0; b <= all.size();) {
    size_t e = all.find('\n', b);
    if (e == std::string_view::npos) e = all.size();
    std::string_view l = all.substr(b, e - b);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.push_back(l);
    b = e + 1;
  }
  std::vector<RawTabariRecord> out;
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].empty() || lines[i][0] < '0' || lines[i][0] > '9') {
      ++i;
      continue;
    }
    RawTabariRecord r;
    r.line = static_cast<uint32_t>(i + 1);
    r.header = lines[i++];
    // A record's text ends at the first empty line, so a digit-led text line
    // ("50,000 tonnes ...") does not start a record and a header written
    // right after an unterminated comment does.
    while (i < lines.size() && !lines[i].empty()) {
      r.body.append(lines[i++]);
      r.body.push_back(' ');
    }
    out.push_back(std::move(r));
  }
  return out;
}

// True when an OPTION's text turns TABARI's 4-digit years on or off.
void NoteYearOption(std::string_view opt, bool* four_digit) {
  std::string u = Upper(std::string(opt));
  if (u.find("YYYY") == std::string::npos) return;
  *four_digit = u.find("TRUE") != std::string::npos;
}

// Parses the expectations of one record: TABARI (process.cp checkEvents)
// reads `{...}` blocks anywhere after the first `/*` of the record to its
// end (a `*/` does not stop it). Returns false when the record is not checked.
bool ParseTabariExpectations(std::string_view body, Record* r, bool* open_ended) {
  size_t c = body.find("/*");
  if (c == std::string_view::npos) return false;
  size_t p = body.find('{', c + 2);
  if (p == std::string_view::npos) return false;
  if (body[p - 1] == '-') return false;  // `-{`: nothing is checked
  bool real = false;
  for (; p != std::string_view::npos; p = body.find('{', p + 1)) {
    if (body[p - 1] == '-') {
      // Events from here on are not checked; TABARI still wants one coded
      // event for this block.
      *open_ended = true;
      break;
    }
    size_t q = body.find('}', p);
    if (q == std::string_view::npos) break;
    std::string inside = Trim(body.substr(p + 1, q - p - 1));
    std::string compact;
    for (char ch : inside) {
      if (ch != ' ') compact.push_back(ch);
    }
    if (!real && (compact == "---" || compact == "###" || compact == "+++")) {
      r->expect = compact == "---" ? Expect::kNoEvent : compact == "###" ? Expect::kDiscard : Expect::kComplex;
      return true;
    }
    std::vector<std::string> parts;
    for (size_t a = 0; a <= inside.size();) {
      size_t z = inside.find('/', a);
      if (z == std::string::npos) z = inside.size();
      parts.push_back(Trim(std::string_view(inside).substr(a, z - a)));
      a = z + 1;
    }
    if (parts.size() != 3) continue;
    r->expected.push_back({parts[0], parts[1], parts[2]});
    real = true;
  }
  return real;
}

}  // namespace

Result<Suite> ReadTabariSuite(const std::string& text_path) {
  auto text = ReadLegacyText(text_path);
  if (!text.ok()) return text.status();
  Suite suite;
  suite.path = text_path;
  bool four_digit_year = false;
  std::vector<std::pair<std::string, std::string>> pending_options;
  for (RawTabariRecord& raw : SplitTabariRecords(text.value())) {
    Record r;
    r.line = raw.line;
    size_t date_len = four_digit_year ? 8 : 6;
    std::string date(raw.header.substr(0, std::min(date_len, raw.header.size())));
    if (date.size() == 6) date = (std::stoi(date.substr(0, 2)) < 30 ? "20" : "19") + date;
    r.date = date;
    r.id = Trim(raw.header.substr(std::min(date_len, raw.header.size())));
    // The category is the last word's prefix ("950101  AGENTS-11" -> AGENTS).
    std::string last = r.id.substr(r.id.find_last_of(" \t") == std::string::npos ? 0 : r.id.find_last_of(" \t") + 1);
    r.category = last.substr(0, last.find('-'));
    size_t c = raw.body.find("/*");
    r.text = OneLine(std::string_view(raw.body).substr(0, c));
    if (r.id.find("FINAL-01") != std::string::npos) break;
    // `{OPTION: ...}`: TABARI applies every OPTION of the record (up to its
    // `}` or the record's end) after coding it, and checks nothing else.
    size_t brace = c == std::string::npos ? c : raw.body.find('{', c);
    if (brace != std::string::npos && raw.body.find("OPTION:", brace) != std::string::npos) {
      for (size_t o = raw.body.find("OPTION:", brace); o != std::string::npos; o = raw.body.find("OPTION:", o + 1)) {
        size_t e = raw.body.find('}', o);
        std::string opt = Trim(std::string_view(raw.body).substr(o, e == std::string::npos ? e : e - o));
        if (opt.size() >= 2 && opt.compare(opt.size() - 2, 2, "*/") == 0) opt = Trim(opt.substr(0, opt.size() - 2));
        NoteYearOption(opt, &four_digit_year);
        pending_options.emplace_back("OPTION_BEFORE", opt);
      }
      ++suite.inactive;
      continue;
    }
    bool open_ended = false;
    if (!ParseTabariExpectations(raw.body, &r, &open_ended) || r.id.rfind("START", 0) == 0) {
      ++suite.inactive;
      continue;
    }
    r.open_ended = open_ended;
    if (r.expect != Expect::kEvents) r.expected.clear();
    r.config.insert(r.config.begin(), pending_options.begin(), pending_options.end());
    pending_options.clear();
    suite.records.push_back(std::move(r));
  }
  return suite;
}

// ---------------------------------------------------------------- runner

struct Runner::Impl {
  std::shared_ptr<const Lexicon> lex;
  std::shared_ptr<const Pipeline> pipeline;
  std::unique_ptr<Pipeline::Worker> worker;
  Options opt;
  bool require_dyad = true;  // the pipeline's current settings
  uint32_t new_actor_length = 0;
  // --use-parse scratch.
  Analysis a;
  std::vector<std::string> lemma_store;
  std::vector<actors::Mention> mentions;
  events::Quotes quotes;
  std::vector<events::CodedEvent> coded;
  // TABARI FORWARD: the previous record's story and sentence numbers and the
  // actor code its successor's opening pronoun may take.
  long prev_story = -1, prev_sentence = -1;
  std::string forward_code;
};

Result<std::unique_ptr<Runner>> Runner::Create(std::shared_ptr<const Lexicon> lex, const Options& opt) {
  PipelineOptions po;
  po.model_path = opt.use_parse ? "none" : opt.model;
  auto p = Pipeline::Create(po, lex);
  if (!p.ok()) return p.status();
  std::unique_ptr<Runner> r(new Runner());
  r->impl_ = std::make_unique<Impl>();
  r->impl_->lex = std::move(lex);
  r->impl_->pipeline = p.value();
  r->impl_->worker = r->impl_->pipeline->NewWorker();
  r->impl_->opt = opt;
  return r;
}

Runner::~Runner() = default;

namespace {

uint8_t UposIndex(std::string_view u) {
  for (uint8_t k = 0; k < 17; ++k) {
    if (u == kUposNames[k]) return k;
  }
  return kX;
}

// UD v1 relation names (UDPipe 1/2.0 English models) -> UD v2.
std::string_view V2Relation(std::string_view rel, std::string_view head_upos) {
  if (rel == "dobj") return "obj";
  if (rel == "nsubjpass") return "nsubj:pass";
  if (rel == "csubjpass") return "csubj:pass";
  if (rel == "auxpass") return "aux:pass";
  if (rel == "neg") return "advmod";
  if (rel == "name") return "flat";
  if (rel == "mwe") return "fixed";
  if (rel == "nmod" && (head_upos == "VERB" || head_upos == "AUX" || head_upos == "ADJ")) return "obl";
  if (rel == "nmod:tmod" && head_upos == "VERB") return "obl:tmod";
  if (rel == "nmod:npmod" && head_upos == "VERB") return "obl:npmod";
  return rel;
}

std::string NormForm(std::string_view f) {
  std::string n;
  for (char c : f) n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (n == "``" || n == "''" || n == "\u201c" || n == "\u201d") return "\"";
  if (n == "\u2019s") return "'s";
  return n;
}

// TABARI FORWARD format (`^^*****NNN*SSS`) applied to a record id: the story
// (N) and sentence (S) numbers, or false when the id does not fit.
bool ForwardNumbers(const std::string& format, const std::string& id, long* story, long* sentence) {
  std::string fmt;
  for (char c : format) {
    if (c != '^') fmt.push_back(c);  // `^`: leading blanks, trimmed from the id
  }
  if (id.size() < fmt.size()) return false;
  std::string n, s;
  for (size_t k = 0; k < fmt.size(); ++k) {
    if (fmt[k] == 'N') n.push_back(id[k]);
    if (fmt[k] == 'S') s.push_back(id[k]);
  }
  if (n.empty() || s.empty() || n.find_first_not_of("0123456789") != std::string::npos ||
      s.find_first_not_of("0123456789") != std::string::npos)
    return false;
  *story = std::stol(n);
  *sentence = std::stol(s);
  return true;
}

}  // namespace

void Runner::ApplyOptions(const Record& r, const char* key) {
  Impl& w = *impl_;
  if (r.config.empty()) return;
  auto changed = std::make_shared<Lexicon>(*w.lex);
  bool any = false;
  for (const auto& [k, value] : r.config) {
    if (k == key) any = ApplyTabariOption(value, &changed->tabari) || any;
  }
  if (!any) return;
  PipelineOptions po;
  po.model_path = w.opt.use_parse ? "none" : w.opt.model;
  po.require_dyad = w.require_dyad;
  po.new_actor_length = w.new_actor_length;
  auto p = Pipeline::Create(po, changed);
  if (!p.ok()) return;
  w.lex = changed;
  w.pipeline = p.value();
  w.worker = w.pipeline->NewWorker();
}

void Runner::ApplySettings(const Record& r) {
  Impl& w = *impl_;
  if (r.require_dyad == w.require_dyad && r.new_actor_length == w.new_actor_length) return;
  PipelineOptions po;
  po.model_path = w.opt.use_parse ? "none" : w.opt.model;
  po.require_dyad = r.require_dyad;
  po.new_actor_length = r.new_actor_length;
  auto p = Pipeline::Create(po, w.lex);
  if (!p.ok()) return;
  w.require_dyad = r.require_dyad;
  w.new_actor_length = r.new_actor_length;
  w.pipeline = p.value();
  w.worker = w.pipeline->NewWorker();
}

RecordResult Runner::Run(const Record& r) {
  Impl& w = *impl_;
  if (w.opt.tabari) ApplyOptions(r, "OPTION_BEFORE");
  ApplySettings(r);
  RecordResult out;
  std::vector<Event> events;
  std::vector<std::pair<Triple, std::vector<std::string>>> evs;
  bool used_parse = false;
  if (w.opt.use_parse && r.parse_is_conllu) {
    // Build the analysis from the record's CoNLL-U words.
    used_parse = true;
    struct Row {
      std::string form, lemma, upos, xpos, rel;
      int head;
    };
    std::vector<Row> rows;
    std::istringstream in(r.parse);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cols;
      size_t b = 0;
      while (b <= line.size()) {
        size_t e = line.find('\t', b);
        if (e == std::string::npos) e = line.size();
        cols.push_back(line.substr(b, e - b));
        b = e + 1;
      }
      if (cols.size() < 8 || cols[0].find_first_of("-.") != std::string::npos) continue;
      rows.push_back({cols[1], cols[2], cols[3], cols[4], cols[7], std::atoi(cols[6].c_str())});
    }
    Document doc;
    doc.id = r.id;
    doc.date = r.date;
    for (size_t k = 0; k < rows.size(); ++k) doc.text += (k ? " " : "") + rows[k].form;
    Analysis& a = w.a;
    a.Clear();
    size_t arena = 0;
    std::vector<std::string> norms;
    for (auto& row : rows) {
      norms.push_back(NormForm(row.form));
      arena += norms.back().size();
    }
    a.norm_arena.reserve(arena + 1);
    w.lemma_store.clear();
    w.lemma_store.reserve(rows.size() * 2);
    Block blk;
    blk.span = {0, static_cast<uint32_t>(doc.text.size())};
    blk.kind = BlockKind::kBody;
    a.blocks.push_back(blk);
    uint32_t pos = 0;
    for (size_t k = 0; k < rows.size(); ++k) {
      Token t;
      t.span = {pos, static_cast<uint32_t>(pos + rows[k].form.size())};
      t.form = std::string_view(doc.text).substr(t.span.begin, t.span.size());
      size_t nb = a.norm_arena.size();
      a.norm_arena += norms[k];
      t.norm = std::string_view(a.norm_arena).substr(nb, norms[k].size());
      const std::string& f = rows[k].form;
      if (!f.empty() && std::isupper(static_cast<unsigned char>(f[0]))) t.flags |= kTokCapitalized;
      if (rows[k].upos == "PUNCT") t.flags |= kTokPunct;
      if (t.norm == "\"") {
        t.flags |= kTokQuote;
        if (f == "``" || f == "\u201c") t.flags |= kTokOpenQuote;
      }
      a.tokens.push_back(t);
      pos = t.span.end + 1;
    }
    Sentence s;
    s.span = blk.span;
    s.first_token = 0;
    s.num_tokens = static_cast<uint32_t>(a.tokens.size());
    s.kind = BlockKind::kBody;
    a.sentences.push_back(s);
    a.parse.resize(rows.size());
    for (size_t k = 0; k < rows.size(); ++k) {
      TokenParse& tp = a.parse[k];
      tp.upos = UposIndex(rows[k].upos);
      tp.head = static_cast<int16_t>(rows[k].head);
      std::string_view head_upos = rows[k].head > 0 && rows[k].head <= static_cast<int>(rows.size())
                                       ? std::string_view(rows[rows[k].head - 1].upos)
                                       : std::string_view();
      w.lemma_store.push_back(NormForm(rows[k].lemma));
      tp.lemma = w.lemma_store.back();
      w.lemma_store.emplace_back(V2Relation(rows[k].rel, head_upos));
      tp.deprel_name = w.lemma_store.back();
    }
    w.mentions.clear();
    actors::FindMentions(*w.lex, a, doc.date, &w.mentions);
    if (w.lex->dialect == Lexicon::Dialect::kPetrarch)
      events::AddNewActorMentions(a, r.new_actor_length, &w.mentions);
    events::FindQuotes(a, w.mentions, &w.quotes);
    w.coded.clear();
    events::CoderOptions copt;
    copt.require_dyad = r.require_dyad;
    events::CodeSentenceEvents(*w.lex, a, w.mentions, w.quotes, copt, &w.coded);
    for (auto& ce : w.coded) {
      Triple t{ce.SourceCode(w.mentions), ce.TargetCode(w.mentions), ce.code};
      std::vector<std::string> rules = ce.rules;
      if (ce.source >= 0) actors::MentionRules(*w.lex, w.mentions, w.mentions[ce.source], &rules);
      if (ce.target >= 0) actors::MentionRules(*w.lex, w.mentions, w.mentions[ce.target], &rules);
      evs.push_back({t, rules});
    }
  }
  if (!used_parse) {
    Document doc;
    doc.id = r.id;
    doc.date = r.date;
    doc.text = r.text;
    long story = -1, sentence = -1;
    if (w.opt.tabari) {
      // TABARI's input filter turns hyphens into blanks; an underscore in
      // the text joins words as one does in the dictionaries ("Dol_Amroth"
      // is DOL_AMROTH), so it reads as a blank too.
      for (char& c : doc.text) {
        if (c == '-' || c == '_') c = ' ';
      }
      // FORWARD: the next sentence of the same story continues this one.
      const std::string& fmt = w.lex->tabari.forward_format;
      if (!fmt.empty() && ForwardNumbers(fmt, r.id, &story, &sentence) && story == w.prev_story &&
          sentence == w.prev_sentence + 1)
        doc.forward_actor = w.forward_code;
    }
    Status st = w.worker->Code(doc, &events);
    if (w.opt.tabari) {
      w.prev_story = story;
      w.prev_sentence = sentence;
      w.mentions.clear();
      actors::FindMentions(*w.lex, w.worker->analysis(), doc.date, &w.mentions, doc.forward_actor);
      w.forward_code = actors::TabariForwardCode(*w.lex, w.worker->analysis(), doc.date, w.mentions);
    }
    if (!st.ok()) out.rules.push_back("error: " + st.message());
    for (auto& e : events) evs.push_back({Triple{e.source, e.target, e.code}, e.rules});
  }
  std::set<Triple> got;
  for (auto& [t, rules] : evs) {
    if (got.insert(t).second) {
      out.got.push_back(t);
      for (auto& rl : rules) out.rules.push_back(t.ToString() + ": " + rl);
    }
  }
  // TABARI `{OPTION: ...}` lines change the settings for the records after
  // this one (as TABARI applies them while it runs the file).
  if (w.opt.tabari) ApplyOptions(r, "OPTION");
  std::set<Triple> want(r.expected.begin(), r.expected.end());
  switch (r.expect) {
    case Expect::kEvents:
      if (r.open_ended) {
        // TABARI checks the listed events and wants at least one more.
        out.pass = got.size() > want.size() &&
                   std::includes(got.begin(), got.end(), want.begin(), want.end());
      } else {
        out.pass = got == want;
      }
      break;
    case Expect::kNoEvent:
    case Expect::kError:
    case Expect::kDiscard:
    case Expect::kComplex:
      out.pass = got.empty();
      break;
  }
  return out;
}

std::string ClosingLines(const Totals& t) {
  double p = t.produced ? static_cast<double>(t.correct) / static_cast<double>(t.produced) : 0.0;
  double rc = t.expected ? static_cast<double>(t.correct) / static_cast<double>(t.expected) : 0.0;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%zu passed, %zu failed\nevents: expected=%zu produced=%zu correct=%zu precision=%.3f recall=%.3f\n",
                t.passed, t.failed, t.expected, t.produced, t.correct, p, rc);
  return buf;
}

}  // namespace dyad::validate
