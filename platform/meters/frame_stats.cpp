#include "meters/frame_stats.h"

namespace platform {

void record_frame(FrameStats& stats, double ms) {
    constexpr double kWeight = 1.0 / 60.0;
    stats.last_ms = ms;
    stats.average_ms = stats.frames == 0 ? ms : stats.average_ms + (ms - stats.average_ms) * kWeight;
    ++stats.frames;
}

}  // namespace platform
