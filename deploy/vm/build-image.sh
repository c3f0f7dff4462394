#!/usr/bin/env bash
# Builds a virtual kiosk: a Debian 12 disk laid out like a kiosk's SD card, from Debian packages and the exhibit's
# own .deb, to be booted by deploy/vm/kiosk.py under QEMU.
#
#   deploy/vm/build-image.sh --deb build/exhibit_0.1.0_amd64.deb --out build/vm [--arch amd64|arm64]
#
# The disk (OUT/kiosk.img, raw, sparse) has the partitions of INSTALL-PI.md:
#   1  boot   FAT, as the Pi's /boot/firmware: the kernel, the initrd and cmdline.txt, which kiosk.py reads the
#             way the Pi's firmware does (so the Ansible role's edits of cmdline.txt take effect at the next boot)
#   2  root   ext4, the system; read-only at run time through overlayroot (overlayroot=tmpfs:recurse=0)
#   3  data   ext4 labelled exhibit-data, mounted at /var/lib/exhibit by the fstab line of INSTALL-PI.md
# The kiosk's settings are the package's own (postinst, tmpfiles, sysctl, udev) plus the lockdown of
# INSTALL-PI.md steps 4-6, made here by the same files the Ansible role installs (deploy/system, deploy/ansible's
# templates): no settings are written twice.
#
# What the fleet's playbooks need on every kiosk, as on a Pi provisioned with Raspberry Pi Imager: the network
# (systemd-networkd, DHCP on the wired port), an SSH server and Python with apt's bindings (Ansible's modules run
# in it). The technicians' account is stood in for by root with a key made here for this disk only
# (OUT/ssh/kiosk_key): the system tests run deploy/ansible's playbooks against the booted kiosk with it.
# Test-only additions, which a real kiosk does not have: qemu-guest-agent, through which the system tests run
# commands (a virtio port, not a keyboard or network: the visitor's side stays closed). No root password and no
# login on the serial console: the serial port only carries the kernel's and systemd's messages.
#
# Downloaded packages are kept in $EXHIBIT_VM_CACHE (default /var/cache/exhibit-vm/<arch>), so a second build
# downloads nothing that has not changed. Needs root (mmdebstrap's root mode, no loop devices, no mounts outside
# the chroot), mmdebstrap, e2fsprogs, dosfstools, mtools, fdisk; deploy/install-deps.sh --system-test installs them.
set -euo pipefail

arch=$(dpkg --print-architecture)
deb=""
out=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --deb) deb=$(readlink -f "$2"); shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --arch) arch="$2"; shift 2 ;;
    *) echo "usage: $0 --deb exhibit_VERSION_ARCH.deb --out DIR [--arch amd64|arm64]" >&2; exit 2 ;;
  esac
done
# A folder (the package test's output) holds the one package to use.
if [[ -d "$deb" ]]; then
  debs=("$deb"/exhibit_*.deb)
  [[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || { echo "$0: $deb should hold exactly one exhibit_*.deb" >&2; exit 2; }
  deb="${debs[0]}"
fi
[[ -n "$deb" && -f "$deb" && -n "$out" ]] || { echo "usage: $0 --deb exhibit_VERSION_ARCH.deb --out DIR [--arch amd64|arm64]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
cache="${EXHIBIT_VM_CACHE:-/var/cache/exhibit-vm}/$arch"
mkdir -p "$cache"

case "$arch" in
  amd64) kernel=linux-image-amd64 ;;
  arm64) kernel=linux-image-arm64 ;;
  *) echo "$0: no kiosk image for architecture $arch" >&2; exit 2 ;;
esac

# What a kiosk runs: Raspberry Pi OS Lite's base (systemd, udev, dbus for logind, the kernel), overlayroot (what raspi-config's
# do_overlayfs installs; its initramfs script needs busybox, as Raspberry Pi OS has), and the exhibit's package with
# what it depends on. procps for the tests' pgrep.
packages=(systemd-sysv udev dbus kmod "$kernel" initramfs-tools busybox overlayroot e2fsprogs procps
          openssh-server python3 python3-apt sudo qemu-guest-agent)
include=$(IFS=,; echo "${packages[*]}")

root="$out/root"
rm -rf "$root" "$out/kiosk.img" "$out/ssh"
mkdir -p "$root" "$out/ssh"
ssh-keygen -q -t ed25519 -N '' -C "virtual kiosk $(date -u +%F)" -f "$out/ssh/kiosk_key"

started=$(date +%s)
# The package goes in through apt, as a technician installs it (INSTALL-PI.md step 3): its Depends are resolved
# from Debian, its postinst makes the user, groups and folders.
mmdebstrap --mode=root --variant=minbase --arch="$arch" --include="$include" \
  --aptopt='APT::Install-Recommends "false"' \
  --setup-hook='mkdir -p "$1"/var/cache/apt/archives' \
  --setup-hook="$here/initramfs-modules.sh \"\$1\"" \
  --setup-hook="cp -a $cache/. \"\$1\"/var/cache/apt/archives/ 2>/dev/null || true" \
  --skip=download/empty \
  --customize-hook="copy-in $deb /tmp" \
  --customize-hook="chroot \"\$1\" apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb")" \
  --customize-hook="sync-out /var/cache/apt/archives $cache" \
  --customize-hook='rm -f "$1"/tmp/*.deb "$1"/var/cache/apt/archives/*.deb' \
  --customize-hook="$here/kiosk-settings.sh \"\$1\"" \
  --customize-hook="mkdir -m 700 -p \"\$1\"/root/.ssh && cp $out/ssh/kiosk_key.pub \"\$1\"/root/.ssh/authorized_keys" \
  bookworm "$root" \
  > "$out/mmdebstrap.log" 2>&1 || { tail -30 "$out/mmdebstrap.log" >&2; echo "$0: mmdebstrap failed, log: $out/mmdebstrap.log" >&2; exit 1; }
echo "build-image: system with the exhibit in $(( $(date +%s) - started )) s" >&2
# A machine id of its own, made now (mmdebstrap empties it at its end, so not in a hook): on a Pi it is made at the
# first boot, before the root becomes read-only. Made at every boot on the overlay instead, each boot's journal
# would belong to another machine and `journalctl -b -1` would find nothing (seen on the virtual kiosk).
tr -d '-' < /proc/sys/kernel/random/uuid > "$root/etc/machine-id"

"$here/make-disk.sh" "$root" "$out/kiosk.img"
rm -rf "$root"
echo "build-image: $out/kiosk.img in $(( $(date +%s) - started )) s" >&2
