#!/usr/bin/env bash
# Builds the exhibit for Raspberry Pi OS bookworm arm64 on an x86-64 Debian 12 machine and runs the whole test
# suite of that build under user-mode QEMU. Not part of CI (about 5 minutes from scratch on 2 cores, more with a
# slow download); see deploy/README.md.
#   deploy/cross-build-arm64.sh              install what is missing, build into build-arm64/, run ctest, make the .deb
#   deploy/cross-build-arm64.sh --no-test    the same without ctest
# Environment: BUILD_DIR (default build-arm64), JOBS (default nproc), CTEST_ARGS (extra ctest arguments).
# Uses sudo when not run as root. Adds the arm64 architecture to dpkg (side by side with amd64; nothing amd64
# is replaced) and installs Debian's cross compiler, qemu-user and the :arm64 -dev packages (~740 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build_dir=${BUILD_DIR:-build-arm64}
jobs=${JOBS:-$(nproc)}
run_tests=1
case "${1:-}" in
  "") ;;
  --no-test) run_tests=0 ;;
  *) echo "usage: $0 [--no-test]" >&2; exit 2 ;;
esac

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
started=$(date +%s)
step() { printf '\n== %s (%ds)\n' "$*" $(( $(date +%s) - started )); }

# The cross tools, and for arm64 the same libraries deploy/install-deps.sh --test installs: every lib*-dev package of
# its list as :arm64, everything else (build tools, header-only and test
# tools such as systemd-analyze) as is.
host_packages=(
  g++-aarch64-linux-gnu                      # Debian's cross compiler (brings libc6-arm64-cross for qemu -L)
  qemu-user                                  # qemu-aarch64 runs the arm64 tests; no binfmt_misc needed
  dpkg-dev                                   # dpkg-shlibdeps for the package's Depends
)
arm64_packages=()
while read -r p; do
  if [[ "$p" == lib*-dev ]]; then arm64_packages+=("$p"); else host_packages+=("$p"); fi
done < <(deploy/install-deps.sh --list)

step "arm64 architecture and packages"
if [[ " $(dpkg --print-foreign-architectures | tr "\n" " ") " != *" arm64 "* ]]; then
  echo "dpkg --add-architecture arm64"
  $sudo dpkg --add-architecture arm64
  $sudo apt-get update -qq
fi
wanted=("${host_packages[@]}")
for p in "${arm64_packages[@]}"; do wanted+=("$p:arm64"); done
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  # Every :arm64 package must have a candidate, or apt's message would be less clear than this one.
  # (apt-cache output is captured first: grep -q closing the pipe early would fail the pipeline.)
  candidate() { local out; out=$(apt-cache policy "$1" 2>/dev/null) || true; [[ "$out" == *"Candidate: "[0-9]* ]]; }
  if ! candidate libsdl2-dev:arm64; then
    $sudo apt-get update -qq
  fi
  for p in "${missing[@]}"; do
    if ! candidate "$p"; then
      echo "cross-build-arm64: Debian has no installable package '$p' here (apt-cache policy $p)" >&2
      exit 1
    fi
  done
  echo "Installing: ${missing[*]}"
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The amd64 and arm64 copies of a Multi-Arch: same package must be the same version; apt ensures that, and
# a mismatch (an amd64 package upgraded alone later) shows up here rather than as odd link errors.
for p in "${arm64_packages[@]}"; do
  a=$(dpkg-query -W -f='${Version}' "$p:arm64")
  n=$(dpkg-query -W -f='${Version}' "$p:amd64" 2>/dev/null || echo "$a")
  [[ "$a" == "$n" ]] || echo "warning: $p is $n for amd64 but $a for arm64; apt-get install $p:arm64 $p:amd64 aligns them"
done

step "configure ($build_dir)"
cmake -S "$root" -B "$build_dir" -DCMAKE_TOOLCHAIN_FILE="$root/deploy/toolchain-aarch64.cmake" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo

step "build (-j$jobs; test discovery runs each test program once under qemu-aarch64)"
cmake --build "$build_dir" -j"$jobs"
file "$build_dir/platform/exhibit" 2>/dev/null || true

status=0
if [[ $run_tests -eq 1 ]]; then
  step "ctest under qemu-aarch64"
  # shellcheck disable=SC2086
  ctest --test-dir "$build_dir" --output-on-failure -j"$jobs" ${CTEST_ARGS:-} || status=$?
fi

step "package (.deb for arm64)"
# dpkg-shlibdeps must look up the arm64 libraries' dependency information, not the build machine's.
(cd "$build_dir" && DEB_HOST_ARCH=arm64 cpack -G DEB) || status=$?
ls -l "$build_dir"/exhibit_*_arm64.deb 2>/dev/null || true

step "done, ctest/cpack status $status"
exit $status
