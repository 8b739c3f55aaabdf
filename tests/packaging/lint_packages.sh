#!/usr/bin/env bash
# Runs lintian on the .deb and rpmlint on the .rpm of OUT_DIR (build_packages.sh).
# Both must report no error and no warning; their full output is printed (it is the
# figure the packaging note quotes). Informational tags are shown but allowed.
# Usage: lint_packages.sh OUT_DIR [deb|rpm]
set -euo pipefail
out_dir="$1"
which="${2:-all}"
status=0

if [[ "${which}" != rpm ]]; then
    deb=$(ls "${out_dir}"/*.deb)
    echo "== lintian ${deb##*/}"
    # --fail-on error,warning: lintian's exit status is the verdict; -I shows infos too.
    if ! lintian -I --fail-on error,warning --tag-display-limit 0 "${deb}"; then
        echo "FAIL: lintian reported errors or warnings"
        status=1
    fi
fi

if [[ "${which}" != deb ]]; then
    rpm=$(ls "${out_dir}"/*.rpm)
    echo "== rpmlint ${rpm##*/}"
    # rpmlint exits non-zero on errors only; its summary line counts warnings. Where its
    # defaults differ from current RPM distributions, rpmlintrc.toml says why.
    config="$(dirname "${BASH_SOURCE[0]}")/../../packaging/linux/rpmlintrc.toml"
    output=$(rpmlint -c "${config}" "${rpm}" 2>&1) || status=1
    printf '%s\n' "${output}"
    if ! grep -qE ' 0 errors, 0 warnings' <<<"${output}"; then
        echo "FAIL: rpmlint reported errors or warnings"
        status=1
    fi
fi
exit "${status}"
