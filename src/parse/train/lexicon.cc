// Reading WordNet's index/exception files and a word list into LexBit classes.
#include "parse/train/lexicon.h"

#include <cstring>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "parse/model.h"

namespace dyad::parse {
namespace {

// WordNet's documented detachment rules (morphy(7WN)): an inflected form is the
// lemma with `ending` replaced by `suffix`.
struct Detach {
  const char* suffix;
  const char* ending;
  uint32_t bit;
};
constexpr Detach kNounRules[] = {{"s", "", kLexNounPlural},      {"ses", "s", kLexNounPlural},
                                 {"xes", "x", kLexNounPlural},   {"zes", "z", kLexNounPlural},
                                 {"ches", "ch", kLexNounPlural}, {"shes", "sh", kLexNounPlural},
                                 {"men", "man", kLexNounPlural}, {"ies", "y", kLexNounPlural}};
constexpr Detach kVerbRules[] = {{"s", "", kLexVerbS},     {"ies", "y", kLexVerbS}, {"es", "e", kLexVerbS},
                                 {"es", "", kLexVerbS},    {"ed", "e", kLexVerbEd}, {"ed", "", kLexVerbEd},
                                 {"ing", "e", kLexVerbIng}, {"ing", "", kLexVerbIng}};
constexpr Detach kAdjRules[] = {
    {"er", "", kLexAdjEr}, {"est", "", kLexAdjEr}, {"er", "e", kLexAdjEr}, {"est", "e", kLexAdjEr}};

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() > suf.size() && s.substr(s.size() - suf.size()) == suf;
}

std::string Norm(std::string_view w) {
  std::string out;
  NormalizeForm(w, &out);
  return out;
}

Status ReadLines(const std::string& path, const std::function<Status(std::string_view, size_t)>& fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open");
  std::string line;
  size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Status st = fn(line, no); !st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace

Result<Lexicon> ReadLexicon(const std::string& wordnet_dir, const std::string& word_list) {
  Lexicon lex;
  auto& cls = lex.classes;
  // POS index of each WordNet lemma: bit per file.
  if (!wordnet_dir.empty()) {
    const std::pair<const char*, uint32_t> index_files[] = {
        {"index.noun", kLexNoun}, {"index.verb", kLexVerb}, {"index.adj", kLexAdj}, {"index.adv", kLexAdv}};
    for (const auto& [file, bit] : index_files) {
      const std::string path = wordnet_dir + "/" + file;
      size_t entries = 0;
      Status st = ReadLines(path, [&, bit = bit](std::string_view line, size_t no) -> Status {
        if (line.empty() || line[0] == ' ') return Status::Ok();  // licence header
        const size_t sp = line.find(' ');
        if (sp == 0 || sp == std::string_view::npos) {
          return Status::Error(path + ":" + std::to_string(no) + ": lemma: expected 'lemma pos ...'");
        }
        const std::string_view lemma = line.substr(0, sp);
        if (lemma.find('_') == std::string_view::npos) cls[Norm(lemma)] |= bit;  // one word only
        ++entries;
        return Status::Ok();
      });
      if (!st.ok()) return st;
      if (entries == 0) return Status::Error(path + ": no lemmas");
    }
  }
  auto is_lemma = [&](const std::string& w, uint32_t bit) {
    auto it = cls.find(w);
    return it != cls.end() && (it->second & bit);
  };
  // Word list: case classes; every listed word is a candidate inflected form.
  std::vector<std::string> candidates;
  if (!word_list.empty()) {
    Status st = ReadLines(word_list, [&](std::string_view w, size_t no) -> Status {
      if (w.empty()) return Status::Ok();
      if (w.find_first_of(" \t") != std::string_view::npos) {
        return Status::Error(word_list + ":" + std::to_string(no) + ": word: contains white space");
      }
      bool upper = false, lower = false;
      for (char c : w) {
        upper |= c >= 'A' && c <= 'Z';
        lower |= c >= 'a' && c <= 'z';
      }
      const uint32_t bit = !upper ? kLexLower : !lower && w.size() >= 2 ? kLexAllCaps : kLexCapital;
      std::string n = Norm(w);
      cls[n] |= bit;
      candidates.push_back(std::move(n));
      return Status::Ok();
    });
    if (!st.ok()) return st;
  }
  // Regular inflections of WordNet lemmas.
  for (const auto& [w, bits] : cls) candidates.push_back(w);
  std::vector<std::pair<std::string, uint32_t>> found;
  auto detach = [&](const std::string& w, const auto& rules, uint32_t lemma_bit) {
    for (const Detach& r : rules) {
      if (!EndsWith(w, r.suffix)) continue;
      std::string base = w.substr(0, w.size() - std::strlen(r.suffix)) + r.ending;
      if (is_lemma(base, lemma_bit)) found.emplace_back(w, r.bit);
    }
  };
  if (!wordnet_dir.empty()) {
    for (const std::string& w : candidates) {
      detach(w, kNounRules, kLexNoun);
      detach(w, kVerbRules, kLexVerb);
      detach(w, kAdjRules, kLexAdj);
    }
    // Irregular forms.
    const std::pair<const char*, uint32_t> exc_files[] = {
        {"noun.exc", kLexNounPlural}, {"verb.exc", kLexVerbEd}, {"adj.exc", kLexAdjEr}};
    for (const auto& [file, bit] : exc_files) {
      const std::string path = wordnet_dir + "/" + file;
      Status st = ReadLines(path, [&, bit = bit](std::string_view line, size_t no) -> Status {
        if (line.empty()) return Status::Ok();
        const size_t sp = line.find(' ');
        if (sp == 0 || sp == std::string_view::npos) {
          return Status::Error(path + ":" + std::to_string(no) + ": form: expected 'form lemma'");
        }
        const std::string_view form = line.substr(0, sp);
        if (form.find('_') != std::string_view::npos) return Status::Ok();
        const uint32_t b = bit == kLexVerbEd && EndsWith(form, "ing") ? kLexVerbIng : bit;
        found.emplace_back(Norm(form), b);
        return Status::Ok();
      });
      if (!st.ok()) return st;
    }
  }
  for (const auto& [w, b] : found) cls[w] |= b;
  return lex;
}

}  // namespace dyad::parse
