#include "map/geometry/map_geometry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "content/map/load_map.h"
#include "map/geometry/triangulate.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

const MapContent& shipped_map() {
    static const MapContent map = [] {
        std::vector<Problem> problems;
        return load_map("map/map.json", testing::shipped_assets(), problems);
    }();
    return map;
}

const ProjectedMap& projected() {
    static const ProjectedMap p = project_map(shipped_map());
    return p;
}

std::string country_id_at(double lat, double lon) {
    const int c = country_at(projected(), to_map_units({lat, lon}), 0);
    return c < 0 ? "" : shipped_map().countries[static_cast<std::size_t>(c)].id;
}

TEST(MapGeometry, PointInPolygonWithHoles) {
    const PlanePolygon p{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{3, 3}, {6, 3}, {6, 6}, {3, 6}}}};
    EXPECT_TRUE(polygon_contains(p, {1, 1}));
    EXPECT_TRUE(polygon_contains(p, {8, 5}));
    EXPECT_FALSE(polygon_contains(p, {4, 4})) << "in the hole";
    EXPECT_FALSE(polygon_contains(p, {11, 5}));
    EXPECT_FALSE(polygon_contains(p, {-0.5, 5}));
    // Concave: a U shape.
    const PlanePolygon u{{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}}, {}};
    EXPECT_TRUE(polygon_contains(u, {0.5, 2.5}));
    EXPECT_FALSE(polygon_contains(u, {1.5, 2.5}));
    EXPECT_TRUE(polygon_contains(u, {1.5, 0.5}));
    EXPECT_NEAR(distance_to_edges(p, {4, 4}), 1.0, 1e-12);
}

// The 1935 borders, as the issue asks: the USSR of 1935 is not today's union of its successor states.
TEST(MapGeometry, UssrOf1935ContainsAndLeavesOutTheRightCities) {
    for (auto [name, lat, lon] : {std::tuple{"Minsk", 53.90, 27.56},
                                  {"Kyiv", 50.45, 30.52},
                                  {"Tiraspol", 46.84, 29.63},
                                  {"Tbilisi", 41.72, 44.79},
                                  {"Vladivostok", 43.12, 131.89},
                                  {"Moscow", 55.75, 37.62}})
        EXPECT_EQ(country_id_at(lat, lon), "ussr") << name;
    for (auto [name, lat, lon] : {std::tuple{"Lviv", 49.84, 24.03},
                                  {"Vilnius", 54.69, 25.28},
                                  {"Riga", 56.95, 24.11},
                                  {"Kaliningrad", 54.71, 20.51},
                                  {"Vyborg", 60.71, 28.75},
                                  {"Kyzyl", 51.72, 94.45}})
        EXPECT_NE(country_id_at(lat, lon), "ussr") << name;
}

TEST(MapGeometry, UnitedStatesIncludesAlaskaAndHawaii) {
    EXPECT_EQ(country_id_at(38.90, -77.04), "us");   // Washington
    EXPECT_EQ(country_id_at(61.22, -149.90), "us");  // Anchorage
    EXPECT_EQ(country_id_at(19.60, -155.50), "us");  // Hawaiʻi, the Big Island
    EXPECT_EQ(country_id_at(-15.79, -47.88), "brazil");
    EXPECT_EQ(country_id_at(48.86, 2.35), "");  // Paris: other land
    EXPECT_EQ(country_id_at(30.0, -40.0), "");  // the Atlantic
}

// The map's author lists expected results in assets/map/check-points.json; the C++ hit test must agree.
TEST(MapGeometry, AgreesWithTheMapAuthorsCheckPoints) {
    const std::optional<std::string> text = testing::shipped_assets()("map/check-points.json").bytes;
    if (!text) GTEST_SKIP() << "no check-points.json";
    const nlohmann::json checks = nlohmann::json::parse(*text)["checks"];
    int checked = 0;
    for (const nlohmann::json& c : NONEMPTY(checks)) {
        const std::string id = c["id"];
        if (id == kMapLandId) continue;
        const bool inside = country_id_at(c["lat"].get<double>(), c["lon"].get<double>()) == id;
        EXPECT_EQ(inside, c["expect"] == "in")
            << c["name"].get<std::string>() << " " << c["expect"].get<std::string>() << " " << id;
        ++checked;
    }
    EXPECT_GT(checked, 20);
}

TEST(MapGeometry, EveryPlaceLiesInItsCountry) {
    for (const MapPlace& p : NONEMPTY(shipped_map().places)) {
        const int c = country_at(projected(), to_map_units(p.at), 0);
        ASSERT_GE(c, 0) << p.id;
        EXPECT_EQ(shipped_map().countries[static_cast<std::size_t>(c)].id, p.country) << p.id;
    }
}

TEST(MapGeometry, ATouchNearASmallIslandStillFindsIt) {
    // 0.02 map units (≈ 120 km) east of the Big Island is sea, but within a generous touch tolerance.
    const PlanePoint hawaii = to_map_units({19.6, -154.0});
    EXPECT_EQ(country_at(projected(), hawaii, 0), -1);
    EXPECT_EQ(country_at(projected(), hawaii, 0.03), 0);
}

// Triangulating the real coastlines: the triangles' area equals the polygons' area, region by region.
TEST(MapGeometry, RealCoastlinesTriangulateExactly) {
    auto check = [](const ProjectedRegion& region) {
        double polygons = 0, triangles = 0;
        int count = 0;
        for (const PlanePolygon& p : NONEMPTY(region.polygons)) {
            polygons += polygon_area(p);
            const std::vector<PlanePoint> t = triangulate(p);
            for (std::size_t i = 0; i < t.size(); i += 3) {
                const double a = turn(t[i], t[i + 1], t[i + 2]) / 2;
                EXPECT_GE(a, -1e-15) << region.id;
                triangles += a;
            }
            count += static_cast<int>(t.size() / 3);
        }
        EXPECT_NEAR(triangles, polygons, 1e-9 * polygons) << region.id;
        std::printf("[ map      ] %-6s unsimplified: %d triangles\n", region.id.c_str(), count);
    };
    check(projected().land);
    for (const ProjectedRegion& c : NONEMPTY(projected().countries)) check(c);
}

TEST(MapGeometry, FillsAreSimplifiedForTheirScaleAndKeepEveryCountry) {
    const double px = 1.0 / 350;  // one pixel when the world is about 1900 px wide
    const MapFill fill = build_map_fill(projected(), 0.6 * px, px * px, default_map_theme());
    ASSERT_EQ(fill.countries.size(), 3u);
    for (const auto& c : NONEMPTY(fill.countries)) EXPECT_GE(c->size(), 3u);
    EXPECT_EQ(fill.land->size() % 3, 0u);
    std::printf("[ map      ] at ~1920 px: %d points in, %d points and %d triangles drawn\n", projected().point_count,
                fill.points, fill.triangles);
    EXPECT_LT(fill.triangles, projected().point_count);
    EXPECT_LT(fill.triangles, 5000);

    // The simplified country still has (nearly) its area.
    double area = 0;
    for (const PlanePolygon& p : projected().countries[1].polygons) area += polygon_area(p);
    double drawn = 0;
    const std::vector<Vertex>& v = *fill.countries[1];
    for (std::size_t i = 0; i < v.size(); i += 3)
        drawn += std::abs((v[i + 1].pos.x - v[i].pos.x) * (v[i + 2].pos.y - v[i].pos.y) -
                          (v[i + 1].pos.y - v[i].pos.y) * (v[i + 2].pos.x - v[i].pos.x)) /
                 2;
    EXPECT_NEAR(drawn / area, 1.0, 0.01);
}

}  // namespace
}  // namespace app
