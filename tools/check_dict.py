#!/usr/bin/env python3
"""Checks dyad's own dictionaries (data/dict/, format: docs/formats/dictionaries.md).

Usage: tools/check_dict.py [--dict DIR] [--eventcodes FILE] [--cameo-dir DIR] [--quiet]

Checks
  * every event code in verbs.tsv (and every passive code) and nouns.tsv is in data/cameo/eventcodes.tsv;
  * every act noun's verb (act_nouns.tsv) is a verbs.tsv lemma;
  * every actor code is well formed (3-letter chunks, valid date restrictions) and its
    first 3 letters are a known CAMEO country, region or organisation-type code; its
    other chunks are known CAMEO type, known-group, religion or country codes, or one
    of dyad's documented extensions;
  * agent codes are CAMEO type codes;
  * no phrase (actors, agents) and no verb pattern maps to conflicting codes;
  * no pattern has a role word (agents.tsv) right after its target slot;
  * every irregular verb and every verb whose final consonant doubles, used in
    verbs.tsv, has its forms in verb_forms.tsv;
  * every UN member state and observer has a country row and a demonym.
Prints counts. Exit status 1 if there is an error (warnings do not fail).

The CAMEO code lists below are facts from the CAMEO codebook (Schrodt et al.) as
published in GDELT's lookup tables; --cameo-dir cross-checks them against a copy of
those tables (country.tsv, type.tsv, knowngroup.tsv, religion.tsv) when one is at hand.
"""

import argparse
import os
import re
import sys
from collections import Counter, defaultdict

# --- CAMEO facts -------------------------------------------------------------------
CAMEO_COUNTRIES = set("""
AFG ALA ALB DZA ASM AND AGO AIA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ
BEN BMU BTN BOL BIH BWA BRA VGB BRN BGR BFA BDI KHM CMR CAN CPV CYM CAF TCD CHL CHN COL
COM COD COG COK CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM TMP ECU EGY SLV GNQ ERI EST ETH
FRO FLK FJI FIN FRA GUF PYF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GIN GNB GUY
HTI VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMY ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR
KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MKD MDG MWI MYS MDV MLI MLT MHL MTQ MRT
MUS MYT MEX FSM MDA MCO MNG MTN MSR MAR MOZ MMR NAM NRU NPL NLD ANT NCL NZL NIC NER NGA
NIU NFK MNP NOR PSE OMN PAK PLW PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROM RUS RWA
SHN KNA LCA SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF ESP LKA SDN
SUR SJM SWZ SWE CHE SYR TWN TJK TZA THA TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE
GBR USA VIR URY UZB VUT VEN VNM WLF ESH YEM ZMB ZWE
""".split())
CAMEO_REGIONS = set("""
WSB BAG GZS AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN
SAM SAS SEA SAF WAF WST
""".split())
# Country codes the CAMEO/Phoenix dictionaries use that GDELT's table lacks (KSV Kosovo,
# SSD South Sudan) and ISO 3166-3 codes of former states (Phoenix convention).
EXTRA_COUNTRIES = {"KSV", "SSD", "SUN", "CSK", "YUG", "DDR"}
CAMEO_TYPES = set("""
COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG
MED REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET
""".split())
CAMEO_KNOWNGROUPS = set("""
AAM ABD ACC ADB AEU AFB ALQ AMF AML AMN AMU ANO APE ARL ASL ASN ATD BCA BIS BTH CEM CFA
CIS CMN COE CPA CPC CRC CSS CWN DFL EBR ECA EEC EFT ENN FAO FID FIS FLN FTA GCC GIA GOE
GOS GSP GSS HCH HCR HEZ HIP HMS HRW IAC IAD IAE IAF ICC ICG ICJ ICO IDB IGC IHF ILO IMF
IOM IPU IRC ISJ ITP JUR KDP KID LBA LKD MBR MRZ MSF MSP NAT NEP NON OAS OAU OIC OPC PAP
PFL PLF PLO PLS PMD PRC PSE RCR RND SAA SAD SCE SHA SOT TAL UEM UNO WAD WAM WAS WBK WCT
WEF WFP WHO WTO XFM
""".split())
CAMEO_RELIGIONS = set("""
ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN NRM PAG
PRO SFI SHI SHN SIK SUN TAO UDX ZRO
""".split())
# dyad's own known-group codes where CAMEO has none (documented in data/dict/README.md).
DYAD_EXTENSIONS = {
    "CST": "Collective Security Treaty Organization (CSTO)",
    "EAE": "Eurasian Economic Union",
    "SCO": "Shanghai Cooperation Organisation",
    "GTW": "Group of Twenty (G20)",
    "BRC": "BRICS",
    "OEC": "OECD",
    "APC": "Asia-Pacific Economic Cooperation (APEC)",
    "MER": "Mercosur",
    "CEL": "CELAC",
    "EAC": "East African Community",
    "IAB": "Inter-American Development Bank (CAMEO's IDB is the Islamic Development Bank)",
    "GAT": "General Agreement on Tariffs and Trade (GATT, 1948-1994)",
    "CME": "Comecon, Council for Mutual Economic Assistance (1949-1991)",
    "GOF": "Group of Five (G-5)",
    "AES": "Alliance of Sahel States",
    "ISI": "Islamic State and affiliates",
    # Phoenix's code for the African Union (CAMEO has only OAU, its predecessor).
    "AFU": "African Union (Phoenix convention)",
}
FIRST_CHUNK_TYPES = {"IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS"}

# The 193 UN member states (CAMEO codes) and the two observer states.
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB
CYP CZE PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU
GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ
KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS
MEX FSM MDA MCO MNG MTN MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW
PAN PNG PRY PER PHL POL PRT QAT KOR ROM RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC
SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TMP TGO TON TTO TUN
TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
UN_OBSERVERS = {"VAT", "PSE"}
# No demonym on purpose: "Vatican" is its own adjective; "Dominican" is the Dominican
# Republic's, so Dominica has none.
NO_DEMONYM_OK = {"VAT", "DMA"}

# English irregular verbs (base forms); any used in verbs.tsv needs verb_forms.tsv.
IRREGULAR = set("""
arise awake be bear beat become begin bend bet bid bind bite bleed blow break breed bring
broadcast build burn burst buy cast catch choose cling come cost creep cut deal dig do draw
dream drink drive eat fall feed feel fight find flee fling fly forbid forecast foresee
forget forgive forsake freeze get give go grind grow hang have hear hide hit hold hurt keep
kneel know lay lead lean leap learn leave lend let lie light lose make mean meet mislead
misunderstand overcome overdo overfly overhear override overrun oversee overtake overthrow
pay prove put quit read rebuild rend rid ride ring rise run saw say see seek sell send set
sew shake shed shine shoot show shrink shut sing sink sit slay sleep slide sling slit smell
sow speak speed spell spend spill spin spit split spoil spread spring stand steal stick
sting stink stride strike string strive swear sweep swell swim swing take teach tear tell
think thrive throw thrust tread undergo understand undertake undo uphold upset wake wear
weave weep win wind withdraw withhold withstand wring write
""".split())
# Multi-syllable verbs whose stressed final consonant doubles (admit -> admitted).
DOUBLING = set("""
abet admit airdrop allot annul begin commit compel concur confer control defer deter
dispel emit equip excel expel extol forbid forget incur infer kidnap occur omit outwit
overrun patrol permit prefer propel rebel rebut recur refer regret remit repel submit
transfer unban unplug upset
""".split())

VOWELS = set("aeiou")


def needs_doubling(lemma):
    """Monosyllabic consonant-vowel-consonant verbs: ban, stop, ship."""
    w = lemma.lower()
    if not w.isalpha() or len(w) < 3 or w in ("quit",):
        return False
    groups = re.findall(r"[aeiou]+", w)
    if len(groups) != 1:
        return False
    return (w[-1] not in VOWELS and w[-1] not in "wxy" and w[-2] in VOWELS
            and w[-3] not in VOWELS)


def british_l(lemma):
    """-l verbs with British doubling: cancel/cancelled, travel/travelled."""
    w = lemma.lower()
    return (len(w) > 4 and w.endswith("l") and w[-2] in VOWELS and w[-3] not in VOWELS
            and len(re.findall(r"[aeiou]+", w)) >= 2)


# --- tokenization (close to the C++ tokenizer, for duplicate detection) -------------
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-"})


def tokens(phrase):
    out = []
    for raw in phrase.translate(QUOTES).split():
        w = raw
        pre = []
        while w and w[0] in "\"(),;:!?[]{}":
            pre.append(w[0])
            w = w[1:]
        post = []
        while w and w[-1] in "\"(),;:!?[]{}":
            post.insert(0, w[-1])
            w = w[:-1]
        out.extend(pre)
        if w.lower().endswith("'s") and len(w) > 2:
            out.extend([w[:-2], "'s"])
        elif w:
            out.append(w)
        out.extend(post)
    return [t.lower() for t in out]


def phrase_key(phrase):
    t = tokens(phrase)
    if len(t) > 1 and t[0] == "the":
        t = t[1:]
    return " ".join(t)


# --- reading ------------------------------------------------------------------------
class Report:
    def __init__(self, quiet):
        self.errors = 0
        self.warnings = 0
        self.quiet = quiet

    def error(self, where, msg):
        self.errors += 1
        print(f"{where}: error: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        if not self.quiet:
            print(f"{where}: warning: {msg}")


def columns(rep, where, line, n, names):
    """The line's n tab-separated columns, stripped; None (and an error) otherwise."""
    cols = line.split("\t")
    if len(cols) != n:
        rep.error(where, f"expected {n} tab-separated columns ({names}), got {len(cols)}")
        return None
    return [c.strip() for c in cols]


def data_lines(path):
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield no, line


CODE_RE = re.compile(r"^([A-Z0-9]+)(?:\[(.*)\])?$")
DATE_RE = re.compile(r"^\d{8}$")


def parse_actor_code(text):
    """Returns (code, from, to) or raises ValueError."""
    m = CODE_RE.match(text.strip())
    if not m:
        raise ValueError(f"bad actor code '{text.strip()}'")
    code, rng = m.group(1), m.group(2)
    lo, hi = 0, 99999999
    if rng is not None:
        if rng.startswith(">") and DATE_RE.match(rng[1:]):
            lo = int(rng[1:])
        elif rng.startswith("<") and DATE_RE.match(rng[1:]):
            hi = int(rng[1:])
        elif "-" in rng and all(DATE_RE.match(p) for p in rng.split("-", 1)):
            lo, hi = (int(p) for p in rng.split("-", 1))
        else:
            raise ValueError(f"bad date restriction '[{rng}]'")
        for d in (lo, hi):
            if d not in (0, 99999999):
                mm, dd = d // 100 % 100, d % 100
                if not (1 <= mm <= 12 and 1 <= dd <= 31):
                    raise ValueError(f"impossible date {d}")
        if lo > hi:
            raise ValueError(f"empty date range '[{rng}]'")
    return code, lo, hi


def check_code_chunks(code, rep, where, known_first):
    if len(code) % 3 != 0:
        rep.error(where, f"actor code '{code}' is not made of 3-letter chunks")
        return
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if chunks[0] not in known_first:
        rep.error(where, f"actor code '{code}': '{chunks[0]}' is not a known CAMEO country, "
                         "region or organisation code")
    rest = CAMEO_TYPES | CAMEO_KNOWNGROUPS | CAMEO_RELIGIONS | CAMEO_COUNTRIES | \
        CAMEO_REGIONS | EXTRA_COUNTRIES | set(DYAD_EXTENSIONS)
    for c in chunks[1:]:
        if c not in rest:
            rep.error(where, f"actor code '{code}': unknown chunk '{c}'")


def cross_check(cameo_dir, rep):
    def col(name):
        path = os.path.join(cameo_dir, name)
        if not os.path.exists(path):
            return None
        vals = set()
        for _, line in data_lines(path):
            c = line.split("\t")[0].strip()
            if c != "code":
                vals.add(c)
        return vals

    for name, ours in (("country.tsv", CAMEO_COUNTRIES | CAMEO_REGIONS),
                       ("type.tsv", CAMEO_TYPES), ("knowngroup.tsv", CAMEO_KNOWNGROUPS),
                       ("religion.tsv", CAMEO_RELIGIONS)):
        theirs = col(name)
        if theirs is None:
            rep.warn(cameo_dir, f"no {name}; cross-check skipped")
            continue
        if theirs != ours:
            rep.error(name, f"embedded list differs: missing {sorted(theirs - ours)}, "
                            f"extra {sorted(ours - theirs)}")
        else:
            print(f"cross-check {name}: {len(ours)} codes agree")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict", default=os.path.join(root, "data", "dict"))
    ap.add_argument("--eventcodes", default=os.path.join(root, "data", "cameo", "eventcodes.tsv"))
    ap.add_argument("--cameo-dir", help="GDELT/CAMEO lookup tables to cross-check against")
    ap.add_argument("--quiet", action="store_true", help="print errors only")
    args = ap.parse_args()
    rep = Report(args.quiet)
    d = args.dict

    if args.cameo_dir:
        cross_check(args.cameo_dir, rep)

    # Event codes.
    event_codes = set()
    for _, line in data_lines(args.eventcodes):
        c = line.split("\t")[0].strip()
        if c and c != "code":
            event_codes.add(c)

    # --- actors
    apath = os.path.join(d, "actors.tsv")
    afile = "actors.tsv"
    kinds = Counter()
    kind_phrases = Counter()
    country_codes = set()
    adjective_codes = set()
    capital_codes = set()
    person_names = 0
    phrase_codes = defaultdict(list)  # key -> [(codes tuple, where)]
    known_first = CAMEO_COUNTRIES | CAMEO_REGIONS | EXTRA_COUNTRIES | FIRST_CHUNK_TYPES
    actor_codes_used = set()
    for no, line in data_lines(apath):
        where = f"{afile}:{no}"
        cols = line.split("\t")
        if len(cols) != 3:
            rep.error(where, f"expected 3 tab-separated columns, got {len(cols)}")
            continue
        codes = []
        ok = True
        if cols[0].strip() == "---":  # a phrase that is not an actor (kind none)
            if cols[1].strip() != "none":
                rep.error(where, "code '---' (not an actor) needs the kind none")
                continue
            phrases = [p.strip() for p in cols[2].split("|")]
            if any(not p for p in phrases):
                rep.error(where, "empty phrase")
            kinds["none"] += 1
            kind_phrases["none"] += len([p for p in phrases if p])
            for p in phrases:
                if p:
                    phrase_codes[phrase_key(p)].append(((("---", 0, 99999999),), where, p))
            continue
        for c in cols[0].split(","):
            try:
                code, lo, hi = parse_actor_code(c)
            except ValueError as e:
                rep.error(where, str(e))
                ok = False
                continue
            check_code_chunks(code, rep, where, known_first)
            codes.append((code, lo, hi))
            actor_codes_used.add(code)
        if not ok or not codes:
            continue
        if len(codes) > 1:
            ranges = sorted((lo, hi) for _, lo, hi in codes if (lo, hi) != (0, 99999999))
            for (a_lo, a_hi), (b_lo, b_hi) in zip(ranges, ranges[1:]):
                if b_lo < a_hi:  # sharing a boundary day is fine: the first listed wins
                    rep.warn(where, "overlapping date ranges: the first listed wins")
        kind = cols[1].strip()
        if kind == "none":
            rep.error(where, "the kind none needs the code '---'")
            continue
        if kind not in ("country", "adjective", "capital", "metonym", "org", "person", "group"):
            rep.error(where, f"unknown kind '{kind}'")
            continue
        kinds[kind] += 1
        phrases = [p.strip() for p in cols[2].split("|")]
        if any(not p for p in phrases):
            rep.error(where, "empty phrase")
        phrases = [p for p in phrases if p]
        kind_phrases[kind] += len(phrases)
        first = codes[0][0]
        if kind == "country":
            country_codes.update(c for c, _, _ in codes)
        elif kind == "adjective":
            adjective_codes.update(c for c, _, _ in codes)
        elif kind == "capital":
            capital_codes.update(c[:3] for c, _, _ in codes)
            if not all(c.endswith("GOV") for c, _, _ in codes):
                rep.warn(where, "a capital should stand for a government (…GOV)")
        elif kind == "person":
            person_names += 1
        sig = tuple(codes)
        for p in phrases:
            phrase_codes[phrase_key(p)].append((sig, where, p))
    for key, uses in phrase_codes.items():
        sigs = {s for s, _, _ in uses}
        if len(sigs) > 1:
            wheres = ", ".join(f"{w} ({'/'.join(c for c, _, _ in s)})" for s, w, _ in uses)
            rep.error(uses[0][1], f"phrase '{uses[0][2]}' maps to conflicting codes: {wheres}")
        elif len(uses) > 1:
            rep.warn(uses[1][1], f"phrase '{uses[1][2]}' repeated (also {uses[0][1]})")

    missing_un = sorted((UN_MEMBERS | UN_OBSERVERS) - country_codes)
    for c in missing_un:
        rep.error(afile, f"UN member/observer {c} has no country row")
    no_demonym = sorted((UN_MEMBERS | UN_OBSERVERS) - adjective_codes - NO_DEMONYM_OK)
    for c in no_demonym:
        rep.warn(afile, f"{c} has no adjective/demonym row")
    if len(UN_MEMBERS) != 193:
        rep.error("check_dict.py", f"UN member list has {len(UN_MEMBERS)} codes, not 193")

    # --- agents
    gpath = os.path.join(d, "agents.tsv")
    agent_codes = Counter()
    agent_phrases = defaultdict(list)
    for no, line in data_lines(gpath):
        where = f"agents.tsv:{no}"
        cols = line.split("\t")
        if len(cols) != 2:
            rep.error(where, f"expected 2 tab-separated columns, got {len(cols)}")
            continue
        code = cols[0].strip()
        if not re.fullmatch(r"[A-Z]+", code) or len(code) % 3:
            rep.error(where, f"bad agent code '{code}'")
            continue
        for ch in (code[i:i + 3] for i in range(0, len(code), 3)):
            if ch not in CAMEO_TYPES:
                rep.error(where, f"agent code '{code}': '{ch}' is not a CAMEO type code")
        for p in (p.strip() for p in cols[1].split("|")):
            if not p:
                rep.error(where, "empty phrase")
                continue
            agent_codes[code] += 1
            agent_phrases[phrase_key(p)].append((code, where, p))
    for key, uses in agent_phrases.items():
        if len({c for c, _, _ in uses}) > 1:
            rep.error(uses[0][1], f"agent '{uses[0][2]}' maps to conflicting codes: " +
                      ", ".join(f"{w} ({c})" for c, w, _ in uses))
        elif len(uses) > 1:
            rep.warn(uses[1][1], f"agent '{uses[1][2]}' repeated (also {uses[0][1]})")

    # --- verb forms
    fpath = os.path.join(d, "verb_forms.tsv")
    forms = {}
    form_owner = {}
    for no, line in data_lines(fpath):
        where = f"verb_forms.tsv:{no}"
        cols = columns(rep, where, line, 2, "lemma, forms")
        if cols is None:
            continue
        lemma = cols[0]
        if lemma in forms:
            rep.error(where, f"lemma '{lemma}' listed twice")
        fl = [f.strip() for f in cols[1].split("|") if f.strip()]
        forms[lemma] = (fl, where)
        for f in fl:
            if f in form_owner and form_owner[f] != lemma:
                rep.warn(where, f"form '{f}' belongs to both '{form_owner[f]}' and '{lemma}'")
            form_owner[f] = lemma

    # --- verbs
    vpath = os.path.join(d, "verbs.tsv")
    per_root = Counter()
    lemmas = Counter()
    bare = set()
    codes_used = set()
    pattern_codes = defaultdict(list)
    no_event = 0
    for no, line in data_lines(vpath):
        where = f"verbs.tsv:{no}"
        cols = line.split("\t")
        if len(cols) not in (2, 3):
            rep.error(where, f"expected 2 or 3 tab-separated columns, got {len(cols)}")
            continue
        code = cols[0].strip()
        if code == "---":  # this use of the verb is no event ("meet demands")
            words = cols[1].split()
            if not words or words[0] == "*":
                rep.error(where, "a pattern starts with its verb lemma")
            else:
                no_event += 1
                pattern_codes[" ".join(w.lower() for w in words)].append((code, where))
            continue
        if code not in event_codes:
            rep.error(where, f"event code '{code}' is not in {os.path.basename(args.eventcodes)}")
        if len(cols) == 3 and cols[2].strip() and cols[2].strip() not in event_codes:
            rep.error(where, f"passive code '{cols[2].strip()}' is not a CAMEO event code")
        words = cols[1].split()
        if not words or words[0] == "*":
            rep.error(where, "a pattern starts with its verb lemma")
            continue
        if words.count("*") > 1:
            rep.error(where, "more than one target slot '*'")
        if words[-1] in ("the", "a", "an"):
            rep.warn(where, "pattern ends in an article")
        per_root[code[:2]] += 1
        codes_used.add(code)
        lemmas[words[0]] += 1
        if len(words) == 1:
            bare.add(words[0])
        key = " ".join(w.lower() for w in words)
        pattern_codes[key].append((code, where))
    for key, uses in pattern_codes.items():
        if len({c for c, _ in uses}) > 1:
            rep.error(uses[0][1], f"pattern '{key}' has conflicting codes: " +
                      ", ".join(f"{w} ({c})" for c, w in uses))
        elif len(uses) > 1:
            rep.warn(uses[1][1], f"pattern '{key}' repeated (also {uses[0][1]})")
    for lemma in sorted(lemmas):
        if "-" in lemma or not lemma.isalpha():
            continue
        if lemma in IRREGULAR and lemma not in forms:
            rep.error("verb_forms.tsv", f"irregular verb '{lemma}' (used in verbs.tsv) has no forms")
        elif (needs_doubling(lemma) or lemma in DOUBLING) and lemma not in forms:
            rep.error("verb_forms.tsv", f"'{lemma}' doubles its final consonant "
                                        f"({lemma}{lemma[-1]}ed); list its forms")
        elif british_l(lemma) and lemma not in forms:
            rep.warn("verb_forms.tsv", f"'{lemma}': British spelling doubles the l; list its forms")
    for lemma, (_, where) in forms.items():
        if lemma not in lemmas:
            rep.warn(where, f"lemma '{lemma}' is not used in verbs.tsv")

    # --- discards
    dpath = os.path.join(d, "discards.tsv")
    discards = [line.strip() for _, line in data_lines(dpath)]
    for k, n in Counter(phrase_key(p) for p in discards).items():
        if n > 1:
            rep.warn("discards.tsv", f"'{k}' listed {n} times")

    # --- nouns (optional file)
    npath = os.path.join(d, "nouns.tsv")
    noun_rows = 0
    if os.path.exists(npath):
        seen_nouns = {}
        for no, line in data_lines(npath):
            where = f"nouns.tsv:{no}"
            cols = columns(rep, where, line, 3, "code, noun, prepositions")
            if cols is None:
                continue
            code, noun, preps = cols
            if code not in event_codes:
                rep.error(where, f"event code '{code}' is not in {os.path.basename(args.eventcodes)}")
            if len(noun.split()) != 1:
                rep.error(where, f"noun '{noun}': one word expected")
            if not [p for p in preps.split("|") if p.strip()]:
                rep.error(where, "no preposition given")
            if noun.lower() in seen_nouns:
                rep.error(where, f"noun '{noun}' also on line {seen_nouns[noun.lower()]}")
            seen_nouns[noun.lower()] = no
            noun_rows += 1

    # --- act nouns (optional file): each noun once, its verb a verbs.tsv lemma
    apath = os.path.join(d, "act_nouns.tsv")
    act_rows = 0
    if os.path.exists(apath):
        seen_act = {}
        for no, line in data_lines(apath):
            where = f"act_nouns.tsv:{no}"
            cols = columns(rep, where, line, 2, "noun, verb")
            if cols is None:
                continue
            noun, verb = cols
            if verb.split()[0] not in lemmas or len(verb.split()) > 2:
                rep.error(where, f"verb '{verb}' is not a verbs.tsv lemma (with at most one particle)")
            if noun.lower() in seen_act:
                rep.error(where, f"noun '{noun}' also on line {seen_act[noun.lower()]}")
            seen_act[noun.lower()] = no
            act_rows += 1

    # --- counts
    print("== actors.tsv")
    print(f"  rows by kind: " + ", ".join(f"{k} {kinds[k]}" for k in
          ("country", "adjective", "capital", "metonym", "org", "person", "group", "none")))
    print(f"  phrases by kind: " + ", ".join(f"{k} {kind_phrases[k]}" for k in
          ("country", "adjective", "capital", "metonym", "org", "person", "group", "none")))
    un_cov = len((UN_MEMBERS | UN_OBSERVERS) & country_codes)
    print(f"  country codes with a name: {len(country_codes)} "
          f"(UN members and observers covered: {un_cov}/195)")
    print(f"  countries with a demonym: {len(adjective_codes)}; with a capital: {len(capital_codes)}")
    print(f"  distinct actor codes: {len(actor_codes_used)}; person rows: {person_names}")
    print("== agents.tsv")
    print(f"  phrases: {sum(agent_codes.values())} (" +
          ", ".join(f"{c} {n}" for c, n in sorted(agent_codes.items(), key=lambda x: -x[1])) + ")")
    print("== verbs.tsv")
    print(f"  patterns: {sum(per_root.values())}; lemmas: {len(lemmas)} "
          f"({len(bare)} with a bare entry); distinct event codes: {len(codes_used)}; "
          f"no-event (---) patterns: {no_event}")
    print("  patterns per root: " + " ".join(f"{r}:{per_root.get(r, 0)}" for r in
          (f"{i:02d}" for i in range(1, 21))))
    missing_roots = [f"{i:02d}" for i in range(1, 21) if not per_root.get(f"{i:02d}")]
    if missing_roots:
        rep.error("verbs.tsv", f"no pattern for root(s) {' '.join(missing_roots)}")
    print("== verb_forms.tsv")
    print(f"  lemmas: {len(forms)}")
    print("== discards.tsv")
    print(f"  phrases: {len(discards)}")
    print("== nouns.tsv")
    print(f"  nouns: {noun_rows}")
    print("== act_nouns.tsv")
    print(f"  nouns: {act_rows}")
    print(f"== {rep.errors} error(s), {rep.warnings} warning(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
