// Clean: splits each text into blocks (paragraphs), marks the headline and the
// dateline, and scores every block for page furniture (comment rules,
// "Editor's choice"/"Read also"/"Related", share/subscribe/cookie/copyright
// lines, a repeated headline). The score is a weighted sum of general cues
// (cue phrases, second-person address, imperatives, short unpunctuated lines,
// position at the end of the page) minus news cues (reporting verbs); blocks
// scoring at or above kFurnitureThreshold are set aside and never coded.
#include <algorithm>
#include <cctype>
#include <string>

#include "dateline.h"
#include "dyad/text.h"

namespace dyad {

namespace {

constexpr float kFurnitureThreshold = 1.0f;

struct Cue {
  const char* phrase;  // matched on the normalised block text (lower case, straight quotes)
  float weight;
};

// General cues of page furniture; weights add up, so one weak cue alone is not enough.
constexpr Cue kCues[] = {
    {"dear visitor", 0.8f}, {"dear reader", 0.8f}, {"dear user", 0.8f}, {"your opinion", 0.5f},
    {"your comment", 0.5f}, {"comments", 0.3f}, {"comment", 0.2f}, {"be polite", 0.6f},
    {"our rules", 0.4f}, {"simple rules", 0.4f}, {"rules", 0.15f}, {"moderat", 0.3f},
    {"abusive", 0.4f}, {"offensive", 0.2f}, {"off-topic", 0.4f}, {"off - topic", 0.4f},
    {"advertisement", 0.4f}, {"facebook account", 0.5f}, {"your account", 0.4f},
    {"editorial staff", 0.4f}, {"reserves the right", 0.5f}, {"terms of use", 0.7f},
    {"terms of service", 0.7f}, {"privacy policy", 0.8f}, {"cookie", 0.6f}, {"subscribe", 0.6f},
    {"newsletter", 0.6f}, {"sign up", 0.5f}, {"log in", 0.4f}, {"login", 0.4f},
    {"share this", 0.7f}, {"share on", 0.6f}, {"follow us", 0.8f}, {"read also", 1.0f},
    {"read more", 0.8f}, {"see also", 0.8f}, {"related articles", 1.0f}, {"related news", 1.0f},
    {"related:", 1.0f}, {"related stories", 1.0f}, {"editor's choice", 1.0f}, {"editors' choice", 1.0f},
    {"most read", 1.0f}, {"most popular", 0.9f}, {"trending", 0.5f}, {"all rights reserved", 1.0f},
    {"copyright", 0.7f}, {"\xC2\xA9", 0.8f}, {"click here", 0.7f}, {"tags:", 0.8f},
    {"print this", 0.7f}, {"email this", 0.7f}, {"reproduction", 0.3f}, {"without permission", 0.5f},
    {"hyperlink", 0.4f}, {"telegram channel", 0.6f}, {"download our app", 0.8f}, {"whatsapp", 0.4f},
    {"twitter", 0.2f}, {"you may also like", 1.0f}, {"recommended for you", 1.0f},
    {"photo:", 0.5f}, {"photo credit", 0.6f}, {"loading", 0.3f}, {"javascript", 0.6f},
    {"skip to content", 1.0f}, {"main menu", 0.8f}, {"back to top", 1.0f}};

// Imperatives that open furniture lines.
constexpr const char* kImperatives[] = {"please", "click", "subscribe", "follow", "share", "read",
                                        "sign", "join", "download", "watch", "listen", "register",
                                        "accept", "leave", "contact", "send"};

// Reporting verbs: their presence is evidence of news prose.
constexpr const char* kNewsCues[] = {" said", " told ", " says ", " according to ", " announced",
                                     " reported", " warned", " stated"};

std::string NormalizeBlock(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  NormalizeToken(s, &out);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool w = !std::isspace(static_cast<unsigned char>(c));
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

// Letters only, lower-case: for comparing a repeated headline.
std::string Letters(std::string_view s) {
  std::string out;
  for (char c : NormalizeBlock(s)) {
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out;
}

float FurnitureScore(std::string_view block, bool near_end, const char** reason) {
  std::string n = " " + NormalizeBlock(block) + " ";
  float score = 0;
  float best = 0;
  *reason = "";
  for (const Cue& cue : kCues) {
    if (n.find(cue.phrase) != std::string::npos) {
      score += cue.weight;
      if (cue.weight > best) {
        best = cue.weight;
        *reason = cue.phrase;
      }
    }
  }
  size_t words = CountWords(n);
  // Second-person address: news prose rarely speaks to "you".
  size_t you = 0;
  for (size_t p = 0; (p = n.find(" you", p)) != std::string::npos; ++p) {
    char c = p + 4 < n.size() ? n[p + 4] : ' ';
    if (c == ' ' || c == 'r' || c == ',' || c == '.') ++you;
  }
  if (words > 0) score += std::min(0.6f, 3.0f * static_cast<float>(you) / static_cast<float>(words));
  // An imperative opening.
  size_t first = n.find_first_not_of(" \"'");
  for (const char* imp : kImperatives) {
    size_t len = std::char_traits<char>::length(imp);
    if (first != std::string::npos && n.compare(first, len, imp) == 0 &&
        (n[first + len] == ' ' || n[first + len] == ',')) {
      score += 0.3f;
      if (!**reason) *reason = "imperative";
      break;
    }
  }
  // Short line without sentence punctuation (a label, a link), more so at the end of the page.
  std::string_view trimmed = block;
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.remove_suffix(1);
  bool punctuated = !trimmed.empty() && (trimmed.back() == '.' || trimmed.back() == '"' ||
                                         trimmed.back() == '?' || trimmed.back() == '!' ||
                                         (static_cast<unsigned char>(trimmed.back()) & 0x80));
  if (words <= 6 && !punctuated) {
    score += near_end ? 0.4f : 0.2f;
    // A lone agency signature at the end ("Reuter", "AP").
    if (near_end && words <= 2 && (n.find("reuter") != std::string::npos || n == " ap ")) {
      score += 0.6f;
      if (!**reason) *reason = "agency signature";
    }
  }
  if (near_end) score += 0.1f;
  for (const char* cue : kNewsCues) {
    if (n.find(cue) != std::string::npos) {
      score -= 0.4f;
      break;
    }
  }
  return score;
}

// Splits text[begin, end) into paragraph blocks at blank lines and at
// indented line starts (newswire paragraphs begin with spaces).
void SplitParagraphs(std::string_view text, uint32_t begin, uint32_t end, Field field,
                     std::vector<Block>* out) {
  uint32_t start = begin;
  auto flush = [&](uint32_t stop) {
    uint32_t b = start, e = stop;
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e > b) {
      Block blk;
      blk.field = field;
      blk.span = {b, e};
      out->push_back(blk);
    }
  };
  for (uint32_t i = begin; i < end; ++i) {
    if (text[i] != '\n') continue;
    uint32_t j = i + 1;
    while (j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    bool blank = j < end && text[j] == '\n';
    bool indented = j - (i + 1) >= 2 && j < end;
    if (blank || indented) {
      flush(i);
      start = j;
      i = j - 1;
    }
  }
  flush(end);
}

}  // namespace

void Clean(const Document& doc, Analysis* a) {
  a->blocks.clear();
  a->dateline_place = {};
  a->dateline_agency = {};
  std::string_view text(doc.text);
  uint32_t body_begin = 0;
  std::string headline_letters;
  if (doc.title_is_field) {
    std::string_view title(doc.title);
    size_t b = title.find_first_not_of(" \t\r\n");
    size_t e = title.find_last_not_of(" \t\r\n");
    if (b != std::string_view::npos) {
      Block h;
      h.field = Field::kTitle;
      h.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e + 1)};
      h.kind = BlockKind::kHeadline;
      a->blocks.push_back(h);
      headline_letters = Letters(title);
    }
  } else {
    // Text and HTML: the first non-empty line is the headline.
    size_t b = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (b != std::string_view::npos) {
      size_t eol = text.find('\n', b);
      if (eol == std::string_view::npos) eol = text.size();
      size_t e = eol;
      while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
      // (Unless it opens with a dateline: wire copy pasted without its
      // headline, "KABUL (Reuters) - A suicide bomber blew himself up ...",
      // whose first line is the first paragraph.)
      const text::Dateline opening = text::FindDateline(text.substr(b, e - b));
      if (opening.length > 0 && opening.length < e - b) b = std::string_view::npos;
    }
    if (b != std::string_view::npos) {
      size_t eol = text.find('\n', b);
      if (eol == std::string_view::npos) eol = text.size();
      size_t e = eol;
      while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
      Block h;
      h.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      h.kind = BlockKind::kHeadline;
      a->blocks.push_back(h);
      headline_letters = Letters(text.substr(b, e - b));
      body_begin = static_cast<uint32_t>(eol);
    }
  }
  size_t first_body = a->blocks.size();
  SplitParagraphs(text, body_begin, static_cast<uint32_t>(text.size()), Field::kText, &a->blocks);
  size_t nblocks = a->blocks.size();
  bool dateline_done = false;
  for (size_t i = first_body; i < nblocks; ++i) {
    Block& blk = a->blocks[i];
    std::string_view s = text.substr(blk.span.begin, blk.span.size());
    // A repeat of the headline near the top is furniture.
    if (i < first_body + 3 && !headline_letters.empty()) {
      std::string l = Letters(s);
      if (l == headline_letters || (l.size() > 20 && headline_letters.rfind(l, 0) == 0) ||
          (headline_letters.size() > 20 && l.rfind(headline_letters, 0) == 0 && l.size() < headline_letters.size() + 8)) {
        blk.kind = BlockKind::kFurniture;
        blk.furniture_score = 2.0f;
        blk.reason = "repeated headline";
        continue;
      }
    }
    bool near_end = i + 2 >= nblocks || (text.size() > 0 && blk.span.begin > text.size() * 9 / 10);
    const char* reason = "";
    blk.furniture_score = FurnitureScore(s, near_end, &reason);
    if (blk.furniture_score >= kFurnitureThreshold) {
      blk.kind = BlockKind::kFurniture;
      blk.reason = reason;
      continue;
    }
    blk.reason = "";
    // The article's dateline opens its first body paragraph; in a news digest
    // each later item may open with its own "PLACE - " (Reuters' "WORLD NEWS
    // HIGHLIGHTS": "BAHRAIN - Iran reported ..."), set aside the same way but
    // not taken as the article's place.
    text::Dateline d;
    if (!dateline_done) {
      dateline_done = true;
      d = text::FindDateline(s);
      if (d.length > 0 && d.length < s.size()) {
        a->dateline_place = d.place;
        a->dateline_agency = d.agency;
      }
    } else {
      d = text::FindDashDateline(s);
    }
    if (d.length > 0 && d.length < s.size()) {
      Block dl = blk;
      dl.kind = BlockKind::kDateline;
      dl.span.end = blk.span.begin + d.length;
      while (dl.span.end > dl.span.begin && text[dl.span.end - 1] == ' ') --dl.span.end;
      blk.span.begin += d.length;
      a->blocks.insert(a->blocks.begin() + static_cast<long>(i), dl);
      ++i;
      ++nblocks;
    }
  }
}

}  // namespace dyad
