#!/usr/bin/env bash
# Runs a command in a private D-Bus session with an unlocked gnome-keyring, so
# QtKeychain has a Secret Service to talk to on a machine without a desktop (CI).
# Usage: with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "with-keyring: $tool missing (packages dbus, gnome-keyring)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p -m 700 "$HOME" "$XDG_RUNTIME_DIR"
# shellcheck disable=SC2016  # expanded by the inner shell
exec dbus-run-session -- bash -c '
  echo -n guichet-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' with-keyring "$@"
