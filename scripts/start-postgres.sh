#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the store tests and prints the
# line that points the tests at it:
#
#   eval "$(scripts/start-postgres.sh)"      # sets DYAD_TEST_PG (and DYAD_PG_STOP)
#   ctest --test-dir build -R store          # PostgreSQL instantiation now runs
#   scripts/start-postgres.sh --stop         # stops the server, removes its data
#
# Uses Debian's PostgreSQL server binaries (package `postgresql`,
# /usr/lib/postgresql/<major>/bin; override with PG_BIN). The cluster lives in
# DYAD_PG_DIR (default: a new directory under ${TMPDIR:-/tmp}), listens on
# 127.0.0.1 only, on a free port (override with DYAD_PG_PORT), with trust
# authentication for local test use and durability switched off for speed.
# When run as root the server runs as the `postgres` user (initdb refuses root).
# Everything except the final `export ...` lines goes to stderr; DYAD_PG_STOP
# holds the command that stops this server (`eval "$DYAD_PG_STOP"`).
set -euo pipefail

state_file="${TMPDIR:-/tmp}/dyad-test-postgres.state"
self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

print_exports() {  # PORT
  echo "export DYAD_TEST_PG=postgresql://postgres@127.0.0.1:$1/postgres"
  echo "export DYAD_PG_STOP='bash $self --stop'"
}

log() { echo "start-postgres: $*" >&2; }
die() { log "error: $*"; exit 1; }

find_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return; fi
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  die "no PostgreSQL server binaries found (install Debian's 'postgresql' package or set PG_BIN)"
}

# Runs a command as the server's user.
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

free_port() {
  local port
  for port in $(seq 54329 54429); do
    if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  die "no free port in 54329..54429"
}

stop() {
  [[ -f "$state_file" ]] || { log "nothing to stop"; return 0; }
  # shellcheck disable=SC1090
  source "$state_file"
  local bin; bin="$(find_bin)"
  as_pg "$bin/pg_ctl" -D "$PGDATA_DIR/data" -m fast -w stop >&2 || true
  [[ "${PGDATA_OWNED:-0}" == 1 ]] && rm -rf "$PGDATA_DIR"
  rm -f "$state_file"
  log "stopped"
}

if [[ "${1:-}" == "--stop" ]]; then stop; exit 0; fi
[[ $# -eq 0 ]] || die "usage: $0 [--stop]"

bin="$(find_bin)"
if [[ "$(id -u)" == 0 ]] && ! id postgres >/dev/null 2>&1; then
  die "running as root but there is no 'postgres' user to run the server"
fi

# Already running from an earlier call? Reuse it.
if [[ -f "$state_file" ]]; then
  # shellcheck disable=SC1090
  source "$state_file"
  if as_pg "$bin/pg_ctl" -D "$PGDATA_DIR/data" status >/dev/null 2>&1; then
    log "reusing the server on port $PGPORT_USED ($PGDATA_DIR)"
    print_exports "$PGPORT_USED"
    exit 0
  fi
  rm -f "$state_file"
fi

owned=0
if [[ -n "${DYAD_PG_DIR:-}" ]]; then
  dir="$DYAD_PG_DIR"
  mkdir -p "$dir"
else
  dir="$(mktemp -d "${TMPDIR:-/tmp}/dyad-pg.XXXXXX")"
  owned=1
fi
[[ ! -e "$dir/data" ]] || die "$dir/data exists; remove it or choose another DYAD_PG_DIR"
if [[ "$(id -u)" == 0 ]]; then chown postgres: "$dir"; fi
chmod 700 "$dir"
port="${DYAD_PG_PORT:-$(free_port)}"

log "initdb $dir/data ($bin)"
as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; die "initdb failed"; }

log "starting on 127.0.0.1:$port"
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" >&2 ||
  { cat "$dir/server.log" >&2; die "the server did not start"; }

cat >"$state_file" <<EOF
PGDATA_DIR=$dir
PGDATA_OWNED=$owned
PGPORT_USED=$port
EOF
log "running; stop with: $0 --stop"
print_exports "$port"
