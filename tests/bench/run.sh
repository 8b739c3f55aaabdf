#!/usr/bin/env bash
# Runs every benchmark in tests/bench on one private Xvfb and prints the figures.
# Usage: tests/bench/run.sh [build-dir]   (default: build/ci, relative to the repo root)
# Benchmarks print figures and whether the targets are met; they do not fail on a
# slow result. Exit status is non-zero only when a benchmark could not measure.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_dir/../.." && pwd)"
build_dir="${1:-build/ci}"
case "$build_dir" in
  /*) ;;
  *) build_dir="$root/$build_dir" ;;
esac
app="$build_dir/app/guichet"
# Per benchmark script, so that the whole run stays well under 3 minutes.
script_timeout=150

cd "$root"
scripts/install-deps.sh bench

missing=()
command -v Xvfb >/dev/null || missing+=("Xvfb (package xvfb)")
command -v python3 >/dev/null || missing+=("python3 (package python3)")
ldconfig -p | grep -q 'libX11\.so\.6' || missing+=("libX11.so.6 (package libx11-6)")
if [ "${#missing[@]}" -gt 0 ]; then
  echo "bench: missing: ${missing[*]}" >&2
  exit 2
fi
if ! ldconfig -p | grep -q 'libXdamage\.so\.1'; then
  echo "bench: note: libXdamage.so.1 not found (package libxdamage1):" \
    "the 'first drawn' column will be n/a" >&2
fi
if ! command -v keepassxc >/dev/null; then
  echo "bench: note: keepassxc not found (package keepassxc): no peer figures" >&2
fi

if [ ! -x "$app" ]; then
  if [ "$build_dir" = "$root/build/ci" ]; then
    echo "bench: $app missing: building the ci preset"
    cmake --preset ci
    cmake --build --preset ci
  else
    echo "bench: $app not found (build it, or pass another build folder)" >&2
    exit 2
  fi
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/guichet-bench.XXXXXX")"
xvfb_pid=""
# shellcheck disable=SC2317  # called through the trap
cleanup() {
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Xvfb picks a free display number itself and writes it to fd 3 once it accepts
# connections.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp \
  3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  if grep -q '^[0-9]' "$work/display" 2>/dev/null; then break; fi
  if ! kill -0 "$xvfb_pid" 2>/dev/null; then
    echo "bench: Xvfb failed to start:" >&2
    cat "$work/xvfb.log" >&2
    exit 2
  fi
  sleep 0.1
done
display_number="$(head -n 1 "$work/display")"
if [ -z "$display_number" ]; then
  echo "bench: Xvfb did not become ready within 10 s" >&2
  exit 2
fi
export DISPLAY=":$display_number"
unset WAYLAND_DISPLAY QT_QPA_PLATFORM XAUTHORITY

status=0
shopt -s nullglob
# Every tests/bench/*.py is a benchmark taking --app; helper modules start with "_".
for script in "$bench_dir"/[!_]*.py; do
  name="$(basename "$script" .py)"
  echo
  echo "== $name (Xvfb $DISPLAY, $(nproc) CPUs, $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'))"
  if ! timeout --foreground --kill-after=10 "$script_timeout" python3 "$script" --app "$app"; then
    echo "bench: $name could not measure (or took more than ${script_timeout} s)" >&2
    status=1
  fi
done
exit "$status"
