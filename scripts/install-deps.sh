#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the project needs to build, run and test.
# Idempotent and quick when everything is present: apt is only called for
# packages that are missing. Usage: scripts/install-deps.sh [build|test|bench|fuzz]
set -euo pipefail

profile="${1:-test}"

build_pkgs=(
  build-essential cmake ninja-build pkg-config git ccache
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev
  libgl-dev libssl-dev libpcsclite-dev libp11-kit-dev
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  qt6-qpa-plugins libqt6svg6 fonts-dejavu-core libqpdf-dev
  help2man
)
test_pkgs=(clang-format desktop-file-utils appstream xvfb xauth openssl dbus gnome-keyring
  pcscd vsmartcard-vpcd opensc opensc-pkcs11 softhsm2 python3 python3-yaml
  poppler-utils libnss3-tools
  at-spi2-core python3-pyatspi xdotool x11-apps
  lintian rpm rpmlint python3-jsonschema)
bench_pkgs=(xvfb xauth keepassxc libxdamage1 libx11-6 python3)
# libFuzzer targets (scripts/fuzz.sh): clang 15 with its fuzzer runtime.
fuzz_pkgs=(clang-15 libfuzzer-15-dev)

pkgs=("${build_pkgs[@]}")
case "$profile" in
  build) ;;
  test) pkgs+=("${test_pkgs[@]}") ;;
  bench) pkgs+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
  fuzz) pkgs+=("${fuzz_pkgs[@]}") ;;
  *) echo "usage: $0 [build|test|bench|fuzz]" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
