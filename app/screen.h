// The physical screen the exhibit is drawn on, so sizes can be chosen in millimetres.
#pragma once

#include "geometry.h"

namespace app {

struct Screen {
    int width_px = 1920;
    int height_px = 1080;
    float px_per_mm = 96.0f / 25.4f;  // 96 dpi unless the display tells us better
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
