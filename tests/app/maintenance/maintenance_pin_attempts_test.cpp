#include <gtest/gtest.h>

#include "maintenance/pin_attempts.h"

namespace app {
namespace {

TEST(PinAttempts, ThreeFreeTriesThenExponentialBackoff) {
    PinAttempts a;
    const double t = 1000;
    for (int i = 0; i < 3; ++i) {
        note_wrong_pin(a, t);
        EXPECT_EQ(pin_wait_s(a, t), 0) << "fat fingers get three tries";
    }
    note_wrong_pin(a, t);
    EXPECT_DOUBLE_EQ(pin_wait_s(a, t), 30);
    EXPECT_DOUBLE_EQ(pin_wait_s(a, t + 29), 1);
    EXPECT_EQ(pin_wait_s(a, t + 30), 0);
    note_wrong_pin(a, t + 30);
    EXPECT_DOUBLE_EQ(pin_wait_s(a, t + 30), 60);
    note_wrong_pin(a, t + 90);
    EXPECT_DOUBLE_EQ(pin_wait_s(a, t + 90), 120);
}

TEST(PinAttempts, TheWaitStopsGrowingAtTheCap) {
    PinAttempts a;
    for (int i = 0; i < 200; ++i) note_wrong_pin(a, 0);
    EXPECT_DOUBLE_EQ(pin_wait_s(a, 0), 3600);
}

TEST(PinAttempts, TheRightPinStartsAgain) {
    PinAttempts a;
    for (int i = 0; i < 5; ++i) note_wrong_pin(a, 0);
    note_right_pin(a);
    EXPECT_EQ(a.failures, 0);
    EXPECT_EQ(pin_wait_s(a, 0), 0);
}

TEST(PinAttempts, AClockSetBackNeverLocksLongerThanTheCap) {
    PinAttempts a;
    a.failures = 10;
    a.locked_until = 2e9;  // stored before the clock jumped back to 1970
    EXPECT_DOUBLE_EQ(pin_wait_s(a, 0), 3600);
}

}  // namespace
}  // namespace app
