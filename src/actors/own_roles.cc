// Why: FindMentions gives "its warships" to the nearest actor before it,
// because it runs before the parse. That fails when the nearest actor is an
// object of an earlier clause: "The U.S. has said it will not allow Iran to use
// the missiles ... and has offered its warships to escort Kuwaiti tankers"
// coded Iran's navy escorting Kuwait's tankers. In news prose a possessive
// "its"/"their" inside a clause's arguments is nearly always that clause's
// subject ("Baghdad said its forces had repulsed the attack"), or, in a
// subjectless clause, its controller: the object of the verb above it
// ("urged Iraq to withdraw its forces", "accused Iraq of using its
// warplanes"), else that verb's subject.
#include "own_roles.h"

#include "core/relation.h"
#include "core/word_set.h"
#include "dyad/parse.h"

namespace dyad::actors {

void BindOwnRolesToClauseSubjects(const Lexicon& lex, const Analysis& a, std::vector<Mention>* mentions) {
  if (a.parse.empty()) return;
  std::vector<Mention>& ms = *mentions;
  for (Mention& m : ms) {
    if (m.pronoun || m.modifier || m.agent < 0 || m.coref < 0 || m.code.empty()) continue;
    const Sentence& s = a.sentences[m.sentence];
    const uint32_t first = s.first_token, last = first + s.num_tokens;
    if (m.begin <= first || m.head < first || m.head >= last || a.parse[m.head].head < 0) continue;
    uint32_t b = m.begin;
    if (b > first + 1 && (a.tokens[b - 1].flags & kTokNumber)) --b;  // "its 2,000 troops"
    if (!In(a.tokens[b - 1].norm, {"its", "their"})) continue;
    auto head_of = [&](uint32_t g) -> int64_t {
      const int16_t h = a.parse[g].head;
      return h <= 0 ? -1 : static_cast<int64_t>(first) + h - 1;
    };
    auto dependent = [&](uint32_t g, std::string_view rel) -> int64_t {
      for (uint32_t u = first; u < last; ++u) {
        if (head_of(u) == static_cast<int64_t>(g) && RelIs(a.parse[u].deprel_name, rel)) return u;
      }
      return -1;
    };
    // The mention whose head is token `t`, if it is an actor before the possessive.
    auto actor_at = [&](int64_t t) -> int32_t {
      for (size_t k = 0; k < ms.size(); ++k) {
        const Mention& x = ms[k];
        if (x.sentence == m.sentence && x.head == t && &x != &m && !x.code.empty() && !x.modifier &&
            x.end <= b - 1)
          return static_cast<int32_t>(k);
      }
      return -1;
    };
    int64_t u = m.head, subject = -1;
    for (int guard = 0; guard < 32 && subject < 0; ++guard) {
      const int64_t h = head_of(static_cast<uint32_t>(u));
      if (h < 0) break;
      const std::string_view rel = a.parse[u].deprel_name;
      if (RelIs(rel, "acl") || RelIs(rel, "appos") || RelIs(rel, "parataxis")) break;  // another clause's noun
      u = h;
      if (a.parse[u].upos != kVERB) continue;
      int64_t subj = dependent(static_cast<uint32_t>(u), "nsubj");
      // A subjectless clause: the conjunct's or the controlling verb's.
      for (int up = 0; up < 8 && subj < 0; ++up) {
        const std::string_view r = a.parse[u].deprel_name;
        const int64_t p = head_of(static_cast<uint32_t>(u));
        if (p < 0 || a.parse[p].upos != kVERB) break;
        if (RelIs(r, "conj")) {
          u = p;
          subj = dependent(static_cast<uint32_t>(u), "nsubj");
        } else if (RelIs(r, "xcomp") || RelIs(r, "advcl")) {
          const int64_t obj = dependent(static_cast<uint32_t>(p), "obj");
          u = p;
          subj = obj >= 0 ? obj : dependent(static_cast<uint32_t>(u), "nsubj");
        } else {
          break;
        }
      }
      if (subj < 0) break;
      if (subj >= m.begin && subj < m.end) continue;  // the role is this clause's subject: go up
      subject = subj;
    }
    if (subject < 0) continue;
    const int32_t owner = actor_at(subject);
    if (owner < 0 || owner == m.coref) continue;
    const std::string& code = ms[owner].code;
    if (code.substr(0, 3) == m.code.substr(0, 3)) continue;
    m.code = RoleOfOwner(code, lex.agents[m.agent].code);
    m.coref = owner;
  }
}

}  // namespace dyad::actors
