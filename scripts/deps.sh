#!/usr/bin/env bash
# Installs the Debian packages dyad needs to build, test and serve.
# Idempotent: packages already present are not reinstalled. Run as root.
set -euo pipefail
BUILD_PKGS=(build-essential pybind11-dev python3-dev cmake ninja-build pkg-config libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev libpq-dev libcli11-dev libfmt-dev libsimdjson-dev libutf8proc-dev libgumbo-dev
  libcpp-httplib-dev nlohmann-json3-dev libpugixml-dev libxxhash-dev)
TEST_PKGS=(postgresql chromium wrk)
want=("${BUILD_PKGS[@]}")
if [[ "${1:-}" == "--test" ]]; then want+=("${TEST_PKGS[@]}"); fi
if ! command -v node >/dev/null 2>&1 && [[ "${1:-}" == "--test" ]]; then want+=(nodejs npm); fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "dyad: installing ${missing[*]}" >&2
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
