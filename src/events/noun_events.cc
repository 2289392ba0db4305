// Events a noun names (our dictionaries' nouns.tsv): "Iraq's attack on
// Iran", "since Thatcher's trip to Moscow", "injured in Monday's U.S. attack
// on an Iranian offshore oil site". News reports many acts only this way,
// once the verb has been used in an earlier sentence or another article.
//
// A noun names an act that happened only in some places, so the coder takes
// one only where it does: as the subject of a clause, after a preposition of
// time or circumstance ("after", "since", "during", "in", "at", "on", "amid",
// "despite"), as the object of a verb that presupposes the act ("condemned",
// "ended", "held"), or after a noun that does ("in retaliation for"); and
// never with a word that makes it a prospect ("a possible attack", "next
// week's visit", "further sanctions") or under a verb that is itself
// intended, negated or someone else's claim.
#include <string_view>

#include "coder_internal.h"
#include "dyad/parse.h"

namespace dyad::events {
namespace {

bool ProspectModifier(std::string_view w) {
  return In(w, {"possible", "planned", "proposed", "prospective", "threatened", "expected", "imminent", "future",
                "feared", "rumoured", "rumored", "alleged", "reported", "potential", "any", "no", "further",
                "likely", "intended", "scheduled", "upcoming", "forthcoming", "next", "coming", "tomorrow"});
}

// A word before the noun in its phrase makes it a prospect: "a possible
// attack", "next week's visit" (the word may modify the noun's possessor).
bool ProspectPhrase(const SentenceView& v, uint32_t noun) {
  for (uint32_t c = noun > v.first + 6 ? noun - 6 : v.first; c < noun; ++c) {
    if (Dominates(v, noun, c) && ProspectModifier(v.a.tokens[c].norm)) return true;
  }
  return false;
}

// Verbs whose object is an act that took place.
bool PresupposingVerb(std::string_view lemma) {
  return In(lemma, {"condemn", "denounce", "criticise", "criticize", "protest", "praise", "welcome", "report",
                    "confirm", "end", "conclude", "complete", "follow", "resume", "hold", "make", "pay", "mount",
                    "stage", "carry", "launch", "survive", "repel", "repulse", "describe", "deplore", "regret",
                    "rebuff", "open", "begin", "start"});
}

// Nouns whose "for", "to" or "of" phrase names an act that happened: "in
// retaliation for Friday's Iranian missile attack on a Kuwaiti tanker", "in
// response to an Iranian attack against American ships".
bool AftermathNoun(std::string_view w) {
  return In(w, {"retaliation", "response", "reprisal", "reprisals", "revenge", "wake", "aftermath", "confirmation"});
}

// The noun's source: an actor possessor, adjective, name or compound before
// it, or a "by" phrase after it; the first in the text. (Not ArgumentActor,
// whose qualifiers serve a verb's object: it takes "of" phrases, which name
// a noun act's target — "the U.S. bombing of Libya" —, falls back to the
// other party, and finds a name only by its head word, where "by President
// Corazon Aquino" hangs on "Corazon"; making it find a name's root changed
// 14 verb events on Reuters-21578, some for the worse.)
int32_t NounSource(const SentenceView& v, uint32_t noun) {
  int32_t best = -1;
  auto consider = [&](int32_t m) {
    if (m >= 0 && !v.mentions[m].code.empty() && (best < 0 || v.mentions[m].begin < v.mentions[best].begin)) best = m;
  };
  for (uint32_t c = v.first; c < v.last; ++c) {
    if (HeadOf(v, c) != static_cast<int32_t>(noun)) continue;
    const bool before = c < noun && (Rel(v, c, "nmod:poss") || Rel(v, c, "amod") || Rel(v, c, "compound"));
    const bool by = c > noun && Rel(v, c, "nmod") && CaseOf(v, c) == "by";
    if (!before && !by) continue;
    // (Not a role word read as an adjective, "an official visit", which
    // coreference would give the last government named.)
    const int32_t m = MentionOfPhrase(v, c);
    if (m >= 0 && Rel(v, c, "amod") && BareRoleWord(v, m)) continue;
    consider(m);
    for (int32_t id : v.modifier_ids) {
      if (v.mentions[id].head == c) consider(id);
    }
  }
  return best;
}

// Is the noun where an act that happened is named (see the file comment)?
bool NamedAsDone(const SentenceView& v, uint32_t noun) {
  if (ProspectPhrase(v, noun)) return false;
  const int32_t head = HeadOf(v, noun);
  if (head < 0) return false;
  if (Rel(v, noun, "nmod") && AftermathNoun(v.a.tokens[head].norm) && In(CaseOf(v, noun), {"for", "to", "of"}))
    return true;
  const uint32_t h = static_cast<uint32_t>(head);
  const uint8_t hup = v.a.parse[h].upos;
  if (hup != kVERB && hup != kAUX && hup != kADJ) return false;  // (inside another noun phrase: "plans for talks")
  bool placed = false;
  if (Rel(v, noun, "nsubj") || Rel(v, noun, "nsubj:pass")) placed = true;
  if (Rel(v, noun, "obl") && In(CaseOf(v, noun), {"after", "since", "following", "during", "in", "at", "on", "amid", "despite"}))
    placed = true;
  if (Rel(v, noun, "obj") && PresupposingVerb(v.a.parse[h].lemma)) placed = true;
  if (!placed) return false;
  // (Not the subject of a verb that plans it or calls it off: "the prime
  // minister's state visit to Washington is planned for June", "is
  // expected to focus on trade", "was postponed".)
  // (Only as a passive subject for "set" and "called off": "Iraq's attack
  // set off a war" did happen.)
  if ((Rel(v, noun, "nsubj") || Rel(v, noun, "nsubj:pass")) &&
      In(v.a.parse[h].lemma, {"plan", "schedule", "expect", "slate", "due", "postpone", "delay", "cancel", "propose",
                              "consider", "envisage", "pencil", "likely"}))
    return false;
  if (Rel(v, noun, "nsubj:pass") &&
      (v.a.parse[h].lemma == "set" ||
       (v.a.parse[h].lemma == "call" && h + 1 < v.last && v.a.tokens[h + 1].norm == "off")))
    return false;
  if (hup == kVERB && (IntendedAct(v, h) || NegatedInParse(v, h))) return false;
  if (hup == kVERB && EmbeddingOf(v, h, h) != Embedding::kNone) return false;
  return true;
}

// A meeting or talks with no qualifier to say whose: the participant is the
// subject of the clause the noun's phrase belongs to ("Baker told reporters
// at a meeting with Japanese officials"), when the act is placed in time or
// circumstance ("at", "during", "after", ...) and the clause is reported.
int32_t ParticipantSource(const SentenceView& v, uint32_t noun) {
  if (!In(CaseOf(v, noun), {"at", "during", "after", "following", "in", "since", "on", "into"})) return -1;
  if (ProspectPhrase(v, noun)) return -1;
  for (uint32_t u = noun, steps = 0; steps < 3; ++steps) {
    const int32_t h = HeadOf(v, u);
    if (h < 0) return -1;
    u = static_cast<uint32_t>(h);
    if (v.a.parse[u].upos != kVERB) continue;
    if (IntendedAct(v, u) || NegatedInParse(v, u) || EmbeddingOf(v, u, u) != Embedding::kNone) return -1;
    bool passive = false;
    const int32_t m = SourceFromParse(v, u, &passive);
    return m >= 0 && !passive ? m : -1;
  }
  return -1;
}

}  // namespace

void CodeNounEvents(const Lexicon& lex, const SentenceView& v, uint32_t si, std::vector<CodedEvent>* events) {
  if (lex.noun_events.empty() || !v.parsed) return;
  for (uint32_t t = v.first; t < v.last; ++t) {
    const uint8_t up = v.a.parse[t].upos;
    if (up != kNOUN && up != kPROPN) continue;
    const std::string_view w = v.a.tokens[t].norm;
    const NounEvent* ne = lex.FindNounEventForm(w);
    if (ne == nullptr || v.MentionAt(t) >= 0) continue;
    int32_t target = -1;
    for (uint32_t c = t + 1; c < v.last && target < 0; ++c) {
      if (HeadOf(v, c) != static_cast<int32_t>(t) || !Rel(v, c, "nmod")) continue;
      const std::string_view p = CaseOf(v, c);
      for (const std::string& prep : ne->prepositions) {
        if (p == prep) target = ArgumentActor(v, c);
      }
    }
    if (target < 0) continue;
    int32_t source = NounSource(v, t);
    const bool participant = source < 0 && ne->code.starts_with("04");
    if (participant) source = ParticipantSource(v, t);
    if (source < 0 || source == target) continue;
    const std::string& sc = v.mentions[source].code;
    const std::string& tc = v.mentions[target].code;
    if (sc.empty() || tc.empty() || sc == tc || CountryAndItsOwnAgent(sc, tc)) continue;
    if (TalksWithCreditorBanks(v, source, target, tc, ne->code)) continue;
    if (!participant && !NamedAsDone(v, t)) continue;
    CodedEvent ev = VerbEvent(si, source, target, t, ne->code);
    ev.rules.push_back("nouns: " + ne->rule);
    ev.rules.push_back(participant ? "coder: a meeting named by a noun; its participant is the clause's subject"
                                   : "coder: an act named by a noun, reported as done (its source qualifies the noun)");
    events->push_back(std::move(ev));
  }
}

}  // namespace dyad::events
