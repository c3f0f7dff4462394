#include "map/geometry/triangulate.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace app {
namespace {

struct Node {
    PlanePoint p;
    int prev = -1;
    int next = -1;
};

// Inside or on the triangle, whichever way round it is.
bool in_triangle(const PlanePoint& a, const PlanePoint& b, const PlanePoint& c, const PlanePoint& p) {
    const double d1 = turn(a, b, p), d2 = turn(b, c, p), d3 = turn(c, a, p);
    const bool has_neg = d1 < 0 || d2 < 0 || d3 < 0;
    const bool has_pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(has_neg && has_pos);
}

// The polygon as a doubly linked ring of nodes; holes are spliced into the outline by bridges.
class EarClipper {
public:
    explicit EarClipper(double area_epsilon) : eps_(area_epsilon) {}

    // Adds a ring with the wanted orientation; returns one of its nodes, or -1 if it has no area.
    int add_ring(const PlaneRing& ring, bool counter_clockwise) {
        PlaneRing clean;
        clean.reserve(ring.size());
        for (const PlanePoint& p : ring)
            if (clean.empty() || clean.back() != p) clean.push_back(p);
        while (clean.size() > 1 && clean.front() == clean.back()) clean.pop_back();
        if (clean.size() < 3 || std::abs(signed_area(clean)) <= eps_) return -1;
        if ((signed_area(clean) > 0) != counter_clockwise) std::reverse(clean.begin(), clean.end());
        const int first = static_cast<int>(nodes_.size());
        const int n = static_cast<int>(clean.size());
        for (int i = 0; i < n; ++i)
            nodes_.push_back(Node{clean[static_cast<std::size_t>(i)], first + (i + n - 1) % n, first + (i + 1) % n});
        return first;
    }

    // Joins each hole to the outline (leftmost holes first, so a later hole may bridge to an earlier one).
    int eliminate_holes(int outer, std::vector<int> holes) {
        for (int& h : holes) h = leftmost(h);
        std::sort(holes.begin(), holes.end(),
                  [&](int a, int b) { return P(a).x < P(b).x || (P(a).x == P(b).x && P(a).y < P(b).y); });
        for (int hole : holes) {
            const int bridge = find_bridge(hole, outer);
            if (bridge < 0) continue;  // not inside the outline: leave it out
            const int reverse = split(bridge, hole);
            filter(reverse, next(reverse));
            outer = filter(bridge, next(bridge));
        }
        return outer;
    }

    void clip(int start, std::vector<PlanePoint>& out) {
        int ear = filter(start, -1);
        if (ear < 0) return;
        int stop = ear;
        while (prev(ear) != next(ear)) {
            const int a = prev(ear), c = next(ear);
            if (is_ear(a, ear, c)) {
                emit(a, ear, c, out);
                remove(ear);
                ear = next(c);  // skipping one node avoids fans of slivers
                stop = ear;
                continue;
            }
            ear = c;
            if (ear != stop) continue;
            // A whole round without an ear: tidy up degenerate points, and if that is not it, the polygon is
            // not simple (a ring touching itself after simplification): clip the least bad convex corner.
            const int filtered = filter(ear, -1);
            if (filtered < 0) return;
            if (count(filtered) < count_before_filter_) {
                ear = stop = filtered;
                continue;
            }
            ear = force_ear(filtered);
            if (ear < 0) return;
            const int fa = prev(ear), fc = next(ear);
            if (turn(P(fa), P(ear), P(fc)) > eps_) emit(fa, ear, fc, out);
            remove(ear);
            ++forced_;
            ear = stop = fc;
        }
    }

    int forced() const { return forced_; }

private:
    const PlanePoint& P(int i) const { return nodes_[static_cast<std::size_t>(i)].p; }
    int prev(int i) const { return nodes_[static_cast<std::size_t>(i)].prev; }
    int next(int i) const { return nodes_[static_cast<std::size_t>(i)].next; }

    void remove(int i) {
        Node& n = nodes_[static_cast<std::size_t>(i)];
        nodes_[static_cast<std::size_t>(n.prev)].next = n.next;
        nodes_[static_cast<std::size_t>(n.next)].prev = n.prev;
    }

    int count(int start) const {
        int n = 0, p = start;
        do {
            ++n;
            p = next(p);
        } while (p != start);
        return n;
    }

    void emit(int a, int b, int c, std::vector<PlanePoint>& out) const {
        out.push_back(P(a));
        out.push_back(P(b));
        out.push_back(P(c));
    }

    // Removes repeated and collinear points between `start` and `end` (-1: the whole ring). Returns a node still
    // in the ring, or -1 when fewer than three points are left.
    int filter(int start, int end) {
        count_before_filter_ = count(start);
        if (end < 0) end = start;
        int p = start;
        bool again;
        do {
            again = false;
            if (prev(p) == next(p)) return -1;
            if (P(p) == P(next(p)) || std::abs(turn(P(prev(p)), P(p), P(next(p)))) <= eps_) {
                const int before = prev(p);
                remove(p);
                p = end = before;
                if (p == next(p)) return -1;
                again = true;
            } else {
                p = next(p);
            }
        } while (again || p != end);
        return prev(end) == next(end) ? -1 : end;
    }

    bool is_ear(int a, int b, int c) const {
        const PlanePoint &pa = P(a), &pb = P(b), &pc = P(c);
        if (turn(pa, pb, pc) <= eps_) return false;  // reflex or flat
        const double min_x = std::min({pa.x, pb.x, pc.x}), max_x = std::max({pa.x, pb.x, pc.x});
        const double min_y = std::min({pa.y, pb.y, pc.y}), max_y = std::max({pa.y, pb.y, pc.y});
        for (int p = next(c); p != a; p = next(p)) {
            const PlanePoint& q = P(p);
            if (q.x < min_x || q.x > max_x || q.y < min_y || q.y > max_y) continue;
            if (q == pa || q == pb || q == pc) continue;  // the other end of a bridge
            if (in_triangle(pa, pb, pc, q)) return false;
        }
        return true;
    }

    // The convex corner whose triangle holds the fewest other points.
    int force_ear(int start) const {
        int best = -1, best_inside = std::numeric_limits<int>::max();
        int b = start;
        do {
            const int a = prev(b), c = next(b);
            if (turn(P(a), P(b), P(c)) > eps_) {
                int inside = 0;
                for (int p = next(c); p != a && inside < best_inside; p = next(p))
                    if (P(p) != P(a) && P(p) != P(b) && P(p) != P(c) && in_triangle(P(a), P(b), P(c), P(p))) ++inside;
                if (inside < best_inside) {
                    best_inside = inside;
                    best = b;
                }
            }
            b = next(b);
        } while (b != start && best_inside > 0);
        return best >= 0 ? best : start;
    }

    int leftmost(int start) const {
        int best = start, p = start;
        do {
            if (P(p).x < P(best).x || (P(p).x == P(best).x && P(p).y < P(best).y)) best = p;
            p = next(p);
        } while (p != start);
        return best;
    }

    // Does the diagonal a → b leave `a` into the polygon's inside?
    bool locally_inside(int a, int b) const {
        const PlanePoint &pa = P(a), &pb = P(b), &ap = P(prev(a)), &an = P(next(a));
        return turn(ap, pa, an) > 0 ? turn(pa, pb, an) <= 0 && turn(pa, ap, pb) <= 0
                                    : turn(pa, pb, ap) > 0 || turn(pa, an, pb) > 0;
    }

    // Whether the corner at `m` contains the corner at `p` (both at the same point).
    bool sector_contains_sector(int m, int p) const {
        return turn(P(prev(m)), P(m), P(prev(p))) > 0 && turn(P(next(p)), P(m), P(next(m))) > 0;
    }

    // A node of the outline that the hole's leftmost point can see: cast a ray to the left, take the nearer end
    // of the first edge it meets, then the point inside that triangle closest in angle to the ray.
    int find_bridge(int hole, int outer) const {
        const PlanePoint h = P(hole);
        double qx = -std::numeric_limits<double>::infinity();
        int m = -1;
        int p = outer;
        do {
            const PlanePoint &a = P(p), &b = P(next(p));
            if (h.y <= a.y && h.y >= b.y && b.y != a.y) {
                const double x = a.x + (h.y - a.y) * (b.x - a.x) / (b.y - a.y);
                if (x <= h.x && x > qx) {
                    qx = x;
                    m = a.x < b.x ? p : next(p);
                    if (x == h.x) return m;  // the hole touches the edge
                }
            }
            p = next(p);
        } while (p != outer);
        if (m < 0) return -1;

        const int stop = m;
        const PlanePoint mp = P(m);
        double tan_min = std::numeric_limits<double>::infinity();
        p = m;
        do {
            const PlanePoint& q = P(p);
            if (h.x >= q.x && q.x >= mp.x && h.x != q.x &&
                in_triangle({h.y < mp.y ? h.x : qx, h.y}, mp, {h.y < mp.y ? qx : h.x, h.y}, q)) {
                const double tan = std::abs(h.y - q.y) / (h.x - q.x);
                if (locally_inside(p, hole) &&
                    (tan < tan_min ||
                     (tan == tan_min && (q.x > P(m).x || (q.x == P(m).x && sector_contains_sector(m, p)))))) {
                    m = p;
                    tan_min = tan;
                }
            }
            p = next(p);
        } while (p != stop);
        return m;
    }

    // Links a → b with a zero-width bridge (a copy of each end walks back); returns the copy of b.
    int split(int a, int b) {
        const int a2 = static_cast<int>(nodes_.size());
        nodes_.push_back(Node{P(a), -1, -1});
        const int b2 = static_cast<int>(nodes_.size());
        nodes_.push_back(Node{P(b), -1, -1});
        const int an = next(a), bp = prev(b);
        nodes_[static_cast<std::size_t>(a)].next = b;
        nodes_[static_cast<std::size_t>(b)].prev = a;
        nodes_[static_cast<std::size_t>(a2)].next = an;
        nodes_[static_cast<std::size_t>(an)].prev = a2;
        nodes_[static_cast<std::size_t>(b2)].next = a2;
        nodes_[static_cast<std::size_t>(a2)].prev = b2;
        nodes_[static_cast<std::size_t>(bp)].next = b2;
        nodes_[static_cast<std::size_t>(b2)].prev = bp;
        return b2;
    }

    std::vector<Node> nodes_;
    double eps_;
    int forced_ = 0;
    int count_before_filter_ = 0;
};

}  // namespace

std::vector<PlanePoint> triangulate(const PlanePolygon& polygon) {
    std::vector<PlanePoint> out;
    const PlaneBox box = box_of(polygon.outer);
    if (box.empty()) return out;
    const double size = std::max(box.max_x - box.min_x, box.max_y - box.min_y);
    EarClipper clipper(size * size * 1e-14);
    std::size_t points = polygon.outer.size();
    for (const PlaneRing& h : polygon.holes) points += h.size();
    out.reserve(3 * points);

    const int outer = clipper.add_ring(polygon.outer, true);
    if (outer < 0) return out;
    std::vector<int> holes;
    for (const PlaneRing& h : polygon.holes) {
        const int hole = clipper.add_ring(h, false);
        if (hole >= 0) holes.push_back(hole);
    }
    clipper.clip(clipper.eliminate_holes(outer, holes), out);
    return out;
}

}  // namespace app
