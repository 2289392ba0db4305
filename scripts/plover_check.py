#!/usr/bin/env python3
"""Codes the CAMEO manual's example sentences (PLOVER gold standard records,
../shared/data/plover/PLOVER_GSR_CAMEO.txt) with dyad and scores the events.

Each record names its source and target actors (country or IGO codes) and a
PLOVER event type. dyad's CAMEO codes are mapped to PLOVER types with the
OEDA table CAMEO2PLOVER-2021.txt (longest matching code prefix). A record
passes when dyad codes at least one expected (source, target, type) triple:
an actor matches when the record's code is a prefix of dyad's ("RUS" matches
"RUSGOV"; the records' JAP, ROU, MNE, TLS are dyad's JPN, ROM, MTN, TMP); a
record without a target matches on (source, type); the records' 2016 type
names DEMAND, DISAPPROVE, INVESTIGATE, FIGHT are the table's REQUEST, ACCUSE,
ACCUSE, ASSAULT. Also printed:
type recall (any event of the record's type) and triple precision.

Usage: plover_check.py DYAD [--data DIR] [--list] [-- extra dyad code args]
Ends with "<passed> passed, <failed> failed" and a line of figures (the closing
lines scripts/validate.sh reads, as for `dyad validate`).
These are textbook sentences: a development check of our dictionaries and
coder, not a measure of accuracy on real news.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def load_mapping(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line or ":" not in line:
                continue
            code, rest = line.split(":", 1)
            event = rest.split(",", 1)[0].strip()
            if code.strip().isdigit() and event:
                table[code.strip()] = event
    return table


def plover_type(table, code):
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


# The records use current ISO codes where dyad keeps CAMEO's legacy ones
# (data/dict/actors.tsv header): the same country either way.
ALIASES = {"JAP": "JPN", "ROU": "ROM", "MNE": "MTN", "TLS": "TMP"}
# The records (2016, PLOVER 0.5) name four event types that the 2021 mapping
# table renamed or merged: DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are
# ACCUSE, FIGHT is ASSAULT.
OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def actors(x):
    if isinstance(x, dict):
        x = [x]
    if not isinstance(x, list):
        return []
    codes = [a.get("code", "") for a in x if isinstance(a, dict) and a.get("code")]
    return [ALIASES.get(c, c) for c in codes]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dyad", help="the dyad binary")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                   "shared", "data", "plover"))
    ap.add_argument("--list", action="store_true", help="list the failing records")
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    a = ap.parse_args(argv[:argv.index("--")] if "--" in argv else argv)

    records_path = os.path.join(a.data, "PLOVER_GSR_CAMEO.txt")
    mapping_path = os.path.join(a.data, "CAMEO2PLOVER-2021.txt")
    for p in (records_path, mapping_path):
        if not os.path.exists(p):
            print(f"plover_check.py: {p} not found", file=sys.stderr)
            return 2
    table = load_mapping(mapping_path)
    with open(records_path, encoding="utf-8") as f:
        records = [r for r in json.load(f) if r.get("event") not in (None, "DOCUMENT") and r.get("text")]

    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "plover.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"id": r["id"], "date": "2000-01-01", "text": r["text"]}) + "\n")
        run = subprocess.run([a.dyad, "code", "--out-format", "jsonl", "-j", "1", *extra, inp],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(f"plover_check.py: dyad code failed ({run.returncode}): {run.stderr[-2000:]}", file=sys.stderr)
            return 2
    produced = {}
    for line in run.stdout.splitlines():
        if line.strip():
            e = json.loads(line)
            produced.setdefault(e["doc_id"], []).append(e)

    passed = typed = coded = 0
    total_events = correct_events = 0
    failures = []
    for r in records:
        want_type = OLD_TYPES.get(r["event"], r["event"])
        srcs, tgts = actors(r.get("source")), actors(r.get("target"))
        events = produced.get(r["id"], [])
        coded += bool(events)
        typed += any(plover_type(table, e["code"]) == want_type for e in events)

        def matches(e):
            if plover_type(table, e["code"]) != want_type:
                return False
            if not any(e["source"].startswith(s) for s in srcs):
                return False
            return not tgts or any(e["target"].startswith(t) for t in tgts)

        hits = [e for e in events if matches(e)]
        total_events += len(events)
        correct_events += len(hits)
        if hits:
            passed += 1
        else:
            got = " ".join(f'{e["source"]}/{e["target"]}/{e["code"]}({plover_type(table, e["code"])})'
                           for e in events) or "(none)"
            failures.append(f'FAIL {r["id"]}\n  text:     {r["text"]}\n'
                            f'  expected: {"|".join(srcs)} -> {"|".join(tgts) or "(any)"} {want_type}\n'
                            f'  got:      {got}')
    if a.list:
        print("\n".join(failures))
    n = len(records)
    precision = correct_events / total_events if total_events else 0.0
    print(f"{passed} passed, {n - passed} failed")
    print(f"records={n} coded={coded} type_recall={typed / n:.3f} triple_precision={precision:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
