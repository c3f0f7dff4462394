#include "map/geometry/simplify.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <unordered_map>

namespace app {
namespace {

struct PointHash {
    std::size_t operator()(const PlanePoint& p) const {
        std::uint64_t x, y;
        std::memcpy(&x, &p.x, sizeof x);
        std::memcpy(&y, &p.y, sizeof y);
        return static_cast<std::size_t>(x * 0x9E3779B97F4A7C15ull ^ (y + 0x632BE59BD9B4E019ull + (x << 6) + (x >> 2)));
    }
};

bool less(const PlanePoint& a, const PlanePoint& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }

// Where a point stands in the rings: its neighbours the first time it was met, and whether it is a junction.
struct PointUse {
    PlanePoint a, b;  // neighbours, ordered
    bool fixed = false;
};

double segment_distance(const PlanePoint& p, const PlanePoint& a, const PlanePoint& b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

void douglas_peucker(const std::vector<PlanePoint>& pts, std::size_t first, std::size_t last, double tolerance,
                     std::vector<char>& keep) {
    // An explicit stack: a long coastline must not recurse thousands deep.
    std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
    while (!stack.empty()) {
        const auto [i, j] = stack.back();
        stack.pop_back();
        if (j <= i + 1) continue;
        double worst = -1;
        std::size_t at = i;
        for (std::size_t k = i + 1; k < j; ++k) {
            const double d = segment_distance(pts[k], pts[i], pts[j]);
            if (d > worst) {
                worst = d;
                at = k;
            }
        }
        if (worst <= tolerance) continue;
        keep[at] = 1;
        stack.push_back({i, at});
        stack.push_back({at, j});
    }
}

// A chain simplified the same whichever way round it is given.
std::vector<PlanePoint> canonical_chain(std::vector<PlanePoint> chain, double tolerance) {
    const bool backwards = less(chain.back(), chain.front()) || (chain.back() == chain.front() && chain.size() > 2 &&
                                                                 less(chain[chain.size() - 2], chain[1]));
    if (backwards) std::reverse(chain.begin(), chain.end());
    std::vector<PlanePoint> out = simplify_chain(chain, tolerance);
    if (backwards) std::reverse(out.begin(), out.end());
    return out;
}

// A ring that shares no junction with any other: start at its smallest point, split at the point farthest
// from there, so the result does not depend on where the file happened to start the ring.
PlaneRing simplify_free_ring(const PlaneRing& ring, double tolerance) {
    const std::size_t n = ring.size();
    std::size_t start = 0;
    for (std::size_t i = 1; i < n; ++i)
        if (less(ring[i], ring[start])) start = i;
    std::vector<PlanePoint> loop;
    loop.reserve(n + 1);
    for (std::size_t i = 0; i <= n; ++i) loop.push_back(ring[(start + i) % n]);
    // Read it in one direction only: the one whose second point is smaller.
    const bool backwards = n > 2 && less(loop[n - 1], loop[1]);
    if (backwards) std::reverse(loop.begin(), loop.end());
    std::size_t far = 0;
    double far_d = -1;
    for (std::size_t i = 1; i < n; ++i) {
        const double d = std::hypot(loop[i].x - loop[0].x, loop[i].y - loop[0].y);
        if (d > far_d) {
            far_d = d;
            far = i;
        }
    }
    std::vector<char> keep(loop.size(), 0);
    keep[0] = keep[far] = keep[n] = 1;
    douglas_peucker(loop, 0, far, tolerance, keep);
    douglas_peucker(loop, far, n, tolerance, keep);
    PlaneRing out;
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i]) out.push_back(loop[i]);
    if (backwards) std::reverse(out.begin(), out.end());
    return out;
}

PlaneRing simplify_ring(const PlaneRing& ring, double tolerance,
                        const std::unordered_map<PlanePoint, PointUse, PointHash>& uses) {
    const std::size_t n = ring.size();
    std::vector<std::size_t> junctions;
    for (std::size_t i = 0; i < n; ++i)
        if (uses.at(ring[i]).fixed) junctions.push_back(i);
    if (junctions.empty()) return simplify_free_ring(ring, tolerance);
    PlaneRing out;
    for (std::size_t k = 0; k < junctions.size(); ++k) {
        const std::size_t from = junctions[k];
        const std::size_t to = junctions[(k + 1) % junctions.size()] + (k + 1 == junctions.size() ? n : 0);
        std::vector<PlanePoint> chain;
        for (std::size_t i = from; i <= to; ++i) chain.push_back(ring[i % n]);
        std::vector<PlanePoint> simple = canonical_chain(chain, tolerance);
        out.insert(out.end(), simple.begin(), simple.end() - 1);  // the end is the next chain's start
    }
    return out;
}

}  // namespace

std::vector<PlanePoint> simplify_chain(const std::vector<PlanePoint>& chain, double tolerance) {
    if (chain.size() <= 2) return chain;
    std::vector<char> keep(chain.size(), 0);
    keep.front() = keep.back() = 1;
    douglas_peucker(chain, 0, chain.size() - 1, tolerance, keep);
    std::vector<PlanePoint> out;
    for (std::size_t i = 0; i < chain.size(); ++i)
        if (keep[i]) out.push_back(chain[i]);
    return out;
}

void simplify_shared(std::vector<std::vector<PlanePolygon>*> regions, double tolerance) {
    // 1. Junctions: points met with different neighbours in different places, or more than once in a ring.
    std::unordered_map<PlanePoint, PointUse, PointHash> uses;
    auto visit = [&](const PlaneRing& ring) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0; i < n; ++i) {
            PlanePoint a = ring[(i + n - 1) % n], b = ring[(i + 1) % n];
            if (less(b, a)) std::swap(a, b);
            auto [it, fresh] = uses.try_emplace(ring[i], PointUse{a, b, false});
            if (!fresh && (it->second.a != a || it->second.b != b)) it->second.fixed = true;
        }
    };
    for (std::vector<PlanePolygon>* region : regions)
        for (const PlanePolygon& polygon : *region) {
            visit(polygon.outer);
            for (const PlaneRing& hole : polygon.holes) visit(hole);
        }
    // 2. Each ring, chain by chain.
    for (std::vector<PlanePolygon>* region : regions) {
        std::vector<PlanePolygon> kept;
        for (const PlanePolygon& polygon : *region) {
            PlanePolygon simple;
            simple.outer = simplify_ring(polygon.outer, tolerance, uses);
            if (simple.outer.size() < 3) continue;
            for (const PlaneRing& hole : polygon.holes) {
                PlaneRing h = simplify_ring(hole, tolerance, uses);
                if (h.size() >= 3) simple.holes.push_back(std::move(h));
            }
            kept.push_back(std::move(simple));
        }
        *region = std::move(kept);
    }
}

}  // namespace app
