// Readers for TABARI dictionaries and projects: .verbs, .actors, .agents,
// .options, .project (docs/formats/petrarch-tabari.md). Files may be
// Mac-Roman with CR or CRLF line ends; ReadLegacyText converts them.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "dyad/lexicon.h"
#include "field_common.h"

namespace dyad {

using dict::CodeBlocks;
using dict::FieldWords;
using dict::TrimView;

namespace {

std::string BaseName(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

// TABARI comments: a line starting with `/` or `#`; `;` starts a trailing comment.
template <class Fn>
Status ForEachTabariLine(const std::string& path, Fn fn) {
  auto text = ReadLegacyText(path);
  if (!text.ok()) return text.status();
  std::string_view all = text.value();
  uint32_t no = 0;
  size_t b = 0;
  while (b < all.size()) {
    size_t e = all.find('\n', b);
    if (e == std::string_view::npos) e = all.size();
    std::string_view raw = all.substr(b, e - b);
    ++no;
    b = e + 1;
    std::string_view t = TrimView(raw);
    if (t.empty() || t[0] == '#' || t[0] == '/') continue;
    // `~FINISH` (also written `~~FINISH ...`) ends the dictionary.
    if (t[0] == '~' && t.find("FINISH") != std::string_view::npos) break;
    std::string_view line = TrimView(dict::StripComment(raw, ';'));
    if (line.empty()) continue;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    if (!fn(no, line, indented)) break;
  }
  return Status::Ok();
}

std::vector<std::string> Norms(const std::vector<dict::FieldWord>& ws) {
  std::vector<std::string> out;
  for (auto& w : ws) out.push_back(w.norm);
  return out;
}

// TABARI replaces hyphens with blanks in text; dictionaries use `_` instead.
std::string Dehyphen(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '-') c = '_';
  }
  return out;
}

// Expands TABARI alternatives "{ a | b }" into one string per choice.
std::vector<std::string> ExpandAlternatives(const std::string& s, std::string* err) {
  size_t lb = s.find('{');
  if (lb == std::string::npos) return {s};
  size_t rb = s.find('}', lb);
  if (rb == std::string::npos) {
    *err = "unterminated { in alternative pattern";
    return {};
  }
  std::string head = s.substr(0, lb), tail = s.substr(rb + 1), inner = s.substr(lb + 1, rb - lb - 1);
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= inner.size()) {
    size_t e = inner.find('|', b);
    if (e == std::string::npos) e = inner.size();
    std::string alt(TrimView(std::string_view(inner).substr(b, e - b)));
    for (auto& rest : ExpandAlternatives(tail, err)) {
      // Blank padding around an alternative attached by `_` is dropped.
      std::string h = head;
      while (!h.empty() && h.back() == ' ' && h.size() >= 2 && h[h.size() - 2] == '_') h.pop_back();
      std::string r = rest;
      if (!r.empty() && r[0] == ' ' && r.size() > 1 && r[1] == '_') r.erase(0, 1);
      out.push_back(h + alt + r);
    }
    b = e + 1;
  }
  return out;
}

}  // namespace

Status LoadTabariActors(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  const std::string file = BaseName(path);
  enum { kActors, kNouns, kAdjectives } mode = kActors;
  struct Pending {
    std::vector<std::pair<std::vector<dict::FieldWord>, uint32_t>> phrases;
    std::vector<ActorCode> codes;
    uint32_t line = 0;
    std::string head;
  } g;
  auto flush = [&]() {
    if (g.phrases.empty()) return;
    if (g.codes.empty()) {
      problems->push_back({path, g.line, "actor '" + g.head + "' has no code block [CODE]"});
    }
    for (auto& [words, line] : g.phrases) {
      if (words.empty() || g.codes.empty()) continue;
      ActorEntry e;
      e.words = Norms(words);
      for (size_t k = 1; k < words.size(); ++k) {
        if (words[k].joined) continue;
        e.gap_before.assign(words.size(), 0);
        for (size_t j = 1; j < words.size(); ++j) e.gap_before[j] = !words[j].joined;
        break;
      }
      e.codes = g.codes;
      e.plural_ok = !words.back().no_endings;  // regular endings apply even after `_`, not after `=`
      e.stem_last = !words.back().exact;
      e.rule = file + ":" + std::to_string(line) + " " + g.head;
      lex->actors.push_back(std::move(e));
    }
    g = Pending();
  };
  Status st = ForEachTabariLine(path, [&](uint32_t no, std::string_view t, bool indented) {
    auto problem = [&](std::string m) { problems->push_back({path, no, std::move(m)}); };
    if (t[0] == '<') {
      flush();
      if (t == "<NOUN>") mode = kNouns;
      else if (t == "<ADJECTIVE>") mode = kAdjectives;
      else if (t == "</NOUN>" || t == "</ADJECTIVE>") mode = kActors;
      else problem("unknown section " + std::string(t));
      return true;
    }
    if (mode != kActors) {
      for (auto& w : Norms(FieldWords(Dehyphen(t)))) (mode == kNouns ? lex->nouns : lex->adjectives).push_back(w);
      return true;
    }
    std::string_view rest;
    std::vector<std::string_view> blocks;
    if (!CodeBlocks(t, &rest, &blocks)) {
      problem("unbalanced [ ] in '" + std::string(t) + "'");
      return true;
    }
    rest = TrimView(rest);
    auto add_codes = [&]() {
      for (auto b : blocks) {
        ActorCode c;
        std::string err;
        if (!dict::ParseFieldActorCode(b, &c, &err)) {
          problem(err);
          continue;
        }
        g.codes.push_back(std::move(c));
      }
    };
    if (rest.empty()) {
      if (g.phrases.empty()) {
        problem("code block with no actor before it");
        return true;
      }
      add_codes();
      return true;
    }
    (void)indented;
    if (rest[0] == '+') {
      if (g.phrases.empty()) {
        problem("synonym with no actor before it");
        return true;
      }
      g.phrases.push_back({FieldWords(Dehyphen(rest.substr(1))), no});
      add_codes();
      return true;
    }
    flush();
    g.head = std::string(rest);
    g.line = no;
    if (rest.size() < 2) problem("phrase '" + std::string(rest) + "' is shorter than two characters");
    g.phrases.push_back({FieldWords(Dehyphen(rest)), no});
    add_codes();
    return true;
  });
  flush();
  return st;
}

Status LoadTabariAgents(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  const std::string file = BaseName(path);
  return ForEachTabariLine(path, [&](uint32_t no, std::string_view t, bool) {
    std::string_view rest;
    std::vector<std::string_view> blocks;
    if (!CodeBlocks(t, &rest, &blocks) || blocks.size() != 1) {
      problems->push_back({path, no, "agent needs one [~CODE] block: '" + std::string(t) + "'"});
      return true;
    }
    std::string code;
    for (char c : blocks[0]) {
      if (c != ' ' && c != '\t') code.push_back(c);
    }
    size_t tilde = code.find('~');
    if (tilde == std::string::npos) {
      problems->push_back({path, no, "agent code '[" + code + "]' has no ~ connector"});
      return true;
    }
    bool prefix = tilde == code.size() - 1;
    code.erase(tilde, 1);
    auto words = FieldWords(Dehyphen(TrimView(rest)));
    if (words.empty()) {
      problems->push_back({path, no, "empty agent phrase"});
      return true;
    }
    AgentEntry a;
    a.words = Norms(words);
    a.code = code;
    a.prefix = prefix;
    a.plural_ok = !words.back().no_endings;
    a.stem_last = !words.back().exact;
    a.rule = file + ":" + std::to_string(no) + " " + std::string(TrimView(rest));
    lex->agents.push_back(std::move(a));
    return true;
  });
}

Status LoadTabariVerbs(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  const std::string file = BaseName(path);
  enum { kVerbs, kSynsets, kTime, kOther } mode = kVerbs;
  int32_t block = -1;
  int32_t verb = -1;
  Status st = ForEachTabariLine(path, [&](uint32_t no, std::string_view t, bool) {
    auto problem = [&](std::string m) { problems->push_back({path, no, std::move(m)}); };
    if (t[0] == '<') {
      if (t == "<SYNSETS>") mode = kSynsets;
      else if (t == "<TIME>") {
        mode = kTime;
        lex->tabari.time_shift = true;
      }
      else if (t[1] == '/') mode = kVerbs;
      else {
        mode = kOther;  // <ATTRIBUTION>, <ISSUES>, ...: read past
      }
      return true;
    }
    if (mode == kTime && t[0] != '-') {
      // Time-shifting phrases: dyad keeps those that discard (###) or make
      // the sentence complex (+++).
      std::string_view rest;
      std::vector<std::string_view> blocks;
      if (CodeBlocks(t, &rest, &blocks) && blocks.size() == 1) {
        std::string code;
        for (char ch : blocks[0]) {
          if (ch != ' ') code.push_back(ch);
        }
        if (code == "###" || code == "+++") lex->time_specials.emplace_back(Norms(FieldWords(Dehyphen(TrimView(rest)))), code);
      }
      return true;
    }
    if (mode == kTime || mode == kOther) return true;
    if (mode == kSynsets) {
      if (t[0] == '&') {
        Synset s;
        s.name = std::string(TrimView(t.substr(1)));
        for (char& ch : s.name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        lex->synsets.push_back(std::move(s));
      } else if (t[0] == '+' && !lex->synsets.empty()) {
        auto fw = FieldWords(Dehyphen(t.substr(1)));
        lex->synsets.back().phrases.push_back(Norms(fw));
        lex->synsets.back().stem_last.push_back(!fw.empty() && !fw.back().exact ? 1 : 0);
      } else {
        problem("expected &NAME or +member in <SYNSETS>");
      }
      return true;
    }
    if (t[0] == '{') {
      // Irregular forms of the current verb.
      if (verb < 0) {
        problem("verb forms {...} before any verb");
        return true;
      }
      size_t rb = t.find('}');
      if (rb == std::string_view::npos) {
        problem("unterminated { in verb forms");
        return true;
      }
      for (auto& w : FieldWords(Dehyphen(t.substr(1, rb - 1)))) {
        if (w.joined) continue;
        if (w.exact) {
          lex->verbs[verb].forms.push_back(w.norm);
          continue;
        }
        // A form without `_` is a stem ("{ ACTING_ ACTUALITY }" matches
        // "actualityss"): a stem entry sharing the verb's codes and patterns.
        VerbEntry stem = lex->verbs[verb];
        stem.lemma = w.norm;
        stem.forms.clear();
        stem.words_after.clear();
        stem.stem = true;
        lex->verbs.push_back(std::move(stem));
      }
      return true;
    }
    if (t[0] == '-') {
      if (block < 0) {
        problem("pattern before any verb");
        return true;
      }
      std::string_view body = TrimView(t.substr(1));
      std::string_view rest;
      std::vector<std::string_view> blocks;
      if (!CodeBlocks(body, &rest, &blocks) || blocks.empty()) {
        problem("pattern needs a [CODE] at its end: '" + std::string(t) + "'");
        return true;
      }
      std::string err;
      auto alts = ExpandAlternatives(Dehyphen(rest), &err);
      if (!err.empty()) {
        problem(err);
        return true;
      }
      for (const auto& alt : alts) {
        VerbPattern p;
        std::string passive;
        if (!dict::ParseEventCode(blocks[0], &p.code, &passive, &p.discard, &err, &p.priority)) {
          problem(err);
          return true;
        }
        p.passive_code = passive;
        if (!dict::ParsePatternElements(alt, /*petrarch=*/false, lex, &p, &err)) {
          problem(err + ": '" + std::string(t) + "'");
          return true;
        }
        p.rule = file + ":" + std::to_string(no) + " " + lex->verbs[verb].lemma + " " + std::string(t);
        lex->pattern_blocks[block].push_back(std::move(p));
      }
      return true;
    }
    // A verb: "WORD [code]", "BRUSH ASIDE REPORTS [142]", "ACT_ [100]".
    std::string_view rest;
    std::vector<std::string_view> blocks;
    if (!CodeBlocks(t, &rest, &blocks) || blocks.size() != 1) {
      problem("verb needs one [CODE]: '" + std::string(t) + "'");
      return true;
    }
    auto words = FieldWords(Dehyphen(TrimView(rest)));
    if (words.empty()) {
      problem("verb line without a verb");
      return true;
    }
    std::string code, passive, err;
    bool discard;
    char priority = 0;
    if (!dict::ParseEventCode(blocks[0], &code, &passive, &discard, &err, &priority)) {
      problem(err);
      return true;
    }
    VerbEntry v;
    v.lemma = words[0].norm;
    v.stem = !words[0].exact && words.size() == 1;
    if (!v.stem && !words[0].no_endings) {
      // Regular endings (manual 5.2.3); a root ending in E shares it with
      // ED/ES/EN ("DEPLORE_" -> deplored).
      for (const char* suf : {"s", "ed", "es", "en", "ing"}) v.forms.push_back(v.lemma + suf);
      if (v.lemma.size() > 2 && v.lemma.back() == 'e') {
        for (const char* suf : {"d", "n"}) v.forms.push_back(v.lemma + suf);
      }
    }
    for (size_t k = 1; k < words.size(); ++k) v.words_after.push_back(words[k].norm);
    v.default_code = code;
    v.default_priority = priority;
    if (!passive.empty()) {
      VerbPattern p;
      p.code = code;
      p.passive_code = passive;
      p.field_pattern = true;
      p.rule = file + ":" + std::to_string(no) + " " + std::string(t);
      v.patterns.push_back(std::move(p));
    }
    v.default_rule = file + ":" + std::to_string(no) + " " + std::string(TrimView(rest));
    v.block_name = std::string(TrimView(rest));
    block = static_cast<int32_t>(lex->pattern_blocks.size());
    lex->pattern_blocks.emplace_back();
    v.pattern_block = block;
    verb = static_cast<int32_t>(lex->verbs.size());
    lex->verbs.push_back(std::move(v));
    return true;
  });
  for (auto& pats : lex->pattern_blocks) {
    std::stable_sort(pats.begin(), pats.end(), [](const VerbPattern& a, const VerbPattern& b) {
      return a.before.size() + a.after.size() > b.before.size() + b.after.size();
    });
  }
  return st;
}

Result<TabariProject> ReadTabariProject(const std::string& path) {
  auto text = ReadLegacyText(path);
  if (!text.ok()) return text.status();
  TabariProject p;
  size_t slash = path.find_last_of('/');
  p.dir = slash == std::string::npos ? "." : path.substr(0, slash);
  std::string_view all = text.value();
  size_t b = 0;
  while (b < all.size()) {
    size_t e = all.find('\n', b);
    if (e == std::string_view::npos) e = all.size();
    std::string_view line = TrimView(all.substr(b, e - b));
    b = e + 1;
    if (line.empty() || line[0] != '<') continue;
    size_t close = line.find('>');
    if (close == std::string_view::npos) continue;
    std::string tag(line.substr(1, close - 1));
    std::string val(TrimView(line.substr(close + 1)));
    if (val.empty()) continue;
    std::string full = val[0] == '/' ? val : p.dir + "/" + val;
    if (tag == "actorsfile") p.actors.push_back(full);
    else if (tag == "verbsfile") p.verbs.push_back(full);
    else if (tag == "agentsfile") p.agents.push_back(full);
    else if (tag == "optionsfile") p.options = full;
    else if (tag == "textfile" && p.text.empty()) p.text = full;
  }
  if (p.actors.empty() || p.verbs.empty()) {
    return Status::Error(path + ": project names no <actorsfile> or <verbsfile>");
  }
  return p;
}

namespace {

// Squeezes blanks so "SET:  CODE  BY SENTENCE" reads as "SET: CODE BY SENTENCE".
std::string SqueezeBlanks(std::string_view t) {
  std::string out;
  for (char c : t) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The number after "KEY =" in s, or -1.
int NumberAfter(const std::string& s, const std::string& key) {
  size_t p = 0;
  while ((p = s.find(key, p)) != std::string::npos) {
    bool word_start = p == 0 || s[p - 1] == ' ' || s[p - 1] == ':';
    size_t q = p + key.size();
    while (q < s.size() && s[q] == ' ') ++q;
    if (word_start && q < s.size() && s[q] == '=') {
      ++q;
      while (q < s.size() && s[q] == ' ') ++q;
      return std::atoi(s.c_str() + q);
    }
    p += key.size();
  }
  return -1;
}

}  // namespace

bool ApplyTabariOption(std::string_view command, TabariSettings* s) {
  std::string c = SqueezeBlanks(command);
  if (c.rfind("OPTION:", 0) == 0) c = SqueezeBlanks(std::string_view(c).substr(7));
  if (c == "SET: CODE BY CLAUSE") {
    s->code_by = TabariSettings::CodeBy::kClause;
    return true;
  }
  if (c == "SET: CODE BY SENTENCE") {
    s->code_by = TabariSettings::CodeBy::kSentence;
    return true;
  }
  if (c == "SET: CODE ALL") {
    s->code_by = TabariSettings::CodeBy::kAll;
    return true;
  }
  if (c.rfind("FORWARD:", 0) == 0) {
    std::string rest = SqueezeBlanks(std::string_view(c).substr(8));
    std::string fmt = rest.substr(0, rest.find(' '));
    bool off = rest.find(" OFF") != std::string::npos;
    s->forward_format = off ? std::string() : fmt;
    return true;
  }
  if (c.rfind("DEFAULT:", 0) == 0) {
    // The code in [...] after a keyword; PRIOR/AFTER follow their code.
    auto code_after = [&](const std::string& key, size_t* end) -> std::string {
      size_t k = c.find(key);
      if (k == std::string::npos) return {};
      size_t lb = c.find('[', k), rb = lb == std::string::npos ? lb : c.find(']', lb);
      if (rb == std::string::npos) return {};
      *end = rb + 1;
      std::string code;
      for (char ch : c.substr(lb + 1, rb - lb - 1)) {
        if (ch != ' ') code.push_back(ch);
      }
      return code;
    };
    s->default_source.clear();
    s->default_target.clear();
    s->default_prior = s->default_after = false;
    if (c.find("OFF") != std::string::npos && c.find('[') == std::string::npos) return true;
    size_t se = 0, te = 0;
    s->default_source = code_after("SOURCE", &se);
    s->default_target = code_after("TARGET", &te);
    size_t tk = c.find("TARGET");
    s->default_prior = !s->default_source.empty() && c.find("PRIOR", se) != std::string::npos &&
                       (tk == std::string::npos || c.find("PRIOR", se) < tk);
    s->default_after = !s->default_target.empty() && c.find("AFTER", te) != std::string::npos;
    return true;
  }
  if (c.rfind("SET: TIME SHIFT", 0) == 0) {
    s->time_shift = c.find("TRUE") != std::string::npos;
    return true;
  }
  if (c.rfind("SET: MINIMUM WORDS", 0) == 0) {
    int v = NumberAfter(c, "WORDS");
    if (v < 0) return false;
    s->min_words = static_cast<uint16_t>(v > 65535 ? 65535 : v);
    return true;
  }
  if (c.rfind("COMPLEX:", 0) == 0) {
    s->complex = true;
    auto bracket = [&](const std::string& key) {
      size_t k = c.find(key + "[");
      if (k == std::string::npos) k = c.find(key + " [");
      if (k == std::string::npos) return 0;
      int v = std::atoi(c.c_str() + c.find('[', k) + 1);
      return v < 0 ? 0 : v > 255 ? 255 : v;
    };
    s->complex_verbs = static_cast<uint8_t>(bracket("VERBS"));
    s->complex_conj = static_cast<uint8_t>(bracket("CONJ"));
    s->complex_noactprior = c.find("NOACTPRIOR") != std::string::npos;
    return true;
  }
  if (c.rfind("SET: CONVERT AGENT", 0) == 0) {
    s->convert_agents = c.find("TRUE") != std::string::npos;
    return true;
  }
  if (c.rfind("COMMA:", 0) == 0) {
    if (c.find("OFF") != std::string::npos) {
      s->comma = false;
      return true;
    }
    s->comma = true;
    auto clamp = [](int v) { return static_cast<uint8_t>(v < 0 ? 0 : v > 255 ? 255 : v); };
    if (int v = NumberAfter(c, "MIN"); v >= 0) s->comma_min = clamp(v);
    if (int v = NumberAfter(c, "MAX"); v >= 0) s->comma_max = clamp(v);
    if (int v = NumberAfter(c, "EMIN"); v >= 0) s->end_min = clamp(v);
    if (int v = NumberAfter(c, "EMAX"); v >= 0) s->end_max = clamp(v);
    if (int v = NumberAfter(c, "BMIN"); v >= 0) s->begin_min = clamp(v);
    if (int v = NumberAfter(c, "BMAX"); v >= 0) s->begin_max = clamp(v);
    return true;
  }
  return false;
}

Status LoadTabariOptions(const std::string& path, TabariOptions* opts, std::vector<DictProblem>* problems) {
  return ForEachTabariLine(path, [&](uint32_t no, std::string_view t, bool) {
    if (t.find("TIME SHIFT") != std::string_view::npos) opts->time_shift_set = true;
    if (ApplyTabariOption(t, &opts->settings)) return true;
    if (t.substr(0, 5) == "LABEL") return true;
    if (t.substr(0, 5) == "SET: " && t.find("LABEL") != std::string_view::npos) {
      opts->label = true;
      return true;
    }
    if (t.find(':') == std::string_view::npos) {
      problems->push_back({path, no, "option line without ':'"});
      return true;
    }
    opts->ignored.emplace_back(t);
    return true;
  });
}

Result<std::shared_ptr<const Lexicon>> LoadTabariLexicon(const std::string& project_path,
                                                         std::vector<DictProblem>* problems) {
  auto proj = ReadTabariProject(project_path);
  if (!proj.ok()) return proj.status();
  auto lex = std::make_shared<Lexicon>();
  lex->name = "tabari:" + project_path;
  lex->field_format = true;
  lex->dialect = Lexicon::Dialect::kTabari;
  for (const auto& v : proj.value().verbs) {
    Status st = LoadTabariVerbs(v, lex.get(), problems);
    if (!st.ok()) return st;
  }
  for (const auto& a : proj.value().actors) {
    Status st = LoadTabariActors(a, lex.get(), problems);
    if (!st.ok()) return st;
  }
  for (const auto& a : proj.value().agents) {
    Status st = LoadTabariAgents(a, lex.get(), problems);
    if (!st.ok()) return st;
  }
  if (!proj.value().options.empty()) {
    TabariOptions opts;
    Status st = LoadTabariOptions(proj.value().options, &opts, problems);
    if (!st.ok()) return st;
    bool time_shift = lex->tabari.time_shift;  // set by a <TIME> section
    lex->tabari = opts.settings;
    if (!opts.time_shift_set) lex->tabari.time_shift = time_shift;
  }
  lex->Finalize();
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

}  // namespace dyad
