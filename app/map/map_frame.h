// Where the map stands on screen: the countries fitted into the free part of the view (any aspect), and the
// visitor's pan and zoom on top of that, within bounds. Pure arithmetic on a few numbers; the geometry itself is
// never touched, only a Triangles command's scale and offset.
#pragma once
#include "../geometry.h"
#include "map/geometry/plane.h"

namespace app {

// Map units to screen pixels: screen = p * scale + offset.
struct MapTransform {
    double scale = 1;
    double x = 0;
    double y = 0;
};

inline Vec2 to_screen(const MapTransform& t, const PlanePoint& p) {
    return {static_cast<float>(p.x * t.scale + t.x), static_cast<float>(p.y * t.scale + t.y)};
}
inline PlanePoint to_map(const MapTransform& t, Vec2 s) { return {(s.x - t.x) / t.scale, (s.y - t.y) / t.scale}; }

// `box` (map units) as large as fits in `fit` (screen), centred: the map at rest.
MapTransform fit_transform(const PlaneBox& box, const Rect& fit);

// The visitor's view: zoomed by `zoom` about the centre of the fitted frame, then moved by `pan` pixels.
struct MapViewport {
    float zoom = 1;
    Vec2 pan;
};

inline bool operator==(const MapViewport& a, const MapViewport& b) {
    return a.zoom == b.zoom && a.pan.x == b.pan.x && a.pan.y == b.pan.y;
}

// What the map frame needs to turn a viewport into a transform and to bound it.
struct MapFrame {
    MapTransform home;  // zoom 1, no pan
    Rect fit;           // the countries fill this at rest
    PlaneBox box;       // the countries, map units
    float min_zoom = 1;
    float max_zoom = 8;
};

MapFrame make_map_frame(const PlaneBox& countries, const Rect& fit, float max_zoom);

MapTransform view_transform(const MapFrame& frame, const MapViewport& viewport);

// The viewport zoomed to `zoom` about the screen point `focus`, which stays over the same place on the map.
MapViewport zoom_about(const MapFrame& frame, const MapViewport& viewport, float zoom, Vec2 focus);

// The pans allowed at `zoom`: the countries cover the fitted frame where they are larger than it, and are
// centred in it where they are smaller.
struct PanRange {
    Vec2 min;
    Vec2 max;
};
PanRange pan_range(const MapFrame& frame, float zoom);

Vec2 clamp_pan(const PanRange& range, Vec2 pan);
float clamp_zoom(const MapFrame& frame, float zoom);

// The viewport brought within bounds (zoom first, then pan).
MapViewport bounded(const MapFrame& frame, MapViewport viewport);

// How a pan beyond its range shows: the finger's `raw` pan, the excess given with growing reluctance.
Vec2 rubber_banded_pan(const PanRange& range, Vec2 raw, float limit_px);

// How a zoom beyond its range shows while the fingers still pinch, the same way in log scale.
float rubber_banded_zoom(const MapFrame& frame, float raw_zoom);

}  // namespace app
