#include "map/geometry/projection.h"

#include <gtest/gtest.h>

#include <cmath>

namespace app {
namespace {

constexpr double kPi = 3.14159265358979323846;

TEST(MapProjection, OriginStaysAtOrigin) {
    const ProjectedPoint p = equal_earth(0, 0);
    EXPECT_DOUBLE_EQ(p.x, 0);
    EXPECT_DOUBLE_EQ(p.y, 0);
}

TEST(MapProjection, UsesThePublishedCoefficients) {
    EXPECT_DOUBLE_EQ(kEqualEarthA1, 1.340264);
    EXPECT_DOUBLE_EQ(kEqualEarthA2, -0.081106);
    EXPECT_DOUBLE_EQ(kEqualEarthA3, 0.000893);
    EXPECT_DOUBLE_EQ(kEqualEarthA4, 0.003796);
}

// From the definition: on the equator θ = 0, so x = 2√3·λ / (3·A1); at the pole θ = asin(√3/2) = π/3 and
// y = A1θ + A2θ³ + A3θ⁷ + A4θ⁹.
TEST(MapProjection, EquatorAndPoleMatchTheFormulaEvaluatedByHand) {
    EXPECT_NEAR(equal_earth(0, 180).x, 2 * std::sqrt(3.0) * kPi / (3 * 1.340264), 1e-12);
    EXPECT_NEAR(equal_earth(0, 90).x, 2 * std::sqrt(3.0) * (kPi / 2) / (3 * 1.340264), 1e-12);
    const double t = kPi / 3;
    EXPECT_NEAR(equal_earth(90, 0).y,
                1.340264 * t - 0.081106 * std::pow(t, 3) + 0.000893 * std::pow(t, 7) + 0.003796 * std::pow(t, 9),
                1e-12);
}

// Šavrič, Patterson & Jenny (2018): the map is about 2.05 times as wide as it is tall, its pole line about
// 0.59 times the equator, and it spans x ±2.7066, y ±1.3174 on the unit sphere.
TEST(MapProjection, MatchesTheProportionsGivenInTheLiterature) {
    const double width = equal_earth(0, 180).x, height = equal_earth(90, 0).y;
    EXPECT_NEAR(width, 2.70663, 1e-5);
    EXPECT_NEAR(height, 1.31736, 1e-5);
    EXPECT_NEAR(width / height, 2.05, 0.01);
    EXPECT_NEAR(equal_earth(90, 180).x / width, 0.59, 0.005);
}

TEST(MapProjection, IsSymmetricAboutTheEquatorAndTheCentralMeridian) {
    for (double lat : {-80.0, -45.5, -10.0, 5.0, 38.9, 55.75, 89.0}) {
        for (double lon : {-179.0, -77.04, -43.17, 0.5, 37.62, 120.0}) {
            const ProjectedPoint p = equal_earth(lat, lon);
            const ProjectedPoint east = equal_earth(lat, -lon), south = equal_earth(-lat, lon);
            EXPECT_NEAR(east.x, -p.x, 1e-12);
            EXPECT_NEAR(east.y, p.y, 1e-12);
            EXPECT_NEAR(south.x, p.x, 1e-12);
            EXPECT_NEAR(south.y, -p.y, 1e-12);
        }
    }
}

TEST(MapProjection, ParallelsAreStraightAndMeridiansMeetNoWhere) {
    for (double lat : {-60.0, 0.0, 42.25, 70.0}) {
        EXPECT_NEAR(equal_earth(lat, -170).y, equal_earth(lat, 30).y, 1e-12);
        // x grows evenly along a parallel
        EXPECT_NEAR(equal_earth(lat, 60).x, 2 * equal_earth(lat, 30).x, 1e-12);
    }
    EXPECT_GT(equal_earth(90, 180).x, 1.5);  // a pole line, not a point
}

// Equal area: a small cell of the globe, dλ × dφ at latitude φ, has area cos φ·dλ·dφ on the unit sphere,
// and the projected cell must have the same area wherever it is.
TEST(MapProjection, PreservesAreaEverywhere) {
    const double d = 0.01;  // degrees
    for (double lat : {-75.0, -30.0, 0.0, 20.0, 55.75, 80.0}) {
        for (double lon : {-150.0, 0.0, 37.0}) {
            const ProjectedPoint a = equal_earth(lat, lon), b = equal_earth(lat, lon + d),
                                 c = equal_earth(lat + d, lon);
            const double projected = std::abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
            const double sphere = std::cos((lat + d / 2) * kPi / 180) * (d * kPi / 180) * (d * kPi / 180);
            EXPECT_NEAR(projected / sphere, 1.0, 1e-3) << lat << ", " << lon;
        }
    }
}

TEST(MapProjection, TheWholeMapHasTheAreaOfTheSphere) {
    // The outline: up the meridian 180° and down the meridian -180°; shoelace area must be 4π.
    const int n = 4000;
    std::vector<ProjectedPoint> ring;
    for (int i = 0; i <= n; ++i) ring.push_back(equal_earth(-90.0 + 180.0 * i / n, 180));
    for (int i = 0; i <= n; ++i) ring.push_back(equal_earth(90.0 - 180.0 * i / n, -180));
    double area = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        area += ring[j].x * ring[i].y - ring[i].x * ring[j].y;
    EXPECT_NEAR(std::abs(area) / 2, 4 * kPi, 1e-3);
}

TEST(MapProjection, GreatCircleRunsOverTheNorthFromWashingtonToMoscow) {
    const GeoPoint washington{38.90, -77.04}, moscow{55.75, 37.62};
    const std::vector<GeoPoint> arc = great_circle(washington, moscow, 64);
    ASSERT_EQ(arc.size(), 65u);
    EXPECT_DOUBLE_EQ(arc.front().lat, washington.lat);
    EXPECT_DOUBLE_EQ(arc.back().lon, moscow.lon);
    double highest = -90;
    for (const GeoPoint& p : arc) highest = std::max(highest, p.lat);
    EXPECT_GT(highest, 60.0);  // the shortest way passes well north of both cities (over the North Atlantic)
    // About 7,800 km on a 6,371 km sphere.
    EXPECT_NEAR(central_angle(washington, moscow) * 6371.0, 7830, 60);
    // Evenly spaced along the arc.
    const double step = central_angle(arc[0], arc[1]);
    for (std::size_t i = 1; i + 1 < arc.size(); ++i) EXPECT_NEAR(central_angle(arc[i], arc[i + 1]), step, 1e-9);
}

}  // namespace
}  // namespace app
