#!/usr/bin/env python3
"""The virtual kiosk: boots a disk made by build-image.sh under QEMU and gives a test (or a technician) its screen,
its touch screen, a USB keyboard, its power cord and, for checks only, a root shell through the guest agent.

As a program:
    deploy/vm/kiosk.py boot build/vm/kiosk.img [--seconds 600] [--screen 800x480]
        boots a copy-on-write layer over the disk, waits for the exhibit's first frame, saves the screen as PNG
        every few seconds beside the disk (screen-*.png) and the serial console's log (console.log), then powers off.
As a module (tests/system): Kiosk(disk).boot(), .screen_png(path), .tap(x, y), .keys("ctrl", "alt", "f1"),
.run("systemctl is-active exhibit"), .power_cut(), .shutdown(), .playbook("site.yml", ...).

QEMU is started like a Raspberry Pi's firmware starts Linux: the kernel, initrd and command line are read from the
FAT boot partition of the disk (vmlinuz, initrd.img, cmdline.txt) at every boot, so a change to cmdline.txt made on
the running kiosk (overlayroot on or off, by the Ansible role) takes effect at the next boot as it would on a Pi.
So QEMU runs with -no-reboot: a reboot inside ends QEMU, and Kiosk boots it again from the card (keep_powered).
The kiosk's network is QEMU's user network, closed to everything but its SSH port, forwarded to this machine's
loopback (ssh_port): the fleet's playbooks reach it as they reach a Pi.
Stdlib only: no Python packages beyond what Debian's python3 has.
"""
import argparse
import base64
import json
import os
import socket
import struct
import subprocess
import tempfile
import time
import zlib

SCREEN = (800, 480)  # the 7-inch Raspberry Pi touch display
BOOT_PARTITION_OFFSET = 1 << 20  # make-disk.sh puts partition 1 at 1 MiB …
BOOT_PARTITION_MIB = 128         # … and makes it 128 MiB
# Every boot of a test kiosk has the same host key (made with its disk) on a new port: known_hosts is no use.
SSH_OPTIONS = ["-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"]


class KioskError(RuntimeError):
    pass


class ChannelClosed(KioskError):
    """QEMU closed one of its sockets under us."""


# ---------------------------------------------------------------------------------------------------------------
# PNG, read and written with zlib alone (QEMU's screendump writes 8-bit RGB; golden files are written here too).

def read_png(path):
    """Returns (width, height, rows) with rows as bytes of RGB triples."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise KioskError(f"{path}: not a PNG file")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise KioskError(f"{path}: only 8-bit RGB or RGBA PNG without interlacing is read here")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        kind, row = line[0], bytearray(line[1:])
        for x in range(stride):
            left = row[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                row[x] = (row[x] + left) & 255
            elif kind == 2:
                row[x] = (row[x] + up) & 255
            elif kind == 3:
                row[x] = (row[x] + ((left + up) >> 1)) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                row[x] = (row[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        previous = row
        if channels == 4:
            row = bytearray(b for i, b in enumerate(row) if i % 4 != 3)
        rows.append(bytes(row))
    return width, height, rows


def write_png(path, width, height, rows):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    raw = b"".join(b"\x00" + row for row in rows)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def compare_png(actual, expected, channel=24, max_fraction=0.005, diff_path=None, ignore_rows=None):
    """Like tests/support/image_compare.h: a pixel differs when a channel differs by more than `channel`; the
    pictures match while at most `max_fraction` of the pixels differ. `ignore_rows` (first, last) is a band left
    out, for what changes by itself (the attract loop's rotating line). Returns (matches, fraction)."""
    aw, ah, arows = read_png(actual)
    ew, eh, erows = read_png(expected)
    if (aw, ah) != (ew, eh):
        return False, 1.0
    different, diff_rows = 0, []
    for y, (arow, erow) in enumerate(zip(arows, erows)):
        out = bytearray(len(arow))
        skip = ignore_rows is not None and ignore_rows[0] <= y <= ignore_rows[1]
        for i in range(0, len(arow), 3):
            if not skip and (abs(arow[i] - erow[i]) > channel or abs(arow[i + 1] - erow[i + 1]) > channel
                    or abs(arow[i + 2] - erow[i + 2]) > channel):
                different += 1
                out[i:i + 3] = b"\xff\x00\x00"
            else:
                out[i:i + 3] = bytes(v // 3 for v in arow[i:i + 3])
        diff_rows.append(bytes(out))
    fraction = different / (aw * ah)
    if diff_path and fraction > max_fraction:
        write_png(diff_path, aw, ah, diff_rows)
    return fraction <= max_fraction, fraction


def mean_brightness(path):
    _, _, rows = read_png(path)
    total = sum(sum(row) for row in rows)
    return total / (len(rows) * len(rows[0]))


# ---------------------------------------------------------------------------------------------------------------
# QEMU's two JSON conversations: QMP (the machine: screen, input, power) and the guest agent (a shell inside).

class JsonChannel:
    def __init__(self, path, timeout=30.0):
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.sock.connect(path)
                break
            except OSError:
                self.sock.close()
                if time.monotonic() > deadline:
                    raise KioskError(f"cannot connect to {path}")
                time.sleep(0.1)
        self.buffer = b""

    def send(self, message):
        self.sock.sendall(json.dumps(message).encode() + b"\n")

    def read_line(self, timeout):
        self.sock.settimeout(timeout)
        while b"\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ChannelClosed("QEMU closed the connection")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line

    def receive(self, timeout):
        return json.loads(self.read_line(timeout))

    def close(self):
        self.sock.close()


class Qmp(JsonChannel):
    def __init__(self, path):
        super().__init__(path)
        self.receive(30)  # the greeting
        self.command("qmp_capabilities")

    def command(self, name, timeout=60, **arguments):
        self.send({"execute": name, "arguments": arguments} if arguments else {"execute": name})
        while True:
            reply = self.receive(timeout)
            if "event" in reply:
                continue
            if "error" in reply:
                raise KioskError(f"QMP {name}: {reply['error'].get('desc')}")
            return reply.get("return")


class GuestAgent(JsonChannel):
    """qemu-guest-agent in the kiosk: runs a command as root and returns its output. Test-only (build-image.sh)."""

    def __init__(self, path):
        super().__init__(path)
        self.next_id = int(time.time()) % 100000

    def call(self, name, timeout, **arguments):
        self.send({"execute": name, "arguments": arguments} if arguments else {"execute": name})
        reply = self.receive(timeout)
        if "error" in reply:
            raise KioskError(f"guest agent {name}: {reply['error'].get('desc')}")
        return reply.get("return")

    def sync(self, timeout):
        """The agent may hold answers from before a restart: the sync id tells which answer is ours."""
        self.next_id += 1
        self.sock.sendall(b"\xff")  # a delimiter the agent resets its parser on
        self.send({"execute": "guest-sync-delimited", "arguments": {"id": self.next_id}})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.read_line(max(0.1, deadline - time.monotonic())).lstrip(b"\xff")
                if line and json.loads(line).get("return") == self.next_id:
                    return True
            except (socket.timeout, json.JSONDecodeError):
                if time.monotonic() >= deadline:
                    return False
        return False


# ---------------------------------------------------------------------------------------------------------------

class Kiosk:
    """One virtual kiosk: a copy-on-write layer over `disk` (the disk itself is never written), QEMU, its sockets
    and its serial log in `workdir`."""

    def __init__(self, disk, workdir=None, screen=SCREEN, arch=None, memory_mib=1024, verbose=False):
        self.disk = os.path.abspath(disk)
        self.workdir = workdir or tempfile.mkdtemp(prefix="kiosk-")
        os.makedirs(self.workdir, exist_ok=True)
        self.screen = screen
        self.arch = arch or ("arm64" if os.uname().machine == "aarch64" else "amd64")
        self.memory_mib = memory_mib
        self.layer = os.path.join(self.workdir, "layer.qcow2")
        self.console_log = os.path.join(self.workdir, "console.log")
        self.process = None
        self.qmp = None
        self.agent = None
        self.boots = 0
        self.verbose = verbose  # the boot's messages on the serial log (cmdline.txt's `quiet` left out)
        self.ssh_port = free_port()
        # The key build-image.sh made for this disk (root's authorized key inside).
        self.ssh_key = os.path.join(os.path.dirname(self.disk), "ssh", "kiosk_key")

    # -- power -------------------------------------------------------------------------------------------------
    def _firmware_files(self):
        """What the Pi's firmware reads from the FAT boot partition: cmdline.txt, the kernel, the initrd. Read
        through the current layer, so changes made by the kiosk itself count."""
        raw = os.path.join(self.workdir, "boot-partition.img")
        subprocess.run(["qemu-img", "dd", "-f", "qcow2", "-O", "raw", "bs=1M", f"skip={BOOT_PARTITION_OFFSET >> 20}",
                        f"count={BOOT_PARTITION_MIB}", f"if={self.layer}", f"of={raw}"], check=True)
        files = {}
        for name in ("cmdline.txt", "vmlinuz", "initrd.img"):
            target = os.path.join(self.workdir, "firmware-" + name)
            subprocess.run(["mcopy", "-o", "-n", "-i", raw, "::/" + name, target], check=True, stderr=subprocess.PIPE)
            files[name] = target
        os.remove(raw)
        with open(files["cmdline.txt"]) as f:
            files["cmdline"] = f.read().strip()
        return files

    def boot(self, wait_for_agent=True, timeout=600):
        if self.process:
            raise KioskError("already running")
        if not os.path.exists(self.layer):
            subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-F", "raw", "-b", self.disk, self.layer],
                           check=True)
        firmware = self._firmware_files()
        self.boots += 1
        qmp_path = os.path.join(self.workdir, "qmp.sock")
        agent_path = self.agent_path = os.path.join(self.workdir, "agent.sock")
        for path in (qmp_path, agent_path):
            if os.path.exists(path):
                os.remove(path)
        if self.arch == "arm64":
            machine = ["qemu-system-aarch64", "-machine", "virt", "-cpu", "cortex-a72"]
            console = "ttyAMA0"
        else:
            accel = "kvm" if os.access("/dev/kvm", os.R_OK | os.W_OK) else "tcg"
            machine = ["qemu-system-x86_64", "-machine", f"q35,accel={accel}"]
            console = "ttyS0"
        cmdline = firmware["cmdline"].replace("console=ttyS0", "console=" + console)
        if self.verbose:
            cmdline = cmdline.replace(" quiet", "") + " systemd.show_status=1"
        width, height = self.screen
        command = machine + [
            "-smp", "2", "-m", str(self.memory_mib), "-nodefaults", "-no-user-config",
            "-kernel", firmware["vmlinuz"], "-initrd", firmware["initrd.img"], "-append", cmdline,
            "-drive", f"file={self.layer},format=qcow2,if=virtio,cache=writeback",
            "-device", f"virtio-gpu-pci,xres={width},yres={height}",
            # A visitor's USB keyboard and the touch screen (an absolute pointer, as a touch panel reports).
            "-device", "qemu-xhci", "-device", "usb-kbd", "-device", "usb-tablet",
            "-display", "none", "-vga", "none", "-no-reboot",
            # The museum's network: nothing but SSH in, nothing out (restrict=on).
            "-nic", f"user,model=virtio-net-pci,restrict=on,hostfwd=tcp:127.0.0.1:{self.ssh_port}-:22",
            "-serial", f"file:{self.console_log}" if self.boots == 1 else f"file:{self.console_log}.{self.boots}",
            "-qmp", f"unix:{qmp_path},server=on,wait=off",
            "-chardev", f"socket,path={agent_path},server=on,wait=off,id=agent",
            "-device", "virtio-serial", "-device", "virtserialport,chardev=agent,name=org.qemu.guest_agent.0",
        ]
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=open(os.path.join(self.workdir, "qemu.log"), "ab"))
        self.started = time.monotonic()
        self.qmp = Qmp(qmp_path)
        self.agent = GuestAgent(agent_path)
        if wait_for_agent:
            self.wait_for_agent(timeout)
        return self

    def wait_for_agent(self, timeout=600):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_alive()
            if self.agent.sync(5):
                return time.monotonic() - self.started
        raise KioskError(f"the kiosk's guest agent did not answer within {timeout} s; console: {self.console_log}")

    def _check_alive(self):
        if self.process and self.process.poll() is not None:
            raise KioskError(f"QEMU exited ({self.process.returncode}); see {self.workdir}/qemu.log")

    def power_cut(self):
        """The power cord pulled: QEMU killed at once, nothing flushed by the guest."""
        if self.process:
            self.process.kill()
            self.process.wait()
        self._forget_process()

    def shutdown(self, timeout=120):
        """A clean power-off (systemctl poweroff inside), then QEMU ends."""
        if not self.process:
            return
        try:
            self.qmp.command("system_powerdown")
            self.process.wait(timeout)
        except (KioskError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        self._forget_process()

    def keep_powered(self, other, timeout, poll_s=1.0):
        """While process `other` runs (a playbook), boots the kiosk again each time it reboots itself, reading the
        card's boot partition afresh as a Pi's firmware does. Returns `other`'s exit code and the reboots seen."""
        reboots = 0
        deadline = time.monotonic() + timeout
        while other.poll() is None:
            if time.monotonic() > deadline:
                other.kill()
                raise KioskError(f"{' '.join(other.args[:3])}… did not finish within {timeout} s")
            if self.process and self.process.poll() is not None:
                self._forget_process()
                reboots += 1
                self.boot(wait_for_agent=False)
            time.sleep(poll_s)
        return other.returncode, reboots

    def playbook_process(self, ansible_dir, playbook, log_path, extra_vars=(), options=()):
        """Starts deploy/ansible's `playbook` against this kiosk over SSH, as a technician runs it against a Pi;
        its output goes to `log_path`. The caller follows it with keep_powered (the kiosk may reboot)."""
        inventory = os.path.join(self.workdir, "inventory.yml")
        with open(inventory, "w") as f:
            json.dump({"kiosks": {"hosts": {"kiosk-vm": {
                "ansible_host": "127.0.0.1", "ansible_port": self.ssh_port, "ansible_user": "root",
                "ansible_ssh_private_key_file": self.ssh_key, "ansible_python_interpreter": "/usr/bin/python3",
                "ansible_ssh_common_args": " ".join(SSH_OPTIONS + ["-o", "ServerAliveInterval=5",
                                                                   "-o", "ServerAliveCountMax=6"])}}}}, f)
        command = ["ansible-playbook", "-i", inventory, os.path.join(ansible_dir, playbook), *options]
        for name, value in extra_vars:
            command += ["-e", f"{name}={value}"]
        env = dict(os.environ, ANSIBLE_CONFIG=os.path.join(ansible_dir, "ansible.cfg"), ANSIBLE_NOCOLOR="1",
                   ANSIBLE_HOME=os.path.join(self.workdir, "ansible-home"))
        with open(log_path, "ab") as log:
            log.write(("\n$ " + " ".join(command) + "\n").encode())
            log.flush()
            return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                    env=env, cwd=ansible_dir)

    def playbook(self, ansible_dir, playbook, log_path, extra_vars=(), options=(), timeout=3600):
        """Runs `playbook` against this kiosk to its end, booting the kiosk again whenever the play reboots it.
        Returns (exit code, reboots)."""
        process = self.playbook_process(ansible_dir, playbook, log_path, extra_vars, options)
        try:
            return self.keep_powered(process, timeout)
        finally:
            if process.poll() is None:
                process.kill()

    def copy_in(self, local, remote):
        """A file onto the kiosk over SSH (scp), as a technician copies one to a Pi."""
        subprocess.run(["scp", "-q", "-i", self.ssh_key, "-P", str(self.ssh_port), *SSH_OPTIONS, local,
                        f"root@127.0.0.1:{remote}"], check=True)

    def reboot(self, timeout=300):
        """`systemctl reboot` inside, then the next boot (reading the boot partition afresh)."""
        self.run("systemctl --no-block reboot")
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            raise KioskError(f"the kiosk did not reboot within {timeout} s")
        self._forget_process()
        self.boot()

    def _forget_process(self):
        for channel in (self.qmp, self.agent):
            if channel:
                channel.close()
        self.process = self.qmp = self.agent = None

    # -- the visitor's side ------------------------------------------------------------------------------------
    def screen_png(self, path):
        self.qmp.command("screendump", filename=os.path.abspath(path), format="png")
        return path

    def tap(self, x, y, hold=0.15):
        """A touch at pixel (x, y) of the screen (the tablet's absolute axes run 0..32767)."""
        width, height = self.screen
        ax, ay = round(x * 32767 / (width - 1)), round(y * 32767 / (height - 1))
        self.qmp.command("input-send-event", events=[
            {"type": "abs", "data": {"axis": "x", "value": ax}},
            {"type": "abs", "data": {"axis": "y", "value": ay}}])
        self.qmp.command("input-send-event", events=[{"type": "btn", "data": {"down": True, "button": "left"}}])
        time.sleep(hold)
        self.qmp.command("input-send-event", events=[{"type": "btn", "data": {"down": False, "button": "left"}}])

    def keys(self, *names, hold_ms=200):
        """Keys pressed together on the USB keyboard, by QEMU's names (ctrl, alt, delete, f1, esc, sysrq, c …)."""
        self.qmp.command("send-key", keys=[{"type": "qcode", "data": n} for n in names], **{"hold-time": hold_ms})

    # -- the technician's side (test only: the guest agent) ----------------------------------------------------
    def run(self, command, timeout=120, check=True):
        """Runs `command` with /bin/sh as root inside the kiosk; returns (exit code, output)."""
        self._check_alive()
        self._agent_ready(30)
        started = self._agent_call("guest-exec", path="/bin/sh", arg=["-c", command], **{"capture-output": True})
        deadline = time.monotonic() + timeout
        while True:
            status = self._agent_call("guest-exec-status", pid=started["pid"])
            if status.get("exited"):
                break
            if time.monotonic() > deadline:
                raise KioskError(f"`{command}` did not finish within {timeout} s")
            time.sleep(0.2)
        output = base64.b64decode(status.get("out-data", "")).decode(errors="replace")
        output += base64.b64decode(status.get("err-data", "")).decode(errors="replace")
        code = status.get("exitcode", -1)
        if check and code != 0:
            raise KioskError(f"`{command}` exited {code}: {output.strip()}")
        return code, output

    # The agent's socket can drop or go stale under us: in CI the connection was reset right after `dpkg -i` on the
    # running kiosk, and a restarted agent forgets what it ran (seen by restarting it by hand). A dropped
    # conversation is opened again; what the agent was running keeps running.
    def _reconnect_agent(self):
        self.agent.close()
        self.agent = GuestAgent(self.agent_path)

    def _agent_ready(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_alive()
            try:
                if self.agent.sync(max(1.0, deadline - time.monotonic())):
                    return
            except (OSError, KioskError):
                time.sleep(0.5)
                self._reconnect_agent()
        raise KioskError("the guest agent does not answer")

    def _agent_call(self, name, **arguments):
        try:
            return self.agent.call(name, 30, **arguments)
        except (ConnectionError, ChannelClosed):
            self._reconnect_agent()
            self._agent_ready(30)
            return self.agent.call(name, 30, **arguments)

    def wait_until(self, command, timeout, every=1.0):
        """Runs `command` until it exits 0; returns the seconds it took, raises with its last output if never."""
        started = time.monotonic()
        output = ""
        while time.monotonic() - started < timeout:
            code, output = self.run(command, check=False)
            if code == 0:
                return time.monotonic() - started
            time.sleep(every)
        raise KioskError(f"`{command}` still failing after {timeout} s: {output.strip()}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="verb", required=True)
    boot = sub.add_parser("boot", help="boot the disk, save the screen every few seconds, then power off")
    boot.add_argument("disk")
    boot.add_argument("--seconds", type=int, default=180)
    boot.add_argument("--screen", default="%dx%d" % SCREEN)
    boot.add_argument("--arch", choices=["amd64", "arm64"])
    boot.add_argument("--verbose", action="store_true", help="the boot's messages on the serial log")
    args = parser.parse_args()
    width, height = (int(v) for v in args.screen.split("x"))
    out = os.path.join(os.path.dirname(os.path.abspath(args.disk)), "boot-" + time.strftime("%Y%m%d-%H%M%S"))
    kiosk = Kiosk(args.disk, workdir=out, screen=(width, height), arch=args.arch, verbose=args.verbose)
    print(f"kiosk: booting {args.disk}; console log {kiosk.console_log}", flush=True)
    try:
        kiosk.boot(wait_for_agent=False)
        while time.monotonic() - kiosk.started < args.seconds:
            time.sleep(5)
            kiosk._check_alive()
            shot = os.path.join(out, "screen-%03d.png" % (time.monotonic() - kiosk.started))
            kiosk.screen_png(shot)
            print(f"kiosk: {shot}", flush=True)
    finally:
        kiosk.shutdown()


if __name__ == "__main__":
    main()
