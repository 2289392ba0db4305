#include "mentions.h"

#include <algorithm>
#include <cstdlib>

#include "core/word_set.h"

namespace dyad::actors {

namespace {
// Prepositions that put an actor in a phrase of its own, not the clause's
// subject or object ("behind Japan", "by Iran", "with the United States").
bool IsPrepositionBeforeActor(std::string_view w) {
  static constexpr std::string_view kWords[] = {"behind", "by", "with", "from", "against", "to", "of", "in",
                                                "on", "at", "for", "than", "between", "among", "toward",
                                                "towards", "over", "like", "unlike", "including"};
  for (std::string_view p : kWords) {
    if (w == p) return true;
  }
  return false;
}

// Function words, and common irregular verb forms that no dictionary lists:
// words that are neither a role's domain (IsDomainWord) nor part of a name
// (HeadlineVerb).
bool IsFunctionWordOrCommonForm(std::string_view w) {
  for (std::string_view f : {"and", "the", "for", "from", "with", "its", "their", "his", "her", "has", "have", "had",
                             "was", "were", "are", "will", "would", "said", "says", "that", "which", "who", "whom",
                             "whose", "where", "when", "while", "what", "how", "why", "not", "also", "but", "into",
                             "over", "about", "after", "before", "than", "then", "now", "today", "yesterday",
                             "tomorrow", "could", "should", "may", "might", "must", "can", "been", "being", "there",
                             "here", "this", "these", "those", "each", "all", "both", "some", "any", "other", "such",
                             "own", "more", "most", "many", "much", "few", "only", "just", "even", "still", "again",
                             "against", "between", "under", "through", "during", "without", "within", "among",
                             "per", "did", "does", "became", "become", "becomes", "remain", "remains", "seem",
                             "seems", "bore", "caught", "chose", "came", "cost", "dealt", "drew", "drove", "fell",
                             "fed", "felt", "fled", "forgot", "got", "grew", "hung", "heard", "hid", "hurt", "knew",
                             "led", "lay", "lost", "meant", "rode", "rose", "ran", "saw", "shook", "sat", "spent",
                             "taught", "told", "thought", "understood", "wore", "won", "overcame", "upheld",
                             "foresaw", "oversaw", "to", "of", "in", "on", "a", "an", "as", "at", "by", "or", "is"}) {
    if (w == f) return true;
  }
  return false;
}

// A plain lower-case word that can name a role's domain ("trade",
// "electronics", "farm", "mining"): no punctuation, no capitals, no function
// word, no adverb, no past or third-person verb form ("Britain told
// officials", "Iran attacked troops", "Japan urges officials" are a verb
// between two mentions).
bool IsDomainWord(const Lexicon& lex, const Token& t) {
  if (t.flags & (kTokCapitalized | kTokAllCaps | kTokPunct)) return false;
  const std::string_view w = t.norm;
  if (w.size() < 3 || w.ends_with("ly") || w.ends_with("ed")) return false;
  // (Hyphenated too: "off-duty", "high-ranking", "anti-terrorism".)
  if (w.front() == '-' || w.back() == '-') return false;
  for (char c : w) {
    if ((c < 'a' || c > 'z') && c != '-') return false;
  }
  // An inflected form of a verb the dictionaries know (verbs.tsv and the
  // irregular forms of verb_forms.tsv: "urges", "went", "took"); its base
  // form or gerund may be a noun ("trade", "export", "mining").
  const int32_t verb = lex.FindVerb(w);
  if (verb >= 0 && lex.verbs[verb].lemma != w && !w.ends_with("ing")) return false;
  // (Nor the -ing form of a verb of addressing someone, which names no
  // field: "stormed buildings in Bishkek demanding President Bakiyev's
  // resignation" is no "Bishkek demanding President".)
  if (In(w, {"demanding", "urging", "calling", "asking", "accusing", "blaming", "warning", "telling", "praising",
             "criticising", "criticizing", "condemning", "denouncing", "welcoming", "thanking", "chanting",
             "protesting", "saying", "pressing", "begging", "inviting", "honouring", "honoring", "backing",
             "supporting", "opposing", "rejecting", "defying", "threatening"}))
    return false;
  // (Nor a verb whose past is spelt like its base: "Britain cut military
  // aid to Pakistan" is no "cut military" role.)
  if (In(w, {"cut", "hit", "put", "set", "shut", "let", "quit", "spread", "cast", "bid", "hurt", "split", "beat",
             "burst", "thrust", "upset", "shed", "slit", "rid"}))
    return false;
  // Function words, and common irregular verb forms no dictionary lists.
  return !IsFunctionWordOrCommonForm(w);
}

// Ranks written before a role ("Vice Foreign Minister", "acting defence minister"),
// and modifiers that may stand between a country and its role.
bool IsRankWord(std::string_view w) {
  for (std::string_view r : {"vice", "deputy", "first", "senior", "acting", "assistant", "junior", "interim",
                             "outgoing", "incoming", "chief", "supreme", "top", "new", "caretaker",
                             "provisional", "transitional"}) {
    if (w == r) return true;
  }
  // "army-led", "military-dominated", "junta-backed": who leads the
  // government, not whose it is ("Sudan's army-led government").
  for (std::string_view tail : {"-led", "-dominated", "-backed", "-run"}) {
    if (!w.ends_with(tail)) continue;
    const std::string_view by = w.substr(0, w.size() - tail.size());
    for (std::string_view r : {"army", "military", "junta", "civilian", "islamist", "opposition", "coalition",
                               "technocratic", "socialist", "conservative", "leftist", "rightist"}) {
      if (by == r) return true;
    }
  }
  return false;
}

// Last words of company names.
bool IsCompanyWord(std::string_view w) {
  for (std::string_view x : {"airways", "airlines", "petroleum", "steel", "motors", "telecom", "telecommunications",
                             "railways", "shipping", "industries", "corp", "corp.", "corporation", "co", "co.", "inc",
                             "inc.", "ltd", "ltd.", "plc", "holdings", "airline", "broadcasting", "insurance"}) {
    if (w == x) return true;
  }
  return false;
}

// Last words of organisations' names that news uses alone for them after
// "the" once the full name has been given.
bool IsShortOrganisationWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"community", "commission", "fund", "bank", "organisation",
                                                "organization", "alliance", "agency", "council"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Modifiers that make a role no particular country's ("foreign banks").
bool IsUnspecificModifier(std::string_view w) {
  for (std::string_view x : {"foreign", "other", "international", "overseas", "western", "many", "several", "some",
                             "most"}) {
    if (w == x) return true;
  }
  return false;
}

// Words that make a place name before them the name of an agreement, a
// meeting or a club.
bool IsAgreementWord(std::string_view w) {
  for (std::string_view x : {"agreement", "agreements", "accord", "accords", "treaty", "convention", "declaration",
                             "protocol", "pact", "round", "process", "plan", "initiative", "conference", "summit",
                             "club", "talks", "charter", "communique", "framework", "consensus"}) {
    if (w == x) return true;
  }
  return false;
}

// Lower-case nouns of meetings and accords that a capital before them names
// the place of.
bool IsVenueNoun(std::string_view w) {
  for (std::string_view x : {"meeting", "meetings", "summit", "talks", "conference", "session", "round", "accord",
                             "accords", "agreement", "agreements", "treaty", "pact", "convention", "declaration",
                             "communique"}) {
    if (w == x) return true;
  }
  return false;
}

// A word in capitals that the verb dictionary knows, or a function word, is
// no name after a role: "U.S. OFFICIALS BLAST CANADA", "SENIOR U.S. OFFICIAL
// TO VISIT JAPAN" (in a headline in capitals every word looks like a name).
bool HeadlineVerb(const Lexicon& lex, const Token& t) {
  return (t.flags & kTokAllCaps) && (IsFunctionWordOrCommonForm(t.norm) || lex.FindVerb(t.norm) >= 0);
}

// Words after a capital's "'s" that make it the place of a market.
bool IsMarketWord(std::string_view w) {
  for (std::string_view x : {"stocks", "stock", "shares", "bourse", "exchange", "market", "markets", "money",
                             "financial", "currency", "foreign"}) {
    if (w == x) return true;
  }
  return false;
}

// Capitalised words that are not names of organisations: party adjectives,
// days and months.
bool IsPartyOrDateWord(std::string_view w) {
  return In(w, {"democratic", "republican", "socialist", "conservative", "labour", "labor", "liberal", "communist"}) ||
         IsWeekdayName(w) || IsMonthName(w);
}

int32_t DateInt(const std::string& date) { return date.size() == 8 ? std::atoi(date.c_str()) : 0; }

// A date-restricted code that covers `date` wins over an unrestricted
// (default) code, whatever their order in the file; among restricted codes
// the first in file order wins (PETRARCH: "[ORCHOB 20100109-20100112]"
// written before "[HOBMIL 20080120-20121109]" overrides it). With no match
// the first unrestricted code is used, else the first code.
const std::string& PickCode(const ActorEntry& e, int32_t date) {
  const ActorCode* fallback = nullptr;
  for (const ActorCode& c : e.codes) {
    bool unrestricted = c.from == 0 && c.to == 99999999;
    if (unrestricted) {
      if (!fallback) fallback = &c;
      continue;
    }
    if (date > 0 && date >= c.from && date <= c.to) return c.code;
  }
  return fallback ? fallback->code : e.codes.front().code;
}

// The last word of an office title before a surname ("Prime Minister Abe",
// "Foreign Secretary Hague", "Secretary of State Kerry", "Chancellor Merkel").
bool IsTitleWord(std::string_view w) {
  return In(w, {"minister", "president", "secretary", "chancellor", "premier", "king", "queen", "emir", "sultan",
                "secretary-general", "state", "vice-president", "taoiseach", "ambassador", "envoy"});
}


// Does one of the entry's codes apply on `date` (an unrestricted one always does)?
bool CoversDate(const ActorEntry& e, int32_t date) {
  for (const ActorCode& c : e.codes) {
    if ((c.from == 0 && c.to == 99999999) || (date >= c.from && date <= c.to)) return true;
  }
  return false;
}

// The one person our dictionaries date to an office on `date` one of whose
// names of two or more words ends in the capitalised word at `k`, standing
// alone (not the first of a longer name); -1 if none or several.
int32_t OfficeHolderBySurname(const Lexicon& lex, const Analysis& a, uint32_t k, uint32_t end, int32_t date) {
  if (lex.dialect != Lexicon::Dialect::kDyad || date <= 0 || k >= end) return -1;
  const Token& t = a.tokens[k];
  if (!(t.flags & kTokCapitalized) || (t.flags & kTokAllCaps)) return -1;
  if (k + 1 < end && (a.tokens[k + 1].flags & (kTokCapitalized | kTokAllCaps))) return -1;
  const std::vector<uint32_t>* people = lex.PersonsWithSurname(t.norm);
  if (!people) return -1;
  // (A person's several names are entries with the same codes.)
  auto same_person = [&](uint32_t x, uint32_t y) {
    const auto& cx = lex.actors[x].codes;
    const auto& cy = lex.actors[y].codes;
    if (cx.size() != cy.size()) return false;
    for (size_t c = 0; c < cx.size(); ++c) {
      if (cx[c].code != cy[c].code || cx[c].from != cy[c].from || cx[c].to != cy[c].to) return false;
    }
    return true;
  };
  int32_t holder = -1;
  for (uint32_t id : *people) {
    if (!CoversDate(lex.actors[id], date)) continue;
    if (holder >= 0 && !same_person(static_cast<uint32_t>(holder), id)) return -1;
    if (holder < 0) holder = static_cast<int32_t>(id);
  }
  return holder;
}

bool TokenMatches(const Token& t, const std::string& w) { return t.norm == w; }

// Longest actor entry matching at token i (within [i, end)); returns entry index or -1.
// The longest actor phrase at token i, a `none` phrase included (see MatchActor).
int32_t MatchActorOrNone(const Lexicon& lex, const Analysis& a, uint32_t i, uint32_t end, uint32_t* len) {
  if (i >= end) return -1;  // an actor that ends the text has nothing after it
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

// The longest actor phrase at token i; -1 when none, or when the longest is a
// phrase that is not an actor ("British Columbia" is not "British").
int32_t MatchActor(const Lexicon& lex, const Analysis& a, uint32_t i, uint32_t end, uint32_t* len) {
  const int32_t id = MatchActorOrNone(lex, a, i, end, len);
  return id >= 0 && lex.actors[id].kind == ActorKind::kNone ? -1 : id;
}

int32_t MatchAgent(const Lexicon& lex, const Analysis& a, uint32_t i, uint32_t end, uint32_t* len);

// A country or city written before "-based" and a role: "Pakistan-based
// militants" are Pakistan's (PAKREB), as "Pakistani militants" are. Only
// before a role, so that the seat of a named body stays no actor of its own
// ("the London-based Syrian Observatory", "Geneva-based UN investigators").
// The place's entry, *len = 1; or -1.
int32_t BasedInPlace(const Lexicon& lex, const Analysis& a, uint32_t i, uint32_t end, uint32_t* len) {
  constexpr std::string_view kBased = "-based";
  const std::string_view w = a.tokens[i].norm;
  if (w.size() <= kBased.size() || !w.ends_with(kBased) || !(a.tokens[i].flags & kTokCapitalized) || i + 1 >= end)
    return -1;
  uint32_t alen = 0;
  if (MatchAgent(lex, a, i + 1, end, &alen) < 0) return -1;
  const auto* cands = lex.ActorsStartingWith(w.substr(0, w.size() - kBased.size()));
  if (!cands) return -1;
  for (uint32_t id : *cands) {
    const ActorEntry& e = lex.actors[id];
    if (e.words.size() == 1 && (e.kind == ActorKind::kCountry || e.kind == ActorKind::kCapital)) {
      *len = 1;
      return static_cast<int32_t>(id);
    }
  }
  return -1;
}

int32_t MatchAgent(const Lexicon& lex, const Analysis& a, uint32_t i, uint32_t end, uint32_t* len) {
  if (i >= end) return -1;
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
// The latest mention of the country named most often among mentions[0, k),
// when one is named more often than every other; -1 otherwise. Countries only
// (not organisations, groups or regions), pronouns and roles resolved by
// coreference not counted.
int32_t MostNamedCountry(const std::vector<Mention>& mentions, size_t k) {
  std::vector<std::pair<std::string_view, int>> counts;
  std::vector<int32_t> latest;
  for (size_t p = 0; p < k; ++p) {
    const Mention& x = mentions[p];
    if (x.code.size() < 3 || x.pronoun || x.coref >= 0) continue;
    const std::string_view c = std::string_view(x.code).substr(0, 3);
    if (c == "IGO" || c == "NGO" || c == "IMG" || c == "MNC" || c == "INT" || c == "UIS") continue;
    if (!std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) continue;
    size_t i = 0;
    while (i < counts.size() && counts[i].first != c) ++i;
    if (i == counts.size()) {
      counts.emplace_back(c, 0);
      latest.push_back(-1);
    }
    ++counts[i].second;
    latest[i] = static_cast<int32_t>(p);
  }
  int32_t top = -1, top_count = 0;
  bool tie = false;
  for (size_t i = 0; i < counts.size(); ++i) {
    if (counts[i].second > top_count) {
      top = latest[i];
      top_count = counts[i].second;
      tie = false;
    } else if (counts[i].second == top_count) {
      tie = true;
    }
  }
  return tie ? -1 : top;
}

std::string Compose(const std::string& actor, const std::string& agent) {
  if (agent.empty()) return actor;
  if (actor.size() >= agent.size() && actor.compare(actor.size() - agent.size(), agent.size(), agent) == 0)
    return actor;
  if (actor.size() > 3 && actor.rfind("IGO", 0) == 0) return actor;  // organisations keep their code
  if (actor.size() >= 6) return actor;  // already has a role
  return actor + agent;
}

// Organisations, NGOs and international militant groups: their roles keep
// the whole code ("an IMF spokesman" is IGOBUSIMF).
bool IsOrganisationCode(std::string_view code) {
  return code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("IMG");
}


bool IsNameToken(const Token& t) {
  return (t.flags & kTokCapitalized) && !(t.flags & kTokPunct) && t.norm != "'s" && t.form.size() > 1;
}

// ---- PETRARCH/TABARI dictionaries (Lexicon::field_format) ----------------

// Does token `tok` match dictionary word `w`? The last word of an entry may
// take a regular plural (plural_ok) or be a TABARI stem (prefix match).
bool FieldWordMatch(std::string_view tok, const std::string& w, bool last, bool plural_ok, bool stem) {
  if (tok == w) return true;
  if (!last) return false;
  if (stem && tok.size() > w.size() && tok.compare(0, w.size(), w) == 0) return true;
  if (plural_ok && tok.size() > w.size() && tok.compare(0, w.size(), w) == 0) {
    std::string_view suf = tok.substr(w.size());
    if (suf == "s" || suf == "es") return true;
  }
  if (plural_ok && w.size() > 1 && w.back() == 'y' && tok.size() == w.size() + 2 &&
      tok.compare(0, w.size() - 1, w, 0, w.size() - 1) == 0 && tok.substr(w.size() - 1) == "ies")
    return true;
  return false;
}

// Index keys under which a token's entries may be filed: the token itself and
// the token without a plural ending.
template <class Fn>
void ForEachKey(std::string_view n, Fn fn) {
  fn(n);
  if (n.size() > 3 && n.back() == 's') {
    fn(n.substr(0, n.size() - 1));
    if (n.size() > 4 && n[n.size() - 2] == 'e') fn(n.substr(0, n.size() - 2));
    if (n.size() > 4 && n.substr(n.size() - 3) == "ies") {
      // "parties" -> "party" is not a prefix key; handled by FieldWordMatch.
    }
  }
}

template <class Entry>
bool FieldEntryMatches(const Entry& e, const Analysis& a, uint32_t i, uint32_t end) {
  if (i + e.words.size() > end) return false;
  for (size_t k = 0; k < e.words.size(); ++k) {
    bool last = k + 1 == e.words.size();
    if (!FieldWordMatch(a.tokens[i + k].norm, e.words[k], last, e.plural_ok, e.stem_last)) return false;
  }
  return true;
}

// An actor entry at token i; *span is the number of tokens it covers (more
// than its words when a TABARI blank let other words come between).
bool ActorEntryMatches(const ActorEntry& e, const Analysis& a, uint32_t i, uint32_t end, uint32_t* span) {
  if (e.gap_before.empty()) {
    *span = static_cast<uint32_t>(e.words.size());
    return FieldEntryMatches(e, a, i, end);
  }
  uint32_t p = i;
  for (size_t k = 0; k < e.words.size(); ++k) {
    bool last = k + 1 == e.words.size();
    auto at = [&](uint32_t q) { return FieldWordMatch(a.tokens[q].norm, e.words[k], last, e.plural_ok, e.stem_last); };
    if (k > 0 && e.gap_before[k]) {
      // The words between may not cross a comma: a comma-delimited clause
      // cancels an actor's tail ("Radagast, the Brown" is two phrases).
      while (p < end && !at(p) && a.tokens[p].norm != "," && a.tokens[p].norm != ";") ++p;
    }
    if (p >= end || !at(p)) return false;
    ++p;
  }
  *span = p - i;
  return true;
}

int32_t MatchActorField(const Lexicon& lex, const Analysis& a, uint32_t i, uint32_t end, uint32_t* len,
                        std::vector<uint32_t>* scratch) {
  int32_t best = -1;
  size_t best_len = 0;
  uint32_t best_span = 0, span = 0;
  auto consider = [&](const std::vector<uint32_t>& ids) {
    for (uint32_t id : ids) {
      const ActorEntry& e = lex.actors[id];
      if (e.words.size() <= best_len) break;  // sorted longest first
      if (ActorEntryMatches(e, a, i, end, &span)) {
        best = static_cast<int32_t>(id);
        best_len = e.words.size();
        best_span = span;
        break;
      }
    }
  };
  ForEachKey(a.tokens[i].norm, [&](std::string_view k) {
    if (const auto* c = lex.ActorsStartingWith(k)) consider(*c);
  });
  if (lex.has_stems()) {
    scratch->clear();
    lex.StemActorsFor(a.tokens[i].norm, scratch);
    for (uint32_t id : *scratch) {
      const ActorEntry& e = lex.actors[id];
      if (e.words.size() > best_len && ActorEntryMatches(e, a, i, end, &span)) {
        best = static_cast<int32_t>(id);
        best_len = e.words.size();
        best_span = span;
      }
    }
  }
  *len = best_span;
  return best;
}

int32_t MatchAgentField(const Lexicon& lex, const Analysis& a, uint32_t i, uint32_t end, uint32_t* len) {
  int32_t best = -1;
  size_t best_len = 0;
  ForEachKey(a.tokens[i].norm, [&](std::string_view k) {
    const auto* c = lex.AgentsStartingWith(k);
    if (!c) return;
    for (uint32_t id : *c) {
      const AgentEntry& e = lex.agents[id];
      if (e.words.size() <= best_len) break;
      if (FieldEntryMatches(e, a, i, end)) {
        best = static_cast<int32_t>(id);
        best_len = e.words.size();
        break;
      }
    }
  });
  *len = static_cast<uint32_t>(best_len);
  return best;
}

// Adds an agent code to an actor code, TABARI/PETRARCH style: `~` placement
// decides the side; a code already present on a 3-character boundary is not
// added twice.
std::string AddAgentCode(const std::string& actor, const AgentEntry& ag) {
  const std::string& c = ag.code;
  if (c.empty()) return actor;
  for (size_t k = 0; k + c.size() <= actor.size(); k += 3) {
    if (actor.compare(k, c.size(), c) == 0) return actor;
  }
  return ag.prefix ? c + actor : actor + c;
}

// Field dictionaries: with no article date, the current code (open-ended or
// latest upper bound) rather than the first, historical one.
const std::string& PickFieldCode(const ActorEntry& e, int32_t date) {
  if (date > 0 || e.codes.size() == 1) return PickCode(e, date);
  for (const ActorCode& c : e.codes) {
    if (c.from == 0 && c.to == 99999999) return c.code;  // the entry's default code
  }
  const ActorCode* best = &e.codes.front();
  for (const ActorCode& c : e.codes) {
    if (c.to > best->to || (c.to == best->to && c.from > best->from)) best = &c;
  }
  return best->code;
}

bool IsDeterminer(std::string_view n) {
  return n == "the" || n == "a" || n == "an";
}

// TABARI "former" agents (manual 5.4.1): the agent with the code ELI.
AgentEntry EliteAgent(const AgentEntry& ag) {
  AgentEntry e = ag;
  e.code = "ELI";
  return e;
}

void FindMentionsField(const Lexicon& lex, const Analysis& a, int32_t date, std::vector<Mention>* out) {
  std::vector<uint32_t> scratch;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    uint32_t end = s.first_token + s.num_tokens;
    size_t first_mention = out->size();
    for (uint32_t i = s.first_token; i < end;) {
      uint32_t len = 0;
      Mention m;
      m.sentence = si;
      m.begin = i;
      // Prefix agents ("MSF Arnor"): an agent followed directly by an actor.
      int32_t pre_agent = -1;
      uint32_t alen = 0;
      int32_t ag = MatchAgentField(lex, a, i, end, &alen);
      int32_t actor = MatchActorField(lex, a, i, end, &len, &scratch);
      if (ag >= 0 && (actor < 0 || alen > len) && i + alen < end) {
        uint32_t l2 = 0;
        int32_t act2 = MatchActorField(lex, a, i + alen, end, &l2, &scratch);
        if (act2 >= 0) {
          pre_agent = ag;
          actor = act2;
          len = l2;
          i += alen;
        }
      }
      if (actor >= 0 && (ag < 0 || len >= alen || pre_agent >= 0)) {
        const ActorEntry& e = lex.actors[actor];
        m.actor = actor;
        m.end = i + len;
        m.head = m.end - 1;
        std::string code = PickFieldCode(e, date);
        if (code == "+++" || code == "###") m.special = code[0];
        if (code == "---" || code == "+++" || code == "###") code.clear();
        if (pre_agent >= 0 && !code.empty()) {
          code = AddAgentCode(code, lex.agents[pre_agent]);
          m.agent2 = pre_agent;
        }
        // Suffix agents: "Arnor security officials", "Gondor's government".
        uint32_t j = m.end;
        bool possessive = j < end && a.tokens[j].norm == "'s";
        if (possessive) ++j;
        // TABARI (manual 5.4.1): FORMER right before the actor or the agent of
        // an actor-agent pair makes the agent an elite (ELI).
        const bool tabari = lex.dialect == Lexicon::Dialect::kTabari;
        bool former = tabari && m.begin > s.first_token && a.tokens[m.begin - 1].norm == "former";
        while (j < end) {
          uint32_t l3 = 0;
          int32_t sa = MatchAgentField(lex, a, j, end, &l3);
          if (sa < 0 && tabari && a.tokens[j].norm == "former" && j + 1 < end) {
            sa = MatchAgentField(lex, a, j + 1, end, &l3);
            if (sa >= 0) {
              former = true;
              ++j;
            }
          }
          // TABARI attaches an agent only right before or after an actor
          // (manual 5.4): "Ithilen's awful and evil minister Calimehtar" is
          // Ithilen and minister Calimehtar.
          if (sa < 0 && possessive && m.agent < 0 && lex.dialect != Lexicon::Dialect::kTabari) {
            // "Ithilen's awful and evil minister": modifiers before the role.
            for (uint32_t k = j; k < end && k < j + 4 && sa < 0; ++k) {
              const Token& tk = a.tokens[k];
              if ((tk.flags & (kTokPunct | kTokCapitalized)) && tk.norm != ",") break;
              sa = MatchAgentField(lex, a, k + 1, end, &l3);
              if (sa >= 0) j = k + 1;
            }
          }
          if (sa < 0) break;
          if (!code.empty()) {
            std::string before = code;
            code = AddAgentCode(code, former ? EliteAgent(lex.agents[sa]) : lex.agents[sa]);
            if (code != before) m.last_agent = sa;
          }
          if (m.agent < 0) m.agent = sa;
          m.end = j + l3;
          m.head = m.end - 1;
          j = m.end;
        }
        m.code = code;
        out->push_back(std::move(m));
        i = out->back().end;
        continue;
      }
      if (ag >= 0) {
        m.agent = ag;
        m.end = i + alen;
        m.head = m.end - 1;
        m.agent_only = true;
        // "the government of Gondor", "activists in Arnor".
        uint32_t k = m.end;
        if (k + 1 < end && (a.tokens[k].norm == "of" || a.tokens[k].norm == "in" ||
                            a.tokens[k].norm == "from")) {
          ++k;
          if (k < end && IsDeterminer(a.tokens[k].norm)) ++k;
          uint32_t l4 = 0;
          int32_t act = k < end ? MatchActorField(lex, a, k, end, &l4, &scratch) : -1;
          if (act >= 0) {
            std::string code = PickFieldCode(lex.actors[act], date);
            if (code == "---") code.clear();
            m.actor = act;
            m.agent_only = false;
            bool former = lex.dialect == Lexicon::Dialect::kTabari && i > s.first_token &&
                          a.tokens[i - 1].norm == "former";
            m.code = code.empty() ? code : AddAgentCode(code, former ? EliteAgent(lex.agents[ag]) : lex.agents[ag]);
            m.end = k + l4;
            m.head = m.end - 1;
            out->push_back(std::move(m));
            i = out->back().end;
            continue;
          }
        }
        m.code = "---" + lex.agents[ag].code;
        if (lex.agents[ag].prefix) m.code = lex.agents[ag].code + "---";
        if (lex.dialect == Lexicon::Dialect::kTabari) {
          // TABARI (manual 8.2.6): an agent with no actor is no actor unless
          // SET: CONVERT AGENTS = TRUE makes it one coded `~` + agent code.
          m.code = lex.tabari.convert_agents ? "~" + lex.agents[ag].code : std::string();
        }
        out->push_back(std::move(m));
        i = out->back().end;
        continue;
      }
      ++i;
    }
    // A name right after a role ("Bree President Romendacil", "minister
    // Calimehtar") belongs to the mention before it.
    for (size_t k = first_mention + 1; k < out->size();) {
      Mention& prev = (*out)[k - 1];
      Mention& cur = (*out)[k];
      bool prev_ends_in_agent = prev.agent >= 0 && prev.end == cur.begin;
      if (prev_ends_in_agent && cur.actor >= 0 && cur.agent < 0) {
        if (prev.agent_only) {
          // "minister Calimehtar": the name's actor with the role.
          std::string code = cur.code;
          if (!code.empty()) code = AddAgentCode(code, lex.agents[prev.agent]);
          prev.code = code;
          prev.actor = cur.actor;
          prev.agent_only = false;
        }
        prev.end = cur.end;
        prev.head = cur.head;
        out->erase(out->begin() + static_cast<long>(k));
        continue;
      }
      ++k;
    }
    // Distribution over conjunctions: "Danish media and government" ->
    // DNKMED, DNKGOV; "lawmakers in Arnor and Gondor" -> ARNLEG, GONLEG.
    for (size_t k = first_mention + 1; k < out->size(); ++k) {
      Mention& prev = (*out)[k - 1];
      Mention& cur = (*out)[k];
      uint32_t gap_b = prev.end, gap_e = cur.begin;
      bool conj = gap_e > gap_b && gap_e - gap_b <= 2;
      for (uint32_t t = gap_b; t < gap_e && conj; ++t) {
        std::string_view n = a.tokens[t].norm;
        conj = n == "and" || n == "or" || n == "," || n == "nor" || IsDeterminer(n);
      }
      if (!conj) continue;
      if (cur.agent_only && prev.actor >= 0 && !prev.agent_only && prev.agent >= 0 && cur.agent >= 0 &&
          prev.begin + 1 < prev.end) {
        // "Danish Islamist media and government": the actor and every role
        // but the last one of the first conjunct, plus this role.
        std::string base = prev.code;
        const std::string& last = prev.last_agent >= 0 ? lex.agents[prev.last_agent].code : std::string();
        if (!last.empty() && base.size() > last.size() + 3 &&
            base.compare(base.size() - last.size(), last.size(), last) == 0 &&
            !lex.agents[prev.last_agent].prefix) {
          base.resize(base.size() - last.size());
        } else {
          base = PickFieldCode(lex.actors[prev.actor], date);
          if (prev.agent2 >= 0 && base != "---" && !base.empty()) base = AddAgentCode(base, lex.agents[prev.agent2]);
        }
        if (base != "---" && !base.empty()) {
          cur.code = AddAgentCode(base, lex.agents[cur.agent]);
          cur.agent_only = false;
        }
      } else if (!cur.agent_only && cur.agent < 0 && !cur.code.empty() && prev.actor >= 0 &&
                 prev.agent >= 0 && !prev.agent_only && lex.dialect != Lexicon::Dialect::kTabari) {
        // (TABARI does not carry a role over to the other actors of a list:
        // "the ambassadors of Arnor, Osgiliath and Gondor" -> ARNGOV, OSG, GON.)
        // Only when prev starts with its agent ("lawmakers in Arnor",
        // "the ambassadors of Arnor, Osgiliath and Gondor"), or received it
        // from the conjunct before it.
        uint32_t l5 = 0;
        if (!prev.agent_distributed && MatchAgentField(lex, a, prev.begin, end, &l5) != prev.agent) continue;
        cur.code = AddAgentCode(cur.code, lex.agents[prev.agent]);
        cur.agent = prev.agent;
        cur.agent_distributed = true;
      }
    }
  }
}

}  // namespace

std::string RoleOfOwner(const std::string& owner, const std::string& agent) {
  return IsOrganisationCode(owner) ? owner : Compose(owner.substr(0, 3), agent);
}

// TABARI's pronoun coreferencing (manual §7.7), within the sentence: HE,
// SHE, IT, HIM take the first actor of the sentence; THEY, THEM the first
// compound actor, else the first actor. (Possessives are not coreferenced:
// "crowds trashed its embassy" must not make the embassy's owner a target.)
static void TabariPronouns(const Analysis& a, std::vector<Mention>* out, const std::string& forward_actor) {
  size_t n = out->size();
  std::vector<Mention> added;
  size_t first = 0;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    while (first < n && (*out)[first].sentence < si) ++first;
    size_t last = first;
    while (last < n && (*out)[last].sentence == si) ++last;
    int32_t first_actor = -1, first_compound = -1;
    for (size_t k = first; k < last; ++k) {
      const Mention& m = (*out)[k];
      if (m.code.empty()) continue;
      if (first_actor < 0) first_actor = static_cast<int32_t>(k);
      if (first_compound < 0 && k + 1 < last) {
        const Mention& nx = (*out)[k + 1];
        bool conj = false;
        for (uint32_t t = m.end; t < nx.begin && t < m.end + 2; ++t) conj = conj || a.tokens[t].norm == "and";
        if (conj && !nx.code.empty()) first_compound = static_cast<int32_t>(k);
      }
    }
    uint32_t first_actor_begin = first_actor < 0 ? s.first_token + s.num_tokens : (*out)[first_actor].begin;
    if (si == 0 && !forward_actor.empty()) {
      // FORWARD: a pronoun before any actor refers to the previous sentence.
      for (uint32_t t = s.first_token; t < first_actor_begin; ++t) {
        std::string_view w = a.tokens[t].norm;
        if (w != "he" && w != "she" && w != "it" && w != "him" && w != "they" && w != "them") continue;
        Mention m;
        m.sentence = si;
        m.begin = t;
        m.end = t + 1;
        m.head = t;
        m.code = forward_actor;
        m.pronoun = true;
        added.push_back(std::move(m));
        break;
      }
    }
    if (first_actor < 0) continue;
    for (uint32_t t = s.first_token; t < s.first_token + s.num_tokens; ++t) {
      std::string_view w = a.tokens[t].norm;
      bool single = w == "he" || w == "she" || w == "it" || w == "him";
      bool plural = w == "they" || w == "them" || w == "their";
      if (!single && !plural) continue;
      int32_t ref = plural && first_compound >= 0 ? first_compound : first_actor;
      if ((*out)[ref].begin >= t) continue;  // only backwards
      Mention m;
      if (plural && first_compound >= 0) m.ref_token = static_cast<int32_t>((*out)[ref].begin);
      m.sentence = si;
      m.begin = t;
      m.end = t + 1;
      m.head = t;
      m.code = (*out)[ref].code;
      m.actor = (*out)[ref].actor;
      m.coref = -1;  // indexes shift when the pronouns are merged in
      m.pronoun = true;
      added.push_back(std::move(m));
    }
  }
  if (added.empty()) return;
  for (auto& m : added) out->push_back(std::move(m));
  std::stable_sort(out->begin(), out->end(), [](const Mention& x, const Mention& y) {
    return x.sentence != y.sentence ? x.sentence < y.sentence : x.begin < y.begin;
  });
}

// A plural role "of", "in" or "from" a list of countries is each country's:
// "Finance ministers of Britain, Canada, France and Japan agreed", "the
// central banks of Mexico and Peru" — CANGOV, FRAGOV, not bare CAN, FRA, as
// Reuters-21578 coded them. (A singular role belongs to the first country
// only: "the president of France and Germany's chancellor". The list must end
// in "and"/"or", as in Conjuncts: "ministers of Britain, officials said".)
static void DistributePluralRoleOverCountries(const Lexicon& lex, const Analysis& a, std::vector<Mention>* out) {
  std::vector<Mention>& ms = *out;
  for (size_t k = 0; k < ms.size(); ++k) {
    const Mention& role = ms[k];
    if (role.agent < 0 || role.actor < 0 || role.pronoun || role.code.size() != 6) continue;
    if (lex.actors[role.actor].kind != ActorKind::kCountry) continue;
    uint32_t of = role.begin + 1;
    while (of < role.end && !In(a.tokens[of].norm, {"of", "in", "from"})) ++of;
    if (of >= role.end) continue;
    const std::string_view last_role_word = a.tokens[of - 1].norm;
    if (last_role_word.size() < 4 || last_role_word.back() != 's' || last_role_word.ends_with("ss")) continue;
    size_t confirmed = k;
    uint32_t t = role.end;
    for (size_t n = k + 1; n < ms.size(); ++n) {
      const Mention& next = ms[n];
      if (next.sentence != role.sentence) break;
      bool conjunction = false, comma = false;
      while (t < next.begin && (a.tokens[t].norm == "," || a.tokens[t].norm == "and" || a.tokens[t].norm == "or")) {
        (a.tokens[t].norm == "," ? comma : conjunction) = true;
        ++t;
      }
      if (t < next.begin && a.tokens[t].norm == "the") ++t;
      if (t != next.begin || !(comma || conjunction)) break;
      if (next.actor < 0 || next.agent >= 0 || next.modifier || next.code.size() != 3 ||
          lex.actors[next.actor].kind != ActorKind::kCountry)
        break;
      if (conjunction) confirmed = n;
      t = next.end;
    }
    for (size_t n = k + 1; n <= confirmed; ++n) {
      ms[n].code = Compose(ms[n].code, lex.agents[role.agent].code);
      ms[n].agent = role.agent;
    }
  }
}

void FindMentions(const Lexicon& lex, const Analysis& a, const std::string& date,
                  std::vector<Mention>* out, const std::string& forward_actor) {
  int32_t d = DateInt(date);
  if (lex.field_format) {
    FindMentionsField(lex, a, d, out);
    if (lex.dialect == Lexicon::Dialect::kTabari) TabariPronouns(a, out, forward_actor);
    return;
  }
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    uint32_t end = s.first_token + s.num_tokens;
    // A surname alone after another given name is someone else: "Mario Branco
    // Peres" is not Shimon Peres. (Not after a title, nor after a word that
    // is capitalised only because it starts the sentence.)
    auto other_given_name_before = [&](uint32_t i) {
      if (i <= s.first_token + 1) return false;
      const Token& p = a.tokens[i - 1];
      if (!IsNameToken(p) || (p.flags & kTokAllCaps)) return false;
      if (!out->empty() && out->back().sentence == si && out->back().end >= i) return false;
      for (std::string_view title : {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady",
                                     "gen", "gen.", "sen", "sen.", "rep", "rep.", "prof", "prof.", "sheikh",
                                     "ayatollah", "rabbi", "father"}) {
        if (p.norm == title) return false;
      }
      return true;
    };
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
          } else if (n >= 2 && a.tokens[i].norm == a.tokens[prev.end - 1].norm && !other_given_name_before(i)) {
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
      // An organisation named earlier in full, now by its last word after
      // "the": "the Community" (the European Community), "the Fund" (the
      // International Monetary Fund), "the Commission" (the EC Commission).
      // (Only a word standing alone: "the Community's", not "the Community
      // Programme"; only an organisation's code: "the Bank" after "Bank of
      // Japan" may be any bank.)
      if (i > s.first_token && a.tokens[i - 1].norm == "the" && (a.tokens[i].flags & kTokCapitalized) &&
          !(a.tokens[i].flags & kTokAllCaps) && IsShortOrganisationWord(a.tokens[i].norm) &&
          !(i + 1 < end && (a.tokens[i + 1].flags & (kTokCapitalized | kTokAllCaps))) &&
          MatchActorOrNone(lex, a, i, end, &len) < 0) {
        int32_t named = -1;
        for (size_t k = out->size(); k-- > 0 && named < 0;) {
          const Mention& prev = (*out)[k];
          if (prev.sentence + 20 < si) break;
          if (prev.code.empty() || prev.coref >= 0 || !IsOrganisationCode(prev.code)) continue;
          // (The word may follow the name: "EC Commission", "IMF".)
          for (uint32_t q = prev.begin; q <= prev.end && q < a.tokens.size() && named < 0; ++q) {
            if (a.tokens[q].norm == a.tokens[i].norm) named = static_cast<int32_t>(k);
          }
        }
        if (named >= 0) {
          m.end = i + 1;
          m.head = i;
          m.code = (*out)[named].code;
          m.coref = named;
          out->push_back(std::move(m));
          ++i;
          continue;
        }
      }
      int32_t actor = MatchActorOrNone(lex, a, i, end, &len);
      if (actor < 0) actor = BasedInPlace(lex, a, i, end, &len);
      if (actor >= 0 && lex.actors[actor].kind == ActorKind::kPerson && len == 1 && other_given_name_before(i)) {
        ++i;
        continue;
      }
      if (actor >= 0 && lex.actors[actor].kind == ActorKind::kNone) {
        i += len;  // "the Uruguay Round": no mention, and not "Uruguay" either
        continue;
      }
      // Our dictionaries date a person's codes by the offices held; a name
      // in an article dated outside all of them is someone else, or the
      // person before any office we code ("Blair said" in 1987 is not Tony
      // Blair's government). PETRARCH's dictionaries keep their first code.
      if (actor >= 0 && lex.dialect == Lexicon::Dialect::kDyad && lex.actors[actor].kind == ActorKind::kPerson &&
          d > 0 && !CoversDate(lex.actors[actor], d)) {
        i += len;
        continue;
      }
      // A capital naming an agreement or a meeting is no government: "the
      // 1976 Berne Agreement", "the Geneva Convention", "the Paris Club".
      if (actor >= 0 && lex.actors[actor].kind == ActorKind::kCapital && i + len < end &&
          (a.tokens[i + len].flags & (kTokCapitalized | kTokAllCaps)) && IsAgreementWord(a.tokens[i + len].norm)) {
        i += len + 1;
        continue;
      }
      // Nor one naming where a meeting or an accord took place, written
      // before it: "the Paris G-7 meeting", "the Geneva talks", "a Tokyo
      // summit" (names may stand between: "G-7").
      if (actor >= 0 && lex.actors[actor].kind == ActorKind::kCapital && i + len < end) {
        // (Not in a headline in capitals, where the words between cannot be
        // told from names: "REAGAN TO VISIT ROME, BERLIN DURING SUMMIT TRIP".)
        // (Up to three: "the Washington World Bank/IMF meeting".)
        uint32_t k = i + len;
        while (k + 1 < end && k < i + len + 3 && (a.tokens[k].flags & (kTokCapitalized | kTokAllCaps)) &&
               !IsAgreementWord(a.tokens[k].norm))
          ++k;
        if (IsVenueNoun(a.tokens[k].norm) && !(a.tokens[k].flags & kTokAllCaps)) {
          i += len;
          continue;
        }
        // Nor the owner of a market: "Tokyo's stocks", "London's stock exchange".
        // (But "foreign" only of its exchange or currency markets: "Beijing's
        // foreign ministry" is China's.)
        if (a.tokens[i + len].norm == "'s" && i + len + 1 < end && IsMarketWord(a.tokens[i + len + 1].norm) &&
            !(a.tokens[i + len + 1].norm == "foreign" &&
              !(i + len + 2 < end && In(a.tokens[i + len + 2].norm, {"exchange", "currency", "currencies"})))) {
          i += len;
          continue;
        }
      }
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
        if (agent < 0 && e.allow_agent_suffix && e.kind != ActorKind::kPerson) {
          // A rank before the role ("Taiwan's Vice Foreign Minister", "Russia's
          // acting defence minister") belongs to it: the role decides the code.
          uint32_t r = j;
          while (r < end && r < j + 2 && IsRankWord(a.tokens[r].norm)) ++r;
          uint32_t rlen = 0;
          const int32_t ranked = r > j ? MatchAgent(lex, a, r, end, &rlen) : -1;
          if (ranked >= 0) {
            agent = ranked;
            alen = (r - j) + rlen;
          }
        }
        // A coalition a country leads is the allies' armed forces, as
        // "coalition forces" are (agents.tsv): "The Saudi-led coalition
        // bombed ...". (A political coalition is "ruling" or "opposition".)
        if (agent < 0 && j == m.end && j < end && a.tokens[j - 1].norm.ends_with("-led") &&
            In(a.tokens[j].norm, {"coalition", "alliance"})) {
          for (size_t g = 0; g < lex.agents.size() && agent < 0; ++g) {
            const AgentEntry& ag = lex.agents[g];
            if (ag.code == "MIL" && ag.words.size() == 2 && ag.words[0] == "military" && ag.words[1] == "coalition")
              agent = static_cast<int32_t>(g);
          }
          alen = 1;
        }
        if (agent < 0 && e.allow_agent_suffix && e.kind != ActorKind::kPerson &&
            (j == m.end || (j == m.end + 1 && a.tokens[m.end].norm == "'s"))) {
          // A domain word or two between the country and the role ("a U.S.
          // trade official", "the Japanese electronics company", "Israel's
          // security cabinet"): the role decides the code, as in "Japanese
          // trade minister".
          // (Capitalised, a portfolio before a minister or secretary:
          // "visiting British Corporate Affairs Minister Michael Howard"; not
          // after a possessor, whose minister it is: "Turkey's European
          // Affairs Minister".)
          const bool possessed = m.begin > 0 && a.tokens[m.begin - 1].norm == "'s";
          auto portfolio_word = [&](uint32_t k) {
            if (possessed) return false;
            const Token& t = a.tokens[k];
            if (!(t.flags & kTokCapitalized) || (t.flags & (kTokAllCaps | kTokPunct)) || t.norm.size() < 3) return false;
            for (char c : t.norm) {
              if (c < 'a' || c > 'z') return false;
            }
            for (uint32_t q = k + 1; q < end && q <= k + 2; ++q) {
              const std::string_view n = a.tokens[q].norm;
              if (n == "minister" || n == "secretary" || n == "commissioner") return true;
              if (!(a.tokens[q].flags & kTokCapitalized)) return false;
            }
            return false;
          };
          // A capitalised faith, sect or creed between the country and the
          // role ("Egyptian Islamist gunmen", "Lebanese Shi'ite gunmen",
          // "Indian Sikh separatists", "Nepalese Maoist rebels"): the role is
          // still that country's people.
          auto creed_word = [&](uint32_t k) {
            const Token& t = a.tokens[k];
            if (!(t.flags & kTokCapitalized) || (t.flags & (kTokAllCaps | kTokPunct)) || t.norm.size() < 4) return false;
            const std::string_view n = t.norm;
            for (char c : n) {
              if ((c < 'a' || c > 'z') && c != '\'' && c != '-') return false;
            }
            return n.ends_with("ist") || n.ends_with("ite") ||
                   In(n, {"sunni", "shia", "shi'a", "sikh", "hindu", "muslim", "christian", "catholic", "protestant",
                          "jewish", "islamic", "orthodox", "coptic", "druze", "alawite"});
          };
          // (Or an aircraft's or weapon's model: "U.S. B-2 stealth bombers",
          // "Chinese H-6 bombers", "Russian Su-25 jets".)
          auto model_word = [&](uint32_t k) {
            const std::string_view w = a.tokens[k].norm;
            if (w.size() < 3 || w.size() > 8 || !(w[0] >= 'a' && w[0] <= 'z') || w.find('-') == std::string_view::npos)
              return false;
            return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
          };
          // (Or a group's acronym: "Ugandan ADF rebels", "Kurdish PKK
          // fighters"; not in a headline in capitals, where the role is too.)
          auto acronym_word = [&](uint32_t k) {
            const std::string_view w = a.tokens[k].form;
            if (w.size() < 2 || w.size() > 5 || !(a.tokens[k].flags & kTokAllCaps) || k + 1 >= end ||
                (a.tokens[k + 1].flags & kTokAllCaps))
              return false;
            return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
          };
          for (uint32_t r = j + 1; r <= j + 3 && r < end; ++r) {
            // (No role starts at r - 1: that was tried at j, or as `role` one round earlier.)
            if (r == j + 3 && !model_word(j)) break;  // (three words only past a model)
            if (!(IsDomainWord(lex, a.tokens[r - 1]) || portfolio_word(r - 1) || creed_word(r - 1) ||
                  model_word(r - 1) || acronym_word(r - 1)) ||
                MatchActor(lex, a, r - 1, end, &alen) >= 0)
              break;
            uint32_t rlen = 0;
            const int32_t role = MatchAgent(lex, a, r, end, &rlen);
            if (role >= 0) {
              agent = role;
              alen = (r - j) + rlen;
              break;
            }
          }
          if (agent < 0) alen = 0;
        }
        // A role after coordinated country adjectives or names belongs to
        // each of them: "Hungarian and Romanian officials", "U.S. and Japanese
        // negotiators", "Israeli, Egyptian and Jordanian ministers". This
        // mention keeps its own words and takes the role (agent_distributed);
        // the coder joins it to the conjunct that ends in the role.
        // (A country's full name does not qualify a role: "Ethiopia and
        // Tigrayan rebels signed" are two parties; its abbreviation does,
        // "U.S. and Japanese negotiators".)
        bool abbreviation = true;
        for (uint32_t k = m.begin; k < m.end; ++k) {
          const std::string_view w = a.tokens[k].form;
          abbreviation = abbreviation && ((a.tokens[k].flags & kTokAllCaps) || w.find('.') != std::string_view::npos);
        }
        bool distributed = false;
        if (agent < 0 && j == m.end &&
            (e.kind == ActorKind::kAdjective || (e.kind == ActorKind::kCountry && abbreviation))) {
          for (uint32_t k = m.end, n = 0; n < 4 && k + 1 < end; ++n) {
            if (a.tokens[k].norm != "," && a.tokens[k].norm != "and" && a.tokens[k].norm != "or") break;
            uint32_t k2 = k + 1;
            if (a.tokens[k].norm == "," && (a.tokens[k2].norm == "and" || a.tokens[k2].norm == "or")) ++k2;
            uint32_t nlen = 0;
            const int32_t next = k2 < end ? MatchActor(lex, a, k2, end, &nlen) : -1;
            if (next < 0 ||
                (lex.actors[next].kind != ActorKind::kAdjective && lex.actors[next].kind != ActorKind::kCountry))
              break;
            uint32_t rlen = 0;
            const int32_t role = k2 + nlen < end ? MatchAgent(lex, a, k2 + nlen, end, &rlen) : -1;
            // (The last link is a conjunction: "South Korea and the
            // Philippines, U.S. officials said" is no list.)
            if (role >= 0 && a.tokens[k2 - 1].norm == ",") break;
            if (role >= 0) {
              agent = role;
              distributed = true;
              break;
            }
            k = k2 + nlen;
          }
        }
        // A company named after its country ("British Airways", "Japan
        // Airlines", "China National Petroleum Corp") is that country's
        // business, not the country.
        uint32_t company_end = 0;
        if (agent < 0 && (e.kind == ActorKind::kAdjective || e.kind == ActorKind::kCountry)) {
          for (uint32_t k = m.end; k < end && k < m.end + 3 && IsNameToken(a.tokens[k]); ++k) {
            if (IsCompanyWord(a.tokens[k].norm)) {
              company_end = k + 1;
              break;
            }
          }
        }
        // A capital followed by names that are no actor, role or date is the
        // first word of an organisation's name: "Tokyo Electric Power Co" is
        // Japanese business, "Tokyo Sogo" (a bank) Japan's, of no kind we
        // know — neither is the Japanese government. (Not in capitals, where
        // names cannot be told from other words.)
        bool capital_in_a_name = false;
        if (agent < 0 && e.kind == ActorKind::kCapital && j == m.end && code.size() >= 3) {
          uint32_t k = m.end;
          uint32_t other = 0;
          while (k < end && k < m.end + 4 && IsNameToken(a.tokens[k]) && !(a.tokens[k].flags & kTokAllCaps) &&
                 !IsPartyOrDateWord(a.tokens[k].norm) && !HeadlineVerb(lex, a.tokens[k]) &&
                 MatchActor(lex, a, k, end, &other) < 0 && MatchAgent(lex, a, k, end, &other) < 0) {
            if (IsCompanyWord(a.tokens[k].norm)) {
              company_end = k + 1;
              break;
            }
            ++k;
          }
          if (company_end > 0) {
            code = code.substr(0, 3);
          } else if (k > m.end) {
            capital_in_a_name = true;
            m.end = k;
            m.head = k - 1;
          }
        }
        if (capital_in_a_name) {
          m.code = code.substr(0, 3);
          out->push_back(std::move(m));
          i = out->back().end;
          continue;
        }
        if (company_end > 0) {
          agent_code = "BUS";
          m.end = company_end;
          m.head = m.end - 1;
        } else if (distributed) {
          m.agent = agent;
          m.agent_distributed = true;
          agent_code = lex.agents[agent].code;
        } else if (agent >= 0) {
          m.agent = agent;
          agent_code = lex.agents[agent].code;
          m.end = j + alen;
          m.head = m.end - 1;
          // (A capital stands for its country before a role: "Moscow Radio"
          // is Soviet media, "Baghdad residents" Iraqi civilians.)
          if (e.kind == ActorKind::kCapital && code.size() > 3) code = code.substr(0, 3);
        } else if (e.kind == ActorKind::kAdjective) {
          // A bare adjective ("Russian oil") is not an actor, but a plural
          // demonym ("Armenians") or an adjective before a name is.
          bool demonym = a.tokens[m.head].norm.size() > 1 && a.tokens[m.head].norm.back() == 's';
          if (!demonym && !(m.end < end && IsNameToken(a.tokens[m.end]) &&
                            MatchActor(lex, a, m.end, end, &alen) < 0)) {
            m.modifier = true;
            m.code = code;
            out->push_back(std::move(m));
            i = out->back().end;
            continue;
          }
        }
        // A following person name ("Minister Mikhail Galuzin"), known to the
        // dictionary or not, belongs to the same mention.
        if ((agent >= 0 || e.kind == ActorKind::kAdjective) && !distributed) {
          uint32_t plen = 0;
          int32_t person = m.end < end ? MatchActor(lex, a, m.end, end, &plen) : -1;
          if (person >= 0 && lex.actors[person].kind == ActorKind::kPerson) {
            m.name_begin = m.end;
            m.end += plen;
            m.head = m.end - 1;
            m.named = true;
          }
          uint32_t k = m.end;
          // (Not a weekday after the name: "Clayton Yeutter Monday warned".)
          while (k < end && k < m.end + 3 && IsNameToken(a.tokens[k]) && !HeadlineVerb(lex, a.tokens[k]) &&
                 !IsWeekdayName(a.tokens[k].norm) && MatchActor(lex, a, k, end, &alen) < 0 &&
                 MatchAgent(lex, a, k, end, &alen) < 0)
            ++k;
          // (A known surname after a given name we do not list ends the
          // name: "Turkish President Tayyip Erdogan" — the dictionary has
          // "Recep Tayyip Erdogan" and "Erdogan".)
          uint32_t surname = 0;
          if (k > m.end && k < end && IsNameToken(a.tokens[k]) && !(a.tokens[k].flags & kTokAllCaps)) {
            const int32_t known = MatchActor(lex, a, k, end, &surname);
            if (known < 0 || lex.actors[known].kind != ActorKind::kPerson) surname = 0;
          }
          k += surname;
          if (k > m.end) {
            if (!m.named) m.name_begin = m.end;
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
          // Not an adjective before a name: "president of the Brazilian
          // Association of Citrus Juice Industries" heads an association, not
          // Brazil ("the president of the Peruvian central bank" is Peru's).
          uint32_t next_len = 0;
          const bool adjective_of_a_name =
              of_actor >= 0 && lex.actors[of_actor].kind == ActorKind::kAdjective && k + alen < end &&
              IsNameToken(a.tokens[k + alen]) && MatchAgent(lex, a, k + alen, end, &next_len) < 0;
          if (of_actor >= 0 && lex.actors[of_actor].kind != ActorKind::kPerson && !adjective_of_a_name) {
            m.actor = of_actor;
            m.end = k + alen;
            // (A capital stands for its country here: the "Bank of Tokyo" is
            // Japanese business, not the Japanese government.)
            const std::string& of_code = PickCode(lex.actors[of_actor], d);
            m.code = lex.actors[of_actor].kind == ActorKind::kCapital && of_code.size() >= 3
                         ? Compose(of_code.substr(0, 3), lex.agents[agent].code)
                         : Compose(of_code, lex.agents[agent].code);
          }
        }
        // "Security forces in Guinea", "opposition groups in Zimbabwe": a role
        // of no stated country in a country is that country's. (A country
        // only: "officials in Washington" may be anyone's.)
        // ("Officials from Japan", "37 companies from 10 countries": only a
        // country is taken, below. Not a place removed from: "TEHRAN
        // WITHDRAWS MORE DIPLOMATS FROM BRITAIN" are Iran's.)
        bool from = a.tokens[m.end].norm == "from";
        for (uint32_t k = m.begin; from && k-- > 0 && k + 8 > m.begin;) {
          const std::string_view w = a.tokens[k].norm;
          for (std::string_view stem : {"withdr", "expel", "recall", "evacuat", "pull", "remov", "oust", "brought"}) {
            from = from && !w.starts_with(stem);
          }
        }
        if (m.actor < 0 && m.end + 1 < end && (a.tokens[m.end].norm == "in" || from)) {
          // (Past a word of direction: "Kurdish militia in northeast Syria".)
          uint32_t at = m.end + 1;
          while (at + 1 < end && In(a.tokens[at].norm, {"the", "north", "northern", "south", "southern", "east",
                                                          "eastern", "west", "western", "northeast", "northeastern",
                                                          "northwest", "northwestern", "southeast", "southeastern",
                                                          "southwest", "southwestern", "central"}))
            ++at;
          const int32_t in_actor = MatchActor(lex, a, at, end, &alen);
          // (Or an international body a role is "from": "A delegation from
          // the European Parliament".)
          const std::string in_code = in_actor >= 0 ? PickCode(lex.actors[in_actor], d) : std::string();
          const bool body_from =
              from && in_actor >= 0 && lex.actors[in_actor].kind == ActorKind::kOrg && in_code.starts_with("IGO");
          if (in_actor >= 0 && (lex.actors[in_actor].kind == ActorKind::kCountry || body_from)) {
            m.actor = in_actor;
            m.end = at + alen;
            // (A body's people are the body: RoleOfOwner keeps an organisation's code.)
            m.code = body_from ? RoleOfOwner(in_code, lex.agents[agent].code) : Compose(in_code, lex.agents[agent].code);
          }
        }
        // "agricultural adviser to West German Chancellor Helmut Kohl": an
        // adviser, aide or spokesman to someone serves that someone's country.
        // (Not an ambassador or envoy "to" a country, who is another's.)
        static constexpr std::string_view kServing[] = {"adviser", "advisers",  "advisor",     "advisors",    "aide",
                                                        "aides",   "spokesman", "spokeswoman", "spokesperson"};
        if (m.actor < 0 && m.end + 1 < end && a.tokens[m.end].norm == "to" &&
            std::find(std::begin(kServing), std::end(kServing), a.tokens[m.end - 1].norm) != std::end(kServing)) {
          uint32_t k = m.end + 1;
          if (k < end && a.tokens[k].norm == "the") ++k;
          const int32_t to_actor = k < end ? MatchActor(lex, a, k, end, &alen) : -1;
          if (to_actor >= 0) {
            const std::string& code = PickCode(lex.actors[to_actor], d);
            if (code.size() >= 3) {
              m.actor = to_actor;
              m.end = k + alen;
              m.code = RoleOfOwner(code, lex.agents[agent].code);
            }
          }
        }
        // A known person after the role ("Treasury Secretary James Baker") is
        // that person: the mention takes the person's code, not a guess from
        // the role alone.
        if (m.actor < 0 && m.end < end) {
          uint32_t plen = 0;
          int32_t person = MatchActor(lex, a, m.end, end, &plen);
          // (Or a surname alone after a title: "Prime Minister Abe welcomed",
          // "Foreign Secretary Hague said" — our dictionaries list "Shinzo
          // Abe" and "William Hague".)
          if (person < 0 && IsTitleWord(a.tokens[m.end - 1].norm)) {
            person = OfficeHolderBySurname(lex, a, m.end, end, d);
            plen = 1;
          }
          if (person >= 0 && lex.actors[person].kind == ActorKind::kPerson) {
            m.actor = person;
            m.name_begin = m.end;
            m.end += plen;
            m.head = m.end - 1;
            m.named = true;
            m.code = PickCode(lex.actors[person], d);
          }
        }
        // A name after the role ("President Pashinyan") makes it a named mention.
        if (m.actor < 0) {
          uint32_t k = m.end;
          while (k < end && k < m.end + 3 && IsNameToken(a.tokens[k]) && !HeadlineVerb(lex, a.tokens[k]) &&
                 !IsWeekdayName(a.tokens[k].norm) && MatchActor(lex, a, k, end, &alen) < 0)
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
  DistributePluralRoleOverCountries(lex, a, out);
  // A former office holder is no longer the government: "former Treasury
  // Secretary William Simon" is USAELI (CAMEO elites), as the dictionaries
  // code former heads of state. (Not a person the dictionaries know: their
  // entries carry the dates of office.)
  auto former = [&](Mention& x) {
    if (x.pronoun || x.agent < 0 || x.code.size() != 6 || x.begin == 0) return;
    if (x.actor >= 0 && lex.actors[x.actor].kind == ActorKind::kPerson) return;
    if (a.tokens[x.begin - 1].norm != "former" && a.tokens[x.begin].norm.rfind("ex-", 0) != 0) return;
    if (IsOrganisationCode(x.code)) return;
    const std::string_view role = std::string_view(x.code).substr(3);
    if (role != "GOV" && role != "MIL" && role != "LEG" && role != "JUD" && role != "COP" && role != "SPY") return;
    x.code = x.code.substr(0, 3) + "ELI";
  };
  for (Mention& x : *out) former(x);
  // An ethnic minority named with the country it lives in belongs to that
  // country: "ethnic Albanians in south Serbia", "ethnic Turks of Bulgaria"
  // are Serbia's and Bulgaria's people, not Albania or Turkey.
  for (size_t k = 0; k + 1 < out->size(); ++k) {
    Mention& x = (*out)[k];
    if (x.begin == 0 || a.tokens[x.begin - 1].norm != "ethnic" || x.actor < 0 ||
        lex.actors[x.actor].kind != ActorKind::kAdjective || x.agent >= 0)
      continue;
    const Mention& y = (*out)[k + 1];
    uint32_t t = x.end;
    if (y.sentence != x.sentence || t >= y.begin || !In(a.tokens[t].norm, {"in", "of", "from"})) continue;
    ++t;
    while (t < y.begin && In(a.tokens[t].norm, {"the", "south", "southern", "north", "northern", "east",
                                                     "eastern", "west", "western", "central"}))
      ++t;
    if (t != y.begin || y.code.size() < 3 || y.actor < 0 || lex.actors[y.actor].kind != ActorKind::kCountry) continue;
    x.code = y.code.substr(0, 3);
  }
  // Coreference: role-only mentions and he/she take the code of the most
  // recent resolved mention with the same role (or a named one, for pronouns).
  // Preference: (1) the same role word, (2) a named person with the same role
  // code, (3) any mention with that role code; pronouns take named people.
  std::vector<Mention>& ms = *out;
  // Tokens that look like the name of a person the dictionaries do not know:
  // two capitalised words in a row that no mention covers ("Eishiro Saito",
  // "Nazmi Akiman"), or a capitalised word after Mr/Mrs/Ms/Dr. A he/she after
  // such a name most likely means that person, so it is not resolved to an
  // earlier known one (in Reuters-21578 output 7 of 10 pronoun sources
  // were wrong, mostly for this reason).
  // (Built only for a document with a he/she, most have none.)
  std::vector<uint8_t> covered, sentence_start;
  if (std::any_of(ms.begin(), ms.end(), [](const Mention& x) { return x.pronoun; })) {
    covered.assign(a.tokens.size(), 0);
    for (const Mention& x : ms) {
      for (uint32_t t = x.begin; t < x.end && t < covered.size(); ++t) covered[t] = 1;
    }
    sentence_start.assign(a.tokens.size(), 0);
    for (const Sentence& sent : a.sentences) {
      if (sent.first_token < sentence_start.size()) sentence_start[sent.first_token] = 1;
    }
  }
  auto unknown_name_at = [&](uint32_t t) {
    auto cap = [&](uint32_t u) {
      const Token& tok = a.tokens[u];
      return (tok.flags & kTokCapitalized) && !(tok.flags & kTokAllCaps) && !covered[u] && tok.norm.size() > 1;
    };
    if (!cap(t)) return false;
    if (t > 0) {
      const std::string_view prev = a.tokens[t - 1].norm;
      for (std::string_view title : {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}) {
        if (prev == title) return true;
      }
    }
    // (At the start of a sentence only as an apposition's name: "Eishiro
    // Saito, head of Keidanren, ...".)
    return t + 1 < a.tokens.size() && cap(t + 1) && !sentence_start[t + 1] &&
           (!sentence_start[t] || (t + 2 < a.tokens.size() && a.tokens[t + 2].norm == ","));
  };
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (!m.code.empty()) continue;
    // A role after "its"/"their" belongs to the nearest actor before it in the
    // sentence: "Baghdad said its forces had repulsed the attack" -> IRQ + MIL
    // (not the last forces mentioned, which may be another country's).
    // (A number may stand between: "their 16 ministers".)
    const uint32_t possessive_at =
        m.begin > a.sentences[m.sentence].first_token + 1 && (a.tokens[m.begin - 1].flags & kTokNumber)
            ? m.begin - 2
            : m.begin - 1;
    if (!m.pronoun && m.agent >= 0 && m.begin > a.sentences[m.sentence].first_token &&
        (a.tokens[possessive_at].norm == "its" || a.tokens[possessive_at].norm == "their")) {
      // ("Their" is a plural role's when there is one: "Spanish farmers
      // demanding a better deal from the European Community ... before their
      // leaders announced a truce" are the farmers' leaders.)
      size_t plural = k;
      if (a.tokens[possessive_at].norm == "their") {
        for (size_t p = k; p-- > 0 && ms[p].sentence == m.sentence;) {
          const Mention& prev = ms[p];
          const std::string_view last = a.tokens[prev.end - 1].norm;
          if (!prev.code.empty() && !prev.modifier && prev.actor >= 0 && prev.agent >= 0 && last.size() > 3 &&
              last.back() == 's' && !prev.named) {
            plural = p;
            break;
          }
        }
      }
      // (An actor inside a prepositional phrase only when no other one
      // precedes: "Taiwan has lagged far behind Japan and South Korea in
      // encouraging its businessmen" are Taiwan's; "Iraq repelled an attack
      // by Iran on its positions" are Iraq's.)
      auto in_prepositional_phrase = [&](const Mention& prev) {
        uint32_t j = prev.begin;
        const uint32_t first = a.sentences[m.sentence].first_token;
        while (j > first) {
          const std::string_view w = a.tokens[j - 1].norm;
          const bool in_mention = std::any_of(ms.begin(), ms.end(), [&](const Mention& x) {
            return x.sentence == m.sentence && x.begin < j && x.end >= j;
          });
          if (w != "and" && w != "," && w != "the" && !in_mention) break;
          --j;
        }
        return j > first && IsPrepositionBeforeActor(a.tokens[j - 1].norm);
      };
      for (int pass = 0; pass < 2 && m.code.empty(); ++pass) {
        for (size_t p = plural < k ? plural + 1 : k; p-- > 0 && ms[p].sentence == m.sentence;) {
          const Mention& prev = ms[p];
          if (prev.code.empty() || prev.modifier || prev.actor < 0) continue;
          if (pass == 0 && plural == k && in_prepositional_phrase(prev)) continue;
          m.code = RoleOfOwner(prev.code, lex.agents[m.agent].code);
          m.coref = static_cast<int32_t>(p);
          break;
        }
      }
      // With no owner in its sentence, "their" points at a party we do not
      // know ("a decision by the majority Christian Democrats to withdraw
      // their 16 ministers"), not at an earlier holder of the role word.
      continue;
    }
    // A role named after an organisation the dictionaries do not know ("ADB
    // President Masao Fujioka", "FNSEA president", "the Post and
    // Telecommunications Ministry") is that organisation's: it does not take
    // the code of an earlier role mention.
    if (!m.pronoun && m.agent >= 0 && m.begin > a.sentences[m.sentence].first_token) {
      // (Not in a headline written in capitals, where every word is one; a
      // sentence's first word only when it is an acronym, "The" is no name;
      // nor party names, days and months: "Senate's Democratic and Republican
      // leaders", "a Monday court ruling".)
      const uint32_t b = m.begin - 1;
      const Token& before = a.tokens[b];
      const bool covered_before = std::any_of(ms.begin(), ms.end(), [&](const Mention& x) {
        return x.begin <= b && x.end > b;
      });
      const bool name_before =
          (before.flags & (kTokCapitalized | kTokAllCaps)) && !(before.flags & kTokPunct) &&
          !(a.tokens[m.begin].flags & kTokAllCaps) && before.norm.size() > 1 && !covered_before &&
          (b > a.sentences[m.sentence].first_token || (before.flags & kTokAllCaps)) && !IsPartyOrDateWord(before.norm);
      if (name_before) continue;
    }
    // Nor a role of no particular country: "opened that market to foreign
    // banks", "other officials".
    if (!m.pronoun && m.agent >= 0 && m.begin > a.sentences[m.sentence].first_token &&
        IsUnspecificModifier(a.tokens[m.begin - 1].norm))
      continue;
    // Nor a "local" or "domestic" role: the country of whoever acts on it
    // (the coder's domestic-role rule), not the last one named: "Bahrain
    // introduced a weekly treasury bill tender, offering local banks ...".
    if (!m.pronoun && m.agent >= 0 && m.begin > a.sentences[m.sentence].first_token &&
        (a.tokens[m.begin - 1].norm == "local" || a.tokens[m.begin - 1].norm == "domestic"))
      continue;
    // A role at, of, for or in an institution that is an actor's is that
    // actor's: "an official at the Canadian embassy in Copenhagen" is
    // Canada's (not Denmark's, the last country named), "a spokesman for the
    // Japanese Foreign Ministry" Japan's.
    if (!m.pronoun && m.agent >= 0 && m.end + 2 < a.tokens.size() &&
        In(a.tokens[m.end].norm, {"at", "of", "for", "in", "from"})) {
      for (size_t p = k + 1; p < ms.size() && ms[p].sentence == m.sentence; ++p) {
        const Mention& nx = ms[p];
        if (nx.begin < m.end + 1) continue;
        if (nx.begin == m.end + 1 || (nx.begin == m.end + 2 && a.tokens[m.end + 1].norm == "the")) {
          if (!nx.code.empty() && !nx.modifier && !nx.pronoun && nx.agent >= 0 && nx.actor >= 0) {
            m.code = RoleOfOwner(nx.code, lex.agents[m.agent].code);
            m.coref = static_cast<int32_t>(p);
          }
        }
        break;
      }
      if (!m.code.empty()) continue;
    }
    // Nor does a role "of" something that is no actor: "Mario Branco Peres,
    // president of the Brazilian Association of Citrus Juice Industries".
    if (!m.pronoun && m.agent >= 0 && m.end < a.tokens.size() && a.tokens[m.end].norm == "of") {
      continue;
    }
    // Nor a role "from" several places: "37 companies from 10 countries".
    if (!m.pronoun && m.agent >= 0 && m.end + 1 < a.tokens.size() && a.tokens[m.end].norm == "from") {
      static constexpr std::string_view kSeveral[] = {"several", "many",  "various", "other", "different",
                                                      "two",     "three", "four",    "five",  "six",
                                                      "seven",   "eight", "nine",    "ten",   "both",
                                                      "all"};
      const Token& next = a.tokens[m.end + 1];
      if ((next.flags & kTokNumber) ||
          std::find(std::begin(kSeveral), std::end(kSeveral), next.norm) != std::end(kSeveral))
        continue;
    }
    // Nor is an armed force introduced as a new one an earlier actor's: "were
    // attacked by a wave of jet fighter bombers" after "American forces" in
    // an earlier sentence, "unidentified gunmen". (A government spokesman
    // introduced so is still the document's: that is the news convention.)
    if (!m.pronoun && m.agent >= 0 && lex.agents[m.agent].code == "MIL") {
      bool indefinite = false;
      const uint32_t first = a.sentences[m.sentence].first_token;
      for (uint32_t j = m.begin, steps = 0; j > first && steps < 5 && !indefinite; --j, ++steps) {
        const std::string_view w = a.tokens[j - 1].norm;
        if (In(w, {"a", "an", "unidentified", "unknown", "unmarked", "some"})) indefinite = true;
        if ((a.tokens[j - 1].flags & kTokPunct) || In(w, {"the", "by", "to", "with", "from", "for", "on", "in", "at"}))
          break;
      }
      if (indefinite) continue;
    }
    // "The government" after a country's own business, labour, farm,
    // opposition, legislature or people in the same sentence is that
    // country's: "Japan's top business group Keidanren has urged the
    // government to remove residual import restrictions" (not the U.S.
    // government an earlier sentence named). (Not after a news agency, the
    // one told: "An Indian official told Reuters the government was ...".)
    if (!m.pronoun && m.agent >= 0 && m.end == m.begin + 1 && a.tokens[m.begin].norm == "government" &&
        m.begin > a.sentences[m.sentence].first_token && a.tokens[m.begin - 1].norm == "the" &&
        lex.agents[m.agent].code == "GOV") {
      for (size_t p = k; p-- > 0 && ms[p].sentence == m.sentence;) {
        const Mention& prev = ms[p];
        if (prev.code.empty() || prev.modifier || prev.pronoun) continue;
        const std::string& c = prev.code;
        if (c.size() >= 6 && !c.starts_with("IGO") &&
            In(std::string_view(c).substr(3, 3), {"BUS", "LAB", "AGR", "OPP", "LEG", "CVL", "EDU"})) {
          m.code = c.substr(0, 3) + "GOV";
          m.coref = static_cast<int32_t>(p);
        }
        break;
      }
      if (!m.code.empty()) continue;
    }
    // A government "in" a capital or country is that country's: "the
    // government in Tehran", "the regime in Baghdad", "police in Paris".
    // (Only ruling bodies and police: "Western diplomats in Beijing" are
    // not China's.)
    if (!m.pronoun && m.agent >= 0 && k + 1 < ms.size() && m.end + 1 < a.tokens.size() &&
        a.tokens[m.end].norm == "in" &&
        In(a.tokens[m.end - 1].norm, {"government", "regime", "authorities", "leadership", "administration", "junta",
                                      "cabinet", "police", "rulers", "leaders"})) {
      const Mention& place = ms[k + 1];
      const uint32_t at = m.end + 1 + (a.tokens[m.end + 1].norm == "the" ? 1 : 0);
      if (place.begin == at && place.actor >= 0 && place.agent < 0 && place.code.size() >= 3 &&
          !IsOrganisationCode(place.code) &&
          (lex.actors[place.actor].kind == ActorKind::kCapital || lex.actors[place.actor].kind == ActorKind::kCountry)) {
        m.code = Compose(place.code.substr(0, 3), lex.agents[m.agent].code);
        continue;
      }
    }
    // A named person's second role joined by "and" to a role of a stated
    // country is that country's: "Kuwait's Crown Prince and Prime Minister
    // Sheikh Saad al-Abdulla al-Sabah". (Only a named one: "its troops and
    // settlers" stays as it is.)
    if (!m.pronoun && m.named && m.agent >= 0 && k > 0 && m.begin >= 2 && a.tokens[m.begin - 1].norm == "and") {
      const Mention& prev = ms[k - 1];
      if (prev.end + 1 == m.begin && prev.sentence == m.sentence && prev.agent >= 0 && !prev.pronoun &&
          prev.code.size() >= 6 && !prev.code.starts_with("IGO")) {
        m.code = Compose(prev.code.substr(0, 3), lex.agents[m.agent].code);
        continue;
      }
    }
    // The last holder of the same role word is the one meant, also one whose
    // country the dictionaries do not know ("Agriculture Minister Achmad
    // Affandi said" ... "The minister said"): then the role stays unresolved,
    // rather than take an older holder's code or another government role's
    // ("The U.S. Embassy said" between them).
    int32_t unknown_holder = -1;
    if (!m.pronoun && m.agent >= 0) {
      for (size_t p = k; p-- > 0;) {
        const Mention& prev = ms[p];
        if (prev.sentence + 12 < m.sentence) break;
        if (prev.code.empty() && prev.agent >= 0 && prev.named &&
            lex.agents[prev.agent].words.back() == lex.agents[m.agent].words.back()) {
          unknown_holder = static_cast<int32_t>(p);
          break;
        }
      }
    }
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
        // Two named role mentions are the same person only if the names end
        // alike: "Agriculture Minister Mutsuki Kato" is not the "Finance
        // Minister Kiichi Miyazawa" before him.
        if (false) {
        } else if (pa.words.back() == ma.words.back()) rank = 1;
        else if (pa.code == ma.code && prev.named) rank = 2;
        else if (pa.code == ma.code) rank = 3;
      } else if (prev.named && prev.code.size() >= 6 &&
                 prev.code.compare(prev.code.size() - 3, 3, lex.agents[m.agent].code) == 0) {
        rank = 2;  // a named person whose code carries the role ("Mikhail Galuzin" RUSGOV)
      }
      if (rank < best_rank) {
        best_rank = rank;
        best = static_cast<int32_t>(p);
      }
    }
    if (unknown_holder >= 0 && (best < 0 || best_rank > 1 || best < unknown_holder)) continue;
    // A he/she in a later sentence is most often that sentence's subject,
    // which news writes first: the first person — a named one or one named by
    // a singular role ("the Crown Prince paid a brief courtesy call on
    // President Reagan. ... he was also scheduled to meet ...": the Crown
    // Prince) — of the latest sentence that names one; in its own sentence
    // the nearest before it.
    if (m.pronoun) {
      static constexpr std::string_view kPersonRoles[] = {
          "president", "minister",   "premier",  "chancellor", "prince",    "king",     "queen",      "emperor",
          "sultan",    "emir",       "sheikh",   "secretary",  "spokesman", "spokeswoman", "ambassador", "envoy",
          "governor",  "chairman",   "chief",    "leader",     "commander", "general",  "senator",    "diplomat",
          "adviser",   "negotiator", "delegate", "mayor",      "director"};
      auto person = [&](const Mention& x) {
        if (x.code.empty() || x.pronoun) return false;
        if (x.named) return true;
        const std::string_view last = a.tokens[x.end - 1].norm;
        return x.agent >= 0 && !x.modifier &&
               std::find(std::begin(kPersonRoles), std::end(kPersonRoles), last) != std::end(kPersonRoles);
      };
      // (Not a person inside a sentence's opening adverbial, "Before meeting
      // with Bush, the Crown Prince paid a brief courtesy call": up to its
      // first comma after an opening preposition or subordinator.)
      auto in_opening_clause = [&](const Mention& x) {
        const Sentence& sent = a.sentences[x.sentence];
        const std::string_view first = a.tokens[sent.first_token].norm;
        static constexpr std::string_view kOpeners[] = {"before", "after", "during", "while", "when",
                                                        "as",     "although", "though", "since", "asked",
                                                        "in",     "at",    "on",     "following"};
        if (std::find(std::begin(kOpeners), std::end(kOpeners), first) == std::end(kOpeners)) return false;
        for (uint32_t t = sent.first_token; t < x.begin; ++t) {
          if (a.tokens[t].norm == ",") return false;
        }
        return true;
      };
      int32_t pick = -1;
      for (size_t p = k; p-- > 0;) {
        const Mention& prev = ms[p];
        if (prev.sentence + 12 < m.sentence) break;
        if (!person(prev)) continue;
        if (prev.sentence != m.sentence && in_opening_clause(prev)) continue;
        // (Nor a possessor in an earlier sentence, which is no subject:
        // "Besides Baker's public statements ..., he said" is the speaker.)
        if (prev.sentence != m.sentence && prev.end < a.tokens.size() && a.tokens[prev.end].norm == "'s") continue;
        if (prev.sentence == m.sentence) {
          pick = static_cast<int32_t>(p);
          break;
        }
        if (pick >= 0 && ms[pick].sentence != prev.sentence) break;
        pick = static_cast<int32_t>(p);
      }
      best = pick;
    }
    if (best >= 0 && m.pronoun) {
      for (uint32_t t = ms[best].end; t < m.begin && best >= 0; ++t) {
        if (unknown_name_at(t)) best = -1;
      }
    }
    // A role matched only by its kind (rank 3: "the government" after a "U.S.
    // Embassy") is the country the document is about when another country has
    // been named more often so far: "to help the government maintain the
    // momentum of reform" in a report on Indonesia is Indonesia's.
    // (Only "government" and "authorities": other roles — a senate, a prime
    // minister, banks — are as often the other country's.)
    const std::string_view role_word = a.tokens[m.end - 1].norm;
    // (Nor a named person of another role word, who is no one named before:
    // "a U.S. Senate team was scheduled to meet Kuwait's Crown Prince and
    // Prime Minister Sheikh Saad al-Abdulla al-Sabah" in a report on Kuwait
    // is not the country of the "Iranian Charge d'Affaires" two sentences
    // before.)
    if (best >= 0 && (best_rank == 3 || (best_rank == 2 && m.named)) && !m.pronoun &&
        (role_word == "government" || role_word == "authorities" || m.named)) {
      const int32_t salient = MostNamedCountry(ms, k);
      if (salient >= 0 && ms[salient].code.compare(0, 3, ms[best].code, 0, 3) != 0) {
        m.code = Compose(ms[salient].code.substr(0, 3), lex.agents[m.agent].code);
        m.coref = salient;
        continue;
      }
    }
    if (best >= 0) {
      m.code = ms[best].code;
      m.coref = ms[best].coref >= 0 ? ms[best].coref : best;
      former(m);
      continue;
    }
    // A crowd of no stated country, unknown from the sentences before, is
    // the country's it gathers in: "Protesters stormed the compound of the
    // US embassy in Baghdad" (Iraqis), "Demonstrators in Tehran burned ..."
    // — the first capital or city after "in" in its sentence. (A protest's
    // own place, not that of a foreign embassy's country, which an embassy
    // names: "the Chinese embassy in Hanoi" is in Vietnam.)
    if (!m.pronoun && m.agent >= 0 && In(a.tokens[m.end - 1].norm, {"protesters", "protestors", "demonstrators",
                                                                     "rioters", "mob", "mobs", "crowd", "crowds"})) {
      for (size_t p = k + 1; p < ms.size() && ms[p].sentence == m.sentence; ++p) {
        const Mention& place = ms[p];
        // (Or a part of it: "in central Baghdad", "in the southern city of
        // Basra" is not meant, only a word or two of direction.)
        uint32_t before = place.begin;
        while (before > 0 && before + 2 > place.begin &&
               In(a.tokens[before - 1].norm, {"central", "downtown", "northern", "southern", "eastern", "western",
                                               "north", "south", "east", "west", "the"}))
          --before;
        if (place.actor < 0 || place.agent >= 0 || before == 0 || a.tokens[before - 1].norm != "in") continue;
        const ActorKind kind = lex.actors[place.actor].kind;
        if ((kind != ActorKind::kCapital && kind != ActorKind::kCountry) || place.code.size() < 3 ||
            IsOrganisationCode(place.code))
          continue;
        m.code = Compose(place.code.substr(0, 3), lex.agents[m.agent].code);
        break;
      }
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

std::string TabariForwardCode(const Lexicon& lex, const Analysis& a, const std::string& date,
                              const std::vector<Mention>& mentions) {
  (void)a;
  for (const Mention& m : mentions) {
    if (m.sentence != 0) break;
    if (m.pronoun || m.actor < 0 || m.code.empty()) continue;
    std::string code = PickFieldCode(lex.actors[m.actor], DateInt(date));
    if (code == "---" || code == "+++" || code == "###") continue;
    return code;
  }
  return {};
}

}  // namespace dyad::actors
