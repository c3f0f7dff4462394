#include "track_scroll.h"

#include <algorithm>
#include <cmath>

#include "../animation/easing.h"

namespace app {
namespace {

float clamp_offset(const TrackScroll& s, float x) { return std::clamp(x, 0.0f, std::max(0.0f, s.max)); }

}  // namespace

void set_scroll_range(TrackScroll& s, float max, float give) {
    s.max = std::max(0.0f, max);
    s.give = give;
    s.offset = clamp_offset(s, s.offset);
    s.overshoot = s.pull = 0;
    s.dragging = false;
    s.animation.reset();
    stop_inertia(s.fling);
}

void set_scroll(TrackScroll& s, float offset) {
    s.offset = clamp_offset(s, offset);
    s.overshoot = s.pull = 0;
    s.animation.reset();
    stop_inertia(s.fling);
}

void drag_start(TrackScroll& s) {
    s.dragging = true;
    s.animation.reset();
    stop_inertia(s.fling);
    s.pull = rubber_band_raw(s.overshoot, s.give);  // a springing track is caught where it shows
}

bool drag_by(TrackScroll& s, float dx) {
    if (!s.dragging) return false;
    const float before = shown_scroll(s);
    const float raw = s.offset + s.pull - dx;
    s.offset = clamp_offset(s, raw);
    s.pull = raw - s.offset;
    s.overshoot = rubber_band(s.pull, s.give);
    return shown_scroll(s) != before;
}

void drag_end(TrackScroll& s, float velocity_x, float px_per_mm) {
    if (!s.dragging) return;
    s.dragging = false;
    s.pull = 0;
    if (s.overshoot != 0) return;  // let go past an end: it springs back, no glide
    start_inertia(s.fling, Vec2{-velocity_x, 0}, px_per_mm);
}

void scroll_to(TrackScroll& s, float to, double now, double duration) {
    stop_inertia(s.fling);
    s.dragging = false;
    s.pull = s.overshoot = 0;
    s.animation = ScrollAnimation{s.offset, clamp_offset(s, to), now, duration};
}

bool step_scroll(TrackScroll& s, double now, double dt, float px_per_mm) {
    const float before = shown_scroll(s);
    if (s.animation) {
        bool arrived = false;
        s.offset = clamp_offset(s, scroll_at(*s.animation, now, arrived));
        if (arrived) s.animation.reset();
    }
    if (inertia_active(s.fling)) {
        // A glide stops at an end rather than bouncing: the page does not jump out of the finger's reach.
        const float x = s.offset + step_inertia(s.fling, dt, px_per_mm).x;
        s.offset = clamp_offset(s, x);
        if (s.offset != x) stop_inertia(s.fling);
    }
    if (!s.dragging && s.overshoot != 0) s.overshoot = spring_back(s.overshoot, dt);
    return shown_scroll(s) != before;
}

bool scroll_moving(const TrackScroll& s) {
    return s.animation.has_value() || inertia_active(s.fling) || (!s.dragging && s.overshoot != 0);
}

}  // namespace app
