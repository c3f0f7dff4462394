#include "map/geometry/triangulate.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "map/geometry/simplify.h"

namespace app {
namespace {

constexpr double kPi = 3.14159265358979323846;

double triangle_area(const PlanePoint& a, const PlanePoint& b, const PlanePoint& c) { return turn(a, b, c) / 2; }

// A simple polygon: points sorted by angle around `centre`. With `even`, one point falls in each of `points`
// equal sectors, so the polygon surely holds the disc of radius r_min·cos(2π/points) around its centre.
PlaneRing star(std::mt19937& rng, PlanePoint centre, double r_min, double r_max, int points, bool even = false) {
    std::uniform_real_distribution<double> angle(0, 2 * kPi), radius(r_min, r_max), unit(0, 1);
    std::vector<double> angles;
    for (int i = 0; i < points; ++i) angles.push_back(even ? (i + unit(rng)) * 2 * kPi / points : angle(rng));
    std::sort(angles.begin(), angles.end());
    angles.erase(std::unique(angles.begin(), angles.end()), angles.end());
    PlaneRing ring;
    for (double a : angles) {
        const double r = radius(rng);
        ring.push_back({centre.x + r * std::cos(a), centre.y + r * std::sin(a)});
    }
    return ring;
}

// The triangles cover the polygon exactly: same total area, every triangle turned the same way with its
// centroid inside, and sample points inside the polygon lie in exactly one triangle.
void expect_exact_cover(const PlanePolygon& polygon, const std::vector<PlanePoint>& t, std::mt19937& rng,
                        const std::string& what) {
    ASSERT_EQ(t.size() % 3, 0u) << what;
    double sum = 0;
    for (std::size_t i = 0; i < t.size(); i += 3) {
        const double a = triangle_area(t[i], t[i + 1], t[i + 2]);
        EXPECT_GE(a, 0) << what << ": triangle " << i / 3 << " is turned the wrong way";
        sum += a;
        const PlanePoint centroid{(t[i].x + t[i + 1].x + t[i + 2].x) / 3, (t[i].y + t[i + 1].y + t[i + 2].y) / 3};
        if (a > 1e-9 * polygon_area(polygon)) {
            EXPECT_TRUE(polygon_contains(polygon, centroid)) << what << ": triangle " << i / 3 << " lies outside";
        }
    }
    EXPECT_NEAR(sum, polygon_area(polygon), 1e-9 * std::max(1.0, polygon_area(polygon))) << what;

    const PlaneBox box = box_of(polygon.outer);
    std::uniform_real_distribution<double> x(box.min_x, box.max_x), y(box.min_y, box.max_y);
    for (int s = 0; s < 200; ++s) {
        const PlanePoint p{x(rng), y(rng)};
        int covering = 0;
        for (std::size_t i = 0; i < t.size(); i += 3) {
            const double d1 = turn(t[i], t[i + 1], p), d2 = turn(t[i + 1], t[i + 2], p), d3 = turn(t[i + 2], t[i], p);
            covering += d1 > 0 && d2 > 0 && d3 > 0;
        }
        if (polygon_contains(polygon, p))
            EXPECT_LE(covering, 1) << what << ": overlapping triangles at " << p.x << ", " << p.y;
        else EXPECT_EQ(covering, 0) << what << ": a triangle covers " << p.x << ", " << p.y << " outside the polygon";
    }
}

TEST(MapTriangulate, Square) {
    const PlanePolygon square{{{0, 0}, {1, 0}, {1, 1}, {0, 1}}, {}};
    const std::vector<PlanePoint> t = triangulate(square);
    EXPECT_EQ(t.size(), 6u);
    std::mt19937 rng(1);
    expect_exact_cover(square, t, rng, "square");
}

TEST(MapTriangulate, ClockwiseRingsDuplicatesAndCollinearPointsAreAccepted) {
    // Clockwise, with a repeated closing point, a duplicate and points along the edges.
    const PlanePolygon p{{{0, 0}, {0, 1}, {0, 2}, {2, 2}, {2, 2}, {2, 1}, {2, 0}, {1, 0}, {0, 0}}, {}};
    const std::vector<PlanePoint> t = triangulate(p);
    std::mt19937 rng(2);
    expect_exact_cover(p, t, rng, "clockwise square with extra points");
    EXPECT_EQ(t.size() / 3, 2u) << "collinear points need no triangles of their own";
}

TEST(MapTriangulate, SquareWithHolesOfEitherOrientation) {
    PlanePolygon p{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {}};
    p.holes.push_back({{2, 2}, {4, 2}, {4, 4}, {2, 4}});  // counter-clockwise hole
    p.holes.push_back({{6, 6}, {6, 8}, {8, 8}, {8, 6}});  // clockwise hole
    p.holes.push_back({{2, 6}, {4, 7}, {2, 8}});          // a triangle, left-aligned with the first
    const std::vector<PlanePoint> t = triangulate(p);
    std::mt19937 rng(3);
    expect_exact_cover(p, t, rng, "square with three holes");
    EXPECT_LE(t.size() / 3, 15u + 2 * 3 - 2)
        << "n + 2h - 2 triangles for n points and h holes, fewer if bridges line up";
}

TEST(MapTriangulate, CombAndSpiralConcavities) {
    // A comb: deep narrow notches, the classic case for ear clipping.
    PlaneRing comb{{0, 0}, {21, 0}, {21, 10}};
    for (int i = 20; i >= 1; --i) comb.push_back({static_cast<double>(i), i % 2 ? 1.0 : 10.0});
    comb.push_back({0, 10});
    std::mt19937 rng(4);
    const PlanePolygon p{comb, {}};
    expect_exact_cover(p, triangulate(p), rng, "comb");

    // A square spiral corridor.
    const PlanePolygon spiral{
        {{0, 0}, {10, 0}, {10, 10}, {2, 10}, {2, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 8}, {8, 8}, {8, 2}, {0, 2}}, {}};
    expect_exact_cover(spiral, triangulate(spiral), rng, "spiral");
}

TEST(MapTriangulate, ManyRandomSimplePolygonsWithAndWithoutHoles) {
    std::mt19937 rng(1935);
    std::uniform_int_distribution<int> count(3, 120), holes(0, 4);
    for (int trial = 0; trial < 300; ++trial) {
        const int h = trial % 2 ? holes(rng) : 0;
        // With holes, the outline must surely leave room for them (radius 0.45 stays inside).
        PlanePolygon p{h > 0 ? star(rng, {0, 0}, 0.6, 1.0, std::max(12, count(rng)), true)
                             : star(rng, {0, 0}, 0.6, 1.0, count(rng)),
                       {}};
        for (int k = 0; k < h; ++k) {
            // Holes in separate sectors of the ring 0.1..0.45 from the centre, so they never touch.
            const double a = 2 * kPi * k / std::max(h, 1) + 0.3;
            p.holes.push_back(star(rng, {0.3 * std::cos(a), 0.3 * std::sin(a)}, 0.04, 0.1, count(rng) / 4 + 3));
            if (trial % 4 == 1) std::reverse(p.holes.back().begin(), p.holes.back().end());
        }
        if (trial % 3 == 0) std::reverse(p.outer.begin(), p.outer.end());
        const std::vector<PlanePoint> t = triangulate(p);
        expect_exact_cover(p, t, rng, "random polygon " + std::to_string(trial));
        if (::testing::Test::HasFailure()) return;  // one failing case says enough
    }
}

TEST(MapTriangulate, DegenerateInputGivesNoTrianglesAndNoHang) {
    EXPECT_TRUE(triangulate(PlanePolygon{}).empty());
    EXPECT_TRUE(triangulate(PlanePolygon{{{0, 0}, {1, 1}}, {}}).empty());
    EXPECT_TRUE(triangulate(PlanePolygon{{{0, 0}, {1, 1}, {2, 2}, {3, 3}}, {}}).empty());
    // A figure eight (self-intersecting): any triangles, but it must end.
    const std::vector<PlanePoint> t = triangulate(PlanePolygon{{{0, 0}, {2, 2}, {2, 0}, {0, 2}}, {}});
    EXPECT_EQ(t.size() % 3, 0u);
}

TEST(MapSimplify, DropsPointsCloserThanTheToleranceAndKeepsEnds) {
    const std::vector<PlanePoint> chain{{0, 0}, {1, 0.01}, {2, -0.01}, {3, 0}, {4, 2}, {5, 0}};
    const std::vector<PlanePoint> s = simplify_chain(chain, 0.05);
    ASSERT_EQ(s.size(), 4u);
    EXPECT_EQ(s[0], chain[0]);
    EXPECT_EQ(s[1], chain[3]);
    EXPECT_EQ(s[2], chain[4]);
    EXPECT_EQ(s[3], chain[5]);
}

// Two squares sharing an edge with extra points on it: simplified together, the shared edge keeps the very
// same points in both, so no gap opens between them.
TEST(MapSimplify, SharedBordersStayShared) {
    std::vector<PlanePolygon> left{{{{0, 0}, {1, 0}, {1, 0.3}, {1.004, 0.5}, {1, 0.7}, {1, 1}, {0, 1}}, {}}};
    std::vector<PlanePolygon> right{{{{1, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 0.7}, {1.004, 0.5}, {1, 0.3}}, {}}};
    simplify_shared({&left, &right}, 0.01);
    auto on_border = [](const PlaneRing& r) {
        std::vector<PlanePoint> out;
        for (const PlanePoint& p : r)
            if (p.x > 0.99 && p.x < 1.01) out.push_back(p);
        std::sort(out.begin(), out.end(), [](const PlanePoint& a, const PlanePoint& b) { return a.y < b.y; });
        return out;
    };
    EXPECT_EQ(on_border(left[0].outer), on_border(right[0].outer));
    EXPECT_EQ(on_border(left[0].outer).size(), 2u);  // the wiggle is within tolerance: only the corners stay
}

}  // namespace
}  // namespace app
