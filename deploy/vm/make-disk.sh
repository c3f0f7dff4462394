#!/usr/bin/env bash
# Lays a kiosk's root tree out as an SD card image, without loop devices or mounts (so it runs in CI's sandbox):
#   make-disk.sh ROOT_DIR DISK.img
# Partition 1: FAT "bootfs" (ROOT/boot/firmware, plus the kernel and initrd as vmlinuz and initrd.img, where the
# Pi has kernel8.img); 2: ext4 "rootfs" (ROOT); 3: ext4 "exhibit-data", with only journal/ (the package's tmpfiles
# make its other folders at boot).
set -euo pipefail
root="$1"
disk="$2"
boot_mib=128
root_mib=${EXHIBIT_VM_ROOT_MIB:-2048}
data_mib=${EXHIBIT_VM_DATA_MIB:-256}
work=$(mktemp -d "$(dirname "$disk")/make-disk.XXXXXX")
trap 'rm -rf "$work"' EXIT

# 1: boot. The kernel and initrd are the ones the package manager installed in /boot.
kernel=$(ls "$root"/boot/vmlinuz-* | sort -V | tail -1)
initrd=$(ls "$root"/boot/initrd.img-* | sort -V | tail -1)
truncate -s ${boot_mib}M "$work/boot.img"
mkfs.vfat -n bootfs "$work/boot.img" >/dev/null 2>&1  # lowercase, as Raspberry Pi OS names it
mcopy -i "$work/boot.img" "$root"/boot/firmware/* ::/
mcopy -i "$work/boot.img" "$kernel" ::/vmlinuz
mcopy -i "$work/boot.img" "$initrd" ::/initrd.img
rm -rf "$root"/boot/firmware/*

# 2: root, 3: data.
mke2fs -q -t ext4 -L rootfs -d "$root" "$work/root.img" ${root_mib}M
# The data partition as INSTALL-PI.md step 2 makes it: empty but for journal/, so that the journal is kept from the
# first boot on (the package's tmpfiles would make it only after the first boot's mounts).
journal_gid=$(awk -F: '$1 == "systemd-journal" {print $3}' "$root/etc/group")
install -d -m 2755 -o 0 -g "${journal_gid:-0}" "$work/data/journal"
mke2fs -q -t ext4 -L exhibit-data -d "$work/data" "$work/data.img" ${data_mib}M

# The card: an MBR partition table as on a Pi, the three file systems at 1 MiB-aligned offsets.
total=$(( 1 + boot_mib + root_mib + data_mib ))
rm -f "$disk"
truncate -s ${total}M "$disk"
sfdisk -q "$disk" <<TABLE
label: dos
start=1MiB, size=${boot_mib}MiB, type=c
size=${root_mib}MiB, type=83
size=${data_mib}MiB, type=83
TABLE
dd if="$work/boot.img" of="$disk" bs=1M seek=1 conv=notrunc,sparse status=none
dd if="$work/root.img" of="$disk" bs=1M seek=$(( 1 + boot_mib )) conv=notrunc,sparse status=none
dd if="$work/data.img" of="$disk" bs=1M seek=$(( 1 + boot_mib + root_mib )) conv=notrunc,sparse status=none
