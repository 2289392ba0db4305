// Who acts on whom in the parse: the subject, object and oblique actors of a
// verb (passives, conjuncts, appositions, relative clauses, complements), the
// surface fallbacks, and the domestic role of an actor acting at home.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "coder_internal.h"
#include "dyad/parse.h"

namespace dyad::events {
namespace {

// Nouns of deciding and undertaking, whose to-infinitive states what their
// possessor decides or offers ("Canada's decision to impose duties").
bool IsIntentNoun(std::string_view lemma) {
  return In(lemma, {"decision", "offer", "plan", "move", "bid", "pledge", "promise", "threat", "vow", "intention",
                    "willingness", "readiness", "commitment", "determination", "resolve", "undertaking"});
}

}  // namespace

// Mention starting within a few determiner-like tokens of `t`.
int32_t MentionStartingNear(const SentenceView& v, uint32_t t, uint32_t max_skip) {
  for (uint32_t k = t, skipped = 0; k < v.last && skipped <= max_skip; ++k, ++skipped) {
    int32_t m = v.MentionAt(k);
    if (m >= 0) return v.mentions[m].begin == k || k == t ? m : -1;
    const Token& tok = v.a.tokens[k];
    // (A round quantity and its "of" cost nothing: "massacred hundreds of
    // civilians", "deported tens of thousands of Haitians".)
    if (IsRoundQuantity(tok.norm) || (tok.norm == "of" && k > v.first && IsRoundQuantity(v.a.tokens[k - 1].norm))) {
      --skipped;
      continue;
    }
    // (So do the words that bound a number: "killed at least 48 people",
    // "massacred more than 300 villagers".)
    auto bounds_number = [](std::string_view w) {
      return In(w, {"more", "than", "at", "least", "about", "nearly", "almost", "some", "over", "around", "up", "to",
                    "roughly", "approximately", "fewer", "less"});
    };
    if (bounds_number(tok.norm)) {
      bool number_follows = false;
      // (A number in words too: "more than one million Ghanaians".)
      for (uint32_t j = k + 1; j < v.last && j < k + 3 && !number_follows; ++j)
        number_follows = (v.a.tokens[j].flags & kTokNumber) || IsRoundQuantity(v.a.tokens[j].norm) ||
                         (v.parsed && v.a.parse[j].upos == kNUM);
      if (number_follows) {
        --skipped;
        continue;
      }
    }
    // (And the rest of a number in words after such a word: "one million".)
    if (v.parsed && v.a.parse[k].upos == kNUM && k > t && k > v.first &&
        (v.a.parse[k - 1].upos == kNUM || bounds_number(v.a.tokens[k - 1].norm))) {
      --skipped;
      continue;
    }
    // (A number too: "granted asylum to five Panamanian officers"; and a
    // participle before the noun: "aid to war-torn Mozambique".)
    if (!IsDeterminerLike(tok.norm) && !(v.parsed && (v.a.parse[k].upos == kADJ || v.a.parse[k].upos == kNUM)) &&
        !(v.parsed && v.a.parse[k].xpos == "VBN" && Rel(v, k, "amod")))
      return -1;
  }
  return -1;
}
// Extends a mention to its conjuncts: "Azerbaijan, Iran and Russia", and the
// coordinated adjectives before a role that share it ("Hungarian and Romanian
// officials": Mention::agent_distributed).
void Conjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out) {
  out->push_back(m);
  for (uint32_t b = v.mentions[m].begin; b >= v.first + 2;) {
    const std::string_view n = v.a.tokens[b - 1].norm;
    if (n != "," && n != "and" && n != "or") break;
    uint32_t e = b - 1;
    if (n != "," && e > v.first && v.a.tokens[e - 1].norm == ",") --e;  // ", and"
    const int32_t prev = e > v.first ? v.MentionAt(e - 1) : -1;
    if (prev < 0 || v.mentions[prev].end != e) break;
    // (Or a party's full name the parser hung on this mention's noun as a
    // compound: "Ethiopia and Tigrayan rebels signed", "Ethiopia" under
    // "rebels".)
    const Mention& pm = v.mentions[prev];
    const bool glued = v.parsed && n == "and" && !pm.code.empty() && !pm.modifier && !pm.pronoun &&
                       Rel(v, pm.head, "compound") && HeadOf(v, pm.head) == static_cast<int32_t>(v.mentions[m].head);
    if (!pm.agent_distributed && !glued) break;
    out->push_back(prev);
    b = v.mentions[prev].begin;
  }
  // (A comma list ends in a conjunction: "killed three ethnic Albanians,
  // police said" is no list of targets; the members after the last "and" or
  // "or" are dropped otherwise.)
  const size_t before = out->size();
  size_t confirmed = before;  // members up to the last one joined by and/or
  uint32_t k = v.mentions[m].end;
  while (k + 1 < v.last) {
    std::string_view n = v.a.tokens[k].norm;
    if (n != "," && n != "and" && n != "or") break;
    uint32_t j = k + 1;
    if (j < v.last && (v.a.tokens[j].norm == "and" || v.a.tokens[j].norm == "or")) ++j;
    int32_t next = MentionStartingNear(v, j, 1);
    if (next < 0) break;
    // (Not the subject of the next clause, whose verb does not govern the
    // list's first member: "killing 19 Israelis, and Hamas claimed
    // responsibility". The parser also makes the last member of a subject
    // list the subject: "Representatives of the U.S., the Soviet Union ...
    // and Japan agreed".)
    if (v.parsed && (Rel(v, v.mentions[next].head, "nsubj") || Rel(v, v.mentions[next].head, "nsubj:pass"))) {
      const int32_t clause = HeadOf(v, v.mentions[next].head);
      if (clause >= 0 && !Dominates(v, static_cast<uint32_t>(clause), v.mentions[m].head)) break;
      // (Nor a speaker after a comma whose verb follows it, even where the
      // parse makes that verb the root: "killing two soldiers, African
      // Union officials said".)
      if (n == "," && j == k + 1 && clause >= 0 && static_cast<uint32_t>(clause) == v.mentions[next].end) break;
    }
    out->push_back(next);
    if (n != "," || j > k + 1) confirmed = out->size();
    k = v.mentions[next].end;
  }
  // (Also when the list goes on with a conjunction to a member that is no
  // actor, "The Singapore, London and New York authorities", and in a
  // headline, which lists with commas: "REAGAN TO VISIT ROME, BERLIN".)
  const bool headline = v.a.sentences[v.mentions[m].sentence].kind == BlockKind::kHeadline;
  if (headline || (k < v.last && (v.a.tokens[k].norm == "and" || v.a.tokens[k].norm == "or"))) confirmed = out->size();
  out->resize(confirmed);
}
// Subject by the dependency parse: nsubj of the verb, climbing xcomp/conj.
// A count of a count is the inner one, whose "of" phrase is the crowd:
// "Tens of thousands of Indonesians rallied" (tens -> thousands ->
// Indonesians).
uint32_t InnermostCount(const SentenceView& v, uint32_t t) {
  for (int guard = 0; guard < 3 && IsRoundQuantity(v.a.tokens[t].norm); ++guard) {
    uint32_t inner = t;
    for (uint32_t u = t + 1; u < v.last && u < t + 4; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "nmod") && IsRoundQuantity(v.a.tokens[u].norm) &&
          CaseOf(v, u) == "of")
        inner = u;
    }
    if (inner == t) break;
    t = inner;
  }
  return t;
}
// The noun that names the people of a crowd phrase: the innermost count's
// "of" noun ("thousands of protesters" -> protesters), else the phrase's
// own head ("protesters", "a mob").
// A word's lemma in lower case: a noun opening the sentence or in a name
// keeps its capital ("Protesters stormed" has the lemma "Protester", "the
// Peace Palace" "Palace").
std::string LowerLemma(const SentenceView& v, uint32_t u) {
  std::string lemma(v.a.parse[u].lemma);
  for (char& c : lemma) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lemma;
}
uint32_t CrowdNoun(const SentenceView& v, uint32_t phrase) {
  const uint32_t count = InnermostCount(v, phrase);
  uint32_t people = count;
  if (IsRoundQuantity(v.a.tokens[count].norm)) {
    for (uint32_t u = count + 1; u < v.last && u < count + 4; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(count) && Rel(v, u, "nmod") && CaseOf(v, u) == "of") people = u;
    }
  }
  return people;
}
int32_t SourceFromParse(const SentenceView& v, uint32_t verb, bool* passive) {
  const auto& P = v.a.parse;
  auto head_of = [&](uint32_t t) -> int32_t {
    int16_t h = P[t].head;
    return h <= 0 ? -1 : static_cast<int32_t>(v.first + h - 1);
  };
  // Some coded mention lies inside the phrase headed by `root` (outside the
  // verb's own clause, which a relative clause's antecedent phrase contains:
  // the walk up from the mention stops at the verb).
  auto phrase_has_actor = [&](uint32_t root) {
    for (int32_t id : v.mention_ids) {
      if (v.mentions[id].code.empty()) continue;
      uint32_t u = v.mentions[id].head;
      for (int guard = 0; guard < 64 && u != root && u != verb; ++guard) {
        const int32_t h = head_of(u);
        if (h < 0) break;
        u = static_cast<uint32_t>(h);
      }
      if (u == root) return true;
    }
    return false;
  };
  // The verb of the clause a phrase's word is in: up through the phrase's
  // words, however the parser labelled them, to the first verb; not out of
  // another clause. -1 if none.
  auto clause_verb_of_phrase = [&](int32_t h) -> int32_t {
    for (int guard = 0; guard < 16 && P[h].upos != kVERB; ++guard) {
      const int32_t up = head_of(static_cast<uint32_t>(h));
      const std::string_view hr = P[h].deprel_name;
      if (up < 0 || RelIs(hr, "acl") || RelIs(hr, "advcl") || RelIs(hr, "ccomp") || RelIs(hr, "xcomp") ||
          RelIs(hr, "csubj") || RelIs(hr, "parataxis"))
        return -1;
      h = up;
    }
    return P[h].upos == kVERB ? h : -1;
  };
  uint32_t cur = verb;
  // Only coordinated verbs climbed so far: their subject is the verb's own
  // ("This operation was coordinated with the Japanese monetary authorities
  // and was funded equally by the Fed": the operation was funded).
  bool conjuncts_only = true;
  for (int depth = 0; depth < 4; ++depth) {
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (head_of(t) != static_cast<int32_t>(cur)) continue;
      std::string_view rel = P[t].deprel_name;
      if (rel == "nsubj" || rel == "nsubj:pass" || rel == "csubj") {
        // Only "for" gives an infinitive a subject of its own ("for the U.S.
        // to demand"), and "with" a participle ("with Ottawa accusing
        // Washington"); a place the parser made one is an oblique of the verb
        // above: "stop in Hong Kong to meet British officials".
        bool misread = false;
        for (uint32_t u = v.first; u < t && !misread; ++u) {
          misread = head_of(u) == static_cast<int32_t>(cur) && P[u].deprel_name == "mark" &&
                    In(v.a.tokens[u].norm, {"in", "at", "on", "into", "from"});
        }
        if (misread) continue;
        // (The parser may give the verb a second subject that is an actor:
        // "Human rights watchdog Amnesty International accused ...", split
        // into "rights" and "Amnesty"; a role with no actor of its own,
        // "human rights watchdog", gives way to it.)
        bool second = false;
        for (uint32_t u = t + 1; u < cur && !second; ++u) {
          const int32_t mu = v.MentionAt(u);
          second = head_of(u) == static_cast<int32_t>(cur) && P[u].deprel_name == "nsubj" && mu >= 0 &&
                   !v.mentions[mu].code.empty();
        }
        int32_t m = v.MentionAt(t);
        if (second && m >= 0 && v.mentions[m].code.empty()) continue;
        // A month or a weekday is a misread time, not the subject: "in Libya
        // last April, France refused", with "April" the subject and "France"
        // its apposition, made Libya (inside "April"'s phrase) the refuser.
        if (m < 0 && v.a.tokens[t].norm != "may" &&
            (IsMonthName(v.a.tokens[t].norm) || IsWeekdayName(v.a.tokens[t].norm)))
          continue;
        if (rel == "nsubj:pass" && PassiveInParse(v, cur)) *passive = true;
        // (A member role of no country is its group's: "Gunmen from the Abu
        // Sayyaf group kidnapped", "Fighters from Hezbollah".)
        if (m >= 0 && v.mentions[m].code.empty() &&
            In(P[t].lemma, {"gunman", "fighter", "militant", "member", "supporter", "follower", "loyalist"})) {
          for (uint32_t u = t + 1; u < v.last; ++u) {
            if (head_of(u) != static_cast<int32_t>(t) || P[u].deprel_name != "nmod" || !In(CaseOf(v, u), {"of", "from"}))
              continue;
            const int32_t inner = MentionOfPhrase(v, u);
            if (inner >= 0 && !v.mentions[inner].code.empty()) return inner;
            break;
          }
        }
        if (m >= 0) return m;
        // A relative pronoun stands for the noun its clause modifies: the
        // source of "Leutwiler, who in turn notified the South Africans" is
        // Leutwiler (no actor), not the nearest actor before the verb.
        if (P[cur].deprel_name == "acl:relcl" && In(v.a.tokens[t].norm, {"who", "which", "that"})) {
          const int32_t antecedent = head_of(cur);
          if (antecedent < 0) return -1;
          // ("an IMF commission which visited Yugoslavia": the actor named
          // inside the antecedent's own phrase.)
          m = MentionOfPhrase(v, static_cast<uint32_t>(antecedent));
          return m >= 0 ? m : phrase_has_actor(static_cast<uint32_t>(antecedent)) ? -1 : -2;
        }
        // The same when the parser attached the relative clause elsewhere
        // (", who notified ..." as parataxis): the antecedent is the word
        // before the pronoun and its comma.
        if (In(v.a.tokens[t].norm, {"who", "which"}) && t > v.first) {
          uint32_t b = t;
          while (b > v.first && v.a.tokens[b - 1].norm == ",") --b;
          if (b > v.first && b < t) {
            m = v.MentionAt(b - 1);
            return m >= 0 ? m : -2;
          }
        }
        // The subject phrase may contain the mention ("the leadership of Armenia"),
        // but not one it excludes ("All ATPC members except Zaire and Australia").
        const uint32_t phrase = InnermostCount(v, t);
        // (And the crowd a count counts, with the actor that qualifies it:
        // "Thousands of Houthi supporters rallied".)
        int32_t crowd = -1;
        if (IsRoundQuantity(v.a.tokens[phrase].norm)) {
          for (uint32_t u = phrase + 1; u < v.last && u < phrase + 6 && crowd < 0; ++u) {
            if (head_of(u) == static_cast<int32_t>(phrase) && P[u].deprel_name == "nmod" && CaseOf(v, u) == "of" &&
                P[u].upos == kNOUN)
              crowd = static_cast<int32_t>(u);
          }
        }
        for (int32_t id : v.mention_ids) {
          // (By the mention's top word: "many nations -- Hong Kong, Canada,
          // ..." hangs "Hong" on "nations", "Kong" a flat dependent.)
          const uint32_t mh = MentionTopWord(v, v.mentions[id]);
          const bool qualifies_crowd = crowd >= 0 && head_of(mh) == crowd && mh < static_cast<uint32_t>(crowd) &&
                                       (P[mh].deprel_name == "compound" || P[mh].deprel_name == "amod" ||
                                        P[mh].deprel_name == "nmod:poss");
          if (head_of(mh) != static_cast<int32_t>(phrase) && !qualifies_crowd) continue;
          bool excluded = false;
          for (uint32_t u = v.first; u < mh; ++u) {
            excluded = excluded || (head_of(u) == static_cast<int32_t>(mh) && P[u].deprel_name == "case" &&
                                    In(v.a.tokens[u].norm, {"except", "excluding", "without", "besides", "unlike"}));
          }
          // (Nor a place the named thing is in: "The Louvre in Paris welcomed
          // 8.9 million visitors" is no act of Paris.)
          if (In(CaseOf(v, mh), {"in", "at", "near", "outside"}) && v.mentions[id].agent < 0) continue;
          if (!excluded) return id;
        }
        // Followers and members are their leader's or body's, however deep
        // the name: "Supporters of Iraqi Shi'ite cleric Moqtada al-Sadr
        // stormed the Swedish embassy".
        // (Also counted: "Thousands of supporters of the Houthis".)
        const uint32_t member = crowd >= 0 ? static_cast<uint32_t>(crowd) : t;
        if (In(P[member].lemma, {"supporter", "follower", "loyalist", "partisan", "member", "backer", "fighter",
                                 "militant", "gunman", "activist", "protester", "demonstrator"})) {
          for (uint32_t u = member + 1; u < v.last; ++u) {
            // (Or "from" it: "Gunmen from the Abu Sayyaf group kidnapped".)
            if (head_of(u) != static_cast<int32_t>(member) || P[u].deprel_name != "nmod" ||
                !In(CaseOf(v, u), {"of", "from"}))
              continue;
            const int32_t inner = MentionOfPhrase(v, u);
            if (inner >= 0) return inner;
            break;
          }
        }
        // An attack's national adjective names its author: "The Iraqi attack
        // killed 50 Iranian soldiers", "Israeli air raids killed ..." (a bare
        // adjective is otherwise no actor: "Russian oil exports rose").
        if (In(P[t].lemma, {"attack", "raid", "strike", "airstrike", "bombing", "shelling", "offensive", "assault",
                            "bombardment", "incursion", "invasion", "ambush"})) {
          for (int32_t id : v.modifier_ids) {
            const uint32_t mh = v.mentions[id].head;
            if (!v.mentions[id].code.empty() && head_of(mh) == static_cast<int32_t>(t) &&
                (P[mh].deprel_name == "amod" || P[mh].deprel_name == "compound"))
              return id;
          }
        }
        // A noun phrase with no actor anywhere in it is the real subject, and
        // there is no source ("Anglo American Gold Investment Co chairman
        // Julian Thompson urged the South African government"). A pronoun the
        // resolver left open ("it", "we"), or a phrase whose actor the parse
        // placed oddly, may still stand for the actor the surface finds.
        // (Nor a name we do not know as the subject of a subordinate clause,
        // whose nearest actor before it is another clause's: "China took
        // measures after Pelosi visited Taiwan" is no visit of China's. Not a
        // reported clause, whose unknown speaker is often the reporter's own
        // official: "The Ministry said de Mel asked the World Bank".)
        bool subordinate = false;
        for (uint32_t u = v.first; u < verb && RelIs(P[verb].deprel_name, "advcl"); ++u) {
          subordinate = subordinate || (head_of(u) == static_cast<int32_t>(verb) && P[u].deprel_name == "mark" &&
                                        In(v.a.tokens[u].norm, {"after", "when", "before", "as", "while", "since",
                                                                "because", "until", "once", "although", "though"}));
        }
        if (P[t].upos == kPROPN && depth == 0 && subordinate && !phrase_has_actor(t) &&
            (v.a.tokens[t].flags & kTokCapitalized) && !(v.a.tokens[t].flags & kTokAllCaps))
          return -2;
        if (P[t].upos != kNOUN || (depth > 0 && !conjuncts_only) || phrase_has_actor(t) ||
            In(v.a.tokens[t].norm, {"yesterday", "today", "tomorrow", "tonight", "week", "month", "year"}))
          return -1;
        return -2;
      }
    }
    // A tensed verb with no subject in the parse, right after a common noun
    // that is no actor and not the verb's own dependent: the parser made the
    // noun some other word's ("after mourners clashed with police", "after"
    // read as a preposition), and the noun is the subject — so no source, not
    // the nearest actor before it.
    // (Or a participle with an object, which only a past tense has: "after a
    // deadly earthquake struck Athens", "struck" a reduced relative clause.)
    if (depth == 0 && verb > v.first && (In(P[verb].xpos, {"VBD", "VBZ", "VBP"}) ||
                                         (P[verb].xpos == "VBN" && HasObject(v, verb)))) {
      const uint32_t b = verb - 1;
      // (Not a conjunct of an actor: "The United States and 12 other
      // industrial nations granted Argentina a bridge loan".)
      const int32_t bh = head_of(b);
      // (A role of no country is no actor either: "after mourners clashed".)
      const int32_t mb = v.MentionAt(b);
      const bool no_actor = mb < 0 || v.mentions[mb].code.empty() || v.mentions[mb].code.starts_with("---");
      if (P[b].upos == kNOUN && no_actor && bh != static_cast<int32_t>(verb) &&
          !(P[b].deprel_name == "conj" && bh >= 0 && v.MentionAt(static_cast<uint32_t>(bh)) >= 0))
        return -2;
    }
    // A passive verb with neither subject nor agent in the parse names no
    // doer: "after a ballistic missile was fired at Riyadh" ("after" read as
    // the preposition of "missile") is no act of the nearest actor before it.
    if (depth == 0) {
      bool aux_pass = false, agent_or_subject = false;
      for (uint32_t t = v.first; t < v.last; ++t) {
        if (head_of(t) != static_cast<int32_t>(verb)) continue;
        // (A form of "be": the parser has also called a name so.)
        aux_pass = aux_pass || (P[t].deprel_name == "aux:pass" && IsBeForm(v.a.tokens[t].norm));
        agent_or_subject = agent_or_subject || P[t].deprel_name == "obl:agent" || P[t].deprel_name.starts_with("nsubj");
      }
      // (Nor a "by" after it, however the parser hung it: "was invited back
      // by Treasury Secretary James Baker".)
      for (uint32_t t = verb + 1; t < v.last && aux_pass && !agent_or_subject; ++t) {
        if (v.a.tokens[t].norm == "," || v.a.tokens[t].norm == ";") break;
        agent_or_subject = v.a.tokens[t].norm == "by";
      }
      if (aux_pass && !agent_or_subject) return -2;
    }
    std::string_view rel = P[cur].deprel_name;
    int32_t h = head_of(cur);
    if (h < 0) break;
    if (rel == "xcomp") {
      // Object control ("urge Armenia to trust"): the controller is the object.
      // (Not a noun of intent, whose own clause the parser hung on the verb:
      // "Guyana expressed willingness to resolve its dispute" is Guyana's.)
      for (uint32_t t = v.first; t < v.last; ++t) {
        if (head_of(t) == h && P[t].deprel_name == "obj" && !IsIntentNoun(P[t].lemma)) {
          int32_t m = v.MentionAt(t);
          return m >= 0 ? m : -2;
        }
      }
    } else if (rel == "acl" && P[cur].xpos == "VBG" &&
               In(v.a.tokens[h].norm, {"committee", "committees", "commission", "commissions", "panel", "panels",
                                       "jury", "juries", "tribunal", "inquiry", "subcommittee"})) {
      // A body named by a common noun is the subject of the present participle
      // that modifies it ("a House committee probing an expansion of White
      // House control", "a grand jury investigating the Iran arms scandal");
      // with no actor of its own there is no source, not the nearest actor
      // before it ("the Iran arms scandal"). (Other nouns are left to the
      // surface: the parser also hangs "repulsed the attack, killing
      // thousands" and "a statement deploring Japan's imbalance" so.)
      const int32_t m = MentionOfPhrase(v, static_cast<uint32_t>(h));
      return m >= 0 ? m : phrase_has_actor(static_cast<uint32_t>(h)) ? -1 : -2;
    } else if (rel == "acl:relcl" || rel == "acl" ||
               // (Or the subjectless parataxis of a nominal root: "West Germany
               // and Japan, meanwhile, agreed to stimulate domestic demand",
               // the root "Germany".)
               (rel == "parataxis" && head_of(static_cast<uint32_t>(h)) < 0 &&
                (P[static_cast<uint32_t>(h)].upos == kPROPN || P[static_cast<uint32_t>(h)].upos == kNOUN))) {
      // A participle after a comma, hung on the noun before it, is the
      // clause's own: "An invasive fungus ... has spread from Colombia to
      // Peru and Venezuela, threatening fruit exports to Europe" is the
      // fungus's threat, not Venezuela's; its subject is the clause's, as a
      // conjunct's is.
      if (rel == "acl" && P[cur].xpos == "VBG" && cur > v.first && v.a.tokens[cur - 1].norm == ",") {
        const int32_t clause = clause_verb_of_phrase(h);
        if (clause >= 0) {
          cur = static_cast<uint32_t>(clause);
          continue;
        }
      }
      // "the World Bank approved a loan to help Brazil": the noun is rarely
      // the actor; without one, the surface guess stays.
      int32_t m = v.MentionAt(static_cast<uint32_t>(h));
      // (A to-infinitive of the clause's object that names no country, a
      // means sent or led, states the purpose of who sends or leads it:
      // "Kenya offered to lead a multinational security force to help
      // Haiti's police" is Kenya's help.)
      // (Not a noun of intent or one with a possessor, whose own: "pondered
      // President Reagan's decision to impose tariffs", below.)
      bool possessor = false;
      for (uint32_t t = v.first; t < static_cast<uint32_t>(h) && !possessor; ++t)
        possessor = head_of(t) == h && P[t].deprel_name == "nmod:poss";
      const bool countryless = m < 0 || v.mentions[m].code.empty() || v.mentions[m].code.starts_with("---");
      const int32_t sender = head_of(static_cast<uint32_t>(h));
      if (rel == "acl" && countryless && !possessor && !IsIntentNoun(P[h].lemma) &&
          Rel(v, static_cast<uint32_t>(h), "obj") && ToInfinitive(v, cur) && sender >= 0 &&
          P[static_cast<uint32_t>(sender)].upos == kVERB) {
        cur = static_cast<uint32_t>(sender);
        continue;
      }
      if (m >= 0) return m;
      // (A noun's possessor decides or offers what its to-infinitive states:
      // "challenging Canada's decision to impose duties on U.S. corn
      // imports".)
      // (Not "Japan's failure to honor an agreement to ... open its
      // markets": only nouns of deciding and undertaking.)
      const bool decision = rel == "acl" && IsIntentNoun(P[h].lemma);
      // A present participle's noun is its subject, so the noun's actor
      // modifier acts, not the nearest actor before it: "their assault on
      // Iraqi lines defending the southern city of Basra" is Iraq's defence,
      // no act of the attackers; "support for the U.S. position in opposing
      // the proposed European Community tax" is the U.S.'s opposition.
      const bool participle = rel == "acl" && P[cur].xpos == "VBG";
      if (decision || participle) {
        // (Or its actor modifier: "the Canadian government decision to apply
        // a duty of 84.9 cents per bushel on U.S. corn shipments".)
        for (uint32_t t = v.first; t < static_cast<uint32_t>(h); ++t) {
          if (head_of(t) != h || !(P[t].deprel_name == "nmod:poss" || P[t].deprel_name == "compound" ||
                                   P[t].deprel_name == "amod"))
            continue;
          m = MentionOfPhrase(v, t);
          if (m < 0 || v.mentions[m].code.empty()) {
            m = -1;
            for (int32_t id : v.modifier_ids) {
              if (v.mentions[id].head == t && !v.mentions[id].code.empty()) {
                m = id;
                break;
              }
            }
          }
          if (m >= 0) return m;
        }
      }
      return -1;
    } else if (rel != "conj" && rel != "advcl" && rel != "ccomp") {
      break;
    }
    // A new clause keeps its own subject; but a participle or to-infinitive
    // purpose clause has none and shares its head's ("After travelling this
    // week to France, Germany, Switzerland and Italy, Funaro hopes to visit
    // Canada": Funaro travels; "farmers gathered in central Tokyo to urge the
    // government": the farmers urge).
    if (rel == "ccomp") break;
    // (Of the same form: "Baker said the agreement imposes particular
    // sacrifices on Japan and praised Japan's willingness", "praised" hung on
    // "imposes", is Baker's.)
    // (Or a present participle after a comma: "has spread from Colombia to
    // Peru and Venezuela, threatening fruit exports" shares the clause's
    // subject, the fungus, and with it no actor.)
    const bool comma_participle = rel == "advcl" && P[cur].xpos == "VBG" && cur > v.first &&
                                  v.a.tokens[cur - 1].norm == ",";
    conjuncts_only = conjuncts_only && ((rel == "conj" && P[cur].xpos == P[h].xpos) || comma_participle);
    if (rel == "advcl") {
      const std::string_view x = P[cur].xpos;
      bool to_purpose = false;  // "Baldrige will stop in Hong Kong to meet British officials"
      for (uint32_t t = v.first; t < cur && !to_purpose; ++t) {
        to_purpose = head_of(t) == static_cast<int32_t>(cur) && P[t].deprel_name == "mark" && v.a.tokens[t].norm == "to";
      }
      if (x != "VBG" && !(x == "VB" && to_purpose)) break;
      bool marked_clause = false;  // "if", "because", "while" + a participle still
      for (uint32_t t = v.first; t < v.last && !marked_clause; ++t) {
        marked_clause = head_of(t) == static_cast<int32_t>(cur) && P[t].deprel_name == "mark" &&
                        !In(v.a.tokens[t].norm, {"to", "before", "after", "by", "in", "on", "without", "while",
                                                 "when", "since"});
      }
      if (marked_clause) break;
      // (A participle clause the parser hung on a noun belongs to the clause
      // the noun is in: "Funaro will be explaining Brazil's actions to ...
      // Volcker and International Monetary Fund managing director Michel
      // Camdessus before travelling to Europe" is Funaro's trip.)
      // (Up through the phrase's words, however the parser labelled them,
      // to the first verb; not out of another clause.)
      if (P[h].upos == kNOUN || P[h].upos == kPROPN) {
        h = clause_verb_of_phrase(h);
        if (h < 0) return -1;
      }
    }
    cur = static_cast<uint32_t>(h);
  }
  return -1;
}
namespace {
// Tokens [b, e) are a few lower-case noun-phrase words (at most three, no
// punctuation, no mention): "new mayor" in "Gondor's new mayor left".
bool PhraseUpTo(const SentenceView& v, uint32_t b, uint32_t e) {
  if (e <= b || e - b > 3) return false;
  for (uint32_t k = b; k < e; ++k) {
    const Token& t = v.a.tokens[k];
    if ((t.flags & (kTokPunct | kTokCapitalized)) || v.MentionAt(k) >= 0) return false;
  }
  return true;
}
}  // namespace
// Surface heuristic: the nearest actor mention to the left of the verb in the
// same clause and quotation, not inside a prepositional phrase.
int32_t SourceLeft(const SentenceView& v, uint32_t verb, bool possessor_subject) {
  int32_t verb_quote = v.QuoteOf(verb);
  for (auto it = v.mention_ids.rbegin(); it != v.mention_ids.rend(); ++it) {
    const Mention& m = v.mentions[*it];
    if (m.end > verb) continue;
    if (v.QuoteOf(m.begin) != verb_quote) continue;
    bool blocked = false;
    for (uint32_t k = m.end; k < verb; ++k) {
      if (IsClauseBreak(v.a.tokens[k])) blocked = true;
    }
    if (blocked) break;
    if (m.code.empty()) continue;
    // Not inside a relative clause set off by commas that closes before the
    // verb: in "Conable, who is here to meet government leaders, expressed
    // confidence" the leaders are the relative clause's, Conable the subject.
    bool closed = false;  // a comma between the mention and the verb
    for (uint32_t k = m.end; k < verb && !closed; ++k) closed = v.a.tokens[k].norm == ",";
    bool opened = false;  // ", who" or ", which" before it, no comma between
    for (uint32_t j = m.begin; closed && !opened && j-- > v.first + 1;) {
      const std::string_view w = v.a.tokens[j].norm;
      if (w == "," || IsClauseBreak(v.a.tokens[j])) break;
      opened = In(w, {"who", "which"}) && v.a.tokens[j - 1].norm == ",";
    }
    if (opened) continue;
    if (m.begin > v.first) {
      std::string_view prev = v.a.tokens[m.begin - 1].norm;
      if (In(prev, {"of", "in", "to", "with", "from", "against", "for", "on", "at", "by", "about",
                    "into", "over", "between", "among", "toward", "towards"}))
        continue;
    }
    // Followed by "'s" + noun: a possessor, not the subject ("Russia's neighbours").
    // Field dictionaries code a subject phrase by the actor inside it, so there
    // a possessor whose phrase runs up to the verb stands for it ("Caras
    // Galadhon's new mayor left").
    if (m.end < verb && v.a.tokens[m.end].norm == "'s") {
      if (!possessor_subject || !PhraseUpTo(v, m.end + 1, verb)) continue;
    }
    return *it;
  }
  return -1;
}
int32_t AgentAfterBy(const SentenceView& v, uint32_t from) {
  for (uint32_t k = from; k < v.last && k < from + 4; ++k) {
    if (v.a.tokens[k].norm != "by") continue;
    const int32_t m = MentionStartingNear(v, k + 1, 2);
    if (m >= 0) return m;
    // (Or a bare actor adjective of a noun we have no role for: "was
    // tortured for days by Egyptian security agents", "shot dead by a
    // Russian agent"; not of a name we do not know.)
    for (int32_t id : v.modifier_ids) {
      const Mention& mm = v.mentions[id];
      if (mm.code.empty() || mm.begin <= k || mm.begin > k + 3 || mm.end >= v.last) continue;
      bool determiners = true;
      for (uint32_t u = k + 1; u < mm.begin; ++u) determiners = determiners && IsDeterminerLike(v.a.tokens[u].norm);
      if (determiners && !(v.a.tokens[mm.end].flags & kTokCapitalized)) return id;
    }
    return -1;
  }
  return -1;
}
bool HostileCueAt(const Lexicon& lex, const Analysis& a, uint32_t t, uint32_t last, uint32_t* len) {
  for (const auto& phrase : lex.hostile_conduct) {
    if (t + phrase.size() > last) continue;
    bool ok = true;
    for (size_t k = 0; k < phrase.size() && ok; ++k) ok = a.tokens[t + k].norm == phrase[k];
    if (ok) {
      *len = static_cast<uint32_t>(phrase.size());
      return true;
    }
  }
  return false;
}
// One side is a bare country and the other an agent of that country: "Iran's
// navy commander warned that Iran would close the Strait" (IRNMIL -> IRN),
// "Brazil and its bank advisory committee agreed" (BRA <-> BRABUS), "Japan's
// business group Keidanren urged the government" (JPN -> JPNGOV). In the
// Reuters-21578 output of our dictionaries such pairs (about 110) were almost
// all coding artefacts, so they are not events; two agents of one country
// (USAGOV -> USALEG) still are.
// (Not the state against its armed or political opponents, whose conflict
// is the event: "Croatia attacked Croatian extremists", "Iraqi Kurdish rebels
// attacked Iraq" — REB, INS, SEP, UAF, RAD, OPP.)
bool CountryAndItsOwnAgent(const std::string& a, const std::string& b) {
  if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b, 0, 3) != 0 || a.starts_with("IGO")) return false;
  if ((a.size() == 3) == (b.size() == 3)) return false;
  const std::string& agent = a.size() == 3 ? b : a;
  const std::string_view role = std::string_view(agent).substr(agent.size() - 3);
  return !In(role, {"REB", "INS", "SEP", "UAF", "RAD", "OPP"});
}
// A government that meets, briefs or talks to "the banks" (with no country of
// their own), or to its own "bank advisory committee", deals with its foreign
// creditors, whose nationality the sentence does not give: "Gros is also
// expected to brief the banks", "He would then talk to the commercial banks",
// "will meet Brazil's bank advisory committee", "after his first meeting with
// Brazil's bank advisory committee". No event for such a consultation or
// intent (03, 04).
bool TalksWithCreditorBanks(const SentenceView& v, int32_t src, int32_t tgt, const std::string& tgt_code,
                            std::string_view code) {
  const std::string& sc = v.mentions[src].code;
  return (code.starts_with("03") || code.starts_with("04")) && sc.ends_with("GOV") && tgt_code.ends_with("BUS") &&
         v.parsed && In(v.a.parse[v.mentions[tgt].head].lemma, {"bank", "committee"}) &&
         (v.mentions[tgt].actor < 0 || tgt_code.compare(0, 3, sc, 0, 3) == 0);
}
bool SameActor(const std::string& a, const std::string& b) {
  return a.substr(0, 3) == b.substr(0, 3) && a.rfind("IGO", 0) != 0;
}
// A `to`-infinitive clause head without a subject of its own.
bool ToInfinitive(const SentenceView& v, uint32_t t) {
  bool to = false;
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(t)) continue;
    if (Rel(v, u, "nsubj") || Rel(v, u, "csubj")) return false;
    if (u < t && Rel(v, u, "mark") && v.a.tokens[u].norm == "to") to = true;
  }
  return to;
}
// Does the path from token t up to `verb` pass through a clausal dependent
// (xcomp, ccomp, advcl, acl)? An adjective as the verb's own xcomp is its
// secondary predicate, no clause ("was shot dead in Osgiliath").
bool InsideClauseOf(const SentenceView& v, uint32_t verb, uint32_t t) {
  for (int guard = 0; guard < 64 && t != verb; ++guard) {
    int32_t h = HeadOf(v, t);
    if (h < 0) return false;
    if (Rel(v, t, "xcomp") && v.a.parse[t].upos == kADJ && static_cast<uint32_t>(h) == verb) return false;
    if (Rel(v, t, "xcomp") || Rel(v, t, "ccomp") || Rel(v, t, "advcl") || Rel(v, t, "acl")) return true;
    t = static_cast<uint32_t>(h);
  }
  return false;
}
bool IsPronoun(const SentenceView& v, uint32_t t) {
  std::string_view n = v.a.tokens[t].norm;
  return n == "it" || n == "he" || n == "she" || n == "they";
}
// The mention that a noun phrase stands for: its own, else the first coded
// mention inside the phrase, not inside a clause of it ("the government of
// Gondor", "goats of Gondor"; not "the parade supporting Gondor").
uint32_t MentionTopWord(const SentenceView& v, const Mention& m) {
  uint32_t u = m.head;
  for (int guard = 0; guard < 8; ++guard) {
    const int32_t up = HeadOf(v, u);
    if (up < 0 || static_cast<uint32_t>(up) < m.begin || static_cast<uint32_t>(up) >= m.end) break;
    u = static_cast<uint32_t>(up);
  }
  return u;
}
int32_t MentionOfPhrase(const SentenceView& v, uint32_t t) {
  int32_t m = v.MentionAt(t);
  if (m >= 0) return m;
  for (int32_t id : v.mention_ids) {
    if (v.mentions[id].code.empty() || !Dominates(v, t, v.mentions[id].head)) continue;
    bool clause = false;
    for (uint32_t u = v.mentions[id].head; u != t && !clause;) {
      clause = v.a.parse[u].upos == kVERB || Rel(v, u, "acl") || Rel(v, u, "conj");
      u = static_cast<uint32_t>(HeadOf(v, u));
    }
    if (!clause) return id;
  }
  return -1;
}
// The preposition (`case` dependent) of a nominal, "" if none.
std::string_view CaseOf(const SentenceView& v, uint32_t t) {
  for (uint32_t u = v.first; u < t; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "case")) return v.a.tokens[u].norm;
  }
  return {};
}
// CAMEO region codes (data/dict/actors.tsv, "Regions and blocs").
bool IsRegionCode(std::string_view c) {
  return In(c, {"AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MDT", "MEA",
                "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST"});
}
// The actor a verb's argument names: the argument itself or an actor that
// qualifies its head word directly — a possessor, adjective or compound
// ("Israeli attacks", "an Indian proposal", "Saudi Arabia's Oil Minister"; a
// bare adjective only here, see Mention::modifier) or an "of"/"by"
// modifier ("the attack by Israel") — or a conjunct of one ("World Bank and
// IMF officials"); the leftmost of them, as a phrase is coded by its first
// actor ("EC Commission president Jacques Delors": the EC). Deeper actors are
// not taken ("a move for a tax which West Germany is against"). Failing all
// these, a modifier naming the noun's other party (below).
int32_t ArgumentActor(const SentenceView& v, uint32_t arg, ActKind kind) {
  const bool appeal = kind == ActKind::kAppeal;
  arg = InnermostCount(v, arg);
  // (And the name the argument's noun introduces: "shelled the southern
  // regional capital Juba", "Juba" an apposition of "capital".)
  auto qualifies = [&](uint32_t u) {
    return HeadOf(v, u) == static_cast<int32_t>(arg) &&
           (Rel(v, u, "nmod:poss") || Rel(v, u, "amod") || Rel(v, u, "compound") ||
            (Rel(v, u, "nmod") && In(CaseOf(v, u), {"of", "by"})) ||
            (Rel(v, u, "appos") && v.a.parse[u].upos == kPROPN && v.a.parse[arg].upos == kNOUN));
  };
  int32_t best = -1;
  auto consider = [&](int32_t id, bool modifier) {
    const Mention& mm = v.mentions[id];
    // (A role of no stated country only as the noun's possessor, which the
    // caller codes by its domestic source: "protested against the
    // government's judicial overhaul".)
    if (mm.code.empty() && (modifier || mm.agent < 0 || mm.pronoun || HeadOf(v, mm.head) != static_cast<int32_t>(arg) ||
                            !Rel(v, mm.head, "nmod:poss")))
      return;
    // (Nor a bare role word used as the noun's adjective, whatever
    // coreference gave it: "struck military sites in Iran" names no
    // military, and the source's own would make no event at all.)
    if (BareRoleWord(v, id) && (Rel(v, mm.head, "amod") || Rel(v, mm.head, "compound"))) return;
    // (The parse's root of the mention's words: "by Armenian Prime Minister
    // Nikol Pashinyan" hangs on "Nikol".)
    const uint32_t u = modifier ? mm.head : MentionTopWord(v, mm);
    const int32_t h = HeadOf(v, u);
    // A bare actor adjective counts only as the argument's own modifier.
    // (Also the owner of the author: "rejected recent calls by Belarus's
    // bureaucrats", where "bureaucrats" is no role we know.)
    // (Or of the description before a name: "arrested American pastor
    // Andrew Brunson", "American" under "pastor", a description of "Andrew".)
    auto describes_arg = [&](int32_t d) {
      return d >= 0 && HeadOf(v, static_cast<uint32_t>(d)) == static_cast<int32_t>(arg) &&
             Rel(v, static_cast<uint32_t>(d), "nmod:desc") && v.a.parse[arg].upos == kPROPN;
    };
    const bool ok = modifier ? ((HeadOf(v, u) == static_cast<int32_t>(arg) || describes_arg(HeadOf(v, u))) &&
                                (Rel(v, u, "amod") || Rel(v, u, "compound")))
                             : u == arg || qualifies(u) ||
                                   (h >= 0 && Rel(v, u, "conj") && qualifies(static_cast<uint32_t>(h))) ||
                                   (h >= 0 && Rel(v, u, "nmod:poss") && Rel(v, static_cast<uint32_t>(h), "nmod") &&
                                    CaseOf(v, static_cast<uint32_t>(h)) == "by" && qualifies(static_cast<uint32_t>(h)));
    if (ok && (best < 0 || mm.begin < v.mentions[best].begin)) best = id;
  };
  for (int32_t id : v.mention_ids) consider(id, false);
  // An adjective only when no mention qualifies: "Japanese creditor banks"
  // is the mention JPNBUS, not the adjective's JPN. But an adjective does win
  // over an "of" modifier, which names what the noun is about, not whose it
  // is: "opposes Soviet membership of the World Bank" is about the Soviets.
  const bool of_modifier = best >= 0 && v.mentions[best].head != arg &&
                           Rel(v, v.mentions[best].head, "nmod") && HeadOf(v, v.mentions[best].head) == static_cast<int32_t>(arg);
  if (best < 0 || of_modifier) {
    const int32_t named = best;
    best = -1;
    for (int32_t id : v.modifier_ids) consider(id, true);
    if (best < 0) best = named;
  }
  if (best >= 0) return best;
  // A possessor we know no actor for is still the noun's party: "supported
  // Credit Suisse's call for the government not to impose the gold tax"
  // supports Credit Suisse, not the government.
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(arg) && Rel(v, u, "nmod:poss") && v.a.parse[u].upos == kPROPN) return -1;
  }
  // Else a modifier that names the other party of the noun: "demanded an
  // apology from Georgia", "called for sanctions against Georgia", "promised
  // aid to Mozambique", "hosted a meeting between Israel and the PLO",
  // "rejected an invitation from Egypt". Only when nothing qualifies the noun
  // itself: "rejected Iran's proposal to Iraq" is about Iran's proposal.
  // For an appeal or demand, only the party it is made of or against: the
  // beneficiary of "urges subsidies for USSR" or of "urging support for
  // Parliament" is not whom the appeal addresses.
  // An act of cooperation or support is not done to the party the noun is
  // against: "defended the new sanctions against Japan", "supported
  // sanctions against Iraq".
  // What is investigated, criticised or rejected is the act, not the party
  // it is done to: "to investigate secret arms sales to Iran", "criticised
  // the sanctions against Japan" (but "rejected an invitation from Egypt",
  // "rejected a substantive role for the IMF").
  // (Not a region, which such a modifier names as a place: "flights to
  // Europe", "a pact to ban missiles from Europe".)
  // (A sanction's "on" names whom it hits: "imposed a 15 per cent duty on
  // Canadian lumber exports".)
  auto names_other_party = [&](uint32_t u) {
    const std::string_view c = CaseOf(v, u);
    return HeadOf(v, u) == static_cast<int32_t>(arg) && Rel(v, u, "nmod") &&
           (In(c, {"from", "against", "with", "to", "for", "between", "toward", "towards"}) ||
            (kind == ActKind::kSanction && In(c, {"on", "upon"}))) &&
           !(appeal && !In(c, {"from", "against", "with"})) &&
           !(kind == ActKind::kScrutiny && !In(c, {"from", "for"})) &&
           !(kind == ActKind::kSupport && c == "against");
  };
  for (int32_t id : v.mention_ids) {
    const Mention& mm = v.mentions[id];
    if (mm.code.empty() || IsRegionCode(mm.code)) continue;
    uint32_t u = mm.head;
    const int32_t h = HeadOf(v, u);
    if (h >= 0 && Rel(v, u, "conj") && HeadOf(v, static_cast<uint32_t>(h)) == static_cast<int32_t>(arg)) u = static_cast<uint32_t>(h);
    // (Or the owner of what the noun is against: "staged a mass rally in
    // Seoul against Japan's plan".)
    if (h >= 0 && Rel(v, u, "nmod:poss") && CaseOf(v, static_cast<uint32_t>(h)) == "against") u = static_cast<uint32_t>(h);
    if (!names_other_party(u)) continue;
    if (best < 0 || mm.begin < v.mentions[best].begin) best = id;
  }
  if (best >= 0) return best;
  // (Or a bare actor adjective of that modifier: "threatened to impose
  // import restrictions against German goods".)
  for (int32_t id : v.modifier_ids) {
    const Mention& mm = v.mentions[id];
    if (mm.code.empty() || IsRegionCode(mm.code) || !Rel(v, mm.head, "amod")) continue;
    const int32_t noun = HeadOf(v, mm.head);
    if (noun < 0 || !names_other_party(static_cast<uint32_t>(noun))) continue;
    if (best < 0 || mm.begin < v.mentions[best].begin) best = id;
  }
  return best;
}
// A verb with a passive subject or auxiliary in the parse ("were invited").
bool PassiveInParse(const SentenceView& v, uint32_t verb) {
  // "Israel is opposed to French mediation" states Israel's opposition: an
  // adjective, active in meaning.
  if (v.a.parse[verb].lemma == "oppose" && verb + 1 < v.last && v.a.tokens[verb + 1].norm == "to") return false;
  for (uint32_t t = v.first; t < v.last; ++t) {
    if (HeadOf(v, t) == static_cast<int32_t>(verb) && (Rel(v, t, "nsubj:pass") || Rel(v, t, "aux:pass"))) return true;
  }
  return false;
}
// Does the verb, or the verb it governs as open complement ("pledged to
// cooperate with the ATPC"), have a with/to/against/toward oblique: a party
// other than its subject?
bool ThirdPartyOblique(const SentenceView& v, uint32_t verb) {
  for (uint32_t t = v.first; t < v.last; ++t) {
    const int32_t h = HeadOf(v, t);
    if (h < 0) continue;
    const bool of_verb = h == static_cast<int32_t>(verb) ||
                         (Rel(v, static_cast<uint32_t>(h), "xcomp") && HeadOf(v, static_cast<uint32_t>(h)) == static_cast<int32_t>(verb));
    if (!of_verb) continue;
    // (A party: a name, an actor or a pronoun; "agreed to a ceasefire" names
    // none, "pledged to cooperate with the ATPC" does.)
    if ((Rel(v, t, "obl") || v.a.parse[t].deprel_name.starts_with("obl:")) &&
        In(CaseOf(v, t), {"with", "to", "against", "toward", "towards"}) &&
        (v.a.parse[t].upos == kPROPN || v.a.parse[t].upos == kPRON || ArgumentActor(v, t) >= 0))
      return true;
    // An actor object of the complement: "Norway, Egypt and the Soviet Union
    // agreed to help OPEC" is about OPEC, not among the three.
    // (A named actor, the object's own or qualifying it directly: "joint
    // military exercises" names no third party.)
    if (h != static_cast<int32_t>(verb) && (Rel(v, t, "obj") || Rel(v, t, "iobj"))) {
      auto named_actor = [&](uint32_t u) {
        const int32_t m = v.MentionAt(u);
        return m >= 0 && v.mentions[m].actor >= 0 && !v.mentions[m].code.empty();
      };
      if (named_actor(t)) return true;
      for (uint32_t u = v.first; u < v.last; ++u) {
        if (HeadOf(v, u) == static_cast<int32_t>(t) &&
            (Rel(v, u, "compound") || Rel(v, u, "nmod") || Rel(v, u, "nmod:poss")) && named_actor(u))
          return true;
      }
    }
  }
  return false;
}
// A state speaking as such: a country, its government, or an
// intergovernmental organisation (not its legislators, whose protest may be a
// hunger strike, nor civilians, business, labour, opposition or media).
bool StateActor(std::string_view code) {
  if (code.starts_with("IGO")) return true;
  if (code.size() == 3) return true;
  return code.size() == 6 && code.substr(3) == "GOV";
}
// An actor that bears no arms: a non-military intergovernmental
// organisation, or the business, media, labour, farmers or education of a
// country (not its civilians: mobs attack).
bool UnarmedActor(std::string_view code) {
  if (code.starts_with("IGO")) {
    return code.find("MIL") == std::string_view::npos && code.find("NAT") == std::string_view::npos &&
           code.find("PKO") == std::string_view::npos;
  }
  if (code.size() < 6) return false;
  const std::string_view role = code.substr(code.size() - 3);
  return In(role, {"BUS", "MED", "LAB", "AGR", "EDU"});
}
// A role after "its"/"their" (see FindMentions), or after a person's
// "his"/"her" with no country of its own: the subject's own people ("Arafat
// withdrew his men"; not "met his Swiss counterpart").
bool OwnPeople(const SentenceView& v, int32_t m) {
  uint32_t b = v.mentions[m].begin;
  if (b <= v.first) return false;
  if (b > v.first + 1 && (v.a.tokens[b - 1].flags & kTokNumber)) --b;  // "its 2,000 troops"
  const std::string_view w = v.a.tokens[b - 1].norm;
  return In(w, {"its", "their"}) || (In(w, {"his", "her"}) && v.mentions[m].actor < 0);
}
// Does the verb have a direct object in the parse?
bool HasObject(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "obj")) return true;
  }
  return false;
}
// Easing an administrative sanction (CAMEO 081: a curfew, a state of
// emergency, restrictions) is done to the place it held: "Serbia lifted a
// night curfew in Montenegro" (0813 to Montenegro). The "in" phrase of the
// verb or of its object; -1 if none.
int32_t PlaceOfAnEasing(const SentenceView& v, uint32_t verb, int32_t source) {
  for (int32_t id : v.mention_ids) {
    const Mention& mm = v.mentions[id];
    if (mm.code.empty() || id == source || IsRegionCode(mm.code)) continue;
    // (Or the place noun it names: "in Montenegro province".)
    uint32_t u = mm.head;
    if (Rel(v, u, "compound") && HeadOf(v, u) >= 0) u = static_cast<uint32_t>(HeadOf(v, u));
    const int32_t h = HeadOf(v, u);
    if (h < 0 || CaseOf(v, u) != "in") continue;
    const bool of_verb = h == static_cast<int32_t>(verb) && v.a.parse[u].deprel_name.starts_with("obl");
    const bool of_object = Rel(v, u, "nmod") && Rel(v, static_cast<uint32_t>(h), "obj") &&
                           HeadOf(v, static_cast<uint32_t>(h)) == static_cast<int32_t>(verb);
    if (of_verb || of_object) return id;
  }
  return -1;
}
bool IsAttackedPlaceNoun(std::string_view lemma) {
  return In(lemma, {"town", "village", "city", "area", "region", "position", "target", "base", "camp", "home", "house",
                    "building", "school", "hospital", "mosque", "church", "settlement", "installation", "facility",
                    "platform", "territory", "outpost", "post", "port", "island", "stronghold", "site", "field",
                    "oilfield", "refinery", "plant", "bridge", "airport", "airfield", "district", "province", "valley",
                    "hill", "peak", "sector", "line", "border", "frontier", "garrison", "headquarters", "depot",
                    "harbour", "harbor", "market", "mall", "hotel", "restaurant", "convoy", "checkpoint", "bus",
                    "train", "shop", "tanker", "ship", "vessel", "freighter", "station"});
}
// The country an attack's place is in, when the verb's object is a place or
// target with no actor of its own: "Iraqi forces captured a town in Iran",
// "Israeli troops shelled villages in south Lebanon", "bombed targets near
// Tehran" (an "in/near/inside" phrase of the object or of the verb); -1 if
// none. A country only (not a capital, which stands for its government, nor a
// region), and not the source's own: fighting at home names no adversary.
int32_t PlaceOfAnAttack(const SentenceView& v, uint32_t verb, int32_t source, const Lexicon& lex) {
  uint32_t object = 0;
  bool found = false;
  // (A bomber who "blew himself up" attacks the place he did it: "on a bus
  // in Jerusalem".)
  bool reflexive = false;
  for (uint32_t u = verb + 1; u < v.last && u < verb + 3; ++u) {
    reflexive = reflexive || (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "obj") &&
                              In(v.a.tokens[u].norm, {"himself", "herself", "themselves"}));
  }
  for (uint32_t u = verb + 1; u < v.last && !found; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb)) continue;
    if (!(Rel(v, u, "obj") ||
          (reflexive && Rel(v, u, "obl") && In(CaseOf(v, u), {"on", "at", "in", "near", "outside", "inside"}))))
      continue;
    if (reflexive && Rel(v, u, "obj")) continue;
    if (!IsAttackedPlaceNoun(v.a.parse[u].lemma)) return -1;
    object = u;
    found = true;
  }
  if (!found) return -1;
  return PlaceOfAttackedObject(v, object, verb, source, lex);
}
int32_t PlaceOfAttackedObject(const SentenceView& v, uint32_t object, uint32_t verb, int32_t source,
                              const Lexicon& lex, int32_t act_noun) {
  // (Of the verb: its obl, or a phrase anywhere under the act noun a light
  // verb carries: "carried out attacks in Mumbai on hotels", "attacks on
  // hotels and a railway station in Mumbai" with the station made the
  // attacks' conjunct.)
  auto on_verb = [&](int32_t h, uint32_t u) {
    return (h == static_cast<int32_t>(verb) && v.a.parse[u].deprel_name.starts_with("obl")) ||
           (act_noun >= 0 && Rel(v, u, "nmod") && Dominates(v, static_cast<uint32_t>(act_noun), u));
  };
  // (The place may be named after the object's last conjunct: "attacked
  // hotels and a railway station in Mumbai".)
  // (Through conjuncts and appositions the parser chains: "luxury hotels, a
  // railway station and a Jewish centre in Mumbai", the centre a conjunct
  // of the station, an apposition of the hotels.)
  auto on_object = [&](int32_t h) {
    for (int k = 0; k < 4 && h >= 0; ++k) {
      if (h == static_cast<int32_t>(object)) return true;
      if (!(Rel(v, static_cast<uint32_t>(h), "conj") || Rel(v, static_cast<uint32_t>(h), "appos"))) return false;
      h = HeadOf(v, static_cast<uint32_t>(h));
    }
    return false;
  };
  const std::string source_country = source >= 0 ? v.mentions[source].code.substr(0, 3) : std::string();
  for (int32_t id : v.mention_ids) {
    const Mention& mm = v.mentions[id];
    // (A capital too, which stands for its country here, not its
    // government: "struck targets near Damascus"; the caller codes the
    // country.)
    const bool capital = mm.actor >= 0 && lex.actors[mm.actor].kind == ActorKind::kCapital && mm.agent < 0 &&
                         mm.code.size() >= 3 && mm.code.substr(0, 3) != source_country;
    if (!capital && (mm.actor < 0 || mm.agent >= 0 || lex.actors[mm.actor].kind != ActorKind::kCountry ||
                     mm.code.size() != 3 || IsRegionCode(mm.code) || mm.code == source_country))
      continue;
    const int32_t h = HeadOf(v, mm.head);
    if (h < 0 || !In(CaseOf(v, mm.head), {"in", "near", "inside", "across", "throughout"})) continue;
    const bool of_object = on_object(h) && Rel(v, mm.head, "nmod");
    const bool of_verb = on_verb(h, mm.head);
    if (of_object || of_verb) return id;
  }
  // (Or a country adjective of such a place noun: "stormed the Cameroonian
  // town of Fotokol", "bombed a market in the South Sudanese town of Bentiu".)
  auto is_place_noun = [&](uint32_t u) {
    return In(v.a.parse[u].lemma, {"town", "city", "village", "region", "province", "district", "capital", "state",
                                   "area", "county", "port", "border", "island", "terminal", "coast", "waters",
                                   "peninsula"});
  };
  for (int32_t id : v.modifier_ids) {
    const Mention& mm = v.mentions[id];
    if (mm.code.size() != 3 || IsRegionCode(mm.code) || mm.code == source_country || !Rel(v, mm.head, "amod")) continue;
    const int32_t noun = HeadOf(v, mm.head);
    if (noun < 0 || !is_place_noun(static_cast<uint32_t>(noun))) continue;
    const uint32_t n = static_cast<uint32_t>(noun);
    const int32_t h = HeadOf(v, n);
    const bool is_object = n == object;
    const bool in_place = In(CaseOf(v, n), {"in", "near", "inside", "across", "throughout"}) &&
                          ((on_object(h) && Rel(v, n, "nmod")) ||
                           on_verb(h, n));
    if (is_object || in_place) return id;
  }
  // (Or a country owning such a place: "struck an oil refinery in Russia's
  // Krasnodar region".)
  for (int32_t id : v.mention_ids) {
    const Mention& mm = v.mentions[id];
    if (mm.code.size() != 3 || IsRegionCode(mm.code) || mm.code == source_country || mm.agent >= 0 ||
        !Rel(v, mm.head, "nmod:poss"))
      continue;
    int32_t noun = HeadOf(v, mm.head);
    // (Through a name compounded with the place noun: "near Iran's Kharg
    // Island terminal".)
    if (noun >= 0 && Rel(v, static_cast<uint32_t>(noun), "compound")) noun = HeadOf(v, static_cast<uint32_t>(noun));
    if (noun < 0 || !is_place_noun(static_cast<uint32_t>(noun))) continue;
    const uint32_t n = static_cast<uint32_t>(noun);
    const int32_t h = HeadOf(v, n);
    if (In(CaseOf(v, n), {"in", "near", "inside", "across", "throughout"}) &&
        ((on_object(h) && Rel(v, n, "nmod")) ||
         on_verb(h, n)))
      return id;
  }
  return -1;
}
// The country whose own act is judged, when the verb's object is that act
// with no actor of its own and the country is named as its place: "the UN
// Security Council condemned the coup in Niger", "criticised the crackdown
// in Belarus", "deplored the executions in Iran" (an "in" phrase of the
// object, or of the verb where the parse put it there). Only acts a
// country's own people carry out at home (a coup, a crackdown, an election,
// a trial): an attack or bombing "in" a country is done to it, by someone
// else. A country only, not the source's own; -1 if none.
int32_t PlaceOfAJudgedAct(const SentenceView& v, uint32_t verb, int32_t source, const Lexicon& lex) {
  int32_t object = -1;
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "obj")) continue;
    if (v.MentionAt(u) >= 0 ||
        !In(v.a.parse[u].lemma, {"coup", "crackdown", "repression", "execution", "election", "referendum", "vote",
                                 "trial", "verdict", "sentence", "sentencing", "persecution", "detention", "arrest",
                                 "abuse", "violation", "treatment", "takeover", "putsch", "purge", "censorship",
                                 "annexation", "junta", "regime", "test", "launch"}))
      return -1;
    object = static_cast<int32_t>(u);
    break;
  }
  if (object < 0) return -1;
  const std::string source_country = source >= 0 ? v.mentions[source].code.substr(0, 3) : std::string();
  for (int32_t id : v.mention_ids) {
    const Mention& mm = v.mentions[id];
    if (mm.actor < 0 || mm.agent >= 0 || lex.actors[mm.actor].kind != ActorKind::kCountry || mm.code.size() != 3 ||
        IsRegionCode(mm.code) || mm.code == source_country)
      continue;
    const int32_t h = HeadOf(v, mm.head);
    if (h < 0 || CaseOf(v, mm.head) != "in") continue;
    const bool of_object = h == object && Rel(v, mm.head, "nmod");
    // (Of the verb only right after the object: "condemned the coup in
    // Niger", not "condemned in Paris the coup".)
    const bool of_verb = h == static_cast<int32_t>(verb) && v.a.parse[mm.head].deprel_name.starts_with("obl") &&
                         mm.begin > static_cast<uint32_t>(object) && mm.begin <= static_cast<uint32_t>(object) + 3;
    if (of_object || of_verb) return id;
  }
  return -1;
}
// Are the forces sent at `verb` sent to help: "to help government forces
// fight an Islamist insurgency", "at the request of President Tokayev"? On
// the surface, within the clause: the parser hangs the purpose anywhere
// ("to help" under the troops sent).
bool SentToHelp(const SentenceView& v, uint32_t verb) {
  for (uint32_t k = verb + 1; k + 1 < v.last; ++k) {
    const std::string_view w = v.a.tokens[k].norm, x = v.a.tokens[k + 1].norm;
    if (w == ";" || (w == "," && k > verb + 12)) break;
    if ((w == "to" && In(x, {"help", "assist", "support", "protect", "defend", "bolster", "reinforce", "stabilise",
                             "stabilize", "secure"})) ||
        (w == "request" && x == "of"))
      return true;
  }
  return false;
}
std::string_view ArrivalOfHelp(const SentenceView& v, uint32_t verb) {
  int32_t subject = -1;
  for (uint32_t u = v.first; u < verb && subject < 0; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "nsubj")) subject = static_cast<int32_t>(u);
  }
  if (subject < 0) return {};
  // (The people or goods a contingent, brigade or shipment is of: "a first
  // contingent of Kenyan police officers", "a shipment of American military
  // aid".)
  uint32_t head = static_cast<uint32_t>(subject);
  if (In(v.a.parse[head].lemma, {"contingent", "brigade", "batch", "shipment", "consignment", "convoy", "team",
                                 "group", "unit", "first", "part"})) {
    for (uint32_t u = head + 1; u < verb; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(head) && Rel(v, u, "nmod") && CaseOf(v, u) == "of") {
        head = u;
        break;
      }
    }
  }
  bool relief = false, arms = false;
  for (uint32_t u = static_cast<uint32_t>(subject); u < verb; ++u) {
    if (u != static_cast<uint32_t>(subject) && !Dominates(v, static_cast<uint32_t>(subject), u)) continue;
    const std::string_view w = v.a.parse[u].lemma;
    relief = relief || In(w, {"aid", "relief", "humanitarian", "food", "medicine", "medical", "tent", "blanket",
                              "vaccine", "rescue", "rescuer", "doctor", "nurse", "medic", "supply"});
    arms = arms || In(w, {"tank", "missile", "weapon", "arms", "ammunition", "jet", "howitzer", "artillery",
                          "s-400", "rocket", "drone", "warplane"});
  }
  const std::string_view lemma = v.a.parse[head].lemma;
  const bool forces = In(lemma, {"police", "officer", "policeman", "troop", "soldier", "peacekeeper", "force",
                                 "battalion", "marine", "paratrooper", "contingent", "gendarme"});
  if (forces) {
    // (Sent to lead or join a mission, or to help: "to lead a United
    // Nations-backed security mission", "to take over security".)
    if (SentToHelp(v, verb)) return "074";
    for (uint32_t k = verb + 1; k + 1 < v.last; ++k) {
      if (v.a.tokens[k].norm == "to" && In(v.a.tokens[k + 1].norm, {"lead", "join", "restore", "keep", "police"}))
        return "074";
      if (In(v.a.tokens[k].norm, {"mission", "peacekeeping", "mandate"})) return "074";
    }
    return {};
  }
  if (arms && (relief || In(lemma, {"aid", "assistance"}))) return "072";
  if (relief) return "073";
  return {};
}
// Is `u` in the clause of `verb`: under it, with no other verb on the way
// (the parser may hang a phrase on the object: "welcomed his Lao
// counterpart ... at the Peace Palace", "at" under the counterpart).
bool InClauseOf(const SentenceView& v, uint32_t verb, uint32_t u) {
  if (!Dominates(v, verb, u) || u == verb) return false;
  for (int32_t x = HeadOf(v, u); x >= 0 && x != static_cast<int32_t>(verb); x = HeadOf(v, static_cast<uint32_t>(x))) {
    if (v.a.parse[static_cast<uint32_t>(x)].upos == kVERB) return false;
  }
  return true;
}
std::string_view NonForceTargeting(const SentenceView& v, uint32_t verb) {
  const int32_t h = HeadOf(v, verb);
  int32_t doer = -1;
  if (h >= 0 && Rel(v, verb, "acl") && v.a.parse[static_cast<uint32_t>(h)].upos == kNOUN) doer = h;
  for (uint32_t u = v.first; u < verb && doer < 0; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "nsubj")) doer = static_cast<int32_t>(u);
  }
  if (doer < 0) return {};
  const std::string lemma = LowerLemma(v, static_cast<uint32_t>(doer));
  if (In(lemma, {"hacker", "hacking", "cyberattack", "cyber-attack", "ransomware", "malware", "cyber"})) return "176";
  if (In(lemma, {"espionage", "spying", "surveillance", "disinformation", "propaganda", "campaign", "probe",
                 "investigation", "sanction", "tariff", "measure", "law", "legislation", "policy", "ad", "advert",
                 "criticism", "rhetoric", "lawsuit"}))
    return "-";
  return {};
}
bool WelcomedInPerson(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    if (!InClauseOf(v, verb, u) || !(Rel(v, u, "obl") || Rel(v, u, "nmod"))) continue;
    const std::string_view c = CaseOf(v, u);
    const std::string lower = LowerLemma(v, u);
    const std::string_view noun = lower;
    if ((In(c, {"at", "in", "outside", "on"}) &&
         In(noun, {"airport", "palace", "hall", "house", "residence", "headquarters", "building", "ceremony",
                   "compound", "office", "square", "base", "summit", "arrival", "tarmac"})) ||
        (c == "with" && In(noun, {"ceremony", "honour", "honor", "guard", "salute", "embrace", "handshake",
                                  "hug", "welcome", "fanfare"})))
      return true;
  }
  return false;
}
std::string_view MaterialPurpose(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    // (Its own clause, or one the parser hung on the partner: "teamed up
    // with Belgium's federal police to dismantle", an acl of the police.)
    if (!(Rel(v, u, "advcl") || Rel(v, u, "xcomp") || Rel(v, u, "acl")) || !InClauseOf(v, verb, u)) continue;
    if (v.a.parse[u].upos != kVERB) continue;
    bool to = false;
    for (uint32_t k = verb + 1; k < u; ++k) to = to || (HeadOf(v, k) == static_cast<int32_t>(u) && Rel(v, k, "mark"));
    if (!to) continue;
    const std::string_view lemma = v.a.parse[u].lemma;
    if (In(lemma, {"dismantle", "arrest", "catch", "bust", "track", "prosecute", "extradite"})) return "063";
    if (In(lemma, {"clean", "contain", "fight", "combat", "build", "develop", "search", "rescue", "put", "tackle",
                   "produce", "construct", "eradicate", "stop", "curb", "halt", "battle", "identify", "recover",
                   "map", "explore", "launch", "repair", "restore"}))
      return "060";
    return {};
  }
  return {};
}
std::string_view ProtestOfADemand(const SentenceView& v, uint32_t verb) {
  const int32_t hi = HeadOf(v, verb);
  if (hi < 0 || !(Rel(v, verb, "advcl") || Rel(v, verb, "xcomp"))) return {};
  const uint32_t h = static_cast<uint32_t>(hi);
  const std::string_view lemma = v.a.parse[h].lemma;
  if (In(lemma, {"march", "rally", "demonstrate", "protest", "picket", "gather", "converge", "parade"})) return "141";
  if (lemma == "riot") return "145";
  // (A strike the head verb begins or goes on: "began a hunger strike",
  // "went on strike"; a hunger strike is 142.)
  std::string_view family;
  for (uint32_t u = h + 1; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(h) || !(Rel(v, u, "obj") || Rel(v, u, "obl"))) continue;
    const std::string_view noun = v.a.parse[u].lemma;
    if (noun == "strike" || noun == "walkout" || noun == "boycott") {
      family = "143";
      for (uint32_t c = h + 1; c < u; ++c) {
        if (HeadOf(v, c) == static_cast<int32_t>(u) && v.a.tokens[c].norm == "hunger") family = "142";
      }
    } else if (In(noun, {"sit-in", "vigil", "demonstration", "rally", "march", "protest"})) {
      family = "141";
    } else if (In(lemma, {"block", "blockade", "barricade"}) &&
               In(noun, {"road", "street", "highway", "bridge", "railway", "rail", "crossing", "port", "border",
                         "corridor", "entrance", "access"})) {
      family = "144";
    }
    if (!family.empty()) break;
  }
  if (family.empty() && lemma == "strike" && v.a.parse[h].upos == kVERB) family = "143";
  // (Storming or burning buildings, a crowd's force, is a violent protest.)
  if (family.empty() && In(lemma, {"storm", "torch", "ransack", "burn", "loot"}) && CrowdSubject(v, h)) family = "145";
  return family;
}
// Does the act at `verb` use a chemical agent? Its "with" phrase, or the
// object of a verb of dropping or firing, names one: "attacked with the
// banned choking agent chloropicrin", "dropped chlorine-filled cylinders".
// (Not tear gas, which is crowd control: 175.)
bool ChemicalMeans(const SentenceView& v, uint32_t verb) {
  auto chemical = [&](uint32_t u) {
    const std::string_view w = v.a.tokens[u].norm;
    if (In(w, {"chemical", "chemicals", "chlorine", "sarin", "chloropicrin", "vx", "novichok", "phosgene",
               "mustard", "toxic", "choking", "nerve"}) ||
        w.starts_with("chlorine-") || w.starts_with("sarin-") || w.starts_with("chemical-"))
      return !(u + 1 < v.last && v.a.tokens[u].norm == "toxic" && v.a.tokens[u + 1].norm == "waste");
    return false;
  };
  const bool drops = In(v.a.parse[verb].lemma, {"drop", "fire", "use", "launch", "release", "deploy", "spray"});
  for (uint32_t n = v.first; n < v.last; ++n) {
    if (HeadOf(v, n) != static_cast<int32_t>(verb)) continue;
    const bool means = (Rel(v, n, "obl") && CaseOf(v, n) == "with") || (drops && Rel(v, n, "obj"));
    if (!means) continue;
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (!Dominates(v, n, u) || !chemical(u)) continue;
      // (Not inside a clause of the phrase: "with rockets that hit a chemical plant".)
      bool clause = false;
      for (uint32_t x = u; x != n && !clause && HeadOf(v, x) >= 0; x = static_cast<uint32_t>(HeadOf(v, x)))
        clause = v.a.parse[x].upos == kVERB || Rel(v, x, "acl:relcl");
      if (!clause && !In(v.a.tokens[u + 1 < v.last ? u + 1 : u].norm, {"plant", "plants", "factory", "facility"}))
        return true;
    }
  }
  return false;
}
// The party hurt by the act whose responsibility is claimed or denied:
// "claimed responsibility for Thursday's attack on an Indian paramilitary
// convoy", "denied any involvement in the suicide attack that killed 40
// Indian paramilitary police", "denied any part in the poisoning of Sergei
// Skripal". The act is a noun within two steps below `verb` ("for", "in",
// "of" phrases); its party is its "on"/"against"/"of" phrase, or the object
// of a relative clause that says what it did. -1 if none.
int32_t VictimOfAClaimedAct(const SentenceView& v, uint32_t verb, int32_t source) {
  auto is_act_noun = [&](uint32_t u) {
    return v.a.parse[u].upos == kNOUN &&
           In(v.a.parse[u].lemma, {"attack", "bombing", "bomb", "strike", "airstrike", "assault", "raid", "killing",
                                   "poisoning", "shooting", "downing", "ambush", "blast", "explosion", "kidnapping",
                                   "abduction", "assassination", "hijacking", "sabotage", "massacre", "murder",
                                   "shelling", "incursion", "infiltration", "hack", "cyberattack", "rocket", "missile",
                                   "siege", "rampage", "beheading", "hostage-taking"});
  };
  auto usable = [&](int32_t m) {
    return m >= 0 && m != source && !v.mentions[m].code.empty() &&
           (source < 0 || v.mentions[m].code.substr(0, 3) != v.mentions[source].code.substr(0, 3));
  };
  for (uint32_t n = verb + 1; n < v.last; ++n) {
    if (!is_act_noun(n)) continue;
    // Within two steps of the verb: "claimed responsibility for X",
    // "denied any involvement in X", "denied any role in X".
    const int32_t h1 = HeadOf(v, n);
    const int32_t h2 = h1 >= 0 ? HeadOf(v, static_cast<uint32_t>(h1)) : -1;
    if (h1 != static_cast<int32_t>(verb) && h2 != static_cast<int32_t>(verb)) continue;
    if (!In(CaseOf(v, n), {"for", "in", "of", "behind"})) continue;
    // What a clause of the act did: its object, or the country of the
    // place it hit ("an attack that set an Aramco fuel depot in the Saudi
    // city of Jeddah ablaze"), in the object's "in" phrase or the clause's.
    auto clause_victim = [&](uint32_t c) -> int32_t {
      auto place = [&](uint32_t x) {
        int32_t p = ArgumentActor(v, x, ActKind::kForce);
        if (p >= 0 && v.mentions[p].code.size() > 3) p = -1;  // a place names a country, not a role
        return usable(p) ? p : -1;
      };
      for (uint32_t w = c + 1; w < v.last; ++w) {
        if (HeadOf(v, w) != static_cast<int32_t>(c) || !Rel(v, w, "obj")) continue;
        const int32_t m = ArgumentActor(v, w, ActKind::kForce);
        if (usable(m)) return m;
        for (uint32_t x = w + 1; x < v.last; ++x) {
          if (HeadOf(v, x) == static_cast<int32_t>(w) && Rel(v, x, "nmod") && CaseOf(v, x) == "in") {
            if (const int32_t p = place(x); p >= 0) return p;
          }
        }
      }
      for (uint32_t x = c + 1; x < v.last; ++x) {
        if (HeadOf(v, x) == static_cast<int32_t>(c) && Rel(v, x, "obl") && CaseOf(v, x) == "in") {
          if (const int32_t p = place(x); p >= 0) return p;
        }
      }
      return -1;
    };
    // (The clause may hang on the act's conjunct or, misparsed, on the
    // noun the act is under: "responsibility for a missile and drone attack
    // that set ...", "that" under "responsibility".)
    uint32_t owners[6] = {n};
    size_t num_owners = 1;
    for (uint32_t u = n + 1; u < v.last && num_owners < 5; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(n) && Rel(v, u, "conj")) owners[num_owners++] = u;
    }
    if (h1 != static_cast<int32_t>(verb)) owners[num_owners++] = static_cast<uint32_t>(h1);
    // (Failing a victim of its own, the country of the place the act hit:
    // "denied any involvement in the nerve agent attack on former double
    // agent Sergei Skripal in the English city of Salisbury".)
    int32_t hit_place = -1;
    for (size_t o = 0; o < num_owners; ++o) {
      const uint32_t owner = owners[o];
      for (uint32_t u = n + 1; u < v.last; ++u) {
        if (HeadOf(v, u) != static_cast<int32_t>(owner)) continue;
        if (owner == n && Rel(v, u, "nmod") && In(CaseOf(v, u), {"on", "against", "of", "targeting"})) {
          const int32_t m = ArgumentActor(v, u, ActKind::kForce);
          if (usable(m)) return m;
        }
        if (Rel(v, u, "acl:relcl") || Rel(v, u, "acl")) {
          if (const int32_t m = clause_victim(u); m >= 0) return m;
        }
        if (hit_place < 0 && Rel(v, u, "nmod") && CaseOf(v, u) == "in") {
          int32_t p = ArgumentActor(v, u, ActKind::kForce);
          if (p >= 0 && v.mentions[p].code.size() > 3) p = -1;  // a place names a country, not a role
          if (usable(p)) hit_place = p;
        }
      }
    }
    return hit_place;
  }
  return -1;
}
// The party an investigation is about, named anywhere inside what it looks
// into: "opened a criminal investigation into the downing of flight MH17
// ..., including the possible involvement of the Russian military", "into
// Iran's alleged role in the 1994 bombing", "into bribes that Brazilian
// construction firm Odebrecht admitted paying", "investigating the suspected
// poison gas attack in the Syrian town of Douma". The phrase is the verb's
// object or an "into"/"of" phrase within two steps of it; a party named as a
// place ("in", "over", "near") is taken last, a company before it, any other
// first. -1 if none.
int32_t PartyOfAnInquiry(const SentenceView& v, uint32_t verb, int32_t source) {
  const std::string source_country = source >= 0 ? v.mentions[source].code.substr(0, 3) : std::string();
  int32_t phrase = -1;
  for (uint32_t u = verb + 1; u < v.last && phrase < 0; ++u) {
    const int32_t h1 = HeadOf(v, u);
    if (h1 < 0) continue;
    // (Or a "whether" clause under the inquiry: "opened a criminal
    // investigation into whether Huawei violated U.S. sanctions".)
    if (v.a.parse[u].upos == kVERB && InClauseOf(v, verb, static_cast<uint32_t>(h1)) && u > verb + 1 &&
        In(v.a.parse[static_cast<uint32_t>(h1)].lemma, {"investigation", "inquiry", "probe", "into"})) {
      bool whether = false;
      for (uint32_t k = verb + 1; k < u; ++k) {
        whether = whether || (HeadOf(v, k) == static_cast<int32_t>(u) && Rel(v, k, "mark") &&
                              In(v.a.tokens[k].norm, {"whether", "if", "how"}));
      }
      if (whether) {
        // (Its subject first, whoever else the clause names: "whether
        // Chinese telecommunications giant Huawei violated U.S. sanctions
        // against Iran" looks into Huawei.)
        for (uint32_t k = verb + 1; k < u; ++k) {
          if (HeadOf(v, k) != static_cast<int32_t>(u) || !Rel(v, k, "nsubj")) continue;
          const int32_t m = MentionOfPhrase(v, k);
          if (m >= 0 && v.mentions[m].code.size() >= 3 && v.mentions[m].code.substr(0, 3) != source_country)
            return m;
        }
        phrase = static_cast<int32_t>(u);
        continue;
      }
    }
    if (v.a.parse[u].upos != kNOUN) continue;
    const int32_t h2 = HeadOf(v, static_cast<uint32_t>(h1));
    const bool object = h1 == static_cast<int32_t>(verb) && Rel(v, u, "obj") && v.a.parse[verb].lemma == "investigate";
    const bool into = In(CaseOf(v, u), {"into", "of"}) && (h1 == static_cast<int32_t>(verb) || h2 == static_cast<int32_t>(verb));
    if (object || into) phrase = static_cast<int32_t>(u);
  }
  if (phrase < 0) return -1;
  int32_t best = -1, best_rank = 3;
  // (A bare country adjective too: "the shooting deaths of two Palestinian
  // teenagers", "companies linked to Malaysian state fund 1MDB".)
  auto consider = [&](int32_t id) {
    const Mention& mm = v.mentions[id];
    // (A modifier of the phrase's own noun may come before it: "into the
    // Soviet downing of a Korean Air Lines jumbo jet".)
    if (mm.code.empty() || mm.code.starts_with("---") || mm.code.substr(0, 3) == source_country ||
        mm.begin <= verb || (mm.begin < static_cast<uint32_t>(phrase) && HeadOf(v, mm.head) != phrase))
      return;
    // Inside the phrase: its head's chain of heads reaches the phrase.
    uint32_t u = mm.head;
    bool inside = false;
    for (int guard = 0; guard < 16; ++guard) {
      if (u == static_cast<uint32_t>(phrase)) { inside = true; break; }
      const int32_t up = HeadOf(v, u);
      if (up < 0 || up == static_cast<int32_t>(verb)) break;
      u = static_cast<uint32_t>(up);
    }
    if (!inside) return;
    // (Not the counterpart of a dealing looked into: "investigated secret
    // arms sales to Iran" looks into the sellers.)
    // (The mention's top word: "rebels in Nicaragua" is the "rebels" phrase.)
    const uint32_t top = MentionTopWord(v, mm);
    const uint32_t word = mm.modifier && HeadOf(v, mm.head) >= 0 ? static_cast<uint32_t>(HeadOf(v, mm.head)) : top;
    const int32_t owner = HeadOf(v, word);
    if (In(CaseOf(v, word), {"to", "with"}) && owner >= 0 && v.a.parse[static_cast<uint32_t>(owner)].upos == kNOUN)
      return;
    const bool place = In(CaseOf(v, mm.head), {"in", "over", "near", "at", "inside", "across"});
    const int rank = place ? 2 : mm.code.ends_with("BUS") ? 1 : 0;
    if (rank < best_rank || (rank == best_rank && mm.begin < v.mentions[best].begin)) {
      best = id;
      best_rank = rank;
    }
  };
  for (int32_t id : v.mention_ids) consider(id);
  for (int32_t id : v.modifier_ids) consider(id);
  return best;
}
// The actor subject of an adverbial clause of `verb` opened by one of
// `marks` ("because Japan did not honor", "as China fired missiles") that
// `usable` accepts; -1 if none.
template <typename Usable>
int32_t SubjectOfMarkedClause(const SentenceView& v, uint32_t verb, std::initializer_list<std::string_view> marks,
                              const Usable& usable) {
  for (uint32_t c = verb + 1; c < v.last; ++c) {
    if (HeadOf(v, c) != static_cast<int32_t>(verb) || !Rel(v, c, "advcl")) continue;
    bool marked = false;
    for (uint32_t u = verb + 1; u < c && !marked; ++u) {
      marked = HeadOf(v, u) == static_cast<int32_t>(c) && Rel(v, u, "mark") && In(v.a.tokens[u].norm, marks);
    }
    if (!marked) continue;
    for (uint32_t u = verb + 1; u < c; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(c) || !(Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass"))) continue;
      const int32_t m = MentionOfPhrase(v, u);
      if (usable(m)) return m;
    }
  }
  return -1;
}
// The party a sanction or an attack answers, when it names no target of its
// own: the subject of its "because" clause, or the possessor right after "in
// retaliation (reprisal) for" or "in response to" — "Reagan said he imposed
// the sanctions on certain computers ... because Japan did not honor an
// agreement", "Reagan imposed the sanctions on April 17 in retaliation for
// Japan's failure to honor commitments"; -1 if none (nor the source itself).
bool KilledOneNamedPerson(const Lexicon& lex, const SentenceView& v, uint32_t verb, int32_t target) {
  if (target < 0) return false;
  for (uint32_t c = v.first; c < v.last; ++c) {
    if (HeadOf(v, c) != static_cast<int32_t>(verb) || !(Rel(v, c, "obj") || Rel(v, c, "nsubj:pass"))) continue;
    // (Or a singular title with the name in apposition: "Iran's top nuclear
    // scientist Mohsen Fakhrizadeh".)
    if (v.a.parse[c].upos == kNOUN && v.a.parse[c].xpos == "NN") {
      for (uint32_t u = c + 1; u < v.last && u < c + 2; ++u) {
        if (HeadOf(v, u) == static_cast<int32_t>(c) && Rel(v, u, "appos") && v.a.parse[u].upos == kPROPN &&
            v.MentionAt(u) < 0)
          return v.mentions[target].begin < u && Dominates(v, c, v.mentions[target].head);
      }
    }
    if (v.a.parse[c].upos != kPROPN) return false;
    // (One person: no conjunct.)
    for (uint32_t u = c + 1; u < v.last; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(c) && Rel(v, u, "conj")) return false;
    }
    const Mention& tm = v.mentions[target];
    if (!(tm.head == c || Dominates(v, c, tm.head) || (tm.begin <= c && c < tm.end))) return false;
    // (A name, not a country's or a group's: "killed Hamas" is no person.)
    const int32_t mc = v.MentionAt(c);
    if (mc < 0) return true;
    const Mention& m = v.mentions[mc];
    if (m.named) return true;
    return m.actor >= 0 && lex.actors[m.actor].kind == ActorKind::kPerson;
  }
  return false;
}
int32_t JailersCountry(const SentenceView& v, int32_t source) {
  const std::string sc = source >= 0 ? v.mentions[source].code.substr(0, 3) : std::string();
  auto other = [&](int32_t m) {
    return m >= 0 && v.mentions[m].code.size() >= 3 && v.mentions[m].code.substr(0, 3) != sc &&
           !v.mentions[m].code.starts_with("IGO");
  };
  for (uint32_t u = v.first; u < v.last; ++u) {
    // "in Israeli jails", "in an Israeli prison": the place's own actor.
    if (In(v.a.parse[u].lemma, {"jail", "prison", "custody", "detention", "gaol"})) {
      for (int32_t id : v.modifier_ids) {
        if (HeadOf(v, v.mentions[id].head) == static_cast<int32_t>(u) && other(id)) return id;
      }
      for (int32_t id : v.mention_ids) {
        if (HeadOf(v, v.mentions[id].head) == static_cast<int32_t>(u) && v.mentions[id].head < u && other(id))
          return id;
      }
    }
    // "held by Israel".
    if (v.a.parse[u].lemma == "hold" && v.a.parse[u].xpos == "VBN") {
      for (uint32_t c = u + 1; c < v.last && c < u + 4; ++c) {
        if (HeadOf(v, c) != static_cast<int32_t>(u) || CaseOf(v, c) != "by") continue;
        const int32_t m = MentionOfPhrase(v, c);
        if (other(m)) return m;
      }
    }
  }
  return -1;
}
bool CrowdSubject(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = v.first; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "nsubj")) continue;
    return In(LowerLemma(v, CrowdNoun(v, u)), {"protester", "demonstrator", "rioter", "mob", "crowd", "protestor"});
  }
  return false;
}
int32_t OwnerOfSeized(const SentenceView& v, uint32_t verb, int32_t source) {
  const std::string sc = source >= 0 ? v.mentions[source].code.substr(0, 3) : std::string();
  for (uint32_t u = verb + 1; u + 1 < v.last; ++u) {
    if (!Dominates(v, verb, u)) continue;
    const std::string_view w = v.a.tokens[u].norm;
    uint32_t from = 0;
    if ((w == "owned" || w == "operated" || w == "controlled") && v.a.tokens[u + 1].norm == "by") from = u + 2;
    if (w == "belonging" && v.a.tokens[u + 1].norm == "to") from = u + 2;
    if (w == "from" && Rel(v, u, "case")) from = u + 1;
    if (from == 0 || from >= v.last) continue;
    // (A named owner or a country's adjective: "from Iranian fishermen".)
    for (const auto* ids : {&v.mention_ids, &v.modifier_ids}) {
      for (int32_t id : *ids) {
        const Mention& m = v.mentions[id];
        if (m.begin < from || m.begin > from + 3 || m.code.size() < 3 || m.code.substr(0, 3) == sc) continue;
        return id;
      }
    }
  }
  return -1;
}
bool OwnPeopleNamedAsAPeople(const SentenceView& v, int32_t m) {
  const Mention& mm = v.mentions[m];
  const std::string_view w = v.a.tokens[mm.head].norm;
  if (!mm.modifier) return w.ends_with("s") || In(w, {"rohingya", "people"});
  const int32_t noun = HeadOf(v, mm.head);
  return noun >= 0 && Rel(v, mm.head, "amod") &&
         In(LowerLemma(v, static_cast<uint32_t>(noun)),
            {"muslim", "christian", "buddhist", "hindu", "villager", "civilian", "people", "minority", "family",
             "refugee", "man", "woman", "child", "student", "worshipper", "resident", "protester", "activist"});
}
int32_t TruceComplainant(const SentenceView& v, uint32_t verb, int32_t source) {
  const std::string sc = source >= 0 ? v.mentions[source].code.substr(0, 3) : std::string();
  uint32_t cur = verb;
  for (int k = 0; k < 4; ++k) {
    const int32_t h = HeadOf(v, cur);
    if (h < 0 || !(Rel(v, cur, "ccomp") || Rel(v, cur, "parataxis") || Rel(v, cur, "conj"))) return -1;
    cur = static_cast<uint32_t>(h);
    if (!In(v.a.parse[cur].lemma, {"say", "accuse", "report", "claim", "charge", "complain", "tell", "announce"}))
      continue;
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(cur) || !Rel(v, u, "nsubj")) continue;
      const int32_t m = MentionOfPhrase(v, u);
      if (m < 0 || v.mentions[m].code.size() < 3 || v.mentions[m].code.substr(0, 3) == sc ||
          v.mentions[m].code.starts_with("IGO") || IsRegionCode(v.mentions[m].code.substr(0, 3)))
        return -1;
      return m;
    }
    return -1;
  }
  return -1;
}
int32_t FirstActorUnder(const SentenceView& v, uint32_t phrase, uint32_t after) {
  for (int32_t id : v.mention_ids) {
    const Mention& m = v.mentions[id];
    if (!m.code.empty() && m.begin > after && Dominates(v, phrase, m.head)) return id;
  }
  return -1;
}
int32_t SpiedFor(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = verb + 1; u + 2 < v.last; ++u) {
    if (!Dominates(v, verb, u) || !In(v.a.parse[u].lemma, {"spy", "work", "espionage", "collaborate", "spying"}))
      continue;
    for (uint32_t c = u + 1; c < v.last && c < u + 3; ++c) {
      if (HeadOf(v, c) != static_cast<int32_t>(u) || !In(CaseOf(v, c), {"for", "with"})) continue;
      const int32_t m = MentionOfPhrase(v, c);
      if (m >= 0 && !v.mentions[m].code.empty()) return m;
      // (Or the first actor inside the phrase: "for Israel's intelligence
      // agency Mossad".)
      if (const int32_t inside = FirstActorUnder(v, c, u); inside >= 0) return inside;
    }
  }
  return -1;
}
int32_t PassiveSubjectsAdjective(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = v.first; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "nsubj:pass")) continue;
    if (v.MentionAt(u) >= 0) return -1;
    for (int32_t id : v.modifier_ids) {
      const Mention& m = v.mentions[id];
      if (m.code.empty() || m.end > u || m.begin + 4 < u || HeadOf(v, m.head) != static_cast<int32_t>(u) ||
          !Rel(v, m.head, "amod"))
        continue;
      // (Only words of the subject's own phrase in between: "A Japanese
      // schoolboy", "the Iranian passenger plane".)
      bool own = true;
      for (uint32_t w = m.end; w < u && own; ++w) own = HeadOf(v, w) == static_cast<int32_t>(u);
      if (own && v.a.tokens[m.head].norm.find("-made") == std::string_view::npos) return id;
    }
    return -1;
  }
  return -1;
}
int32_t ArmedMensPlace(const SentenceView& v, uint32_t verb, int32_t target, const Lexicon& lex, std::string* agent) {
  int32_t subj = -1;
  for (uint32_t u = v.first; u < verb && subj < 0; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "nsubj")) subj = static_cast<int32_t>(u);
  }
  if (subj < 0) return -1;
  const int32_t who = MentionOfPhrase(v, static_cast<uint32_t>(subj));
  if (who < 0) return -1;
  const Mention& m = v.mentions[who];
  // (Only armed men no dictionary, adjective or earlier sentence gave a side:
  // "Gunmen", "A suicide bomber", not "Lebanese gunmen" nor "the militants"
  // of an earlier sentence's group.)
  if (m.actor >= 0 || m.agent < 0 || m.coref >= 0 || !(m.code.empty() || m.code.starts_with("---"))) return -1;
  const std::string_view role = lex.agents[m.agent].code;
  if (!In(role, {"UAF", "REB", "INS"})) return -1;
  // (Nor a group named with them: "Gunmen linked to Nigeria's Boko Haram",
  // "militants of the Pakistani Taliban".)
  for (uint32_t u = static_cast<uint32_t>(subj) + 1; u < verb; ++u) {
    if (Dominates(v, static_cast<uint32_t>(subj), u) && v.MentionAt(u) >= 0) return -1;
  }
  auto place_at = [&](uint32_t u) -> int32_t {
    if (!In(CaseOf(v, u), {"in", "at", "near", "outside", "inside"})) return -1;
    const int32_t p = MentionOfPhrase(v, u);
    if (p < 0 || p == target || v.mentions[p].code.size() < 3 || v.mentions[p].code.starts_with("IGO") ||
        v.mentions[p].code.starts_with("---") || IsRegionCode(v.mentions[p].code.substr(0, 3)))
      return -1;
    // (A place: a country or a city standing for it, not a party's people
    // or forces there: "among U.S. troops".)
    if (v.mentions[p].agent >= 0 && !v.mentions[p].agent_only && v.mentions[p].code.size() > 3 &&
        v.mentions[p].code.substr(3) != "GOV")
      return -1;
    return p;
  };
  // The verb's own place, or that of the one struck ("shot the Pakistani
  // ambassador in Kabul", "kidnapped U.S. embassy political officer William
  // Buckley in West Beirut").
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !(Rel(v, u, "obl") || Rel(v, u, "obj"))) continue;
    if (const int32_t p = place_at(u); p >= 0) {
      *agent = std::string(role);
      return p;
    }
    // (Two phrases down at most: "near the entrance of the Russian embassy
    // in Kabul".)
    for (uint32_t c = u + 1; c < v.last; ++c) {
      if (HeadOf(v, c) != static_cast<int32_t>(u) || !Rel(v, c, "nmod")) continue;
      if (const int32_t p = place_at(c); p >= 0) {
        *agent = std::string(role);
        return p;
      }
      for (uint32_t d = c + 1; d < v.last; ++d) {
        if (HeadOf(v, d) != static_cast<int32_t>(c) || !Rel(v, d, "nmod")) continue;
        if (const int32_t p = place_at(d); p >= 0) {
          *agent = std::string(role);
          return p;
        }
      }
    }
  }
  return -1;
}
int32_t CrowdsPlace(const SentenceView& v, uint32_t verb) {
  // The subject, of this verb or of the one it completes ("rallied ... to
  // protest the Israeli attacks").
  int32_t subj = -1;
  std::vector<uint32_t> verbs;
  for (int32_t cur = static_cast<int32_t>(verb), k = 0; cur >= 0 && k < 3 && subj < 0; ++k) {
    verbs.push_back(static_cast<uint32_t>(cur));
    for (uint32_t u = v.first; u < static_cast<uint32_t>(cur) && subj < 0; ++u) {
      if (HeadOf(v, u) == cur && Rel(v, u, "nsubj")) subj = static_cast<int32_t>(u);
    }
    if (!(Rel(v, static_cast<uint32_t>(cur), "xcomp") || Rel(v, static_cast<uint32_t>(cur), "advcl") ||
          Rel(v, static_cast<uint32_t>(cur), "conj")))
      break;
    cur = HeadOf(v, static_cast<uint32_t>(cur));
  }
  // (Or the crowd the parser made the verb modify: "Thousands of people
  // rallied in Istanbul", "rallied" an acl of "people".)
  if (subj < 0 && Rel(v, verbs.back(), "acl") && HeadOf(v, verbs.back()) >= 0 &&
      static_cast<uint32_t>(HeadOf(v, verbs.back())) < verbs.back())
    subj = HeadOf(v, verbs.back());
  if (subj < 0) return -1;
  const uint32_t people = CrowdNoun(v, static_cast<uint32_t>(subj));
  if (!In(LowerLemma(v, people), {"people", "protester", "demonstrator", "crowd", "resident", "student", "worker",
                                    "villager", "farmer", "citizen", "marcher", "youth", "woman", "man", "mourner",
                                    "activist", "monk", "rioter", "pilgrim", "worshipper", "teacher", "mob"}))
    return -1;
  // (A crowd of a country's own is its own: "Thousands of Jordanians".)
  for (const uint32_t u : {static_cast<uint32_t>(subj), people}) {
    const int32_t m = MentionOfPhrase(v, u);
    if (m >= 0 && !v.mentions[m].code.empty()) return -1;
  }
  auto place_in = [&](uint32_t u) -> int32_t {
    if (!In(CaseOf(v, u), {"in", "across", "throughout", "through"})) return -1;
    const int32_t m = MentionOfPhrase(v, u);
    if (m < 0 || v.mentions[m].code.size() < 3 || v.mentions[m].code.starts_with("IGO") ||
        IsRegionCode(v.mentions[m].code.substr(0, 3)))
      return -1;
    return m;
  };
  // "people in Japan's Okinawa prefecture": the crowd's own "in" phrase.
  for (uint32_t u = people + 1; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(people) && Rel(v, u, "nmod")) {
      if (const int32_t m = place_in(u); m >= 0) return m;
    }
  }
  // "rallied in Istanbul": the verb's "in" phrase.
  for (uint32_t u = v.first; u < v.last; ++u) {
    const int32_t h = HeadOf(v, u);
    if (h < 0 || std::find(verbs.begin(), verbs.end(), static_cast<uint32_t>(h)) == verbs.end() || !Rel(v, u, "obl"))
      continue;
    if (const int32_t m = place_in(u); m >= 0) return m;
    // (Or the town of a site it gathers at: "gathered near the French
    // military base in Niamey", not the base's owner.)
    if (!In(CaseOf(v, u), {"near", "outside", "at", "by", "around"})) continue;
    for (uint32_t c = u + 1; c < v.last; ++c) {
      if (HeadOf(v, c) != static_cast<int32_t>(u) || !Rel(v, c, "nmod")) continue;
      if (const int32_t m = place_in(c); m >= 0) return m;
    }
  }
  return -1;
}
int32_t PartyAnswered(const SentenceView& v, uint32_t verb, int32_t source) {
  auto usable = [&](int32_t m) {
    return m >= 0 && m != source && !v.mentions[m].code.empty() &&
           (source < 0 || !SameActor(v.mentions[m].code, v.mentions[source].code));
  };
  if (const int32_t m = SubjectOfMarkedClause(v, verb, {"because"}, usable); m >= 0) return m;
  // (The "in retaliation for" phrase read off the surface: the parser hangs
  // its parts anywhere, "Japan's failure" on the verb.)
  for (uint32_t k = verb + 1; k + 3 < v.last; ++k) {
    if (v.a.tokens[k].norm != "in" || !In(v.a.tokens[k + 1].norm, {"retaliation", "reprisal", "response"}) ||
        !In(v.a.tokens[k + 2].norm, {"for", "to"}))
      continue;
    const int32_t m = v.MentionAt(k + 3);
    if (usable(m) && v.mentions[m].end < v.last && v.a.tokens[v.mentions[m].end].norm == "'s") return m;
    break;
  }
  return -1;
}
// A show of force (CAMEO 15: alerts, mobilisations, manoeuvres) is aimed at
// the party whose act it answers: "Taiwan put its armed forces on high alert
// as China fired missiles", "raised its military alert level after North
// Korea fired artillery shells", "in response to Russia's military build-up",
// "ahead of a planned North Korean satellite launch", "in a show of force
// against the United States". The subject of an after/as/when/because
// clause of the verb, else the actor of an after/amid/following/ahead-of
// phrase, or of what a response/retaliation/show of force is "to"/"against".
int32_t ThreatAnswered(const SentenceView& v, uint32_t verb, int32_t source) {
  // (Not the source's own country, even an organisation of it.)
  auto usable = [&](int32_t m) {
    return m >= 0 && m != source && !v.mentions[m].code.empty() && !OwnPeople(v, m) &&
           !(source >= 0 && v.mentions[m].code.substr(0, 3) == v.mentions[source].code.substr(0, 3));
  };
  if (const int32_t m = SubjectOfMarkedClause(v, verb, {"after", "as", "when", "because", "following"}, usable);
      m >= 0)
    return m;
  for (uint32_t c = verb + 1; c < v.last; ++c) {
    if (HeadOf(v, c) != static_cast<int32_t>(verb) || !Rel(v, c, "obl")) continue;
    const std::string_view k = CaseOf(v, c);
    const std::string_view noun = v.a.parse[c].lemma;
    if (In(k, {"after", "amid", "following", "ahead", "as"})) {
      const int32_t m = ArgumentActor(v, c, ActKind::kOther);
      if (usable(m)) return m;
      // (A clash names its other side in a "with" phrase, or by the
      // country it broke out in: "after clashes with Kosovo police", "amid
      // fighting in northern Kosovo".)
      if (In(noun, {"clash", "fighting", "skirmish", "violence", "unrest", "incident", "tension", "shooting",
                    "exchange", "confrontation", "standoff", "provocation"})) {
        for (uint32_t u = c + 1; u < v.last; ++u) {
          // (Or "obl" where the tagger took the noun for a verb: "after
          // clashes with".)
          if (HeadOf(v, u) != static_cast<int32_t>(c) || !(Rel(v, u, "nmod") || Rel(v, u, "obl")) ||
              !In(CaseOf(v, u), {"with", "in", "along", "on"}))
            continue;
          const int32_t mu = ArgumentActor(v, u, ActKind::kOther);
          if (usable(mu) && (CaseOf(v, u) == "with" || v.mentions[mu].code.size() == 3)) return mu;
        }
      }
    }
    // ("in response to X", "in a show of force against X": the party is a
    // dependent of the noun.)
    if (In(noun, {"response", "retaliation", "reply", "show", "warning", "message"})) {
      for (uint32_t u = c + 1; u < v.last; ++u) {
        if (!Dominates(v, c, u) || !In(CaseOf(v, u), {"to", "against", "at", "for"})) continue;
        const int32_t m = ArgumentActor(v, u, ActKind::kOther);
        if (usable(m)) return m;
      }
    }
  }
  // ("Ahead of" where the parser hung the phrase on the place before it, or
  // before the verb: "placed its armed forces on heightened combat
  // readiness ahead of Chinese military drills", "Ahead of large-scale
  // Chinese military drills around the island, Taiwan placed ...".)
  for (uint32_t k = v.first; v.parsed && k + 2 < v.last; ++k) {
    if (v.a.tokens[k].norm != "ahead" || v.a.tokens[k + 1].norm != "of") continue;
    for (uint32_t j = k + 2; j < v.last && j < k + 7; ++j) {
      if (CaseOf(v, j) != "of" || !(Rel(v, j, "obl") || Rel(v, j, "nmod"))) continue;
      const int32_t m = ArgumentActor(v, j, ActKind::kOther);
      if (usable(m)) return m;
      break;
    }
  }
  // (On the surface, where the parser hung the clause or phrase elsewhere:
  // "as China fired missiles" with "China" under "alert", "in a show of
  // force against the United States" under the place before it.)
  for (uint32_t k = verb + 1; k + 1 < v.last; ++k) {
    const std::string_view w = v.a.tokens[k].norm;
    if (In(w, {"after", "as", "amid", "following"})) {
      const int32_t m = MentionStartingNear(v, k + 1, 2);
      if (usable(m)) return m;
      // (Or the other side of a clash named: "after deadly clashes with
      // Chinese forces", the phrase hung on the troops sent.)
      for (uint32_t j = k + 1; j + 2 < v.last && j < k + 4; ++j) {
        if (!In(v.a.tokens[j].norm, {"clash", "clashes", "fighting", "skirmish", "skirmishes", "confrontation",
                                     "standoff", "exchange"}) ||
            v.a.tokens[j + 1].norm != "with")
          continue;
        const int32_t other = MentionStartingNear(v, j + 2, 2);
        if (usable(other)) return other;
      }
      // (Or the author of the act named: "after threats by Somalia's al
      // Shabaab militants".)
      if (k + 3 < v.last && In(v.a.tokens[k + 2].norm, {"by", "from"}) &&
          In(v.a.tokens[k + 1].norm, {"threats", "threat", "attacks", "attack", "warnings", "provocations", "raids",
                                      "incursions", "shelling", "strikes"})) {
        const int32_t by = MentionStartingNear(v, k + 3, 2);
        if (usable(by)) return by;
      }
      // (Past the source's own side in a coordination: "as Greek and
      // Turkish warships converged on the disputed islets".)
      for (uint32_t j = k + 1; j < v.last && j < k + 6; ++j) {
        if (v.parsed && v.a.parse[j].upos == kVERB) break;
        const int32_t mj = v.MentionAt(j);
        if (mj >= 0 && v.mentions[mj].begin == j && usable(mj) && j > k + 1 &&
            In(v.a.tokens[j - 1].norm, {"and", ","}))
          return mj;
      }
    }
    // (A force aimed or directed at a party, posted along the border with
    // it, or drilling around or off it: "in a show of force aimed at
    // Beijing", "placed on full combat readiness along the border with
    // Azerbaijan", "along the Line of Control with Pakistan", "live-fire
    // exercises in the waters around Taiwan", "flew near Taiwan".)
    if (In(w, {"aimed", "directed"}) && v.a.tokens[k + 1].norm == "at") {
      // (Past the act aimed at: "aimed at deterring Iran".)
      uint32_t from = k + 2;
      if (from + 1 < v.last && v.parsed && v.a.parse[from].xpos == "VBG") ++from;
      const int32_t m = MentionStartingNear(v, from, 2);
      if (usable(m)) return m;
    }
    if (In(w, {"border", "frontier", "boundary", "control"}) && v.a.tokens[k + 1].norm == "with") {
      const int32_t m = MentionStartingNear(v, k + 2, 2);
      if (usable(m)) return m;
    }
    // (Or named by its adjective: "along the Somali border".)
    if (In(w, {"border", "frontier"})) {
      for (int32_t id : v.modifier_ids) {
        if (v.mentions[id].end == k && usable(id)) return id;
      }
    }
    if (In(w, {"around", "off", "near"})) {
      const int32_t m = MentionStartingNear(v, k + 1, 2);
      if (usable(m)) return m;
    }
    // (Forces sent to watch or counter the other side's: "dispatched
    // warships ... to monitor Chinese drills around the island"; on alert
    // "in anticipation of an Iranian retaliatory attack".)
    // (The party may be an adjective of the act watched: "Chinese drills".)
    auto party_at = [&](uint32_t from) {
      const int32_t m = MentionStartingNear(v, from, 2);
      if (usable(m)) return m;
      for (int32_t id : v.modifier_ids) {
        if (v.mentions[id].begin >= from && v.mentions[id].begin <= from + 2 && usable(id)) return id;
      }
      return int32_t{-1};
    };
    if (In(w, {"monitor", "shadow", "track", "counter", "deter"}) && v.a.tokens[k - 1].norm == "to") {
      if (const int32_t m = party_at(k + 1); m >= 0) return m;
    }
    if (w == "anticipation" && v.a.tokens[k + 1].norm == "of") {
      if (const int32_t m = party_at(k + 2); m >= 0) return m;
    }
    if (In(w, {"response", "retaliation", "show"}) && k > verb + 1 && In(v.a.tokens[k - 1].norm, {"in", "a"})) {
      for (uint32_t j = k + 1; j < v.last && j < k + 5; ++j) {
        if (!In(v.a.tokens[j].norm, {"to", "against", "at", "for"})) continue;
        const int32_t m = MentionStartingNear(v, j + 1, 2);
        if (usable(m)) return m;
        break;
      }
    }
  }
  return -1;
}
// The CAMEO bombing code (183x) of a verb whose subject is a bomb or a
// bomber: 1831 suicide, 1832 car or truck, 1833 roadside, else 183; "" when
// the subject is none. (Or a passive's agent: "were killed by a roadside
// bomb".)
std::string_view BombingKind(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb)) continue;
    if (!(u < verb && v.a.parse[u].deprel_name == "nsubj") && !(u > verb && Rel(v, u, "obl:agent") && CaseOf(v, u) == "by"))
      continue;
    if (!In(v.a.parse[u].lemma, {"bomb", "bomber", "bombing", "explosion", "blast", "device", "ied"})) return {};
    std::string_view kind = "183";
    for (uint32_t w = u > v.first + 4 ? u - 4 : v.first; w < u; ++w) {
      const std::string_view x = v.a.tokens[w].norm;
      if (x == "suicide") kind = "1831";
      if (In(x, {"car", "truck", "vehicle", "car-bomb"})) kind = "1832";
      if (In(x, {"roadside", "improvised", "landmine"})) kind = "1833";
    }
    return kind;
  }
  return {};
}
// The coded actor of the "by" phrase of a past participle modifying `noun`
// (before `end`): "a car bomb planted by ETA", "a roadside bomb planted by
// Afghan Taliban insurgents". `restrictive`: only a participle with no comma
// before it. -1 if none.
int32_t DoerInParticiple(const SentenceView& v, uint32_t noun, uint32_t end, bool restrictive) {
  for (uint32_t c = noun + 1; c < end; ++c) {
    if (HeadOf(v, c) != static_cast<int32_t>(noun) || !Rel(v, c, "acl") || v.a.parse[c].xpos != "VBN") continue;
    bool comma = false;
    for (uint32_t w = noun + 1; restrictive && w < c; ++w) comma = comma || v.a.tokens[w].norm == ",";
    if (comma) continue;
    for (uint32_t g = c + 1; g < end; ++g) {
      if (HeadOf(v, g) != static_cast<int32_t>(c) || CaseOf(v, g) != "by") continue;
      const int32_t m = ArgumentActor(v, g, ActKind::kOther);
      if (m >= 0 && !v.mentions[m].code.empty()) return m;
    }
  }
  return -1;
}
// The doer named in a participle of the verb's subject, when the subject
// itself is no actor: "A car bomb planted by ETA killed", "a missile fired by
// Houthi rebels hit"; -1 if none.
int32_t AgentOfSubjectParticiple(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = v.first; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "nsubj")) continue;
    if (const int32_t own = MentionOfPhrase(v, u); own >= 0 && !v.mentions[own].code.empty()) return -1;
    // (A restrictive participle, no comma before it: not "The three
    // nations, joined by France, Britain and Canada, agree".)
    return DoerInParticiple(v, u, verb, true);
  }
  return -1;
}
// A passive's agent that is a weapon with its doer in a participle: "Three
// British soldiers were killed by a roadside bomb planted by Afghan Taliban
// insurgents" (the planter, not the bomb). -1 if none.
int32_t DoerOfAgentWeapon(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !(Rel(v, u, "obl:agent") || Rel(v, u, "obl")) ||
        CaseOf(v, u) != "by")
      continue;
    if (const int32_t own = MentionOfPhrase(v, u); own >= 0 && !v.mentions[own].code.empty()) return -1;
    return DoerInParticiple(v, u, v.last, false);
  }
  return -1;
}
// A weapon or a blast that acts, with its doer named only as the one who
// claimed the attack or is blamed for it: "A car bomb destroyed the Israeli
// embassy in Buenos Aires, killing 29 people, in an attack claimed by the
// Lebanon-based Islamic Jihad Organisation", "... was assassinated near
// Tehran in an attack that Iranian officials blamed on Israel". The
// claimant: the "by" phrase of "claimed" or the "on" phrase of "blamed",
// that verb a clause of an attack noun. (Not a claim of someone else's act:
// "claimed responsibility for" names the act's own doer, coded as 015.)
int32_t ClaimantOfAttack(const SentenceView& v, uint32_t verb) {
  // The verb's subject must be no actor: a weapon, a blast, an attack (or,
  // for a passive, the victim).
  int32_t subject = -1;
  for (uint32_t u = v.first; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !(Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass"))) continue;
    subject = static_cast<int32_t>(u);
    if (Rel(v, u, "nsubj:pass")) continue;
    if (const int32_t own = MentionOfPhrase(v, u); own >= 0 && !v.mentions[own].code.empty()) return -1;
  }
  for (uint32_t c = v.first; c < v.last; ++c) {
    if (!In(v.a.parse[c].lemma, {"claim", "blame"}) || v.a.parse[c].upos != kVERB) continue;
    const int32_t noun = HeadOf(v, c);
    // (Of an attack noun, or of the weapon that is the verb's subject: "A
    // truck bomb, later claimed by Ukraine's security service, ripped
    // through the Crimean bridge".)
    if (noun < 0 || !(Rel(v, c, "acl") || Rel(v, c, "acl:relcl")) ||
        !(In(v.a.parse[noun].lemma, {"attack", "bombing", "raid", "strike", "assault", "blast", "explosion"}) ||
          (noun == subject && !Rel(v, static_cast<uint32_t>(subject), "nsubj:pass"))))
      continue;
    const std::string_view wanted = v.a.parse[c].lemma == "claim" ? "by" : "on";
    for (uint32_t g = c + 1; g < v.last; ++g) {
      if (HeadOf(v, g) != static_cast<int32_t>(c) || CaseOf(v, g) != wanted) continue;
      const int32_t m = ArgumentActor(v, g, ActKind::kOther);
      if (m >= 0 && !v.mentions[m].code.empty()) return m;
    }
  }
  return -1;
}
// Two verbs joined by "and" or "or" that share the object after the second:
// "Iraq attacked and occupied Kuwait", "kidnapped and killed two Indian
// engineers". UD hangs the object on the second verb only, so the first verb
// takes the second's object when nothing of its own stands between them (no
// object, oblique or clause: not "arrived in Paris and met Macron"), i.e.
// only adverbs, a comma and the conjunction.
int32_t SharedObjectOfNextVerb(const SentenceView& v, uint32_t verb, int32_t source, ActKind kind) {
  uint32_t c = verb + 1;
  while (c < v.last && (Rel(v, c, "advmod") || Rel(v, c, "punct"))) ++c;
  if (c >= v.last || !Rel(v, c, "cc") || !In(v.a.tokens[c].norm, {"and", "or"})) return -1;
  ++c;
  while (c < v.last && Rel(v, c, "advmod")) ++c;
  if (c >= v.last || HeadOf(v, c) != static_cast<int32_t>(verb) || !Rel(v, c, "conj") ||
      v.a.parse[c].upos != kVERB || PassiveInParse(v, c))
    return -1;
  // (Only the words up to the second verb matter: a time or place phrase
  // after the object is often hung on the first, "in August 1990".)
  for (uint32_t u = c + 1; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(c) || !Rel(v, u, "obj")) continue;
    const int32_t m = ArgumentActor(v, u, kind);
    // (A gift's recipient: "donated and personally delivered $50,000 worth of
    // goods to Baghdad University Medical School" gives to the school's
    // country, whatever the goods.)
    if (m < 0 && kind == ActKind::kSupport) {
      for (uint32_t w = u + 1; w < v.last; ++w) {
        if (HeadOf(v, w) != static_cast<int32_t>(c) || !Rel(v, w, "obl") || CaseOf(v, w) != "to") continue;
        const int32_t r = ArgumentActor(v, w, kind);
        if (r >= 0 && r != source && !OwnPeople(v, r) && !v.mentions[r].code.empty()) return r;
        break;
      }
    }
    if (m < 0 || m == source || OwnPeople(v, m)) return -1;
    if (source >= 0 && v.mentions[m].modifier && v.mentions[m].code == v.mentions[source].code) return -1;
    return m;
  }
  return -1;
}
// Target by the dependency parse: the actor of the verb's object ("condemned
// the attack by Israel" -> Israel, "urged Armenia"), else of an indirect
// object, else of an oblique that names a participant ("met with Iran",
// "protested to Russia"; not a place: "told reporters in Moscow"). None for a
// passive verb, whose subject is the target. -1 if none.
// `object_case`: the preposition a pattern ends in ("call for"), whose
// oblique is the verb's object ("called for sanctions against Nigeria").
int32_t TargetFromParse(const SentenceView& v, uint32_t verb, int32_t source, ActKind kind,
                        std::string_view object_case) {
  if (PassiveInParse(v, verb)) return -1;
  // The object of a verb of talking or thinking about names the topic, not a
  // party: "agreed to discuss the problems of Afghanistan and Kampuchea in
  // its talks with Peking" is no act on Afghanistan.
  const bool topic_object =
      In(v.a.parse[verb].lemma, {"discuss", "debate", "consider", "review", "examine", "study", "address", "raise"});
  // A phrase the parser hung on the verb's particle is the verb's: "offered
  // to hand over to Great Britain two of its nationals" ("to Great Britain"
  // under "over").
  auto particle_of_verb = [&](int32_t u) {
    return u >= 0 && HeadOf(v, static_cast<uint32_t>(u)) == static_cast<int32_t>(verb) &&
           (Rel(v, static_cast<uint32_t>(u), "compound:prt") || Rel(v, static_cast<uint32_t>(u), "advmod")) &&
           In(v.a.tokens[u].norm, {"over", "up", "out", "back", "down", "off", "away", "in"});
  };
  // Nor does an "on" phrase of a verb whose object is talks: "began a fresh
  // round of talks ... on the future of Hong Kong" is no act on Hong Kong.
  bool talks_object = false;
  for (uint32_t t = v.first; t < v.last && !talks_object; ++t) {
    talks_object = HeadOf(v, t) == static_cast<int32_t>(verb) && Rel(v, t, "obj") &&
                   In(v.a.parse[t].lemma, {"talk", "talks", "negotiation", "discussion", "round", "consultation",
                                           "dialogue", "meeting", "conference"});
  }
  int32_t best = -1, best_rank = 4;
  for (uint32_t t = v.first; t < v.last; ++t) {
    if (HeadOf(v, t) != static_cast<int32_t>(verb) && !particle_of_verb(HeadOf(v, t))) continue;
    const std::string_view rel = v.a.parse[t].deprel_name;
    int rank;
    if (rel == "obj") {
      if (topic_object) continue;
      // (Not a place the parser made the object, its preposition read as a
      // particle: "dealers meet in Abu Dhabi".)
      if (t > v.first && In(v.a.tokens[t - 1].norm, {"in", "at", "near", "inside"}) && Rel(v, t - 1, "advmod"))
        continue;
      rank = 0;
    } else if (rel == "iobj") {
      rank = 1;
    } else if (rel == "obl" || rel.starts_with("obl:")) {
      // (A "by" phrase of an active verb with an object names the object's
      // author, hung on the verb by the parser: "rejected a proposal by
      // Russia"; last resort.)
      const std::string_view c = CaseOf(v, t);
      // (Whom one acts for is no target: "visited them on OPEC's behalf".)
      if (v.a.tokens[t].norm == "behalf") continue;
      if (!object_case.empty() && c == object_case) {
        rank = 0;
      } else if (talks_object && In(c, {"on", "upon"})) {
        continue;
      } else if (c == "by" && HasObject(v, verb)) {
        rank = 3;
      } else if (c == "in" && v.a.parse[t].lemma == "protest") {
        // (What a protest is at names whom it is against: "staged a
        // torch-lit march through Yerevan in protest at Turkey's refusal".)
        uint32_t at = t;
        for (uint32_t u = t + 1; u < v.last && at == t; ++u) {
          if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "nmod") && In(CaseOf(v, u), {"at", "against", "over"}))
            at = u;
        }
        if (at == t) continue;
        const int32_t m = ArgumentActor(v, at, kind);
        if (m >= 0 && m != source && !OwnPeople(v, m) && 2 < best_rank) {
          best = m;
          best_rank = 2;
        }
        continue;
      } else if (!In(c, {"with", "to", "against", "toward", "towards", "from", "on", "upon"}) ||
                 (kind == ActKind::kSupport && c == "against") ||
                 (kind == ActKind::kForce && c == "with" && HasObject(v, verb))) {
        continue;
      } else {
        rank = 2;
      }
    } else {
      continue;
    }
    int32_t m = ArgumentActor(v, t, kind);
    // (A party named by the object's last conjunct is the whole list's:
    // "halted budget support and security cooperation with Niger".)
    // (Only a party the conjunct's "with", "to" or "from" names: not one of
    // "killing 148 people, most of them students, after separating
    // Christians from Muslims".)
    for (uint32_t u = t + 1; m < 0 && rel == "obj" && u < v.last; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(t) || !Rel(v, u, "conj") || v.a.parse[u].upos != kNOUN) continue;
      const int32_t c = ArgumentActor(v, u, kind);
      if (c >= 0 && !v.mentions[c].code.empty() && HeadOf(v, v.mentions[c].head) == static_cast<int32_t>(u) &&
          Rel(v, v.mentions[c].head, "nmod") && In(CaseOf(v, v.mentions[c].head), {"with", "to", "from"}))
        m = c;
    }
    if (m < 0 || m == source) continue;
    // (Nor a bare adjective of the source's own country: "agreed 300 mln
    // dlrs of financing for Italian exports to Algeria".)
    if (source >= 0 && v.mentions[m].modifier && v.mentions[m].code == v.mentions[source].code) continue;
    // The subject's own people are its instrument, not a target ("offered
    // its troops to Lebanon's new President" -> Lebanon; "Israel has
    // strengthened its forces": no target).
    if (OwnPeople(v, m)) continue;
    if (rank >= best_rank) continue;
    best = m;
    best_rank = rank;
  }
  if (best < 0) best = SharedObjectOfNextVerb(v, verb, source, kind);
  return best;
}
// Verbs whose to-infinitive states the act they promise, threaten or refuse
// ("agreed to supply oil to Brazil", "threatened to revoke the licence of
// Japanese banks", "refused to accept credit guarantees from the Bank of
// Brazil"). Not appeals or demands, whose complement is what another is to do
// ("urged the world community to help the Palestinians"), nor verbs whose
// infinitive is a purpose ("met to review Japanese compliance"), nor
// "decline" ("declined to name the German institution").
bool StatesItsActInAComplement(std::string_view lemma) {
  return In(lemma, {"agree", "offer", "promise", "pledge", "vow", "threaten", "refuse", "commit"});
}
bool AccidentSubject(const SentenceView& v, uint32_t verb) {
  auto accident = [&](uint32_t u) {
    return In(v.a.parse[u].lemma, {"crash", "accident", "earthquake", "quake", "flood", "storm", "disease",
                                   "epidemic", "disaster", "collision", "derailment", "fire", "hurricane", "typhoon",
                                   "cyclone", "landslide", "avalanche", "famine", "drought", "tornado", "tsunami"});
  };
  // (On the surface too, the noun right before the verb, where a headline
  // in capitals defeats the parser: "INDONESIAN AIRLINER CRASH KILLS 23".)
  if (verb > v.first && In(v.a.tokens[verb - 1].norm, {"crash", "accident", "collision", "derailment", "earthquake",
                                                         "quake", "flood", "floods", "storm", "fire", "blaze"}))
    return true;
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "nsubj")) {
      if (accident(u)) return true;
      // ("that killed": the relative pronoun stands for the noun described.)
      const int32_t h = HeadOf(v, verb);
      if (Rel(v, verb, "acl:relcl") && h >= 0 && accident(static_cast<uint32_t>(h))) return true;
      // (Also where the parser lost the clause's noun behind a date: "a
      // Japan Air Lines Co Ltd 747 crash on August 12, 1985, that killed 520
      // people" — an accident noun a few words before the relative pronoun,
      // no verb between.)
      if (In(v.a.tokens[u].norm, {"that", "which"}) && u + 1 == verb) {
        for (uint32_t w = u; w-- > v.first && w + 8 >= u;) {
          if (v.a.parse[w].upos == kVERB || v.a.parse[w].upos == kAUX) break;
          if (v.a.parse[w].upos == kNOUN && accident(w)) return true;
        }
      }
    }
  }
  return false;
}
std::string_view WarnedObligation(const SentenceView& v, uint32_t verb) {
  for (uint32_t c = verb + 1; c < v.last; ++c) {
    if (HeadOf(v, c) != static_cast<int32_t>(verb) || !Rel(v, c, "ccomp")) continue;
    bool subject = false;
    std::string_view modal;
    for (uint32_t u = verb + 1; u < c; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(c)) continue;
      subject = subject || Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass");
      if (Rel(v, u, "aux") && In(v.a.tokens[u].norm, {"must", "mustn't"})) modal = "100";
      if (Rel(v, u, "aux") && modal.empty() && In(v.a.tokens[u].norm, {"should", "ought"})) modal = "020";
    }
    if (subject && !modal.empty()) return modal;
  }
  return {};
}
int32_t ConditionSubject(const SentenceView& v, uint32_t verb, int32_t source) {
  // The threat verb and the clauses under it (the threatened act and its
  // purpose: "threatened to stop negotiations to reduce nuclear weapons if
  // the United States goes ahead", where the parser hangs the condition on
  // "reduce").
  std::vector<uint32_t> heads = {verb};
  // (And the reporting verb the threat is the report of, where the parser
  // hangs the condition on it: "Iran threatened to close the Strait of
  // Hormuz if Iraq used its jets, officials said".)
  if (Rel(v, verb, "ccomp")) {
    const int32_t report = HeadOf(v, verb);
    if (report > static_cast<int32_t>(verb) &&
        In(v.a.parse[report].lemma, {"say", "report", "tell", "add", "announce", "state", "quote"}))
      heads.push_back(static_cast<uint32_t>(report));
  }
  // (Or the one the parser hangs on the threat as parataxis or a conjunct: "China will take
  // resolute measures if Nancy Pelosi visits Taiwan, spokesperson Zhao
  // Lijian told a press briefing".)
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && (Rel(v, u, "parataxis") || Rel(v, u, "conj")) &&
        In(v.a.parse[u].lemma, {"say", "report", "tell", "add", "announce", "state", "quote"}))
      heads.push_back(u);
  }
  for (int depth = 0; depth < 2; ++depth) {
    const size_t known = heads.size();
    for (uint32_t u = verb + 1; u < v.last; ++u) {
      const int32_t h = HeadOf(v, u);
      if (h < 0 || std::find(heads.begin(), heads.begin() + known, static_cast<uint32_t>(h)) == heads.begin() + known ||
          std::find(heads.begin(), heads.end(), u) != heads.end())
        continue;
      if ((Rel(v, u, "xcomp") || Rel(v, u, "advcl") || Rel(v, u, "ccomp")) && v.a.parse[u].upos == kVERB)
        heads.push_back(u);
    }
  }
  for (uint32_t c = verb + 1; c < v.last; ++c) {
    if (!Rel(v, c, "advcl")) continue;
    const int32_t h = HeadOf(v, c);
    if (h < 0 || std::find(heads.begin(), heads.end(), static_cast<uint32_t>(h)) == heads.end()) continue;
    bool condition = false;
    for (uint32_t u = verb + 1; u < c && !condition; ++u) {
      condition = HeadOf(v, u) == static_cast<int32_t>(c) && Rel(v, u, "mark") && In(v.a.tokens[u].norm, {"unless", "if"});
    }
    if (!condition) continue;
    for (uint32_t u = verb + 1; u < c; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(c) || !Rel(v, u, "nsubj")) continue;
      const int32_t m = MentionOfPhrase(v, u);
      if (m >= 0 && m != source && !v.mentions[m].code.empty() && !OwnPeople(v, m)) return m;
    }
  }
  return -1;
}
// The party of an act stated through its open complement: "Iran threatened to
// cut off electricity to Azerbaijan", "Libya has offered to hand over to
// Great Britain two of its nationals", "promised to continue military aid to
// Mozambique". When the verb itself names no target, the target of its
// subjectless to-infinitive (an `xcomp`, or the `advcl` the parser often
// makes of it after a time phrase). Only that clause's own arguments: deeper
// clauses state purposes, not the promised act's party ("agreed to initiate
// efforts to end the Iraq-Iran war" is no act on Iran). Sets *complement to
// the clause the target came from.
// The party acted on in the reported clause of `verb` whose subject is
// `own` (the speaker's own side): the first actor after the clause's verb,
// inside the clause, of another country than the source. -1 if none.
int32_t PartyOfOwnSidesAct(const SentenceView& v, uint32_t verb, int32_t source, int32_t own) {
  const std::string& sc = v.mentions[source].code;
  for (uint32_t c = verb + 1; c < v.last; ++c) {
    if (HeadOf(v, c) != static_cast<int32_t>(verb) || !Rel(v, c, "ccomp")) continue;
    if (!Dominates(v, c, v.mentions[own].head)) return -1;
    for (int32_t id : v.mention_ids) {
      const Mention& m = v.mentions[id];
      if (m.code.empty() || m.begin <= c || !Dominates(v, c, m.head) || SameActor(m.code, sc)) continue;
      return id;
    }
    return -1;
  }
  return -1;
}
int32_t ComplementTarget(const SentenceView& v, uint32_t verb, int32_t source, int32_t* complement) {
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || v.a.parse[u].upos != kVERB ||
        !(Rel(v, u, "xcomp") || Rel(v, u, "advcl")) || !ToInfinitive(v, u))
      continue;
    // (Not a model to follow or a state to be in: "threatened to emulate
    // Brazil's payments moratorium", "agreed to become the distributor of
    // ... toy lines in Australia".)
    if (In(v.a.parse[u].lemma, {"follow", "emulate", "imitate", "copy", "match", "become", "be", "remain"})) return -1;
    const int32_t m = TargetFromParse(v, u, source);
    if (m >= 0) *complement = static_cast<int32_t>(u);
    return m;
  }
  return -1;
}
// The code of a role with no country of its own ("opposition leaders",
// "demonstrators", "government troops") acted on by `source`, when the source
// is a country's own institution or people (a country code, possibly with a
// role): that country plus the role. "" otherwise, and for organisations.
// Not the press (talking to reporters is no event), not a role word that
// modifies another noun ("press reports", "government approval", "the Public
// Health Laboratory"), not a role of no particular country ("foreign banks").
namespace {
// The country another than `own` that a place phrase of the clause of `verb`
// names: its "in/at/near" phrase, or that of the verb it is joined to, by a
// country or city mention or by an actor adjective of the place noun ("in the
// central Malian town of Moura"). Empty if none.
std::string VictimsPlaceCountry(const SentenceView& v, uint32_t verb, std::string_view own) {
  std::vector<uint32_t> verbs{verb};
  if (Rel(v, verb, "conj") && HeadOf(v, verb) >= 0) verbs.push_back(static_cast<uint32_t>(HeadOf(v, verb)));
  auto country_of = [&](int32_t id) -> std::string {
    if (id < 0) return {};
    const std::string& c = v.mentions[id].code;
    if (c.size() < 3 || c.starts_with("IGO") || c.starts_with("---") || IsRegionCode(c.substr(0, 3))) return {};
    // (A place, not a party's people or forces there.)
    if (c.size() > 3 && c.substr(3) != "GOV") return {};
    if (c.compare(0, 3, own) == 0) return {};
    return c.substr(0, 3);
  };
  // (The phrase on the verb or below it, through nouns and the participles
  // that describe them: "killed dozens of civilians in a church in Dili",
  // "civilians sheltering in a church"; not in a clause of its own.)
  auto under = [&](uint32_t u, uint32_t vb) {
    for (int32_t w = HeadOf(v, u), guard = 0; w >= 0 && guard < 8; w = HeadOf(v, static_cast<uint32_t>(w)), ++guard) {
      if (w == static_cast<int32_t>(vb)) return true;
      const uint32_t uw = static_cast<uint32_t>(w);
      if (v.a.parse[uw].upos == kVERB && !Rel(v, uw, "acl")) return false;
    }
    return false;
  };
  for (const uint32_t vb : verbs) {
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (!(Rel(v, u, "obl") || Rel(v, u, "nmod") || Rel(v, u, "appos")) || !under(u, vb)) continue;
      // (An apposition names the place of the phrase before it: "in Dili,
      // East Timor".)
      if (Rel(v, u, "appos") ? !In(CaseOf(v, static_cast<uint32_t>(HeadOf(v, u))), {"in", "at", "near", "inside"})
                             : !In(CaseOf(v, u), {"in", "at", "near", "inside"}))
        continue;
      if (std::string c = country_of(v.MentionAt(u)); !c.empty()) return c;
      for (int32_t id : v.modifier_ids) {
        const Mention& m = v.mentions[id];
        if (HeadOf(v, m.head) == static_cast<int32_t>(u) && Rel(v, m.head, "amod"))
          if (std::string c = country_of(id); !c.empty()) return c;
      }
    }
  }
  return {};
}
}  // namespace

std::string DomesticRoleCode(const Lexicon& lex, const SentenceView& v, int32_t source, int32_t target,
                             std::string_view code) {
  const std::vector<Mention>& mentions = v.mentions;
  if (source < 0 || target < 0) return {};
  const Mention& t = mentions[target];
  const std::string& sc = mentions[source].code;
  // (Not a role with a name after it: "the Public Utility Commission".)
  if (t.pronoun || t.named || t.agent < 0 || t.actor >= 0 || !t.code.empty() || sc.size() < 3) return {};
  if (lex.agents[t.agent].code == "MED") return {};
  // (Nor a company's pilots or planes, no air force: "Pan Am Corp agreed
  // that pilots of its non-union subsidiary ...".)
  if (lex.agents[t.agent].code == "MIL" && sc.size() == 6 && sc.ends_with("BUS") &&
      In(v.a.tokens[t.head].norm, {"pilot", "pilots", "plane", "planes", "jet", "jets", "aircraft", "helicopter",
                                    "helicopters"}))
    return {};
  // Nor an adverb that is also a role word: "We are determined to stand firm
  // by the accord".
  if (t.begin > v.first &&
      In(v.a.tokens[t.begin - 1].norm, {"stand", "stands", "stood", "standing", "hold", "holds", "held", "holding",
                                        "remain", "remains", "remained", "stay", "stays", "stayed"}))
    return {};
  // Nor a role word inside a name ("the Public Utility Commission of Texas",
  // "First Union Bank of Florida"): capitalised with a capitalised neighbour.
  auto capitalised = [&](uint32_t k) {
    return k >= v.first && k < v.last && (v.a.tokens[k].flags & kTokCapitalized) &&
           !(v.a.tokens[k].flags & kTokAllCaps) && !(v.a.tokens[k].flags & kTokPunct);
  };
  if (capitalised(t.begin) && t.begin > v.first &&
      ((t.begin > v.first + 1 && capitalised(t.begin - 1) && v.MentionAt(t.begin - 1) < 0) || capitalised(t.end)))
    return {};
  // (A possessor is the party of what it owns, where that is no actor of
  // its own: "protested against the government's judicial overhaul".)
  if (v.parsed && (Rel(v, t.head, "compound") || Rel(v, t.head, "amod") ||
                   (Rel(v, t.head, "nmod:poss") &&
                    (HeadOf(v, t.head) < 0 || v.MentionAt(static_cast<uint32_t>(HeadOf(v, t.head))) >= 0))))
    return {};
  // Nor a role qualified by a capitalised word the dictionaries do not know,
  // a people or a nationality of its own: "Tehran has supported anti-Baghdad
  // Kurdish guerrillas" are not Iran's.
  // (The words right before the role, not a subject before its verb.)
  for (uint32_t k = t.begin; k-- > v.first + 1 && k + 2 >= t.begin;) {
    const Token& w = v.a.tokens[k];
    if (!(w.flags & kTokCapitalized) || (w.flags & (kTokAllCaps | kTokPunct))) break;
    if (v.MentionAt(k) < 0) return {};
  }
  // (Nor creditor or commercial banks, in debt news the foreign lenders.)
  for (uint32_t k = t.begin; k-- > v.first && k + 2 >= t.begin;) {
    if (In(v.a.tokens[k].norm,
           {"foreign", "other", "international", "overseas", "western", "commercial", "creditor", "creditors"}))
      return {};
  }
  // Nor a role "of" another country's actor ("the forces of President
  // Hissene Habre", said by Libya).
  if (t.end + 1 < v.last && v.a.tokens[t.end].norm == "of") {
    uint32_t k = t.end + 1;
    if (k + 1 < v.last && v.a.tokens[k].norm == "the") ++k;
    const int32_t of = v.MentionAt(k);
    if (of >= 0 && v.mentions[of].code.size() >= 3 && v.mentions[of].code.compare(0, 3, sc, 0, 3) != 0) return {};
  }
  const std::string country = sc.substr(0, 3);
  // Victims of force in another country's place are its people: "Russian
  // mercenaries executed hundreds of men in the central Malian town of
  // Moura" (MLICVL, not RUSCVL).
  // (People, not a state's roles: "Sudanese rebels attacked government
  // troops near Juba" are Sudan's troops, whatever Juba's country.)
  if (v.parsed && (code.starts_with("18") || code.starts_with("19") || code.starts_with("20")) &&
      !In(lex.agents[t.agent].code, {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI"})) {
    int32_t verb = HeadOf(v, t.head);
    for (int guard = 0; guard < 4 && verb >= 0 && v.a.parse[static_cast<uint32_t>(verb)].upos != kVERB; ++guard)
      verb = HeadOf(v, static_cast<uint32_t>(verb));
    if (verb >= 0) {
      const std::string place = VictimsPlaceCountry(v, static_cast<uint32_t>(verb), country);
      if (!place.empty()) return place + lex.agents[t.agent].code;
    }
  }
  // An armed group fighting another country's army or government is that
  // country's insurgency, not the source's: "Rwanda supplied weapons to
  // rebels fighting the Congolese army" (Congo's rebels). One fighting
  // another country's troops is neither's for all we know: "militias
  // fighting American troops in Iraq" are no American militias.
  if (v.parsed) {
    for (uint32_t g = t.head + 1; g < v.last && g < t.head + 4; ++g) {
      if (HeadOf(v, g) != static_cast<int32_t>(t.head) || !(Rel(v, g, "acl") || Rel(v, g, "acl:relcl")) ||
          !In(v.a.parse[g].lemma, {"fight", "battle", "attack", "oppose"}))
        continue;
      for (int32_t id : v.mention_ids) {
        const Mention& o = v.mentions[id];
        if (o.head <= g || !Dominates(v, g, o.head) || o.code.size() < 3 || o.code.compare(0, 3, country) == 0)
          continue;
        const std::string other = o.code.substr(0, 3);
        if (IsRegionCode(other) || In(other, {"IGO", "NGO", "IMG", "MNC", "INT", "UIS"})) return {};
        if (!In(v.a.parse[o.head].lemma, {"army", "government", "regime", "junta"})) return {};
        return other + lex.agents[t.agent].code;
      }
    }
  }
  // "Congress" alone is the legislature of the United States, unless the
  // source's country has a congress of its own (most of Latin America, the
  // Philippines): "MULRONEY CALLS ON CONGRESS FOR ACID RAIN ACTION" addresses
  // the U.S. Congress. So is "the Senate" for a country without one ("Abe met
  // Senate and Democratic leaders active in trade legislation": Japan has none).
  if (t.end == t.begin + 1 && lex.agents[t.agent].code == "LEG") {
    const std::string_view word = v.a.tokens[t.begin].norm;
    if ((word == "congress" && !In(country, {"USA", "PHL", "MEX", "GTM", "HND", "COL", "VEN", "ECU", "PER", "BOL",
                                             "BRA", "ARG", "CHL", "PRY", "DOM", "FSM"})) ||
        (word == "senate" &&
         !In(country, {"USA", "CAN", "MEX", "AUS", "FRA", "ITA", "BEL", "NLD", "IRL", "ESP", "POL", "CZE", "ROM",
                       "PHL", "THA", "MYS", "PAK", "JOR", "BRA", "ARG", "CHL", "COL", "URY", "PRY", "BOL", "DOM",
                       "HTI", "NGA", "LBR", "KEN", "ZAF", "JAM", "TTO", "BHS", "BRB", "BLZ", "VEN", "PER"})))
      return "USALEG";
  }
  // (Organisations, groups and regions have no domestic roles.)
  if (IsRegionCode(country) || In(country, {"IGO", "NGO", "IMG", "MNC", "INT", "UIS"})) return {};
  for (char c : country) {
    if (c < 'A' || c > 'Z') return {};
  }
  return country + lex.agents[t.agent].code;
}

int32_t BodyMetInCapital(const SentenceView& v, uint32_t verb, std::string_view source_code) {
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb)) continue;
    // Or the meeting it is for: "travelling to Washington for the semi-annual
    // meeting of the International Monetary Fund and the World Bank".
    const bool for_meeting =
        Rel(v, u, "obl") && CaseOf(v, u) == "for" &&
        In(v.a.parse[u].lemma, {"meeting", "session", "conference", "talk", "negotiation", "assembly", "summit"});
    if (!for_meeting && !(Rel(v, u, "advcl") || Rel(v, u, "xcomp"))) continue;
    bool to = for_meeting;
    for (uint32_t w = verb + 1; w < u && !to; ++w) {
      to = HeadOf(v, w) == static_cast<int32_t>(u) && Rel(v, w, "mark") && v.a.tokens[w].norm == "to";
    }
    if (!to) continue;
    // The first actor the purpose clause names decides: "to meet Baker and
    // attend the IMF meetings" is a visit to the U.S. government. (Not the
    // traveller's own country: "left for Washington to discuss Sri Lanka's
    // request for an International Monetary Fund loan facility".)
    for (int32_t id : v.mention_ids) {
      const Mention& m = v.mentions[id];
      if (m.head <= u || m.code.empty() || !Dominates(v, u, m.head)) continue;
      if (source_code.size() >= 3 && m.code.size() >= 3 && m.code.compare(0, 3, source_code.substr(0, 3)) == 0 &&
          !m.code.starts_with("IGO"))
        continue;
      return m.code.starts_with("IGO") ? id : -1;
    }
  }
  return -1;
}

int32_t ComplaintSubject(const SentenceView& v, uint32_t verb, int32_t source, int32_t target) {
  auto other = [&](int32_t m) {
    return m >= 0 && !v.mentions[m].code.empty() && !SameActor(v.mentions[m].code, v.mentions[source].code) &&
           !SameActor(v.mentions[m].code, v.mentions[target].code) && !v.mentions[m].code.starts_with("IGO");
  };
  // (The preposition may be tagged an adverb of the verb, "complained to
  // the United Nations on Tuesday over two Israeli air raids": then the word
  // before the phrase.)
  auto about_case = [&](uint32_t u) {
    if (In(CaseOf(v, u), {"over", "about", "against"})) return true;
    uint32_t first = u;
    for (uint32_t w = v.first; w < u; ++w) {
      if (Dominates(v, u, w)) {
        first = w;
        break;
      }
    }
    // (Or read as "more than", the phrase's own first word: "over two
    // Israeli air raids", "over" an adverb of "two".)
    if (first < u && Rel(v, first, "advmod") && In(v.a.tokens[first].norm, {"over", "about"})) return true;
    return first > v.first && In(v.a.tokens[first - 1].norm, {"over", "about", "against"});
  };
  // (And the "that" clause may hang on the body's name: "complained to the
  // United Nations that Israeli occupation authorities were blocking ...".)
  const uint32_t addressee = v.mentions[target].head;
  for (uint32_t u = v.first; u < v.last; ++u) {
    const int32_t h = HeadOf(v, u);
    int32_t m = -1;
    if (h == static_cast<int32_t>(addressee) && Rel(v, u, "acl") && v.a.parse[u].upos == kVERB) {
      bool that = false;
      for (uint32_t w = v.first; w < u && !that; ++w) {
        that = HeadOf(v, w) == static_cast<int32_t>(u) && Rel(v, w, "mark") && v.a.tokens[w].norm == "that";
      }
      for (uint32_t w = v.first; w < v.last && that && m < 0; ++w) {
        if (HeadOf(v, w) == static_cast<int32_t>(u) && (Rel(v, w, "nsubj") || Rel(v, w, "nsubj:pass")))
          m = ArgumentActor(v, w, ActKind::kOther);
      }
      if (other(m)) return m;
      continue;
    }
    if (h != static_cast<int32_t>(verb)) continue;
    // (Or, with "over" read as "more than", the verb's object: "over two
    // Israeli air raids" with "over" an adverb of "two".)
    if ((Rel(v, u, "obl") || v.a.parse[u].deprel_name.starts_with("obl:") || Rel(v, u, "obj")) && about_case(u)) {
      m = ArgumentActor(v, u, ActKind::kOther);
    } else if (Rel(v, u, "ccomp")) {
      for (uint32_t w = v.first; w < v.last && m < 0; ++w) {
        if (HeadOf(v, w) == static_cast<int32_t>(u) && (Rel(v, w, "nsubj") || Rel(v, w, "nsubj:pass")))
          m = ArgumentActor(v, w, ActKind::kOther);
      }
    }
    if (other(m)) return m;
  }
  return -1;
}
std::string ForeignPlaceOfAct(const SentenceView& v, uint32_t verb, const std::string& source_code) {
  if (!v.parsed || source_code.size() < 3) return {};
  // Is `u` inside a place phrase of the verb: below an oblique with
  // "in/near/at", through at most three nominal links ("in as many days of a
  // remote Pakistani village")?
  // (Or the object's: "killed 20 people in southern Lebanon".)
  // (Or, for a participle clause of a verb of motion, that verb's place:
  // "Hamas gunmen stormed into southern Israel from Gaza, killing hundreds
  // of civilians" are Israel's.)
  const int32_t moved = Rel(v, verb, "advcl") && v.a.parse[verb].xpos == "VBG" ? HeadOf(v, verb) : -1;
  bool via_subject = false;  // (set by in_place_phrase: the place is the subject's)
  auto in_place_phrase = [&](uint32_t u) {
    bool place = false, over = false;
    via_subject = false;
    for (int depth = 0; depth < 5; ++depth) {
      const int32_t h = HeadOf(v, u);
      if (h < 0) return false;
      const bool oblique = Rel(v, u, "obl") || v.a.parse[u].deprel_name.starts_with("obl:");
      if ((oblique || Rel(v, u, "nmod")) && In(CaseOf(v, u), {"in", "near", "at", "inside", "into"})) place = true;
      if ((oblique || Rel(v, u, "nmod")) && CaseOf(v, u) == "over") over = true;
      if (h == static_cast<int32_t>(verb)) return place && (oblique || Rel(v, u, "obj"));
      // (Or the place of what it attacked or stormed: "attacked Garissa
      // University College in northeastern Kenya, killing 148 people".)
      // (Or where it bombed or shot down an aircraft: "bombed Pan Am Flight
      // 103 over Lockerbie, Scotland, killing all 259 people on board".)
      if (h == moved && moved >= 0)
        return (oblique && In(CaseOf(v, u), {"in", "into", "inside", "over"})) || ((place || over) && Rel(v, u, "obj"));
      // (Or where the subject is said to be fighting or deployed: "Eritrean
      // soldiers fighting in Ethiopia's Tigray region killed hundreds of
      // unarmed civilians in the ancient city of Axum".)
      if (oblique && place && Rel(v, static_cast<uint32_t>(h), "acl")) {
        const int32_t subj = HeadOf(v, static_cast<uint32_t>(h));
        if (subj >= 0 && HeadOf(v, static_cast<uint32_t>(subj)) == static_cast<int32_t>(verb) &&
            Rel(v, static_cast<uint32_t>(subj), "nsubj"))
          return via_subject = true;
      }
      // (A place's region in apposition too: "Lockerbie, Scotland"; or its
      // description: "in Fotokol, a Cameroonian border town".)
      if (!(Rel(v, u, "nmod") || Rel(v, u, "amod") || Rel(v, u, "compound") || Rel(v, u, "flat") ||
            (Rel(v, u, "appos") &&
             (v.a.parse[u].upos == kPROPN ||
              In(v.a.parse[u].lemma, {"town", "city", "village", "region", "province", "district", "area", "capital",
                                      "state", "county", "port"})))))
        return false;
      u = static_cast<uint32_t>(h);
    }
    return false;
  };
  auto country_of = [&](int32_t id) -> std::string {
    const std::string& c = v.mentions[id].code;
    if (c.size() < 3 || IsRegionCode(c.substr(0, 3))) return {};
    for (size_t i = 0; i < 3; ++i) {
      if (c[i] < 'A' || c[i] > 'Z') return {};
    }
    const std::string country = c.substr(0, 3);
    return In(country, {"IGO", "NGO", "IMG", "MNC", "INT", "UIS"}) ? std::string() : country;
  };
  // (Or, for a participle clause of an attack, the attacked object's owner:
  // "planes from Afghanistan attacked Pakistani villages ..., killing 90
  // people".)
  const int32_t attack = Rel(v, verb, "advcl") && v.a.parse[verb].xpos == "VBG" ? HeadOf(v, verb) : -1;
  // (The object also where the parser read a particle as its preposition:
  // "shot down an Iranian airliner, killing all 290 people on board".)
  auto of_attacked_object = [&](uint32_t u) {
    if (Rel(v, u, "flat") && HeadOf(v, u) >= 0) u = static_cast<uint32_t>(HeadOf(v, u));  // ("Pan Am")
    const int32_t o = HeadOf(v, u);
    // (Or a company's name before it: "bombed Pan Am Flight 103".)
    return attack >= 0 && o >= 0 && (Rel(v, u, "amod") || Rel(v, u, "nmod:poss") || Rel(v, u, "compound")) &&
           (Rel(v, static_cast<uint32_t>(o), "obj") ||
            (Rel(v, static_cast<uint32_t>(o), "obl") && CaseOf(v, static_cast<uint32_t>(o)) == "down")) &&
           HeadOf(v, static_cast<uint32_t>(o)) == attack;
  };
  for (const std::vector<int32_t>* ids : {&v.mention_ids, &v.modifier_ids}) {
    for (int32_t id : *ids) {
      const Mention& mm = v.mentions[id];
      const bool in_place = in_place_phrase(mm.head);
      if (!((mm.begin > verb || moved >= 0 || via_subject) && in_place) && !of_attacked_object(mm.head)) continue;
      const std::string country = country_of(id);
      if (!country.empty() && source_code.compare(0, 3, country) != 0) return country;
    }
  }
  return {};
}

// Is the source the subject of `verb` (or of the verb it completes), or the
// people of a crowd that is ("Tens of thousands of Ukrainians rallied")? Not
// what only an "of" phrase names: "Shares of Japanese carmakers rallied".
static bool SourceIsTheSubject(const SentenceView& v, uint32_t verb, int32_t source) {
  const Mention& m = v.mentions[source];
  for (int32_t cur = static_cast<int32_t>(verb), k = 0; cur >= 0 && k < 3; ++k) {
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) != cur || !(Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass"))) continue;
      const uint32_t people = CrowdNoun(v, u);
      return (m.begin <= u && u < m.end) || (m.begin <= people && people < m.end);
    }
    if (!(Rel(v, static_cast<uint32_t>(cur), "xcomp") || Rel(v, static_cast<uint32_t>(cur), "advcl") ||
          Rel(v, static_cast<uint32_t>(cur), "conj")))
      break;
    cur = HeadOf(v, static_cast<uint32_t>(cur));
  }
  return false;
}
bool RebelHeldPlace(const SentenceView& v, uint32_t verb) {
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    const std::string_view w = v.a.tokens[u].norm;
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos || !In(w.substr(dash + 1), {"held", "controlled", "occupied"})) continue;
    if (In(w.substr(0, dash), {"rebel", "opposition", "insurgent", "militant", "separatist", "guerrilla", "guerilla",
                               "islamist", "jihadist"}) &&
        Dominates(v, verb, u))
      return true;
  }
  return false;
}
bool CrowdOfPeopleSubject(const SentenceView& v, uint32_t verb) {
  for (int32_t cur = static_cast<int32_t>(verb), k = 0; cur >= 0 && k < 3; ++k) {
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) != cur || !Rel(v, u, "nsubj")) continue;
      return In(LowerLemma(v, CrowdNoun(v, u)),
                {"people", "protester", "demonstrator", "crowd", "resident", "student", "worker", "villager",
                 "farmer", "citizen", "marcher", "youth", "activist", "monk", "rioter", "mob", "protestor"});
    }
    if (!(Rel(v, static_cast<uint32_t>(cur), "xcomp") || Rel(v, static_cast<uint32_t>(cur), "advcl") ||
          Rel(v, static_cast<uint32_t>(cur), "conj")))
      break;
    cur = HeadOf(v, static_cast<uint32_t>(cur));
  }
  return false;
}
std::string ImpliedDomesticTarget(const SentenceView& v, uint32_t verb, int32_t source,
                                  const std::string& source_code, std::string_view code, bool people) {
  if (source >= 0 && !SourceIsTheSubject(v, verb, source)) return {};
  if (source_code.size() < 3 || IsRegionCode(std::string_view(source_code).substr(0, 3))) return {};
  for (size_t i = 0; i < 3; ++i) {
    if (source_code[i] < 'A' || source_code[i] > 'Z') return {};
  }
  const std::string country = source_code.substr(0, 3);
  if (In(country, {"IGO", "NGO", "IMG", "MNC", "INT", "UIS"})) return {};
  const std::string_view role = source_code.size() >= 6 ? std::string_view(source_code).substr(3, 3) : "";
  // (A company and its workers are in a dispute over business: "Samsung
  // workers launched a general strike demanding higher wages".)
  if (role == "BUS") return {};
  if (code.starts_with("14")) {
    // (A state's own "protest" is an official complaint, aimed at someone
    // named; nor do a country's forces or officials demonstrate at home.)
    if ((StateActor(source_code) || In(role, {"MIL", "COP", "SPY", "JUD", "LEG", "ELI"})) && !people) return {};
    if (!ForeignPlaceOfAct(v, verb, source_code).empty()) return {};
    // (Nor a strike or picket at a company, a labour dispute with its
    // employer: "Some 7,000 black workers returned to work after staging
    // one-day strikes at two mines".)
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (v.a.parse[u].upos == kNOUN &&
          In(v.a.parse[u].lemma, {"company", "mine", "plant", "factory", "firm", "employer", "management",
                                  "corporation", "mill", "refinery"}))
        return {};
      // (Or workers' strike for pay, a dispute with whoever employs them:
      // "3,500 dockworkers went on strike ... to demand wage increases".)
      if (code.starts_with("143") && role == "LAB" &&
          In(v.a.parse[u].lemma, {"wage", "pay", "salary", "bonus", "overtime", "payment"}))
        return {};
    }
    // (Nor is one whose clause names another party aimed at home:
    // "Demonstrators in Baghdad blocked a road to show their disapproval for
    // the United States' military policies".)
    for (const std::vector<int32_t>* ids : {&v.mention_ids, &v.modifier_ids}) {
      for (int32_t id : *ids) {
        const Mention& m = v.mentions[id];
        // (Before the verb too: "Spanish farmers demanding a better deal
        // from the European Community blocked roads".)
        // (Or in the subject's own phrase, which a conjoined verb does not
        // dominate: "... blocked roads and staged protest rallies".)
        if (id == source || m.code.size() < 3) continue;
        if (!Dominates(v, verb, m.head) && !(source >= 0 && Dominates(v, v.mentions[source].head, m.head))) continue;
        if (source >= 0 && v.mentions[source].begin <= m.begin && m.end <= v.mentions[source].end) continue;
        if (m.code.compare(0, 3, country) != 0 && !IsRegionCode(std::string_view(m.code).substr(0, 3))) return {};
      }
    }
    return country + "GOV";
  }
  if (CodesAtHome(code)) {
    if (!(StateActor(source_code) || In(role, {"MIL", "COP", "SPY"}))) return {};
    const std::string place = ForeignPlaceOfAct(v, verb, source_code);
    return (place.empty() ? country : place) + "CVL";
  }
  return {};
}

}  // namespace dyad::events
