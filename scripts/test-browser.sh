#!/usr/bin/env bash
# Browser tests of the dashboard: builds web/, makes a fixture database with
# `dyad ingest` (examples/ plus web/e2e/fixture-articles.jsonl), starts
# `dyad serve` on 127.0.0.1 with it, runs web/e2e/ in headless Chromium
# (Debian's chromium, driven by npm playwright-core) with node's test runner,
# and stops the server. Screenshots go to tests/artifacts/. Exits non-zero on
# any failure.
#   scripts/test-browser.sh build/tools/dyad/dyad
# Environment: CHROMIUM (default /usr/bin/chromium), ARTIFACTS_DIR, KEEP_TMP=1.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dyad="${1:?usage: scripts/test-browser.sh path/to/dyad}"
dyad="$(cd "$(dirname "$dyad")" && pwd)/$(basename "$dyad")"
[[ -x "$dyad" ]] || { echo "test-browser: $dyad is not an executable" >&2; exit 2; }
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export ARTIFACTS_DIR="${ARTIFACTS_DIR:-$repo/tests/artifacts}"

if [[ ! -x "$CHROMIUM" ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "test-browser: installing Debian chromium" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  [[ -x "$CHROMIUM" ]] || { echo "test-browser: no browser at $CHROMIUM (apt-get install chromium)" >&2; exit 2; }
fi

"$repo/scripts/build-web.sh"

tmp="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP_TMP:-0}" != 1 ]]; then rm -rf "$tmp"; else echo "test-browser: kept $tmp" >&2; fi
}
trap cleanup EXIT

db="$tmp/fixture.db"
"$dyad" ingest --db "$db" --quiet --date 2024-03-05 "$repo"/examples/*.txt
"$dyad" ingest --db "$db" --quiet "$repo/web/e2e/fixture-articles.jsonl"

"$dyad" serve --db "$db" --host 127.0.0.1 --port 0 --static-dir "$repo/web/dist" --quiet \
  >"$tmp/serve.out" 2>"$tmp/serve.err" &
server_pid=$!
url=""
for _ in $(seq 1 300); do
  url="$(sed -n 's#^dyad serve: listening on \(http://127\.0\.0\.1:[0-9]*\)/$#\1#p' "$tmp/serve.out")"
  [[ -n "$url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "test-browser: dyad serve exited:" >&2; cat "$tmp/serve.err" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "test-browser: dyad serve did not start" >&2; cat "$tmp/serve.err" >&2; exit 1; }
curl -fsS "$url/healthz" >/dev/null
echo "test-browser: dyad serve at $url" >&2

status=0
(cd "$repo/web" && DYAD_URL="$url" node --test --test-reporter=spec e2e/) || status=$?
if [[ $status -ne 0 ]]; then
  echo "test-browser: FAILED; server log:" >&2
  tail -n 50 "$tmp/serve.err" >&2
fi
echo "test-browser: screenshots in $ARTIFACTS_DIR" >&2
exit $status
