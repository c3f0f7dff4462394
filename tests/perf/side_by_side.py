#!/usr/bin/env python3
"""The exhibit beside a Chromium kiosk page doing the same job (issue 20), measured in one run on one machine.

Runs, one after the other so that they never compete for the CPU:
  * a whole-process headless screenshot: `exhibit --screenshot` against `chromium --headless --screenshot`
    (wall time from exec to exit, median of --runs);
  * a real window on a private Xvfb: the telegram view (CPU while it types, 0.5-15 s; PSS of the whole process
    tree at 10 s; CPU with only the underlines breathing, 20-30 s), then the attract loop (CPU 5-15 s);
  * `exhibit --bench` once, for its frame p99.
CPU is utime+stime from /proc of every process of the program (Chromium's browser, GPU, renderer, zygote and
utility processes) over wall time, in % of one core. The X server's own work is counted for neither.
Then prints the table with the ratio Chromium/exhibit. Python standard library only; see README.md,
"Side by side with a browser kiosk".
"""
import argparse
import datetime
import json
import math
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
HZ = os.sysconf("SC_CLK_TCK")

# Each row: key, label, target, whether smaller is better is implied (all are "at most").
ROWS = [
    ("screenshot_ms", "headless screenshot, whole process (ms)", 100),
    ("screenshot_cpu_ms", "… its CPU time, user+sys of all its processes (ms)", None),
    ("pss_mib", "PSS 10 s after start, telegram (MiB)", 49),
    ("cpu_ambient", "CPU %, telegram breathing, 20-30 s", 2),
    ("cpu_attract", "CPU %, attract loop, 5-15 s", 3),
    ("cpu_attract_late", "… the same, 20-30 s (startup surely over)", None),
    ("cpu_typing", "CPU %, telegram typing, 0.5-15 s", 25),
    ("frame_p99_ms", "frame p99 from exhibit --bench (ms)", 8),
]


# ---------------------------------------------------------------- pure helpers (unit tested) ----

def parse_size(text):
    """'1920x1080' -> (1920, 1080); anything else raises ValueError."""
    m = re.fullmatch(r"(\d+)x(\d+)", text.strip())
    if not m or int(m.group(1)) == 0 or int(m.group(2)) == 0:
        raise ValueError(f"size should be WxH, e.g. 1920x1080: {text!r}")
    return int(m.group(1)), int(m.group(2))


def dig(document, *path):
    """document[path[0]][path[1]]... or None where any step is missing (the bench's JSON is changing)."""
    for key in path:
        if not isinstance(document, dict) or key not in document:
            return None
        document = document[key]
    return document


def bench_json(stdout):
    """The JSON object `exhibit --bench` printed, or None: the text from the first '{' to the last '}'."""
    start, end = stdout.find("{"), stdout.rfind("}")
    if start < 0 or end < start:
        return None
    try:
        return json.loads(stdout[start:end + 1])
    except ValueError:
        return None


def bench_frame_p99(document):
    """(p99 in ms, note): by field name, frame_ms.total.p99 today; a note instead of a crash when it moves."""
    if document is None:
        return None, "exhibit --bench printed no JSON"
    value = dig(document, "frame_ms", "total", "p99")
    if isinstance(value, (int, float)):
        return float(value), ""
    return None, "exhibit --bench JSON has no frame_ms.total.p99 (fields: " + ", ".join(document) + ")"


def ratio(exhibit, chromium):
    """Chromium/exhibit, or None when either is missing or the exhibit's is 0."""
    if exhibit is None or chromium is None or exhibit <= 0:
        return None
    return chromium / exhibit


def fmt(value, digits=1):
    return "—" if value is None else f"{value:.{digits}f}"


def format_table(results, notes=()):
    """The table as text: row, exhibit, chromium, ratio chromium/exhibit, target, met?"""
    header = ("row", "exhibit", "chromium", "chromium/exhibit", "target (exhibit)", "met?")
    lines = [header]
    for key, label, target in ROWS:
        ex, ch = results.get(key, {}).get("exhibit"), results.get(key, {}).get("chromium")
        r = ratio(ex, ch)
        met = "—" if ex is None or target is None else ("yes" if ex <= target else "no")
        lines.append((label, fmt(ex, 2 if key.startswith("cpu") else 1), fmt(ch, 2 if key.startswith("cpu") else 1),
                      "—" if r is None else f"{r:.1f}x", "" if target is None else f"≤ {target}", met))
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    text = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in lines]
    text.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(text + [f"note: {n}" for n in notes])


def equal_earth(lon, lat):
    """The Equal Earth projection (as app/map/geometry/projection.h) of degrees, y pointing down, unit radius."""
    a1, a2, a3, a4, m = 1.340264, -0.081106, 0.000893, 0.003796, math.sqrt(3) / 2
    theta = math.asin(m * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * math.radians(lon) * math.cos(theta) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1))
    y = theta * (a4 * t6 * t2 + a3 * t6 + a2 * t2 + a1)
    return x, -y


MAP_SCALE = 100  # projected unit -> SVG user units: the world is about 541 x 263


def svg_point(lon, lat):
    x, y = equal_earth(lon, lat)
    return round(x * MAP_SCALE, 1), round(y * MAP_SCALE, 1)


def svg_path(multipolygon):
    """GeoJSON MultiPolygon coordinates -> one SVG path (every ring closed; holes by the even-odd... nonzero
    winding GeoJSON already gives them)."""
    parts = []
    for polygon in multipolygon:
        for ring in polygon:
            points = [svg_point(lon, lat) for lon, lat in ring[:-1]]
            parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in points) + "Z")
    return "".join(parts)


def body_paragraphs(body, annotations):
    """The telegram's body as paragraphs of runs for the page: {'t': text, 'a': annotation index or -1} and
    {'sup': number} for a footnote marker [^N]; '[Page N]' lines marked as page breaks. Anchors are found in the
    text without markers, in order, the nth occurrence when the annotation says so (1-based)."""
    paragraphs = []
    for raw in [p.strip() for p in body.split("\n\n") if p.strip()]:
        plain, sups = "", []
        for piece in re.split(r"(\[\^\d+\])", raw):
            m = re.fullmatch(r"\[\^(\d+)\]", piece)
            if m:
                sups.append((len(plain), m.group(1)))
            else:
                plain += piece
        paragraphs.append({"plain": plain, "sups": sups, "spans": []})
    for index, note in enumerate(annotations):
        phrase, wanted = note["anchor"]["phrase"], note["anchor"].get("occurrence", 1)
        seen = 0
        for para in paragraphs:
            at = para["plain"].find(phrase)
            while at >= 0:
                seen += 1
                if seen == wanted:
                    para["spans"].append((at, at + len(phrase), index))
                    break
                at = para["plain"].find(phrase, at + 1)
            if seen >= wanted:
                break
    out = []
    for para in paragraphs:
        plain = para["plain"]
        cuts = sorted({0, len(plain)} | {s for s, _, _ in para["spans"]} | {e for _, e, _ in para["spans"]} |
                      {at for at, _ in para["sups"]})
        segs = []
        for begin, end in zip(cuts, cuts[1:] + [None]):
            for at, number in para["sups"]:
                if at == begin and segs:
                    segs.append({"sup": number})
            if end is None or end == begin:
                continue
            owner = next((i for s, e, i in para["spans"] if s <= begin and end <= e), -1)
            segs.append({"t": plain[begin:end], "a": owner})
        out.append({"page": bool(re.fullmatch(r"\[Page \d+\]", plain)), "segs": segs})
    return out


# ---------------------------------------------------------------- the page, from the exhibit's assets ----

def load(assets, name):
    with open(os.path.join(assets, name), encoding="utf-8") as f:
        return json.load(f)


def write_page(assets, out_dir):
    """Copies tests/perf/browser and the fonts into out_dir and writes data.js (file:// pages cannot fetch JSON)."""
    for name in ("index.html", "app.js", "style.css"):
        shutil.copy(os.path.join(HERE, "browser", name), out_dir)
    shutil.copytree(os.path.join(assets, "fonts"), os.path.join(out_dir, "fonts"))
    telegram = load(assets, "telegram/telegram.json")
    with open(os.path.join(assets, telegram["body"]), encoding="utf-8") as f:
        body = f.read()
    annotations = load(assets, "annotations/annotations.json")["annotations"]
    map_json = load(assets, "map/map.json")
    geometry = load(assets, map_json["geometry"])
    places = load(assets, map_json["places"])["places"]
    by_id = {p["id"]: p for p in places}
    paths = {f["properties"]["id"]: svg_path(f["geometry"]["coordinates"]) for f in geometry["features"]}
    for country in map_json["countries"]:
        country["x"], country["y"] = svg_point(country["label_at"]["lon"], country["label_at"]["lat"])
    for place in places:
        place["x"], place["y"] = svg_point(place["lon"], place["lat"])
    def stop_point(stop):  # a place's id or a {lat, lon}
        where = by_id.get(stop) if isinstance(stop, str) else stop
        return "{},{}".format(*svg_point(where["lon"], where["lat"]))
    for story in map_json["stories"]:  # each route as straight legs through its stops (the exhibit draws arcs)
        story["d"] = "".join("M" + "L".join(stop_point(s) for s in r["through"]) for r in story.get("routes", []))
    outline = [svg_point(-180, lat) for lat in range(-90, 91, 5)] + [svg_point(180, lat) for lat in range(90, -91, -5)]
    x0, y0 = svg_point(-180, 0)[0], svg_point(0, 90)[1]
    data = {
        "telegram": telegram, "strings": load(assets, "interface/strings.json"), "attract": load(assets, "attract/attract.json"),
        "annotations": annotations, "paragraphs": body_paragraphs(body, annotations),
        "map": {"viewBox": f"{x0:g} {y0:g} {-2 * x0:g} {-2 * y0:g}", "paths": paths,
                "outline": "M" + "L".join(f"{x:g},{y:g}" for x, y in outline) + "Z",
                "countries": map_json["countries"], "places": places, "stories": map_json["stories"]},
        "mapText": map_json["text"],
        "timeline": {"events": load(assets, "timeline/events.json")["events"], "meta": load(assets, "timeline/timeline.json")},
    }
    with open(os.path.join(out_dir, "data.js"), "w", encoding="utf-8") as f:
        f.write("window.EXHIBIT = " + json.dumps(data, ensure_ascii=False) + ";\n")
    return "file://" + os.path.join(out_dir, "index.html")


# ---------------------------------------------------------------- /proc ----

def process_tree(pid, marker=None):
    """pid, its descendants and (for Chromium, whose crash handler leaves the tree) every process whose command
    line holds `marker`, the run's unique profile folder."""
    found, todo = set(), [pid]
    while todo:
        p = todo.pop()
        if p in found:
            continue
        found.add(p)
        try:
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    if marker:
        found |= marked_processes(marker)
    return found


def marked_processes(marker):
    """Every process whose command line holds `marker`."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    if marker.encode() in f.read():
                        found.add(int(entry))
            except OSError:
                pass
    return found


def wait_for_exit(marker, seconds=10):
    """Until no process holding `marker` (a Chromium run's profile folder) is left, at most `seconds`: Chromium's
    helpers go on exiting for a second or so after its browser process returns, and the next program timed (on two
    cores) would share the machine with them."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and marked_processes(marker):
        time.sleep(0.05)


def proc_sum(pids, name, value_of):
    """value_of(the text of /proc/PID/name), summed over the processes still there."""
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/{name}") as f:
                total += value_of(f.read())
        except (OSError, StopIteration, ValueError):
            pass
    return total


def ticks(pids):
    """utime + stime (all threads) + the times of reaped children, summed."""
    return proc_sum(pids, "stat", lambda text: sum(int(v) for v in text.rsplit(")", 1)[1].split()[11:15]))


def pss_mib(pids):
    rollup_pss = lambda text: next(int(line.split()[1]) for line in text.splitlines() if line.startswith("Pss:"))
    return proc_sum(pids, "smaps_rollup", rollup_pss) / 1024


def wait_until(t0, seconds):
    while time.monotonic() < t0 + seconds:
        time.sleep(0.02)


def cpu_percent(pid, marker, t0, start, end):
    """% of one core used by the process tree between start and end seconds after t0."""
    wait_until(t0, start)
    c0, w0 = ticks(process_tree(pid, marker)), time.monotonic()
    wait_until(t0, end)
    c1, w1 = ticks(process_tree(pid, marker)), time.monotonic()
    return 100.0 * (c1 - c0) / HZ / (w1 - w0)


# ---------------------------------------------------------------- the two programs ----

class Xvfb:
    """A private X server on the first free display number from 90, gone at the end."""

    def __init__(self, w, h):
        self.display = next(n for n in range(90, 200)
                            if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"))
        self.process = subprocess.Popen(["Xvfb", f":{self.display}", "-screen", "0", f"{w}x{h}x24", "-nolisten", "tcp"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if os.path.exists(f"/tmp/.X11-unix/X{self.display}"):
                break
            time.sleep(0.05)
        self.env = dict(os.environ, DISPLAY=f":{self.display}")

    def close(self):
        self.process.terminate()
        self.process.wait()


def stop(process):
    """Ends a program we started and everything it started (its own process group)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def chromium_flags(profile, gpu):
    flags = ["--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-sync",
             "--disable-component-update", "--disable-default-apps", "--disable-extensions", "--noerrdialogs",
             "--password-store=basic", "--disable-features=Translate,MediaRouter,OptimizationHints",
             "--allow-file-access-from-files",  # the page's fonts are file:// too
             f"--user-data-dir={profile}"]
    if not gpu:
        flags.append("--disable-gpu")
    if os.geteuid() == 0:
        flags.append("--no-sandbox")  # Chromium refuses to start as root otherwise
    return flags


def windowed_run(command, env, view, marker, shot, log):
    """Starts a real window and measures it as the table asks; shot: a PNG of the screen at 16 s (or None);
    log: where its standard error goes (the exhibit names the renderer it got there)."""
    t0 = time.monotonic()
    with open(log, "w") as err:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    out = {}
    try:
        if view == "telegram":
            wait_until(t0, 0.5)
            c0, w0 = ticks(process_tree(process.pid, marker)), time.monotonic()
            wait_until(t0, 10)
            out["pss_mib"] = pss_mib(process_tree(process.pid, marker))
            wait_until(t0, 15)
            out["cpu_typing"] = 100.0 * (ticks(process_tree(process.pid, marker)) - c0) / HZ / (time.monotonic() - w0)
            if shot and shutil.which("import"):
                wait_until(t0, 16)  # between the two measurements: the X server's work is outside both
                subprocess.run(["import", "-window", "root", shot], env=env, stderr=subprocess.DEVNULL)
            out["cpu_ambient"] = cpu_percent(process.pid, marker, t0, 20, 30)
        else:
            out["cpu_attract"] = cpu_percent(process.pid, marker, t0, 5, 15)
            if shot and shutil.which("import"):
                subprocess.run(["import", "-window", "root", shot], env=env, stderr=subprocess.DEVNULL)
            # Chromium may still be starting at 5 s on a loaded machine: the loop alone, later.
            out["cpu_attract_late"] = cpu_percent(process.pid, marker, t0, 20, 30)
        if process.poll() is not None:
            raise RuntimeError(f"{command[0]} exited early with status {process.returncode}")
    finally:
        stop(process)
    return out


def timed(command, env=None):
    """(wall ms, CPU ms) from exec to exit. The CPU time (user+sys of the process and every descendant it waited
    for) says what the work costs even when a shared machine's load stretches the wall time."""
    before, t = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall, after = (time.monotonic() - t) * 1000, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000


def machine():
    model = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            key = line.split(":")[0].strip()
            if key in ("model name", "Model", "Hardware"):
                model = line.split(":", 1)[1].strip()
                break
    try:
        version = subprocess.run(["chromium", "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        version = "chromium not found"
    return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": platform.machine(), "cpu": model, "cores": os.cpu_count(), "chromium": version}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exhibit", default=os.path.join(REPO, "build", "platform", "exhibit"))
    parser.add_argument("--assets", default=os.path.join(REPO, "assets"))
    parser.add_argument("--size", default="1920x1080", type=parse_size)
    parser.add_argument("--runs", default=5, type=int, help="headless screenshots of each, the median is reported")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--shots", help="a folder for PNGs of each window during the run (to see what was measured)")
    parser.add_argument("--no-bench", action="store_true", help="skip exhibit --bench (minutes at 4K on a CPU renderer)")
    parser.add_argument("--chromium-gpu", action="store_true",
                        help="let Chromium use its GPU process (under Xvfb: SwiftShader); default --disable-gpu")
    args = parser.parse_args()
    w, h = args.size
    exhibit = os.path.abspath(args.exhibit)
    info = machine()
    built = datetime.datetime.fromtimestamp(os.path.getmtime(exhibit), datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    commit = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    load_before = os.getloadavg()[0]  # the machine may be shared: timings mean little under load, so say it
    results = {key: {} for key, _, _ in ROWS}
    notes = [f"exhibit {exhibit} built {built}; this script at commit {commit or '?'}",
             f"Chromium {'with its GPU process' if args.chromium_gpu else '--disable-gpu (software compositing)'}"]
    if args.shots:
        os.makedirs(args.shots, exist_ok=True)
    shot = (lambda name: os.path.join(os.path.abspath(args.shots), f"{name}-{w}x{h}.png")) if args.shots else (lambda name: None)

    with tempfile.TemporaryDirectory(prefix="side-by-side-") as tmp:
        os.makedirs(os.path.join(tmp, "page"))
        url = write_page(args.assets, os.path.join(tmp, "page"))
        data_dir = os.path.join(tmp, "exhibit-data")
        os.makedirs(data_dir)

        # 1. Headless screenshots: a settled telegram frame from each, exec to exit.
        times, cpu = {"exhibit": [], "chromium": []}, {"exhibit": [], "chromium": []}
        for i in range(args.runs):
            took = timed([exhibit, "--screenshot", os.path.join(tmp, "e.png"), "--size", f"{w}x{h}",
                          "--assets", args.assets, "--data-dir", data_dir])
            times["exhibit"].append(took[0]), cpu["exhibit"].append(took[1])
            profile = os.path.join(tmp, "headless-profile")
            took = timed(["chromium", "--headless", f"--screenshot={os.path.join(tmp, 'c.png')}",
                          f"--window-size={w},{h}", "--hide-scrollbars"] + chromium_flags(profile, args.chromium_gpu) +
                         [url + "?view=telegram&settled=1"])
            times["chromium"].append(took[0]), cpu["chromium"].append(took[1])
            wait_for_exit(profile)  # the exhibit's next run is not timed beside Chromium's helpers still exiting
        for who in times:
            results["screenshot_ms"][who] = statistics.median(times[who])
            results["screenshot_cpu_ms"][who] = statistics.median(cpu[who])
        notes.append("screenshot ms, each run: " + "; ".join(f"{k} " + " ".join(f"{v:.0f}" for v in vs) for k, vs in times.items()))
        if args.shots:
            shutil.copy(os.path.join(tmp, "c.png"), shot("chromium-headless"))
            shutil.copy(os.path.join(tmp, "e.png"), shot("exhibit-headless"))

        # 2. Real windows on a private X server, one program at a time.
        x = Xvfb(w, h)
        try:
            for view in ("telegram", "attract"):
                got = windowed_run([exhibit, "--size", f"{w}x{h}", "--view", view, "--assets", args.assets, "--data-dir", data_dir],
                                   x.env, view, None, shot(f"exhibit-{view}"), os.path.join(tmp, "exhibit.log"))
                for key, value in got.items():
                    results[key]["exhibit"] = value
                with open(os.path.join(tmp, "exhibit.log")) as f:  # "exhibit: windowed, video x11, renderer ..."
                    said = [line.strip() for line in f if "renderer" in line]
                notes.append(f"{view}: " + (said[0] if said else "the exhibit did not say which renderer it used"))
                profile = os.path.join(tmp, f"profile-{view}")  # a fresh profile each: a kiosk's first start
                got = windowed_run(["chromium", "--kiosk", f"--window-size={w},{h}", "--window-position=0,0"] +
                                   chromium_flags(profile, args.chromium_gpu) + [f"{url}?view={view}"],
                                   x.env, view, profile, shot(f"chromium-{view}"), os.devnull)
                for key, value in got.items():
                    results[key]["chromium"] = value
            # 3. The exhibit's own frame timing, in a window on the same X server (--bench runs the window's loop).
            if args.no_bench:
                notes.append("exhibit --bench not run (--no-bench)")
            run = None if args.no_bench else subprocess.run(
                [exhibit, "--bench", "--size", f"{w}x{h}", "--assets", args.assets], capture_output=True, text=True,
                env=x.env)
        finally:
            x.close()

        document = bench_json(run.stdout) if run else None
        p99, why = bench_frame_p99(document) if run else (None, "")
        results["frame_p99_ms"]["exhibit"] = p99
        if why:
            notes.append(why + (f" (exit status {run.returncode})" if run.returncode else ""))
        elif document:
            notes.append(f"bench: renderer {dig(document, 'renderer')}, frames {dig(document, 'frames_drawn')}, "
                         f"frame CPU p50/p99 {dig(document, 'frame_cpu_ms', 'p50')} / {dig(document, 'frame_cpu_ms', 'p99')} ms, "
                         f"its own ambient/attract CPU {dig(document, 'cpu_percent', 'ambient')} / {dig(document, 'cpu_percent', 'attract')} %")

    notes.append(f"load average (1 min) at start {load_before:.1f}, at end {os.getloadavg()[0]:.1f}, on {info['cores']} cores")
    info["load_average"] = [load_before, os.getloadavg()[0]]
    print(f"{info['date']}  {info['machine']}  {info['cpu']}  {info['cores']} cores  {info['chromium']}  size {w}x{h}")
    print(format_table(results, notes))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"machine": info, "size": f"{w}x{h}", "results": results, "notes": notes}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
