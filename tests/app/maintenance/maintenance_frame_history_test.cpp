#include <gtest/gtest.h>

#include "maintenance/frame_history.h"

namespace app {
namespace {

TEST(FrameHistory, PercentilesByNearestRank) {
    FrameHistory h;
    for (int i = 1; i <= 100; ++i) record_frame_time(h, i * 0.01, static_cast<float>(i));
    const FramePercentiles p = frame_percentiles(h);
    EXPECT_EQ(p.p50, 50);
    EXPECT_EQ(p.p95, 95);
    EXPECT_EQ(p.p99, 99);
}

TEST(FrameHistory, KeepsOnlyTheLastFramesOldestFirst) {
    FrameHistory h;
    for (int i = 0; i < kFrameHistory + 10; ++i) record_frame_time(h, i, static_cast<float>(i));
    const std::vector<float> times = frame_times(h);
    ASSERT_EQ(times.size(), static_cast<std::size_t>(kFrameHistory));
    EXPECT_EQ(times.front(), 10);
    EXPECT_EQ(times.back(), kFrameHistory + 9);
}

TEST(FrameHistory, CountsFramesOfTheLastSecond) {
    FrameHistory h;
    EXPECT_EQ(frame_percentiles(h).p99, 0);
    for (int i = 0; i < 120; ++i) record_frame_time(h, 10.0 + i / 60.0, 5);
    EXPECT_EQ(frames_in_last_second(h, 10.0 + 119 / 60.0), 60);
    EXPECT_EQ(frames_in_last_second(h, 100), 0);
}

}  // namespace
}  // namespace app
