#!/usr/bin/env bash
# Fails when a translation file misses a string of the sources or has an entry
# that is unfinished or left over from removed code. lupdate runs on a copy, so
# the checked-in files are never changed by the check.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
command -v "$lupdate" >/dev/null || lupdate=$(command -v lupdate6 || command -v lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The rooms with user-visible strings (the same list as translations/CMakeLists.txt).
rooms=()
for d in app core ui smartcard forms portal sim; do [ -d "$d" ] && rooms+=("$d"); done
passed=0
failed=0
for ts in translations/guichet_*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  "$lupdate" -silent -locations none "${rooms[@]}" -ts "$copy" >/dev/null
  problems=$(grep -cE 'type="(unfinished|vanished|obsolete)"' "$copy" || true)
  if [ "$problems" -gt 0 ]; then
    echo "$ts: $problems missing, unfinished or obsolete entries:"
    grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$copy" | grep '<source>' | head -20
    failed=$((failed + 1))
  else
    echo "$ts: complete ($(grep -c '<message' "$copy") messages)"
    passed=$((passed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
