// The horizontal scroll of the track: dragged by a finger, gliding on after a fling, giving like a rubber band
// when pulled past either end and springing back when let go, or moved by the exhibit itself (an eased
// scroll to an event). At rest it is always within [0, max].
#pragma once
#include <optional>

#include "../animation/easing.h"
#include "../input/inertia.h"

namespace app {

struct TrackScroll {
    float offset = 0;     // within [0, max]
    float overshoot = 0;  // shown past an end: < 0 before the start, > 0 after the end
    float pull = 0;       // while dragging: how far the finger has pulled past the end (overshoot shows less)
    float max = 0;
    float give = 0;  // the rubber band's limit: the most the track ever shows past an end
    bool dragging = false;
    Inertia fling;
    std::optional<ScrollAnimation> animation;
};

// Where the track is shown: the offset plus any overshoot.
inline float shown_scroll(const TrackScroll& s) { return s.offset + s.overshoot; }

// A new range (after a layout): everything stops and the offset is kept within it.
void set_scroll_range(TrackScroll& s, float max, float give);

// Jumps to `offset` (clamped) with nothing moving.
void set_scroll(TrackScroll& s, float offset);

// A finger takes hold: a glide, a spring or an animation stops where it is.
void drag_start(TrackScroll& s);

// The finger moved by `dx` px: the track follows it (a finger moving right shows earlier times).
bool drag_by(TrackScroll& s, float dx);

// The finger lifts with `velocity_x` px/s: a glide, or a spring back when it was pulled past an end.
void drag_end(TrackScroll& s, float velocity_x, float px_per_mm);

// An eased scroll to `to` (clamped) over `duration` seconds.
void scroll_to(TrackScroll& s, float to, double now, double duration);

// Moves glides, springs and animations on; returns whether the shown scroll changed.
bool step_scroll(TrackScroll& s, double now, double dt, float px_per_mm);

bool scroll_moving(const TrackScroll& s);

}  // namespace app
