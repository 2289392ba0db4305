// Internal to the event coder (src/events/*.cc); not part of the library's
// interface. The sentence view every coder stage works on, small token tests,
// and the functions one stage calls in another, grouped by the file that
// defines them.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "coder.h"
#include "core/relation.h"
#include "core/word_set.h"
#include "dyad/parse.h"

namespace dyad::events {

using actors::Mention;


inline bool IsDeterminerLike(std::string_view n) {
  return In(n, {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these",
                "those", "fellow", "neighbouring", "neighboring", "all", "both"});
}

inline bool IsBeForm(std::string_view n) {
  return In(n, {"is", "are", "was", "were", "be", "been", "being", "'s", "get", "got", "gets"});
}

// A round quantity before what it counts: "hundreds of civilians", "tens of
// thousands of Haitians".
// (And a collective noun of count: "a cluster of Palestinian homes", "a
// handful of Chinese vessels".)
inline bool IsRoundQuantity(std::string_view n) {
  return In(n, {"hundreds", "thousands", "dozens", "scores", "tens", "millions", "cluster", "handful",
                "couple", "series", "string", "batch", "row"});
}

// "nt": the tokenizer splits an apostrophe-less "dont" or "didnt" as EWT does (do + nt).
inline bool IsNegation(std::string_view n) { return In(n, {"not", "n't", "nt", "never", "no"}); }

inline bool IsClauseBreak(const Token& t) {
  return t.norm == ";" || t.norm == ":" || t.norm == "." || t.norm == "?" || t.norm == "!";
}

struct SentenceView {
  const Analysis& a;
  const std::vector<Mention>& mentions;
  const Quotes& quotes;
  uint32_t first, last;                 // token range
  std::vector<int32_t> mention_at;      // per token in range: mention index covering it, or -1
  std::vector<int32_t> mention_ids;     // mentions of this sentence, in order
  std::vector<int32_t> modifier_ids;    // bare actor adjectives (Mention::modifier), in order
  bool parsed;
  // TABARI dictionaries: compounds follow TABARI's definition (see
  // TabariConjuncts); null otherwise.
  const Lexicon* tabari = nullptr;
  // TABARI: per token, inside an eliminated comma-delimited clause (empty
  // when nothing is eliminated). Hidden tokens are neither verbs nor actors.
  std::vector<uint8_t> hidden;

  bool Hidden(uint32_t t) const { return !hidden.empty() && hidden[t - first]; }
  int32_t MentionAt(uint32_t t) const { return t >= first && t < last ? mention_at[t - first] : -1; }
  int32_t QuoteOf(uint32_t t) const { return quotes.quote_of_token[t]; }
};

// A word of a sum of money, or the "of" after one: "$34 billion of", "34
// billion dollars worth of" (`from` is where the phrase may begin).
inline bool SumOfMoneyWord(const SentenceView& v, uint32_t k, uint32_t from) {
  auto money = [](const Token& tok) {
    return (tok.flags & kTokNumber) ||
           In(tok.norm, {"$", "us$", "€", "£", "¥", "million", "billion", "trillion", "dollars", "dollar", "euros",
                         "euro", "pounds", "yuan", "yen", "worth", "mln", "bln", "dlrs", "dlr", "stg"});
  };
  return money(v.a.tokens[k]) || (v.a.tokens[k].norm == "of" && k > from && money(v.a.tokens[k - 1]));
}
// The token after a time phrase that starts at `k` and stands between a verb
// and its object in wire style ("condemned on Monday India's decision",
// "rejected late on Sunday a Russian offer", "demanded Tuesday an immediate
// ceasefire"); `k` itself when there is none.
inline uint32_t SkipTimePhrase(const SentenceView& v, uint32_t k) {
  uint32_t j = k;
  if (j < v.last && In(v.a.tokens[j].norm, {"late", "early"})) ++j;
  if (j < v.last && v.a.tokens[j].norm == "on") ++j;
  if (j >= v.last || !(IsWeekdayName(v.a.tokens[j].norm) || In(v.a.tokens[j].norm, {"yesterday", "today"})))
    return k;
  ++j;
  if (j < v.last && In(v.a.tokens[j].norm, {"night", "morning", "evening", "afternoon"})) ++j;
  return j < v.last && v.a.tokens[j].norm != "," ? j : k;
}

// ===================================================================
// PETRARCH2 / TABARI dictionaries (Lexicon::field_format).
//
// The verb's clause is the verb's dependency subtree (without its subject
// and without coordinated, adverbial and paratactic clauses) when a parse is
// present; otherwise the surface window from the verb to the next clause
// break. Pattern elements after `*` are matched in order inside that window
// (`_` demands adjacency), elements before `*` backwards from the verb.
// ===================================================================

struct FieldCtx {
  const Lexicon& lex;
  const SentenceView& v;
  // Per token of the sentence: inside the verb's clause window?
  std::vector<uint8_t> in_window;
  std::vector<uint8_t> child_excluded;  // FieldWindow scratch
  // TABARI: per token, its conjunction-delimited clause (null otherwise).
  const std::vector<uint16_t>* clause = nullptr;
};

inline int32_t HeadOf(const SentenceView& v, uint32_t t) {
  int16_t h = v.a.parse[t].head;
  return h <= 0 ? -1 : static_cast<int32_t>(v.first + h - 1);
}

inline bool Rel(const SentenceView& v, uint32_t t, std::string_view r) { return RelIs(v.a.parse[t].deprel_name, r); }

// Is `t` inside the subtree of `root` (following heads)?
inline bool Dominates(const SentenceView& v, uint32_t root, uint32_t t) {
  for (int guard = 0; guard < 64; ++guard) {
    if (t == root) return true;
    int32_t h = HeadOf(v, t);
    if (h < 0) return false;
    t = static_cast<uint32_t>(h);
  }
  return false;
}

struct FieldMatch {
  int32_t source = -1, target = -1;
  bool compound = false;
  int32_t compound_mention = -1;  // the mention at a `%` slot
  uint32_t specificity = 0;
};

// What kind of act the argument belongs to, for the other-party modifiers
// of ArgumentActor and the obliques TargetFromParse takes: an appeal or
// demand (roots 02, 10), an investigation, disapproval or rejection (09, 11,
// 12), cooperation or support (01, 03-08), force (18-20).
enum class ActKind { kOther, kAppeal, kScrutiny, kSupport, kForce, kSanction };

// Our own dictionaries, with a parse: the verb is the complement of a verb of
// denial or refusal ("Comecon refused to recognise West Berlin", "Iran denied
// it intended to threaten shipping": what it names did not happen), or of
// someone else's expectation or allegation ("dealers expect the six to meet",
// "the EC alleged Japan was dumping chips": not the writer's report of an act).
// The actor's own expectation stays an intent ("Japan expects to sign").
// kNotReported: someone else's claim, a request or a condition, not an act.
enum class Embedding { kNone, kDenied, kRefused, kNotReported };

// A bare one-word role mention ("official", "government"): no actor name of
// its own. Used as an adjective ("official prices", "an official visit") it
// names no actor, whatever coreference gave it.
inline bool BareRoleWord(const SentenceView& v, int32_t m) {
  const Mention& x = v.mentions[m];
  return x.agent >= 0 && x.actor < 0 && !x.named && x.end == x.begin + 1;
}

// An event of sentence `si` whose verb (or noun) is the one token `verb`.
inline CodedEvent VerbEvent(uint32_t si, int32_t source, int32_t target, uint32_t verb, std::string code) {
  CodedEvent ev;
  ev.sentence = si;
  ev.source = source;
  ev.target = target;
  ev.verb_begin = verb;
  ev.verb_end = verb + 1;
  ev.code = std::move(code);
  return ev;
}

// arguments.cc
int32_t MentionStartingNear(const SentenceView& v, uint32_t t, uint32_t max_skip);
void Conjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out);
int32_t SourceFromParse(const SentenceView& v, uint32_t verb, bool* passive);
int32_t SourceLeft(const SentenceView& v, uint32_t verb, bool possessor_subject = false);
int32_t AgentAfterBy(const SentenceView& v, uint32_t from);
bool HostileCueAt(const Lexicon& lex, const Analysis& a, uint32_t t, uint32_t last, uint32_t* len);
bool CountryAndItsOwnAgent(const std::string& a, const std::string& b);
bool SameActor(const std::string& a, const std::string& b);
// The party acted on in the reported clause of `verb` whose subject is the
// speaker's own side `own` (arguments.cc): "warned that Ankara could cut
// ties with Israel" -> Israel.
int32_t PartyOfOwnSidesAct(const SentenceView& v, uint32_t verb, int32_t source, int32_t own);
bool ToInfinitive(const SentenceView& v, uint32_t t);
bool InsideClauseOf(const SentenceView& v, uint32_t verb, uint32_t t);
bool IsPronoun(const SentenceView& v, uint32_t t);
int32_t MentionOfPhrase(const SentenceView& v, uint32_t t);
// The parse's top word of a mention's words, which for a name may be its
// first word ("Nikol Pashinyan" hangs on "Nikol", "Pashinyan" a flat dependent).
uint32_t MentionTopWord(const SentenceView& v, const Mention& m);
std::string_view CaseOf(const SentenceView& v, uint32_t t);
// A CAMEO region code ("MEA" the Middle East, "WAF" West Africa): a place, not a party.
bool IsRegionCode(std::string_view c);
// The actor a verb's argument (or a noun's dependent) names: itself, or an
// actor qualifying its head word (arguments.cc has the whole story).
int32_t ArgumentActor(const SentenceView& v, uint32_t arg, ActKind kind = ActKind::kOther);
bool PassiveInParse(const SentenceView& v, uint32_t verb);
bool ThirdPartyOblique(const SentenceView& v, uint32_t verb);
bool StateActor(std::string_view code);
bool UnarmedActor(std::string_view code);
// Whether an actor code carries one of `agents` after its country
// ("LBNREBHEZ" carries REB): the 3-letter segments after the first.
inline bool HasAgentSegment(std::string_view code, std::initializer_list<std::string_view> agents) {
  for (size_t k = 3; k + 3 <= code.size(); k += 3) {
    if (In(code.substr(k, 3), agents)) return true;
  }
  return false;
}
bool OwnPeople(const SentenceView& v, int32_t m);
bool HasObject(const SentenceView& v, uint32_t verb);
int32_t PlaceOfAnEasing(const SentenceView& v, uint32_t verb, int32_t source);
int32_t PlaceOfAnAttack(const SentenceView& v, uint32_t verb, int32_t source, const Lexicon& lex);
// A place or target noun force may be aimed at ("town", "hotel", "convoy").
bool IsAttackedPlaceNoun(std::string_view lemma);
// PlaceOfAnAttack's second half, for an attacked place already found: its
// country named in an "in/near" phrase of it (or of its last conjunct, or of
// `verb`, or of `act_noun`, the act a light verb carries), by a country
// adjective of a place noun, or as the owner.
int32_t PlaceOfAttackedObject(const SentenceView& v, uint32_t object, uint32_t verb, int32_t source,
                              const Lexicon& lex, int32_t act_noun = -1);
int32_t PartyAnswered(const SentenceView& v, uint32_t verb, int32_t source);
// The place a crowd with no country of its own gathers in, for a protest:
// "Hundreds of thousands of people rallied in Istanbul", "Tens of thousands
// of people in Japan's Okinawa prefecture rallied". The place's mention, or
// -1.
int32_t CrowdsPlace(const SentenceView& v, uint32_t verb);
// The bare actor adjective (a modifier mention with a code) of the passive
// subject of `verb`: "A Japanese schoolboy was stabbed". Not one of a made or
// owned thing's maker ("Chinese-made"), nor of a noun that is itself an
// actor. The mention, or -1.
int32_t PassiveSubjectsAdjective(const SentenceView& v, uint32_t verb);
// The place armed men of no named side strike in, for an act of force: ICEWS's
// "Unidentified Gunmen (Lebanon)" for "Gunmen kidnapped U.S. embassy political
// officer William Buckley in West Beirut". The place's mention (a country or
// a city of one, never `target`), or -1; `agent` gets the armed men's agent
// code (UAF, REB, INS).
int32_t ArmedMensPlace(const SentenceView& v, uint32_t verb, int32_t target, const Lexicon& lex, std::string* agent);
// Is mention `m`, a country's adjective, its people named as a people: a
// plural demonym ("Uighurs", "Rohingya") or the adjective of a people noun
// ("Rohingya Muslims", "Uighur villagers")?
bool OwnPeopleNamedAsAPeople(const SentenceView& v, int32_t m);
// The party that reports a truce broken with no other party named, a
// country other than the source: "Azerbaijani forces broke the humanitarian
// truce within hours, Yerevan's defence ministry said" (a truce has two
// sides, and the complainant is the other). The speaker's mention, or -1.
int32_t TruceComplainant(const SentenceView& v, uint32_t verb, int32_t source);
// The first coded actor that begins after token `after` and lies inside the
// phrase headed by `phrase`: the owner in "against facilities of Ukraine's
// military-industrial complex". Its mention, or -1.
int32_t FirstActorUnder(const SentenceView& v, uint32_t phrase, uint32_t after);
// The country people acted on under `verb` spied or worked for: "detained 34
// suspects on suspicion of spying for Israel's intelligence agency Mossad",
// "jailed a man accused of working for Russian intelligence". Its mention, or -1.
int32_t SpiedFor(const SentenceView& v, uint32_t verb);
// The owner of what `verb` seizes: an actor after "owned by", "belonging to"
// or "from" in the verb's phrases, not the source's own. Its mention, or -1.
int32_t OwnerOfSeized(const SentenceView& v, uint32_t verb, int32_t source);
// The country holding the ones on hunger strike: "Palestinian prisoners in
// Israeli jails", "Khader Adnan, held by Israel". Its mention, or -1.
int32_t JailersCountry(const SentenceView& v, int32_t source);
// Is the subject of `verb` a crowd (protesters, rioters, a mob), whose force
// is a violent protest? "Protesters ... attacked the Rwandan embassy".
bool CrowdSubject(const SentenceView& v, uint32_t verb);
// Is the one `verb` kills (its object, or its passive subject) one person
// named by name, the phrase of mention `target`? "killed PLO military chief
// Khalil al-Wazir", "Soleimani was killed by a U.S. drone strike".
bool KilledOneNamedPerson(const Lexicon& lex, const SentenceView& v, uint32_t verb, int32_t target);
bool ChemicalMeans(const SentenceView& v, uint32_t verb);
bool SentToHelp(const SentenceView& v, uint32_t verb);
// What arrives, when `verb` (arrive, land, touch down) has for its subject
// forces come to lead or join a mission or to help (074: "Kenyan police
// officers arrived in Haiti to lead a UN-backed security mission"), relief
// goods or a rescue or medical team (073: "cargo planes laden with tents,
// blankets and food landed in Islamabad"), or military aid (072). That code,
// or empty: an official arriving visits (042).
std::string_view ArrivalOfHelp(const SentenceView& v, uint32_t verb);
// Is the welcome at `verb` given in person, at a place or with a ceremony
// ("welcomed his Lao counterpart at the Peace Palace", "with a red-carpet
// ceremony")? Then it is hosting (043), not praise (051).
bool WelcomedInPerson(const SentenceView& v, uint32_t verb);
// "target" (190) done by no force: by hacking, a cyber attack ("176"); by
// espionage, a campaign, sanctions or a law, no attack at all ("-"); else "".
std::string_view NonForceTargeting(const SentenceView& v, uint32_t verb);
// The material cooperation that working together at `verb` is for, by its
// purpose infinitive: "063" for catching or prosecuting people ("teamed up
// with Belgium's federal police to dismantle a cocaine smuggling network"),
// "060" for other practical tasks ("to clean up an oil spill", "to contain
// an Ebola outbreak"); empty for none.
std::string_view MaterialPurpose(const SentenceView& v, uint32_t verb);
// The protest a demand at `verb` is made by, when it completes a verb of
// marching or rallying (141), a hunger strike (142), a strike or boycott
// (143), blocking roads (144) or a crowd's storming or burning (145):
// "marched ... to demand", "began a hunger strike demanding", "blocked
// streets demanding", "stormed government buildings demanding". That CAMEO
// code, or empty.
std::string_view ProtestOfADemand(const SentenceView& v, uint32_t verb);
int32_t PlaceOfAJudgedAct(const SentenceView& v, uint32_t verb, int32_t source, const Lexicon& lex);
int32_t VictimOfAClaimedAct(const SentenceView& v, uint32_t verb, int32_t source);
int32_t PartyOfAnInquiry(const SentenceView& v, uint32_t verb, int32_t source);
int32_t ThreatAnswered(const SentenceView& v, uint32_t verb, int32_t source);
std::string_view BombingKind(const SentenceView& v, uint32_t verb);
int32_t AgentOfSubjectParticiple(const SentenceView& v, uint32_t verb);
int32_t DoerOfAgentWeapon(const SentenceView& v, uint32_t verb);
// The one who claimed, or is blamed for, an attack whose weapon is the verb's subject (arguments.cc).
int32_t ClaimantOfAttack(const SentenceView& v, uint32_t verb);
bool TalksWithCreditorBanks(const SentenceView& v, int32_t src, int32_t tgt, const std::string& tgt_code,
                            std::string_view code);
int32_t TargetFromParse(const SentenceView& v, uint32_t verb, int32_t source, ActKind kind = ActKind::kOther,
                        std::string_view object_case = {});
bool StatesItsActInAComplement(std::string_view lemma);
int32_t ComplementTarget(const SentenceView& v, uint32_t verb, int32_t source, int32_t* complement);
// Whom a threat is made to: the subject of its "unless"/"if" condition, on the
// threat verb or its threatened act ("threatened to launch a new offensive ...
// unless Baghdad accepted its conditions"); -1 if none.
int32_t ConditionSubject(const SentenceView& v, uint32_t verb, int32_t source);
// "100" or "020" when the warning verb's clause says what must or should be
// done ("warned Tokyo its package must be significant"), else empty.
std::string_view WarnedObligation(const SentenceView& v, uint32_t verb);
// Is the verb's subject (or the noun a relative clause describes) an accident
// or a natural disaster ("a crash that killed 520 people")?
bool AccidentSubject(const SentenceView& v, uint32_t verb);
// The code of a role of no stated country (`target`) acted on by `source`:
// the source's country's role ("Kenyan police arrested opposition leaders"
// KENOPP), or, for force (`code` 18-20), that of another country the act's
// place names ("Russian mercenaries executed hundreds of men in the central
// Malian town of Moura" MLICVL). Empty where the role stays unknown.
std::string DomesticRoleCode(const Lexicon& lex, const SentenceView& v, int32_t source, int32_t target,
                             std::string_view code = {});
// The party a complaint to `target` is about: the actor of the verb's
// "over/about/against" phrase, or the subject of its "that" clause, when it is
// neither the source nor the addressee; -1 if none.
int32_t ComplaintSubject(const SentenceView& v, uint32_t verb, int32_t source, int32_t target);
// The international body a trip's to-infinitive purpose, or the meeting it
// is "for", deals with ("leave for Washington to attend the IMF meetings",
// "travelling to Washington for the meeting of the IMF"), not counting the
// traveller's own country (`source_code`); or -1.
int32_t BodyMetInCapital(const SentenceView& v, uint32_t verb, std::string_view source_code);
// The country of the place where `verb` happened, named by its "in", "near"
// or "at" phrase ("in a remote Pakistani village", "in southern Lebanon"),
// when it is not `source`'s own country; "" otherwise.
std::string ForeignPlaceOfAct(const SentenceView& v, uint32_t verb, const std::string& source_code);
// Does `verb` act on a place its phrase calls rebel-held ("shelled rebel-held
// districts of Homs", "dropped sarin on the rebel-held town of Khan
// Sheikhoun"; also opposition-, insurgent-, militant-held or -controlled)?
bool RebelHeldPlace(const SentenceView& v, uint32_t verb);
// Is the subject of `verb` (or of the verb it completes) a crowd of people
// ("Tens of thousands of university students", "Hundreds of residents")?
bool CrowdOfPeopleSubject(const SentenceView& v, uint32_t verb);
// The party at home that an act naming none is aimed at: a protest by a
// country's people (not its state) at their own government ("Tens of
// thousands of Nepalese marched in Kathmandu demanding an end to the
// monarchy": NPLGOV, as ICEWS's "Protester (Nepal)" -> "Government
// (Nepal)"), and a state's police alert, deployment of police, curfew,
// martial law or shutdown at the people it restricts, those of the place
// it acts in ("Sri Lanka imposed a nationwide curfew": LKACVL); "" if the
// act is not of that kind, the source has no country, or a protest is held
// abroad. `source_code`: the source's code as the event will carry it;
// `people`: the source is a crowd or a nationality's people. The source
// must be the verb's subject (`source`: its mention; -1 for a crowd named
// by the place it gathers in, whose code `source_code` is).
std::string ImpliedDomesticTarget(const SentenceView& v, uint32_t verb, int32_t source,
                                  const std::string& source_code, std::string_view code, bool people);

// factuality.cc
std::string_view IntentCode(std::string_view c);
bool IntendedAct(const SentenceView& v, uint32_t verb);
bool ArgumentOfAnotherSubject(const SentenceView& v, uint32_t noun);
// The noun (no actor) is what a participle after it describes: is it the
// nearest actor's own, so that the participle's act is that actor's?
bool SourcesOwnThing(const SentenceView& v, uint32_t noun);
bool WarningOfNoThreat(const SentenceView& v, uint32_t verb, const std::string& source_code);
bool SubjectlessDependentClause(const SentenceView& v, uint32_t verb);
bool FieldNegated(const SentenceView& v, uint32_t verb);
bool ArgumentOfAnother(const SentenceView& v, uint32_t t, uint32_t verb);
bool NegatedInParse(const SentenceView& v, uint32_t verb);
bool OwnSubject(const SentenceView& v, uint32_t t);
Embedding EmbeddingOf(const SentenceView& v, uint32_t verb, uint32_t source_head);
bool ObligationSpeaker(const SentenceView& v, uint32_t verb, int32_t* speaker, std::string_view* code);
std::string_view NegatedCode(std::string_view code);
bool PatternHasNegation(const Lexicon& lex, const VerbPattern* p);

// verb_checks.cc
bool NounAfterDeterminer(const SentenceView& v, uint32_t t);
bool SurfacePassive(const SentenceView& v, uint32_t vb, uint32_t verb);
bool MistaggedVerb(const SentenceView& v, uint32_t t, bool lexicon_form);
bool MisattachedVerb(const SentenceView& v, uint32_t t);
bool MisreadVerbOfAHeadlineLikeSentence(const SentenceView& v, uint32_t t);

// field_match.cc
bool MatchField(const FieldCtx& c, const VerbPattern& p, uint32_t vb, uint32_t ve, FieldMatch* out);
void FieldWindow(FieldCtx* c, uint32_t verb, int32_t subject_token);
int32_t FieldSubject(const SentenceView& v, uint32_t verb, bool* passive, int32_t* subject_token,
                     int32_t* by_agent);
int32_t FieldObject(const FieldCtx& c, uint32_t verb, uint32_t from, int32_t source);
bool MatchPhraseTokens(const Analysis& a, uint32_t t, uint32_t last, const std::vector<std::string>& w);
bool AnyDiscardIn(const Lexicon& lex, const Analysis& a, uint32_t first, uint32_t last, bool story,
                  std::vector<uint32_t>* phrases);

// conjuncts.cc
bool TabariJoins(const SentenceView& v, uint32_t from, uint32_t to);
void TabariConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out);
void FieldConjuncts(const SentenceView& v, int32_t m, std::vector<int32_t>* out);
bool TabariNoun(const SentenceView& v, uint32_t t);
bool IsCompound(const SentenceView& v, int32_t m);

// tabari_rules.cc
std::vector<uint16_t> TabariClauses(const Lexicon& lex, const SentenceView& v);
int32_t TabariSource(const SentenceView& v, const std::vector<uint16_t>& clause, uint32_t verb, int32_t carried);
int32_t TabariTarget(const FieldCtx& c, const std::vector<uint16_t>& clause, uint32_t vb, uint32_t ve,
                     int32_t source);
void TabariFirstEventPerClause(const SentenceView& v, size_t first_out, std::vector<CodedEvent>* out,
                               bool whole_sentence);
void TabariHideCommaClauses(const Lexicon& lex, SentenceView* v, const std::vector<Mention>& mentions);
void TabariPriorities(size_t first_out, std::vector<CodedEvent>* out);
void TabariSplitCodedCompounds(const std::vector<Mention>& mentions, size_t first_out,
                               std::vector<CodedEvent>* out);
uint32_t TabariWords(const Analysis& a, uint32_t first, uint32_t last);
bool TabariSpecialActor(const Lexicon& lex, const std::vector<Mention>& mentions, uint32_t si);
bool TabariComplex(const Lexicon& lex, const SentenceView& v);
bool TabariSpecialTimePhrase(const Lexicon& lex, const Analysis& a, uint32_t first, uint32_t last);

// noun_events.cc: events a noun names (nouns.tsv), reported as done.
void CodeNounEvents(const Lexicon& lex, const SentenceView& v, uint32_t si, std::vector<CodedEvent>* events);

// field_coder.cc
void CodeSentenceField(const Lexicon& lex, const SentenceView& v0, uint32_t si, const CoderOptions& options,
                       std::vector<CodedEvent>* out);
void DropControlledEvents(const SentenceView& v, size_t first_out, std::vector<CodedEvent>* out);
void DropNestedModifierEvents(const SentenceView& v, size_t first_out, std::vector<CodedEvent>* out);
void FoldReportedEvents(const SentenceView& v, size_t first_out, std::vector<CodedEvent>* out);

}  // namespace dyad::events
