#!/usr/bin/env python3
"""Checks assets/map/countries-1935.geojson (Python 3 standard library only).

  python3 assets/map/check-map.py [countries-1935.geojson] [check-points.json]

1. Structure: a FeatureCollection with exactly the features land, us, ussr, brazil; (Multi)Polygons with closed
   rings of >= 4 positions; lon/lat in range; at most 3 decimals; no edge longer than 180 degrees of longitude
   (nothing wraps across the antimeridian); RFC 7946 winding; no ring crossing any other edge of its feature.
2. Budget: total vertices and file size (kiosk limits).
3. Point in polygon for every entry of check-points.json (the brief's and FACTS.md's places, plus extras), with the
   distance from each point to the feature's nearest edge, so close calls are visible.
Prints a summary and ends with the line "N passed, N failed"; exit status 1 if anything failed.
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEOJSON = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "countries-1935.geojson")
POINTS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "check-points.json")
MAX_VERTICES = 6000          # "a few thousand vertices in total at most"
MAX_BYTES = 250_000          # "well under 1 MB"
IDS = ["land", "us", "ussr", "brazil"]

results = []                 # (ok, text)


def check(ok, text):
    results.append((bool(ok), text))
    return ok


def polygons(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    raise ValueError("not a polygon geometry: " + geom["type"])


def signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def point_in_feature(lon, lat, geom):
    """Even-odd rule over every ring of the (Multi)Polygon."""
    inside = False
    for poly in polygons(geom):
        for ring in poly:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                if (y1 > lat) != (y2 > lat):
                    x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
                    if x > lon:
                        inside = not inside
    return inside


def distance_to_edges_km(lon, lat, geom):
    """Approximate distance (local equirectangular) from the point to the nearest edge."""
    k = math.cos(math.radians(lat))
    best = float("inf")
    for poly in polygons(geom):
        for ring in poly:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                ax, ay = (x1 - lon) * k, y1 - lat
                bx, by = (x2 - lon) * k, y2 - lat
                dx, dy = bx - ax, by - ay
                L = dx * dx + dy * dy
                t = 0.0 if L == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / L))
                best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best * 111.195


def segments_cross(p1, p2, p3, p4):
    """Proper crossing or touching of two segments that do not share an endpoint."""
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return 0 if v == 0 else (1 if v > 0 else -1)

    def on_seg(a, b, c):
        return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])
    o1, o2, o3, o4 = orient(p1, p2, p3), orient(p1, p2, p4), orient(p3, p4, p1), orient(p3, p4, p2)
    if o1 != o2 and o3 != o4 and 0 not in (o1, o2, o3, o4):
        return True
    return ((o1 == 0 and on_seg(p1, p2, p3)) or (o2 == 0 and on_seg(p1, p2, p4)) or
            (o3 == 0 and on_seg(p3, p4, p1)) or (o4 == 0 and on_seg(p3, p4, p2)))


def self_intersections(geom):
    """Edges of the feature that cross or touch another edge (shared endpoints of neighbours excepted)."""
    segs = []
    for poly in polygons(geom):
        for ring in poly:
            for a, b in zip(ring, ring[1:]):
                segs.append((tuple(a), tuple(b)))
    cell = 2.0
    grid = {}
    for i, (a, b) in enumerate(segs):
        for gx in range(int(math.floor(min(a[0], b[0]) / cell)), int(math.floor(max(a[0], b[0]) / cell)) + 1):
            for gy in range(int(math.floor(min(a[1], b[1]) / cell)), int(math.floor(max(a[1], b[1]) / cell)) + 1):
                grid.setdefault((gx, gy), []).append(i)
    bad = set()
    for members in grid.values():
        for n, i in enumerate(members):
            a, b = segs[i]
            for j in members[n + 1:]:
                c, d = segs[j]
                if (i, j) in bad:
                    continue
                shared = {a, b} & {c, d}
                if shared:
                    # neighbours share one endpoint; they are bad only if they also overlap elsewhere
                    if len(shared) == 2:
                        bad.add((i, j))
                    continue
                if segments_cross(a, b, c, d):
                    bad.add((i, j))
    return [(segs[i], segs[j]) for i, j in sorted(bad)]


def decimals(v):
    s = repr(float(v))
    return 0 if "." not in s or "e" in s else len(s.split(".")[1].rstrip("0"))


def main():
    size = os.path.getsize(GEOJSON)
    with open(GEOJSON, encoding="utf-8") as fh:
        fc = json.load(fh)
    with open(POINTS, encoding="utf-8") as fh:
        points = json.load(fh)["checks"]

    # --- 1. structure ---------------------------------------------------------------------------------------------
    check(fc.get("type") == "FeatureCollection", "structure: FeatureCollection")
    feats = {f.get("properties", {}).get("id"): f for f in fc.get("features", [])}
    check(sorted(feats) == sorted(IDS) and len(fc["features"]) == len(IDS),
          f"structure: features are exactly {IDS} (found {list(feats)})")
    total = 0
    per_feature = {}
    for fid in IDS:
        f = feats.get(fid)
        if f is None:
            continue
        g = f.get("geometry") or {}
        if not check(g.get("type") in ("Polygon", "MultiPolygon"), f"{fid}: geometry is (Multi)Polygon"):
            continue
        polys = polygons(g)
        n = sum(len(r) for p in polys for r in p)
        per_feature[fid] = (len(polys), n)
        total += n
        problems = []
        for pi, poly in enumerate(polys):
            for ri, ring in enumerate(poly):
                tag = f"polygon {pi} ring {ri}"
                if len(ring) < 4 or ring[0] != ring[-1]:
                    problems.append(f"{tag}: not a closed ring of >= 4 positions")
                for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                    if abs(x2 - x1) > 180:
                        problems.append(f"{tag}: edge wraps across the antimeridian at {x1},{y1}")
                    if (x1, y1) == (x2, y2):
                        problems.append(f"{tag}: repeated position {x1},{y1}")
                for x, y in ring:
                    if not (-180 <= x <= 180 and -90 <= y <= 90):
                        problems.append(f"{tag}: position out of range {x},{y}")
                    if decimals(x) > 3 or decimals(y) > 3:
                        problems.append(f"{tag}: more than 3 decimals {x},{y}")
                a = signed_area(ring)
                if (ri == 0 and a <= 0) or (ri > 0 and a >= 0):
                    problems.append(f"{tag}: winding is not RFC 7946 (outer CCW, holes CW)")
        check(not problems, f"{fid}: rings closed, in range, <= 3 decimals, no antimeridian wrap, RFC 7946 winding"
              + ("" if not problems else " -- " + "; ".join(problems[:5])))
        crossings = self_intersections(g)
        check(not crossings, f"{fid}: no self-intersections or touching edges"
              + ("" if not crossings else f" -- {len(crossings)} found, e.g. {crossings[0]}"))

    # --- 2. budget ------------------------------------------------------------------------------------------------
    check(total <= MAX_VERTICES, f"budget: {total} vertices in total (limit {MAX_VERTICES})")
    check(size <= MAX_BYTES, f"budget: {size} bytes (limit {MAX_BYTES})")

    # --- 3. point in polygon --------------------------------------------------------------------------------------
    for p in points:
        f = feats.get(p["id"])
        if f is None:
            check(False, f"point: {p['name']}: no feature {p['id']}")
            continue
        inside = point_in_feature(p["lon"], p["lat"], f["geometry"])
        want = p["expect"] == "in"
        d = distance_to_edges_km(p["lon"], p["lat"], f["geometry"])
        verb = "inside" if want else "outside"
        check(inside == want, f"point [{p['src']}]: {p['name']} ({p['lat']}, {p['lon']}) {verb} {p['id']}"
              f" -- {d:.1f} km from its nearest edge")

    # --- report ---------------------------------------------------------------------------------------------------
    for ok, text in results:
        print(("PASS  " if ok else "FAIL  ") + text)
    print()
    print(f"file: {GEOJSON} ({size} bytes)")
    for fid, (np_, nv) in per_feature.items():
        print(f"  {fid:7s} {np_:4d} polygons {nv:6d} vertices")
    print(f"  total   {total} vertices")
    close = []
    for p in points:
        f = feats.get(p["id"])
        if f is not None:
            d = distance_to_edges_km(p["lon"], p["lat"], f["geometry"])
            if d < 5:
                close.append(f"{p['name']} {d:.1f} km")
    if close:
        print("points within 5 km of an edge (fine at kiosk scale, but note them): " + "; ".join(close))
    passed = sum(1 for ok, _ in results if ok)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
