// How long frames take to draw, for the developer overlay.
#pragma once
#include <cstdint>

namespace platform {

struct FrameStats {
    double last_ms = 0;
    double average_ms = 0;  // exponential moving average over roughly the last 60 frames
    std::uint64_t frames = 0;
};

void record_frame(FrameStats& stats, double ms);

}  // namespace platform
