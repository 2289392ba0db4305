// Compound actors: conjoined mentions in the parse, in the surface text, and
// by TABARI's rules (manual 6.5).
#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "coder_internal.h"
#include "dyad/parse.h"

namespace dyad::events {

namespace {
// The first conjunct of a coordination the mention belongs to ("Arnor and
// Osgiliath condemned": from Osgiliath back to Arnor), on the surface.
int32_t FirstConjunctSurface(const SentenceView& v, int32_t m) {
  for (int guard = 0; guard < 16; ++guard) {
    uint32_t b = v.mentions[m].begin;
    int32_t prev = -1;
    for (uint32_t k = b; k-- > v.first && k + 6 > b;) {
      std::string_view n = v.a.tokens[k].norm;
      int32_t mm = v.MentionAt(k);
      if (mm >= 0) {
        bool conj = false;
        for (uint32_t j = v.mentions[mm].end; j < b; ++j) {
          std::string_view x = v.a.tokens[j].norm;
          if (x == "and" || x == "or" || x == "nor" || x == ",") conj = true;
          else if (x == "the" || x == "a" || x == "an" || !(v.a.tokens[j].flags & kTokPunct)) continue;
        }
        if (conj) prev = mm;
        break;
      }
      if (v.a.tokens[k].flags & kTokPunct && n != ",") break;
    }
    if (prev < 0 || v.mentions[prev].code.empty()) return m;
    m = prev;
  }
  return m;
}
}  // namespace
// TABARI's parsed compound actors (manual 7.5): <np1>, <np2>, ... AND <npn>
// where each np is an actor after any determiners or <ADJECTIVE> words. The
// members of the compound that holds mention m, in order.
bool TabariJoins(const SentenceView& v, uint32_t from, uint32_t to) {
  const Lexicon& lex = *v.tabari;
  uint32_t k = from;
  if (k < to && v.a.tokens[k].norm == ",") ++k;
  if (k < to && In(v.a.tokens[k].norm, {"and", "or", "nor"})) ++k;
  if (k == from) return false;
  for (; k < to; ++k) {
    std::string_view w = v.a.tokens[k].norm;
    if (w != "the" && w != "a" && w != "an" &&
        std::find(lex.adjectives.begin(), lex.adjectives.end(), w) == lex.adjectives.end())
      return false;
  }
  return true;
}
void TabariConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  // A plural pronoun stands for the whole compound it refers to (manual 7.7).
  if (v.mentions[m].pronoun && v.mentions[m].ref_token >= 0) {
    int32_t r = v.MentionAt(static_cast<uint32_t>(v.mentions[m].ref_token));
    if (r >= 0 && r != m && !v.mentions[r].pronoun) {
      TabariConjuncts(v, r, out);
      if (out->size() > 1) return;
      out->clear();
    }
  }
  size_t at = 0;
  while (at < v.mention_ids.size() && v.mention_ids[at] != m) ++at;
  if (at == v.mention_ids.size()) {
    out->push_back(m);
    return;
  }
  size_t b = at, e = at;
  while (b > 0 && TabariJoins(v, v.mentions[v.mention_ids[b - 1]].end, v.mentions[v.mention_ids[b]].begin)) --b;
  while (e + 1 < v.mention_ids.size() &&
         TabariJoins(v, v.mentions[v.mention_ids[e]].end, v.mentions[v.mention_ids[e + 1]].begin))
    ++e;
  // A comma list must end in a conjunction to be a compound ("Gondor, the state's foe" is not).
  bool has_and = false;
  for (size_t i = b; i < e; ++i) {
    for (uint32_t k = v.mentions[v.mention_ids[i]].end; k < v.mentions[v.mention_ids[i + 1]].begin; ++k)
      has_and = has_and || In(v.a.tokens[k].norm, {"and", "or", "nor"});
  }
  if (!has_and) b = e = at;
  for (size_t i = b; i <= e; ++i) out->push_back(v.mention_ids[i]);
}
namespace {
// The same by the parse: up the `conj` relations.
int32_t FirstConjunct(const SentenceView& v, int32_t m) {
  if (!v.parsed) return FirstConjunctSurface(v, m);
  for (int guard = 0; guard < 16; ++guard) {
    uint32_t h = v.mentions[m].head;
    if (!Rel(v, h, "conj")) return m;
    int32_t up = HeadOf(v, h);
    int32_t mm = up >= 0 ? v.MentionAt(static_cast<uint32_t>(up)) : -1;
    if (mm < 0 || mm == m) return m;
    m = mm;
  }
  return m;
}
// Surface conjuncts: "Azerbaijan, Iran and Russia", also across modifiers
// ("Arnor and the evil awful Gondor").
void SurfaceConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  Conjuncts(v, FirstConjunctSurface(v, m), out);
  uint32_t k = v.mentions[out->back()].end;
  while (k < v.last) {
    std::string_view n = v.a.tokens[k].norm;
    if (n != "," && n != "and" && n != "or" && n != "nor") break;
    uint32_t j = k + 1;
    if (j < v.last && (v.a.tokens[j].norm == "and" || v.a.tokens[j].norm == "or")) ++j;
    int32_t next = -1;
    for (uint32_t s = j; s < v.last && s < j + 4; ++s) {
      const Token& t = v.a.tokens[s];
      int32_t mm = v.MentionAt(s);
      if (mm >= 0) {
        if (v.mentions[mm].begin == s) next = mm;
        break;
      }
      if (t.flags & kTokPunct) break;
    }
    if (next < 0) break;
    if (std::find(out->begin(), out->end(), next) == out->end()) out->push_back(next);
    k = v.mentions[next].end;
  }
}
// Is the surface coordination `members` (in text order) a plausible list:
// and/or/nor before its last member ("A, B and C"; not "A and B, the C
// newspaper said"), and no member a possessor ("Arnor, Gondor's ally")?
bool PlausibleSurfaceList(const SentenceView& v, const std::vector<int32_t>& members) {
  if (members.size() < 2) return false;
  for (int32_t x : members) {
    const Mention& mm = v.mentions[x];
    if (mm.end < v.last && v.a.tokens[mm.end].norm == "'s") return false;
  }
  bool conj = false;
  for (uint32_t k = v.mentions[members[members.size() - 2]].end; k < v.mentions[members.back()].begin; ++k) {
    std::string_view n = v.a.tokens[k].norm;
    conj = conj || n == "and" || n == "or" || n == "nor";
  }
  return conj;
}
// Conjuncts of a source or target mention: with a parse, mentions whose head
// is a `conj` dependent of the mention's head; without one, the surface scan.
// Robustness to our parser's errors on coordinated subjects: the other
// `nsubj` dependents of the same verb ("Ithilen and the government of Gondor
// warned" parsed with two subjects) and, for a subject, a plausible surface
// list around it ("The Philippines and the Central African Republic agree"
// parsed with "Philippines" as the root) are conjuncts too.
void CollectFieldConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  if (!v.parsed) {
    SurfaceConjuncts(v, m, out);
    return;
  }
  m = FirstConjunct(v, m);
  out->push_back(m);
  auto add = [&](int32_t mm) {
    if (mm >= 0 && std::find(out->begin(), out->end(), mm) == out->end()) out->push_back(mm);
  };
  for (size_t i = 0; i < out->size() && i < 16; ++i) {
    uint32_t h = v.mentions[(*out)[i]].head;
    bool joined_by_and = false;  // an earlier conjunct of h came with its own and/or
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (HeadOf(v, t) != static_cast<int32_t>(h) || !Rel(v, t, "conj")) continue;
      // "between Calenardhon and Gondor, and Gondor and Dagolath": a comma
      // before the and/or of a later conjunct opens a second coordination.
      int32_t cc = -1;
      for (uint32_t u = v.first; u < t && cc < 0; ++u) {
        if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "cc")) cc = static_cast<int32_t>(u);
      }
      bool comma = cc > static_cast<int32_t>(v.first) && v.a.tokens[cc - 1].norm == ",";
      if (cc >= 0 && comma && joined_by_and) break;
      if (cc >= 0 && !comma) joined_by_and = true;
      add(v.MentionAt(t));
    }
    // A later dependent whose phrase opens with and/or is a conjunct the parse
    // mislabelled ("toward Gondor and Arnor's Elrond" with `Elrond` as `flat`
    // of Gondor and `and` inside its phrase): in UD only conjuncts carry a cc.
    for (uint32_t t = h + 1; t < v.last; ++t) {
      if (HeadOf(v, t) != static_cast<int32_t>(h) || Rel(v, t, "conj")) continue;
      if (!(Rel(v, t, "flat") || Rel(v, t, "appos") || Rel(v, t, "compound") || Rel(v, t, "nmod"))) continue;
      uint32_t first = t;
      for (uint32_t u = h + 1; u < t; ++u) {
        if (Dominates(v, t, u)) {
          first = u;
          break;
        }
      }
      if (first < t && Rel(v, first, "cc") && v.MentionAt(first) < 0) add(MentionOfPhrase(v, t));
    }
  }
  // The subject may be a phrase around the mention ("the government of Gondor").
  uint32_t h = v.mentions[m].head;
  for (int up = 0; up < 3 && !Rel(v, h, "nsubj"); ++up) {
    int32_t hh = HeadOf(v, h);
    if (hh < 0 || v.a.parse[hh].upos == kVERB || Rel(v, h, "conj")) break;
    h = static_cast<uint32_t>(hh);
  }
  if (!Rel(v, h, "nsubj")) return;
  // Conjuncts of the subject phrase ("Ithilen's sheep and goats of Gondor").
  for (uint32_t t = v.first; t < v.last && h != v.mentions[m].head; ++t) {
    if (HeadOf(v, t) == static_cast<int32_t>(h) && Rel(v, t, "conj")) add(MentionOfPhrase(v, t));
  }
  // (Only one joined to it by and/or: not a speaker after a comma, as in
  // "Ethiopia departx from Libya ..., a senior official said", parsed with
  // "Ethiopia" a second subject of "said".)
  int32_t verb = HeadOf(v, h);
  for (uint32_t t = v.first; t < v.last && verb >= 0; ++t) {
    if (t == h || HeadOf(v, t) != verb || !Rel(v, t, "nsubj")) continue;
    const uint32_t lo = std::min(t, h), hi = std::max(t, h);
    uint32_t start = hi;  // the later subject's phrase opens here
    for (uint32_t u = lo + 1; u < hi; ++u) {
      if (Dominates(v, hi, u)) {
        start = u;
        break;
      }
    }
    bool joined = false;
    for (uint32_t u = lo + 1; u < start && !joined; ++u) joined = In(v.a.tokens[u].norm, {"and", "or", "&"});
    if (!joined || v.a.tokens[start - 1].norm == ",") continue;
    add(MentionOfPhrase(v, t));
  }
  std::vector<int32_t> surface;
  SurfaceConjuncts(v, m, &surface);
  if (PlausibleSurfaceList(v, surface)) {
    for (int32_t x : surface) add(x);
  }
}
// The actor that opens the noun phrase of mention `m`: a coded mention that
// ends right before it with only "'s" and lower-case modifiers between
// ("Arnor's Elrond", "the evil Arnor awful Gondor"), else `m` itself.
int32_t PhraseOpeningActor(const SentenceView& v, int32_t m) {
  for (int guard = 0; guard < 4; ++guard) {
    uint32_t b = v.mentions[m].begin;
    uint32_t k = b;
    while (k > v.first && k + 3 > b) {
      const Token& t = v.a.tokens[k - 1];
      bool modifier = t.norm == "'s" || (!(t.flags & (kTokPunct | kTokCapitalized)) && v.parsed &&
                                         v.a.parse[k - 1].upos == kADJ);
      if (!modifier) break;
      --k;
    }
    int32_t p = k > v.first ? v.MentionAt(k - 1) : -1;
    if (p < 0 || p == m || v.mentions[p].code.empty() || v.mentions[p].end != k) return m;
    m = p;
  }
  return m;
}
}  // namespace
// Conjuncts of a source or target mention (CollectFieldConjuncts). PETRARCH
// codes a noun phrase by its first actor, so with a parse a conjunct that an
// actor opens counts as that actor ("deep satisfaction toward Gondor and
// Arnor's Elrond" -> GON, ARN).
void FieldConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  if (v.tabari) {
    TabariConjuncts(v, m, out);
    return;
  }
  size_t first = out->size();
  CollectFieldConjuncts(v, m, out);
  if (!v.parsed) return;
  std::vector<int32_t> kept(out->begin() + static_cast<long>(first), out->end());
  out->resize(first);
  for (size_t i = 0; i < kept.size(); ++i) {
    int32_t x = i == 0 ? kept[i] : PhraseOpeningActor(v, kept[i]);
    if (std::find(out->begin() + static_cast<long>(first), out->end(), x) == out->end()) out->push_back(x);
  }
}
// TABARI's noun test (manual 7.4): a verb-dictionary word is a noun when
// THE, A or AN comes right before it, or when it is capitalised in the
// middle of a sentence that is not all capitals ("is about To Restore").
bool TabariNoun(const SentenceView& v, uint32_t t) {
  if (t > v.first && In(v.a.tokens[t - 1].norm, {"the", "a", "an"})) return true;
  // A possessive ending is not a verb ending (manual 5.2.3): "donate's cash".
  if (t + 1 < v.last && v.a.tokens[t + 1].norm == "'s" && v.a.tokens[t + 1].span.begin == v.a.tokens[t].span.end)
    return true;
  if (t == v.first || !(v.a.tokens[t].flags & kTokCapitalized)) return false;
  for (uint32_t k = v.first; k < v.last; ++k) {
    const Token& tok = v.a.tokens[k];
    for (char ch : tok.form) {
      if (ch >= 'a' && ch <= 'z') return true;  // mixed case: the capital marks a name
    }
  }
  return false;
}
// A mention that is one of two or more coordinated actors.
bool IsCompound(const SentenceView& v, int32_t m) {
  std::vector<int32_t> members;
  FieldConjuncts(v, m, &members);
  size_t coded = 0;
  for (int32_t x : members) coded += !v.mentions[x].code.empty();
  return coded >= 2;
}

}  // namespace dyad::events
