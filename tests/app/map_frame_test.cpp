#include "map/map_frame.h"

#include <gtest/gtest.h>

#include "map/geometry/map_geometry.h"

namespace app {
namespace {

MapFrame test_frame() {
    PlaneBox box;
    box.add(PlanePoint{-2, -1});
    box.add(PlanePoint{2, 0.5});
    return make_map_frame(box, Rect{10, 20, 800, 400}, 8);
}

TEST(MapFrame, FitsTheBoxCentredInTheFrame) {
    const MapFrame f = test_frame();
    // 4 × 1.5 units into 800 × 400: the width limits, 200 px per unit.
    EXPECT_DOUBLE_EQ(f.home.scale, 200);
    const Vec2 a = to_screen(f.home, {-2, -1}), b = to_screen(f.home, {2, 0.5});
    EXPECT_FLOAT_EQ(a.x, 10);
    EXPECT_FLOAT_EQ(b.x, 810);
    EXPECT_FLOAT_EQ((a.y + b.y) / 2, 220);
    const PlanePoint back = to_map(f.home, {410, 220});
    EXPECT_NEAR(back.x, 0, 1e-9);
}

TEST(MapFrame, ZoomKeepsTheFocusStill) {
    const MapFrame f = test_frame();
    const Vec2 focus{123, 321};
    const PlanePoint under = to_map(view_transform(f, {}), focus);
    const MapViewport v = zoom_about(f, {}, 3, focus);
    const Vec2 after = to_screen(view_transform(f, v), under);
    EXPECT_NEAR(after.x, focus.x, 1e-3);
    EXPECT_NEAR(after.y, focus.y, 1e-3);
    // and again from a zoomed, panned view
    const MapViewport w = zoom_about(f, {2, {30, -40}}, 5, focus);
    const PlanePoint under2 = to_map(view_transform(f, {2, {30, -40}}), focus);
    const Vec2 after2 = to_screen(view_transform(f, w), under2);
    EXPECT_NEAR(after2.x, focus.x, 1e-3);
    EXPECT_NEAR(after2.y, focus.y, 1e-3);
}

TEST(MapFrame, AtRestThereIsNothingToPanAndZoomedInTheCountriesCoverTheFrame) {
    const MapFrame f = test_frame();
    const PanRange rest = pan_range(f, 1);
    EXPECT_FLOAT_EQ(rest.min.x, rest.max.x);
    EXPECT_FLOAT_EQ(rest.min.y, rest.max.y);
    EXPECT_NEAR(rest.min.x, 0, 1e-3);
    const PanRange zoomed = pan_range(f, 4);
    EXPECT_LT(zoomed.min.x, zoomed.max.x);
    EXPECT_LT(zoomed.min.y, zoomed.max.y);
    // At the range's ends, the countries' box still covers the frame.
    for (Vec2 pan : {zoomed.min, zoomed.max}) {
        const MapTransform t = view_transform(f, {4, pan});
        const Vec2 a = to_screen(t, {-2, -1}), b = to_screen(t, {2, 0.5});
        EXPECT_LE(a.x, f.fit.x + 1e-3);
        EXPECT_GE(b.x, f.fit.right() - 1e-3);
        EXPECT_LE(a.y, f.fit.y + 1e-3);
        EXPECT_GE(b.y, f.fit.bottom() - 1e-3);
    }
}

TEST(MapFrame, BeyondTheBoundsTheMapGivesWayEverLessAndZoomIsBounded) {
    const MapFrame f = test_frame();
    const PanRange r = pan_range(f, 2);
    const Vec2 shown = rubber_banded_pan(r, {r.max.x + 100, r.min.y - 300}, 60);
    EXPECT_GT(shown.x, r.max.x);
    EXPECT_LT(shown.x, r.max.x + 60);
    EXPECT_LT(shown.y, r.min.y);
    EXPECT_GT(shown.y, r.min.y - 60);
    EXPECT_FLOAT_EQ(rubber_banded_pan(r, {r.max.x, r.min.y}, 60).x, r.max.x);
    EXPECT_GT(rubber_banded_zoom(f, 20), 8);
    EXPECT_LT(rubber_banded_zoom(f, 20), 8 * 1.5f);
    EXPECT_LT(rubber_banded_zoom(f, 0.2f), 1);
    EXPECT_GT(rubber_banded_zoom(f, 0.2f), 1 / 1.5f);
    const MapViewport b = bounded(f, {20, {1e5, -1e5}});
    EXPECT_FLOAT_EQ(b.zoom, 8);
    EXPECT_FLOAT_EQ(b.pan.x, pan_range(f, 8).max.x);
}

}  // namespace
}  // namespace app
