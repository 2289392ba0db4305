#include "mentions.h"

#include <cstdlib>

namespace dyad::actors {

namespace {

int32_t DateInt(const std::string& date) { return date.size() == 8 ? std::atoi(date.c_str()) : 0; }

const std::string& PickCode(const ActorEntry& e, int32_t date) {
  if (date > 0) {
    for (const ActorCode& c : e.codes) {
      if (date >= c.from && date <= c.to) return c.code;
    }
  }
  return e.codes.front().code;
}

bool TokenMatches(const Token& t, const std::string& w) { return t.norm == w; }

// Longest actor entry matching at token i (within [i, end)); returns entry index or -1.
int32_t MatchActor(const Lexicon& lex, const Analysis& a, uint32_t i, uint32_t end, uint32_t* len) {
  const auto* cands = lex.ActorsStartingWith(a.tokens[i].norm);
  if (!cands) return -1;
  for (uint32_t id : *cands) {
    const ActorEntry& e = lex.actors[id];
    if (i + e.words.size() > end) continue;
    if (e.require_capital && !(a.tokens[i].flags & (kTokCapitalized | kTokAllCaps))) continue;
    bool ok = true;
    for (size_t k = 1; k < e.words.size() && ok; ++k) ok = TokenMatches(a.tokens[i + k], e.words[k]);
    if (ok) {
      *len = static_cast<uint32_t>(e.words.size());
      return static_cast<int32_t>(id);
    }
  }
  return -1;
}

int32_t MatchAgent(const Lexicon& lex, const Analysis& a, uint32_t i, uint32_t end, uint32_t* len) {
  const auto* cands = lex.AgentsStartingWith(a.tokens[i].norm);
  if (!cands) return -1;
  for (uint32_t id : *cands) {
    const AgentEntry& e = lex.agents[id];
    if (i + e.words.size() > end) continue;
    bool ok = true;
    for (size_t k = 1; k < e.words.size() && ok; ++k) ok = TokenMatches(a.tokens[i + k], e.words[k]);
    if (ok) {
      *len = static_cast<uint32_t>(e.words.size());
      return static_cast<int32_t>(id);
    }
  }
  return -1;
}

// Country code + role code: RUS + GOV = RUSGOV; a code that already ends in
// the role keeps it (RUSGOV + GOV = RUSGOV).
std::string Compose(const std::string& actor, const std::string& agent) {
  if (agent.empty()) return actor;
  if (actor.size() >= agent.size() && actor.compare(actor.size() - agent.size(), agent.size(), agent) == 0)
    return actor;
  if (actor.size() > 3 && actor.rfind("IGO", 0) == 0) return actor;  // organisations keep their code
  if (actor.size() >= 6) return actor;  // already has a role
  return actor + agent;
}

bool IsNameToken(const Token& t) {
  return (t.flags & kTokCapitalized) && !(t.flags & kTokPunct) && t.norm != "'s" && t.form.size() > 1;
}

}  // namespace

void FindMentions(const Lexicon& lex, const Analysis& a, const std::string& date,
                  std::vector<Mention>* out) {
  int32_t d = DateInt(date);
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    uint32_t end = s.first_token + s.num_tokens;
    for (uint32_t i = s.first_token; i < end;) {
      Mention m;
      m.sentence = si;
      m.begin = i;
      uint32_t len = 0;
      // A person named earlier in the document ("Mikhail Galuzin", "Galuzin").
      if (a.tokens[i].flags & kTokCapitalized) {
        int32_t known = -1;
        uint32_t known_len = 0;
        for (size_t k = out->size(); k-- > 0 && known < 0;) {
          const Mention& prev = (*out)[k];
          if (!prev.named || prev.code.empty() || prev.coref >= 0) continue;
          uint32_t n = prev.end - prev.name_begin;
          bool full = i + n <= end;
          for (uint32_t q = 0; q < n && full; ++q) full = a.tokens[i + q].norm == a.tokens[prev.name_begin + q].norm;
          if (full) {
            known = static_cast<int32_t>(k);
            known_len = n;
          } else if (n >= 2 && a.tokens[i].norm == a.tokens[prev.end - 1].norm) {
            known = static_cast<int32_t>(k);  // surname alone
            known_len = 1;
          }
        }
        if (known >= 0) {
          m.end = i + known_len;
          m.head = m.end - 1;
          m.code = (*out)[known].code;
          m.coref = known;
          m.named = true;
          m.name_begin = i;
          out->push_back(std::move(m));
          i = out->back().end;
          continue;
        }
      }
      int32_t actor = MatchActor(lex, a, i, end, &len);
      if (actor >= 0) {
        const ActorEntry& e = lex.actors[actor];
        m.actor = actor;
        m.end = i + len;
        m.head = m.end - 1;
        std::string code = PickCode(e, d);
        std::string agent_code;
        uint32_t j = m.end;
        if (j < end && a.tokens[j].norm == "'s") ++j;  // "Russia's foreign ministry"
        uint32_t alen = 0;
        int32_t agent = (e.allow_agent_suffix && e.kind != ActorKind::kPerson) ? MatchAgent(lex, a, j, end, &alen) : -1;
        if (agent >= 0) {
          m.agent = agent;
          agent_code = lex.agents[agent].code;
          m.end = j + alen;
          m.head = m.end - 1;
        } else if (e.kind == ActorKind::kAdjective) {
          // A bare adjective ("Russian oil") is not an actor, but a plural
          // demonym ("Armenians") or an adjective before a name is.
          bool demonym = a.tokens[m.head].norm.size() > 1 && a.tokens[m.head].norm.back() == 's';
          if (!demonym && !(m.end < end && IsNameToken(a.tokens[m.end]) &&
                            MatchActor(lex, a, m.end, end, &alen) < 0)) {
            ++i;
            continue;
          }
        }
        // A following person name ("Minister Mikhail Galuzin").
        if (agent >= 0 || e.kind == ActorKind::kAdjective) {
          uint32_t k = m.end;
          while (k < end && k < m.end + 3 && IsNameToken(a.tokens[k]) &&
                 MatchActor(lex, a, k, end, &alen) < 0 && MatchAgent(lex, a, k, end, &alen) < 0)
            ++k;
          if (k > m.end) {
            m.name_begin = m.end;
            m.end = k;
            m.head = k - 1;
            m.named = true;
          }
        }
        if (e.kind == ActorKind::kPerson) {
          m.named = true;
          m.name_begin = m.begin;
        }
        m.code = Compose(code, agent_code);
        out->push_back(std::move(m));
        i = out->back().end;
        continue;
      }
      int32_t agent = MatchAgent(lex, a, i, end, &len);
      if (agent >= 0) {
        m.agent = agent;
        m.end = i + len;
        m.head = m.end - 1;
        // "the president of Armenia"
        uint32_t alen = 0;
        if (m.end + 1 < end && a.tokens[m.end].norm == "of") {
          uint32_t k = m.end + 1;
          if (k < end && a.tokens[k].norm == "the") ++k;
          int32_t of_actor = k < end ? MatchActor(lex, a, k, end, &alen) : -1;
          if (of_actor >= 0 && lex.actors[of_actor].kind != ActorKind::kPerson) {
            m.actor = of_actor;
            m.end = k + alen;
            m.code = Compose(PickCode(lex.actors[of_actor], d), lex.agents[agent].code);
          }
        }
        // A name after the role ("President Pashinyan") makes it a named mention.
        if (m.actor < 0) {
          uint32_t k = m.end;
          while (k < end && k < m.end + 3 && IsNameToken(a.tokens[k]) &&
                 MatchActor(lex, a, k, end, &alen) < 0)
            ++k;
          if (k > m.end) {
            m.name_begin = m.end;
            m.end = k;
            m.head = k - 1;
            m.named = true;
          }
        }
        out->push_back(std::move(m));
        i = out->back().end;
        continue;
      }
      const std::string_view n = a.tokens[i].norm;
      if (n == "he" || n == "she") {
        m.end = i + 1;
        m.head = i;
        m.pronoun = true;
        out->push_back(std::move(m));
      }
      ++i;
    }
  }
  // Coreference: role-only mentions and he/she take the code of the most
  // recent resolved mention with the same role (or a named one, for pronouns).
  // Preference: (1) the same role word, (2) a named person with the same role
  // code, (3) any mention with that role code; pronouns take named people.
  std::vector<Mention>& ms = *out;
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (!m.code.empty()) continue;
    int32_t best = -1, best_rank = 99;
    for (size_t p = k; p-- > 0;) {
      const Mention& prev = ms[p];
      if (prev.code.empty() || prev.sentence + 12 < m.sentence) continue;
      int rank = 99;
      if (m.pronoun) {
        if (prev.named) rank = 1;
      } else if (prev.agent >= 0) {
        const AgentEntry& pa = lex.agents[prev.agent];
        const AgentEntry& ma = lex.agents[m.agent];
        if (pa.words.back() == ma.words.back()) rank = 1;
        else if (pa.code == ma.code && prev.named) rank = 2;
        else if (pa.code == ma.code) rank = 3;
      }
      if (rank < best_rank) {
        best_rank = rank;
        best = static_cast<int32_t>(p);
      }
    }
    if (best >= 0) {
      m.code = ms[best].code;
      m.coref = ms[best].coref >= 0 ? ms[best].coref : best;
    }
  }
}

void MentionRules(const Lexicon& lex, const std::vector<Mention>& all, const Mention& m,
                  std::vector<std::string>* rules) {
  if (m.coref >= 0) {
    const Mention& c = all[m.coref];
    rules->push_back(std::string("coref: ") + (m.pronoun ? "pronoun" : "role") + " -> " + c.code);
    MentionRules(lex, all, c, rules);
    if (m.agent >= 0) rules->push_back("agents: " + lex.agents[m.agent].rule);
    return;
  }
  if (m.actor >= 0) rules->push_back("actors: " + lex.actors[m.actor].rule);
  if (m.agent >= 0) rules->push_back("agents: " + lex.agents[m.agent].rule);
}

}  // namespace dyad::actors
