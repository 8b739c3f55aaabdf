#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite (the command CI runs).
# Usage: scripts/test.sh [extra ctest arguments, e.g. -L ui]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh test
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci -j "$(nproc)" "$@"
