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
  auto index_phrases = [](const std::vector<std::vector<std::string>>& phrases, auto* index, bool* empty) {
    index->clear();
    *empty = false;
    for (uint32_t i = 0; i < phrases.size(); ++i) {
      if (phrases[i].empty()) *empty = true;
      else (*index)[phrases[i][0]].push_back(i);
    }
  };
  index_phrases(discards, &discard_index_, &empty_discard_);
  index_phrases(story_discards, &story_discard_index_, &empty_story_discard_);
  actor_index_.clear();
  agent_index_.clear();
  verb_index_.clear();
  surname_index_.clear();
  for (uint32_t i = 0; i < actors.size(); ++i) {
    if (!actors[i].words.empty()) actor_index_[actors[i].words[0]].push_back(i);
    if (actors[i].kind == ActorKind::kPerson && actors[i].words.size() >= 2) {
      std::vector<uint32_t>& ids = surname_index_[actors[i].words.back()];
      if (ids.empty() || ids.back() != i) ids.push_back(i);
    }
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
  // PETRARCH/TABARI additions: all verbs per word (multi-word ones first),
  // stems, synsets.
  verbs_index_.clear();
  stem_actor_index_.clear();
  stem_verb_index_.clear();
  synset_index_.clear();
  max_stem_len_ = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(verbs.size()); ++i) {
    auto add = [&](const std::string& w) {
      auto& v = verbs_index_[w];
      if (v.empty() || v.back() != i) v.push_back(i);
    };
    add(verbs[i].lemma);
    for (const auto& f : verbs[i].forms) add(f);
    if (verbs[i].stem) {
      stem_verb_index_.emplace(verbs[i].lemma, i);
      max_stem_len_ = std::max(max_stem_len_, verbs[i].lemma.size());
    }
  }
  for (auto& [w, ids] : verbs_index_) {
    std::stable_sort(ids.begin(), ids.end(), [this](int32_t a, int32_t b) {
      return verbs[a].words_after.size() + verbs[a].words_before.size() >
             verbs[b].words_after.size() + verbs[b].words_before.size();
    });
  }
  for (uint32_t i = 0; i < actors.size(); ++i) {
    const ActorEntry& e = actors[i];
    if (e.stem_last && e.words.size() == 1) {
      stem_actor_index_[e.words[0]].push_back(i);
      max_stem_len_ = std::max(max_stem_len_, e.words[0].size());
    }
  }
  for (auto& [w, ids] : stem_actor_index_) std::stable_sort(ids.begin(), ids.end(), by_length(actors));
  for (int32_t i = 0; i < static_cast<int32_t>(synsets.size()); ++i) synset_index_.emplace(synsets[i].name, i);
}

const std::vector<int32_t>* Lexicon::FindVerbs(std::string_view w) const {
  auto it = verbs_index_.find(w);
  return it == verbs_index_.end() ? nullptr : &it->second;
}

void Lexicon::StemActorsFor(std::string_view w, std::vector<uint32_t>* out) const {
  if (stem_actor_index_.empty()) return;
  for (size_t n = std::min(w.size(), max_stem_len_); n >= 1; --n) {
    auto it = stem_actor_index_.find(w.substr(0, n));
    if (it != stem_actor_index_.end()) out->insert(out->end(), it->second.begin(), it->second.end());
  }
}

int32_t Lexicon::FindStemVerb(std::string_view w) const {
  if (stem_verb_index_.empty()) return -1;
  for (size_t n = std::min(w.size(), max_stem_len_); n >= 2; --n) {
    auto it = stem_verb_index_.find(w.substr(0, n));
    if (it != stem_verb_index_.end()) return it->second;
  }
  return -1;
}

void Lexicon::DiscardsStartingWith(std::string_view w, bool story, std::vector<uint32_t>* out) const {
  const auto& index = story ? story_discard_index_ : discard_index_;
  const auto& phrases = story ? story_discards : discards;
  out->clear();
  if (index.empty()) return;
  if (auto it = index.find(w); it != index.end()) out->insert(out->end(), it->second.begin(), it->second.end());
  if (w.size() > 1 && w.back() == 's') {
    if (auto it = index.find(w.substr(0, w.size() - 1)); it != index.end()) {
      for (uint32_t i : it->second) {
        if (phrases[i].size() == 1) out->push_back(i);
      }
    }
  }
}

int32_t Lexicon::FindSynset(std::string_view name) const {
  auto it = synset_index_.find(name);
  return it == synset_index_.end() ? -1 : it->second;
}

const std::vector<uint32_t>* Lexicon::ActorsStartingWith(std::string_view w) const {
  auto it = actor_index_.find(w);
  return it == actor_index_.end() ? nullptr : &it->second;
}
const std::vector<uint32_t>* Lexicon::PersonsWithSurname(std::string_view w) const {
  auto it = surname_index_.find(w);
  return it == surname_index_.end() ? nullptr : &it->second;
}
const std::vector<uint32_t>* Lexicon::AgentsStartingWith(std::string_view w) const {
  auto it = agent_index_.find(w);
  return it == agent_index_.end() ? nullptr : &it->second;
}
int32_t Lexicon::FindVerb(std::string_view w) const {
  auto it = verb_index_.find(w);
  return it == verb_index_.end() ? -1 : it->second;
}

const NounEvent* Lexicon::FindNounEvent(std::string_view lemma) const {
  for (const NounEvent& n : noun_events) {
    if (n.noun == lemma) return &n;
  }
  return nullptr;
}

std::string_view Lexicon::ActNounVerb(std::string_view w) const {
  // A few dozen entries: a scan is cheaper than a hash for the rule's one lookup.
  for (const auto& [noun, verb] : act_nouns) {
    if (noun == w) return verb;
  }
  return {};
}

const NounEvent* Lexicon::FindNounEventForm(std::string_view w) const {
  for (const NounEvent& n : noun_events) {
    if (w.starts_with(n.noun) && (w.size() == n.noun.size() || w.substr(n.noun.size()) == "s")) return &n;
  }
  return nullptr;
}

bool Lexicon::IsVerbCandidate(std::string_view w) const {
  if (FindVerb(w) >= 0 || FindVerbs(w) != nullptr || FindStemVerb(w) >= 0) return true;
  for (const auto& phrase : hostile_conduct) {
    if (!phrase.empty() && phrase[0] == w) return true;
  }
  return false;
}

}  // namespace dyad
