#!/usr/bin/env python3
"""Runs `exhibit --bench` and `top` side by side and says whether they agree.

The bench measures its own CPU (getrusage-like, over each cost window) and memory (/proc/self). That is only proof
if an outside tool, watching the same process over the same seconds, sees the same: this script runs top in batch
mode (one sample a second) on the bench's process, takes the bench's own window times from its stderr
("exhibit: bench: ambient from T s" ... "until T s", CLOCK_MONOTONIC), and compares per window:
CPU % (top's samples inside the window, averaged) and resident memory (top's RES at the window's end against the
bench's VmRSS there). Exit status 1 when any figure differs by more than --tolerance (default 20 %).

    tests/perf/bench_vs_top.py [--exhibit build/platform/exhibit] [--tolerance 0.2] -- --size 1920x1080
Needs a display for the window (DISPLAY, e.g. Xvfb) or SDL_VIDEODRIVER=offscreen.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time

MARK = re.compile(r"exhibit: bench: (\w+) (from|until) ([0-9.]+) s")


def top_samples(pid, out, stop):
    """top -b every second: (monotonic time, %CPU, RES KiB) for `pid` until `stop` is set. The time is top's own
    (its header's clock, turned monotonic): top's output reaches a pipe in bursts, so the time of reading is not
    the time of sampling."""
    top = subprocess.Popen(["top", "-b", "-d", "1", "-p", str(pid), "-w", "512"], stdout=subprocess.PIPE, text=True,
                           env=dict(os.environ, LC_ALL="C"))
    wall_to_monotonic = time.monotonic() - time.time()
    header, taken = None, None
    for line in top.stdout:
        if stop.is_set():
            break
        fields = line.split()
        if line.startswith("top - "):
            clock = time.strptime(time.strftime("%Y-%m-%d ") + fields[2], "%Y-%m-%d %H:%M:%S")
            taken = time.mktime(clock) + wall_to_monotonic
        elif fields and fields[0] == "PID":
            header = fields
        elif header and taken and fields and fields[0] == str(pid):
            row = dict(zip(header, fields))
            out.append((taken, float(row["%CPU"]), kib(row["RES"])))
    top.kill()


def kib(text):
    """top's RES: KiB, or with a unit suffix (m, g) when large."""
    scale = {"m": 1024, "g": 1024 ** 2, "t": 1024 ** 3}
    return float(text[:-1]) * scale[text[-1]] if text[-1] in scale else float(text)


def agree(a, b, tolerance):
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exhibit", default="build/platform/exhibit")
    parser.add_argument("--tolerance", type=float, default=0.2)
    parser.add_argument("bench_args", nargs="*")
    args = parser.parse_args()

    # Windows of 30 s unless asked otherwise: top's whole-second clock costs two seconds at each end of a window,
    # and the attract loop's teasers come every few seconds, so a short window compares different moments.
    env = dict(os.environ)
    env.setdefault("EXHIBIT_BENCH_SECONDS", "30")
    bench = subprocess.Popen([args.exhibit, "--bench", *args.bench_args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    samples, stop = [], threading.Event()
    watcher = threading.Thread(target=top_samples, args=(bench.pid, samples, stop), daemon=True)
    watcher.start()
    windows = {}
    for line in bench.stderr:
        found = MARK.search(line)
        if found:
            windows.setdefault(found.group(1), {})[found.group(2)] = float(found.group(3))
    report = json.loads(bench.stdout.read())
    bench.wait()
    stop.set()

    ok = True
    print(f"{'window':10} {'bench CPU %':>12} {'top CPU %':>10} {'bench RSS MiB':>14} {'top RES MiB':>12}  agree")
    for name, window in windows.items():
        # top's %CPU covers the second before each sample, and its clock has whole seconds: keep the samples whose
        # second lies inside the window by a second's margin.
        inside = [s for s in samples if window["from"] + 2 <= s[0] <= window["until"] - 1]
        if not inside:
            print(f"{name:10} top took no sample inside the window")
            ok = False
            continue
        top_cpu = sum(s[1] for s in inside) / len(inside)
        top_res = inside[-1][2] / 1024
        bench_cpu = report["cpu_percent"][name]
        bench_rss = report["memory_kib"]["after_" + name if name != "attract" else "at_end"]["rss"] / 1024
        # Below 1 % of a core top's one-decimal figures are too coarse for a ratio: a tenth of a point is enough.
        cpu_ok = agree(bench_cpu, top_cpu, args.tolerance) or abs(bench_cpu - top_cpu) <= 0.1
        mem_ok = agree(bench_rss, top_res, args.tolerance)
        ok = ok and cpu_ok and mem_ok
        print(f"{name:10} {bench_cpu:12.2f} {top_cpu:10.2f} {bench_rss:14.1f} {top_res:12.1f}  "
              f"{'yes' if cpu_ok and mem_ok else 'NO'} ({len(inside)} samples)")
    return 0 if ok and windows else 1


if __name__ == "__main__":
    sys.exit(main())
