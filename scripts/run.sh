#!/usr/bin/env bash
# Installs what is missing, builds and starts Guichet Desktop in demo mode (a
# simulated identity card, PIN 123456), so a newcomer sees everything without a card.
# Without a display it says so and writes screenshots of the main pages instead.
# Usage: scripts/run.sh [guichet options...]   (build/dev/app/guichet runs without --demo)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh build
cmake --preset dev >/dev/null
cmake --build --preset dev --target guichet

app=build/dev/app/guichet
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" != "Linux" ]; then
  exec "$app" --demo "$@"
fi

shots=build/screenshots
echo "No display found (DISPLAY and WAYLAND_DISPLAY are not set)."
echo "Writing screenshots of the main pages, in French, German and English, to $shots/ instead."
exec "$app" --demo --screenshots "$shots" "$@"
