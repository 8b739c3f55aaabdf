#!/usr/bin/env bash
# Installs the .deb of OUT_DIR with dpkg as a person would: over an older version (an
# upgrade), runs the installed program, checks that the desktop finds it, removes it
# while the program runs, and checks that the program's store is whole and that
# nothing is left but the person's own settings and data.
# Needs root (dpkg -i); elsewhere it is skipped (exit 77) with a message.
# Usage: install_deb.sh OUT_DIR
set -euo pipefail
out_dir="$(cd "$1" && pwd)"
if [[ "$(id -u)" -ne 0 ]]; then
    echo "SKIP: installing a package needs root (dpkg -i); run the test as root to check it"
    exit 77
fi
deb=$(ls "${out_dir}"/*.deb)
older=$(ls "${out_dir}"/older/*.deb)
package=guichet
start=$(date +%s%N)
work=$(mktemp -d)
trap 'rm -rf "${work}"; dpkg -r "${package}" >/dev/null 2>&1 || true' EXIT
fail() { echo "FAIL: $*"; exit 1; }
step() { echo "== $*"; }

# A person's home with their own settings and data, which no package step may touch.
export HOME="${work}/home" XDG_CONFIG_HOME="${work}/home/.config"
export XDG_DATA_HOME="${work}/home/.local/share" XDG_RUNTIME_DIR="${work}/run"
mkdir -p "${XDG_CONFIG_HOME}/guichet-desktop" "${XDG_DATA_HOME}/guichet-desktop/guichet" \
    "${XDG_RUNTIME_DIR}"
chmod 700 "${XDG_RUNTIME_DIR}"
printf '[ui]\nlanguage=de\n' >"${XDG_CONFIG_HOME}/guichet-desktop/guichet.ini"
echo "kept" >"${XDG_DATA_HOME}/guichet-desktop/guichet/person-data"

if dpkg -s "${package}" >/dev/null 2>&1; then
    step "removing a ${package} package left installed before this test"
    dpkg -r "${package}" >/dev/null
fi

step "dpkg -i ${older##*/}, then ${deb##*/} over it (an upgrade)"
dpkg -i "${older}" >/dev/null || fail "dpkg -i ${older##*/}"
dpkg -i "${deb}" >/dev/null || fail "dpkg -i ${deb##*/} over ${older##*/}"
[[ "$(dpkg-query -W -f='${Version}' "${package}")" == "$(dpkg-deb -f "${deb}" Version)" ]] ||
    fail "after the upgrade dpkg reports $(dpkg-query -W -f='${Version}' "${package}")"
grep -q 'language=de' "${XDG_CONFIG_HOME}/guichet-desktop/guichet.ini" || fail "settings changed"
[[ -f "${XDG_DATA_HOME}/guichet-desktop/guichet/person-data" ]] || fail "data changed"
mapfile -t owned < <(dpkg -L "${package}")

step "the package depends on the Qt plugins the program loads at run time"
depends=$(dpkg-query -W -f='${Depends}' "${package}")
for plugin in libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6keychain1 libpcsclite1; do
    grep -q "${plugin}" <<<"${depends}" || fail "Depends lacks ${plugin}: ${depends}"
done

step "the installed program answers"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
version=$(/usr/bin/guichet --version) || fail "--version exited with $?"
grep -q "$(dpkg-query -W -f='${Version}' "${package}")" <<<"${version}" ||
    fail "--version says '${version}', the package is $(dpkg-query -W -f='${Version}' "${package}")"
LANGUAGE=en /usr/bin/guichet --help | grep -q -- '--demo' || fail "--help does not list --demo"
QT_QPA_PLATFORM=offscreen /usr/bin/guichet --screenshots "${work}/shots" >"${work}/shots.log" 2>&1 ||
    { cat "${work}/shots.log"; fail "--screenshots exited with an error"; }
shots=$(find "${work}/shots" -name '*.png' -size +1k | wc -l)
[[ "${shots}" -ge 3 ]] || fail "--screenshots wrote ${shots} pictures"
echo "--screenshots wrote ${shots} pictures"
if /usr/bin/guichet --help | grep -q -- '--diagnose'; then
    /usr/bin/guichet --diagnose >"${work}/diagnose.txt" 2>&1 || true
    [[ -s "${work}/diagnose.txt" ]] || fail "--diagnose printed nothing"
fi

step "the desktop finds the entry, the metainfo, the icon and the manual page"
desktop-file-validate /usr/share/applications/lu.guichet.Desktop.desktop || fail "desktop entry"
grep -q '^Exec=guichet' /usr/share/applications/lu.guichet.Desktop.desktop || fail "Exec line"
appstreamcli validate --no-net /usr/share/metainfo/lu.guichet.Desktop.metainfo.xml >/dev/null ||
    fail "metainfo"
for size in 16 48 256; do
    [[ -f /usr/share/icons/hicolor/${size}x${size}/apps/lu.guichet.Desktop.png ]] ||
        fail "no ${size}x${size} icon"
done
[[ -f /usr/share/icons/hicolor/scalable/apps/lu.guichet.Desktop.svg ]] || fail "no scalable icon"
zcat /usr/share/man/man1/guichet.1.gz | grep -q '^\.TH GUICHET' || fail "manual page"

step "installing it again over itself changes nothing of the person's"
dpkg -i "${deb}" >/dev/null || fail "dpkg -i over the installed package"
grep -q 'language=de' "${XDG_CONFIG_HOME}/guichet-desktop/guichet.ini" || fail "settings changed"

step "dpkg -r while the program runs: it goes on, and its store stays whole"
QT_QPA_PLATFORM=offscreen /usr/bin/guichet --demo >"${work}/running.log" 2>&1 &
app=$!
store_dir="${XDG_DATA_HOME}/guichet-desktop/guichet"
for _ in $(seq 1 100); do
    compgen -G "${store_dir}/public-*/space.sqlite" >/dev/null && break
    sleep 0.2
done
store=$(compgen -G "${store_dir}/public-*/space.sqlite" | head -1) ||
    { cat "${work}/running.log"; fail "the running program opened no store in 20 s"; }
dpkg -r "${package}" >/dev/null || fail "dpkg -r"
sleep 2
kill -0 "${app}" 2>/dev/null || { cat "${work}/running.log"; fail "the program stopped when its package was removed"; }
kill -TERM "${app}"
wait "${app}" 2>/dev/null || true
check=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "${store}")
[[ "${check}" == ok ]] || fail "store after removal: ${check}"
echo "store ${store##*/guichet/}: integrity ok"

step "dpkg -r left nothing but the person's own data"
state=$(dpkg-query -W -f='${db:Status-Status}' "${package}" 2>/dev/null || true)
[[ -z "${state}" || "${state}" == not-installed ]] || fail "package state after removal: ${state}"
left=0
for path in "${owned[@]}"; do
    # Shared folders (/usr/share/icons/...) stay when other packages use them.
    if [[ -e "${path}" && ! -d "${path}" ]]; then
        echo "left behind: ${path}"
        left=$((left + 1))
    fi
done
[[ "${left}" -eq 0 ]] || fail "${left} files left after removal"
[[ -d /usr/share/doc/guichet ]] && fail "/usr/share/doc/guichet left after removal"
[[ -f "${XDG_DATA_HOME}/guichet-desktop/guichet/person-data" ]] || fail "the person's data was removed"
grep -q 'language=de' "${XDG_CONFIG_HOME}/guichet-desktop/guichet.ini" || fail "settings removed"

echo "installed ${#owned[@]} paths, checked and removed in $((($(date +%s%N) - start) / 1000000)) ms"
