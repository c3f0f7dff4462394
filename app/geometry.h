// Plain value types shared by layout, input and the display list. Units are window pixels.
#pragma once
#include <cstdint>

namespace app {

struct Vec2 {
    float x = 0;
    float y = 0;
};

struct Rect {
    float x = 0;
    float y = 0;
    float w = 0;
    float h = 0;

    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool contains(Vec2 p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
};

struct Color {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    std::uint8_t a = 255;
};

inline bool operator==(Color l, Color r) { return l.r == r.r && l.g == r.g && l.b == r.b && l.a == r.a; }

// The same colour with its alpha scaled by `opacity` (0..1); used for fades.
inline Color faded(Color c, float opacity) {
    float a = static_cast<float>(c.a) * (opacity < 0 ? 0 : opacity > 1 ? 1 : opacity);
    c.a = static_cast<std::uint8_t>(a + 0.5f);
    return c;
}

}  // namespace app
