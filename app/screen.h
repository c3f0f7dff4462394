// The physical screen the exhibit is drawn on, so sizes can be chosen in millimetres.
#pragma once

#include <cmath>

#include "geometry.h"

namespace app {

constexpr float kDefaultPxPerMm = 96.0f / 25.4f;  // 96 dpi: what a display that says nothing is taken to have

// `px_per_mm` where it is a usable scale, else the default: gestures and inertia measure in millimetres, and a
// display (or a test) that reports 0 or NaN must not make every distance infinite.
inline float sane_px_per_mm(float px_per_mm) {
    return std::isfinite(px_per_mm) && px_per_mm > 0 ? px_per_mm : kDefaultPxPerMm;
}

struct Screen {
    int width_px = 1920;
    int height_px = 1080;
    float px_per_mm = kDefaultPxPerMm;  // unless the display tells us better
    // Larger text for visitors who ask for it (1.4); every layout multiplies its type sizes by it, never its
    // millimetres (touch targets stay as they are).
    float text_scale = 1.0f;

    float mm(float millimetres) const { return millimetres * px_per_mm; }
    bool portrait() const { return height_px > width_px; }
};

inline Rect full_screen(const Screen& s) {
    return Rect{0, 0, static_cast<float>(s.width_px), static_cast<float>(s.height_px)};
}

}  // namespace app
