#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (docs/fuzzing.md), one after the other.
# Usage: scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]
#   SECONDS-PER-TARGET defaults to 60; TARGET is a name such as form_schema (default:
#   every target). Installs clang-15 and libFuzzer (install-deps.sh fuzz), configures
#   and builds the 'fuzz' preset in build/fuzz, and runs each target on its working
#   corpus build/fuzz/work/<name>/corpus, seeded from tests/fuzz/corpus/<name> and
#   tests/fuzz/regressions/<name> (what the fuzzer adds stays in build/, the tree's
#   corpus is not touched). Prints one line per target. Every input that crashed, leaked,
#   timed out or ran out of memory is copied to tests/fuzz/regressions/<name>/ under a
#   name saying what happened, and the script then exits with status 1.
# FUZZ_NICE (default 10) is the niceness of the fuzzing processes; FUZZ_JOBS, when set,
# limits the build's parallel jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

seconds=60
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then
  seconds="$1"
  shift
fi

all_targets=()
for source in tests/fuzz/fuzz_*.cpp; do
  name="$(basename "$source" .cpp)"
  all_targets+=("${name#fuzz_}")
done
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=("${all_targets[@]}")
fi
for target in "${targets[@]}"; do
  if [ ! -f "tests/fuzz/fuzz_$target.cpp" ]; then
    echo "unknown target '$target'; targets: ${all_targets[*]}" >&2
    exit 2
  fi
done

# The longest input worth trying, per target: a little above the largest real input.
max_len() {
  case "$1" in
    form_schema) echo 65536 ;;     # the largest simulated-portal form is ~30 kB
    pdf_signature) echo 32768 ;;   # the signed seed is ~12 kB (4 KiB reserved for the CMS)
    feed_page | raw_json_items) echo 16384 ;;
    multipart | cms) echo 8192 ;;
    problem_json | certificate | apdu) echo 4096 ;;
    qc_statements) echo 1024 ;;
    atr) echo 128 ;;               # a length byte, at most 63 ATR bytes, a reader name
    *) echo 4096 ;;
  esac
}

bash scripts/install-deps.sh fuzz
cmake --preset fuzz >/dev/null
build_targets=()
for target in "${targets[@]}"; do build_targets+=("fuzz_$target"); done
cmake --build --preset fuzz ${FUZZ_JOBS:+--parallel "$FUZZ_JOBS"} --target "${build_targets[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=0
summary=()
for target in "${targets[@]}"; do
  work="build/fuzz/work/$target"
  mkdir -p "$work/corpus" "$work/artifacts"
  rm -f "$work/artifacts/"*
  for seeds in "tests/fuzz/corpus/$target" "tests/fuzz/regressions/$target"; do
    [ -d "$seeds" ] || continue
    find "$seeds" -type f ! -name 'README*' -exec cp -n {} "$work/corpus/" \;
  done
  binary="build/fuzz/tests/fuzz/fuzz_$target"
  echo "== $target: $seconds s (log: $work/fuzz.log)"
  status=0
  nice -n "${FUZZ_NICE:-10}" "$binary" "$work/corpus" \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=25 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
    >"$work/fuzz.log" 2>&1 || status=$?

  stat() { sed -n "s/^stat::$1: *//p" "$work/fuzz.log" | tail -1; }
  executions="$(stat number_of_executed_units)"
  per_second="$(stat average_exec_per_sec)"
  new_units="$(stat new_units_added)"
  coverage="$(grep -oE 'cov: [0-9]+' "$work/fuzz.log" | tail -1 | cut -d' ' -f2)"
  # libFuzzer's own corpus (the inputs it keeps for their coverage), not the files in
  # the folder, which also holds inputs a smaller one has replaced since.
  corpus_size="$(grep -oE 'corp: [0-9]+' "$work/fuzz.log" | tail -1 | cut -d' ' -f2)"

  crashes=0
  for artifact in "$work/artifacts/"*; do
    [ -f "$artifact" ] || continue
    crashes=$((crashes + 1))
    kind="$(basename "$artifact" | cut -d- -f1)" # crash, leak, timeout, oom, slow-unit
    what="$(grep -m1 -oE 'SUMMARY: [A-Za-z]+Sanitizer: [a-z-]+' "$work/fuzz.log" |
      awk '{print $3}' || true)"
    [ -n "$what" ] || what="$(grep -m1 -oE 'fuzz check failed|qFatal|deadly signal' \
      "$work/fuzz.log" | tr ' ' '-' || true)"
    hash="$(sha1sum "$artifact" | cut -c1-12)"
    mkdir -p "tests/fuzz/regressions/$target"
    kept="tests/fuzz/regressions/$target/$kind${what:+-$what}-$hash"
    cp "$artifact" "$kept"
    echo "   kept $kept"
    grep -m3 -E 'SUMMARY|fuzz check failed|ERROR:' "$work/fuzz.log" | sed 's/^/   /' || true
  done
  if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
    echo "   the fuzzer stopped with status $status without an input; see $work/fuzz.log"
    crashes=1
  fi
  [ "$crashes" -eq 0 ] || failed=1
  line="$(printf '%-15s %5s s  %10s execs  %6s exec/s  cov %6s  corpus %5s (+%s new)  crashes %s' \
    "$target" "$seconds" "${executions:-?}" "${per_second:-?}" "${coverage:-?}" \
    "${corpus_size:-?}" "${new_units:-0}" "$crashes")"
  echo "$line"
  summary+=("$line")
done

echo
echo "== summary ($root)"
printf '%s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
  echo "crashing inputs were copied to tests/fuzz/regressions/; fix them and keep them there"
  exit 1
fi
