#!/usr/bin/env bash
# Installs the Debian 12 / Raspberry Pi OS (bookworm) packages the exhibit needs, and only those missing.
#   deploy/install-deps.sh          what building and running needs
#   deploy/install-deps.sh --test   that, plus what the test suite needs
# Uses sudo when not run as root. Touches nothing else on the system.
set -euo pipefail

packages=(
  build-essential cmake pkg-config          # the compiler and build system
  libsdl2-dev libsdl2-ttf-dev               # window, input, rendering, text (HarfBuzz-shaped)
  libimgui-dev libstb-dev                   # maintenance overlay; PNG/JPEG reading and PNG writing
  nlohmann-json3-dev                        # content files
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libgtest-dev)
elif [[ -n "${1:-}" ]]; then
  echo "usage: $0 [--test]" >&2
  exit 2
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
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
