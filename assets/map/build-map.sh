#!/usr/bin/env bash
# Rebuilds countries-1935.geojson from Natural Earth (npm world-atlas@2.0.2, countries-50m.json) and the
# hand-authored adjustments-1935.geojson. Tools are the exact versions pinned in package.json/package-lock.json
# (mapshaper 0.7.70), installed with `npm ci` into a throw-away directory; nothing is installed here.
#
#   bash assets/map/build-map.sh            # writes assets/map/countries-1935.geojson
#   bash assets/map/build-map.sh OUT.json   # writes somewhere else (e.g. to compare with the committed file)
#
# Needs node >= 18 and npm (the npm registry). Running it again reproduces the committed file byte for byte.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/countries-1935.geojson}"
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac

# --- simplification settings (see README.md, "Simplification") --------------------------------------------------
# Islands smaller than these areas (km2) are dropped before simplifying (a part that touches another country is
# never dropped). us=600 keeps Oahu (Honolulu), Kauai, Maui and Molokai.
ISLAND_MIN_KM2="us=600,ussr=2500,brazil=2500,md=0,other=4000,antarctica=10000"
# Simplification interval in metres: highlighted countries, other European (and Japanese/Korean) countries, the
# rest of the world, Moldova (whose border with Ukraine is the Dniester, the 1935 Soviet-Romanian line).
INTERVAL_HIGHLIGHT=13000
INTERVAL_EUROPE=15000
INTERVAL_OTHER=45000
# Antarctica is simplified in the plane (Douglas-Peucker, tolerance in degrees), see step 2.
ANTARCTICA_TOLERANCE_DEG=0.6
INTERVAL_MOLDOVA=5000
# Detail zones, name:west,south,east,north:interval_m. In the small boxes the coast is kept (almost) as Natural
# Earth has it, so that coastal places the exhibit marks (and check-points.json tests) stay on land; the Black Sea
# and Baltic boxes give the seas around the USSR's western border more detail for zoomed-in views. The boxes cut
# countries into pieces only until the dissolves of step 4 join them again.
ZONES=(
  "hawaii:-160.6,18.7,-154.6,22.4:1500"
  "anchorage:-151.0,60.7,-149.0,61.7:500"
  "vladivostok:131.3,42.8,132.5,43.5:500"
  "poti:41.3,41.9,42.0,42.4:500"
  "rio:-43.8,-23.2,-42.8,-22.6:500"
  "blacksea:27.0,40.4,42.5,47.9:5000"
  "baltic:19.5,53.8,31.0,61.0:7000"
)

command -v node >/dev/null || { echo "build-map.sh: node is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "build-map.sh: npm is required" >&2; exit 1; }
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" -ge 18 ] || { echo "build-map.sh: node >= 18 needed (have $(node -v))" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/map1935.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cp "$HERE/package.json" "$HERE/package-lock.json" "$WORK/"
cp "$HERE/adjustments-1935.geojson" "$WORK/adjustments.geojson"
cd "$WORK"
echo "build-map.sh: installing pinned tools into $WORK" >&2
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
MS=(node "$WORK/node_modules/mapshaper/bin/mapshaper" -quiet)
node -e 'const v=require("mapshaper/package.json").version, w=require("world-atlas/package.json").version;
  if (v !== "0.7.70" || w !== "2.0.2") { console.error("unexpected versions", v, w); process.exit(1); }'

# --- 1. Natural Earth 1:50m countries and land (TopoJSON) -> GeoJSON ---------------------------------------------
# (world-atlas's "Antarctica" country lacks the mainland -- its ring collapses onto the pole -- so the mainland is
# taken from the "land" object of the same file in step 2.)
"${MS[@]}" -i node_modules/world-atlas/countries-50m.json -drop target=land \
  -o countries-raw.geojson format=geojson
"${MS[@]}" -i node_modules/world-atlas/countries-50m.json -drop target=countries \
  -o land-raw.geojson format=geojson

# --- 2. antimeridian, groups, small islands ---------------------------------------------------------------------
cat > prep.mjs <<'EOF'
// 1) world-atlas keeps rings that cross 180 deg as one ring (Russia's mainland with Chukotka, Wrangel Island,
//    one Fijian island): split them at the antimeridian so that a flat lon/lat renderer never draws a line across
//    the whole map. 2) Tag every country with its group. 3) Drop small islands (parts that touch no other
//    country) below the group's minimum area.
import fs from 'node:fs';
const [, , inFile, landFile, outFile, antFile, minSpec, antTolDeg] = process.argv;
const MIN = Object.fromEntries(minSpec.split(',').map(kv => kv.split('=')).map(([k, v]) => [k, +v]));
const fc = JSON.parse(fs.readFileSync(inFile, 'utf8'));
const USSR = ['Russia', 'Ukraine', 'Belarus', 'Kazakhstan', 'Uzbekistan', 'Turkmenistan', 'Kyrgyzstan',
  'Tajikistan', 'Georgia', 'Armenia', 'Azerbaijan'];
const group = n => USSR.includes(n) ? 'ussr' : n === 'United States of America' ? 'us' : n === 'Brazil' ? 'brazil'
  : n === 'Moldova' ? 'md' : n === 'Antarctica' ? 'antarctica' : 'other';
for (const need of [...USSR, 'United States of America', 'Brazil', 'Moldova']) {
  if (!fc.features.some(f => f.properties.name === need)) throw new Error('Natural Earth has no ' + need);
}
const jumps = r => r.some((p, i) => i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180);
function clipHalf(ring, keepWest) {            // Sutherland-Hodgman against the half-plane x <= 180 or x >= 180
  const inside = p => keepWest ? p[0] <= 180 : p[0] >= 180;
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i], b = ring[i + 1], ia = inside(a), ib = inside(b);
    if (ia) out.push(a);
    if (ia !== ib && a[0] !== 180 && b[0] !== 180) {
      const t = (180 - a[0]) / (b[0] - a[0]);
      out.push([180, a[1] + t * (b[1] - a[1])]);
    }
  }
  const r = out.filter((p, i) => i === 0 || p[0] !== out[i - 1][0] || p[1] !== out[i - 1][1]);
  if (r.length < 3) return null;
  r.push(r[0]);
  return r;
}
const R = 6371.0088;                                       // mean Earth radius, km
function ringAreaKm2(r) {                                  // spherical ring area, absolute value
  let s = 0;
  for (let i = 0; i < r.length - 1; i++) {
    const [x1, y1] = r[i], [x2, y2] = r[i + 1];
    s += (x2 - x1) * Math.PI / 180 * (2 + Math.sin(y1 * Math.PI / 180) + Math.sin(y2 * Math.PI / 180));
  }
  return Math.abs(s * R * R / 2);
}
let split = 0, dropped = 0;
for (const f of fc.features) {
  f.properties = { name: f.properties.name, grp: group(f.properties.name) };
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out = [];
  for (const poly of polys) {
    if (!poly.some(jumps)) { out.push(poly); continue; }
    if (poly.length > 1) throw new Error('antimeridian ring with holes: ' + f.properties.name);
    const un = poly[0].map(([x, y]) => [x < 0 ? x + 360 : x, y]);
    const west = clipHalf(un, true), east = clipHalf(un, false);
    if (west) out.push([west]);
    if (east) out.push([east.map(([x, y]) => [x - 360, y])]);
    split++;
  }
  f.geometry = { type: 'MultiPolygon', coordinates: out };
}
const owners = new Map();                                  // vertex -> countries using it
fc.features.forEach((f, i) => f.geometry.coordinates.forEach(p => p[0].forEach(([x, y]) => {
  const k = x + ',' + y;
  if (!owners.has(k)) owners.set(k, new Set());
  owners.get(k).add(i);
})));
for (const f of fc.features) {
  const min = MIN[f.properties.grp] ?? MIN.other;
  f.geometry.coordinates = f.geometry.coordinates.filter(p => {
    const touches = p[0].some(([x, y]) => owners.get(x + ',' + y).size > 1);
    const keep = touches || ringAreaKm2(p[0]) >= min;
    if (!keep) dropped++;
    return keep;
  });
}
fc.features = fc.features.filter(f => f.geometry.coordinates.length > 0);

// Antarctica: the mainland ring of the land object runs round the pole (-180 .. 179.6 deg) with one jump across
// the antimeridian. Close it through the pole for flat maps, simplify it (and the Antarctic islands) in the plane
// (Douglas-Peucker, tolerance in degrees), and write it to its own file: it touches no other country, and
// mapshaper's spherical simplification would collapse a ring that runs along the pole.
function dp(pts, tol) {
  if (pts.length < 3) return pts;
  const [a, b] = [pts[0], pts[pts.length - 1]];
  let imax = 0, dmax = -1;
  for (let i = 1; i < pts.length - 1; i++) {
    const [px, py] = pts[i], dx = b[0] - a[0], dy = b[1] - a[1], L = dx * dx + dy * dy;
    const t = L ? Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / L)) : 0;
    const d = Math.hypot(px - a[0] - t * dx, py - a[1] - t * dy);
    if (d > dmax) { dmax = d; imax = i; }
  }
  if (dmax <= tol) return [a, b];
  return dp(pts.slice(0, imax + 1), tol).slice(0, -1).concat(dp(pts.slice(imax), tol));
}
const simplifyRing = (r, tol) => {             // keep the first vertex, split the closed ring at its far point
  let far = 0, dmax = -1;
  r.forEach((p, i) => { const d = Math.hypot(p[0] - r[0][0], p[1] - r[0][1]); if (d > dmax) { dmax = d; far = i; } });
  const out = dp(r.slice(0, far + 1), tol).slice(0, -1).concat(dp(r.slice(far), tol));
  return out.length >= 4 ? out : null;
};
const land = JSON.parse(fs.readFileSync(landFile, 'utf8'));
const landGeoms = (land.features || land.geometries).map(x => x.geometry || x);
const landPolys = landGeoms.flatMap(g => g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const mains = landPolys.filter(p => p[0].some((q, i) => i > 0 && Math.abs(q[0] - p[0][i - 1][0]) > 180)
  && Math.min(...p[0].map(q => q[1])) < -60);
if (mains.length !== 1) throw new Error('expected one Antarctic mainland ring in the land object, got ' + mains.length);
const m = mains[0][0];
const j = m.findIndex((q, i) => i > 0 && Math.abs(q[0] - m[i - 1][0]) > 180);   // the jump
let seq = m.slice(j).concat(m.slice(1, j));                 // start just after the jump, end just before it
const [x0, y0] = seq[0], [x1, y1] = seq[seq.length - 1];
const eastEnd = x0 > 0 ? [180, y0] : [-180, y0], westEnd = x1 > 0 ? [180, y1] : [-180, y1];
const pole = westEnd[0] < 0 ? [[-180, -90], [-90, -90], [0, -90], [90, -90], [180, -90]]
  : [[180, -90], [90, -90], [0, -90], [-90, -90], [-180, -90]];
const tol = +antTolDeg;
const coast = dp([eastEnd, ...seq, westEnd], tol);          // the coast only; the polar edge is added whole
const mainland = [...coast, ...pole, coast[0]]
  .filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
const antCountry = JSON.parse(fs.readFileSync(inFile, 'utf8')).features.find(f => f.properties.name === 'Antarctica');
const antParts = [[mainland]];
for (const poly of (antCountry.geometry.type === 'Polygon' ? [antCountry.geometry.coordinates] : antCountry.geometry.coordinates)) {
  if (ringAreaKm2(poly[0]) < MIN.antarctica) continue;
  const r = simplifyRing(poly[0], tol);
  if (r) antParts.push([r]);
}
fc.features = fc.features.filter(f => f.properties.grp !== 'antarctica');
fs.writeFileSync(outFile, JSON.stringify(fc));
fs.writeFileSync(antFile, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature',
  properties: { name: 'Antarctica', grp: 'antarctica' }, geometry: { type: 'MultiPolygon', coordinates: antParts } }] }));
console.error(`prep: split ${split} antimeridian ring(s), dropped ${dropped} small islands, ${fc.features.length} countries;`
  + ` Antarctica: ${antParts.length} polygons, ${antParts.reduce((s, p) => s + p[0].length, 0)} vertices`);
EOF
node prep.mjs countries-raw.geojson land-raw.geojson countries-prep.geojson antarctica.geojson \
  "$ISLAND_MIN_KM2" "$ANTARCTICA_TOLERANCE_DEG"

# --- 3. simplify once, on the whole topology (shared borders stay shared) ---------------------------------------
# "Europe" = countries whose centroid lies in Europe or in the north-west Pacific (Japan, Korea), the neighbours
# that a zoomed-in view of the USSR's borders shows.
EUROPE="(this.centroidX > -12 && this.centroidX < 45 && this.centroidY > 34 && this.centroidY < 72)"
EUROPE+=" || (this.centroidX > 124 && this.centroidX < 146 && this.centroidY > 33 && this.centroidY < 46)"
INTERVAL_EXPR="grp == 'md' ? $INTERVAL_MOLDOVA"
INTERVAL_EXPR+=" : grp != 'other' ? $INTERVAL_HIGHLIGHT : ($EUROPE) ? $INTERVAL_EUROPE : $INTERVAL_OTHER"
ZONE_ARGS=()
ZONE_LAYERS=countries
for z in "${ZONES[@]}"; do
  IFS=: read -r zname zbox zint <<<"$z"
  ZONE_ARGS+=(-clip target=countries "bbox=$zbox" + "name=z_$zname" -each target="z_$zname" "zone_interval = $zint")
  ZONE_LAYERS+=",z_$zname"
done
for z in "${ZONES[@]}"; do
  IFS=: read -r zname zbox zint <<<"$z"
  ZONE_ARGS+=(-erase target=countries "bbox=$zbox")
done
"${MS[@]}" -i countries-prep.geojson name=countries \
  "${ZONE_ARGS[@]}" \
  -each target=countries 'zone_interval = 0' \
  -merge-layers target="$ZONE_LAYERS" name=countries force \
  -simplify variable interval="zone_interval > 0 ? zone_interval : $INTERVAL_EXPR" \
  -o countries-simplified.geojson format=geojson precision=0.0001

# --- 4. the USSR of 1935, the US, Brazil and the dissolved land --------------------------------------------------
# The adjustments are applied after simplifying, so the hand-placed 1935 lines keep every authored vertex.
# op=anchor polygons (coastline repairs) join their target country and the land before anything else.
"${MS[@]}" -i countries-simplified.geojson antarctica.geojson adjustments.geojson combine-files \
  -rename-layers countries,antarctica,adj \
  -merge-layers target=countries,antarctica name=countries force \
  -filter target=adj 'op == "anchor"' + name=anchors \
  -each target=anchors 'grp = target' \
  -merge-layers target=countries,anchors name=countries force \
  -filter target=countries 'grp == "ussr"' + name=ussr \
  -filter target=countries 'grp == "md"' + name=md \
  -filter target=adj 'op == "add"' + name=adj_add \
  -filter target=adj 'op == "subtract"' + name=adj_sub \
  -clip target=md adj_add \
  -merge-layers target=ussr,md name=ussr force \
  -dissolve target=ussr \
  -erase target=ussr adj_sub \
  -filter target=countries 'grp == "us"' + name=us \
  -dissolve target=us \
  -filter target=countries 'grp == "brazil"' + name=brazil \
  -dissolve target=brazil \
  -dissolve target=countries + name=land \
  -drop target=countries,adj,adj_add,adj_sub \
  -clean target=land,us,ussr,brazil \
  -each target=land 'id = "land", name = "Land (all countries, borders dissolved)"' \
  -each target=us 'id = "us", name = "United States"' \
  -each target=ussr 'id = "ussr", name = "USSR"' \
  -each target=brazil 'id = "brazil", name = "Brazil"' \
  -merge-layers target=land,us,ussr,brazil name=countries-1935 force \
  -o countries-1935.geojson format=geojson rfc7946 precision=0.001

cp countries-1935.geojson "$OUT"
# shellcheck disable=SC2016  # JavaScript template literals, not shell expansions
node -e '
const fc = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
let total = 0;
for (const f of fc.features) {
  const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const n = polys.flat().reduce((s, r) => s + r.length, 0);
  total += n;
  console.error(`  ${f.properties.id.padEnd(6)} ${String(polys.length).padStart(4)} polygons ${String(n).padStart(6)} vertices`);
}
console.error(`  total ${total} vertices, ${require("fs").statSync(process.argv[1]).size} bytes`);
' "$OUT"
echo "build-map.sh: wrote $OUT" >&2
