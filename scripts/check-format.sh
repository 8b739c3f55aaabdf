#!/usr/bin/env bash
# Fails when a C++ file of the repository is not formatted with .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' 2>/dev/null || true)
if [ "${#files[@]}" -eq 0 ]; then
  mapfile -t files < <(find app core ui tests -name '*.cpp' -o -name '*.h')
fi
bad=0
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f (run: clang-format -i $f)"
    bad=$((bad + 1))
  fi
done
echo "$(( ${#files[@]} - bad )) passed, $bad failed"
[ "$bad" -eq 0 ]
