#include "idle.h"

#include <algorithm>
#include <cmath>

namespace app {

IdlePhase idle_phase(const IdleSettings& settings, double last_activity, double now) {
    const double quiet = now - last_activity;
    if (quiet < settings.timeout_s) return IdlePhase::Active;
    if (quiet < settings.timeout_s + settings.countdown_s) return IdlePhase::CountingDown;
    return IdlePhase::Expired;
}

int countdown_seconds_left(const IdleSettings& settings, double last_activity, double now) {
    const double left = settings.timeout_s + settings.countdown_s - (now - last_activity);
    return std::clamp(static_cast<int>(std::ceil(left)), 0, static_cast<int>(std::ceil(settings.countdown_s)));
}

double idle_next_change(const IdleSettings& settings, double last_activity, double now) {
    const double quiet = now - last_activity;
    if (quiet < settings.timeout_s) return settings.timeout_s - quiet;
    const double into = quiet - settings.timeout_s;
    if (into >= settings.countdown_s) return 0;
    // The number on screen changes on each whole second of what is left.
    const double left = settings.countdown_s - into;
    const double to_tick = left - std::floor(left);
    return to_tick > 1e-9 ? to_tick : 1.0;
}

}  // namespace app
