// Whether a verb reports an act as done: intentions and plans (03x codes or
// none), negation, denials, refusals, claims and reports whose content is not
// the reporter's own statement, warnings that state no threat.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "coder_internal.h"
#include "dyad/parse.h"

namespace dyad::events {

// CAMEO codes a stated intention or a future act as an intent (03 "express
// intent to cooperate") or a threat (13): "will meet" is 036, "agreed to
// provide aid" 033, "will impose sanctions" 1312, "will attack" 1384, "will
// arrest" 137 (threaten with repression). The
// intent or threat code of an act's code, "" when CAMEO has none (then a
// statement or appeal still to come is no event, while demands, disapproval
// and rejections keep their code; but a future appeal for talks, "would seek
// new talks with Washington", is an intent to negotiate, 036).
std::string_view IntentCode(std::string_view c) {
  static constexpr std::pair<std::string_view, std::string_view> kExact[] = {
      {"026", "036"},   {"057", "030"},   {"060", "031"},   {"061", "0311"},  {"062", "0312"},
      {"063", "0313"},  {"064", "0314"},  {"070", "033"},   {"071", "0331"},  {"072", "0332"},
      {"073", "0333"},  {"074", "0334"},  {"075", "033"},   {"080", "035"},   {"081", "0351"},  {"082", "0352"},
      {"083", "034"},   {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"},
      {"084", "0353"},  {"085", "0354"},  {"086", "0355"},  {"087", "0356"},  {"160", "131"},
      {"161", "1313"},  {"162", "1311"},  {"163", "1312"},  {"164", "134"},   {"165", "135"},
      {"166", "136"},   {"170", "132"},   {"171", "131"},   {"172", "132"},   {"173", "137"},   {"174", "131"},
      {"176", "131"},   {"1721", "1321"}, {"1722", "1322"},
      {"1723", "1323"}, {"1724", "1324"}, {"175", "137"},   {"191", "1381"},  {"192", "1382"},
      {"204", "1385"}};
  for (const auto& [act, intent] : kExact) {
    if (c == act) return intent;
  }
  // By family: a longer code takes its 3-digit parent's mapping first.
  if (c.size() > 3) {
    for (const auto& [act, intent] : kExact) {
      if (act.size() == 3 && c.substr(0, 3) == act) return intent;
    }
  }
  if (c.starts_with("04")) return "036";
  if (c.starts_with("05")) return "032";
  if (c.starts_with("14")) return "133";
  if (c.starts_with("18") || c.starts_with("20")) return "1383";
  if (c.starts_with("19")) return "1384";
  return {};
}
namespace {
// Words that make a following to-infinitive an intention: "agreed to meet",
// "is ready to send troops", "promised to give aid".
bool IsIntentWord(std::string_view w) {
  return In(w, {"agree", "offer", "promise", "pledge", "vow", "plan", "intend", "decide", "hope", "want",
                "seek", "propose", "expect", "threaten", "willing", "ready", "prepared", "eager", "poised",
                "schedule", "scheduled", "due", "keen", "set", "aim", "prepare", "likely", "available"});
}
// Verbs whose purpose clause is still to come: "proposed a meeting ... to
// improve relations", "pledged its support to help Indonesia".
bool IsProposalVerb(std::string_view lemma) {
  return In(lemma, {"propose", "offer", "plan", "promise", "pledge", "seek"});
}
// A verb in the present (not past) tense whose own time modifier is in the
// future: "Mikulic visits West Germany next week", "before hosting an informal
// meeting ... this weekend" are announced acts, not done ones.
bool PresentWithFutureTime(const SentenceView& v, uint32_t verb) {
  const std::string_view xpos = v.a.parse[verb].xpos;
  if (xpos != "VBZ" && xpos != "VBP" && xpos != "VBG") return false;
  // A simple present in running text (headlines tell past news in the
  // present: "EC WARNS JAPAN") with a time is an announced act: "when he
  // visits Washington on April 29", "travels to Italy this evening".
  // (Not a past spelt like its base, which the tagger may call a present:
  // "Chinese troops ... beat 20 Indian soldiers to death ... on Monday
  // night". Only "next", "coming", "tomorrow" make such a verb future.)
  const bool past_like_base = xpos == "VBP" && In(v.a.tokens[verb].norm, {"beat", "cut", "hit", "put", "set", "shut",
                                                                          "spread", "quit", "cast", "hurt", "let",
                                                                          "shed", "split", "burst", "thrust", "upset",
                                                                          "broadcast", "forecast", "offset", "bid"});
  const bool simple = xpos != "VBG" && !past_like_base && !(v.a.tokens[verb].flags & (kTokCapitalized | kTokAllCaps));
  bool future = false;
  for (uint32_t u = v.first; u < v.last; ++u) {
    // The verb's own modifier, or its object's ("hosting a meeting ... this
    // weekend", where the parser attaches the time to the noun).
    const int32_t h = HeadOf(v, u);
    if (h < 0 || (h != static_cast<int32_t>(verb) && HeadOf(v, static_cast<uint32_t>(h)) != static_cast<int32_t>(verb)))
      continue;
    const std::string_view w = v.a.tokens[u].norm;
    if (In(w, {"today", "now", "currently"})) return false;  // "meeting today and tomorrow"
    if (w == "tomorrow") future = true;
    // (UD labels a temporal "when" an adverb, advmod, as often as a marker.)
    if (simple && h == static_cast<int32_t>(verb) &&
        (Rel(v, u, "mark") || (w == "when" && Rel(v, u, "advmod"))) && In(w, {"when", "before", "after", "once"}))
      future = true;
    if (simple && (In(w, {"tonight", "later"}) || IsMonthName(w) || IsWeekdayName(w)))
      future = true;
    if (!IsWeekdayName(w) && !In(w, {"week", "month", "year", "weekend", "evening", "afternoon", "morning"}))
      continue;
    for (uint32_t k = u; k-- > v.first && k + 3 > u;) {
      const std::string_view d = v.a.tokens[k].norm;
      if (In(d, {"next", "coming"}) || (d == "this" && (w == "weekend" || simple))) future = true;
    }
  }
  return future;
}
}  // namespace
// Is the act at `verb` stated as future or intended? With a parse: a
// will/would/shall auxiliary, or the verb is the complement (`xcomp`) of an
// intention word; on the surface, the same words right before the verb.
bool IntendedAct(const SentenceView& v, uint32_t verb) {
  auto is_future_aux = [&](uint32_t u) {
    return In(v.a.tokens[u].norm, {"will", "'ll", "shall", "would", "wo"});
  };
  if (v.parsed) {
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "aux") && is_future_aux(u)) return true;
    }
    if (PresentWithFutureTime(v, verb)) return true;
    // "is due to visit" is often parsed with "due to" as a preposition, the
    // to-infinitive of "its plan to supply Ecuador" hung on another verb, and
    // a headline's "LIKELY TO URGE" on the name before it.
    if (verb >= v.first + 2 && v.a.tokens[verb - 1].norm == "to" &&
        In(v.a.tokens[verb - 2].norm, {"due", "scheduled", "set", "keen", "poised", "likely", "unlikely", "expected",
                                        "ready", "willing", "prepared", "eager", "committed", "willingness", "readiness",
                                        "intention", "determination", "commitment", "plan", "plans", "proposal",
                                        "pledge", "promise", "offer", "assurance", "assurances", "commitments"}))
      return true;
    const int32_t h = HeadOf(v, verb);
    // "Spain is to sign an order", and the headline infinitive "VENEZUELA TO
    // LEND OIL TO ECUADOR" (parsed as a clause of the name): announced acts.
    bool to_mark = false, be = false, own_aux = false;
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(verb)) continue;
      to_mark = to_mark || (Rel(v, u, "mark") && v.a.tokens[u].norm == "to");
      const bool aux = Rel(v, u, "aux") || Rel(v, u, "cop");
      own_aux = own_aux || aux;
      be = be || (aux && In(v.a.tokens[u].norm, {"is", "are", "'s", "'re"}));  // not "was to brief"
    }
    if (to_mark && be) return true;
    if (to_mark && h >= 0 && HeadOf(v, static_cast<uint32_t>(h)) < 0 && (Rel(v, verb, "acl") || Rel(v, verb, "advcl")) &&
        (v.a.parse[h].upos == kPROPN || v.a.parse[h].upos == kNOUN)) {
      // Only a bare name heads a headline ("He was the first official to
      // visit Yugoslavia" is a clause with a copula and a subject).
      bool clause = false;
      for (uint32_t u = v.first; u < v.last && !clause; ++u) {
        clause = HeadOf(v, u) == h && (Rel(v, u, "cop") || Rel(v, u, "nsubj") || Rel(v, u, "aux"));
      }
      if (!clause) return true;
    }
    if (h < 0) return false;
    // The to-infinitive of a noun of intention: "ITALY EXPRESSES WILLINGNESS TO
    // SUPPORT BRAZIL", "its readiness to send troops".
    if (to_mark && Rel(v, verb, "acl") &&
        In(v.a.tokens[h].norm, {"willingness", "readiness", "intention", "intentions", "pledge", "pledges", "promise",
                                "promises", "commitment", "commitments", "determination", "plan", "plans", "offer",
                                "offers", "assurance", "assurances"}))
      return true;
    // The same infinitive hung on the verb whose object is that noun, past a
    // time phrase: "Washington announced plans last week to slap up to 300
    // mln dlrs in tariffs on Japanese electronic goods".
    if (to_mark && Rel(v, verb, "advcl")) {
      for (uint32_t u = v.first; u < verb; ++u) {
        if (HeadOf(v, u) == h && Rel(v, u, "obj") &&
            In(v.a.tokens[u].norm, {"plan", "plans", "intention", "intentions", "proposal", "proposals"}))
          return true;
      }
    }
    // What is to follow an intended act is still to come: "Funaro was due to
    // hold talks in New York today ..., before travelling to Washington".
    // (Not what precedes it: "After travelling this week to France, ...,
    // Funaro hopes to visit Canada".)
    if (Rel(v, verb, "advcl") && v.a.parse[verb].xpos == "VBG" && v.a.parse[h].upos == kVERB) {
      bool sequence = false;
      for (uint32_t u = v.first; u < verb && !sequence; ++u) {
        sequence = HeadOf(v, u) == static_cast<int32_t>(verb) && (Rel(v, u, "mark") || Rel(v, u, "case")) &&
                   v.a.tokens[u].norm == "before";
      }
      if (sequence && IntendedAct(v, static_cast<uint32_t>(h))) return true;
    }
    // How an intended act is to be done is intended too: "willing to
    // participate with several other industrial countries in providing a 500
    // mln-dlr short-term bridge loan to Argentina", "will help by providing".
    if (Rel(v, verb, "advcl") && v.a.parse[verb].xpos == "VBG" && v.a.parse[h].upos == kVERB) {
      bool means = false;
      for (uint32_t u = v.first; u < verb && !means; ++u) {
        means = HeadOf(v, u) == static_cast<int32_t>(verb) && (Rel(v, u, "mark") || Rel(v, u, "case")) &&
                In(v.a.tokens[u].norm, {"in", "by"});
      }
      if (means && IntendedAct(v, static_cast<uint32_t>(h))) return true;
    }
    // A verb coordinated with an intended one, with no auxiliary of its own,
    // shares it: "will hold talks with Thatcher and meet Queen Elizabeth".
    if (Rel(v, verb, "conj") && !own_aux && !to_mark) return IntendedAct(v, static_cast<uint32_t>(h));
    // (So does a to-infinitive coordinated with an intended one: "aims to
    // reduce its dependency on Japan ... and to increase imports from the
    // U.S.".)
    if (Rel(v, verb, "conj") && to_mark) {
      bool first_to = false;
      for (uint32_t u = v.first; u < static_cast<uint32_t>(h) && !first_to; ++u) {
        first_to = HeadOf(v, u) == h && Rel(v, u, "mark") && v.a.tokens[u].norm == "to";
      }
      if (first_to && IntendedAct(v, static_cast<uint32_t>(h))) return true;
    }
    // "keen to negotiate", "due to visit": the parser often makes the
    // to-infinitive of an adjective an adverbial clause.
    // (The parser also attaches a to-infinitive that follows a time phrase
    // as an adverbial clause: "threatened on Monday to break relations".)
    const bool adjective_complement =
        Rel(v, verb, "advcl") && to_mark && (v.a.parse[h].upos == kADJ || v.a.parse[h].upos == kVERB);
    // The purpose or complement of a future act is future too: "Britain would
    // use its powers to ban Japanese financial institutions", "will take steps
    // to open its market" ...
    // ... and so is that of an announced one ("Baldrige leaves on Saturday on
    // a trip to the Far East to help spur U.S. trade and improve business
    // relations with China"), and an open complement of either ("to help
    // spur").
    // (Or of a future adjective: "would be pleased to encourage U.S. firms".)
    if (((to_mark && Rel(v, verb, "advcl")) || Rel(v, verb, "xcomp")) &&
        (v.a.parse[h].upos == kVERB || v.a.parse[h].upos == kADJ) && IntendedAct(v, static_cast<uint32_t>(h)))
      return true;
    // ... also when the parser hangs the purpose on the proposal's object
    // ("proposed a meeting ... to improve relations").
    if (to_mark && Rel(v, verb, "acl") && Rel(v, static_cast<uint32_t>(h), "obj")) {
      const int32_t g = HeadOf(v, static_cast<uint32_t>(h));
      if (g >= 0 && v.a.parse[g].upos == kVERB &&
          IsProposalVerb(v.a.parse[g].lemma))
        return true;
      // (And on an intended act's object: "Kenya offered to lead a
      // multinational security force to help Haiti's police".)
      if (g >= 0 && v.a.parse[g].upos == kVERB && IntendedAct(v, static_cast<uint32_t>(g))) return true;
    }
    if (to_mark && (Rel(v, verb, "advcl") || Rel(v, verb, "xcomp")) && v.a.parse[h].upos == kVERB) {
      const std::string_view head_lemma = v.a.parse[h].lemma.empty() ? v.a.tokens[h].norm : v.a.parse[h].lemma;
      // The purpose of a proposal or an offer is still to come: "South Korea
      // proposed a meeting of prime ministers to improve relations with North
      // Korea" has improved nothing yet.
      if (Rel(v, verb, "advcl") && IsProposalVerb(head_lemma))
        return true;
      // Someone who "is going to" a place to act, or "is going to" act, has
      // not acted yet: "Reagan is going to the U.S. Capitol to personally urge
      // senators".
      if (head_lemma == "go" && v.a.parse[h].xpos == "VBG") {
        for (uint32_t u = v.first; u < v.last; ++u) {
          if (HeadOf(v, u) == h && Rel(v, u, "aux") && In(v.a.tokens[u].norm, {"is", "are", "am", "'s", "'re"}))
            return true;
        }
      }
    }
    // An unmarked participle clause under a future act tells how it will be
    // done: "Funaro will extend his international tour, flying to Japan for
    // talks".
    if (Rel(v, verb, "advcl") && v.a.parse[verb].xpos == "VBG" && v.a.parse[h].upos == kVERB) {
      bool marked = false;
      for (uint32_t u = v.first; u < verb && !marked; ++u) {
        marked = HeadOf(v, u) == static_cast<int32_t>(verb) &&
                 (Rel(v, u, "mark") || Rel(v, u, "case") || Rel(v, u, "nsubj") || Rel(v, u, "aux"));
      }
      if (!marked) {
        for (uint32_t u = v.first; u < v.last; ++u) {
          if (HeadOf(v, u) == h && Rel(v, u, "aux") && is_future_aux(u)) return true;
        }
      }
    }
    // A participle clause of time under a future act is future: "Funaro
    // would leave early tomorrow morning for Zurich after meeting
    // Stoltenberg this evening".
    if (Rel(v, verb, "advcl") && v.a.parse[verb].xpos == "VBG" && v.a.parse[h].upos == kVERB) {
      bool temporal = false;
      for (uint32_t u = v.first; u < verb && !temporal; ++u) {
        temporal = HeadOf(v, u) == static_cast<int32_t>(verb) && (Rel(v, u, "mark") || Rel(v, u, "case")) &&
                   In(v.a.tokens[u].norm, {"after", "before", "when", "while", "on", "upon"});
      }
      // (Only a will/would/shall future: "After travelling this week to
      // France ..., Funaro hopes to visit Canada" travelled.)
      for (uint32_t u = v.first; u < v.last && temporal; ++u) {
        if (HeadOf(v, u) == h && Rel(v, u, "aux") && is_future_aux(u)) return true;
      }
    }
    if (!Rel(v, verb, "xcomp") && !adjective_complement) return false;
    const std::string_view lemma = v.a.parse[h].lemma.empty() ? v.a.tokens[h].norm : v.a.parse[h].lemma;
    // ("set up" is no "set to": "set up a commission of inquiry on Thursday
    // to investigate" opens the inquiry now.)
    for (uint32_t u = static_cast<uint32_t>(h) + 1; u < verb && lemma == "set"; ++u) {
      if (HeadOf(v, u) == h && Rel(v, u, "compound:prt")) return false;
    }
    return IsIntentWord(lemma) || IsIntentWord(v.a.tokens[h].norm);
  }
  for (uint32_t k = verb; k-- > v.first && k + 3 > verb;) {
    if (is_future_aux(k)) return true;
    if (v.a.tokens[k].norm == "to" && k > v.first) {
      // The word before "to", or its stem by the regular endings ("agreed",
      // "offers", "planned", "promising").
      const std::string_view w = v.a.tokens[k - 1].norm;
      if (IsIntentWord(w)) return true;
      for (std::string_view end : {"ed", "d", "s", "ing", "ned"}) {
        if (w.size() > end.size() + 2 && w.ends_with(end) && IsIntentWord(w.substr(0, w.size() - end.size())))
          return true;
      }
      return false;
    }
  }
  return false;
}
// Is `noun` (or the phrase it modifies, up to three steps) an argument of a
// verb whose subject is another noun that names no actor ("a ruling that
// vacated a judgment ...", "the producers who have taken the step of ...")?
bool ArgumentOfAnotherSubject(const SentenceView& v, uint32_t noun) {
  uint32_t u = noun;
  for (int k = 0; k < 3; ++k) {
    const int32_t h = HeadOf(v, u);
    if (h < 0) return false;
    if (v.a.parse[h].upos == kVERB || v.a.parse[h].upos == kAUX) {
      if (!(Rel(v, u, "obj") || Rel(v, u, "obl"))) return false;
      // (Every subject the parse gives: "Tuesday the Serbian parliament
      // approved a law recognizing ..." has two.)
      bool subject = false;
      for (uint32_t s = v.first; s < v.last; ++s) {
        if (HeadOf(v, s) != h || !Rel(v, s, "nsubj") || Rel(v, s, "nsubj:pass")) continue;
        subject = true;
        for (int32_t id : v.mention_ids) {
          if (!v.mentions[id].code.empty() && Dominates(v, s, v.mentions[id].head)) return false;
        }
      }
      return subject;
    }
    if (!(Rel(v, u, "nmod") || Rel(v, u, "conj") || Rel(v, u, "appos"))) return false;
    u = static_cast<uint32_t>(h);
  }
  return false;
}
// A participle after a noun is the noun's act ("a coin commemorating the
// anniversary of the European Community", "was granted a court injunction
// ordering some 300 workers to end their occupation", "a bill demanding
// President Reagan account for ..."); it is the nearest actor's act only
// where the noun is that actor's utterance ("in a statement condemning
// ...") or the object of a verb that makes or sends it ("issued a
// statement deploring ...", "sent a letter urging ...", "fired missiles
// hitting ...").
bool SourcesOwnThing(const SentenceView& v, uint32_t noun) {
  const std::string_view lemma = v.a.parse[noun].lemma;
  if (In(lemma, {"statement", "letter", "message", "communique", "declaration", "resolution", "speech", "note",
                 "memorandum", "remark", "comment", "interview", "address", "broadcast", "editorial", "article",
                 "report", "appeal", "telegram", "cable", "notice", "announcement", "campaign", "move", "step",
                 "decision", "decree", "order", "ruling", "measure", "action", "effort", "attempt", "bid", "plan",
                 "proposal", "initiative", "policy", "offensive", "operation", "raid", "attack", "strike", "visit",
                 "trip", "tour", "mission", "delegation", "team", "force", "troop", "unit", "aircraft", "plane",
                 "warplane", "jet", "ship", "warship", "missile", "rocket", "shell", "bomb"}))  // (lemmas)
    return true;
  uint32_t u = noun;
  for (int guard = 0; guard < 4 && Rel(v, u, "conj") && HeadOf(v, u) >= 0; ++guard) u = static_cast<uint32_t>(HeadOf(v, u));
  const int32_t h = HeadOf(v, u);
  if (h < 0 || !Rel(v, u, "obj") || v.a.parse[h].upos != kVERB) return true;  // (only an object is judged)
  return In(v.a.parse[h].lemma, {"issue", "release", "publish", "send", "deliver", "write", "sign", "adopt", "pass",
                                 "approve", "present", "submit", "introduce", "draft", "unveil", "launch", "file",
                                 "make", "prepare", "put", "table", "announce", "broadcast", "circulate", "distribute",
                                 "fire", "drop", "deploy", "dispatch", "mount", "stage", "hold", "lead", "organise",
                                 "organize", "give", "open", "start", "begin", "take"});
}
namespace {
bool NamesAReprisal(std::string_view w) {
  for (std::string_view stem : {"retaliat", "reprisal", "sanction", "response", "respond", "countermeasure",
                                "measure", "action", "force", "war", "attack", "boycott", "punish"}) {
    if (w.rfind(stem, 0) == 0) return true;
  }
  // (A conflict the source would be party to: "warned another major
  // transatlantic trade row will develop if the EC proceeds".)
  return In(w, {"row", "rows", "confrontation", "confrontations", "clash", "clashes"});
}
bool IsTimeNoun(std::string_view w) {
  return IsWeekdayName(w) ||
         In(w, {"day", "days", "week", "weekend", "month", "year", "morning", "evening", "night", "occasion", "time"});
}
// A warning with nothing but a topic: no clause, infinitive or "of", only
// an "on", "over" or "about" phrase that names no reprisal ("OECD WARNS
// SWEDEN ON LABOUR COSTS", "EC WARNS U.S. AND JAPAN ON TRADE TENSIONS"; not
// "warned Iran on Tuesday that ...", "warned Tokyo of sanctions").
bool WarningWithOnlyATopic(const SentenceView& v, uint32_t verb) {
  int32_t topic = -1;
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb)) continue;
    if (Rel(v, u, "ccomp") || Rel(v, u, "xcomp") || Rel(v, u, "advcl") || Rel(v, u, "parataxis")) return false;
    if (Rel(v, u, "obl") && u > verb) {
      const std::string_view c = CaseOf(v, u);
      if (!In(c, {"on", "over", "about"})) return false;  // "of sanctions", "against raising tension"
      if (IsTimeNoun(v.a.tokens[u].norm) || v.a.parse[u].upos == kNUM) continue;
      topic = static_cast<int32_t>(u);
    }
  }
  if (topic < 0) return false;
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    if (Dominates(v, static_cast<uint32_t>(topic), u) && NamesAReprisal(v.a.tokens[u].norm)) return false;
  }
  return true;
}
}  // namespace

// Does the warning verb `verb` have a that-clause whose subject is not the
// source (another actor, or no actor: "a continued rapid rise in wages") and
// that names no reprisal ("retaliation", "a tough response", "sanctions")?
// Or only a topic (WarningWithOnlyATopic)?
bool WarningOfNoThreat(const SentenceView& v, uint32_t verb, const std::string& source_code) {
  int32_t clause = -1;
  for (uint32_t u = verb + 1; u < v.last && clause < 0; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "ccomp")) clause = static_cast<int32_t>(u);
  }
  // (By the word: a headline's lemma keeps its capitals, "WARN".)
  const std::string_view w = v.a.tokens[verb].norm;
  if (clause < 0) return (w.starts_with("warn") || w.starts_with("caution")) && WarningWithOnlyATopic(v, verb);
  int32_t subject = -1;
  for (uint32_t u = verb + 1; u < static_cast<uint32_t>(clause) && subject < 0; ++u) {
    if (HeadOf(v, u) == clause && (Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass"))) subject = static_cast<int32_t>(u);
  }
  if (subject < 0) return false;
  const std::string_view sw = v.a.tokens[subject].norm;
  if (In(sw, {"it", "we", "they", "he", "she", "i"})) return false;  // most likely the source itself
  // (Nor the source's own forces, or a role of no stated country, most
  // likely its own: "Cairo's security chief has warned that police will no
  // longer tolerate rallies".)
  const int32_t m = MentionOfPhrase(v, static_cast<uint32_t>(subject));
  if (m >= 0 && (v.mentions[m].code.empty() ||
                 (v.mentions[m].code.size() >= 3 && source_code.size() >= 3 &&
                  v.mentions[m].code.compare(0, 3, source_code, 0, 3) == 0)))
    return false;
  for (uint32_t u = verb + 1; u < v.last; ++u) {
    if (!Dominates(v, static_cast<uint32_t>(clause), u)) continue;
    if (NamesAReprisal(v.a.tokens[u].norm)) return false;
  }
  return true;
}
// With a parse: a verb heading an adverbial or open complement clause
// (`advcl`, `xcomp`) of another verb whose subject the parse did not resolve
// ("after leaving Eriador", "to be allowed to leave Lorien by elves").
// PETRARCH codes such a verb only with a source of its own, so the surface
// guess (the nearest actor before the verb) is not taken. When the clause
// hangs off a non-verb ("are about to restore" misparsed with `about` as its
// head) the parse is not trusted and the surface guess stays.
bool SubjectlessDependentClause(const SentenceView& v, uint32_t verb) {
  if (!v.parsed || !(Rel(v, verb, "advcl") || Rel(v, verb, "xcomp"))) return false;
  int32_t h = HeadOf(v, verb);
  return h >= 0 && v.a.parse[h].upos == kVERB;
}
bool FieldNegated(const SentenceView& v, uint32_t verb) {
  if (v.parsed) {
    for (uint32_t t = v.first; t < v.last; ++t) {
      if (HeadOf(v, t) == static_cast<int32_t>(verb) && IsNegation(v.a.tokens[t].norm)) return true;
    }
    return false;
  }
  for (uint32_t k = verb; k-- > v.first && k + 5 > verb;) {
    if (IsNegation(v.a.tokens[k].norm)) return true;
    if (v.MentionAt(k) >= 0 || v.a.tokens[k].norm == ",") break;
  }
  return false;
}
// The token is the object or an oblique of a word other than `verb` (so it
// cannot be the verb's subject). A nominal modifier can be ("A member of the
// Syrian parliament started a hunger strike to protest ...").
bool ArgumentOfAnother(const SentenceView& v, uint32_t t, uint32_t verb) {
  // A conjunct shares its first conjunct's role: "is to meet the House ...
  // and the Senate Finance Committee, before visiting Lyng".
  for (int guard = 0; guard < 8 && v.a.parse[t].deprel_name == "conj"; ++guard) {
    const int32_t first = HeadOf(v, t);
    if (first < 0 || first == static_cast<int32_t>(verb)) return false;
    t = static_cast<uint32_t>(first);
  }
  // A modifier inside a noun phrase shares the phrase's role: "met the heads
  // of state of six Mideast Gulf countries earlier this month to urge OPEC"
  // (Mideast, a compound of an oblique).
  for (int guard = 0; guard < 4 && In(v.a.parse[t].deprel_name, {"compound", "amod"}); ++guard) {
    const int32_t noun = HeadOf(v, t);
    if (noun < 0 || noun == static_cast<int32_t>(verb)) return false;
    t = static_cast<uint32_t>(noun);
  }
  const int32_t h = HeadOf(v, t);
  if (h < 0 || h == static_cast<int32_t>(verb)) return false;
  const std::string_view rel = v.a.parse[t].deprel_name;
  // (A nominal modifier of place is no subject either: "distributor of ...
  // toy lines in Australia and New Zealand and also agreed to buy".)
  if (rel == "nmod" && In(CaseOf(v, t), {"in", "at", "near", "inside", "across", "throughout"})) return true;
  return rel == "obj" || rel == "iobj" || rel.starts_with("obl");
}
// Our own dictionaries, with a parse: a negation attached to the verb ("not",
// "never", "no longer"), or to the predicate whose open complement the verb is:
// "we're no longer prepared to bail out the U.S. banks", "did not agree to send
// troops" (while "urges Armenia not to trust" negates only `trust`).
bool NegatedInParse(const SentenceView& v, uint32_t verb) {
  auto negated = [&](uint32_t h) {
    if (FieldNegated(v, h)) return true;
    for (uint32_t t = v.first + 1; t < v.last; ++t) {
      if (HeadOf(v, t) == static_cast<int32_t>(h) && v.a.tokens[t].norm == "longer" && v.a.tokens[t - 1].norm == "no")
        return true;
    }
    return false;
  };
  if (negated(verb)) return true;
  // An object with "no" denies the act: "Pakistan and India held no talks on
  // the Indus Waters Treaty this year".
  for (uint32_t t = v.first; t < v.last; ++t) {
    if (HeadOf(v, t) != static_cast<int32_t>(verb) || !Rel(v, t, "obj")) continue;
    for (uint32_t u = v.first; u < t; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "det") && v.a.tokens[u].norm == "no") return true;
    }
  }
  // "without breaching OPEC accords", "instead of meeting the minister".
  for (uint32_t t = v.first; t < verb; ++t) {
    if (HeadOf(v, t) == static_cast<int32_t>(verb) && (Rel(v, t, "mark") || Rel(v, t, "case")) &&
        In(v.a.tokens[t].norm, {"without", "instead"}))
      return true;
  }
  const int32_t h = HeadOf(v, verb);
  if (h < 0) return false;
  // Held back from: "China refrained from criticising Russia", "stopped short
  // of recognising".
  if ((Rel(v, verb, "advcl") || Rel(v, verb, "xcomp") || Rel(v, verb, "obl") || Rel(v, verb, "acl")) &&
      (In(v.a.parse[h].lemma, {"refrain", "abstain", "desist"}) ||
       (v.a.parse[h].lemma == "stop" && verb > 0 && v.a.tokens[verb - 1].norm == "of")))
    return true;
  // The act of a plan that is blocked: "vetoed a resolution to impose
  // sanctions", "would block a move to impose sanctions".
  if (Rel(v, verb, "acl") && (Rel(v, static_cast<uint32_t>(h), "obj") || Rel(v, static_cast<uint32_t>(h), "nsubj:pass"))) {
    const int32_t g = HeadOf(v, static_cast<uint32_t>(h));
    if (g >= 0 && In(v.a.parse[g].lemma, {"veto", "block", "reject", "oppose", "defeat", "scrap", "abandon", "drop",
                                          "shelve", "rule", "deny", "refuse", "resist", "kill"}))
      return true;
    // ... or whose verb is negated: "Tokyo had not shown willingness to open
    // its markets", "Japan did not honor an agreement to end dumping".
    // (Not a relative clause: "would not supplant the arrangement that we
    // worked out with the Kuwaitis" states the arrangement.)
    if (g >= 0 && v.a.parse[verb].deprel_name == "acl" && Rel(v, static_cast<uint32_t>(h), "obj") &&
        negated(static_cast<uint32_t>(g)))
      return true;
  }
  // The parser often attaches "prepared to help" as an adverbial clause; an
  // intention word governs its act however attached ("had not decided on
  // offering wheat", "has no plans to visit").
  const std::string_view head_lemma = v.a.parse[h].lemma.empty() ? v.a.tokens[h].norm : v.a.parse[h].lemma;
  const bool complement =
      Rel(v, verb, "xcomp") || (Rel(v, verb, "advcl") && ToInfinitive(v, verb) && v.a.parse[h].upos == kADJ) ||
      ((Rel(v, verb, "advcl") || Rel(v, verb, "acl") || Rel(v, verb, "ccomp")) && IsIntentWord(head_lemma));
  return complement && negated(static_cast<uint32_t>(h));
}
// Does clause head `t` have a subject of its own (not a relative pronoun)?
// "…, a senior official said on Saturday" parsed as a relative clause of a
// noun before it is a clause of its own.
bool OwnSubject(const SentenceView& v, uint32_t t) {
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(t) && Rel(v, u, "nsubj") &&
        !In(v.a.tokens[u].norm, {"who", "which", "that", "whom"}))
      return true;
  }
  return false;
}
namespace {
Embedding EmbeddingOfClause(const SentenceView& v, uint32_t verb, uint32_t source_head);
}  // namespace
// An open complement or purpose shares what holds of the verb it depends on:
// "The White House denied a report that the United States was continuing to
// ship arms ... to Iran" (the report's claim is "continuing"); "trade
// agreements designed to provide American industry with ... opportunities",
// "aimed at underpinning a renewed inflow of foreign aid to help Uganda's
// economic recovery" (a design or aim, not an act done).
Embedding EmbeddingOf(const SentenceView& v, uint32_t verb, uint32_t source_head) {
  const Embedding own = EmbeddingOfClause(v, verb, source_head);
  if (own != Embedding::kNone) return own;
  uint32_t cur = verb;
  for (int k = 0; k < 3; ++k) {
    const bool open = Rel(v, cur, "xcomp") || (Rel(v, cur, "advcl") && ToInfinitive(v, cur));
    if (!open) break;
    const int32_t h = HeadOf(v, cur);
    // (A verb only: an adjective's complement — "will soon be able to lift
    // sanctions" — is judged where it is.)
    if (h < 0 || v.a.parse[h].upos != kVERB) break;
    if (v.a.parse[h].xpos == "VBN" && In(v.a.parse[h].lemma, {"design", "aim", "intend", "mean"}))
      return Embedding::kNotReported;
    const Embedding up = EmbeddingOfClause(v, static_cast<uint32_t>(h), source_head);
    if (up == Embedding::kNotReported) return up;
    cur = static_cast<uint32_t>(h);
  }
  return Embedding::kNone;
}
namespace {
Embedding EmbeddingOfClause(const SentenceView& v, uint32_t verb, uint32_t source_head) {
  // A direct question asks, it reports nothing: "Would a second Trump
  // administration withdraw the United States from NATO?" (an auxiliary or
  // modal before the verb's subject, and the sentence ends in "?").
  if (v.last > v.first && v.a.tokens[v.last - 1].norm == "?") {
    int32_t aux = -1, subject = -1;
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(verb)) continue;
      if (aux < 0 && Rel(v, u, "aux")) aux = static_cast<int32_t>(u);
      if (subject < 0 && (Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass"))) subject = static_cast<int32_t>(u);
    }
    if (aux >= 0 && subject > aux) return Embedding::kNotReported;
  }
  // A condition is no report of an act: "if Iran attacks any Soviet ship",
  // "unless Argentina takes steps".
  // So is "until" with a verb in the present tense: "he will not negotiate
  // with Ankara until Turkey recognises Greek rights ... and withdraws its
  // troops from Cyprus". A verb coordinated with a conditioned one shares
  // its condition.
  auto conditioned = [&](uint32_t x) {
    for (uint32_t u = v.first; u < x; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(x) || !Rel(v, u, "mark")) continue;
      const std::string_view w = v.a.tokens[u].norm;
      if (In(w, {"if", "unless", "whether"})) return true;
      if (w == "until" && (v.a.parse[x].xpos == "VBZ" || v.a.parse[x].xpos == "VBP")) return true;
      // A time clause of a future act is future too, whatever its tense, and
      // with a subject of its own it is a condition on another party, not a
      // plan: "Britain would put eight mln stg into the auction as soon as
      // Zambia reached a full agreement with the IMF". (A subjectless one is
      // the main subject's plan, and coded as one: "Funaro would leave for
      // Zurich after meeting Stoltenberg this evening".)
      bool own_subject = false;
      for (uint32_t k = v.first; k < x; ++k)
        own_subject = own_subject || (HeadOf(v, k) == static_cast<int32_t>(x) && Rel(v, k, "nsubj"));
      if (own_subject && In(w, {"when", "once", "until", "before", "after", "as"}) && Rel(v, x, "advcl")) {
        int32_t h = HeadOf(v, x);
        if (h >= 0 && v.a.parse[h].upos == kADV) h = HeadOf(v, static_cast<uint32_t>(h));  // "as soon as"
        for (uint32_t k = v.first; h >= 0 && k < static_cast<uint32_t>(h); ++k) {
          if (HeadOf(v, k) == h && Rel(v, k, "aux") && In(v.a.tokens[k].norm, {"will", "would", "shall", "'ll"}))
            return true;
        }
      }
    }
    return false;
  };
  // (Not what is threatened: a threat is conditional by nature, "threatened
  // to break relations with Russia unless the Kremlin closed its radar base".)
  const int32_t above = HeadOf(v, verb);
  const bool threatened = Rel(v, verb, "xcomp") && above >= 0 &&
                          In(v.a.parse[above].lemma, {"threaten", "warn", "vow"});
  if (conditioned(verb) && !threatened) return Embedding::kNotReported;
  // Nor what someone is accused of or condemned for: "Egypt and Saudi Arabia
  // accused Qatar of financing terrorism and supporting Iran" reports the
  // accusation (112), not Qatar's support of Iran. (A gerund under "of" or
  // "for", or a conjunct of one.)
  {
    uint32_t g = verb;
    if (Rel(v, g, "conj") && HeadOf(v, g) >= 0 && v.a.parse[HeadOf(v, g)].xpos == "VBG")
      g = static_cast<uint32_t>(HeadOf(v, g));
    const int32_t h = HeadOf(v, g);
    if (v.a.parse[g].xpos == "VBG" && h >= 0) {
      std::string_view prep;
      for (uint32_t u = v.first; u < g; ++u) {
        if (HeadOf(v, u) == static_cast<int32_t>(g) && (Rel(v, u, "mark") || Rel(v, u, "case")))
          prep = v.a.tokens[u].norm;
      }
      // (Hung on the accused, the verb's object: "accused Qatar of supporting Iran".)
      int32_t accuser = h;
      if (v.a.parse[h].upos != kVERB && Rel(v, static_cast<uint32_t>(h), "obj"))
        accuser = HeadOf(v, static_cast<uint32_t>(h));
      const std::string_view hl = accuser >= 0 ? v.a.parse[accuser].lemma : std::string_view();
      if ((prep == "of" && In(hl, {"accuse", "charge", "suspect", "convict", "indict", "allege", "acquit"})) ||
          (prep == "for" && In(hl, {"blame", "condemn", "criticise", "criticize", "denounce", "fault"})))
        return Embedding::kNotReported;
    }
  }
  // Nor what no one is keen on: "have so far shown little enthusiasm for
  // backing a U.S. plan", "no intention to negotiate" (on the surface: the
  // parser attaches such a clause anywhere).
  if (verb >= v.first + 3 && In(v.a.tokens[verb - 1].norm, {"for", "to", "in"}) &&
      In(v.a.tokens[verb - 2].norm, {"enthusiasm", "interest", "willingness", "desire", "appetite", "inclination",
                                     "intention", "plans", "plan", "readiness"}) &&
      In(v.a.tokens[verb - 3].norm, {"little", "no", "scant", "without"}))
    return Embedding::kNotReported;
  // Nor what one can or cannot do: "has more than 12 pct of the votes,
  // insufficient to block a Moscow membership bid", "was unable to stop",
  // "has enough votes to veto", "too weak to retaliate" state a capacity, no
  // act (the adjective within three words before "to", no verb or
  // punctuation between).
  // Nor what a "when" clause tells of a dated past event named before it,
  // as background: "residents still recall the 1990 invasion, when Iraqi
  // forces occupied Kuwait" (the year a number of the noun the clause
  // describes), or what a dated treaty or war did, told in an "in which" or
  // "under which" clause: "The 1979 treaty, under which Egypt recognised
  // Israel, remains ...", "the Falklands War of 1982, in which Britain
  // retook the islands" (the year before the noun or its "of" phrase).
  if (Rel(v, verb, "acl:relcl")) {
    const int32_t h = HeadOf(v, verb);
    bool when = false, year = false;
    for (uint32_t u = v.first; h >= 0 && u < v.last; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(verb) && u < verb &&
          (v.a.tokens[u].norm == "when" ||
           (v.a.tokens[u].norm == "which" && u > v.first &&
            In(v.a.tokens[u - 1].norm, {"in", "under", "by", "during", "through"}))))
        when = true;
      const std::string_view w = v.a.tokens[u].norm;
      const bool of_year = u > v.first && v.a.tokens[u - 1].norm == "of" && u > static_cast<uint32_t>(h);
      if (HeadOf(v, u) == h && (u < static_cast<uint32_t>(h) || of_year) && w.size() == 4 &&
          (w.starts_with("19") || w.starts_with("20")) &&
          std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
        year = true;
    }
    if (when && year) return Embedding::kNotReported;
  }
  // Nor the purpose of a request for help: "Kenya sought help from the
  // United States to fight al-Shabaab", "has not requested military
  // assistance from any foreign government to fight the insurgency" (the
  // help is the act reported, the fight what it is for).
  if (verb >= v.first + 2 && v.a.tokens[verb - 1].norm == "to" && Rel(v, verb, "advcl")) {
    const int32_t h = HeadOf(v, verb);
    if (h >= 0 && In(v.a.parse[h].lemma, {"seek", "request", "ask", "appeal", "need", "want", "apply"})) {
      bool help_object = false;
      for (uint32_t u = static_cast<uint32_t>(h) + 1; u < verb && !help_object; ++u) {
        help_object = HeadOf(v, u) == h && Rel(v, u, "obj") &&
                      In(v.a.parse[u].lemma, {"help", "assistance", "aid", "support", "backing", "weapon", "arms",
                                              "troops", "loan", "funds", "money"});
      }
      if (help_object) return Embedding::kNotReported;
    }
  }
  // (And what one would or could be able to do: "North Korea would be able
  // to strike Guam"; not "was able to", which reports the act done.)
  if (verb >= v.first + 4 && v.a.tokens[verb - 1].norm == "to" && v.a.tokens[verb - 2].norm == "able" &&
      v.a.tokens[verb - 3].norm == "be" &&
      In(v.a.tokens[verb - 4].norm, {"would", "could", "might", "may", "will", "should", "'ll", "'d"}))
    return Embedding::kNotReported;
  if (verb >= v.first + 2 && v.a.tokens[verb - 1].norm == "to") {
    for (uint32_t k = verb - 2; k >= v.first && k + 5 > verb; --k) {
      const Token& w = v.a.tokens[k];
      if (In(w.norm, {"insufficient", "sufficient", "enough", "unable", "incapable", "powerless", "too"}))
        return Embedding::kNotReported;
      if ((w.flags & kTokPunct) || v.a.parse[k].upos == kVERB || v.a.parse[k].upos == kAUX || k == v.first) break;
    }
  }
  // Nor what no evidence shows: "he had no information to suggest the U.S.
  // Defence Department had broken off talks with Toshiba", "there was no
  // evidence that Iran had attacked" (on the surface, the noun at most ten
  // words before the verb, with no comma or semicolon between).
  for (uint32_t k = verb > v.first + 10 ? verb - 10 : v.first; k + 1 < verb; ++k) {
    if (v.a.tokens[k].norm != "no") continue;
    uint32_t noun = k + 1;
    if (noun + 1 < verb && v.a.parse[noun].upos == kADJ) ++noun;  // "no hard evidence"
    if (!In(v.a.tokens[noun].norm, {"evidence", "information", "indication", "indications", "sign", "signs", "proof",
                                     "confirmation"}))
      continue;
    bool broken = false;
    for (uint32_t u = noun + 1; u < verb && !broken; ++u) broken = In(v.a.tokens[u].norm, {",", ";", "but"});
    if (!broken) return Embedding::kNotReported;
  }
  // Nor an infinitive whose subject comes after "for": "it is not reasonable
  // for the U.S. to demand Japan liberalise its farm import market", "time
  // for Japan to act" judge or wish for the act, they do not report it.
  {
    bool for_mark = false, to_mark = false;
    for (uint32_t u = v.first; u < verb; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "mark")) continue;
      for_mark = for_mark || v.a.tokens[u].norm == "for";
      to_mark = to_mark || v.a.tokens[u].norm == "to";
    }
    if (for_mark && to_mark) return Embedding::kNotReported;
    // (On the surface too, "for the U.S. To demand" being often misparsed:
    // "to" before the verb, "for" a few words before that with no verb or
    // punctuation between.)
    if (verb >= v.first + 3 && v.a.tokens[verb - 1].norm == "to") {
      for (uint32_t k = verb - 2; k > v.first && k + 7 > verb; --k) {
        const Token& w = v.a.tokens[k];
        if (w.norm == "for") return Embedding::kNotReported;
        if ((w.flags & kTokPunct) || v.a.parse[k].upos == kVERB || v.a.parse[k].upos == kAUX) break;
      }
    }
  }
  // Nor an act inside a conditioned clause, however deep: "if Japan shows a
  // clear indication that it will open its markets" (up to the clause's
  // verb; not through a threat, conditional by nature, nor out of a relative
  // clause, which states a fact about its noun: "if some charter arrangement
  // could be worked out, it would not supplant the reflagging arrangement
  // that we worked out with the Kuwaitis").
  for (int32_t cur = static_cast<int32_t>(verb), k = 0; k < 4 && !Rel(v, static_cast<uint32_t>(cur), "acl:relcl"); ++k) {
    const int32_t x = HeadOf(v, static_cast<uint32_t>(cur));
    if (x < 0) break;
    if (v.a.parse[x].upos == kVERB && In(v.a.parse[x].lemma, {"threaten", "warn", "vow"})) break;
    if (v.a.parse[x].upos == kVERB && conditioned(static_cast<uint32_t>(x))) return Embedding::kNotReported;
    cur = x;
  }
  // Nor is what only may, might, could, should or must happen ("Seoul may bow
  // to U.S. pressure", "debtor countries must cooperate with the banks"), nor
  // the content of an invitation, request, plan, proposal or attempt ("an
  // outstanding invitation for Gorbachev to visit the United States"; only
  // nouns that are no verbs: the parser tags "Lyng plans to ask" as a noun).
  // (A verb coordinated with such a one, with no auxiliary of its own, shares
  // it: "the United States should also threaten to mine and blockade Iran".)
  auto modal = [&](uint32_t x) {
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(x) && Rel(v, u, "aux") &&
          In(v.a.tokens[u].norm, {"may", "might", "can", "could", "should", "must", "ought"}))
        return true;
    }
    return false;
  };
  if (modal(verb)) return Embedding::kNotReported;
  // (Also on the surface, a modal right before the verb's base form, where
  // the parser read a headline's capitals as names: "NEW ZEALAND MAY BUY U.S.
  // WHEAT". Not the month: "may" before a base form is the modal.)
  if (verb > v.first && In(v.a.tokens[verb - 1].norm, {"may", "might", "could"})) {
    const std::string_view n = v.a.tokens[verb].norm, l = v.a.parse[verb].lemma;
    bool base = n.size() == l.size();
    for (size_t i = 0; base && i < n.size(); ++i) base = n[i] == (l[i] | 0x20) || n[i] == l[i];
    if (base) return Embedding::kNotReported;
  }
  // Nor what someone considers doing, or needs to do: "would consider filing
  // another complaint against the Japan rice import ban", "the president needs
  // to begin working with Congress".
  if ((Rel(v, verb, "xcomp") || Rel(v, verb, "ccomp")) && above >= 0 &&
      In(v.a.parse[above].lemma, {"consider", "contemplate", "mull", "weigh", "ponder", "need"}))
    return Embedding::kNotReported;
  // Nor a custom: "Soviet and U.S. officials normally meet in the summer"
  // (a norm, no particular meeting; while "soldiers routinely beat up
  // detainees" reports acts done).
  for (uint32_t u = v.first; u < v.last; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "advmod") &&
        In(v.a.tokens[u].norm, {"normally", "usually", "customarily", "traditionally", "typically"}))
      return Embedding::kNotReported;
  }
  // The same up a chain of open complements: "if the Reagan administration
  // did decide to offer subsidized wheat to Moscow", "whether the U.S. might
  // decide ... to lift its sanctions".
  // (The parser also hangs "whether to offer" off the "whether", and makes
  // a to-infinitive after a time phrase an adverbial clause.)
  if (above >= 0 && In(v.a.tokens[above].norm, {"whether", "if"})) return Embedding::kNotReported;
  for (int32_t x = static_cast<int32_t>(verb), k = 0;
       k < 3 && (Rel(v, static_cast<uint32_t>(x), "xcomp") ||
                 (Rel(v, static_cast<uint32_t>(x), "advcl") && ToInfinitive(v, static_cast<uint32_t>(x))));
       ++k) {
    x = HeadOf(v, static_cast<uint32_t>(x));
    if (x < 0) break;
    if (modal(static_cast<uint32_t>(x))) return Embedding::kNotReported;
    if (conditioned(static_cast<uint32_t>(x)) && !In(v.a.parse[x].lemma, {"threaten", "warn", "vow"}))
      return Embedding::kNotReported;
  }
  if (Rel(v, verb, "conj") && above >= 0 && modal(static_cast<uint32_t>(above))) {
    bool own_aux = false;
    for (uint32_t u = v.first; u < v.last && !own_aux; ++u) {
      own_aux = HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "aux");
    }
    if (!own_aux) return Embedding::kNotReported;
  }
  if (Rel(v, verb, "acl") && above >= 0 &&
      In(v.a.tokens[above].norm, {"invitation", "invitations", "proposal", "proposals", "attempt", "attempts",
                                  "effort", "efforts", "refusal", "threat", "threats", "failure", "inability",
                                  "ability", "capacity", "right", "power", "powers", "authority", "freedom",
                                  "incentive", "incentives", "temptation", "opportunity", "chance", "need",
                                  "bid", "bids", "reluctance", "unwillingness", "option", "options"}))
    return Embedding::kNotReported;
  // (Also a demand or call, when the parse says noun: "would not meet
  // hostage-takers demands to release prisoners in Iraq".)
  if (Rel(v, verb, "acl") && above >= 0 && v.a.parse[above].upos == kNOUN &&
      In(v.a.tokens[above].norm, {"demand", "demands", "request", "requests", "call", "calls", "appeal", "appeals",
                                  "plea", "pleas", "ultimatum"}))
    return Embedding::kNotReported;
  // Nor what is judged unlikely, doubtful or only possible: "it is thought
  // highly unlikely that Nakasone and Reagan will agree".
  if ((Rel(v, verb, "ccomp") || Rel(v, verb, "csubj") || Rel(v, verb, "xcomp") || Rel(v, verb, "advcl")) &&
      above >= 0 &&
      In(v.a.tokens[above].norm, {"unlikely", "doubtful", "uncertain", "unclear", "impossible", "possible",
                                  "improbable", "questionable"}))
    return Embedding::kNotReported;
  // Nor what a negated verb of meaning, saying or believing does not assert:
  // "reports ... did not mean the United States was sending a new warning to
  // Iran", "he did not say the United States would attack". (Not a factive
  // verb, whose clause stays true: "did not know that ...".)
  if (Rel(v, verb, "ccomp") && above >= 0 && FieldNegated(v, static_cast<uint32_t>(above)) &&
      In(v.a.parse[above].lemma, {"mean", "say", "indicate", "imply", "signal", "suggest", "think", "believe",
                                  "expect", "confirm", "show", "prove", "claim", "report", "announce"}))
    return Embedding::kNotReported;
  // Nor what a speculation, report or comment says ("Speculation the United
  // States will offer subsidized wheat to the Soviet Union", "comments by Rep.
  // Pat Roberts that the administration would soon offer ...", "despite
  // Iranian charges that Kuwait is supporting Iraq"): a claim, not the
  // writer's report of the act.
  // (A clause with a subject of its own: "a statement deploring Japan's
  // continued trade imbalance" is the statement's act.)
  auto claim_noun = [&](uint32_t k) {
    return In(v.a.tokens[k].norm, {"speculation", "rumour", "rumours", "rumor", "rumors", "report", "reports",
                                   "comment", "comments", "statement", "statements", "suggestion", "suggestions",
                                   "claim", "claims", "allegation", "allegations", "expectation", "expectations",
                                   "hope", "hopes", "fear", "fears", "possibility", "prospect", "prospects", "talk",
                                   "feeling", "impression", "belief", "suspicion", "suspicions", "indications",
                                   "charge", "charges", "accusation", "accusations", "assertion", "assertions"});
  };
  if ((Rel(v, verb, "acl") || Rel(v, verb, "ccomp") || Rel(v, verb, "appos")) && above >= 0 && OwnSubject(v, verb) &&
      claim_noun(static_cast<uint32_t>(above)))
    return Embedding::kNotReported;
  // (Nor one a rumour or report "is": "Some of the rumors in the London
  // markets were that the United States had launched an offshore strike",
  // the claim the clause's outer subject, or that subject's "of" noun.)
  for (uint32_t u = v.first; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "nsubj:outer")) continue;
    if (claim_noun(u)) return Embedding::kNotReported;
    for (uint32_t c = u + 1; c < verb; ++c) {
      if (HeadOf(v, c) == static_cast<int32_t>(u) && Rel(v, c, "nmod") && claim_noun(c)) return Embedding::kNotReported;
    }
  }
  // Nor what an act or agreement is aimed at doing: "the agreement ..., which
  // was aimed at ending Japanese dumping of semiconductors and at opening
  // Japanese markets to foreign-based manufacturers" (a purpose, not done).
  {
    uint32_t g = verb;
    if (Rel(v, g, "conj") && HeadOf(v, g) >= 0 && v.a.parse[HeadOf(v, g)].xpos == "VBG")
      g = static_cast<uint32_t>(HeadOf(v, g));
    const int32_t h = HeadOf(v, g);
    bool at = false;
    for (uint32_t u = v.first; u < g; ++u) {
      at = at || (HeadOf(v, u) == static_cast<int32_t>(g) && (Rel(v, u, "mark") || Rel(v, u, "case")) &&
                  v.a.tokens[u].norm == "at");
    }
    if (at && v.a.parse[g].xpos == "VBG" && h >= 0 && In(v.a.parse[h].lemma, {"aim", "target", "direct"}))
      return Embedding::kNotReported;
  }
  // Nor what a chance, hope or way "of" doing names: "voiced gloom about the
  // chances of resolving the abduction dispute with Pyongyang", "discussed
  // ways of ending the conflict" — a possibility, not the act.
  if (Rel(v, verb, "acl") && v.a.parse[verb].xpos == "VBG" && above >= 0 &&
      In(v.a.parse[above].lemma, {"chance", "prospect", "hope", "possibility", "likelihood", "way", "idea",
                                  "question", "risk", "danger", "option", "feasibility", "cost"})) {
    for (uint32_t u = static_cast<uint32_t>(above) + 1; u < verb; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(verb) && (Rel(v, u, "mark") || Rel(v, u, "case")) &&
          v.a.tokens[u].norm == "of")
        return Embedding::kNotReported;
    }
  }
  // Nor what someone is pressed or called "to" do: "with both sides under
  // pressure to reach an agreement", "rejected calls to halt the offensive".
  if (Rel(v, verb, "acl") && above >= 0 && above < static_cast<int32_t>(verb) &&
      In(v.a.parse[above].lemma, {"pressure", "need", "obligation", "incentive", "temptation", "call", "demand"})) {
    for (uint32_t u = static_cast<uint32_t>(above) + 1; u < verb; ++u) {
      if (HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "mark") && v.a.tokens[u].norm == "to")
        return Embedding::kNotReported;
    }
  }
  // (However the clause is attached, when its "that" follows the noun:
  // "Asked about persistent speculation that the administration would offer
  // Moscow a wheat subsidy, Lyng said", parsed as a clause of "said".)
  // (Also with the claim's source or a participle between: "statements made
  // today by a farm state congressman that the United States will offer
  // subsidized wheat"; not across a finite verb or punctuation.)
  // ("That" may be misread as a nominal: "There is speculation that Japan
  // asked ...", "that" an unmarked oblique.)
  for (uint32_t u = v.first + 1; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || Rel(v, u, "nsubj") || v.a.tokens[u].norm != "that" ||
        !OwnSubject(v, verb))
      continue;
    for (uint32_t k = u; k-- > v.first && k + 10 > u;) {
      if (claim_noun(k)) return Embedding::kNotReported;
      const std::string_view x = v.a.parse[k].xpos;
      if ((v.a.tokens[k].flags & kTokPunct) || x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD") break;
    }
  }
  // (Or with no "that", the clause's subject right after the noun: "he had
  // the impression Japan had asked the United States"; not a main clause,
  // "In its report Iran said".)
  if (above >= 0) {
    for (uint32_t u = v.first; u < verb; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(verb) || !(Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass"))) continue;
      uint32_t begin = u;
      while (begin > v.first && Dominates(v, u, begin - 1)) --begin;
      // (The parser may make the noun part of the subject: "the impression
      // Japan had asked", "impression" a compound of "Japan".)
      for (uint32_t k = begin > v.first ? begin - 1 : begin; k < u; ++k) {
        if (claim_noun(k) && v.a.parse[k].upos == kNOUN) return Embedding::kNotReported;
      }
      break;
    }
  }
  if (Rel(v, verb, "conj") && HeadOf(v, verb) >= 0 && conditioned(static_cast<uint32_t>(HeadOf(v, verb))))
    return Embedding::kNotReported;
  // An infinitive or participle coordinated with a complement is embedded
  // like it: "Japan failed to keep an agreement ... and to open its home
  // market", "We categorically deny that the United States is selling and/or
  // sending any weapons to Iran".
  if (Rel(v, verb, "conj") && In(v.a.parse[verb].xpos, {"VB", "VBG"}) && HeadOf(v, verb) >= 0) {
    bool own_subject = false;
    for (uint32_t u = v.first; u < v.last && !own_subject; ++u) {
      own_subject = HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "nsubj");
    }
    if (!own_subject) verb = static_cast<uint32_t>(HeadOf(v, verb));
  }
  // What someone is urged, asked or wanted to do is the request (coded on its
  // own verb), not an act: "Lyng asked Japan to open its farm market to help
  // Washington", "would like Japan to buy more". The parser often hangs the
  // infinitive elsewhere: as an adverbial clause of the appeal ("urged the
  // world community to help the Palestinians", "called on Americans to
  // pressure Congress"), as a clause of the addressee ("urged the U.S.
  // government to impose trade sanctions"), or beside an invitation that is
  // the object ("noted Reagan's invitation to Gorbachev to visit the United
  // States").
  {
    auto appeal = [&](int32_t x) {
      return x >= 0 && v.a.parse[x].upos == kVERB &&
             In(v.a.parse[x].lemma,
                {"urge", "ask", "call", "press", "request", "want", "like", "wish", "encourage", "invite", "persuade",
                 "tell", "order", "instruct", "appeal", "pressure", "push", "force", "compel", "oblige", "require",
                 "allow", "permit", "authorize", "authorise", "enable", "empower", "mandate"});
    };
    // The appeal's addressee: an object, or "on" someone ("called on Americans").
    auto addressed = [&](int32_t x) {
      for (uint32_t u = v.first; u < v.last; ++u) {
        if (HeadOf(v, u) != x) continue;
        if (Rel(v, u, "obj") || Rel(v, u, "iobj")) return true;
        if (Rel(v, u, "obl")) {
          for (uint32_t c = v.first; c < u; ++c) {
            if (HeadOf(v, c) == static_cast<int32_t>(u) && Rel(v, c, "case") && In(v.a.tokens[c].norm, {"on", "upon"}))
              return true;
          }
        }
      }
      return false;
    };
    const int32_t up = HeadOf(v, verb);
    const bool infinitive = ToInfinitive(v, verb);
    if (up >= 0 && (Rel(v, verb, "xcomp") || (infinitive && Rel(v, verb, "advcl"))) && appeal(up) && addressed(up))
      return Embedding::kNotReported;
    if (up >= 0 && infinitive && Rel(v, verb, "acl") &&
        (Rel(v, static_cast<uint32_t>(up), "obj") || Rel(v, static_cast<uint32_t>(up), "iobj")) &&
        appeal(HeadOf(v, static_cast<uint32_t>(up))))
      return Embedding::kNotReported;
    if (up >= 0 && infinitive && Rel(v, verb, "advcl")) {
      for (uint32_t u = v.first; u < verb; ++u) {
        // (An object, or an oblique: "had been met almost unanimously with
        // advice to talk first to banks".)
        if (HeadOf(v, u) == up && (Rel(v, u, "obj") || Rel(v, u, "obl")) &&
            In(v.a.tokens[u].norm, {"invitation", "invitations", "proposal", "proposals", "request", "requests",
                                    "advice", "recommendation", "recommendations",
                                    "appeal", "appeals", "call", "calls", "pressure"}))
          return Embedding::kNotReported;
      }
    }
  }
  // Nor what someone "is expected" (predicted, believed, thought, rumoured)
  // to say will happen: "He is also expected to reassure his counterparts
  // that the Reagan administration will reach agreement with Congress".
  // (What someone is expected to do is an intent announced, coded as one:
  // "Egypt and the Soviet Union are expected to sign an agreement".)
  bool content = false;
  for (int32_t cur = static_cast<int32_t>(verb), k = 0; k < 3; ++k) {
    if (!Rel(v, static_cast<uint32_t>(cur), "xcomp") && !Rel(v, static_cast<uint32_t>(cur), "ccomp")) break;
    content = content || Rel(v, static_cast<uint32_t>(cur), "ccomp");
    const int32_t x = HeadOf(v, static_cast<uint32_t>(cur));
    if (x < 0) break;
    if (content && v.a.parse[x].upos == kVERB &&
        In(v.a.parse[x].lemma, {"expect", "predict", "forecast", "rumour", "rumor", "believe", "think"})) {
      for (uint32_t u = v.first; u < static_cast<uint32_t>(x); ++u) {
        if (HeadOf(v, u) == x && Rel(v, u, "nsubj:pass")) return Embedding::kNotReported;
      }
    }
    cur = x;
  }
  // (A means "by" doing something shares its clause's embedding: "He
  // predicted the United States would respond ... by hitting Iran's naval
  // base" predicts the strike.)
  if (Rel(v, verb, "advcl") && HeadOf(v, verb) >= 0) {
    bool by = false;
    for (uint32_t u = v.first; u < verb && !by; ++u)
      by = HeadOf(v, u) == static_cast<int32_t>(verb) && Rel(v, u, "mark") && v.a.tokens[u].norm == "by";
    const uint32_t means_of = static_cast<uint32_t>(HeadOf(v, verb));
    if (by && Rel(v, means_of, "ccomp")) {
      const int32_t hh = HeadOf(v, means_of);
      if (hh >= 0 && In(v.a.parse[hh].lemma, {"predict", "expect", "forecast", "speculate", "doubt"}))
        return Embedding::kNotReported;
    }
  }
  if (!Rel(v, verb, "xcomp") && !Rel(v, verb, "ccomp")) return Embedding::kNone;
  const int32_t h = HeadOf(v, verb);
  if (h < 0 || v.a.parse[h].upos != kVERB) return Embedding::kNone;
  const std::string_view lemma = v.a.parse[h].lemma;
  // (A clause with a subject of its own is what was rejected, not a refusal
  // to act: "Lyng also rejected suggestions the U.S. and EC agree a freeze".)
  if (In(lemma, {"refuse", "decline", "reject"}))
    return Rel(v, verb, "ccomp") && OwnSubject(v, verb) ? Embedding::kNotReported : Embedding::kRefused;
  if (In(lemma, {"deny", "fail", "hesitate"})) return Embedding::kDenied;
  // (Also what one demands, insists or urges that another do: "The UN
  // General Assembly demanded that Russia withdraw its troops from Ukraine"
  // reports the demand, not a withdrawal.)
  if (!In(lemma, {"expect", "allege", "charge", "predict", "doubt", "speculate", "suspect", "fear", "rumor",
                  "rumour", "propose", "suggest", "recommend", "demand", "insist", "urge", "request", "require",
                  "order"}))
    return Embedding::kNone;
  // (The expecting verb's subject, or its controller's: "Grain trade
  // representatives continued to speculate that ...".)
  for (int32_t x = h, k = 0; x >= 0 && k < 3; ++k) {
    for (uint32_t u = v.first; u < v.last; ++u) {
      if (HeadOf(v, u) == x && v.a.parse[u].deprel_name == "nsubj") {
        return Dominates(v, u, source_head) ? Embedding::kNone : Embedding::kNotReported;
      }
    }
    x = Rel(v, static_cast<uint32_t>(x), "xcomp") ? HeadOf(v, static_cast<uint32_t>(x)) : -1;
  }
  return Embedding::kNone;
}
}  // namespace
// A statement that another actor must or should act is a demand (100) or an
// appeal (020) to that actor: "Britain said Russia must withdraw its troops",
// "Washington insists Tokyo should open its markets". The act itself is not
// reported (EmbeddingOf: a modal). Returns the speaker's mention and the code
// when `verb` is such a clause, under a verb of saying or believing.
bool ObligationSpeaker(const SentenceView& v, uint32_t verb, int32_t* speaker, std::string_view* code) {
  bool must = false, should = false;
  uint32_t modal_at = verb;
  for (uint32_t u = v.first; u < verb; ++u) {
    if (HeadOf(v, u) != static_cast<int32_t>(verb) || !Rel(v, u, "aux")) continue;
    must = must || In(v.a.tokens[u].norm, {"must", "mustn't"});
    should = should || In(v.a.tokens[u].norm, {"should", "ought"});
    if (must || should) modal_at = std::min(modal_at, u);
  }
  // (Not "should" before its subject, a condition: "emergency measures from
  // July 1 should ministers fail to reach an accord".)
  for (uint32_t u = modal_at + 1; u < verb; ++u) {
    if (HeadOf(v, u) == static_cast<int32_t>(verb) && (Rel(v, u, "nsubj") || Rel(v, u, "nsubj:pass"))) return false;
  }
  // A demand named by a noun, whose "that" clause says what is demanded, in
  // the subjunctive or with a modal: "The ILO reiterated its demand today that
  // Israel ease restrictions", "insisted on its demands that Burundi's
  // government grant the Hutu majority more rights".
  const int32_t noun = HeadOf(v, verb);
  if (noun >= 0 && Rel(v, verb, "acl") && v.a.parse[noun].upos == kNOUN &&
      In(v.a.parse[noun].lemma, {"demand", "call", "insistence", "request", "appeal", "ultimatum"}) &&
      (Rel(v, static_cast<uint32_t>(noun), "obj") || Rel(v, static_cast<uint32_t>(noun), "obl") ||
       Rel(v, static_cast<uint32_t>(noun), "obl:agent") || Rel(v, static_cast<uint32_t>(noun), "nsubj"))) {
    const std::string_view demand_code =
        In(v.a.parse[noun].lemma, {"demand", "insistence", "ultimatum"}) ? "100" : "020";
    bool that = false, subject = false;
    for (uint32_t u = v.first; u < verb; ++u) {
      if (HeadOf(v, u) != static_cast<int32_t>(verb)) continue;
      that = that || (Rel(v, u, "mark") && v.a.tokens[u].norm == "that");
      subject = subject || Rel(v, u, "nsubj");
    }
    // The demand's own author when it names one ("angered by U.S. demands
    // that Japan open its farm products market"), else the subject of the
    // verb that reports it ("reiterated its demand").
    if (that && subject && !PassiveInParse(v, verb)) {
      for (const std::vector<int32_t>* ids : {&v.mention_ids, &v.modifier_ids}) {
        for (int32_t id : *ids) {
          const uint32_t mh = v.mentions[id].head;
          if (!v.mentions[id].code.empty() && HeadOf(v, mh) == noun &&
              (Rel(v, mh, "compound") || Rel(v, mh, "amod") || Rel(v, mh, "nmod:poss"))) {
            *speaker = id;
            *code = demand_code;
            return true;
          }
        }
      }
    }
    const int32_t g = HeadOf(v, static_cast<uint32_t>(noun));
    if (that && subject && g >= 0 && v.a.parse[g].upos == kVERB && !PassiveInParse(v, verb)) {
      bool passive = false;
      const int32_t m = SourceFromParse(v, static_cast<uint32_t>(g), &passive);
      if (m < 0 || passive || v.mentions[m].code.empty()) return false;
      *speaker = m;
      *code = demand_code;
      return true;
    }
  }
  if ((!must && !should) || !Rel(v, verb, "ccomp")) return false;
  // (What should happen is a forecast, not a demand: "the delegation should
  // result in some increased traffic", "imports should fall"; nor is what one
  // should expect: "Norway should not expect special trade advantages".)
  if (In(v.a.parse[verb].lemma, {"result", "mean", "rise", "fall", "grow", "decline", "remain", "stay", "happen",
                                 "occur", "last", "total", "recover", "benefit", "suffer", "expect", "anticipate"}))
    return false;
  // (These only without an object: prices "should ease", but "China must drop
  // barriers to U.S. exports" and "should ease restrictions" are acts.)
  if (In(v.a.parse[verb].lemma, {"drop", "ease", "improve", "exceed", "slow", "weaken", "strengthen", "stabilise",
                                 "stabilize"}) &&
      !HasObject(v, verb))
    return false;
  const int32_t h = HeadOf(v, verb);
  if (h < 0 || v.a.parse[h].upos != kVERB ||
      !In(v.a.parse[h].lemma, {"say", "insist", "state", "declare", "tell", "stress", "reiterate", "maintain",
                               "argue", "repeat", "emphasize", "emphasise", "believe", "add", "warn", "remind", "inform"}))
    return false;
  // (An active clause: "a report ... should be released" demands nothing of anyone.)
  if (PassiveInParse(v, verb)) return false;
  bool passive = false;
  const int32_t m = SourceFromParse(v, static_cast<uint32_t>(h), &passive);
  if (m < 0 || passive || v.mentions[m].code.empty()) return false;
  *speaker = m;
  *code = must ? "100" : "020";
  return true;
}
// PETRARCH's negation of an event code, as a table of strings (no code
// arithmetic). Derived from UniversalPetrarch's internal coding ontology
// (PETR.Internal.Coding.Ontology.txt), where a negated code is the code
// "plus/minus 0xFFFF": 110 = not 050, 011 = not 010, 121 = not 060, ...
// Codes without an entry have no negated reading: the event is dropped.
std::string_view NegatedCode(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"010", "011"},  {"015", "016"},   {"050", "110"},   {"057", "170"},   {"060", "121"},
      {"061", "1211"}, {"062", "1212"},  {"080", "124"},   {"081", "1241"},  {"082", "1242"},
      {"085", "1244"}, {"086", "1245"},  {"087", "1246"},
  };
  for (const auto& [pos, neg] : kPairs) {
    if (code == pos) return neg;
    if (code == neg) return pos;
  }
  return {};
}
bool PatternHasNegation(const Lexicon& lex, const VerbPattern* p) {
  if (!p) return false;
  auto has = [&](const std::vector<PatternElem>& els) {
    for (const PatternElem& el : els) {
      if (el.kind == PatternElem::kWord && IsNegation(el.word)) return true;
      if ((el.kind == PatternElem::kSynset || el.kind == PatternElem::kAlternatives) && el.synset >= 0) {
        for (const auto& ph : lex.synsets[el.synset].phrases) {
          for (const auto& w : ph) {
            if (IsNegation(w)) return true;
          }
        }
      }
    }
    return false;
  };
  return has(p->before) || has(p->after);
}

}  // namespace dyad::events
