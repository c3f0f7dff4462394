#include "map/geometry/map_geometry.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "map/geometry/projection.h"
#include "map/geometry/simplify.h"
#include "map/geometry/triangulate.h"

namespace app {
namespace {

PlaneRing project_ring(const GeoRing& ring) {
    PlaneRing out;
    out.reserve(ring.size());
    for (const GeoPoint& p : ring) out.push_back(to_map_units(p));
    return out;
}

ProjectedRegion project_region(const MapRegion& region, int& points) {
    ProjectedRegion out;
    out.id = region.id;
    for (const GeoPolygon& g : region.polygons) {
        PlanePolygon p;
        p.outer = project_ring(g.outer);
        for (const GeoRing& h : g.holes) p.holes.push_back(project_ring(h));
        points += static_cast<int>(g.outer.size());
        for (const GeoRing& h : g.holes) points += static_cast<int>(h.size());
        out.boxes.push_back(box_of(p.outer));
        out.box.add(out.boxes.back());
        out.polygons.push_back(std::move(p));
    }
    return out;
}

// Vertices of `polygons` as triangles, all in one colour.
std::shared_ptr<const std::vector<Vertex>> fill(const std::vector<PlanePolygon>& polygons, Color colour,
                                                int& triangles) {
    auto vertices = std::make_shared<std::vector<Vertex>>();
    for (const PlanePolygon& polygon : polygons) {
        for (const PlanePoint& p : triangulate(polygon))
            vertices->push_back(Vertex{{static_cast<float>(p.x), static_cast<float>(p.y)}, colour});
    }
    triangles += static_cast<int>(vertices->size() / 3);
    return vertices;
}

int count_points(const std::vector<PlanePolygon>& polygons) {
    int n = 0;
    for (const PlanePolygon& p : polygons) {
        n += static_cast<int>(p.outer.size());
        for (const PlaneRing& h : p.holes) n += static_cast<int>(h.size());
    }
    return n;
}

}  // namespace

PlanePoint to_map_units(const GeoPoint& p) {
    const ProjectedPoint q = equal_earth(p);
    return {q.x, -q.y};
}

// The same ring, whatever its start and direction.
std::vector<std::pair<double, double>> ring_key(const GeoRing& ring) {
    std::vector<std::pair<double, double>> key;
    for (const GeoPoint& p : ring) key.emplace_back(p.lon, p.lat);
    std::sort(key.begin(), key.end());
    return key;
}

ProjectedMap project_map(const MapContent& map) {
    ProjectedMap out;
    out.source = &map;
    std::set<std::vector<std::pair<double, double>>> country_islands;
    for (const MapCountry& c : map.countries) {
        const MapRegion* region = find_region(map, c.id);
        out.countries.push_back(region ? project_region(*region, out.point_count) : ProjectedRegion{c.id, {}, {}, {}});
        out.countries_box.add(out.countries.back().box);
        if (region)
            for (const GeoPolygon& p : region->polygons)
                if (p.holes.empty()) country_islands.insert(ring_key(p.outer));
    }
    if (const MapRegion* land = find_region(map, kMapLandId)) {
        // Land that is exactly one of the countries' islands would only be drawn over: leave it out.
        MapRegion visible{land->id, {}};
        for (const GeoPolygon& p : land->polygons) {
            out.point_count += static_cast<int>(p.outer.size());
            for (const GeoRing& h : p.holes) out.point_count += static_cast<int>(h.size());
        }
        int unused = 0;
        for (const GeoPolygon& p : land->polygons)
            if (!p.holes.empty() || !country_islands.count(ring_key(p.outer))) visible.polygons.push_back(p);
        out.land = project_region(visible, unused);
    }
    return out;
}

int country_at(const ProjectedMap& map, PlanePoint p, double tolerance) {
    int best = -1;
    double best_distance = tolerance;
    for (std::size_t c = 0; c < map.countries.size(); ++c) {
        const ProjectedRegion& region = map.countries[c];
        for (std::size_t i = 0; i < region.polygons.size(); ++i) {
            const PlaneBox& b = region.boxes[i];
            if (p.x < b.min_x - tolerance || p.x > b.max_x + tolerance || p.y < b.min_y - tolerance ||
                p.y > b.max_y + tolerance)
                continue;
            if (polygon_contains(region.polygons[i], p)) return static_cast<int>(c);
            const double d = distance_to_edges(region.polygons[i], p);
            if (d <= best_distance) {
                best_distance = d;
                best = static_cast<int>(c);
            }
        }
    }
    return best;
}

PlaneRing world_outline(int points_per_side) {
    PlaneRing ring;
    // Map units have y pointing south, so going up the east edge and down the west edge is clockwise there;
    // triangulate() accepts either orientation.
    for (int i = 0; i <= points_per_side; ++i) ring.push_back(to_map_units({-90.0 + 180.0 * i / points_per_side, 180}));
    for (int i = 0; i <= points_per_side; ++i) ring.push_back(to_map_units({90.0 - 180.0 * i / points_per_side, -180}));
    return ring;
}

MapFill build_map_fill(const ProjectedMap& map, double tolerance, double min_land_area, const MapTheme& theme) {
    MapFill out;
    std::vector<PlanePolygon> land = map.land.polygons;
    std::vector<std::vector<PlanePolygon>> countries;
    for (const ProjectedRegion& c : map.countries) countries.push_back(c.polygons);
    std::vector<std::vector<PlanePolygon>*> all{&land};
    for (auto& c : countries) all.push_back(&c);
    simplify_shared(all, tolerance);

    // Specks of land too small to see are left out; the countries keep theirs (a visitor looks for Hawaii).
    std::vector<PlanePolygon> big_land;
    for (PlanePolygon& p : land)
        if (std::abs(signed_area(p.outer)) >= min_land_area) big_land.push_back(std::move(p));

    out.world = fill({PlanePolygon{world_outline(24), {}}}, theme.sea, out.triangles);
    out.land = fill(big_land, theme.land, out.triangles);
    out.points = count_points(big_land);
    for (std::size_t i = 0; i < countries.size(); ++i) {
        out.countries.push_back(fill(countries[i], country_colour(theme, static_cast<int>(i)), out.triangles));
        auto veil = std::make_shared<std::vector<Vertex>>(*out.countries.back());
        for (Vertex& v : *veil) v.color = theme.country_selected;
        out.selections.push_back(std::move(veil));
        out.points += count_points(countries[i]);
    }
    return out;
}

}  // namespace app
