#include "window/frame_pacing.h"

#include <algorithm>

namespace platform {

bool wait_for_event(SDL_Event& event, double timeout_s, bool driver_polls) {
    const auto timeout_ms = static_cast<Uint32>(std::clamp(timeout_s * 1000.0, 1.0, kMaxSleepS * 1000.0));
    if (!driver_polls) return SDL_WaitEventTimeout(&event, static_cast<int>(timeout_ms)) != 0;
    const Uint64 until = SDL_GetTicks64() + timeout_ms;
    while (true) {
        if (SDL_PollEvent(&event)) return true;
        const Uint64 now = SDL_GetTicks64();
        if (now >= until) return false;
        SDL_Delay(static_cast<Uint32>(std::min<Uint64>(kPollSliceMs, until - now)));
    }
}

void advance_by(app::Exhibit& exhibit, double elapsed_s) {
    elapsed_s = std::min(elapsed_s, kMaxCatchUpS);
    while (elapsed_s > 0) {
        double step = std::min(elapsed_s, kMaxStepS);
        app::advance(exhibit, step);
        elapsed_s -= step;
    }
}

}  // namespace platform
