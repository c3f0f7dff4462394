#!/usr/bin/env bash
# Makes a freshly installed Debian root (with the exhibit package in it) into a kiosk: INSTALL-PI.md steps 2, 4-6,
# for the virtual kiosk of deploy/vm/build-image.sh (an mmdebstrap customize hook).
#   kiosk-settings.sh ROOT
# The files it writes are the ones a technician or deploy/ansible writes on a Pi; where the Pi's firmware has
# cmdline.txt on its boot partition, so does this disk (kiosk.py reads it there when it boots the machine).
set -euo pipefail
root="$1"

# A kiosk's name, no root password (root logs in nowhere; the technicians' account is made by Raspberry Pi Imager on
# a Pi, and the tests use the guest agent). The machine id is made by build-image.sh, after mmdebstrap.
echo kiosk-vm > "$root/etc/hostname"
chroot "$root" passwd --lock root >/dev/null

# Step 2 and 6: the partitions. The root is read-only at run time (overlayroot, cmdline.txt below); the data
# partition is mounted writable at /var/lib/exhibit with the journal on it, and the boot partition where Raspberry
# Pi OS has it. The one difference from INSTALL-PI.md: the data partition is waited for 90 s, not 10 s. Under
# software emulation on a busy machine udev takes longer than 10 s to find the disks (seen here), and the kiosk
# would then run without its data partition; a Pi finds its card in well under a second.
# (What the exhibit does when the partition is truly missing is its own business: it starts all the same.)
cat > "$root/etc/fstab" <<'FSTAB'
LABEL=rootfs       /                 ext4  defaults,noatime                                 0 1
LABEL=bootfs       /boot/firmware    vfat  defaults,nofail                                  0 2
LABEL=exhibit-data /var/lib/exhibit  ext4  defaults,noatime,nofail,x-systemd.device-timeout=90s 0 2
/var/lib/exhibit/journal /var/log/journal none bind,nofail,x-systemd.requires-mounts-for=/var/lib/exhibit 0 0
FSTAB
mkdir -p "$root/boot/firmware" "$root/var/lib/exhibit"

# Step 4: the service at boot. Step 5: key combinations start nothing, no login prompt on the exhibit's console.
chroot "$root" systemctl enable exhibit.service >/dev/null
chroot "$root" systemctl mask ctrl-alt-del.target kbrequest.target >/dev/null
chroot "$root" systemctl disable getty@tty1.service >/dev/null 2>&1 || true
chroot "$root" systemctl mask getty@tty1.service getty-static.service >/dev/null

# The museum's network, for the fleet's playbooks over SSH: DHCP on the wired port (NetworkManager does this on
# Raspberry Pi OS; systemd-networkd, already in the system, here).
cat > "$root/etc/systemd/network/20-wired.network" <<'NETWORK'
[Match]
Name=en* eth*

[Network]
DHCP=yes
NETWORK
chroot "$root" systemctl enable systemd-networkd.service >/dev/null 2>&1

# Software emulation (no KVM here) is some 20 to 50 times slower than a Pi: the first start of the exhibit, with the
# content's first check, takes minutes there, not seconds. So systemd waits longer for READY, and a start counts as
# a crash (exhibit-kiosk) within 5 minutes rather than 1; every other setting is the package's.
mkdir -p "$root/etc/systemd/system/exhibit.service.d"
cat > "$root/etc/systemd/system/exhibit.service.d/emulated.conf" <<'UNIT'
[Service]
TimeoutStartSec=600s
Environment=EXHIBIT_CRASH_WINDOW_S=300
UNIT

# The kernel command line, as on a Pi (consoles on the display and the serial port; root on partition 2), with the
# options of INSTALL-PI.md step 5 and the overlay of step 6. The serial console comes last, so that it is the one
# systemd writes its messages to: the tests keep its log, and the visitors' screen stays clear.
echo "console=tty1 console=ttyS0,115200 root=LABEL=rootfs rootfstype=ext4 rootwait overlayroot=tmpfs:recurse=0 consoleblank=0 vt.global_cursor_default=0 quiet loglevel=3" \
  > "$root/boot/firmware/cmdline.txt"
