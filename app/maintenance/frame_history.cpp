#include "frame_history.h"

#include <algorithm>
#include <cmath>

namespace app {

void record_frame_time(FrameHistory& history, double at_s, float ms) {
    history.ms[static_cast<std::size_t>(history.next)] = ms;
    history.at_s[static_cast<std::size_t>(history.next)] = at_s;
    history.next = (history.next + 1) % kFrameHistory;
    history.count = std::min(history.count + 1, kFrameHistory);
}

std::vector<float> frame_times(const FrameHistory& history) {
    std::vector<float> out;
    out.reserve(static_cast<std::size_t>(history.count));
    const int first = history.count < kFrameHistory ? 0 : history.next;
    for (int i = 0; i < history.count; ++i)
        out.push_back(history.ms[static_cast<std::size_t>((first + i) % kFrameHistory)]);
    return out;
}

FramePercentiles frame_percentiles(const FrameHistory& history) {
    std::vector<float> sorted = frame_times(history);
    FramePercentiles p;
    if (sorted.empty()) return p;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = [&](double q) {
        // Nearest rank: the smallest value with at least q of the frames at or below it.
        const auto n = static_cast<double>(sorted.size());
        const auto index = static_cast<std::size_t>(std::max(1.0, std::ceil(q * n))) - 1;
        return sorted[std::min(index, sorted.size() - 1)];
    };
    p.p50 = rank(0.50);
    p.p95 = rank(0.95);
    p.p99 = rank(0.99);
    return p;
}

int frames_in_last_second(const FrameHistory& history, double now_s) {
    int n = 0;
    for (int i = 0; i < history.count; ++i) {
        const double t = history.at_s[static_cast<std::size_t>(i)];
        if (t > now_s - 1.0 && t <= now_s) ++n;
    }
    return n;
}

}  // namespace app
