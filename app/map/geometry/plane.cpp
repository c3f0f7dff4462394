#include "map/geometry/plane.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

double segment_distance(PlanePoint p, PlanePoint a, PlanePoint b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double ring_distance(const PlaneRing& ring, PlanePoint p) {
    double best = 1e300;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        best = std::min(best, segment_distance(p, ring[j], ring[i]));
    return best;
}

}  // namespace

double signed_area(const PlaneRing& ring) {
    double sum = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += ring[j].x * ring[i].y - ring[i].x * ring[j].y;
    return sum / 2;
}

double polygon_area(const PlanePolygon& polygon) {
    double area = std::abs(signed_area(polygon.outer));
    for (const PlaneRing& hole : polygon.holes) area -= std::abs(signed_area(hole));
    return area;
}

bool ring_contains(const PlaneRing& ring, PlanePoint p) {
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const PlanePoint& a = ring[i];
        const PlanePoint& b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}

bool polygon_contains(const PlanePolygon& polygon, PlanePoint p) {
    if (polygon.outer.size() < 3 || !ring_contains(polygon.outer, p)) return false;
    for (const PlaneRing& hole : polygon.holes)
        if (hole.size() >= 3 && ring_contains(hole, p)) return false;
    return true;
}

double distance_to_edges(const PlanePolygon& polygon, PlanePoint p) {
    double best = polygon.outer.empty() ? 1e300 : ring_distance(polygon.outer, p);
    for (const PlaneRing& hole : polygon.holes)
        if (!hole.empty()) best = std::min(best, ring_distance(hole, p));
    return best;
}

void PlaneBox::add(const PlanePoint& p) {
    min_x = std::min(min_x, p.x);
    min_y = std::min(min_y, p.y);
    max_x = std::max(max_x, p.x);
    max_y = std::max(max_y, p.y);
}

void PlaneBox::add(const PlaneBox& b) {
    if (b.empty()) return;
    add(PlanePoint{b.min_x, b.min_y});
    add(PlanePoint{b.max_x, b.max_y});
}

PlaneBox box_of(const PlaneRing& ring) {
    PlaneBox box;
    for (const PlanePoint& p : ring) box.add(p);
    return box;
}

}  // namespace app
