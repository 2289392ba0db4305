// Readers for PETRARCH2 dictionaries: verbs (CAMEO.2.0.txt and the older
// PETRARCH-1 pattern files), actors, agents, discards, issues
// (docs/formats/petrarch-tabari.md). Every malformed entry becomes a
// DictProblem with file:line and the rest of the file still loads.
#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "dyad/lexicon.h"
#include "field_common.h"
#include "inflect.h"

namespace dyad {

using dict::CodeBlocks;
using dict::FieldWords;
using dict::StripComment;
using dict::TrimView;

namespace {

std::string BaseName(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

// Iterates over the lines of a legacy dictionary file, skipping `<!-- -->`
// comment blocks (PETRARCH-1 files) but not `#` lines (the callers decide).
template <class Fn>
Status ForEachRawLine(const std::string& path, Fn fn) {
  auto text = ReadLegacyText(path);
  if (!text.ok()) return text.status();
  std::string_view all = text.value();
  uint32_t no = 0;
  bool in_comment = false;
  size_t b = 0;
  while (b <= all.size()) {
    size_t e = all.find('\n', b);
    if (e == std::string_view::npos) e = all.size();
    std::string_view line = all.substr(b, e - b);
    ++no;
    b = e + 1;
    if (in_comment) {
      if (line.find("-->") != std::string_view::npos) in_comment = false;
      continue;
    }
    size_t open = line.find("<!--");
    if (open != std::string_view::npos) {
      size_t close = line.find("-->", open);
      if (close == std::string_view::npos) {
        in_comment = true;
        line = line.substr(0, open);
      } else {
        std::string_view after = line.substr(close + 3);
        line = line.substr(0, open);
        if (TrimView(after).size() > 0 && TrimView(line).empty()) line = after;
      }
    }
    if (!fn(no, line)) break;
    if (e == all.size()) break;
  }
  return Status::Ok();
}

std::vector<std::string> Norms(const std::vector<dict::FieldWord>& ws) {
  std::vector<std::string> out;
  out.reserve(ws.size());
  for (auto& w : ws) out.push_back(w.norm);
  return out;
}

bool AllUpperCodeChars(std::string_view c) {
  for (char ch : c) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) return false;
  }
  return !c.empty();
}

}  // namespace

// ---------------------------------------------------------------- actors

Status LoadPetrarchActors(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  const std::string file = BaseName(path);
  // The current synonym group: phrases waiting for their codes.
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
    } else {
      for (auto& [words, line] : g.phrases) {
        if (words.empty()) continue;
        ActorEntry e;
        e.words = Norms(words);
        e.codes = g.codes;
        e.kind = ActorKind::kCountry;
        e.plural_ok = !words.back().exact;
        e.rule = file + ":" + std::to_string(line) + " " + g.head;
        lex->actors.push_back(std::move(e));
      }
    }
    g = Pending();
  };
  auto add_codes = [&](uint32_t no, const std::vector<std::string_view>& blocks) {
    for (auto b : blocks) {
      ActorCode c;
      std::string err;
      if (!dict::ParseFieldActorCode(b, &c, &err)) {
        problems->push_back({path, no, err});
        continue;
      }
      g.codes.push_back(std::move(c));
    }
  };
  Status st = ForEachRawLine(path, [&](uint32_t no, std::string_view raw) {
    std::string_view line = StripComment(raw, '#');
    std::string_view t = TrimView(line);
    if (t.empty()) return true;
    if (t == "~~FINISH") return false;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    std::string_view rest;
    std::vector<std::string_view> blocks;
    if (!CodeBlocks(t, &rest, &blocks)) {
      problems->push_back({path, no, "unbalanced [ ] in '" + std::string(t) + "'"});
      return true;
    }
    rest = TrimView(rest);
    if (rest.empty()) {
      // A code line for the current group ("\t[HOB <950601]").
      if (g.phrases.empty()) {
        problems->push_back({path, no, "code block with no actor before it"});
        return true;
      }
      add_codes(no, blocks);
      return true;
    }
    (void)indented;
    if (rest[0] == '+') {
      // A synonym of the current group.
      if (g.phrases.empty()) {
        problems->push_back({path, no, "synonym '" + std::string(rest) + "' with no actor before it"});
        return true;
      }
      g.phrases.push_back({FieldWords(rest.substr(1)), no});
      add_codes(no, blocks);
      return true;
    }
    flush();
    g.head = std::string(rest);
    g.line = no;
    auto words = FieldWords(rest);
    if (words.empty()) {
      problems->push_back({path, no, "empty actor phrase"});
      return true;
    }
    g.phrases.push_back({std::move(words), no});
    add_codes(no, blocks);
    return true;
  });
  flush();
  return st;
}

// ---------------------------------------------------------------- agents

Status LoadPetrarchAgents(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  const std::string file = BaseName(path);
  std::unordered_map<std::string, std::vector<std::string>> macros;  // "!PERSON!" -> words
  return ForEachRawLine(path, [&](uint32_t no, std::string_view raw) {
    std::string_view t = TrimView(StripComment(raw, '#'));
    if (t.empty()) return true;
    if (t == "~~FINISH") return false;
    if (t[0] == '!' && t.find('=') != std::string_view::npos &&
        (t.find('[') == std::string_view::npos || t.find('=') < t.find('['))) {
      size_t eq = t.find('=');
      size_t close = t.find('!', 1);
      if (eq == std::string_view::npos || close == std::string_view::npos || close > eq) {
        problems->push_back({path, no, "bad macro definition (want !NAME! = A, B, C)"});
        return true;
      }
      std::string name(t.substr(0, close + 1));
      std::vector<std::string> vals;
      std::string_view v = t.substr(eq + 1);
      size_t b = 0;
      while (b <= v.size()) {
        size_t e = v.find(',', b);
        if (e == std::string_view::npos) e = v.size();
        auto w = TrimView(v.substr(b, e - b));
        if (!w.empty()) vals.emplace_back(w);
        b = e + 1;
      }
      macros[name] = std::move(vals);
      return true;
    }
    std::string_view rest;
    std::vector<std::string_view> blocks;
    if (!CodeBlocks(t, &rest, &blocks) || blocks.empty()) {
      problems->push_back({path, no, "agent '" + std::string(TrimView(rest)) + "' needs one [~CODE] block"});
      return true;
    }
    std::string code;
    for (char c : blocks[0]) {
      if (c != ' ' && c != '\t') code.push_back(c);
    }
    size_t tilde = code.find('~');
    if (tilde == std::string::npos) {
      problems->push_back({path, no, "agent code '[" + code + "]' has no ~ (want [~GOV] or [NGO~])"});
      return true;
    }
    bool prefix = tilde == code.size() - 1;
    code.erase(tilde, 1);
    if (!code.empty() && !AllUpperCodeChars(code)) {
      problems->push_back({path, no, "bad agent code '[" + std::string(blocks[0]) + "]'"});
      return true;
    }
    // Explicit plurals "{...}" ("{}" = none).
    std::string phrase(TrimView(rest));
    std::vector<std::string> plurals;
    bool explicit_plurals = false;
    size_t lb = phrase.find('{');
    if (lb != std::string::npos) {
      size_t rb = phrase.find('}', lb);
      if (rb == std::string::npos) {
        problems->push_back({path, no, "unterminated { in agent '" + phrase + "'"});
        return true;
      }
      explicit_plurals = true;
      std::string inside = phrase.substr(lb + 1, rb - lb - 1);
      phrase = std::string(TrimView(phrase.substr(0, lb)));
      size_t b = 0;
      while (b < inside.size()) {
        size_t e = inside.find_first_of(" \t", b);
        if (e == std::string::npos) e = inside.size();
        if (e > b) plurals.push_back(inside.substr(b, e - b));
        b = e + 1;
      }
    }
    // Expand !MACRO! (the macro's words replace it, glued to what surrounds it).
    std::vector<std::string> phrases{phrase};
    for (;;) {
      bool changed = false;
      std::vector<std::string> next;
      for (const auto& p : phrases) {
        size_t a = p.find('!');
        size_t z = a == std::string::npos ? std::string::npos : p.find('!', a + 1);
        if (z == std::string::npos) {
          next.push_back(p);
          continue;
        }
        auto it = macros.find(p.substr(a, z - a + 1));
        if (it == macros.end()) {
          problems->push_back({path, no, "unknown macro " + p.substr(a, z - a + 1)});
          next.push_back(p.substr(0, a) + p.substr(z + 1));
          changed = true;
          continue;
        }
        for (const auto& v : it->second) next.push_back(p.substr(0, a) + v + p.substr(z + 1));
        changed = true;
      }
      phrases = std::move(next);
      if (!changed) break;
    }
    for (const auto& pl : plurals) phrases.push_back(pl);
    for (const auto& p : phrases) {
      auto words = FieldWords(p);
      if (words.empty()) continue;
      AgentEntry a;
      a.words = Norms(words);
      a.code = code;
      a.prefix = prefix;
      a.plural_ok = !explicit_plurals;
      a.rule = file + ":" + std::to_string(no) + " " + phrase;
      lex->agents.push_back(std::move(a));
    }
    return true;
  });
}

// ---------------------------------------------------------------- discards

Status LoadPetrarchDiscards(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  return ForEachRawLine(path, [&](uint32_t no, std::string_view raw) {
    std::string_view t = TrimView(StripComment(raw, '#'));
    if (t.empty()) return true;
    if (t == "~~FINISH") return false;
    bool story = t[0] == '+';
    if (story) t = TrimView(t.substr(1));
    std::string_view rest;
    std::vector<std::string_view> blocks;
    if (!CodeBlocks(t, &rest, &blocks)) {
      problems->push_back({path, no, "unbalanced [ ] in discard '" + std::string(t) + "'"});
      return true;
    }
    auto words = dict::FieldNorms(TrimView(rest));
    if (words.empty()) {
      problems->push_back({path, no, "empty discard phrase"});
      return true;
    }
    (story ? lex->story_discards : lex->discards).push_back(std::move(words));
    return true;
  });
}

// ---------------------------------------------------------------- issues

Status LoadPetrarchIssues(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  const std::string file = BaseName(path);
  std::string category;
  return ForEachRawLine(path, [&](uint32_t no, std::string_view raw) {
    std::string_view t = TrimView(StripComment(raw, '#'));
    if (t.empty()) return true;
    if (t == "~~FINISH") return false;
    if (t[0] == '<') {
      if (t.substr(0, 6) == "<ISSUE") {
        size_t q = t.find("CATEGORY=\"");
        if (q == std::string_view::npos) {
          problems->push_back({path, no, "<ISSUE> without CATEGORY"});
          return true;
        }
        size_t e = t.find('"', q + 10);
        category = std::string(t.substr(q + 10, e - q - 10));
      } else if (t.substr(0, 7) == "</ISSUE") {
        category.clear();
      }
      return true;
    }
    IssueEntry is;
    is.category = category;
    if (t[0] == '~') {
      is.exclude = true;
      t = TrimView(t.substr(1));
    }
    std::string_view rest;
    std::vector<std::string_view> blocks;
    if (!CodeBlocks(t, &rest, &blocks) || (!is.exclude && blocks.size() != 1)) {
      problems->push_back({path, no, "issue phrase needs one [CODE] block: '" + std::string(t) + "'"});
      return true;
    }
    if (!blocks.empty()) is.code = std::string(TrimView(blocks[0]));
    std::string phrase;
    for (char c : TrimView(rest)) phrase.push_back(c == '+' ? ' ' : c);
    // "n:school" -> school (the part-of-speech tag is dropped).
    std::string clean;
    size_t b = 0;
    while (b < phrase.size()) {
      size_t e = phrase.find(' ', b);
      if (e == std::string::npos) e = phrase.size();
      std::string w = phrase.substr(b, e - b);
      if (w.size() > 2 && w[1] == ':') w = w.substr(2);
      if (!w.empty()) clean += (clean.empty() ? "" : " ") + w;
      b = e + 1;
    }
    is.words = dict::FieldNorms(clean);
    if (is.words.empty()) {
      problems->push_back({path, no, "empty issue phrase"});
      return true;
    }
    is.rule = file + ":" + std::to_string(no) + " " + clean;
    lex->issues.push_back(std::move(is));
    return true;
  });
}

// ---------------------------------------------------------------- verbs

namespace {

struct VerbLine {
  std::vector<std::string> before, after;  // multi-word parts
  std::string head;                          // normalised head word
  std::vector<std::string> forms;            // explicit irregular forms (normalised head forms)
  std::string code;                          // own code or empty
  uint32_t line = 0;
  std::string text;
};

// "+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]", "KLM_NOP_+RST [002]", "BEGIN {BEGAN BEGUN}".
bool ParseVerbLine(std::string_view t, VerbLine* v, std::string* err) {
  std::string_view rest;
  std::vector<std::string_view> blocks;
  if (!CodeBlocks(t, &rest, &blocks)) {
    *err = "unbalanced [ ] in verb line";
    return false;
  }
  if (blocks.size() > 1) {
    *err = "verb line has more than one [code]";
    return false;
  }
  if (!blocks.empty()) {
    std::string passive;
    bool discard;
    if (!dict::ParseEventCode(blocks[0], &v->code, &passive, &discard, err)) return false;
    if (!passive.empty()) v->code += ":" + passive;
  }
  std::string s(TrimView(rest));
  std::string forms;
  size_t lb = s.find('{');
  if (lb != std::string::npos) {
    size_t rb = s.find('}', lb);
    if (rb == std::string::npos) {
      *err = "unterminated { in verb forms";
      return false;
    }
    forms = s.substr(lb + 1, rb - lb - 1);
    s = std::string(TrimView(s.substr(0, lb)));
  }
  if (s.empty()) {
    *err = "verb line without a verb";
    return false;
  }
  if (s.find_first_of("*$%^()") != std::string::npos) {
    *err = "verb line looks like a pattern (missing '- ' at the start?)";
    return false;
  }
  // Multi-word: the word marked with `+` is the verb; without `+`, the first.
  auto split_multi = [](const std::string& w, std::vector<std::string>* before, std::string* head,
                        std::vector<std::string>* after) {
    std::vector<std::string> parts;
    int headpos = -1;
    size_t b = 0;
    while (b <= w.size()) {
      size_t e = w.find_first_of("_ ", b);
      if (e == std::string::npos) e = w.size();
      std::string p = w.substr(b, e - b);
      if (!p.empty()) {
        if (p[0] == '+') {
          headpos = static_cast<int>(parts.size());
          p = p.substr(1);
        }
        if (!p.empty()) parts.push_back(p);
      }
      b = e + 1;
    }
    if (parts.empty()) return false;
    if (headpos < 0) headpos = 0;
    if (headpos >= static_cast<int>(parts.size())) return false;
    auto norm = [](const std::string& x) {
      auto n = dict::FieldNorms(x);
      std::string out;
      for (auto& k : n) out += (out.empty() ? "" : " ") + k;
      return out;
    };
    before->clear();
    after->clear();
    for (int k = 0; k < static_cast<int>(parts.size()); ++k) {
      std::string n = norm(parts[k]);
      if (k < headpos) before->push_back(n);
      else if (k == headpos) *head = n;
      else after->push_back(n);
    }
    return !head->empty();
  };
  if (!split_multi(s, &v->before, &v->head, &v->after)) {
    *err = "cannot find the verb in '" + s + "'";
    return false;
  }
  size_t b = 0;
  while (b < forms.size()) {
    size_t e = forms.find_first_of(" \t", b);
    if (e == std::string::npos) e = forms.size();
    std::string f = forms.substr(b, e - b);
    if (!f.empty()) {
      std::vector<std::string> fb, fa;
      std::string fh;
      if (split_multi(f, &fb, &fh, &fa)) v->forms.push_back(fh);
    }
    b = e + 1;
  }
  v->text = std::string(t);
  return true;
}

}  // namespace

Status LoadPetrarchVerbs(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  const std::string file = BaseName(path);
  enum { kNone, kSynset, kBlock, kTransforms } mode = kNone;
  int32_t block = -1;          // index into lex->pattern_blocks
  std::string block_code;      // block default code
  std::string block_name;
  uint32_t block_line = 0;
  std::vector<size_t> block_verbs;  // lex->verbs indexes of this block
  auto close_block = [&]() {
    if (block < 0) return;
    auto& pats = lex->pattern_blocks[block];
    // Most specific first: more literal elements, then longer text.
    std::stable_sort(pats.begin(), pats.end(), [](const VerbPattern& a, const VerbPattern& b) {
      return a.before.size() + a.after.size() > b.before.size() + b.after.size();
    });
    if (block_verbs.empty()) {
      problems->push_back({path, block_line, "verb block '" + block_name + "' has no verbs"});
    }
    block_verbs.clear();
    block = -1;
  };
  Status st = ForEachRawLine(path, [&](uint32_t no, std::string_view raw) {
    std::string_view t0 = TrimView(raw);
    if (t0.empty()) {
      if (mode == kSynset) mode = kNone;
      return true;
    }
    if (t0[0] == '#') {
      if (t0.find("TRANSFORMATIONS") != std::string_view::npos) {
        close_block();
        mode = kTransforms;
      }
      return true;
    }
    if (t0 == "~~FINISH") return false;
    std::string_view t = TrimView(StripComment(t0, '#'));
    if (t.empty()) return true;
    auto problem = [&](std::string m) { problems->push_back({path, no, std::move(m)}); };
    if (mode == kTransforms) {
      if (t[0] != '~') {
        problem("expected a transformation line '~ a (b c VERB) VERB = x y CODE'");
        return true;
      }
      // ~ a (b c INNER) OUTER = x y CODE
      std::string s(TrimView(t.substr(1)));
      size_t lp = s.find('('), rp = s.find(')'), eq = s.find('=');
      if (lp == std::string::npos || rp == std::string::npos || eq == std::string::npos || rp < lp ||
          eq < rp) {
        problem("malformed transformation '" + std::string(t) + "'");
        return true;
      }
      auto words = [](std::string_view x) {
        std::vector<std::string> w;
        size_t b = 0;
        while (b < x.size()) {
          size_t e = x.find_first_of(" \t", b);
          if (e == std::string_view::npos) e = x.size();
          if (e > b) w.emplace_back(x.substr(b, e - b));
          b = e + 1;
        }
        return w;
      };
      auto inner = words(std::string_view(s).substr(lp + 1, rp - lp - 1));
      auto outer = words(std::string_view(s).substr(rp + 1, eq - rp - 1));
      auto result = words(std::string_view(s).substr(eq + 1));
      if (inner.size() != 3 || outer.size() != 1 || result.size() != 3) {
        problem("malformed transformation '" + std::string(t) + "'");
        return true;
      }
      VerbTransform tr;
      tr.inner_source = inner[0];
      tr.inner_target = inner[1];
      tr.inner_verb = inner[2];
      tr.outer_verb = outer[0];
      tr.out_source = result[0];
      tr.out_target = result[1];
      tr.code = result[2];
      tr.rule = file + ":" + std::to_string(no) + " " + std::string(t);
      lex->transforms.push_back(std::move(tr));
      return true;
    }
    if (t[0] == '&') {
      close_block();
      mode = kSynset;
      Synset s;
      s.name = std::string(TrimView(t.substr(1)));
      for (char& ch : s.name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      while (!s.name.empty() && s.name.back() == '_') s.name.pop_back();
      if (s.name.empty()) {
        problem("synset without a name");
        mode = kNone;
        return true;
      }
      lex->synsets.push_back(std::move(s));
      return true;
    }
    if (mode == kSynset && t[0] == '+') {
      std::string_view w = TrimView(t.substr(1));
      if (w.empty()) {
        problem("empty synset member");
        return true;
      }
      auto fw = FieldWords(w);
      Synset& s = lex->synsets.back();
      s.phrases.push_back(Norms(fw));
      s.stem_last.push_back(!fw.empty() && !fw.back().exact ? 1 : 0);
      return true;
    }
    if (t.substr(0, 3) == "---") {
      close_block();
      mode = kBlock;
      // A malformed header is reported but still opens its block (with the
      // first code, or none), so that the block's verbs and patterns load.
      std::string_view inner = t.substr(3);
      size_t end = inner.rfind("---");
      if (end == std::string_view::npos || end == 0) {
        problem("verb block header must look like '--- NAME [CODE] ---' (read as a block)");
      } else {
        inner = inner.substr(0, end);
      }
      inner = TrimView(inner);
      std::string_view name;
      std::vector<std::string_view> blocks;
      if (!CodeBlocks(inner, &name, &blocks) || blocks.empty()) {
        problem("verb block header needs one [CODE]: '" + std::string(t) + "'");
        mode = kNone;
        return true;
      }
      if (blocks.size() != 1) {
        problem("verb block header needs one [CODE]: '" + std::string(t) + "' (using the first)");
      }
      std::string code, passive, err;
      bool discard;
      if (!dict::ParseEventCode(blocks[0], &code, &passive, &discard, &err)) {
        problem(err + " (block read without a default code)");
        code.clear();
        passive.clear();
      }
      block_code = passive.empty() ? code : code + ":" + passive;
      block_name = std::string(TrimView(name));
      block_line = no;
      block = static_cast<int32_t>(lex->pattern_blocks.size());
      lex->pattern_blocks.emplace_back();
      return true;
    }
    if (mode != kBlock) {
      if (t[0] == '+' && mode == kNone) {
        problem("synonym '" + std::string(t) + "' outside a synset (missing &NAME line?)");
      } else {
        problem("line outside a verb block or synset: '" + std::string(t) + "'");
      }
      return true;
    }
    // A pattern line whose "- " is missing ("* (TO QUESTION) [110]" in the
    // UniversalPetrarch test dictionary) is read as a pattern, as
    // UniversalPetrarch does, and reported.
    bool dashless = t[0] == '*' || t[0] == '$' || t[0] == '%';
    if (dashless) problem("pattern line without its leading '- ' (read as a pattern): '" + std::string(t) + "'");
    if (t[0] == '-' || dashless) {
      // Pattern: "- ELEMENTS [CODE]"
      std::string_view body = TrimView(t[0] == '-' ? t.substr(1) : t);
      std::string_view rest;
      std::vector<std::string_view> blocks;
      if (!CodeBlocks(body, &rest, &blocks) || blocks.size() != 1) {
        problem("pattern needs exactly one [CODE] at its end: '" + std::string(t) + "'");
        return true;
      }
      VerbPattern p;
      std::string err, passive;
      if (!dict::ParseEventCode(blocks[0], &p.code, &passive, &p.discard, &err)) {
        problem(err);
        return true;
      }
      p.passive_code = passive;
      if (!dict::ParsePatternElements(rest, /*petrarch=*/true, lex, &p, &err)) {
        problem(err + ": '" + std::string(t) + "'");
        return true;
      }
      p.rule = file + ":" + std::to_string(no) + " " + block_name + " " + std::string(TrimView(t));
      lex->pattern_blocks[block].push_back(std::move(p));
      return true;
    }
    // A verb of the block.
    VerbLine vl;
    std::string err;
    if (!ParseVerbLine(t, &vl, &err)) {
      problem(err + ": '" + std::string(t) + "'");
      return true;
    }
    VerbEntry v;
    v.lemma = vl.head;
    std::set<std::string> forms;
    if (v.lemma.find(' ') == std::string::npos) {
      for (auto& f : dict::FieldVerbForms(v.lemma)) forms.insert(f);
    }
    for (auto& f : vl.forms) forms.insert(f);
    forms.erase(v.lemma);
    v.forms.assign(forms.begin(), forms.end());
    std::string code = vl.code.empty() ? block_code : vl.code;
    size_t colon = code.find(':');
    v.default_code = code.substr(0, colon);
    if (colon != std::string::npos) {
      // The passive code of a block default is kept as a pattern-less alternative.
      VerbPattern p;
      p.code = code.substr(0, colon);
      p.passive_code = code.substr(colon + 1);
      p.field_pattern = true;
      p.rule = file + ":" + std::to_string(no) + " " + block_name + " [" + code + "]";
      v.patterns.push_back(std::move(p));
    }
    v.default_rule = file + ":" + std::to_string(vl.line ? vl.line : no) + " " + block_name + " " +
                     vl.text;
    v.pattern_block = block;
    v.block_name = block_name;
    v.words_before = vl.before;
    v.words_after = vl.after;
    block_verbs.push_back(lex->verbs.size());
    lex->verbs.push_back(std::move(v));
    return true;
  });
  close_block();
  return st;
}

// ---------------------------------------------------------------- the Phoenix set

Result<std::shared_ptr<const Lexicon>> LoadPetrarchLexicon(const std::string& dir,
                                                           std::vector<DictProblem>* problems) {
  namespace fs = std::filesystem;
  auto lex = std::make_shared<Lexicon>();
  lex->name = "petrarch:" + dir;
  lex->field_format = true;
  lex->dialect = Lexicon::Dialect::kPetrarch;
  if (!fs::is_directory(dir)) return Status::Error("--dict petrarch:" + dir + ": not a directory");
  auto pick = [&](std::initializer_list<const char*> names) -> std::string {
    for (const char* n : names) {
      if (fs::exists(dir + "/" + n)) return dir + "/" + n;
    }
    return "";
  };
  std::string verbs = pick({"CAMEO.2.0.txt", "CAMEO.verbpatterns.150430.txt"});
  if (verbs.empty()) return Status::Error(dir + ": no PETRARCH verb dictionary (CAMEO.2.0.txt)");
  Status st = LoadPetrarchVerbs(verbs, lex.get(), problems);
  if (!st.ok()) return st;
  bool any_actors = false;
  for (const char* a : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"}) {
    if (!fs::exists(dir + "/" + a)) continue;
    st = LoadPetrarchActors(dir + "/" + a, lex.get(), problems);
    if (!st.ok()) return st;
    any_actors = true;
  }
  if (!any_actors) return Status::Error(dir + ": no Phoenix.*.actors.txt");
  if (fs::exists(dir + "/Phoenix.agents.txt")) {
    st = LoadPetrarchAgents(dir + "/Phoenix.agents.txt", lex.get(), problems);
    if (!st.ok()) return st;
  }
  if (fs::exists(dir + "/Phoenix.discards.txt")) {
    st = LoadPetrarchDiscards(dir + "/Phoenix.discards.txt", lex.get(), problems);
    if (!st.ok()) return st;
  }
  if (fs::exists(dir + "/Phoenix.IssueCoding.txt")) {
    st = LoadPetrarchIssues(dir + "/Phoenix.IssueCoding.txt", lex.get(), problems);
    if (!st.ok()) return st;
  }
  lex->Finalize();
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

}  // namespace dyad
