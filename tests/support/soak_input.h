// Random visitors for the soak test: what a crowd, a child or a cleaner's cloth does to a touch screen, as
// plain app::InputEvents in frames. Deterministic for a given seed.
#pragma once
#include <cstdint>
#include <random>
#include <vector>

#include "exhibit.h"
#include "input.h"

namespace soak {

// One frame's worth of input, then `dt_s` of time passing before the next frame.
struct Frame {
    std::vector<app::InputEvent> events;
    double dt_s = 1.0 / 60;
};

enum class ActionKind { Tap, Drag, Fling, Pinch, Outside, Strays, Keys, Wheel, Language, Count };

// A short burst of activity: one gesture (or key presses) as a few frames of events.
struct Action {
    ActionKind kind = ActionKind::Tap;
    std::vector<Frame> frames;
};

struct InputSource {
    std::mt19937_64 rng;
    std::int64_t next_finger = 1;  // touch ids keep growing, as SDL's do
};

// A random action for the exhibit as it is now (a language button is found on the attract screen as laid out).
Action next_action(InputSource& source, const app::Exhibit& exhibit);

}  // namespace soak
