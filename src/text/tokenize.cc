// Tokenization follows UD English (EWT) conventions: clitics split (Russia 's,
// do n't, and the apostrophe-less web spellings can not, do nt, gon na),
// punctuation split from words, runs of sentence punctuation ("!!", "?!",
// "..") and emoticons (":)") one token each, a currency symbol split from its
// number ("$ 20"), abbreviations (U.S., Mr.) and numbers (1,000.5) kept whole.
// Unlike EWT, hyphenated words and slashes stay inside the word: the actor
// and verb dictionaries name them that way ("al-Qaeda", "cease-fire"), and
// news joins names with them ("Royal Dutch/Shell").
#include "tokenize.h"

#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/word_set.h"
#include "dyad/text.h"

namespace dyad::text {

namespace {

// Length of the UTF-8 sequence starting at s[i] (1 for invalid bytes).
inline size_t CharLen(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return i + n <= s.size() ? n : 1;
}

inline int32_t CodepointAt(std::string_view s, size_t i) {
  utf8proc_int32_t cp = -1;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                   static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  return cp;
}

// Whitespace, incl. no-break space and the Unicode spaces news sites use.
inline size_t SpaceLen(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c < 0x80) return 0;
  int32_t cp = CodepointAt(s, i);
  if (cp == 0xA0 || cp == 0x2009 || cp == 0x200A || cp == 0x202F || cp == 0x2002 || cp == 0x2003 ||
      cp == 0x3000 || cp == 0xFEFF || cp == 0x200B)
    return CharLen(s, i);
  return 0;
}

// Punctuation that always stands alone at the edge of a word.
inline bool IsEdgePunct(int32_t cp) {
  switch (cp) {
    case '"': case '(': case ')': case '[': case ']': case '{': case '}': case ',': case ';':
    case ':': case '!': case '?': case '/': case '*': case '<': case '>': case '|':
    case 0x201C: case 0x201D: case 0x201E: case 0x2018: case 0x2019: case 0x00AB: case 0x00BB:
    case 0x2014: case 0x2013: case 0x2026: case '\'': case '`':
      return true;
    default:
      return false;
  }
}

inline bool IsQuote(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == '`' || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
         cp == 0x2018 || cp == 0x2019 || cp == 0x00AB || cp == 0x00BB;
}
inline bool IsOpenQuote(int32_t cp) { return cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x201E; }

inline bool IsSentencePunct(char c) { return c == '.' || c == '!' || c == '?'; }
// Symbols whose runs are one token ("<<", "***", "===="; not "++": "C++").
inline bool IsRunSymbol(char c) { return c == '*' || c == '<' || c == '>' || c == '=' || c == '_'; }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Emoticons EWT keeps as one token.
constexpr std::string_view kEmoticons[] = {":-)", ":-(", ";-)", ":-D", ":-P", ":)", ":(", ";)",
                                           ":D",  ":P",  ":p",  "=)",  "(:",  "^_^"};

// Length of an emoticon that is all of text[b, e) or starts it and is followed
// by punctuation; 0 if none.
size_t LeadingEmoticon(std::string_view text, uint32_t b, uint32_t e) {
  for (std::string_view em : kEmoticons) {
    if (e - b < em.size() || text.compare(b, em.size(), em) != 0) continue;
    if (b + em.size() == e) return em.size();
    const char next = text[b + em.size()];
    if (!IsAsciiLetter(next) && !IsAsciiDigit(next)) return em.size();
  }
  return 0;
}

// Length of a parenthesis emoticon ending text[b, e) after a word ("thanks:)").
size_t TrailingEmoticon(std::string_view text, uint32_t b, uint32_t e) {
  for (std::string_view em : {std::string_view(":-)"), std::string_view(":-("), std::string_view(";-)"),
                              std::string_view(":)"), std::string_view(":("), std::string_view(";)")}) {
    if (e - b > em.size() && text.compare(e - em.size(), em.size(), em) == 0) return em.size();
  }
  return 0;
}

// Abbreviations that keep their period (lower-case, without the period).
bool IsAbbreviation(std::string_view w) {
  static const char* const kAbbrev[] = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
      "gov", "sen", "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "inc", "corp", "co", "ltd", "jr", "sr", "no", "vs", "etc", "dept",
      "univ", "mt", "ft", "pres", "gov't", "rev", "hon", "messrs", "ave", "blvd", "approx", "e.g",
      "i.e", "al", "fig", "est", "bros", "cie", "plc", "mln", "bln", "pct", "dlrs", "cts"};
  for (const char* a : kAbbrev) {
    if (EqualsLower(w, a)) return true;
  }
  // Initials and dotted acronyms: "A", "U.S", "U.N", "e.g"
  if (w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0]))) return true;
  bool dotted = w.size() >= 3;
  for (size_t i = 0; i < w.size() && dotted; ++i) {
    bool letter = std::isalpha(static_cast<unsigned char>(w[i]));
    dotted = (i % 2 == 0) ? letter : w[i] == '.';
  }
  return dotted;
}

// Clitic suffixes split off as their own token (UD English).
size_t CliticLen(std::string_view w) {
  auto ends = [&](std::string_view suf) {
    if (w.size() <= suf.size()) return false;
    for (size_t i = 0; i < suf.size(); ++i) {
      char c = w[w.size() - suf.size() + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != suf[i]) return false;
    }
    return true;
  };
  static const char* const kAscii[] = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};
  static const char* const kCurly[] = {"n\xE2\x80\x99t", "\xE2\x80\x99s", "\xE2\x80\x99re",
                                       "\xE2\x80\x99ve", "\xE2\x80\x99ll", "\xE2\x80\x99" "d",
                                       "\xE2\x80\x99m"};
  for (const char* s : kAscii) if (ends(s)) return std::strlen(s);
  for (const char* s : kCurly) if (ends(s)) return std::strlen(s);
  return 0;
}

void Emit(std::string_view text, uint32_t b, uint32_t e, std::vector<Token>* out) {
  if (e <= b) return;
  Token t;
  t.span = {b, e};
  t.form = text.substr(b, e - b);
  out->push_back(t);
}

// Emits the word text[b, e) with its clitic ("n't", "'s") or the second part
// of an apostrophe-less contraction ("can" + "not") as a token of its own.
void EmitWord(std::string_view text, uint32_t b, uint32_t e, std::vector<Token>* out) {
  const std::string_view w = text.substr(b, e - b);
  if (size_t first = dyad::BareContractionSplit(w)) {
    Emit(text, b, b + static_cast<uint32_t>(first), out);
    out->back().flags |= kTokJoinsNext;
    Emit(text, b + static_cast<uint32_t>(first), e, out);
    return;
  }
  const uint32_t cl = static_cast<uint32_t>(CliticLen(w));
  Emit(text, b, e - cl, out);
  if (cl) {
    out->back().flags |= kTokJoinsNext;
    Emit(text, e - cl, e, out);
  }
}

// Splits one whitespace-free chunk text[b, e) into tokens.
void TokenizeChunk(std::string_view text, uint32_t b, uint32_t e, std::vector<Token>* out) {
  // Leading punctuation, one token each (an ellipsis or dash run as one).
  while (b < e) {
    int32_t cp = CodepointAt(text, b);
    size_t n = CharLen(text, b);
    if (cp == '-' && b + 1 < e && text[b + 1] == '-') {
      uint32_t s = b;
      while (b < e && text[b] == '-') ++b;
      Emit(text, s, b, out);
      continue;
    }
    if (size_t em = LeadingEmoticon(text, b, e)) {
      Emit(text, b, b + static_cast<uint32_t>(em), out);
      b += static_cast<uint32_t>(em);
      continue;
    }
    // "!!", "?!", "...", "<<", "***": a run is one token.
    const char c = text[b];
    if ((IsSentencePunct(c) || IsRunSymbol(c)) && b + 1 < e &&
        (IsSentencePunct(c) ? IsSentencePunct(text[b + 1]) : text[b + 1] == c)) {
      uint32_t s = b;
      while (b < e && (IsSentencePunct(c) ? IsSentencePunct(text[b]) : text[b] == c)) ++b;
      Emit(text, s, b, out);
      continue;
    }
    // A currency symbol before its number: "$20,000" -> "$" "20,000" (EWT).
    if ((cp == '$' || cp == 0x00A3 || cp == 0x20AC || cp == 0x00A5) && b + n < e && IsAsciiDigit(text[b + n])) {
      Emit(text, b, b + static_cast<uint32_t>(n), out);
      b += static_cast<uint32_t>(n);
      continue;
    }
    if (!IsEdgePunct(cp)) break;
    Emit(text, b, b + static_cast<uint32_t>(n), out);
    b += static_cast<uint32_t>(n);
  }
  if (b >= e) return;
  // Trailing punctuation, collected right to left.
  std::array<std::pair<uint32_t, uint32_t>, 16> trail;
  size_t ntrail = 0;
  if (size_t em = TrailingEmoticon(text, b, e)) {
    trail[ntrail++] = {e - static_cast<uint32_t>(em), e};
    e -= static_cast<uint32_t>(em);
  }
  while (e > b && ntrail < trail.size()) {
    // Step back one UTF-8 character.
    uint32_t s = e - 1;
    while (s > b && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
    int32_t cp = CodepointAt(text, s);
    // A run of sentence punctuation ("...", "!!", "?!") or of one symbol (">>").
    if (s > b && ((IsSentencePunct(text[s]) && IsSentencePunct(text[s - 1])) ||
                  (IsRunSymbol(text[s]) && text[s - 1] == text[s]))) {
      const char c = text[s];
      uint32_t q = s;
      while (q > b && (IsSentencePunct(c) ? IsSentencePunct(text[q - 1]) : text[q - 1] == c)) --q;
      // "Inc.." is the abbreviation "Inc." and a full stop.
      if (e - q == 2 && text[q] == '.' && c == '.' && q > b && IsAbbreviation(text.substr(b, q - b))) ++q;
      trail[ntrail++] = {q, e};
      e = q;
      continue;
    }
    if (cp == '.') {
      std::string_view word = text.substr(b, s - b);
      if (!word.empty() && IsAbbreviation(word)) break;  // keep "U.S." whole
      if (word.empty()) break;
      trail[ntrail++] = {s, e};
      e = s;
      continue;
    }
    if (cp == '\'' || cp == 0x2019) {
      // A possessive plural apostrophe ("allies'") splits; "'s" is handled below.
      if (s > b && (text[s - 1] == 's' || text[s - 1] == 'S')) {
        trail[ntrail++] = {s, e};
        e = s;
        continue;
      }
    }
    if (IsEdgePunct(cp) && cp != '\'' && cp != 0x2019) {
      trail[ntrail++] = {s, e};
      e = s;
      continue;
    }
    if (cp == 0x2019 || cp == '\'') {  // closing quote after a non-s letter
      trail[ntrail++] = {s, e};
      e = s;
      continue;
    }
    break;
  }
  // Middle: split at em/en dashes, double hyphens and ellipses inside the word
  // ("past...and") and at a comma between words ("Baltimore,MD"; not in
  // numbers). Web addresses stay whole.
  // Whether the chunk is a web or mail address is asked only at a candidate
  // break (rare), not for every word.
  const std::string_view chunk = text.substr(b, e - b);
  auto is_address = [&] {
    return chunk.find("://") != chunk.npos || chunk.find('@') != chunk.npos || chunk.starts_with("www.") ||
           chunk.starts_with("WWW.");
  };
  auto word_char = [&](uint32_t i) { return i >= b && i < e && IsAsciiLetter(text[i]); };
  uint32_t start = b;
  for (uint32_t i = b; i < e;) {
    int32_t cp = CodepointAt(text, i);
    size_t n = CharLen(text, i);
    bool dash = cp == 0x2014 || cp == 0x2013 || (cp == '-' && i + 1 < e && text[i + 1] == '-');
    bool dots = cp == '.' && i + 1 < e && text[i + 1] == '.' && !is_address();
    // Not at a slash, which EWT splits ("he / she"): in news it joins names
    // ("Royal Dutch/Shell", "IMF/World Bank"), and the parts would be coded
    // on their own ("SHELL" read as a verb).
    bool between = cp == ',' && word_char(i - 1) && word_char(i + 1) && !is_address();
    if ((dash || dots || between) && i > start) {
      // Word before the break (with its clitic split off).
      uint32_t we = i;
      EmitWord(text, start, we, out);
      uint32_t de = i + static_cast<uint32_t>(n);
      if (cp == '-' || cp == '.') while (de < e && text[de] == cp) ++de;
      Emit(text, i, de, out);
      i = start = de;
      continue;
    }
    i += static_cast<uint32_t>(n);
  }
  if (start < e) EmitWord(text, start, e, out);
  for (size_t k = ntrail; k > 0; --k) Emit(text, trail[k - 1].first, trail[k - 1].second, out);
}

uint16_t Flags(std::string_view form) {
  uint16_t f = 0;
  int letters = 0, upper = 0, digits = 0, punct = 0, other = 0;
  bool first_letter_seen = false;
  for (size_t i = 0; i < form.size();) {
    int32_t cp = CodepointAt(form, i);
    size_t n = CharLen(form, i);
    utf8proc_category_t cat = cp >= 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
    if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) {
      ++letters;
      bool up = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
      if (up) ++upper;
      if (!first_letter_seen && i == 0 && up) f |= kTokCapitalized;
      first_letter_seen = true;
    } else if (cat == UTF8PROC_CATEGORY_ND) {
      ++digits;
    } else if ((cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO) ||
               (cat >= UTF8PROC_CATEGORY_SM && cat <= UTF8PROC_CATEGORY_SO)) {
      ++punct;
    } else {
      ++other;
    }
    i += n;
  }
  if (letters >= 2 && upper == letters) f |= kTokAllCaps;
  if (letters == 0 && digits == 0 && punct > 0) f |= kTokPunct;
  if (digits > 0 && letters == 0) f |= kTokNumber;
  if (form.size() <= 3) {
    int32_t cp = CodepointAt(form, 0);
    if (CharLen(form, 0) == form.size() && IsQuote(cp)) {
      f |= kTokQuote;
      if (IsOpenQuote(cp)) f |= kTokOpenQuote;
    }
  }
  return f;
}

}  // namespace

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* out) {
  size_t first = out->size();
  uint32_t i = begin;
  while (i < end) {
    size_t sp;
    while (i < end && (sp = SpaceLen(text, i)) > 0) i += static_cast<uint32_t>(sp);
    uint32_t s = i;
    while (i < end && SpaceLen(text, i) == 0) i += static_cast<uint32_t>(CharLen(text, i));
    if (i > s) TokenizeChunk(text, s, std::min(i, end), out);
  }
  for (size_t k = first; k < out->size(); ++k) {
    Token& t = (*out)[k];
    t.flags = Flags(t.form) | (t.flags & kTokJoinsNext);
    if (t.span.end < text.size() && t.span.end < end + 1 && SpaceLen(text, t.span.end) > 0)
      t.flags |= kTokSpaceAfter;
  }
  // Straight double quotes: decide open/close by alternation within the range.
  bool open = true;
  for (size_t k = first; k < out->size(); ++k) {
    Token& t = (*out)[k];
    if (t.form == "\"") {
      if (open) t.flags |= kTokOpenQuote;
      open = !open;
    } else if (t.flags & kTokOpenQuote) {
      open = false;
    } else if (t.form == "\xE2\x80\x9D") {
      open = true;
    }
  }
}

namespace {

// ".", "!", "?", a run of them ("!!", "?!", "...") or the ellipsis character.
// A run of five or more dots is a leader in a table ("Net reserves.......644").
bool IsSentenceEnd(const Token& t) {
  if (t.form == "\xE2\x80\xA6") return true;
  if (t.form.empty()) return false;
  bool all_dots = true;
  for (char c : t.form) {
    if (!IsSentencePunct(c)) return false;
    all_dots = all_dots && c == '.';
  }
  return !all_dots || t.form.size() <= 4;
}
bool IsClosing(const Token& t) {
  return ((t.flags & kTokQuote) && !(t.flags & kTokOpenQuote)) || t.form == ")" || t.form == "]";
}
bool StartsSentence(const Token& t) {
  if (t.flags & (kTokCapitalized | kTokNumber | kTokOpenQuote)) return true;
  return t.form == "(" || t.form == "[" || t.form == "\"" || t.form == "-";
}
bool IsEllipsis(const Token& t) {
  return t.form == "\xE2\x80\xA6" || (t.form.size() >= 2 && t.form.find_first_not_of('.') == t.form.npos);
}
bool StartsLowerCase(const Token& t) { return !t.form.empty() && t.form[0] >= 'a' && t.form[0] <= 'z'; }
// Common sentence openers after an abbreviation such as "U.S.". Not "And":
// news seldom opens a sentence with it, while some wires capitalise the word
// after "U.S." (Reuters: "the U.S. And Japan" 209 times in Reuters-21578).
bool IsCommonOpener(std::string_view f) {
  static const char* const kOpeners[] = {"The", "He", "She", "It", "They", "We", "I", "But", "In",
                                         "A", "An", "This", "That", "These", "Those", "There",
                                         "His", "Her", "Its", "Their", "On", "At", "As"};
  for (const char* o : kOpeners) if (f == o) return true;
  return false;
}

}  // namespace

void SplitSentences(const std::vector<Token>& tokens, uint32_t first, uint32_t last,
                    std::vector<std::pair<uint32_t, uint32_t>>* bounds) {
  uint32_t start = first;
  for (uint32_t i = first; i < last; ++i) {
    const Token& t = tokens[i];
    bool end = false;
    uint32_t stop = i + 1;
    if (IsSentenceEnd(t)) {
      while (stop < last && IsClosing(tokens[stop])) ++stop;
      // A lower-case word right after the stop starts a sentence too (web text:
      // "are you kidding ? why would ..."); not after a closing quote ("\"Why?\"
      // he asked"), an ellipsis (a pause: "and then ... we left") or a full stop
      // after a capitalised word, which may be an abbreviation we do not list
      // ("Houston, Tex. for 200,000 dlrs").
      const bool after_capitalised = t.form == "." && i > first && (tokens[i - 1].flags & kTokCapitalized);
      end = stop >= last || StartsSentence(tokens[stop]) ||
            (stop == i + 1 && !IsEllipsis(t) && !after_capitalised && StartsLowerCase(tokens[stop]));
    } else if (t.form.size() > 1 && t.form.back() == '.' && i + 1 < last &&
               IsCommonOpener(tokens[i + 1].form) && t.form != "Mr." && t.form != "Dr.") {
      end = true;  // "... in the U.S. The minister said"
    }
    if (end) {
      bounds->push_back({start, stop});
      start = stop;
      i = stop - 1;
    }
  }
  if (start < last) bounds->push_back({start, last});
}

void NormalizeTokens(Analysis* a, uint32_t first) {
  // Record offsets first: the arena may reallocate while we append. If it
  // does, the views of earlier tokens are re-pointed into the new buffer.
  const uintptr_t old_base = reinterpret_cast<uintptr_t>(a->norm_arena.data());
  std::vector<std::pair<uint32_t, uint32_t>> offs;
  offs.reserve(a->tokens.size() - first);
  for (uint32_t k = first; k < a->tokens.size(); ++k) {
    uint32_t b = static_cast<uint32_t>(a->norm_arena.size());
    NormalizeToken(a->tokens[k].form, &a->norm_arena);
    offs.push_back({b, static_cast<uint32_t>(a->norm_arena.size()) - b});
  }
  std::string_view arena(a->norm_arena);
  if (reinterpret_cast<uintptr_t>(arena.data()) != old_base) {
    for (uint32_t k = 0; k < first; ++k) {
      std::string_view& v = a->tokens[k].norm;
      size_t off = reinterpret_cast<uintptr_t>(v.data()) - old_base;
      v = arena.substr(off, v.size());
    }
  }
  for (uint32_t k = first; k < a->tokens.size(); ++k) {
    auto [b, n] = offs[k - first];
    a->tokens[k].norm = arena.substr(b, n);
  }
}

}  // namespace dyad::text

namespace dyad {

void NormalizeToken(std::string_view form, std::string* out) {
  for (size_t i = 0; i < form.size();) {
    unsigned char c = static_cast<unsigned char>(form[i]);
    if (c < 0x80) {
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
      ++i;
      continue;
    }
    size_t n = text::CharLen(form, i);
    int32_t cp = text::CodepointAt(form, i);
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x00B4 || cp == 0x2032) {
      out->push_back('\'');
    } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x00AB || cp == 0x00BB) {
      out->push_back('"');
    } else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2212) {
      out->push_back('-');
    } else if (cp > 0) {
      // Lower-case other letters (É -> é); keep the bytes if the mapping changes length class.
      utf8proc_int32_t lc = utf8proc_tolower(cp);
      utf8proc_uint8_t buf[4];
      utf8proc_ssize_t m = utf8proc_encode_char(lc, buf);
      out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(m));
    } else {
      out->append(form.substr(i, n));
    }
    i += n;
  }
}

// Apostrophe-less contractions that EWT splits like their spelled-out forms
// ("cannot" = can + not, "dont" = do + nt, "gonna" = gon + na): length of the
// first part, 0 if `w` is none. "im" and "ive" only in lower case (Jony Ive).
size_t BareContractionSplit(std::string_view w) {
  static constexpr std::pair<std::string_view, uint8_t> kForms[] = {
      {"cannot", 3}, {"gonna", 3},   {"wanna", 3},   {"gotta", 3},    {"outta", 3},  {"dont", 2},
      {"didnt", 3},  {"doesnt", 4},  {"isnt", 2},    {"wasnt", 3},    {"werent", 4}, {"arent", 3},
      {"havent", 4}, {"hasnt", 3},   {"hadnt", 3},   {"couldnt", 5},  {"wouldnt", 5}, {"shouldnt", 6},
      {"aint", 2},   {"wont", 2},    {"cant", 2},    {"youre", 3},    {"theyre", 4}, {"thats", 4},
      {"whats", 4}};
  if (w.size() < 4 || w.size() > 8) {
    return w == "im" || w == "ive" ? 1 : 0;
  }
  for (const auto& [form, first] : kForms) {
    if (EqualsLower(w, form)) return first;
  }
  return 0;
}

}  // namespace dyad
