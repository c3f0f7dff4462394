// The hidden gesture that calls the maintenance PIN pad on a kiosk with no keyboard: one finger (or the mouse)
// held still in a top corner of the screen for five seconds. Pure: fed the exhibit's pointer events and the
// injected time, like the gesture recognizer.
//
// The press is not taken away from the exhibit: it sees the same events as always (a long press on whatever
// lies in the corner, usually nothing). Holding corner touches back for five seconds would leave a dead corner
// for every visitor; reporting the gesture while still passing the events on costs visitors nothing.
//
// Top corners only: the exhibit's controls sit in the lower part of the screen, where visitors rest their hands,
// so a visitor leaning on the glass does not call the pad by accident (and if one does, it asks for a PIN and
// closes by itself).
#pragma once
#include <cstdint>

#include "../geometry.h"
#include "../input.h"

namespace app {

struct CornerPressConfig {
    float corner_mm = 15.0f;  // the press must land within this distance of both edges of a top corner
    float slop_mm = 5.0f;     // and may wander no further than this from where it landed
    double hold_s = 5.0;      // for this long
};

struct CornerPress {
    CornerPressConfig config;
    bool tracking = false;  // a finger is down in a corner and has not moved or lifted
    std::int64_t finger = 0;
    Vec2 origin;
    double down_s = 0;
    bool reported = false;  // this press already opened the pad: once per press
};

// Feeds one pointer event at `now_s`. `width_px` and `px_per_mm` describe the screen. Returns true when this
// event completes the gesture (a move after the hold time has passed, still in place).
bool corner_press_input(CornerPress& press, const PointerEvent& event, double now_s, float width_px, float px_per_mm);

// Call every frame: true once, when the finger has been held for the hold time.
bool corner_press_due(CornerPress& press, double now_s);

// Seconds until corner_press_due could next return true (a large number when no press is in progress), so a
// loop that sleeps between frames wakes up in time.
double seconds_until_corner_press(const CornerPress& press, double now_s);

}  // namespace app
