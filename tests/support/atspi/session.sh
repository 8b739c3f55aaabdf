#!/usr/bin/env bash
# Runs a command inside a private desktop-less session that a screen reader would see:
# an Xvfb display, a D-Bus session bus, the accessibility (AT-SPI) bus with its
# registry, and an unlocked gnome-keyring for QtKeychain. Everything lives in a fresh
# temporary folder and is torn down when the command ends, fails or times out.
#
# Usage: session.sh [--timeout SECONDS] COMMAND [ARGS...]
#   --timeout  kill the command after this many seconds (default 300); exit code 124.
# The command sees:
#   DISPLAY, XAUTHORITY, DBUS_SESSION_BUS_ADDRESS, ATSPI_BUS_ADDRESS (for information:
#   not AT_SPI_BUS_ADDRESS, which stops Qt 6.4 from registering; see below),
#   HOME, XDG_RUNTIME_DIR, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, TMPDIR (private),
#   QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, QT_QPA_PLATFORM=xcb,
#   ATSPI_SESSION_DIR (the private folder, deleted at the end),
#   ATSPI_ARTIFACTS_DIR (screenshots, tree dumps, logs; kept when the command fails).
# Set ATSPI_ARTIFACTS_DIR before calling to choose where artifacts go (always kept).
# Set ATSPI_SESSION_VERBOSE=1 to see each step.
# shellcheck disable=SC2317  # functions run from traps and wait_for look unreachable
set -euo pipefail

timeout_seconds=300
if [[ ${1:-} == --timeout ]]; then
  timeout_seconds=${2:?--timeout needs a number of seconds}
  shift 2
fi
if [[ $# -eq 0 ]]; then
  echo "usage: session.sh [--timeout SECONDS] COMMAND [ARGS...]" >&2
  exit 2
fi

# Each missing tool is named with the Debian package that has it.
missing=()
for pair in Xvfb:xvfb xauth:xauth dbus-daemon:dbus-daemon dbus-send:dbus-bin \
  gnome-keyring-daemon:gnome-keyring xdotool:xdotool mcookie:util-linux timeout:coreutils; do
  command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
for path in /usr/libexec/at-spi-bus-launcher /usr/libexec/at-spi2-registryd; do
  [[ -x $path ]] || missing+=(at-spi2-core)
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "session.sh: missing packages: ${missing[*]}" >&2
  exit 2
fi

log() { if [[ ${ATSPI_SESSION_VERBOSE:-0} == 1 ]]; then echo "session.sh: $*" >&2; fi; }
fail() {
  echo "session.sh: $*" >&2
  exit 3
}

work=$(mktemp -d /tmp/guichet-atspi.XXXXXX)
chmod 700 "$work"
artifacts_kept_by_caller=${ATSPI_ARTIFACTS_DIR:+1}
artifacts=${ATSPI_ARTIFACTS_DIR:-$work/artifacts}
mkdir -p "$artifacts"
pids=()        # what we started ourselves, stopped in reverse order
command_status=0

# Every process started from here on inherits this marker, even daemons that fork
# away from us; the last sweep finds strays by it (and only by it), so nothing of
# another session or of the machine is touched.
export GUICHET_ATSPI_SESSION="$work"

stop_pid() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 30); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

# Children first, while their parent is alive to reap them (at-spi-bus-launcher's
# own dbus-daemon would otherwise linger as a zombie of init).
stop_tree() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do stop_tree "$child"; done
  stop_pid "$1"
}

marked_pids() {
  local environ pid
  for environ in /proc/[0-9]*/environ; do
    pid=${environ#/proc/}
    pid=${pid%/environ}
    [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
    if grep -qzxF "GUICHET_ATSPI_SESSION=$work" "$environ" 2>/dev/null; then
      echo "$pid"
    fi
  done
}

teardown() {
  local status=$?
  trap - EXIT INT TERM HUP
  # A reader that went away (session.sh ... | head) must not cut the cleaning short.
  trap '' PIPE
  set +e
  local index
  for ((index = ${#pids[@]} - 1; index >= 0; index--)); do
    stop_tree "${pids[index]}"
  done
  local strays
  strays=$(marked_pids)
  if [[ -n $strays ]]; then
    log "stopping strays: $(echo "$strays" | tr '\n' ' ')"
    for pid in $strays; do stop_pid "$pid"; done
  fi
  if [[ $status -ne 0 && -z $artifacts_kept_by_caller && -n $(ls -A "$artifacts") ]]; then
    local kept
    kept=$(mktemp -d /tmp/guichet-atspi-artifacts.XXXXXX)
    cp -a "$artifacts"/. "$kept"/
    echo "session.sh: artifacts kept in $kept" >&2
  fi
  rm -rf "$work"
  exit "$status"
}
trap teardown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Private home and runtime folders: the application's settings, data and keyring,
# and every daemon's sockets stay in the session folder.
export HOME="$work/home"
export XDG_RUNTIME_DIR="$work/run"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache"
# TMPDIR too: Qt puts local sockets there (guichet's single-instance guard), and a
# process ended by a signal leaves its socket behind.
export TMPDIR="$work/tmp"
mkdir -m 700 "$HOME" "$XDG_RUNTIME_DIR" "$TMPDIR"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
unset WAYLAND_DISPLAY SESSION_MANAGER DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS

# Waits up to $1 seconds for the command in the remaining arguments to succeed.
wait_for() {
  local seconds=$1
  shift
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || return 1
    sleep 0.1
  done
}

# --- X display -------------------------------------------------------------------
# A free display number is one without a lock file or socket; two sessions may still
# race for it, so a server that dies at start is retried on the next number.
export XAUTHORITY="$work/Xauthority"
start_xvfb() {
  local display
  for display in $(seq 90 189); do
    [[ -e /tmp/.X$display-lock || -e /tmp/.X11-unix/X$display ]] && continue
    : >"$XAUTHORITY"
    xauth -q -f "$XAUTHORITY" add ":$display" . "$(mcookie)"
    Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp -auth "$XAUTHORITY" \
      >"$artifacts/xvfb.log" 2>&1 &
    local pid=$!
    export DISPLAY=":$display"
    local deadline=$((SECONDS + 10))
    while kill -0 "$pid" 2>/dev/null; do
      if xdotool getdisplaygeometry >/dev/null 2>&1; then
        pids+=("$pid")
        log "Xvfb on $DISPLAY (pid $pid)"
        return 0
      fi
      if ((SECONDS >= deadline)); then
        stop_pid "$pid"
        break
      fi
      sleep 0.1
    done
    log "display :$display did not start, trying the next one"
  done
  return 1
}
start_xvfb || fail "no X display could be started (see $artifacts/xvfb.log)"

# --- D-Bus session bus ---------------------------------------------------------------
# Our own dbus-daemon rather than dbus-run-session: we keep its pid and can stop the
# services started on it before the bus itself goes away.
dbus-daemon --session --nofork --nopidfile --print-address=1 \
  >"$work/dbus-address" 2>"$artifacts/dbus.log" &
pids+=("$!")
wait_for 10 grep -q . "$work/dbus-address" || fail "the D-Bus session bus did not start"
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$work/dbus-address")
export DBUS_SESSION_BUS_ADDRESS
log "session bus $DBUS_SESSION_BUS_ADDRESS"

name_has_owner() { # [--bus=ADDRESS|--session] NAME
  dbus-send "$1" --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner "string:$2" | grep -q 'boolean true'
}

# --- Keyring -------------------------------------------------------------------------
# In the foreground so that we hold its pid; --unlock reads the password from stdin
# and creates the login keyring with it on first use.
echo -n guichet-test | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >"$artifacts/keyring.log" 2>&1 &
pids+=("$!")
wait_for 10 name_has_owner --session org.freedesktop.secrets ||
  fail "gnome-keyring did not take org.freedesktop.secrets (see $artifacts/keyring.log)"
log "keyring unlocked"

# --- Accessibility bus and registry --------------------------------------------------
# A memory settings backend: no dconf-service is activated on our bus just to read
# whether accessibility is switched on.
GSETTINGS_BACKEND=memory /usr/libexec/at-spi-bus-launcher --launch-immediately \
  >"$artifacts/at-spi-bus.log" 2>&1 &
pids+=("$!")
wait_for 10 name_has_owner --session org.a11y.Bus || fail "at-spi-bus-launcher did not start"
a11y_address() {
  dbus-send --session --print-reply=literal --dest=org.a11y.Bus /org/a11y/bus \
    org.a11y.Bus.GetAddress | tr -d ' '
}
wait_for 10 a11y_address || fail "the accessibility bus has no address"
# Not exported as AT_SPI_BUS_ADDRESS: Qt 6.4 then connects to the bus but never
# registers its application (it announces "enabled" before its bridge listens), so
# the application would never appear on the desktop. Everyone finds the bus through
# org.a11y.Bus on the session bus instead.
ATSPI_BUS_ADDRESS=$(a11y_address)
export ATSPI_BUS_ADDRESS
# Toolkits that wait to be asked (GTK) switch their bridge on from this property;
# Qt is told by QT_LINUX_ACCESSIBILITY_ALWAYS_ON below.
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
  org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled \
  variant:boolean:true >/dev/null
/usr/libexec/at-spi2-registryd >"$artifacts/registryd.log" 2>&1 &
pids+=("$!")
wait_for 10 name_has_owner "--bus=$ATSPI_BUS_ADDRESS" org.a11y.atspi.Registry ||
  fail "at-spi2-registryd did not register on the accessibility bus"
log "accessibility bus $ATSPI_BUS_ADDRESS"

export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
export ATSPI_SESSION_DIR="$work" ATSPI_ARTIFACTS_DIR="$artifacts"

# --- The command ---------------------------------------------------------------------
# Not exec'd: the shell stays to tear down. timeout sends TERM, then KILL 10 s later.
# <&0: a background job would otherwise read from /dev/null, not from our stdin.
log "running: $*"
timeout --kill-after=10 "$timeout_seconds" "$@" <&0 &
command_pid=$!
pids+=("$command_pid")
wait "$command_pid" || command_status=$?
if [[ $command_status -eq 124 ]]; then
  echo "session.sh: the command did not finish within $timeout_seconds s" >&2
fi
exit "$command_status"
