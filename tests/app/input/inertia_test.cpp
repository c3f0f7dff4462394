#include "input/inertia.h"

#include <gtest/gtest.h>

#include <cmath>

namespace app {
namespace {

constexpr float kPxPerMm = 4.0f;  // min fling 50 mm/s = 200 px/s, stop 15 mm/s = 60 px/s, cap 1300 mm/s = 5200 px/s

Inertia flung(Vec2 velocity) {
    Inertia inertia;
    start_inertia(inertia, velocity, kPxPerMm);
    return inertia;
}

// Steps the glide at `dt` until it stops; returns the whole distance and (through `seconds`) how long it took.
Vec2 glide_to_rest(Inertia& inertia, double dt, double* seconds = nullptr) {
    Vec2 total;
    double t = 0;
    while (inertia_active(inertia) && t < 60) {
        const Vec2 d = step_inertia(inertia, dt, kPxPerMm);
        total.x += d.x;
        total.y += d.y;
        t += dt;
    }
    if (seconds) *seconds = t;
    return total;
}

TEST(Inertia, ASlowReleaseDoesNotGlide) {
    EXPECT_FALSE(inertia_active(flung({150, 100})));  // 180 px/s < 200 px/s
    EXPECT_TRUE(inertia_active(flung({0, -250})));
    EXPECT_FALSE(inertia_active(flung({NAN, 500})));
    EXPECT_FALSE(inertia_active(Inertia{}));
}

TEST(Inertia, AWildSwipeIsCappedButKeepsItsDirection) {
    Inertia inertia = flung({30000, -40000});
    EXPECT_NEAR(std::hypot(inertia.velocity.x, inertia.velocity.y), 5200, 1);
    EXPECT_NEAR(inertia.velocity.x / inertia.velocity.y, -0.75, 1e-5);
}

TEST(Inertia, ItGlidesAlongTheReleaseAndSlowsDown) {
    Inertia inertia = flung({1200, -900});
    float last = INFINITY;
    for (int i = 0; i < 30; ++i) {
        const Vec2 d = step_inertia(inertia, 1.0 / 60, kPxPerMm);
        EXPECT_GT(d.x, 0);
        EXPECT_LT(d.y, 0);
        EXPECT_NEAR(d.x / d.y, 1200.0 / -900.0, 1e-3);
        const float len = std::hypot(d.x, d.y);
        EXPECT_LT(len, last);
        last = len;
    }
}

TEST(Inertia, OneBigStepMovesAsFarAsManySmallOnes) {
    Inertia once = flung({2000, 500});
    Inertia often = once;
    const Vec2 big = step_inertia(once, 0.1, kPxPerMm);
    Vec2 small;
    for (int i = 0; i < 10; ++i) {
        const Vec2 d = step_inertia(often, 0.01, kPxPerMm);
        small.x += d.x;
        small.y += d.y;
    }
    EXPECT_NEAR(big.x, small.x, 0.01);
    EXPECT_NEAR(big.y, small.y, 0.01);
    EXPECT_NEAR(once.velocity.x, often.velocity.x, 0.01);
    EXPECT_GT(big.x, 150);  // about 2000 * 0.1 slightly decayed
}

TEST(Inertia, TheWholeGlideIsTheSameAtAnyFrameRateAndAsPredicted) {
    for (float speed : {300.0f, 1500.0f, 5000.0f}) {
        Inertia fast = flung({0, speed});
        const Vec2 predicted = inertia_distance(fast, kPxPerMm);
        Inertia slow = fast;
        Inertia jerky = fast;
        const float at60 = glide_to_rest(fast, 1.0 / 60).y;
        const float at20 = glide_to_rest(slow, 1.0 / 20).y;
        Vec2 uneven;
        for (int i = 0; inertia_active(jerky); ++i) uneven.y += step_inertia(jerky, i % 3 ? 0.004 : 0.05, kPxPerMm).y;
        EXPECT_NEAR(at60, predicted.y, 0.05f) << speed;
        EXPECT_NEAR(at20, predicted.y, 0.05f) << speed;
        EXPECT_NEAR(uneven.y, predicted.y, 0.05f) << speed;
        EXPECT_NEAR(predicted.y, speed * 0.5f * (1 - 60 / speed), 0.01f) << "v tau (1 - stop / v)";
    }
}

TEST(Inertia, ItComesToACompleteStop) {
    Inertia inertia = flung({5200, 0});
    double seconds = 0;
    glide_to_rest(inertia, 1.0 / 60, &seconds);
    EXPECT_FALSE(inertia_active(inertia));
    EXPECT_FLOAT_EQ(inertia.velocity.x, 0);
    EXPECT_LT(seconds, 2.5);  // 0.5 s * ln(5200 / 60) = 2.23 s
    EXPECT_GT(seconds, 2.0);
    const Vec2 after = step_inertia(inertia, 1.0 / 60, kPxPerMm);
    EXPECT_FLOAT_EQ(after.x, 0);
    EXPECT_FLOAT_EQ(after.y, 0);
}

TEST(Inertia, AHugeStepLandsAtTheEndAndStops) {
    Inertia inertia = flung({1000, 0});
    const Vec2 expected = inertia_distance(inertia, kPxPerMm);
    const Vec2 d = step_inertia(inertia, 3600, kPxPerMm);  // the kiosk was paused for an hour
    EXPECT_NEAR(d.x, expected.x, 0.01);
    EXPECT_FALSE(inertia_active(inertia));
}

TEST(Inertia, NoTimeOrNegativeTimeMovesNothing) {
    Inertia inertia = flung({1000, 0});
    EXPECT_FLOAT_EQ(step_inertia(inertia, 0, kPxPerMm).x, 0);
    EXPECT_FLOAT_EQ(step_inertia(inertia, -1, kPxPerMm).x, 0);
    EXPECT_FLOAT_EQ(inertia.velocity.x, 1000);
}

TEST(Inertia, ACatchStopsIt) {
    Inertia inertia = flung({1000, 0});
    stop_inertia(inertia);
    EXPECT_FALSE(inertia_active(inertia));
}

TEST(Inertia, ACorruptVelocityStopsInsteadOfSpreadingNaN) {
    Inertia inertia;
    inertia.velocity = {NAN, 3};
    const Vec2 d = step_inertia(inertia, 0.016, kPxPerMm);
    EXPECT_FLOAT_EQ(d.x, 0);
    EXPECT_FALSE(inertia_active(inertia));
}

TEST(Inertia, ThresholdsAreMillimetresPerSecond) {
    // 400 px/s is 100 mm/s at 4 px/mm (a fling) but 40 mm/s at 10 px/mm (too slow).
    Inertia coarse;
    start_inertia(coarse, {400, 0}, 4);
    Inertia dense;
    start_inertia(dense, {400, 0}, 10);
    EXPECT_TRUE(inertia_active(coarse));
    EXPECT_FALSE(inertia_active(dense));
}

// --- Rubber band and spring-back ----------------------------------------------------------------------------

TEST(RubberBand, GivesLessThanThePullMonotonicallyAndNeverReachesTheLimit) {
    const float limit = 150;
    EXPECT_FLOAT_EQ(rubber_band(0, limit), 0);
    float last = 0;
    for (float pull = 1; pull < 20000; pull *= 1.3f) {
        const float shown = rubber_band(pull, limit);
        EXPECT_LT(shown, pull);
        EXPECT_GT(shown, last);
        EXPECT_LT(shown, limit);
        last = shown;
    }
    EXPECT_GT(rubber_band(100000, limit), 0.99f * limit);
    EXPECT_NEAR(rubber_band(1, limit), 0.55f, 0.01f) << "follows at about half speed at first";
}

TEST(RubberBand, IsSymmetricAndSafe) {
    EXPECT_FLOAT_EQ(rubber_band(-80, 150), -rubber_band(80, 150));
    EXPECT_FLOAT_EQ(rubber_band(80, 0), 0);
    EXPECT_FLOAT_EQ(rubber_band(80, -5), 0);
    EXPECT_FLOAT_EQ(rubber_band(INFINITY, 150), 150);
    EXPECT_FLOAT_EQ(rubber_band(NAN, 150), 0);
}

TEST(RubberBand, TheRawPullRoundTrips) {
    for (float pull : {-400.0f, -30.0f, 0.0f, 5.0f, 120.0f, 900.0f}) {
        EXPECT_NEAR(rubber_band_raw(rubber_band(pull, 150), 150), pull, std::fabs(pull) * 1e-4f + 1e-4f) << pull;
    }
    EXPECT_TRUE(std::isfinite(rubber_band_raw(150, 150)));
    EXPECT_TRUE(std::isfinite(rubber_band_raw(-1000, 150)));
}

double time_to_settle(float overshoot, double dt) {
    double t = 0;
    while (overshoot != 0 && t < 10) {
        overshoot = spring_back(overshoot, dt);
        t += dt;
    }
    return t;
}

TEST(SpringBack, SettlesExactlyOnZeroInAboutAThirdOfASecond) {
    EXPECT_GE(time_to_settle(100, 1.0 / 60), 0.25);
    EXPECT_LE(time_to_settle(100, 1.0 / 60), 0.35);
    EXPECT_LE(time_to_settle(300, 1.0 / 60), 0.40);
    EXPECT_GE(time_to_settle(20, 1.0 / 60), 0.15);
    EXPECT_LE(time_to_settle(-100, 1.0 / 60), 0.35);
}

TEST(SpringBack, MovesTowardsZeroWithoutCrossingIt) {
    float x = 120;
    while (x != 0) {
        const float next = spring_back(x, 1.0 / 60);
        EXPECT_GE(next, 0);
        EXPECT_LT(next, x);
        x = next;
    }
    float y = -120;
    for (int i = 0; i < 5; ++i) {
        const float next = spring_back(y, 1.0 / 60);
        EXPECT_LE(next, 0);
        EXPECT_GT(next, y);
        y = next;
    }
}

TEST(SpringBack, OneBigStepEqualsManySmallOnes) {
    float many = 200;
    for (int i = 0; i < 10; ++i) many = spring_back(many, 0.01);
    EXPECT_NEAR(spring_back(200, 0.1), many, 0.01);
    EXPECT_NEAR(time_to_settle(200, 1.0 / 30), time_to_settle(200, 1.0 / 240), 1.0 / 30);
}

TEST(SpringBack, StillOrInvalidInputIsHarmless) {
    EXPECT_FLOAT_EQ(spring_back(0, 0.1), 0);
    EXPECT_FLOAT_EQ(spring_back(50, 0), 50);
    EXPECT_FLOAT_EQ(spring_back(50, -1), 50);
    EXPECT_FLOAT_EQ(spring_back(NAN, 0.1), 0);
    EXPECT_FLOAT_EQ(spring_back(50, 1e9), 0);
}

}  // namespace
}  // namespace app
