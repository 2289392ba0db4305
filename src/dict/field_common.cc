// Helpers shared by the PETRARCH2 and TABARI readers (see field_common.h).
#include "field_common.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

#include "dyad/text.h"
#include "inflect.h"

namespace dyad {

namespace {

// Mac OS Roman, bytes 0x80..0xFF, as Unicode code points.
constexpr uint16_t kMacRoman[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7};

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace

Result<std::string> ReadLegacyText(const std::string& path, bool* converted) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open file");
  std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  bool mac = !ValidUtf8(raw);
  if (converted) *converted = mac;
  std::string out;
  out.reserve(raw.size() + raw.size() / 16);
  for (size_t i = 0; i < raw.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    } else if (mac && c >= 0x80) {
      AppendUtf8(kMacRoman[c - 0x80], &out);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

namespace dict {

std::string_view TrimView(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

std::string_view StripComment(std::string_view line, char marker) {
  size_t p = line.find(marker);
  return p == std::string_view::npos ? line : line.substr(0, p);
}

std::vector<FieldWord> FieldWords(std::string_view phrase) {
  std::vector<FieldWord> out;
  size_t i = 0;
  bool joined = false;
  while (i < phrase.size()) {
    char c = phrase[i];
    if (c == ' ' || c == '\t') {
      joined = false;
      ++i;
      continue;
    }
    if (c == '_') {
      if (!out.empty()) out.back().exact = true;
      joined = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ' && phrase[j] != '\t' && phrase[j] != '_') ++j;
    std::string_view w = phrase.substr(i, j - i);
    // TABARI `BAN=`: the word exactly, without the regular endings.
    bool no_endings = w.size() > 1 && w.back() == '=';
    if (no_endings) w.remove_suffix(1);
    std::string n(w);
    for (char& ch : n) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // Clitics are split as the tokenizer splits them: "DIDN'T" -> did n't,
    // "ISRAEL'S" -> israel 's; other apostrophes stay inside the word.
    std::string clitic;
    if (n.size() > 3 && n.compare(n.size() - 3, 3, "n't") == 0) clitic = "n't";
    else {
      for (const char* c : {"'s", "'re", "'ve", "'ll", "'d", "'m"}) {
        size_t l = std::char_traits<char>::length(c);
        if (n.size() > l && n.compare(n.size() - l, l, c) == 0) {
          clitic = c;
          break;
        }
      }
    }
    // "CANNOT" -> can not, as the tokenizer splits the text (given the word as
    // written: the tokenizer splits "im" but not "IM").
    const size_t first = BareContractionSplit(w);
    if (clitic.empty() && first > 0) {
      out.push_back({n.substr(0, first), true, joined});
      out.push_back({n.substr(first), false, true});
    } else if (!clitic.empty()) {
      n.resize(n.size() - clitic.size());
      out.push_back({std::move(n), true, joined});
      out.push_back({clitic, false, true});
    } else {
      out.push_back({std::move(n), no_endings, joined, no_endings});
    }
    joined = false;
    i = j;
  }
  return out;
}

std::vector<std::string> FieldNorms(std::string_view phrase) {
  std::vector<std::string> out;
  for (auto& w : FieldWords(phrase)) out.push_back(std::move(w.norm));
  return out;
}

int32_t FieldDate(std::string_view d) {
  if (d.size() != 6 && d.size() != 8) return -1;
  for (char c : d) {
    if (c < '0' || c > '9') return -1;
  }
  int32_t v = std::stoi(std::string(d));
  if (d.size() == 6) {
    int32_t yy = v / 10000;
    v += (yy < 30 ? 20000000 : 19000000);
  }
  int32_t mm = v / 100 % 100, dd = v % 100;
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return -1;
  return v;
}

bool ParseFieldActorCode(std::string_view inside, ActorCode* out, std::string* err) {
  std::string_view s = TrimView(inside);
  size_t sp = s.find_first_of(" \t");
  std::string_view code = s.substr(0, sp);
  std::string_view rest = sp == std::string_view::npos ? std::string_view() : TrimView(s.substr(sp));
  if (code.empty()) {
    *err = "empty code block";
    return false;
  }
  // A code written straight against its restriction ("HOB<950601") is split.
  size_t op = code.find_first_of("<>");
  if (op != std::string_view::npos && op > 0) {
    rest = s.substr(op);
    code = code.substr(0, op);
  }
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '+' && c != '#' && c != '~' &&
        c != '_' && c != '/') {
      *err = "bad character '" + std::string(1, c) + "' in code '" + std::string(code) + "'";
      return false;
    }
  }
  if (std::isdigit(static_cast<unsigned char>(code[0])) && code.size() >= 6) {
    *err = "code block '[" + std::string(s) + "]' has a date but no code";
    return false;
  }
  out->code = std::string(code);
  out->from = 0;
  out->to = 99999999;
  if (rest.empty()) return true;
  auto bad = [&] {
    *err = "bad date restriction '" + std::string(rest) + "' in '[" + std::string(s) +
           "]' (want >YYMMDD, <YYMMDD or YYMMDD-YYMMDD)";
    return false;
  };
  std::string r;
  for (char c : rest) {
    if (c != ' ' && c != '\t') r.push_back(c);
  }
  if (r[0] == '>' || r[0] == '<') {
    int32_t d = FieldDate(std::string_view(r).substr(1));
    if (d < 0) return bad();
    if (r[0] == '>') out->from = d;
    else out->to = d;
    return true;
  }
  size_t dash = r.find('-');
  if (dash == std::string::npos) return bad();
  int32_t a = FieldDate(std::string_view(r).substr(0, dash));
  int32_t b = FieldDate(std::string_view(r).substr(dash + 1));
  if (a < 0 || b < 0) return bad();
  out->from = a;
  out->to = b;
  return true;
}

bool CodeBlocks(std::string_view s, std::string_view* rest, std::vector<std::string_view>* blocks) {
  size_t first = s.find('[');
  *rest = s.substr(0, first);
  size_t close_before = s.substr(0, first == std::string_view::npos ? s.size() : first).find(']');
  if (close_before != std::string_view::npos) return false;
  size_t i = first;
  while (i != std::string_view::npos) {
    size_t e = s.find(']', i);
    if (e == std::string_view::npos) return false;
    size_t nested = s.find('[', i + 1);
    if (nested != std::string_view::npos && nested < e) return false;
    blocks->push_back(s.substr(i + 1, e - i - 1));
    i = s.find('[', e);
  }
  return true;
}

bool ParseEventCode(std::string_view inside, std::string* code, std::string* passive, bool* discard,
                    std::string* err, char* priority) {
  std::string s;
  for (char c : inside) {
    if (c != ' ' && c != '\t') s.push_back(c);
  }
  *discard = false;
  passive->clear();
  // TABARI subordinate (`[023?]`) and dominant (`[031!]`) codes.
  if (priority) {
    *priority = 0;
    if (s.size() > 1 && (s.back() == '?' || s.back() == '!')) {
      *priority = s.back();
      s.pop_back();
    }
  }
  if (s.empty()) {
    *err = "empty event code []";
    return false;
  }
  if (s == "---" || s == "###" || s == "+++" || s == "***") {
    *code = s;
    *discard = s == "###";
    return true;
  }
  size_t colon = s.find(':');
  *code = s.substr(0, colon);
  if (colon != std::string::npos) *passive = s.substr(colon + 1);
  auto ok = [](const std::string& c) {
    if (c.empty() || c.size() > 8) return false;
    for (char ch : c) {
      if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-') return false;
    }
    return true;
  };
  if (!ok(*code) || (colon != std::string::npos && !ok(*passive))) {
    *err = "bad event code '[" + std::string(inside) + "]'";
    return false;
  }
  return true;
}

bool ParsePatternElements(std::string_view text, bool petrarch, Lexicon* lex, VerbPattern* pattern,
                          std::string* err) {
  std::vector<PatternElem> elems;
  int verb_pos = -1;
  uint8_t group = 0;
  uint16_t group_id = 0, next_group = 0;
  bool joined = false;  // next element is joined by `_`
  bool last_tilde = false;  // the last word was written `WORD~`
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t') {
      joined = false;
      ++i;
      continue;
    }
    if (c == '_') {
      joined = true;
      // `WORD_` is exact; `WORD~_NEXT` keeps WORD's wild-card ending.
      if (!elems.empty() && elems.back().kind == PatternElem::kWord && !last_tilde) elems.back().stem = false;
      last_tilde = false;
      ++i;
      continue;
    }
    if (petrarch && (c == '{' || c == '(')) {
      if (group != 0) {
        // Nested groups ("(OF {BANNED PARTIES})"): keep the outer group.
        ++i;
        continue;
      }
      group = c == '{' ? 1 : 2;
      group_id = ++next_group;
      ++i;
      continue;
    }
    if (petrarch && (c == '}' || c == ')')) {
      if ((c == '}' && group == 1) || (c == ')' && group == 2)) group = 0;
      ++i;
      continue;
    }
    PatternElem el;
    el.adjacent = joined;
    el.group = group;
    el.group_id = group ? group_id : 0;
    joined = false;
    size_t j = i;
    if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^') {
      j = i + 1;
      if (c == '*') {
        if (verb_pos >= 0) {
          *err = "pattern has more than one verb marker '*'";
          return false;
        }
        verb_pos = static_cast<int>(elems.size());
        i = j;
        // The element after `*_` is joined to the verb.
        if (i < text.size() && text[i] == '_') {
          joined = true;
          ++i;
        }
        pattern->verb_joined_before = el.adjacent;
        elems.push_back(el);  // placeholder, removed below
        elems.back().kind = PatternElem::kAnyNoun;
        elems.back().word = "*";
        continue;
      }
      el.kind = c == '$' ? PatternElem::kSource
                : c == '+' ? PatternElem::kTarget
                : c == '%' ? PatternElem::kCompound
                           : PatternElem::kSkip;
      elems.push_back(el);
      i = j;
      continue;
    }
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '_' &&
           !(petrarch && (text[j] == '{' || text[j] == '}' || text[j] == '(' || text[j] == ')')))
      ++j;
    std::string_view w = text.substr(i, j - i);
    i = j;
    if (w[0] == '&') {
      std::string name(w.substr(1));
      for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      while (!name.empty() && name.back() == '_') name.pop_back();
      int32_t id = -1;
      for (int32_t k = static_cast<int32_t>(lex->synsets.size()); k-- > 0;) {
        if (lex->synsets[k].name == name) {
          id = k;
          break;
        }
      }
      if (id < 0) {
        *err = "unknown synset '&" + name + "'";
        return false;
      }
      el.kind = PatternElem::kSynset;
      el.synset = id;
      el.word = name;
      elems.push_back(el);
      continue;
    }
    bool tilde = !w.empty() && w.back() == '~';
    if (tilde) w.remove_suffix(1);
    auto words = FieldWords(w);
    bool first = true;
    for (auto& fw : words) {
      PatternElem e = el;
      e.kind = PatternElem::kWord;
      e.word = fw.norm;
      e.adjacent = first ? el.adjacent : true;
      e.stem = !petrarch;  // TABARI: a stem unless a `_` follows (fixed up above)
      elems.push_back(e);
      first = false;
    }
    if (tilde) joined = true;
    last_tilde = tilde;
  }
  if (verb_pos < 0) {
    *err = "pattern has no verb marker '*'";
    return false;
  }
  pattern->before.assign(elems.begin(), elems.begin() + verb_pos);
  pattern->after.assign(elems.begin() + verb_pos + 1, elems.end());
  // `*_X`: after[0].adjacent says X follows the verb directly; `X_*` sets
  // verb_joined_before.
  pattern->field_pattern = true;
  return true;
}

std::vector<std::string> FieldVerbForms(const std::string& lemma) { return RegularVerbForms(lemma); }

}  // namespace dict
}  // namespace dyad
