#!/usr/bin/env bash
# Validates the Linux desktop integration files. Both validators can print
# warnings while still exiting 0, so their output is inspected as well:
# any line mentioning an error or a warning is a failure, hints are allowed.
#
# Usage: validate.sh [packaging/linux directory]   (default: this script's directory)
set -euo pipefail

dir="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
app_id="lu.guichet.Desktop"
passed=0
failed=0

# check NAME FILE COMMAND... : runs COMMAND on FILE, prints its output, counts the result.
check() {
    local name="$1" file="$2"
    shift 2
    echo "== ${name}: ${file}"
    if [[ ! -f "${file}" ]]; then
        echo "FAIL: ${file} not found"
        failed=$((failed + 1))
        return
    fi
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "FAIL: $1 not installed"
        failed=$((failed + 1))
        return
    fi
    local output status=0
    output="$("$@" "${file}" 2>&1)" || status=$?
    [[ -n "${output}" ]] && printf '%s\n' "${output}"
    if [[ ${status} -ne 0 ]]; then
        echo "FAIL: $1 exited with status ${status}"
        failed=$((failed + 1))
    # The file name is removed first so a folder named e.g. "errors" cannot match.
    elif grep -qiE 'error|warning' <<<"${output//"${file}"/}"; then
        echo "FAIL: $1 reported errors or warnings"
        failed=$((failed + 1))
    else
        echo "PASS"
        passed=$((passed + 1))
    fi
}

check "desktop entry" "${dir}/${app_id}.desktop" desktop-file-validate
check "AppStream metainfo" "${dir}/${app_id}.metainfo.xml" appstreamcli validate --no-net

echo "${passed} passed, ${failed} failed"
[[ ${failed} -eq 0 ]]
