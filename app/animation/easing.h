// Small, pure helpers for motion: progress over time and easing curves.
#pragma once
#include <algorithm>

#include "../geometry.h"

namespace app {

// Reduced motion (a kiosk setting) brings an animation to its end by moving its start this far into the past:
// any animation that started this long ago has ended.
constexpr double kLongAgo = 1e6;  // seconds

// 0 before `start`, 1 after `start + duration`, linear in between.
inline float progress(double now, double start, double duration) {
    if (duration <= 0) return now >= start ? 1.0f : 0.0f;
    return static_cast<float>(std::clamp((now - start) / duration, 0.0, 1.0));
}

// Fast start, gentle landing: for things that appear or arrive.
inline float ease_out_cubic(float t) {
    const float u = 1 - std::clamp(t, 0.0f, 1.0f);
    return 1 - u * u * u;
}

// Gentle start and landing: for things that move from one place to another.
inline float ease_in_out_cubic(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return t < 0.5f ? 4 * t * t * t : 1 - (-2 * t + 2) * (-2 * t + 2) * (-2 * t + 2) / 2;
}

inline float lerp(float a, float b, float t) { return a + (b - a) * t; }

inline Rect lerp(const Rect& a, const Rect& b, float t) {
    return Rect{lerp(a.x, b.x, t), lerp(a.y, b.y, t), lerp(a.w, b.w, t), lerp(a.h, b.h, t)};
}

}  // namespace app
