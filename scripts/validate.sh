#!/usr/bin/env bash
# Runs the field's validation suites (PETRARCH2, UniversalPetrarch, TABARI,
# the CAMEO manual's PLOVER-coded examples) and our own phrasing sentences
# with DYAD_BINARY and checks each
# pass count against tests/validation/floors.tsv.
# Skips (exit 0) with a message when the third-party data (../shared/data) is
# absent. Exits non-zero if any suite passes fewer records than its floor.
# Floors only go up: raise them when the coder improves.
set -uo pipefail
cd "$(dirname "$0")/.."
DYAD=${1:-build/tools/dyad/dyad}
DATA=${DYAD_SHARED_DATA_DIR:-$(cd .. && pwd)/shared/data}
FLOORS=tests/validation/floors.tsv
if [[ ! -d "$DATA/petrarch" || ! -d "$DATA/tabari" ]]; then
  echo "validate.sh: $DATA/{petrarch,tabari} not found; skipping the validation suites" >&2
  exit 0
fi
if [[ ! -x "$DYAD" ]]; then
  echo "validate.sh: $DYAD is not an executable dyad binary" >&2
  exit 2
fi
P=$DATA/petrarch
UP=$P/universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml
declare -A CMD=(
  [universalpetrarch]="validate $UP --dict-dir $P/dictionaries --verbs $P/dictionaries/PETR.Validate.verbs.2.0.txt --quiet"
  [universalpetrarch-use-parse]="validate $UP --dict-dir $P/dictionaries --verbs $P/dictionaries/PETR.Validate.verbs.2.0.txt --use-parse --quiet"
  [petrarch]="validate $P/text/PETR.UnitTest.records.xml --dict-dir $P/dictionaries --quiet"
  [tabari]="validate --tabari $DATA/tabari/Validate.project --quiet"
  # The same suites with the documented surface fallback (--model none), so
  # that CI also guards the coder when no parser model is present.
  [universalpetrarch-heuristic]="validate $UP --dict-dir $P/dictionaries --verbs $P/dictionaries/PETR.Validate.verbs.2.0.txt --model none --quiet"
  [petrarch-heuristic]="validate $P/text/PETR.UnitTest.records.xml --dict-dir $P/dictionaries --model none --quiet"
  [tabari-heuristic]="validate --tabari $DATA/tabari/Validate.project --model none --quiet"
)
# The CAMEO manual's example sentences (PLOVER records), coded with our own
# dictionaries and with the Phoenix ones (scripts/plover_check.py).
declare -A PLOVER=(
  [plover]=""
  [plover-phoenix]="--dict petrarch:$P/dictionaries"
)
# Our own sentences of common wire phrasings, one event each (scripts/phrasing_check.py;
# tests/validation/phrasings/README.md): the development set and the held-out sets, and
# the no-event sets (sentences that must code nothing: a pass is a row with no event).
declare -A PHRASINGS=(
  [phrasings-dev]=tests/validation/phrasings/dev.tsv
  [phrasings-heldout]=tests/validation/phrasings/heldout.tsv
  [phrasings-heldout2]=tests/validation/phrasings/heldout2.tsv
  [phrasings-heldout3]=tests/validation/phrasings/heldout3.tsv
  [phrasings-heldout4]=tests/validation/phrasings/heldout4.tsv
  [phrasings-heldout5]=tests/validation/phrasings/heldout5.tsv
  [phrasings-heldout6]=tests/validation/phrasings/heldout6.tsv
  [phrasings-heldout7]=tests/validation/phrasings/heldout7.tsv
  [phrasings-heldout8]=tests/validation/phrasings/heldout8.tsv
  [phrasings-heldout9]=tests/validation/phrasings/heldout9.tsv
  [phrasings-noevent-dev]=tests/validation/phrasings/noevent-dev.tsv
  [phrasings-noevent-heldout]=tests/validation/phrasings/noevent-heldout.tsv
  [phrasings-noevent-heldout2]=tests/validation/phrasings/noevent-heldout2.tsv
  [phrasings-noevent-heldout3]=tests/validation/phrasings/noevent-heldout3.tsv
)
status=0
while IFS=$'\t' read -r suite floor; do
  [[ -z "$suite" || "$suite" == \#* ]] && continue
  if [[ -n "${PHRASINGS[$suite]:-}" ]]; then
    out=$(python3 scripts/phrasing_check.py "$DYAD" "${PHRASINGS[$suite]}" 2>&1)
    rc=$?
  elif [[ -n "${PLOVER[$suite]+set}" && ! -d "$DATA/plover" ]]; then
    echo "validate.sh: $DATA/plover not found; skipping $suite" >&2; continue
  elif [[ -n "${PLOVER[$suite]+set}" ]]; then
    out=$(python3 scripts/plover_check.py "$DYAD" --data "$DATA/plover" -- ${PLOVER[$suite]} 2>&1)
    rc=$?
  elif [[ -n "${CMD[$suite]:-}" ]]; then
    out=$("$DYAD" ${CMD[$suite]} 2>&1)
    rc=$?
  else
    echo "validate.sh: unknown suite '$suite' in $FLOORS" >&2; status=1; continue
  fi
  closing=$(printf '%s\n' "$out" | tail -2)
  echo "== $suite"
  echo "$closing"
  passed=$(printf '%s\n' "$closing" | head -1 | sed -n 's/^\([0-9]*\) passed.*/\1/p')
  if [[ $rc -ne 0 || -z "$passed" ]]; then
    echo "validate.sh: $suite: dyad failed (exit $rc)" >&2
    printf '%s\n' "$out" | tail -5 >&2
    status=1
  elif (( passed < floor )); then
    echo "validate.sh: $suite: $passed passed, below the floor $floor" >&2
    status=1
  else
    echo "   floor $floor: ok"
  fi
done < "$FLOORS"
exit $status
