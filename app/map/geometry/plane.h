// Points and polygons in the map's plane (projected coordinates, double precision), and the few formulas the
// map's geometry shares: signed area, orientation, point in polygon.
#pragma once
#include <vector>

namespace app {

struct PlanePoint {
    double x = 0;
    double y = 0;
};

inline bool operator==(const PlanePoint& a, const PlanePoint& b) { return a.x == b.x && a.y == b.y; }
inline bool operator!=(const PlanePoint& a, const PlanePoint& b) { return !(a == b); }

// A ring without its closing point.
using PlaneRing = std::vector<PlanePoint>;

struct PlanePolygon {
    PlaneRing outer;
    std::vector<PlaneRing> holes;
};

// (b - a) × (c - b): positive when a → b → c turns counter-clockwise (x right, y up).
inline double turn(const PlanePoint& a, const PlanePoint& b, const PlanePoint& c) {
    return (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
}

// Shoelace area: positive for a counter-clockwise ring (x right, y up).
double signed_area(const PlaneRing& ring);

// Area of the outline minus its holes.
double polygon_area(const PlanePolygon& polygon);

// Even-odd rule, so a point in a hole is outside. Points exactly on an edge may fall either way.
bool ring_contains(const PlaneRing& ring, PlanePoint p);
bool polygon_contains(const PlanePolygon& polygon, PlanePoint p);

// Distance from `p` to the nearest edge of the polygon (outline or hole).
double distance_to_edges(const PlanePolygon& polygon, PlanePoint p);

struct PlaneBox {
    double min_x = 1e300, min_y = 1e300, max_x = -1e300, max_y = -1e300;
    bool empty() const { return min_x > max_x; }
    void add(const PlanePoint& p);
    void add(const PlaneBox& b);
    bool contains(const PlanePoint& p) const { return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y; }
};

PlaneBox box_of(const PlaneRing& ring);

}  // namespace app
