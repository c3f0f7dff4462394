#include "map_frame.h"

#include <algorithm>
#include <cmath>

#include "../input/inertia.h"

namespace app {
namespace {

Vec2 centre_of(const Rect& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

// The countries' box on screen at `zoom` without pan.
Rect zoomed_box(const MapFrame& frame, float zoom) {
    const Vec2 c = centre_of(frame.fit);
    const Vec2 a = to_screen(frame.home, {frame.box.min_x, frame.box.min_y});
    const Vec2 b = to_screen(frame.home, {frame.box.max_x, frame.box.max_y});
    return Rect{c.x + (a.x - c.x) * zoom, c.y + (a.y - c.y) * zoom, (b.x - a.x) * zoom, (b.y - a.y) * zoom};
}

// One axis of pan_range: `lo`..`hi` is the box, `from`..`to` the frame.
void axis_range(float lo, float hi, float from, float to, float& min, float& max) {
    if (hi - lo <= to - from + 0.5f) {
        min = max = (from + to) / 2 - (lo + hi) / 2;
    } else {
        min = to - hi;
        max = from - lo;
    }
}

}  // namespace

MapTransform fit_transform(const PlaneBox& box, const Rect& fit) {
    const double w = std::max(box.max_x - box.min_x, 1e-9), h = std::max(box.max_y - box.min_y, 1e-9);
    const double scale = std::min(fit.w / w, fit.h / h);
    return MapTransform{scale, fit.x + fit.w / 2 - (box.min_x + w / 2) * scale,
                        fit.y + fit.h / 2 - (box.min_y + h / 2) * scale};
}

MapFrame make_map_frame(const PlaneBox& countries, const Rect& fit, float max_zoom) {
    return MapFrame{fit_transform(countries, fit), fit, countries, 1, max_zoom};
}

MapTransform view_transform(const MapFrame& frame, const MapViewport& v) {
    const Vec2 c = centre_of(frame.fit);
    return MapTransform{frame.home.scale * v.zoom, c.x + (frame.home.x - c.x) * v.zoom + v.pan.x,
                        c.y + (frame.home.y - c.y) * v.zoom + v.pan.y};
}

MapViewport zoom_about(const MapFrame& frame, const MapViewport& v, float zoom, Vec2 focus) {
    const Vec2 c = centre_of(frame.fit);
    // The focus relative to the zoomed, unpanned map, per unit of zoom.
    const float qx = (focus.x - c.x - v.pan.x) / v.zoom, qy = (focus.y - c.y - v.pan.y) / v.zoom;
    return MapViewport{zoom, {focus.x - c.x - qx * zoom, focus.y - c.y - qy * zoom}};
}

PanRange pan_range(const MapFrame& frame, float zoom) {
    const Rect b = zoomed_box(frame, zoom);
    PanRange r;
    axis_range(b.x, b.right(), frame.fit.x, frame.fit.right(), r.min.x, r.max.x);
    axis_range(b.y, b.bottom(), frame.fit.y, frame.fit.bottom(), r.min.y, r.max.y);
    return r;
}

Vec2 clamp_pan(const PanRange& range, Vec2 pan) {
    return {std::clamp(pan.x, range.min.x, range.max.x), std::clamp(pan.y, range.min.y, range.max.y)};
}

float clamp_zoom(const MapFrame& frame, float zoom) { return std::clamp(zoom, frame.min_zoom, frame.max_zoom); }

MapViewport bounded(const MapFrame& frame, MapViewport v) {
    v.zoom = clamp_zoom(frame, v.zoom);
    v.pan = clamp_pan(pan_range(frame, v.zoom), v.pan);
    return v;
}

Vec2 rubber_banded_pan(const PanRange& range, Vec2 raw, float limit_px) {
    const Vec2 inside = clamp_pan(range, raw);
    return {inside.x + rubber_band(raw.x - inside.x, limit_px), inside.y + rubber_band(raw.y - inside.y, limit_px)};
}

float rubber_banded_zoom(const MapFrame& frame, float raw_zoom) {
    const float inside = clamp_zoom(frame, raw_zoom);
    const float over = std::log(raw_zoom / inside);               // in "e-folds" of zoom
    return inside * std::exp(rubber_band(over * 100, 40) / 100);  // never beyond about 1.5× past a limit
}

}  // namespace app
