#!/usr/bin/env python3
"""Codes our own phrasing sentences (tests/validation/phrasings/*.tsv) with dyad and scores them.

Each row is one news sentence reporting one event, with the expected source and target
(a 3-letter country code, or "IGO" for any international organisation, or an IGO code
such as IGOUNO) and the expected CAMEO code. A row passes when dyad codes an event whose
source and target have the expected countries (dyad's RUSGOV matches RUS; the regional
codes GZS and WSB match PSE, TMP matches TLS, ROM ROU, MTN MNE, the Soviet Union SUN RUS) and whose code has the
expected root ("root-level"); "exact" also needs the expected code itself.

A file without a `root` column is a no-event file (columns n, category, date, sentence):
sentences that name countries or leaders but report no act of one on another (sports,
business, disasters, negated or hypothetical acts, page furniture ...). A row passes when
dyad codes no event from it; the figures line counts the false events per category.

Usage: phrasing_check.py DYAD FILE.tsv [--list] [-- extra dyad code args]
Ends with "<passed> passed, <failed> failed" (root-level) and a line of figures: exact
matches, events coded, and how many of them have the expected dyad and root (the closing
lines scripts/validate.sh reads).

These are sentences written for dyad (docs/coder.md, "Sixteenth session"), a development
check of the dictionaries' coverage of common wire phrasings, not a gold standard: the
expected codings are one annotator's reading.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

csv.field_size_limit(10**9)

# dyad's region codes for places the sentences name by their country, and the Soviet
# Union (SUN), which the sentences write as Russia.
EQUIVALENT = {"GZS": "PSE", "WSB": "PSE", "TMP": "TLS", "ROM": "ROU", "MTN": "MNE", "SUN": "RUS"}


def actor_matches(code, expected):
    if expected.startswith("IGO"):
        return code.startswith(expected)
    return EQUIVALENT.get(code[:3], code[:3]) == expected[:3]


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dyad")
    ap.add_argument("file")
    ap.add_argument("--list", action="store_true", help="print every row that does not pass")
    args = ap.parse_args(argv)

    with open(args.file, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    no_event = bool(rows) and "root" not in rows[0]
    needed = ("n", "category", "sentence") if no_event else ("n", "root", "code", "source", "target", "sentence")
    for k, r in enumerate(rows, 2):
        for col in needed:
            if not r.get(col):
                sys.exit(f"{args.file}:{k}: field {col}: missing")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "sentences.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for r in rows:
                # One article per sentence; a neutral headline keeps the sentence a body sentence.
                f.write(json.dumps({"id": "p" + r["n"], "date": r.get("date") or "20150601",
                                    "title": "Talks begin.", "text": r["sentence"]}) + "\n")
        run = subprocess.run([args.dyad, "code", *extra, "--out-format", "tsv", src],
                             capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"phrasing_check.py: dyad failed (exit {run.returncode}): {run.stderr[-500:]}")
    events = {}
    for e in csv.DictReader(run.stdout.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        events.setdefault(e["doc_id"], []).append(e)

    if no_event:
        score_no_event(rows, events, args.list)
        return

    exact = passed = coded = coded_right = 0
    for r in rows:
        es = events.get("p" + r["n"], [])
        dyad_ok = [e for e in es if actor_matches(e["source"], r["source"]) and
                   actor_matches(e["target"], r["target"])]
        root_ok = [e for e in dyad_ok if e["code"][:2] == r["root"]]
        coded += len(es)
        coded_right += len(root_ok)
        exact += any(e["code"] == r["code"] for e in dyad_ok)
        passed += bool(root_ok)
        if args.list and not root_ok:
            got = " ".join(f"{e['source']}/{e['target']}/{e['code']}" for e in es) or "(none)"
            print(f"FAIL {r['n']} expected {r['source']}/{r['target']}/{r['code']} got {got} :: {r['sentence']}")
    print(f"{passed} passed, {len(rows) - passed} failed")
    print(f"rows={len(rows)} exact={exact} events={coded} events_with_expected_dyad_and_root={coded_right}")


def score_no_event(rows, events, list_failures):
    passed = 0
    by_category = {}
    for r in rows:
        es = events.get("p" + r["n"], [])
        passed += not es
        by_category[r["category"]] = by_category.get(r["category"], 0) + len(es)
        if list_failures and es:
            got = " ".join(f"{e['source']}/{e['target']}/{e['code']}" for e in es)
            print(f"FAIL {r['n']} {r['category']} got {got} :: {r['sentence']}")
    print(f"{passed} passed, {len(rows) - passed} failed")
    print(f"rows={len(rows)} false_events={sum(by_category.values())} " +
          " ".join(f"{c}={n}" for c, n in by_category.items()))


if __name__ == "__main__":
    main()
