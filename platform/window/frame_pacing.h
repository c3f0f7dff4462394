// How the frame loop waits and lets time pass (window_loop's run_iteration, which run_window and the benchmark
// both drive, so the benchmark's idle and ambient costs are those of the real sleeping).
#pragma once
#include <SDL.h>

#include "exhibit.h"

namespace platform {

constexpr double kMaxSleepS = 1.0;     // an idle exhibit still wakes this often, to notice the clock
constexpr Uint32 kPollSliceMs = 15;    // where waiting means polling (KMSDRM), poll this often
constexpr double kMaxStepS = 0.1;      // no single advance longer than this, so motion never jumps
constexpr double kMaxCatchUpS = 10.0;  // after a stall (debugger, suspend) time is not replayed for ever
constexpr Uint64 kMinFrameMs = 16;     // frame pacing when the renderer has no vsync

// Waits for an event for at most `timeout_s`. SDL_WaitEventTimeout polls every millisecond on KMSDRM, which
// would cost a kiosk CPU all day, so there (`driver_polls`) the wait is a sleep in slices with a poll between.
bool wait_for_event(SDL_Event& event, double timeout_s, bool driver_polls);

// Advances the exhibit by the real time elapsed, in steps of at most kMaxStepS: motion stays smooth after a
// slow frame, yet an idle exhibit's timers keep wall-clock time while the loop sleeps between events.
void advance_by(app::Exhibit& exhibit, double elapsed_s);

}  // namespace platform
