// Reader for our own dictionary format (docs/formats/dictionaries.md).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "dyad/lexicon.h"
#include "inflect.h"

namespace dyad {

namespace {

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  for (;;) {
    size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  return out;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

bool ValidCode(const std::string& c) {
  if (c.empty() || c.size() > 24) return false;
  for (char ch : c) {
    if (!(ch >= 'A' && ch <= 'Z') && !(ch >= '0' && ch <= '9')) return false;
  }
  return true;
}

bool ValidEventCode(const std::string& c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

// Reads the non-comment lines of a file; calls fn(line_no, line).
template <class Fn>
bool ForEachLine(const std::string& path, std::vector<DictProblem>* problems, Fn fn) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  uint32_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    fn(no, line);
  }
  return true;
}

// "RUSGOV", "USAGOV[20170120-20210120]", "X[>20200101]", "X[<20200101]"
bool ParseActorCode(const std::string& s, ActorCode* out, std::string* err) {
  std::string t = Trim(s);
  size_t br = t.find('[');
  out->code = Trim(t.substr(0, br));
  if (!ValidCode(out->code)) {
    *err = "bad actor code '" + out->code + "' (want upper-case letters/digits)";
    return false;
  }
  if (br == std::string::npos) return true;
  if (t.back() != ']') {
    *err = "unterminated date restriction in '" + t + "'";
    return false;
  }
  std::string r = t.substr(br + 1, t.size() - br - 2);
  auto date = [&](const std::string& d, int32_t* v) {
    if (d.size() != 8 || d.find_first_not_of("0123456789") != std::string::npos) return false;
    *v = std::stoi(d);
    return true;
  };
  bool ok;
  if (!r.empty() && r[0] == '>') ok = date(r.substr(1), &out->from);
  else if (!r.empty() && r[0] == '<') ok = date(r.substr(1), &out->to);
  else {
    size_t dash = r.find('-');
    ok = dash != std::string::npos && date(r.substr(0, dash), &out->from) && date(r.substr(dash + 1), &out->to);
  }
  if (!ok) *err = "bad date restriction '[" + r + "]' (want [YYYYMMDD-YYYYMMDD], [>YYYYMMDD] or [<YYYYMMDD])";
  return ok;
}

bool ParseKind(const std::string& s, ActorKind* k) {
  if (s == "country") *k = ActorKind::kCountry;
  else if (s == "adjective") *k = ActorKind::kAdjective;
  else if (s == "capital") *k = ActorKind::kCapital;
  else if (s == "metonym") *k = ActorKind::kMetonym;
  else if (s == "org") *k = ActorKind::kOrg;
  else if (s == "person") *k = ActorKind::kPerson;
  else if (s == "group") *k = ActorKind::kGroup;
  else if (s == "none") *k = ActorKind::kNone;
  else return false;
  return true;
}

}  // namespace

Status LoadDyadActors(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  std::string file = path.substr(path.find_last_of('/') + 1);
  bool ok = ForEachLine(path, problems, [&](uint32_t no, const std::string& line) {
    auto cols = SplitOn(line, '\t');
    auto problem = [&](std::string msg) { problems->push_back({path, no, std::move(msg)}); };
    if (cols.size() != 3) {
      problem("expected 3 tab-separated columns (code, kind, phrases), got " + std::to_string(cols.size()));
      return;
    }
    ActorEntry proto;
    const bool none = Trim(cols[0]) == "---";  // a phrase that is not an actor
    for (const auto& c : none ? std::vector<std::string>{} : SplitOn(cols[0], ',')) {
      ActorCode code;
      std::string err;
      if (!ParseActorCode(c, &code, &err)) {
        problem("field code: " + err);
        return;
      }
      proto.codes.push_back(code);
    }
    if (!ParseKind(Trim(cols[1]), &proto.kind)) {
      problem("field kind: unknown kind '" + Trim(cols[1]) +
              "' (want country, adjective, capital, metonym, org, person, group or none)");
      return;
    }
    if (none != (proto.kind == ActorKind::kNone)) {
      problem(none ? "field code: '---' (not an actor) needs the kind none"
                   : "field code: the kind none needs the code '---'");
      return;
    }
    for (const auto& phrase : SplitOn(cols[2], '|')) {
      std::string p = Trim(phrase);
      if (p.empty()) {
        problem("field phrases: empty phrase");
        continue;
      }
      ActorEntry e = proto;
      bool cap = false;
      e.words = PhraseWords(p, &cap);
      if (!e.words.empty() && e.words[0] == "the" && e.words.size() > 1) e.words.erase(e.words.begin());
      e.require_capital = cap;
      e.rule = file + ":" + std::to_string(no) + " " + p;
      // A country's name or adjective joined to "-led", "-flagged",
      // "-registered", "-owned", "-sponsored", "-drafted", "-made" or "-built" is one written
      // word that still names the country: "a Saudi-led coalition", "a
      // Liberian-flagged tanker", "Japanese-owned shops", "vetoed a
      // U.S.-sponsored resolution", and "-made" or "-built" goods, their
      // maker's: "an anti-subsidy investigation into Chinese-made electric
      // cars". (Not "-backed" or "-based": an "Iranian-backed militia" is no
      // Iranian actor.)
      if (e.kind == ActorKind::kCountry || e.kind == ActorKind::kAdjective) {
        for (const char* suffix :
             {"-led", "-flagged", "-registered", "-owned", "-sponsored", "-drafted", "-made", "-built"}) {
          ActorEntry joined = e;
          joined.kind = ActorKind::kAdjective;
          joined.words.back() += suffix;
          joined.rule = e.rule + " (" + suffix + ")";
          lex->actors.push_back(std::move(joined));
        }
      }
      lex->actors.push_back(std::move(e));
    }
  });
  if (!ok) return Status::Error(path + ": cannot open");
  return Status::Ok();
}

Status LoadDyadAgents(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  std::string file = path.substr(path.find_last_of('/') + 1);
  bool ok = ForEachLine(path, problems, [&](uint32_t no, const std::string& line) {
    auto cols = SplitOn(line, '\t');
    if (cols.size() != 2) {
      problems->push_back({path, no, "expected 2 tab-separated columns (code, phrases), got " +
                                         std::to_string(cols.size())});
      return;
    }
    std::string code = Trim(cols[0]);
    if (!ValidCode(code) || code.size() % 3 != 0) {
      problems->push_back({path, no, "field code: bad agent code '" + code + "' (want 3-letter codes)"});
      return;
    }
    for (const auto& phrase : SplitOn(cols[1], '|')) {
      std::string p = Trim(phrase);
      if (p.empty()) continue;
      AgentEntry e;
      e.code = code;
      e.words = PhraseWords(p);
      if (!e.words.empty() && e.words[0] == "the" && e.words.size() > 1) e.words.erase(e.words.begin());
      e.rule = file + ":" + std::to_string(no) + " " + p;
      AgentEntry plural = e;
      std::string& last = plural.words.back();
      if (last.size() > 2 && last.back() != 's') {
        last = dict::RegularPlural(last);
        lex->agents.push_back(std::move(plural));
      }
      lex->agents.push_back(std::move(e));
    }
  });
  if (!ok) return Status::Error(path + ": cannot open");
  return Status::Ok();
}

Status LoadDyadVerbs(const std::string& verbs_path, const std::string& forms_path, Lexicon* lex,
                     std::vector<DictProblem>* problems) {
  std::unordered_map<std::string, std::vector<std::string>> irregular;
  ForEachLine(forms_path, problems, [&](uint32_t no, const std::string& line) {
    auto cols = SplitOn(line, '\t');
    if (cols.size() != 2) {
      problems->push_back({forms_path, no, "expected 2 tab-separated columns (lemma, forms)"});
      return;
    }
    for (const auto& f : SplitOn(cols[1], '|')) {
      std::string t = Trim(f);
      if (!t.empty()) irregular[Trim(cols[0])].push_back(t);
    }
  });
  std::string file = verbs_path.substr(verbs_path.find_last_of('/') + 1);
  std::unordered_map<std::string, size_t> by_lemma;
  bool ok = ForEachLine(verbs_path, problems, [&](uint32_t no, const std::string& line) {
    auto cols = SplitOn(line, '\t');
    auto problem = [&](std::string msg) { problems->push_back({verbs_path, no, std::move(msg)}); };
    if (cols.size() < 2 || cols.size() > 3) {
      problem("expected 2 or 3 tab-separated columns (code, pattern[, passive code]), got " +
              std::to_string(cols.size()));
      return;
    }
    VerbPattern pat;
    pat.code = Trim(cols[0]);
    // "---": this use of the verb is no event ("meet demands", "fight inflation").
    pat.discard = pat.code == "---";
    if (!ValidEventCode(pat.code) && !pat.discard) {
      problem("field code: bad CAMEO event code '" + pat.code + "' (want 2-4 digits, or --- for no event)");
      return;
    }
    if (cols.size() == 3) {
      pat.passive_code = Trim(cols[2]);
      if (!pat.passive_code.empty() && !ValidEventCode(pat.passive_code)) {
        problem("field passive code: bad CAMEO event code '" + pat.passive_code + "'");
        return;
      }
    }
    std::string text = Trim(cols[1]);
    std::vector<std::string> words;
    for (const auto& w : SplitOn(text, ' ')) {
      if (!w.empty()) words.push_back(w);
    }
    if (words.empty() || words[0] == "*") {
      problem("field pattern: a pattern starts with its verb lemma");
      return;
    }
    std::string lemma = PhraseWords(words[0]).empty() ? words[0] : PhraseWords(words[0])[0];
    int targets = 0;
    for (size_t i = 1; i < words.size(); ++i) {
      PatternElem el;
      if (words[i] == "*") {
        el.kind = PatternElem::kTarget;
        ++targets;
      } else {
        el.kind = PatternElem::kWord;
        auto w = PhraseWords(words[i]);
        el.word = w.empty() ? words[i] : w[0];
      }
      pat.after.push_back(el);
    }
    if (targets > 1) {
      problem("field pattern: more than one target slot '*'");
      return;
    }
    pat.rule = file + ":" + std::to_string(no) + " " + text;
    auto it = by_lemma.find(lemma);
    if (it == by_lemma.end()) {
      VerbEntry v;
      v.lemma = lemma;
      std::set<std::string> forms;
      for (auto& f : dict::RegularVerbForms(lemma)) forms.insert(f);
      if (auto irr = irregular.find(lemma); irr != irregular.end()) {
        for (auto& f : irr->second) forms.insert(f);
      }
      v.forms.assign(forms.begin(), forms.end());
      lex->verbs.push_back(std::move(v));
      it = by_lemma.emplace(lemma, lex->verbs.size() - 1).first;
    }
    VerbEntry& v = lex->verbs[it->second];
    if (pat.after.empty()) {
      v.default_code = pat.code;
      v.default_rule = pat.rule;
    }
    v.patterns.push_back(std::move(pat));
  });
  if (!ok) return Status::Error(verbs_path + ": cannot open");
  // Most specific first: more literal words first.
  for (auto& v : lex->verbs) {
    std::stable_sort(v.patterns.begin(), v.patterns.end(), [](const VerbPattern& a, const VerbPattern& b) {
      return a.after.size() > b.after.size();
    });
  }
  return Status::Ok();
}

Status LoadDyadDiscards(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  ForEachLine(path, problems, [&](uint32_t, const std::string& line) {
    auto w = PhraseWords(Trim(line));
    if (!w.empty()) lex->discards.push_back(std::move(w));
  });
  return Status::Ok();
}

// nouns.tsv: code, noun, prepositions of the target ("190	attack	on|against").
// Optional: a directory without it codes no noun events.
void LoadDyadNouns(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  if (!std::filesystem::exists(path)) return;
  const std::string file = path.substr(path.find_last_of('/') + 1);
  ForEachLine(path, problems, [&](uint32_t no, const std::string& line) {
    auto cols = SplitOn(line, '\t');
    auto problem = [&](std::string msg) { problems->push_back({path, no, std::move(msg)}); };
    if (cols.size() != 3) {
      problem("expected 3 tab-separated columns (code, noun, prepositions), got " + std::to_string(cols.size()));
      return;
    }
    NounEvent n;
    n.code = Trim(cols[0]);
    if (!ValidEventCode(n.code)) {
      problem("field code: bad CAMEO event code '" + n.code + "'");
      return;
    }
    auto words = PhraseWords(Trim(cols[1]));
    if (words.size() != 1) {
      problem("field noun: expected one word, got '" + Trim(cols[1]) + "'");
      return;
    }
    n.noun = words[0];
    for (const auto& p : SplitOn(cols[2], '|')) {
      std::string t = Trim(p);
      if (!t.empty()) n.prepositions.push_back(t);
    }
    if (n.prepositions.empty()) {
      problem("field prepositions: none given");
      return;
    }
    if (lex->FindNounEvent(n.noun) != nullptr) {
      problem("field noun: '" + n.noun + "' listed twice");
      return;
    }
    n.rule = file + ":" + std::to_string(no) + " " + n.noun + " " + Trim(cols[2]);
    lex->noun_events.push_back(std::move(n));
  });
}

// act_nouns.tsv: noun, verb ("arrest	arrest", "refusal	refuse"), the verb
// optionally with its particle ("handover	hand over"). Optional. The verb must
// be one verbs.tsv lists, whose patterns then code the act.
void LoadDyadActNouns(const std::string& path, Lexicon* lex, std::vector<DictProblem>* problems) {
  if (!std::filesystem::exists(path)) return;
  ForEachLine(path, problems, [&](uint32_t no, const std::string& line) {
    auto cols = SplitOn(line, '\t');
    auto problem = [&](std::string msg) { problems->push_back({path, no, std::move(msg)}); };
    if (cols.size() != 2) {
      problem("expected 2 tab-separated columns (noun, verb), got " + std::to_string(cols.size()));
      return;
    }
    auto noun = PhraseWords(Trim(cols[0]));
    auto verb = PhraseWords(Trim(cols[1]));
    if (noun.size() != 1) {
      problem("field noun: expected one word, got '" + Trim(cols[0]) + "'");
      return;
    }
    if (verb.empty() || verb.size() > 2 || lex->FindVerb(verb[0]) < 0) {
      problem("field verb: '" + Trim(cols[1]) + "' is not a verb of verbs.tsv (with at most one particle)");
      return;
    }
    if (!lex->ActNounVerb(noun[0]).empty()) {
      problem("field noun: '" + noun[0] + "' listed twice");
      return;
    }
    lex->act_nouns.emplace_back(noun[0], verb.size() == 2 ? verb[0] + " " + verb[1] : verb[0]);
  });
}

Result<std::shared_ptr<const Lexicon>> LoadDyadLexicon(const std::string& dir,
                                                       std::vector<DictProblem>* problems) {
  auto lex = std::make_shared<Lexicon>();
  lex->name = "dyad:" + dir;
  Status s = LoadDyadActors(dir + "/actors.tsv", lex.get(), problems);
  if (!s.ok()) return s;
  s = LoadDyadAgents(dir + "/agents.tsv", lex.get(), problems);
  if (!s.ok()) return s;
  s = LoadDyadVerbs(dir + "/verbs.tsv", dir + "/verb_forms.tsv", lex.get(), problems);
  if (!s.ok()) return s;
  LoadDyadDiscards(dir + "/discards.tsv", lex.get(), problems);
  {
    Lexicon conduct;
    LoadDyadDiscards(dir + "/conduct.tsv", &conduct, problems);
    lex->hostile_conduct = std::move(conduct.discards);
  }
  LoadDyadNouns(dir + "/nouns.tsv", lex.get(), problems);
  lex->Finalize();
  // After Finalize: each entry's verb is looked up in the verb index.
  LoadDyadActNouns(dir + "/act_nouns.tsv", lex.get(), problems);
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

}  // namespace dyad
