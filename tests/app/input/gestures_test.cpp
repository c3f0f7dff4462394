#include "input/gestures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <ostream>
#include <random>
#include <vector>

namespace app {

// Internal linkage, but in namespace app so GoogleTest finds PrintTo by argument-dependent lookup.
static const char* name(GestureKind kind) {
    switch (kind) {
        case GestureKind::Tap: return "Tap";
        case GestureKind::LongPress: return "LongPress";
        case GestureKind::DragStart: return "DragStart";
        case GestureKind::DragMove: return "DragMove";
        case GestureKind::DragEnd: return "DragEnd";
        case GestureKind::PinchStart: return "PinchStart";
        case GestureKind::PinchMove: return "PinchMove";
        case GestureKind::PinchEnd: return "PinchEnd";
    }
    return "?";
}
static void PrintTo(GestureKind kind, std::ostream* os) { *os << name(kind); }

namespace {

using K = GestureKind;

// A scripted finger session: each call feeds one event at an explicit time and returns what it produced.
struct Session {
    GestureRecognizer recognizer;
    float px_per_mm = 4.0f;  // slop of 3.5 mm = 14 px

    using Id = std::int64_t;
    std::vector<Gesture> down(Id finger, float x, float y, double t) {
        return feed(PointerPhase::Down, finger, x, y, t);
    }
    std::vector<Gesture> move(Id finger, float x, float y, double t) {
        return feed(PointerPhase::Move, finger, x, y, t);
    }
    std::vector<Gesture> up(Id finger, float x, float y, double t) { return feed(PointerPhase::Up, finger, x, y, t); }
    std::vector<Gesture> update(double t) { return update_gestures(recognizer, t); }

    std::vector<Gesture> feed(PointerPhase phase, std::int64_t finger, float x, float y, double t) {
        return recognize(recognizer, PointerEvent{phase, finger, {x, y}}, t, px_per_mm);
    }
};

std::vector<K> kinds(const std::vector<Gesture>& gestures) {
    std::vector<K> out;
    for (const Gesture& g : gestures) out.push_back(g.kind);
    return out;
}

void append(std::vector<Gesture>& all, const std::vector<Gesture>& more) {
    all.insert(all.end(), more.begin(), more.end());
}

// A finger moving from (x0, y) at `speed` px/s along x, reporting every `period` s from t0 to t1.
std::vector<Gesture> glide(Session& s, std::int64_t finger, float x0, float y, double t0, double t1, float speed,
                           double period) {
    std::vector<Gesture> all;
    for (double t = t0 + period; t <= t1 + 1e-9; t += period) {
        append(all, s.move(finger, x0 + speed * static_cast<float>(t - t0), y, t));
    }
    return all;
}

// --- Tap, long press, drag ------------------------------------------------------------------------------------

TEST(Gestures, AQuickStillTouchIsATapAtItsDownPoint) {
    Session s;
    EXPECT_TRUE(s.down(7, 100, 200, 1.0).empty());
    EXPECT_TRUE(s.move(7, 105, 203, 1.05).empty()) << "wobbling within the slop is still a tap";
    EXPECT_TRUE(gesture_in_progress(s.recognizer));
    auto out = s.up(7, 106, 204, 1.2);
    ASSERT_EQ(kinds(out), (std::vector<K>{K::Tap}));
    EXPECT_FLOAT_EQ(out[0].pos.x, 100);
    EXPECT_FLOAT_EQ(out[0].pos.y, 200);
    EXPECT_EQ(out[0].finger, 7);
    EXPECT_FALSE(gesture_in_progress(s.recognizer));
}

TEST(Gestures, TheTapToleranceIsMillimetresNotPixels) {
    // 20 px is 2.5 mm on a dense 8 px/mm screen (a tap) but 6.7 mm on a coarse 3 px/mm one (a drag).
    Session dense;
    dense.px_per_mm = 8;
    dense.down(1, 100, 100, 0);
    dense.move(1, 120, 100, 0.1);
    EXPECT_EQ(kinds(dense.up(1, 120, 100, 0.2)), (std::vector<K>{K::Tap}));

    Session coarse;
    coarse.px_per_mm = 3;
    coarse.down(1, 100, 100, 0);
    EXPECT_EQ(kinds(coarse.move(1, 120, 100, 0.1)), (std::vector<K>{K::DragStart, K::DragMove}));
    EXPECT_EQ(kinds(coarse.up(1, 120, 100, 0.2)), (std::vector<K>{K::DragEnd}));
}

TEST(Gestures, ASlowTouchIsNoTap) {
    Session s;
    s.down(1, 50, 50, 0);
    EXPECT_TRUE(s.update(0.3).empty());
    EXPECT_TRUE(s.up(1, 50, 50, 0.55).empty()) << "held past tap_max_s but released before the long press";
}

TEST(Gestures, TapDurationLimitIsConfigurable) {
    Session s;
    s.recognizer.config.tap_max_s = 0.2;
    s.down(1, 50, 50, 0);
    EXPECT_TRUE(s.up(1, 50, 50, 0.25).empty());
    s.down(1, 50, 50, 1);
    EXPECT_EQ(kinds(s.up(1, 50, 50, 1.15)), (std::vector<K>{K::Tap}));
}

TEST(Gestures, ALongPressFiresFromUpdateAtItsTimeAndSuppressesTheTap) {
    Session s;
    s.down(3, 300, 400, 10.0);
    EXPECT_TRUE(s.move(3, 302, 401, 10.3).empty());
    EXPECT_TRUE(s.update(10.59).empty());
    auto out = s.update(10.61);
    ASSERT_EQ(kinds(out), (std::vector<K>{K::LongPress}));
    EXPECT_FLOAT_EQ(out[0].pos.x, 300);
    EXPECT_FLOAT_EQ(out[0].pos.y, 400);
    EXPECT_EQ(out[0].finger, 3);
    EXPECT_TRUE(s.update(10.7).empty()) << "fires once";
    EXPECT_TRUE(gesture_in_progress(s.recognizer));
    EXPECT_TRUE(s.up(3, 302, 401, 10.8).empty()) << "no tap after a long press";
    EXPECT_FALSE(gesture_in_progress(s.recognizer));
}

TEST(Gestures, ALongPressDueBeforeAnEventIsReportedFirstEvenWithoutUpdates) {
    Session s;
    s.down(1, 10, 10, 0);
    EXPECT_EQ(kinds(s.up(1, 10, 10, 0.7)), (std::vector<K>{K::LongPress}));
}

TEST(Gestures, MovingBeyondTheSlopRulesOutTapAndLongPress) {
    Session s;
    s.down(1, 100, 100, 0);
    EXPECT_EQ(kinds(s.move(1, 100, 120, 0.1)), (std::vector<K>{K::DragStart, K::DragMove}));
    EXPECT_TRUE(s.move(1, 100, 120, 0.5).empty());
    EXPECT_TRUE(s.update(1.0).empty()) << "a drag held still is not a long press";
    EXPECT_EQ(kinds(s.up(1, 100, 100, 1.1)), (std::vector<K>{K::DragMove, K::DragEnd}))
        << "coming back within the slop is still a drag, never a tap";
}

TEST(Gestures, DragStartsAtTheDownPointAndItsDeltasAddUpToTheWholeMovement) {
    Session s;
    std::vector<Gesture> all;
    append(all, s.down(2, 100, 100, 0));
    append(all, s.move(2, 104, 98, 0.01));  // within the slop: nothing yet
    append(all, s.move(2, 130, 90, 0.02));
    append(all, s.move(2, 170, 60, 0.03));
    append(all, s.move(2, 170, 60, 0.04));  // no movement: no report
    append(all, s.move(2, 150, 250, 0.05));
    append(all, s.up(2, 155, 255, 0.06));  // the Up's own position is a last move
    ASSERT_EQ(kinds(all),
              (std::vector<K>{K::DragStart, K::DragMove, K::DragMove, K::DragMove, K::DragMove, K::DragEnd}));
    EXPECT_FLOAT_EQ(all.front().pos.x, 100);
    EXPECT_FLOAT_EQ(all.front().pos.y, 100);
    Vec2 sum;
    for (const Gesture& g : all) {
        if (g.kind != K::DragMove) continue;
        sum.x += g.delta.x;
        sum.y += g.delta.y;
    }
    EXPECT_FLOAT_EQ(sum.x, 55);
    EXPECT_FLOAT_EQ(sum.y, 155);
    EXPECT_FLOAT_EQ(all.back().pos.x, 155);
    EXPECT_FLOAT_EQ(all.back().pos.y, 255);
    for (const Gesture& g : all) EXPECT_EQ(g.finger, 2);
}

TEST(Gestures, AFingerHeldForALongPressCanStillDrag) {
    // A visitor who rests a finger before scrolling still scrolls; the listener decides whether to ignore it.
    Session s;
    s.down(1, 100, 100, 0);
    EXPECT_EQ(kinds(s.update(0.7)), (std::vector<K>{K::LongPress}));
    EXPECT_EQ(kinds(s.move(1, 100, 150, 0.8)), (std::vector<K>{K::DragStart, K::DragMove}));
    EXPECT_EQ(kinds(s.up(1, 100, 150, 0.9)), (std::vector<K>{K::DragEnd}));
}

// --- Release velocity ---------------------------------------------------------------------------------------

TEST(Gestures, AConstantSpeedDragReleasesAtThatSpeed) {
    Session s;
    s.down(1, 0, 300, 0);
    glide(s, 1, 0, 300, 0, 0.3, 800, 1.0 / 120);
    auto out = s.up(1, 800 * (0.3f + 1.0f / 120), 300, 0.3 + 1.0 / 120);
    ASSERT_EQ(kinds(out), (std::vector<K>{K::DragMove, K::DragEnd}));
    EXPECT_NEAR(out.back().velocity.x, 800, 8);
    EXPECT_NEAR(out.back().velocity.y, 0, 1);
}

TEST(Gestures, VelocityFollowsEveryDirection) {
    Session s;
    s.down(1, 500, 500, 0);
    for (int i = 1; i <= 30; ++i) {
        const double t = i * 0.01;
        s.move(1, 500 - 300 * static_cast<float>(t), 500 + 400 * static_cast<float>(t), t);
    }
    auto out = s.up(1, 410, 620, 0.3);
    ASSERT_EQ(out.back().kind, K::DragEnd);
    EXPECT_NEAR(out.back().velocity.x, -300, 6);
    EXPECT_NEAR(out.back().velocity.y, 400, 6);
}

TEST(Gestures, ReleaseVelocityIsTheLatestMotionNotTheAverage) {
    Session s;
    s.down(1, 0, 0, 0);
    glide(s, 1, 0, 0, 0, 0.3, 2000, 0.01);     // fast ...
    glide(s, 1, 600, 0, 0.3, 0.5, 200, 0.01);  // ... then slow for the last 200 ms
    auto out = s.up(1, 640, 0, 0.5);
    EXPECT_NEAR(out.back().velocity.x, 200, 10);
}

TEST(Gestures, AFingerThatStopsBeforeLiftingDoesNotFling) {
    Session s;
    s.down(1, 0, 0, 0);
    glide(s, 1, 0, 0, 0, 0.3, 1500, 0.01);
    auto out = s.up(1, 450, 0, 0.45);  // still for 150 ms, the screen reporting nothing
    ASSERT_EQ(out.back().kind, K::DragEnd);
    EXPECT_FLOAT_EQ(out.back().velocity.x, 0);
    EXPECT_FLOAT_EQ(out.back().velocity.y, 0);
}

TEST(Gestures, AStopStillReportedAsMovesInPlaceDoesNotFlingEither) {
    Session s;
    s.down(1, 0, 0, 0);
    glide(s, 1, 0, 0, 0, 0.3, 1500, 0.01);
    for (int i = 1; i <= 6; ++i) s.move(1, 450, 0, 0.3 + i * 0.01);  // 60 ms of the same place
    auto out = s.up(1, 450, 0, 0.37);
    EXPECT_FLOAT_EQ(out.back().velocity.x, 0);

    Session jitter;  // a resting finger jitters by a fraction of a millimetre
    jitter.down(1, 0, 0, 0);
    glide(jitter, 1, 0, 0, 0, 0.3, 1500, 0.01);
    for (int i = 1; i <= 10; ++i) jitter.move(1, 450 + (i % 2 ? 1.0f : -1.0f), (i % 3) * 0.5f, 0.3 + i * 0.01);
    auto jittered = jitter.up(1, 450, 0, 0.41);
    EXPECT_LT(std::hypot(jittered.back().velocity.x, jittered.back().velocity.y), 20.0f);
}

TEST(Gestures, EventsStampedOncePerFrameStillGiveTheSpeed) {
    // The platform may stamp events with the frame time: two moves per 60 Hz frame share a timestamp.
    Session s;
    s.down(1, 0, 0, 0);
    float x = 0;
    for (int frame = 1; frame <= 20; ++frame) {
        const double t = frame / 60.0;
        x += 5;
        s.move(1, x, 0, t);
        x += 5;
        s.move(1, x, 0, t);
    }
    auto out = s.up(1, x, 0, 20 / 60.0);
    EXPECT_NEAR(out.back().velocity.x, 600, 60);
}

TEST(Gestures, AFlickTooBriefToMeasureEndsWithoutVelocity) {
    Session s;
    s.down(1, 0, 0, 0);
    auto out = s.up(1, 300, 0, 0.2);  // no moves at all: we cannot know how fast it went
    ASSERT_EQ(kinds(out), (std::vector<K>{K::DragStart, K::DragMove, K::DragEnd}));
    EXPECT_FLOAT_EQ(out.back().velocity.x, 0);
}

// --- Pinch --------------------------------------------------------------------------------------------------

TEST(Gestures, FingersMovingApartToDoubleTheirDistancePinchToScaleTwo) {
    Session s;
    EXPECT_TRUE(s.down(1, 400, 300, 0).empty());
    auto start = s.down(2, 500, 300, 0.05);
    ASSERT_EQ(kinds(start), (std::vector<K>{K::PinchStart}));
    EXPECT_FLOAT_EQ(start[0].pos.x, 450);
    EXPECT_FLOAT_EQ(start[0].pos.y, 300);
    EXPECT_FLOAT_EQ(start[0].scale, 1);

    std::vector<Gesture> moves;
    for (int i = 1; i <= 10; ++i) {
        const float spread = 5.0f * static_cast<float>(i);
        append(moves, s.move(1, 400 - spread, 300, 0.05 + i * 0.02));
        append(moves, s.move(2, 500 + spread, 300, 0.05 + i * 0.02));
    }
    ASSERT_EQ(moves.size(), 20u);
    for (const Gesture& g : moves) EXPECT_EQ(g.kind, K::PinchMove);
    EXPECT_NEAR(moves.back().scale, 2, 1e-5);
    EXPECT_NEAR(moves.back().pos.x, 450, 1e-4);
    auto end = s.up(2, 550, 300, 0.4);
    ASSERT_EQ(kinds(end), (std::vector<K>{K::PinchEnd}));
    EXPECT_NEAR(end[0].scale, 2, 1e-5);
}

TEST(Gestures, PinchCentreDeltasAddUpToItsMovement) {
    Session s;
    s.down(1, 100, 100, 0);
    s.down(2, 200, 100, 0.01);
    std::vector<Gesture> all;
    for (int i = 1; i <= 10; ++i) {
        append(all, s.move(1, 100 + 10.0f * i, 100 + 3.0f * i, i * 0.02));
        append(all, s.move(2, 200 + 10.0f * i, 100 - 1.0f * i, i * 0.02));
    }
    Vec2 sum;
    for (const Gesture& g : all) {
        sum.x += g.delta.x;
        sum.y += g.delta.y;
    }
    EXPECT_NEAR(sum.x, 100, 1e-3);  // both fingers moved 100 px right
    EXPECT_NEAR(sum.y, 10, 1e-3);   // the midpoint moved (30 - 10) / 2 down
}

TEST(Gestures, ASecondFingerEndsADragWithoutFlingBeforeThePinchBegins) {
    Session s;
    s.down(1, 100, 100, 0);
    glide(s, 1, 100, 100, 0, 0.2, 1000, 0.01);  // a fast drag
    auto out = s.down(2, 500, 500, 0.21);
    ASSERT_EQ(kinds(out), (std::vector<K>{K::DragEnd, K::PinchStart}));
    EXPECT_EQ(out[0].finger, 1);
    EXPECT_FLOAT_EQ(out[0].velocity.x, 0);
    EXPECT_FLOAT_EQ(out[0].velocity.y, 0);
    EXPECT_FLOAT_EQ(out[1].pos.x, 400);  // halfway between (300, 100) and (500, 500)
    EXPECT_FLOAT_EQ(out[1].pos.y, 300);
}

TEST(Gestures, ATwoFingerTouchIsNeverATap) {
    Session s;
    s.down(1, 100, 100, 0);
    EXPECT_EQ(kinds(s.down(2, 200, 100, 0.02)), (std::vector<K>{K::PinchStart}));
    EXPECT_EQ(kinds(s.up(2, 200, 100, 0.08)), (std::vector<K>{K::PinchEnd}));
    EXPECT_TRUE(s.up(1, 100, 100, 0.1).empty());
    EXPECT_TRUE(s.update(2).empty());
}

TEST(Gestures, TheFingerLeftAfterAPinchNeverTapsOrLongPressesButCanPanOn) {
    Session s;
    s.down(1, 100, 100, 0);
    s.down(2, 300, 100, 0.05);
    s.move(2, 400, 100, 0.1);
    EXPECT_EQ(kinds(s.up(1, 100, 100, 0.15)), (std::vector<K>{K::PinchEnd}));
    EXPECT_TRUE(gesture_in_progress(s.recognizer));
    EXPECT_TRUE(s.update(5).empty()) << "no long press from the remaining finger";
    EXPECT_TRUE(s.move(2, 405, 102, 5.1).empty()) << "within the slop of where it rested";
    auto out = s.move(2, 400, 160, 5.2);
    ASSERT_EQ(kinds(out), (std::vector<K>{K::DragStart, K::DragMove}));
    EXPECT_FLOAT_EQ(out[0].pos.x, 400);  // the drag starts where the finger rested, so nothing jumps
    EXPECT_FLOAT_EQ(out[1].delta.y, 60);
    EXPECT_EQ(kinds(s.up(2, 400, 160, 5.3)), (std::vector<K>{K::DragEnd}));
}

TEST(Gestures, TheRemainingFingerSimplyLiftingDoesNothing) {
    Session s;
    s.down(1, 100, 100, 0);
    s.down(2, 300, 100, 0.05);
    s.up(2, 300, 100, 0.1);
    EXPECT_TRUE(s.up(1, 100, 100, 0.12).empty());
    EXPECT_FALSE(gesture_in_progress(s.recognizer));
}

TEST(Gestures, ANewSecondFingerAfterAPinchStartsAnotherPinch) {
    Session s;
    s.down(1, 100, 100, 0);
    s.down(2, 300, 100, 0.05);
    s.up(2, 300, 100, 0.1);
    auto out = s.down(3, 100, 300, 0.2);
    ASSERT_EQ(kinds(out), (std::vector<K>{K::PinchStart}));
    EXPECT_FLOAT_EQ(out[0].pos.y, 200);
}

TEST(Gestures, AStrayThirdFingerIsIgnoredDuringAPinch) {
    Session s;
    s.down(1, 100, 100, 0);
    s.down(2, 200, 100, 0.01);
    EXPECT_TRUE(s.down(3, 600, 600, 0.02).empty());
    EXPECT_TRUE(s.move(3, 900, 100, 0.03).empty());
    EXPECT_EQ(s.recognizer.finger_count, 2);
    auto out = s.move(2, 300, 100, 0.04);
    ASSERT_EQ(kinds(out), (std::vector<K>{K::PinchMove}));
    EXPECT_FLOAT_EQ(out[0].scale, 2);
    EXPECT_TRUE(s.up(3, 900, 100, 0.05).empty());
    EXPECT_EQ(kinds(s.move(1, 90, 100, 0.06)), (std::vector<K>{K::PinchMove})) << "the pinch goes on";
    // The stray stays ignored after the pinch too, even if it had still been down.
    s.up(1, 90, 100, 0.07);
    s.up(2, 300, 100, 0.08);
    EXPECT_TRUE(s.move(3, 0, 0, 0.09).empty());
    EXPECT_FALSE(gesture_in_progress(s.recognizer));
}

TEST(Gestures, WithPinchOffASecondFingerIsJustAStray) {
    // For screens with nothing to zoom: the first finger's tap or drag goes on undisturbed.
    Session s;
    s.recognizer.config.pinch = false;
    s.down(1, 400, 400, 0);
    EXPECT_TRUE(s.down(2, 100, 100, 0.01).empty());
    EXPECT_TRUE(s.move(2, 100, 0, 0.02).empty());
    EXPECT_EQ(kinds(s.up(1, 400, 400, 0.1)), (std::vector<K>{K::Tap}));
    EXPECT_TRUE(s.up(2, 100, 0, 0.11).empty());

    s.down(1, 400, 400, 1.0);
    EXPECT_EQ(kinds(s.move(1, 400, 380, 1.01)), (std::vector<K>{K::DragStart, K::DragMove}));
    EXPECT_TRUE(s.down(2, 100, 100, 1.02).empty());
    auto move = s.move(1, 400, 360, 1.03);
    ASSERT_EQ(kinds(move), (std::vector<K>{K::DragMove}));
    EXPECT_FLOAT_EQ(move[0].delta.y, -20);
    EXPECT_EQ(s.recognizer.finger_count, 1);
}

TEST(Gestures, CoincidentFingersKeepAFiniteScale) {
    Session s;
    s.down(1, 100, 100, 0);
    s.down(2, 100, 100, 0.01);
    auto out = s.move(2, 400, 100, 0.02);
    ASSERT_EQ(kinds(out), (std::vector<K>{K::PinchMove}));
    EXPECT_TRUE(std::isfinite(out[0].scale));
    EXPECT_GT(out[0].scale, 1);
}

// --- Strays and robustness ----------------------------------------------------------------------------------

TEST(Gestures, UpsAndMovesOfUnknownFingersAreIgnored) {
    Session s;
    EXPECT_TRUE(s.up(4, 10, 10, 0).empty());
    EXPECT_TRUE(s.move(4, 50, 10, 0.01).empty());
    EXPECT_FALSE(gesture_in_progress(s.recognizer));
    s.down(1, 100, 100, 0.1);
    EXPECT_TRUE(s.up(9, 100, 100, 0.12).empty());
    EXPECT_TRUE(s.move(9, 300, 300, 0.13).empty());
    EXPECT_EQ(kinds(s.up(1, 100, 100, 0.15)), (std::vector<K>{K::Tap})) << "the real tap survives the strays";
}

TEST(Gestures, MouseAndTouchNeverMixInOneGesture) {
    Session s;
    s.down(kMouseFinger, 100, 100, 0);
    EXPECT_TRUE(s.down(1, 300, 300, 0.01).empty()) << "a touch while the mouse is down does not pinch";
    EXPECT_TRUE(s.move(1, 500, 300, 0.02).empty());
    EXPECT_EQ(kinds(s.move(kMouseFinger, 100, 200, 0.03)), (std::vector<K>{K::DragStart, K::DragMove}));
    EXPECT_TRUE(s.up(1, 500, 300, 0.04).empty());
    auto end = s.up(kMouseFinger, 100, 200, 0.05);
    ASSERT_EQ(kinds(end), (std::vector<K>{K::DragEnd}));
    EXPECT_EQ(end[0].finger, kMouseFinger);

    // And the other way round: a click during a touch changes nothing.
    s.down(1, 50, 50, 1.0);
    EXPECT_TRUE(s.down(kMouseFinger, 400, 400, 1.01).empty());
    EXPECT_TRUE(s.up(kMouseFinger, 400, 400, 1.02).empty());
    EXPECT_EQ(kinds(s.up(1, 50, 50, 1.1)), (std::vector<K>{K::Tap}));
}

TEST(Gestures, TheMouseTapsAndDragsLikeAFinger) {
    Session s;
    s.down(kMouseFinger, 10, 10, 0);
    auto tap = s.up(kMouseFinger, 10, 10, 0.1);
    ASSERT_EQ(kinds(tap), (std::vector<K>{K::Tap}));
    EXPECT_EQ(tap[0].finger, kMouseFinger);
}

TEST(Gestures, ADownForAFingerAlreadyDownEndsTheLostContactAndStartsAfresh) {
    Session s;
    s.down(1, 100, 100, 0);
    glide(s, 1, 100, 100, 0, 0.1, 1000, 0.01);
    auto again = s.down(1, 600, 600, 0.2);  // its Up never arrived
    ASSERT_EQ(kinds(again), (std::vector<K>{K::DragEnd}));
    EXPECT_FLOAT_EQ(again[0].velocity.x, 0) << "a lost contact does not fling";
    EXPECT_FLOAT_EQ(again[0].pos.x, 200) << "it ends where it was last seen";
    auto tap = s.up(1, 600, 600, 0.3);
    ASSERT_EQ(kinds(tap), (std::vector<K>{K::Tap}));
    EXPECT_FLOAT_EQ(tap[0].pos.x, 600);

    s.down(1, 10, 10, 1.0);
    EXPECT_TRUE(s.down(1, 20, 20, 1.1).empty()) << "a repeated press just restarts, without a tap";
    EXPECT_EQ(kinds(s.up(1, 20, 20, 1.2)), (std::vector<K>{K::Tap}));
}

TEST(Gestures, ARepeatedDownOfAPinchFingerStartsANewPinch) {
    Session s;
    s.down(1, 100, 100, 0);
    s.down(2, 200, 100, 0.01);
    EXPECT_EQ(kinds(s.down(2, 300, 100, 0.02)), (std::vector<K>{K::PinchEnd, K::PinchStart}));
    EXPECT_EQ(s.recognizer.finger_count, 2);
}

TEST(Gestures, PositionsOutsideTheWindowAreTakenAsTheyCome) {
    Session s;
    s.down(1, -50, -80, 0);
    auto out = s.move(1, -5000, 1e6f, 0.01);
    ASSERT_EQ(kinds(out), (std::vector<K>{K::DragStart, K::DragMove}));
    EXPECT_FLOAT_EQ(out[1].delta.x, -4950);
    EXPECT_EQ(kinds(s.up(1, -5000, 1e6f, 0.02)), (std::vector<K>{K::DragEnd}));
}

TEST(Gestures, ANonsensePixelDensityFallsBackToADefault) {
    for (float ppm : {0.0f, -3.0f, NAN, INFINITY}) {
        Session s;
        s.px_per_mm = ppm;
        s.down(1, 100, 100, 0);
        EXPECT_TRUE(s.move(1, 105, 100, 0.01).empty()) << ppm;
        EXPECT_EQ(kinds(s.move(1, 200, 100, 0.02)), (std::vector<K>{K::DragStart, K::DragMove})) << ppm;
    }
}

TEST(Gestures, AClockGoingBackwardsDoesNoHarm) {
    Session s;
    s.down(1, 0, 0, 5);
    s.move(1, 100, 0, 5.01);
    s.move(1, 200, 0, 4.0);
    s.move(1, 300, 0, 4.01);
    auto out = s.up(1, 400, 0, 4.02);
    ASSERT_EQ(out.back().kind, K::DragEnd);
    EXPECT_TRUE(std::isfinite(out.back().velocity.x));
}

TEST(Gestures, ResetForgetsEveryFingerAndKeepsTheConfig) {
    Session s;
    s.recognizer.config.tap_slop_mm = 5;
    s.down(1, 0, 0, 0);
    s.move(1, 100, 0, 0.1);
    reset_gestures(s.recognizer);
    EXPECT_FALSE(gesture_in_progress(s.recognizer));
    EXPECT_EQ(s.recognizer.finger_count, 0);
    EXPECT_FLOAT_EQ(s.recognizer.config.tap_slop_mm, 5);
    EXPECT_TRUE(s.move(1, 200, 0, 0.2).empty());
    EXPECT_TRUE(s.up(1, 200, 0, 0.3).empty());
}

// Checks that what listeners see is always well formed: moves and ends only inside their gesture, taps and
// long presses never inside one, every number finite.
struct GestureGrammar {
    bool dragging = false;
    bool pinching = false;

    void check(const Gesture& g) {
        ASSERT_TRUE(std::isfinite(g.velocity.x) && std::isfinite(g.velocity.y)) << name(g.kind);
        ASSERT_TRUE(std::isfinite(g.scale) && g.scale > 0) << name(g.kind);
        switch (g.kind) {
            case K::Tap:
            case K::LongPress: ASSERT_FALSE(dragging || pinching) << name(g.kind); break;
            case K::DragStart:
                ASSERT_FALSE(dragging || pinching);
                dragging = true;
                break;
            case K::DragMove: ASSERT_TRUE(dragging); break;
            case K::DragEnd:
                ASSERT_TRUE(dragging);
                dragging = false;
                break;
            case K::PinchStart:
                ASSERT_FALSE(dragging || pinching);
                pinching = true;
                break;
            case K::PinchMove: ASSERT_TRUE(pinching); break;
            case K::PinchEnd:
                ASSERT_TRUE(pinching);
                pinching = false;
                break;
        }
    }
};

TEST(Gestures, ATouchStormNeverBreaksTheRecognizerOrGrowsIt) {
    std::mt19937 rng(20240611);
    std::uniform_int_distribution<int> finger(-1, 14);  // the mouse and 15 touch ids
    std::uniform_int_distribution<int> phase(0, 2);
    std::uniform_real_distribution<float> coord(-200.0f, 2200.0f);  // partly outside a 1920x1080 window
    std::uniform_real_distribution<double> gap(0.0, 0.05);
    std::uniform_int_distribution<int> die(0, 9);
    Session s;
    GestureGrammar grammar;
    std::vector<int> seen(8, 0);
    double t = 0;
    for (int i = 0; i < 10000; ++i) {
        t += gap(rng);
        if (die(rng) == 0) t += 0.7;  // now and then a pause, long enough for a long press
        const auto f = static_cast<std::int64_t>(finger(rng));
        const auto ph = static_cast<PointerPhase>(phase(rng));
        auto out = s.feed(ph, f, coord(rng), coord(rng), t);
        if (die(rng) == 0) append(out, s.update(t));
        for (const Gesture& g : out) {
            ASSERT_NO_FATAL_FAILURE(grammar.check(g)) << "event " << i;
            ++seen[static_cast<std::size_t>(g.kind)];
        }
        const GestureRecognizer& r = s.recognizer;
        ASSERT_GE(r.finger_count, 0);
        ASSERT_LE(r.finger_count, kGestureFingers);
        ASSERT_EQ(r.finger_count == 0, r.phase == GesturePhase::Idle);
        ASSERT_EQ(r.finger_count == 2, r.phase == GesturePhase::Pinching);
        for (const TrackedFinger& tracked : r.fingers) ASSERT_LE(tracked.sample_count, kGestureSamples);
    }
    // The storm must reach the gestures, not just be ignored.
    EXPECT_GT(seen[static_cast<std::size_t>(K::DragStart)], 0);
    EXPECT_GT(seen[static_cast<std::size_t>(K::PinchStart)], 0);
    EXPECT_GT(seen[static_cast<std::size_t>(K::LongPress)], 0);
    for (int f = -1; f <= 14; ++f) {
        for (const Gesture& g : s.up(f, 0, 0, t + 1)) grammar.check(g);
    }
    EXPECT_FALSE(gesture_in_progress(s.recognizer));
    EXPECT_FALSE(grammar.dragging || grammar.pinching) << "every drag and pinch was closed";
}

}  // namespace
}  // namespace app
