#!/usr/bin/env python3
"""Unit tests of side_by_side.py's pure parts (parsing, the table, the page's data); no Chromium, no X, no exhibit."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import side_by_side as s  # noqa: E402


class Parsing(unittest.TestCase):
    def test_size(self):
        self.assertEqual(s.parse_size("800x480"), (800, 480))
        self.assertEqual(s.parse_size("3840x2160"), (3840, 2160))
        for bad in ("800", "0x480", "800x480x24", "wide"):
            with self.assertRaises(ValueError):
                s.parse_size(bad)

    def test_bench_json_found_among_other_output(self):
        doc = s.bench_json('exhibit: content: 0 errors\n{"frame_ms": {"total": {"p99": 7.5}}}\n')
        self.assertEqual(s.bench_frame_p99(doc), (7.5, ""))

    def test_bench_field_missing_or_no_json_is_a_note_not_a_crash(self):
        p99, why = s.bench_frame_p99(s.bench_json('{"frames": {"p99": 3}}'))
        self.assertIsNone(p99)
        self.assertIn("frame_ms.total.p99", why)
        self.assertIn("frames", why)
        self.assertEqual(s.bench_frame_p99(s.bench_json("Segmentation fault")), (None, "exhibit --bench printed no JSON"))
        self.assertIsNone(s.bench_json("{not json}"))


class Table(unittest.TestCase):
    def test_ratio(self):
        self.assertEqual(s.ratio(2.0, 5.0), 2.5)
        self.assertIsNone(s.ratio(0.0, 5.0))
        self.assertIsNone(s.ratio(None, 5.0))

    def test_rows_ratios_and_targets(self):
        text = s.format_table({"pss_mib": {"exhibit": 40.0, "chromium": 400.0}, "cpu_attract": {"exhibit": 4.0}}, ["hello"])
        pss = next(line for line in text.splitlines() if line.startswith("PSS"))
        self.assertIn("10.0x", pss)
        self.assertTrue(pss.rstrip().endswith("yes"))
        attract = next(line for line in text.splitlines() if "attract" in line)
        self.assertTrue(attract.rstrip().endswith("no"))
        self.assertIn("—", next(line for line in text.splitlines() if "p99" in line))  # not measured: a dash
        self.assertTrue(text.endswith("note: hello"))


class PageData(unittest.TestCase):
    def test_equal_earth_corners(self):
        x, y = s.equal_earth(180, 0)
        self.assertAlmostEqual(x, 2.7064, places=3)
        self.assertAlmostEqual(y, 0)
        self.assertAlmostEqual(s.equal_earth(0, 90)[1], -1.3173, places=3)  # y points down, as on screen

    def test_svg_path_drops_the_repeated_closing_point(self):
        self.assertEqual(s.svg_path([[[[0, 0], [10, 0], [0, 10], [0, 0]]]]).count("L"), 2)

    def test_paragraphs_markers_anchors_and_page_breaks(self):
        body = "Ask the Commissar[^18] and the Commissar again.\n\n[Page 193]\n\nThe end."
        notes = [{"anchor": {"phrase": "the Commissar", "occurrence": 2}}, {"anchor": {"phrase": "[Page 193]"}}]
        paras = s.body_paragraphs(body, notes)
        self.assertEqual(paras[0]["segs"], [{"t": "Ask the Commissar", "a": -1}, {"sup": "18"},
                                            {"t": " and ", "a": -1}, {"t": "the Commissar", "a": 0}, {"t": " again.", "a": -1}])
        self.assertEqual(paras[1], {"page": True, "segs": [{"t": "[Page 193]", "a": 1}]})
        self.assertFalse(paras[2]["page"])

    def test_the_real_content_makes_a_page_with_every_phrase_anchored(self):
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            self.assertTrue(s.write_page(os.path.join(s.REPO, "assets"), tmp).startswith("file://"))
            with open(os.path.join(tmp, "data.js"), encoding="utf-8") as f:
                data = s.json.loads(f.read().split("=", 1)[1].rstrip().rstrip(";"))
        anchored = {seg["a"] for para in data["paragraphs"] for seg in para["segs"] if seg.get("a", -1) >= 0}
        self.assertEqual(anchored, set(range(len(data["annotations"]))))
        self.assertEqual(set(data["map"]["paths"]), {"land", "us", "ussr", "brazil"})


class Leftovers(unittest.TestCase):
    """wait_for_exit: the next run is timed only once the last one's processes (found by their marker) are gone."""

    def test_waits_while_a_marked_process_lives_and_returns_once_it_is_gone(self):
        import subprocess
        import time
        marker = f"side-by-side-test-marker-{os.getpid()}"
        child = subprocess.Popen([sys.executable, "-c", "import sys; print('up', flush=True); sys.stdin.read()", marker],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            self.assertEqual(child.stdout.readline(), "up\n")  # running under its own command line, marker and all
            t = time.monotonic()
            s.wait_for_exit(marker, seconds=0.2)  # it lives: the wait runs to its bound
            self.assertGreaterEqual(time.monotonic() - t, 0.2)
        finally:
            child.stdin.close()  # it ends when its input does
            child.wait()
            child.stdout.close()
        t = time.monotonic()
        s.wait_for_exit(marker, seconds=5)  # gone: no wait
        self.assertLess(time.monotonic() - t, 1)


if __name__ == "__main__":
    unittest.main()
