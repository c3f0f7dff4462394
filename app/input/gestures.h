// Turns finger and mouse events into the gestures the exhibit reacts to: tap, long press, drag (with a release
// velocity for flinging) and two-finger pinch. Thresholds are millimetres and seconds, converted through the
// screen's px_per_mm, so a tap is the same motion of the hand on a 7-inch Pi screen and on a 55-inch one. Time is
// the app's injected clock, passed in with every call.
//
// Only the fingers of the gesture in progress are tracked (at most two). Every other finger - a third one during
// a pinch, a palm resting on the glass, a touch while the mouse is busy - is ignored for its whole life, so its
// moves and lifts (unknown ids) can never disturb the gesture, and a touch storm cannot grow anything.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "../geometry.h"
#include "../input.h"

namespace app {

struct GestureConfig {
    float tap_slop_mm = 3.5f;         // a finger that wanders less than this is still tapping or pressing
    double tap_max_s = 0.5;           // held longer it is a hesitation, not a tap
    double long_press_s = 0.6;        // held still this long: a long press
    double velocity_window_s = 0.08;  // the release velocity looks back this far
    double still_gap_s = 0.04;        // a finger that did not move for this long before lifting had stopped
    bool pinch = true;                // false on screens with nothing to zoom: a second finger is then a stray too
};

enum class GestureKind { Tap, LongPress, DragStart, DragMove, DragEnd, PinchStart, PinchMove, PinchEnd };

struct Gesture {
    GestureKind kind = GestureKind::Tap;
    Vec2 pos;         // Tap, LongPress, DragStart: where the finger came down; DragMove, DragEnd: where it is now;
                      // Pinch*: the point halfway between the two fingers
    Vec2 delta;       // DragMove: finger movement since the last report; PinchMove: movement of the halfway point
    Vec2 velocity;    // DragEnd: release velocity in px/s (zero when the finger stopped, or a pinch took over)
    float scale = 1;  // PinchMove, PinchEnd: distance between the fingers over their distance at PinchStart
    std::int64_t finger = 0;  // the finger whose event caused this (kMouseFinger for the mouse)
};

constexpr int kGestureFingers = 2;   // a gesture never needs more
constexpr int kGestureSamples = 16;  // recent positions per finger: ~130 ms of a 120 Hz touch screen

struct PointerSample {
    double t_s = 0;
    Vec2 pos;
};

struct TrackedFinger {
    std::int64_t id = 0;
    Vec2 origin;  // where the slop is measured from: where it came down, or where it rested when a pinch ended
    Vec2 pos;     // latest position
    double down_s = 0;
    std::array<PointerSample, kGestureSamples> samples{};  // ring buffer, newest at `newest`
    int newest = 0;
    int sample_count = 0;
};

enum class GesturePhase { Idle, Pressed, Dragging, Pinching };

struct GestureRecognizer {
    GestureConfig config;
    GesturePhase phase = GesturePhase::Idle;
    std::array<TrackedFinger, kGestureFingers> fingers{};  // [0] the finger pressing or dragging; [1] its pinch partner
    int finger_count = 0;
    bool can_tap = false;  // no movement, pinch or long press has spoken against a tap yet
    bool can_long_press = false;
    float pinch_start_distance = 0;
    Vec2 pinch_center;  // as last reported, for PinchMove's delta
};

// Feeds one event at time `now_s`; returns the gestures it completes or advances (often none). A long press
// that came due before `now_s` is reported first, so the result does not depend on how often update_gestures runs.
std::vector<Gesture> recognize(GestureRecognizer& recognizer, const PointerEvent& event, double now_s, float px_per_mm);

// Reports a long press once a finger has been held still long enough; call it every frame.
std::vector<Gesture> update_gestures(GestureRecognizer& recognizer, double now_s);

// Forgets every finger without reporting anything (a new visitor): listeners drop their own drag state too.
void reset_gestures(GestureRecognizer& recognizer);

// True while a finger (or the mouse button) of a gesture is down.
bool gesture_in_progress(const GestureRecognizer& recognizer);

}  // namespace app
