// When nobody has touched the exhibit for a while, it asks whether anyone is still there, counting down
// visibly, and then starts over for the next visitor. Pure timing over the injected clock.
#pragma once

namespace app {

struct IdleSettings {
    double timeout_s = 60;    // without a touch, the question appears
    double countdown_s = 20;  // and stays this long before the exhibit starts over
};

enum class IdlePhase { Active, CountingDown, Expired };

IdlePhase idle_phase(const IdleSettings& settings, double last_activity, double now);

// Whole seconds left on the countdown as shown to the visitor (countdown_s … 1).
int countdown_seconds_left(const IdleSettings& settings, double last_activity, double now);

// Seconds from `now` until the idle state next changes by itself (the question appears, a second ticks, it expires).
double idle_next_change(const IdleSettings& settings, double last_activity, double now);

}  // namespace app
