// Lexicon indexes and the reader for our own TSV dictionaries
// (docs/formats/dictionaries.md).
#include "dyad/lexicon.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "dyad/text.h"

namespace dyad {

std::string DictProblem::ToString() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace

// Tokenizes a dictionary phrase exactly as text is tokenized, so that
// "Russia's" in a dictionary matches "Russia's" in a sentence.
std::vector<std::string> PhraseWords(std::string_view phrase, bool* first_capitalized) {
  Analysis a;
  SegmentText(phrase, Field::kText, &a);
  std::vector<std::string> words;
  for (const Token& t : a.tokens) words.emplace_back(t.norm);
  if (first_capitalized) {
    *first_capitalized = false;
    if (!a.tokens.empty()) {
      size_t i = 0;
      if (words.size() > 1 && words[0] == "the") i = 1;
      *first_capitalized = (a.tokens[i].flags & kTokCapitalized) != 0;
    }
  }
  return words;
}

void Lexicon::Finalize() {
  actor_index_.clear();
  agent_index_.clear();
  verb_index_.clear();
  for (uint32_t i = 0; i < actors.size(); ++i) {
    if (!actors[i].words.empty()) actor_index_[actors[i].words[0]].push_back(i);
  }
  for (uint32_t i = 0; i < agents.size(); ++i) {
    if (!agents[i].words.empty()) agent_index_[agents[i].words[0]].push_back(i);
  }
  auto by_length = [](auto& entries) {
    return [&entries](uint32_t a, uint32_t b) {
      if (entries[a].words.size() != entries[b].words.size())
        return entries[a].words.size() > entries[b].words.size();
      return a < b;
    };
  };
  for (auto& [w, ids] : actor_index_) std::stable_sort(ids.begin(), ids.end(), by_length(actors));
  for (auto& [w, ids] : agent_index_) std::stable_sort(ids.begin(), ids.end(), by_length(agents));
  for (int32_t i = 0; i < static_cast<int32_t>(verbs.size()); ++i) {
    verb_index_.emplace(verbs[i].lemma, i);
    for (const auto& f : verbs[i].forms) verb_index_.emplace(f, i);
  }
}

const std::vector<uint32_t>* Lexicon::ActorsStartingWith(std::string_view w) const {
  auto it = actor_index_.find(w);
  return it == actor_index_.end() ? nullptr : &it->second;
}
const std::vector<uint32_t>* Lexicon::AgentsStartingWith(std::string_view w) const {
  auto it = agent_index_.find(w);
  return it == agent_index_.end() ? nullptr : &it->second;
}
int32_t Lexicon::FindVerb(std::string_view w) const {
  auto it = verb_index_.find(w);
  return it == verb_index_.end() ? -1 : it->second;
}

}  // namespace dyad
