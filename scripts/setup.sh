#!/usr/bin/env bash
# Quick start, step 1: install dependencies, build dyad (Release), and code
# the bundled example article, printing its events as JSON Lines.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target dyad_cli
./build/tools/dyad/dyad code --stats examples/mediamax-russia-urges-armenia.txt
