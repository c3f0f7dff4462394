#!/usr/bin/env bash
# CTest fixture: makes the .deb of this build with CPack, into OUT_DIR (emptied first).
#   package_build.sh BUILD_DIR OUT_DIR DEB_ARCH
# DEB_ARCH is the package's architecture; for a cross build dpkg-shlibdeps must be told it (DEB_HOST_ARCH).
# Exit 77 (skipped) when the Debian tools CPack uses are missing (dpkg-dev comes with build-essential).
set -euo pipefail
build=$1 out=$2 arch=$3
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (Debian package dpkg-dev)"; exit 77; }
done
rm -rf "$out"
mkdir -p "$out"
started=$(date +%s%N)
if [[ "$arch" != "$(dpkg --print-architecture)" ]]; then export DEB_HOST_ARCH="$arch"; fi
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out/cpack.log" 2>&1; then
  cat "$out/cpack.log"; echo "FAIL: cpack"; exit 1
fi
ls -l "$out"/*.deb
echo "cpack took $(( ($(date +%s%N) - started) / 1000000 )) ms"
