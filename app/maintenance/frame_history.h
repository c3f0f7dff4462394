// The last few seconds of frames, for the maintenance overlay's graph: how long each took to draw, its
// percentiles, and how many were drawn in the last second. Pure; time is passed in. Fixed size: a kiosk that
// runs for months keeps exactly this much.
#pragma once
#include <array>
#include <vector>

namespace app {

constexpr int kFrameHistory = 240;  // four seconds at 60 frames a second

struct FrameHistory {
    std::array<float, kFrameHistory> ms{};     // ring buffer, oldest first from `next` once full
    std::array<double, kFrameHistory> at_s{};  // when each frame was drawn
    int count = 0;
    int next = 0;
};

struct FramePercentiles {
    float p50 = 0;
    float p95 = 0;
    float p99 = 0;
};

void record_frame_time(FrameHistory& history, double at_s, float ms);

// Frame times oldest first, for plotting.
std::vector<float> frame_times(const FrameHistory& history);

// Nearest-rank percentiles of the frames held (all zero when there are none).
FramePercentiles frame_percentiles(const FrameHistory& history);

// Frames drawn in the second up to `now_s`.
int frames_in_last_second(const FrameHistory& history, double now_s);

}  // namespace app
