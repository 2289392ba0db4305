#!/usr/bin/env bash
# Load benchmark of `dyad serve` with wrk, on loopback only and bounded in
# time: /api/events and the dyad timeline, DURATION seconds each. Prints
# requests/s and latency percentiles (p50, p99) per endpoint.
#   bench/wrk.sh build/tools/dyad/dyad events.db
# Environment:
#   DURATION=10      seconds per endpoint        CONNECTIONS=8   open connections
#   WRK_THREADS=2    wrk threads                 SERVER_THREADS=8 (dyad serve --threads)
#   SOURCE=RUS TARGET=ARM   the dyad whose timeline is fetched
# Each connection holds a server worker thread while open (cpp-httplib's
# thread-per-connection model), so CONNECTIONS should not exceed SERVER_THREADS.
set -euo pipefail
dyad="${1:?usage: bench/wrk.sh path/to/dyad DB}"
db="${2:?usage: bench/wrk.sh path/to/dyad DB}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-8}"
WRK_THREADS="${WRK_THREADS:-2}"
SERVER_THREADS="${SERVER_THREADS:-8}"
SOURCE="${SOURCE:-RUS}"
TARGET="${TARGET:-ARM}"
command -v wrk >/dev/null || { echo "wrk.sh: wrk not found (apt-get install wrk)" >&2; exit 2; }
(( DURATION >= 1 && DURATION <= 120 )) || { echo "wrk.sh: DURATION must be 1..120 s" >&2; exit 2; }

tmp="$(mktemp -d)"
pid=""
cleanup() {
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

"$dyad" serve --db "$db" --host 127.0.0.1 --port 0 --threads "$SERVER_THREADS" --quiet --no-pipeline \
  >"$tmp/out" 2>"$tmp/err" &
pid=$!
url=""
for _ in $(seq 1 300); do
  url="$(sed -n 's#^dyad serve: listening on \(http://127\.0\.0\.1:[0-9]*\)/$#\1#p' "$tmp/out")"
  [[ -n "$url" ]] && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/err" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "wrk.sh: server did not start" >&2; exit 1; }

endpoints=(
  "/api/events?limit=100"
  "/api/events?source=$SOURCE&target=$TARGET&limit=100"
  "/api/dyads/$SOURCE/$TARGET/timeline?by=week"
)
echo "dyad serve on $url: $(nproc) cores, $SERVER_THREADS server threads, wrk -t$WRK_THREADS -c$CONNECTIONS -d${DURATION}s"
printf '%-52s %10s %10s %10s %10s\n' endpoint 'req/s' p50 p99 errors
for ep in "${endpoints[@]}"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "$url$ep")"
  [[ "$code" == 200 ]] || { echo "wrk.sh: $ep answered $code" >&2; exit 1; }
  out="$(timeout $((DURATION + 30)) wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url$ep")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  errs="$(awk '/Non-2xx|Socket errors/ {sub(/^ +/, ""); printf "%s; ", $0}' <<<"$out")"
  printf '%-52s %10s %10s %10s %10s\n' "$ep" "$rps" "$p50" "$p99" "${errs:-0}"
done
