#!/usr/bin/env bash
# Builds the analyst dashboard (web/) into web/dist, which `dyad serve` serves
# at /. Needs node >= 18 and npm; packages come from the npm registry, pinned
# by web/package-lock.json. Nothing is fetched at run time (no CDN).
#   scripts/build-web.sh            # npm ci (only when node_modules is stale) + build
#   scripts/build-web.sh --clean    # always reinstall
set -euo pipefail
cd "$(dirname "$0")/../web"
if [[ "${1:-}" == "--clean" ]]; then rm -rf node_modules; fi
# npm ci wipes node_modules; skip it when the lock file has not changed since.
stamp=node_modules/.dyad-lock-stamp
if [[ ! -f "$stamp" ]] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund --ignore-scripts  # esbuild needs no install script: npm installs its platform binary package
  cp package-lock.json "$stamp"
fi
npm run --silent build
