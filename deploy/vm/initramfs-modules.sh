#!/bin/sh
# mmdebstrap setup hook: the virtual kiosk's initramfs holds only what it needs to find its root on a virtio disk
# and lay the overlay over it (a Pi's Raspberry Pi OS has its own), so the image builds in seconds, not minutes.
set -e
root="$1"
mkdir -p "$root/etc/initramfs-tools/conf.d"
echo 'MODULES=list' > "$root/etc/initramfs-tools/conf.d/kiosk-vm.conf"
mkdir -p "$root/usr/share/initramfs-tools/modules.d"
printf '%s\n' virtio_pci virtio_mmio virtio_blk ext4 crc32c_generic overlay > "$root/usr/share/initramfs-tools/modules.d/kiosk-vm"
