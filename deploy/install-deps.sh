#!/usr/bin/env bash
# Installs the Debian 12 / Raspberry Pi OS (bookworm) packages the exhibit needs, and only those missing.
#   deploy/install-deps.sh          what building and running needs
#   deploy/install-deps.sh --test   that, plus what the test suite needs
#   deploy/install-deps.sh --list   print the --test list and install nothing (deploy/cross-build-arm64.sh reads it)
# Uses sudo when not run as root. Touches nothing else on the system.
set -euo pipefail
list_only=0
if [[ "${1:-}" == "--list" ]]; then
  list_only=1
  set -- --test
fi

packages=(
  build-essential cmake pkg-config          # the compiler and build system
  libsdl2-dev libsdl2-ttf-dev               # window, input, rendering, text (HarfBuzz-shaped)
  libimgui-dev libstb-dev                   # maintenance overlay; PNG/JPEG reading
  libdeflate-dev                            # PNG writing (screenshots, proofs, golden images)
  nlohmann-json3-dev                        # content files
  libvorbis-dev                             # narration: Ogg Vorbis decoding (libvorbisfile)
  libsqlite3-dev libsodium-dev              # visitor statistics; the maintenance PIN's hash (platform/)
  libsystemd-dev                            # sd_notify: ready and watchdog for the kiosk service
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libgtest-dev)
  packages+=(systemd)                       # systemd-analyze verify/security on deploy/systemd/exhibit.service
  packages+=(ansible-core ansible-lint)     # the fleet playbooks in deploy/ansible
elif [[ -n "${1:-}" ]]; then
  echo "usage: $0 [--test|--list]" >&2
  exit 2
fi
if [[ $list_only -eq 1 ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi
# The sanitized soak test and the libFuzzer targets (tests/sanitized/): clang and its runtime (only recommended by
# clang, so named). Native only, hence after --list: cross-building for arm64 needs neither.
if [[ "${1:-}" == "--test" ]]; then
  packages+=(clang libclang-rt-14-dev)
  packages+=(clang-format)                # the code style (.clang-format), checked by tests/format_test.sh
  # The virtual kiosk (tests/system, deploy/vm): QEMU, and what builds a Debian disk without loop devices.
  packages+=(qemu-system-x86 qemu-utils mmdebstrap e2fsprogs dosfstools mtools fdisk python3
            openssh-client)  # ssh-keygen and ssh: the playbooks run against the virtual kiosk
fi

# Installed for this machine's architecture (or for all): with arm64 added for cross-building
# (deploy/cross-build-arm64.sh), libfoo-dev:arm64 alone must not count as libfoo-dev.
native=$(dpkg --print-architecture)
missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status} ${Architecture}\n' "$p" 2>/dev/null || true)
  [[ "$status" == *"install ok installed $native"* || "$status" == *"install ok installed all"* ]] || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
