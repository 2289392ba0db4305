#!/usr/bin/env bash
# Quick start, step 2 (and CI): the whole test suite.
#  1. Release build + ctest, with a real PostgreSQL server started on loopback
#     so the store suite runs against both SQLite and PostgreSQL;
#  2. the same tests built with AddressSanitizer + UBSan;
#  3. the validation suites against their floors (scripts/validate.sh);
#  4. the dashboard's browser tests in headless Chromium (scripts/test-browser.sh).
# Ends with one line "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
bash scripts/deps.sh --test || exit 1
JOBS=${DYAD_JOBS:-$(nproc)}
passed=0; failed=0
step() {  # step NAME COMMAND...
  local name=$1; shift
  echo "=== $name" >&2
  if "$@"; then passed=$((passed+1)); echo "=== $name: ok" >&2
  else failed=$((failed+1)); echo "=== $name: FAILED" >&2; fi
}

# PostgreSQL for the store tests (a throwaway cluster on 127.0.0.1).
if [[ -x scripts/start-postgres.sh ]] || [[ -f scripts/start-postgres.sh ]]; then
  eval "$(bash scripts/start-postgres.sh)" || echo "warning: PostgreSQL did not start" >&2
fi

build_and_test() {  # DIR TYPE SANITIZE
  cmake -S . -B "$1" -G Ninja -DCMAKE_BUILD_TYPE="$2" -DDYAD_SANITIZE="$3" >/dev/null &&
  cmake --build "$1" -j "$JOBS" &&
  (cd "$1" && ctest --output-on-failure -j "$JOBS" --timeout 1800)
}
step "release build + ctest" build_and_test build Release OFF
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
step "asan+ubsan build + ctest" build_and_test build-asan Debug ON
if [[ -f scripts/validate.sh ]]; then
  step "validation suites vs floors" bash scripts/validate.sh "$ROOT/build/tools/dyad/dyad"
fi
if [[ -f scripts/test-browser.sh ]]; then
  step "browser tests (chromium)" bash scripts/test-browser.sh "$ROOT/build/tools/dyad/dyad"
fi
[[ -n "${DYAD_PG_STOP:-}" ]] && eval "$DYAD_PG_STOP" >/dev/null 2>&1
echo "steps: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
