#include <gtest/gtest.h>

#include "maintenance/corner_press.h"

namespace app {
namespace {

constexpr float kWidth = 1280;
constexpr float kPxPerMm = 96.0f / 25.4f;  // 15 mm = 56.7 px

PointerEvent at(PointerPhase phase, float x, float y, std::int64_t finger = 1) {
    return PointerEvent{phase, finger, {x, y}};
}

bool feed(CornerPress& p, const PointerEvent& e, double t) { return corner_press_input(p, e, t, kWidth, kPxPerMm); }

TEST(CornerPress, FiveSecondsStillInATopCornerOpensOnce) {
    for (float x : {10.0f, kWidth - 10.0f}) {
        CornerPress p;
        EXPECT_FALSE(feed(p, at(PointerPhase::Down, x, 10), 100.0));
        EXPECT_FALSE(corner_press_due(p, 104.9));
        EXPECT_NEAR(seconds_until_corner_press(p, 104.0), 1.0, 1e-9);
        EXPECT_TRUE(corner_press_due(p, 105.0));
        EXPECT_FALSE(corner_press_due(p, 106.0)) << "once per press";
        EXPECT_FALSE(feed(p, at(PointerPhase::Up, x, 10), 107.0));
    }
}

TEST(CornerPress, LiftingEarlyOrAtTheHoldTime) {
    CornerPress p;
    feed(p, at(PointerPhase::Down, 5, 5), 0);
    EXPECT_FALSE(feed(p, at(PointerPhase::Up, 5, 5), 4.99));
    EXPECT_FALSE(corner_press_due(p, 10));
    feed(p, at(PointerPhase::Down, 5, 5), 20);
    EXPECT_TRUE(feed(p, at(PointerPhase::Up, 5, 5), 25.0)) << "a lift exactly at 5 s, between frames, still counts";
}

TEST(CornerPress, OnlyTopCornersCount) {
    for (auto [x, y] : {std::pair{640.0f, 10.0f}, {10.0f, 700.0f}, {1270.0f, 700.0f}, {60.0f, 10.0f}, {10.0f, 60.0f}}) {
        CornerPress p;
        feed(p, at(PointerPhase::Down, x, y), 0);
        EXPECT_FALSE(corner_press_due(p, 10)) << x << "," << y;
        EXPECT_GT(seconds_until_corner_press(p, 10), 1e6);
    }
}

TEST(CornerPress, MovingOrASecondFingerCancels) {
    CornerPress p;
    feed(p, at(PointerPhase::Down, 10, 10), 0);
    feed(p, at(PointerPhase::Move, 10 + 5 * kPxPerMm + 1, 10), 1);
    EXPECT_FALSE(corner_press_due(p, 6));

    feed(p, at(PointerPhase::Down, 10, 10, 7), 10);
    feed(p, at(PointerPhase::Move, 12, 12, 7), 11);  // within the slop
    feed(p, at(PointerPhase::Down, 600, 400, 8), 12);
    EXPECT_FALSE(corner_press_due(p, 16)) << "a second finger means a visitor's hand";
}

TEST(CornerPress, OtherFingersDoNotDisturbIt) {
    CornerPress p;
    feed(p, at(PointerPhase::Down, 10, 10, 3), 0);
    feed(p, at(PointerPhase::Move, 600, 400, 9), 1);  // a finger it never saw go down
    feed(p, at(PointerPhase::Up, 600, 400, 9), 2);
    EXPECT_TRUE(feed(p, at(PointerPhase::Move, 11, 10, 3), 5.5));
}

TEST(CornerPress, TheMouseCountsToo) {
    CornerPress p;
    feed(p, at(PointerPhase::Down, kWidth - 3, 3, kMouseFinger), 0);
    EXPECT_TRUE(corner_press_due(p, 5));
}

}  // namespace
}  // namespace app
