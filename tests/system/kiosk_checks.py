#!/usr/bin/env python3
"""What a booted kiosk must show (issue 19), each check a CTest test with the label `system`:

    kiosk_checks.py --disk build/vm/kiosk.img --golden tests/system/golden --out build/system CHECK

The disk is made by deploy/vm/build-image.sh from the exhibit's own .deb; each check boots its own copy-on-write
layer over it under QEMU (deploy/vm/kiosk.py), so checks never see each other's changes. A check that cannot run
(no QEMU, no disk) fails and says why; it never passes silently. On failure it prints the paths of the screen
pictures it took and of the serial console's log. UPDATE_GOLDENS=1 rewrites the golden pictures.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import time

SOURCE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.join(SOURCE, "deploy", "vm"))
import kiosk as vm  # noqa: E402

# Under software emulation (no /dev/kvm here) a boot to the exhibit's first frame takes about a minute; these
# bounds leave room for a busy machine. They are what the test enforces, stated in deploy/README.md.
BOOT_TO_EXHIBIT_S = 480
RESTART_AFTER_KILL_S = 90
RESTART_AFTER_HANG_S = 120


class Check:
    def __init__(self, args, name):
        self.args = args
        self.name = name
        self.out = os.path.join(args.out, name)
        shutil.rmtree(self.out, ignore_errors=True)
        os.makedirs(self.out)
        self.kiosk = vm.Kiosk(args.disk, workdir=self.out)
        self.pictures = []
        self.step = 0

    def say(self, text):
        print(f"[{self.name} {time.strftime('%H:%M:%S')}] {text}", flush=True)

    def screen(self, label):
        self.step += 1
        path = os.path.join(self.out, f"screen-{self.step:02d}-{label}.png")
        self.kiosk.screen_png(path)
        self.pictures.append(path)
        return path

    def expect(self, condition, message):
        if not condition:
            raise vm.KioskError(message)

    # -- shared steps ------------------------------------------------------------------------------------------
    def boot_to_exhibit(self):
        """Power on, then wait for the unit to be active with READY sent (Type=notify: active means READY)."""
        self.kiosk.boot(timeout=BOOT_TO_EXHIBIT_S)
        self.kiosk.wait_until("systemctl is-active --quiet exhibit.service", BOOT_TO_EXHIBIT_S)
        seconds = time.monotonic() - self.kiosk.started
        self.say(f"power on to the exhibit's first frame (unit active, READY): {seconds:.0f} s")
        self.expect(seconds <= BOOT_TO_EXHIBIT_S, f"the exhibit took {seconds:.0f} s, more than {BOOT_TO_EXHIBIT_S} s")
        return seconds

    def unit(self, *properties):
        _, text = self.kiosk.run("systemctl show exhibit.service -p " + ",".join(properties))
        return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)

    def settled_screen(self, label, seconds=4):
        """A picture once the screen has stopped changing much: two pictures `seconds` apart alike."""
        previous = self.screen(label)
        for _ in range(15):
            time.sleep(seconds)
            current = self.screen(label)
            same, _ = vm.compare_png(current, previous, max_fraction=0.02)
            if same:
                return current
            previous = current
        return previous

    def match_golden(self, picture, golden_name, max_fraction, ignore_rows=None):
        golden = os.path.join(self.args.golden, golden_name)
        if os.environ.get("UPDATE_GOLDENS") == "1":
            shutil.copyfile(picture, golden)
            self.say(f"wrote {golden}")
            return
        self.expect(os.path.exists(golden), f"no golden picture {golden} (UPDATE_GOLDENS=1 makes it)")
        diff = os.path.join(self.out, "diff-" + golden_name)
        same, fraction = vm.compare_png(picture, golden, max_fraction=max_fraction, diff_path=diff,
                                        ignore_rows=ignore_rows)
        self.say(f"{os.path.basename(picture)} against {golden_name}: {fraction:.2%} of pixels differ")
        self.expect(same, f"the screen differs from {golden} in {fraction:.2%} of its pixels (at most "
                          f"{max_fraction:.1%}): {picture}, difference {diff}")

    def expect_exhibit_on_screen(self, label):
        picture = self.screen(label)
        brightness = vm.mean_brightness(picture)
        self.expect(brightness > 20, f"the screen is dark (mean brightness {brightness:.0f}): {picture}")
        return picture


# ---------------------------------------------------------------------------------------------------------------
def check_boot(c):
    """Power on: the attract screen through KMSDRM under the systemd unit, the unit active and READY, the root the
    read-only overlay and the data partition mounted read-write before the exhibit started; then a visitor's tap on
    a language reaches the telegram."""
    c.boot_to_exhibit()
    props = c.unit("ActiveState", "StatusText", "NRestarts", "User", "ExecMainStartTimestampMonotonic")
    c.say(f"unit: {props}")
    c.expect(props.get("StatusText") == "Showing the exhibit", f"the exhibit did not say READY: {props}")
    _, log = c.kiosk.run("journalctl -b -u exhibit.service -o cat")
    c.expect("video kmsdrm" in log.lower() or "video KMSDRM" in log, f"not drawn through KMSDRM:\n{log}")
    _, root = c.kiosk.run("findmnt -n -o FSTYPE,OPTIONS /")
    c.expect(root.startswith("overlay"), f"/ is not the read-only overlay: {root}")
    _, data = c.kiosk.run("findmnt -n -o FSTYPE,OPTIONS /var/lib/exhibit")
    c.expect(data.startswith("ext4") and "rw," in data, f"the data partition is not mounted read-write: {data!r}")
    # The data partition must be there before the exhibit starts, or its statistics go to the RAM overlay.
    _, mounted = c.kiosk.run("systemctl show -p ActiveEnterTimestampMonotonic --value var-lib-exhibit.mount")
    c.expect(0 < int(mounted) <= int(props["ExecMainStartTimestampMonotonic"]),
             f"the exhibit started ({props['ExecMainStartTimestampMonotonic']} µs) before the data partition "
             f"was mounted ({mounted.strip()} µs)")
    _, after = c.kiosk.run("systemctl show -p After --value exhibit.service")
    c.expect("var-lib-exhibit.mount" in after.split(), f"exhibit.service is not ordered after the data mount: {after}")
    # The line under the title changes by itself every few seconds (one teaser at a time, in three languages).
    c.match_golden(c.settled_screen("attract"), "attract_800x480.png", max_fraction=0.01, ignore_rows=(200, 310))
    # A visitor's touch on a language reaches the telegram (QEMU's USB tablet: SDL sees a pointer, as it sees a
    # touch panel's single touches).
    before = c.settled_screen("attract")
    c.kiosk.tap(*c.args.english_button)
    time.sleep(3)
    c.kiosk.tap(400, 200)  # a tap on the page completes the typing
    after = c.settled_screen("telegram")
    same, fraction = vm.compare_png(after, before, max_fraction=0.3)
    c.expect(not same, f"the screen hardly changed after the tap ({fraction:.0%}): {before} {after}")
    c.match_golden(after, "telegram_800x480.png", max_fraction=0.04)


def check_kill(c):
    """kill -9 → systemd restarts the exhibit; a hang (SIGSTOP) → the watchdog restarts it."""
    c.boot_to_exhibit()
    for how, signal, bound in (("kill -9", "KILL", RESTART_AFTER_KILL_S), ("hang", "STOP", RESTART_AFTER_HANG_S)):
        props = c.unit("MainPID", "NRestarts")
        c.kiosk.run(f"kill -{signal} {props['MainPID']}")
        started = time.monotonic()
        c.kiosk.wait_until(f"test \"$(systemctl show -p NRestarts --value exhibit)\" -gt {props['NRestarts']} && "
                           "systemctl is-active --quiet exhibit", bound)
        c.say(f"{how}: the exhibit was back, READY, {time.monotonic() - started:.0f} s later")
        c.expect_exhibit_on_screen("after-" + signal.lower())
    _, log = c.kiosk.run("journalctl -b -u exhibit.service -o cat")
    c.expect("Watchdog timeout" in log, f"the hang was not ended by the watchdog:\n{log[-2000:]}")


def check_keyboard(c):
    """A visitor's USB keyboard reaches nothing: not while the exhibit runs, not while it restarts."""
    c.boot_to_exhibit()
    before = c.settled_screen("before")
    restarts = c.unit("NRestarts")["NRestarts"]
    combos = [("ctrl", "alt", "f%d" % n) for n in range(1, 13)] + [
        ("ctrl", "alt", "delete"), ("alt", "sysrq", "b"), ("alt", "sysrq", "e"), ("ctrl", "c"), ("esc",),
        ("alt", "f4"), ("alt", "left"), ("alt", "right"), ("ctrl", "alt", "backspace")]

    def attack():
        for combo in combos:
            c.kiosk.keys(*combo)
            time.sleep(0.3)

    def expect_locked(label):
        _, vt = c.kiosk.run("cat /sys/class/tty/tty0/active")
        # Login prompts on the display's consoles (tty1..tty63); the serial port's (ttyS0: inside the case, the
        # technician's) is allowed.
        _, gettys = c.kiosk.run("systemctl list-units --no-legend --state=active 'getty@*' 'autovt@*' "
                                "'getty-static*'; ps -C agetty,login -o tty=,args= | grep -E '^tty[0-9]' || true")
        c.say(f"{label}: active console {vt.strip()}, login services/processes: {gettys.strip() or 'none'}")
        c.expect(vt.strip() == "tty1", f"{label}: the keyboard switched the display to {vt.strip()}")
        c.expect(not gettys.strip(), f"{label}: a login prompt is reachable:\n{gettys}")

    attack()
    time.sleep(3)
    expect_locked("while the exhibit runs")
    c.expect(c.unit("NRestarts")["NRestarts"] == restarts, "the keys restarted the exhibit")
    c.kiosk.run("systemctl is-active --quiet exhibit.service")
    same, fraction = vm.compare_png(c.screen("after-keys"), before, max_fraction=0.3)
    c.expect(same, f"after the keys the screen is not the exhibit's ({fraction:.0%} differs)")

    # The gaps between two runs of the exhibit, keys at once: a crash (kill -9), and the restart the touch-screen
    # udev rule asks for when a touch device is plugged in (a clean stop, after which SDL restores the keyboard
    # mode it found).
    for how, command in (("a crash", "kill -KILL $(systemctl show -p MainPID --value exhibit)"),
                         ("a touch screen plugged in", "systemctl --no-block try-restart exhibit.service")):
        c.kiosk.run(command)
        attack()
        c.kiosk.wait_until("systemctl is-active --quiet exhibit", RESTART_AFTER_KILL_S)
        time.sleep(3)
        expect_locked(f"during and after the restart after {how}")
        c.expect_exhibit_on_screen("after-restart-keys")
    _, state = c.kiosk.run("systemctl is-system-running || true")
    c.expect("stopping" not in state, f"the system is shutting down: {state}")


def check_power_cut(c):
    """Power cut while visitors' statistics are written → at the next boot the statistics open cleanly, the
    journal of the boot before is there to read, the clock has not gone back, / is the overlay again and the data
    partition was mounted before the exhibit started."""
    c.boot_to_exhibit()
    c.kiosk.tap(*c.args.english_button)
    for i in range(8):  # taps on the page and the bar: each a statistics event
        c.kiosk.tap(100 + 70 * i, 150 + 30 * (i % 5), hold=0.05)
    _, clock_before = c.kiosk.run("date +%s")
    c.kiosk.run("sync")
    c.kiosk.tap(400, 300, hold=0.05)
    c.kiosk.power_cut()
    c.say("power cut")
    c.boot_to_exhibit()
    _, boots = c.kiosk.run("journalctl --list-boots --no-pager")
    c.say(f"boots in the journal:\n{boots.strip()}")
    c.expect(len(boots.strip().splitlines()) >= 2, f"the journal of the boot before the power cut is gone:\n{boots}")
    code, previous = c.kiosk.run("journalctl -b -1 -u exhibit.service -o cat --no-pager", check=False)
    c.expect(code == 0 and "showing" in previous, f"the exhibit's log of the boot before is not readable:\n{previous}")
    _, clock_after = c.kiosk.run("date +%s")
    c.expect(int(clock_after) >= int(clock_before), f"the clock went back: {clock_before} → {clock_after}")
    code, stats = c.kiosk.run("runuser -u exhibit -- exhibit --data-dir /var/lib/exhibit/data "
                              "--export-stats /tmp/stats.csv && wc -l < /tmp/stats.csv", check=False)
    c.say(f"statistics after the power cut: exit {code}, {stats.strip()}")
    c.expect(code == 0, f"the statistics do not open after the power cut:\n{stats}")
    _, root = c.kiosk.run("findmnt -n -o FSTYPE /")
    c.expect(root.strip() == "overlay", f"/ is not the overlay after the power cut: {root}")


def check_crash_loop(c):
    """A release that checks clean but crashes the exhibit: after three quick crashes in a row the kiosk shows the
    previous release by itself, and the screen is never left dark."""
    c.boot_to_exhibit()
    c.kiosk.run("set -e; mkdir -p /var/lib/exhibit/content/releases; cd /var/lib/exhibit/content; for r in r1 r2; do cp -a /usr/share/exhibit/assets releases/$r; done; "
                "ln -sfn releases/r1 previous; ln -sfn releases/r2 current; "
                "systemctl --no-block restart exhibit", timeout=300)  # the start is waited for below
    c.kiosk.wait_until("journalctl -b -u exhibit -o cat | grep -q 'showing /var/lib/exhibit/content/releases/r2' && "
                       "systemctl is-active --quiet exhibit", RESTART_AFTER_KILL_S * 3)
    c.say("showing release r2; now it crashes as soon as it has started, three times")
    for crash in range(3):
        c.kiosk.wait_until("systemctl is-active --quiet exhibit", RESTART_AFTER_KILL_S * 3)
        pid = c.unit("MainPID")["MainPID"]
        c.kiosk.run(f"kill -SEGV {pid}")
        c.kiosk.wait_until(f"test \"$(systemctl show -p MainPID --value exhibit)\" != {pid}", 60)
    c.kiosk.wait_until("journalctl -b -u exhibit -o cat | grep -q 'showing /var/lib/exhibit/content/releases/r1' && "
                       "systemctl is-active --quiet exhibit", RESTART_AFTER_KILL_S * 3)
    _, log = c.kiosk.run("journalctl -b -u exhibit -o cat | grep exhibit-kiosk")
    c.say("the kiosk's own account:\n" + log.strip())
    c.expect("not showing /var/lib/exhibit/content/releases/r2" in log, f"the crash loop was not named:\n{log}")
    c.expect_exhibit_on_screen("previous-release")


def newer_package(deb, out):
    """The same package under a higher version, as the next build makes it (a rebuild is always newer:
    deploy/package-version.cmake). Returns (path, version)."""
    tree = os.path.join(out, "newer-deb")
    shutil.rmtree(tree, ignore_errors=True)
    subprocess.run(["dpkg-deb", "-R", deb, tree], check=True)
    control = os.path.join(tree, "DEBIAN", "control")
    with open(control) as f:
        lines = f.read().splitlines()
    version = next(line.split(": ", 1)[1] for line in lines if line.startswith("Version: ")) + ".1"
    with open(control, "w") as f:
        f.write("\n".join(f"Version: {version}" if line.startswith("Version: ") else line for line in lines) + "\n")
    path = os.path.join(out, f"exhibit_{version}_{subprocess.check_output(['dpkg', '--print-architecture'], text=True).strip()}.deb")
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-b", tree, path], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(tree)
    return path, version


def played_tasks(log):
    """(task name, "ok"/"changed"/…) for each task result in an ansible-playbook log, in order. The tasks of an
    included file are named after the task that included them ("Lockdown | … > Kernel command line | …")."""
    task, including, results = None, "", []
    with open(log) as f:
        for line in f:
            if line.startswith("TASK ["):
                task = line[6:line.index("]")].split(" : ", 1)[-1]
                if task.startswith("Kernel command line |"):
                    task = f"{including} > {task}"
                else:
                    including = task
            elif task and line.split(":", 1)[0] in ("ok", "changed", "failed", "fatal", "skipping"):
                results.append((task, line.split(":", 1)[0]))
    return results


def check_rollout(c):
    """deploy/ansible's site.yml against the booted kiosk over SSH, as a technician runs it against a Pi:
    a kiosk with a writable root gets a newer package and a content release, and ends read-only (checked after the
    play's own reboot); the older package back (program rollback: the overlay opened, the downgrade, closed again);
    then a power cut in the middle of the next content roll-out leaves one complete release on screen, and the same
    roll-out run again completes. Before all that, the package installed by hand on the running kiosk: its postinst
    applies its sysctl settings and re-executes systemd."""
    ansible = os.path.join(SOURCE, "deploy", "ansible")
    log = os.path.join(c.out, "ansible.log")
    old_deb = c.args.deb
    new_deb, new_version = newer_package(old_deb, c.out)
    old_version = os.path.basename(old_deb).split("_")[1]
    assets = os.path.join(SOURCE, "assets")
    fast = [("exhibit_verify_settle_s", "30"), ("exhibit_report_dir", os.path.join(c.out, "reports"))]

    def play(label, extra, options=()):
        started = time.monotonic()
        code, reboots = c.kiosk.playbook(ansible, "site.yml", log, extra_vars=list(extra) + fast, options=options)
        c.say(f"{label}: exit {code}, {reboots} reboot(s), {time.monotonic() - started:.0f} s (log {log})")
        c.expect(code == 0, f"{label}: site.yml failed; see {log}")
        return reboots

    def state():
        _, text = c.kiosk.run("dpkg-query -W -f='${Version}\n' exhibit; findmnt -n -o FSTYPE /; "
                              "journalctl -b -u exhibit -o cat | grep 'exhibit-kiosk: showing' | tail -n 1")
        version, root, showing = (text.splitlines() + ["", "", ""])[:3]
        c.say(f"installed {version}, / {root}, {showing}")
        return version, root, showing

    c.boot_to_exhibit()
    # The package's maintainer scripts on a running kiosk (as a technician installs by hand): its sysctl settings
    # live at once (systemd-sysctl named by its path: it is not on Debian 12's PATH) and the manager re-executed for
    # its system.conf.d, and the exhibit restarted onto the new program.
    c.kiosk.run("sysctl -q -w kernel.sysrq=1")
    _, reexecs = c.kiosk.run("journalctl -b _PID=1 -o cat | grep -c Reexecuting || true")
    c.kiosk.copy_in(old_deb, "/tmp/exhibit.deb")
    c.kiosk.run("dpkg -i /tmp/exhibit.deb && rm /tmp/exhibit.deb", timeout=600)
    _, after = c.kiosk.run("sysctl -n kernel.sysrq; journalctl -b _PID=1 -o cat | grep -c Reexecuting || true")
    sysrq, reexecs_after = after.split()
    c.say(f"dpkg -i on the running kiosk: kernel.sysrq {sysrq}, manager re-executed {reexecs.strip()} → "
          f"{reexecs_after} times")
    c.expect(sysrq == "0", f"the package's sysctl settings were not applied by its postinst: kernel.sysrq={sysrq}")
    c.expect(int(reexecs_after) > int(reexecs), "the package's postinst did not re-execute systemd")
    c.kiosk.wait_until("systemctl is-active --quiet exhibit.service", BOOT_TO_EXHIBIT_S)

    # A kiosk set up without INSTALL-PI.md step 6 (or left open by hand): the root writable.
    c.kiosk.run("mount -o remount,rw /boot/firmware && sed -i 's/ *overlayroot=[^ ]*//' /boot/firmware/cmdline.txt"
                " && sync")
    c.kiosk.reboot()
    c.kiosk.wait_until("systemctl is-active --quiet exhibit.service", BOOT_TO_EXHIBIT_S)
    _, root = c.kiosk.run("findmnt -n -o FSTYPE /")
    c.expect(root.strip() == "ext4", f"the root should be writable before the play: {root}")

    reboots = play("newer package + release c1 on a writable root",
                   [("exhibit_deb", new_deb), ("exhibit_content_src", assets), ("exhibit_content_version", "c1")])
    version, root, showing = state()
    c.expect(version == new_version, f"the newer package is not installed: {version}")
    c.expect(root == "overlay" and reboots >= 1, f"the play did not end with the read-only root: {root}")
    c.expect(showing.startswith("exhibit-kiosk: showing /var/lib/exhibit/content/releases/c1 "),
             f"the exhibit does not show release c1: {showing}")
    c.match_golden(c.settled_screen("after-upgrade"), "attract_800x480.png", max_fraction=0.01,
                   ignore_rows=(200, 310))
    reports = glob.glob(os.path.join(c.out, "reports", "fleet-status*"))
    c.expect(reports, "site.yml wrote no fleet report")
    # The image was locked down by kiosk-settings.sh, not by the role: the role found nothing to change, so the two
    # describe the same kiosk.
    changed = [task for task, result in played_tasks(log) if task.startswith("Lockdown |") and result == "changed"]
    c.expect(not changed, f"the role's lockdown changed what build-image.sh set up: {changed}")

    reboots = play("the program rolled back (the older package)", [("exhibit_deb", old_deb)],
                   options=["--skip-tags", "status"])
    version, root, showing = state()
    c.expect(version == old_version, f"the older package is not installed: {version}")
    c.expect(root == "overlay" and reboots == 2, f"expected the root opened and closed (2 reboots, got {reboots}), "
                                                 f"ending read-only: {root}")
    c.expect("/releases/c1 " in showing, f"the rollback of the program changed the content: {showing}")
    c.expect_exhibit_on_screen("after-rollback")

    # A power cut while release c2 is copied in.
    roll = [("exhibit_content_src", assets), ("exhibit_content_version", "c2")]
    process = c.kiosk.playbook_process(ansible, "site.yml", log, extra_vars=roll + fast,
                                       options=["--tags", "content"])
    phase = None
    deadline = time.monotonic() + 900
    while phase is None and process.poll() is None and time.monotonic() < deadline:
        _, found = c.kiosk.run("cd /var/lib/exhibit/content/releases && "
                               "{ find c2.partial -type f 2>/dev/null | head -n 1; test -d c2 && echo c2; true; }",
                               check=False)
        if found.strip():
            phase = "renamed" if "c2" == found.strip().splitlines()[-1] else "copying"
    c.kiosk.power_cut()
    process.kill()
    c.say(f"power cut while release c2 was being rolled out ({phase or 'play over before a file was seen'})")
    c.boot_to_exhibit()
    _, releases = c.kiosk.run("ls /var/lib/exhibit/content/releases; readlink /var/lib/exhibit/content/current")
    version, root, showing = state()
    c.say(f"after the power cut: releases {releases.split()}, showing {showing}")
    shown = showing.split("/releases/")[-1].split(" ")[0] if "/releases/" in showing else ""
    c.expect(shown in ("c1", "c2"), f"after the power cut the exhibit shows no rolled-out release: {showing}")
    # The whole check (fonts, every layout) takes minutes under software emulation on a busy machine.
    c.kiosk.run(f"runuser -u exhibit -- exhibit --check /var/lib/exhibit/content/releases/{shown}", timeout=600)
    c.expect(root == "overlay", f"/ is not the overlay after the power cut: {root}")
    c.expect_exhibit_on_screen("after-cut")
    play("the same roll-out again", roll, options=["--tags", "content"])
    _, _, showing = state()
    c.expect("/releases/c2 " in showing, f"the roll-out run again did not show c2: {showing}")
    _, left = c.kiosk.run("ls -a /var/lib/exhibit/content/releases")
    c.expect(".partial" not in left, f"a half-copied release was left behind: {left.split()}")


CHECKS = {"boot": check_boot, "kill": check_kill, "keyboard": check_keyboard, "power_cut": check_power_cut,
          "crash_loop": check_crash_loop, "rollout": check_rollout}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--disk", required=True)
    parser.add_argument("--golden", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--deb", help="the package the disk was made from (a file, or the folder holding it): "
                                      "the rollout check installs a newer one, then this one again")
    parser.add_argument("check", choices=sorted(CHECKS))
    args = parser.parse_args()
    args.english_button = (400, 330)
    for tool in ("qemu-system-x86_64", "qemu-img", "mcopy"):
        if not shutil.which(tool):
            print(f"FAIL: {tool} is not installed (deploy/install-deps.sh --test installs it)")
            return 1
    if args.deb and os.path.isdir(args.deb):
        args.deb = (glob.glob(os.path.join(args.deb, "exhibit_*.deb")) or [args.deb])[0]
    if args.check == "rollout":
        for tool in ("ansible-playbook", "ssh", "scp", "dpkg-deb"):
            if not shutil.which(tool):
                print(f"FAIL: {tool} is not installed (deploy/install-deps.sh --test installs it)")
                return 1
        if not args.deb or not os.path.isfile(args.deb):
            print(f"FAIL: the rollout check needs --deb with the disk's package (got {args.deb})")
            return 1
    if not os.path.exists(args.disk):
        print(f"FAIL: no kiosk disk at {args.disk} (the system_image test makes it from the .deb)")
        return 1
    c = Check(args, args.check)
    started = time.monotonic()
    try:
        CHECKS[args.check](c)
        c.say(f"passed in {time.monotonic() - started:.0f} s")
        return 0
    except Exception as error:  # noqa: BLE001 — every failure is reported with where to look
        print(f"FAIL: {error}")
        print(f"  screen pictures: {' '.join(c.pictures) or 'none'}")
        print(f"  console log: {c.kiosk.console_log}; QEMU's: {os.path.join(c.out, 'qemu.log')}")
        try:
            _, journal = c.kiosk.run("journalctl -b -u exhibit.service -o short-monotonic --no-pager | tail -40")
            print("  the exhibit's journal:\n" + journal)
        except Exception:  # noqa: BLE001
            pass
        return 1
    finally:
        c.kiosk.shutdown() if c.kiosk.process else None
        c.say(f"done after {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    sys.exit(main())
