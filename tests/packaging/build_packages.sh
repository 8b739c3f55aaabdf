#!/usr/bin/env bash
# Builds the .deb and the .rpm from a build folder with CPack (cmake/Packaging.cmake)
# into OUT_DIR, and prints their sizes. A second .deb of the same files that calls
# itself 0.0.1 goes to OUT_DIR/older/, for install_deb.sh to upgrade from.
# Usage: build_packages.sh BUILD_DIR OUT_DIR
set -euo pipefail
build_dir="$(cd "$1" && pwd)"
out_dir="$2"
rm -rf "${out_dir}"
mkdir -p "${out_dir}"
cd "${out_dir}"
for generator in DEB RPM; do
    start=$(date +%s%N)
    # CPack's own log is long; it is shown only when something fails.
    if ! cpack --config "${build_dir}/CPackConfig.cmake" -G "${generator}" -B "${out_dir}" \
        >"${out_dir}/cpack-${generator}.log" 2>&1; then
        cat "${out_dir}/cpack-${generator}.log"
        echo "FAIL: cpack -G ${generator}"
        exit 1
    fi
    echo "${generator} built in $((($(date +%s%N) - start) / 1000000)) ms"
done
mkdir -p "${out_dir}/older"
cpack --config "${build_dir}/CPackConfig.cmake" -G DEB -B "${out_dir}/older" \
    -D CPACK_PACKAGE_VERSION=0.0.1 >"${out_dir}/cpack-older.log" 2>&1 ||
    { cat "${out_dir}/cpack-older.log"; echo "FAIL: cpack -G DEB (older)"; exit 1; }
rm -rf "${out_dir}/_CPack_Packages" "${out_dir}/older/_CPack_Packages"
ls -l "${out_dir}"/*.deb "${out_dir}"/*.rpm | awk '{printf "%s: %.1f MiB\n", $NF, $5 / 1048576}'
