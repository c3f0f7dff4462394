#include "pin_attempts.h"

#include <algorithm>
#include <cmath>

namespace app {

double pin_wait_s(const PinAttempts& attempts, double now, const PinBackoff& backoff) {
    return std::clamp(attempts.locked_until - now, 0.0, backoff.max_wait_s);
}

void note_wrong_pin(PinAttempts& attempts, double now, const PinBackoff& backoff) {
    ++attempts.failures;
    const int over = attempts.failures - backoff.free_failures;
    if (over <= 0) return;
    // 2^(over-1) grows past any cap long before it overflows a double; clamp the exponent anyway.
    const double wait = backoff.first_wait_s * std::pow(2.0, std::min(over - 1, 62));
    attempts.locked_until = now + std::min(wait, backoff.max_wait_s);
}

void note_right_pin(PinAttempts& attempts) { attempts = PinAttempts{}; }

}  // namespace app
