#include <gtest/gtest.h>

#include "exhibit.h"
#include "support/fake_measure.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

// An exhibit on the telegram with the teleprinter already finished.
Exhibit make_test_exhibit(int w, int h) {
    LoadResult loaded = load_content(testing::shipped_assets());
    Exhibit e =
        make_exhibit(loaded.content, Screen{w, h, 3.78f}, testing::fake_measure(), starting_on(Scene::Telegram));
    advance(e, e.telegram.teleprinter.total / kTeleprinterCharsPerSecond + 0.1);
    return e;
}

PointerEvent pointer(PointerPhase phase, std::int64_t finger, float x, float y) {
    return PointerEvent{phase, finger, {x, y}};
}

TEST(TelegramView, TheLongPageScrollsOnSmallScreens) {
    Exhibit e = make_test_exhibit(800, 480);
    EXPECT_GT(max_scroll(e.telegram), 480.0f);
}

TEST(TelegramView, DragMovesThePageWithTheFinger) {
    Exhibit e = make_test_exhibit(800, 480);
    handle_input(e, pointer(PointerPhase::Down, 3, 400, 400));
    handle_input(e, pointer(PointerPhase::Move, 3, 400, 300));
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 100);
    handle_input(e, pointer(PointerPhase::Move, 3, 400, 350));
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 50);
    advance(e, 0.2);  // hold still before lifting: no fling
    handle_input(e, pointer(PointerPhase::Up, 3, 400, 350));
    handle_input(e, pointer(PointerPhase::Move, 3, 400, 0));
    advance(e, 1.0);
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 50) << "moves after lifting the finger must not scroll";
}

TEST(TelegramView, AFlingGlidesOnAndSlowsDown) {
    Exhibit e = make_test_exhibit(800, 480);
    handle_input(e, pointer(PointerPhase::Down, 1, 400, 400));
    for (int i = 1; i <= 6; ++i) {
        advance(e, 0.016);
        handle_input(e, pointer(PointerPhase::Move, 1, 400, 400 - 20.0f * i));
    }
    handle_input(e, pointer(PointerPhase::Up, 1, 400, 280));
    const float released_at = e.telegram.scroll_y;
    advance(e, 0.1);
    const float first = e.telegram.scroll_y - released_at;
    EXPECT_GT(first, 0);
    const float before = e.telegram.scroll_y;
    advance(e, 0.1);
    EXPECT_LT(e.telegram.scroll_y - before, first) << "the glide slows down";
    for (int i = 0; i < 300; ++i) advance(e, 1.0 / 60);
    EXPECT_FALSE(telegram_animating(e.telegram, e.now)) << "and stops";
}

TEST(TelegramView, AStrayFingerDoesNotHijackTheDrag) {
    Exhibit e = make_test_exhibit(800, 480);
    handle_input(e, pointer(PointerPhase::Down, 1, 400, 400));
    handle_input(e, pointer(PointerPhase::Down, 2, 100, 100));
    handle_input(e, pointer(PointerPhase::Move, 2, 100, 0));
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 0);
    handle_input(e, pointer(PointerPhase::Move, 1, 400, 380));
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 20);
}

TEST(TelegramView, ScrollingStopsAtBothEnds) {
    Exhibit e = make_test_exhibit(800, 480);
    handle_input(e, pointer(PointerPhase::Down, 1, 400, 100));
    handle_input(e, pointer(PointerPhase::Move, 1, 400, 400));
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 0);
    handle_input(e, KeyEvent{"End"});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, max_scroll(e.telegram));
    handle_input(e, WheelEvent{{400, 240}, -5});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, max_scroll(e.telegram));
}

TEST(TelegramView, WheelAndKeysScrollByLinesAndPages) {
    Exhibit e = make_test_exhibit(800, 480);
    const float pitch = e.telegram.layout.scale.line_pitch;
    handle_input(e, WheelEvent{{400, 240}, -1});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 3 * pitch);
    handle_input(e, WheelEvent{{400, 240}, 1});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 0);
    handle_input(e, KeyEvent{"Down"});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, pitch);
    handle_input(e, KeyEvent{"PageDown"});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, pitch + e.telegram.viewport.h * 0.8f);  // a page is most of the view
    handle_input(e, KeyEvent{"Home"});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 0);
}

TEST(TelegramView, FramesAreDrawnOnlyAfterSomethingChanged) {
    Exhibit e = make_test_exhibit(1280, 720);
    EXPECT_TRUE(needs_frame(e));
    draw(e);
    EXPECT_FALSE(needs_frame(e));
    handle_input(e, KeyEvent{"Up"});  // already at the top: nothing moves
    EXPECT_FALSE(needs_frame(e));
    handle_input(e, KeyEvent{"Down"});
    EXPECT_TRUE(needs_frame(e));
}

// The underlines breathe at a few frames a second, and between those frames the exhibit may sleep.
TEST(TelegramView, AmbientMotionAsksForFewFrames) {
    Exhibit e = make_test_exhibit(1280, 720);
    draw(e);
    const double wait = seconds_until_next_frame(e);
    EXPECT_GT(wait, 0);
    EXPECT_LE(wait, 1 / kBreathingFramesPerSecond + 1e-9);
    advance(e, wait * 0.5);
    EXPECT_FALSE(needs_frame(e));
    advance(e, wait * 0.5 + 1e-6);
    EXPECT_TRUE(needs_frame(e));
    int frames = 0;
    for (int i = 0; i < 600; ++i) {  // ten seconds at 60 Hz of polling
        advance(e, 1.0 / 60);
        if (needs_frame(e)) {
            draw(e);
            ++frames;
        }
    }
    EXPECT_LE(frames, 10 * kBreathingFramesPerSecond + 1);
}

TEST(TelegramView, TheTelegramTypesItselfOutAndATapCompletesIt) {
    LoadResult loaded = load_content(testing::shipped_assets());
    Exhibit e =
        make_exhibit(loaded.content, Screen{1280, 720, 3.78f}, testing::fake_measure(), starting_on(Scene::Telegram));
    advance(e, 0.5);
    EXPECT_TRUE(teleprinter_running(e.telegram.teleprinter, e.now));
    EXPECT_GT(typed_characters(e.telegram.teleprinter, e.now), 0);
    handle_input(e, pointer(PointerPhase::Down, 1, 640, 300));
    handle_input(e, pointer(PointerPhase::Up, 1, 640, 300));
    EXPECT_FALSE(teleprinter_running(e.telegram.teleprinter, e.now));
    EXPECT_FALSE(e.telegram.card) << "the tap that completes the typing opens nothing";
}

TEST(TelegramView, TypingEndsByItself) {
    LoadResult loaded = load_content(testing::shipped_assets());
    Exhibit e =
        make_exhibit(loaded.content, Screen{1280, 720, 3.78f}, testing::fake_measure(), starting_on(Scene::Telegram));
    const double needed = e.telegram.teleprinter.total / kTeleprinterCharsPerSecond;
    advance(e, needed - 0.1);
    EXPECT_TRUE(teleprinter_running(e.telegram.teleprinter, e.now));
    advance(e, 0.2);
    EXPECT_FALSE(teleprinter_running(e.telegram.teleprinter, e.now));
}

TEST(TelegramView, ResizingKeepsTheReadersPlace) {
    Exhibit e = make_test_exhibit(800, 480);
    handle_input(e, KeyEvent{"End"});
    resize(e, Screen{1920, 1080, 3.78f});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, max_scroll(e.telegram));
}

TEST(TelegramView, DrawShowsOnlyTextThatIsOnScreen) {
    Exhibit e = make_test_exhibit(800, 480);
    DisplayList list = draw(e);
    int texts = 0;
    for (const DrawCommand& c : NONEMPTY(list.commands))
        if (const Text* t = std::get_if<Text>(&c)) {
            ++texts;
            EXPECT_LT(t->top_left.y, 480.0f) << t->text;
            EXPECT_GT(t->top_left.y + t->size_px * 2, 0.0f) << t->text;
        }
    EXPECT_GT(texts, 5);
}

}  // namespace
}  // namespace app
