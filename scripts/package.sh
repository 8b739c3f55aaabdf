#!/usr/bin/env bash
# Builds the Debian and RPM packages from an optimised build without the tests
# (preset `release`), checks them with lintian and rpmlint, and leaves them in
# build/release/packages/. Usage: scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh test
cmake --preset release >/dev/null
cmake --build --preset release
tests/packaging/build_packages.sh build/release build/release/packages
tests/packaging/lint_packages.sh build/release/packages
echo "Packages: $(ls build/release/packages/*.deb build/release/packages/*.rpm | tr '\n' ' ')"
