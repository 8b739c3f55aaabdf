#!/usr/bin/env bash
# Starts and stops pcscd for tests that use the virtual reader (vsmartcard-vpcd).
# Only one pcscd runs on a machine: `start` starts one only if none is running and
# remembers that it did, `stop` stops only the one this fixture started.
#
# Usage: pcscd-fixture.sh start|stop|restart|kill|status STATE_DIR
#   start    start pcscd unless one runs; wait until "Virtual PCD 00 00" is listed
#   stop     stop pcscd if this fixture started it (SIGTERM, then SIGKILL)
#   kill     SIGKILL the pcscd this fixture started ("pcscd dies" tests);
#            exits 77 when pcscd was not started by this fixture
#   restart  start pcscd again after `kill` (same as start)
#   status   exit 0 when pcscd runs and lists the virtual reader
# STATE_DIR keeps pcscd.pid (only while this fixture owns pcscd) and pcscd.log.
# Environment: PCSCD_FIXTURE_TIMEOUT (seconds to wait for the reader, default 15).
set -euo pipefail

action=${1:-}
state=${2:-}
if [ -z "$action" ] || [ -z "$state" ]; then
  echo "usage: $0 start|stop|restart|kill|status STATE_DIR" >&2
  exit 2
fi
timeout=${PCSCD_FIXTURE_TIMEOUT:-15}
reader="Virtual PCD 00 00"
pidfile="$state/pcscd.pid"
log="$state/pcscd.log"
comm_socket=/run/pcscd/pcscd.comm

die() { echo "pcscd-fixture: $*" >&2; exit 1; }
note() { echo "pcscd-fixture: $*"; }

require_tools() {
  command -v pcscd >/dev/null || die "pcscd is not installed (apt-get install pcscd)"
  command -v opensc-tool >/dev/null || die "opensc-tool is not installed (apt-get install opensc)"
  [ -f /etc/reader.conf.d/vpcd ] ||
    die "/etc/reader.conf.d/vpcd is missing: install the virtual reader (apt-get install vsmartcard-vpcd)"
}

pcscd_path() { command -v pcscd; }

# True while PID is a live process (a zombie waiting for a parent that never reaps
# it, as happens without an init system, counts as dead).
alive() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  [ "$(echo "$stat" | awk '{print $3}')" != Z ]
}

# Pids of running pcscd processes (any owner).
running_pcscd() {
  local pid
  for pid in $(pgrep -x pcscd || true); do
    if alive "$pid"; then echo "$pid"; fi
  done
}

owned_pid() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid=$(cat "$pidfile")
  [ -n "$pid" ] && alive "$pid" && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = pcscd ] &&
    echo "$pid"
}

reader_listed() { opensc-tool -l 2>/dev/null | grep -q "$reader"; }

# False when the reader does not show up within the timeout.
wait_for_reader() {
  local deadline=$((SECONDS + timeout))
  until reader_listed; do
    [ "$SECONDS" -ge "$deadline" ] && return 1
    sleep 0.1
  done
}

start() {
  require_tools
  mkdir -p "$state"
  if [ -n "$(running_pcscd)" ]; then
    owned_pid >/dev/null || rm -f "$pidfile"
    note "pcscd already runs (pid $(running_pcscd | tr '\n' ' ')); using it"
    wait_for_reader ||
      die "the running pcscd does not list \"$reader\"; was it started before vsmartcard-vpcd was installed? Restart it."
    return
  fi
  # A pcscd killed hard leaves its socket and pid file behind; it refuses to start
  # while they exist. No pcscd runs (checked above), so they are stale.
  rm -f "$comm_socket" /run/pcscd/pcscd.pid
  # Output to a file and stdin from /dev/null: a background process holding the
  # test's pipes open would make ctest wait for it. setsid: its own session, so the
  # signals ctest sends to the test's process group do not reach it.
  setsid "$(pcscd_path)" --foreground --info </dev/null >>"$log" 2>&1 &
  local pid=$!
  local deadline=$((SECONDS + timeout))
  until [ -S "$comm_socket" ]; do
    if [ -z "$(running_pcscd)" ] && ! alive "$pid"; then
      tail -n 20 "$log" >&2
      die "pcscd exited at start (log: $log)"
    fi
    [ "$SECONDS" -ge "$deadline" ] && die "pcscd did not create $comm_socket after ${timeout} s"
    sleep 0.05
  done
  # $! is pcscd itself unless setsid had to fork.
  if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != pcscd ]; then
    pid=$(running_pcscd | head -n 1)
  fi
  echo "$pid" >"$pidfile"
  if ! wait_for_reader; then
    tail -n 20 "$log" >&2
    die "pcscd (pid $pid) does not list \"$reader\" after ${timeout} s (log: $log)"
  fi
  note "started pcscd (pid $pid, log $log)"
}

stop() {
  local pid
  if ! pid=$(owned_pid); then
    rm -f "$pidfile"
    note "pcscd was not started by this fixture; leaving it alone"
    return
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    alive "$pid" || break
    sleep 0.1
  done
  if alive "$pid"; then
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.2
  fi
  rm -f "$pidfile"
  note "stopped pcscd (pid $pid)"
}

kill_hard() {
  local pid
  if ! pid=$(owned_pid); then
    echo "pcscd-fixture: pcscd was not started by this fixture; not killing it" >&2
    exit 77
  fi
  kill -KILL "$pid"
  for _ in $(seq 50); do
    alive "$pid" || break
    sleep 0.05
  done
  # Keep the pid file: `restart` then knows the fixture owns the next pcscd too.
  note "killed pcscd (pid $pid)"
}

case "$action" in
  start | restart) start ;;
  stop) stop ;;
  kill) kill_hard ;;
  status)
    [ -n "$(running_pcscd)" ] && reader_listed
    ;;
  *)
    echo "usage: $0 start|stop|restart|kill|status STATE_DIR" >&2
    exit 2
    ;;
esac
