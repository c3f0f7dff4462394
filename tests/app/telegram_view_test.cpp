#include <gtest/gtest.h>

#include "exhibit.h"
#include "fake_measure.h"
#include "test_assets.h"

namespace app {
namespace {

Exhibit make_test_exhibit(int w, int h) {
    LoadResult loaded = load_content(testing::shipped_assets());
    return make_exhibit(loaded.content, Screen{w, h, 3.78f}, testing::fake_measure());
}

PointerEvent pointer(PointerPhase phase, std::int64_t finger, float x, float y) { return PointerEvent{phase, finger, {x, y}}; }

TEST(TelegramView, TheLongPageScrollsOnSmallScreens) {
    Exhibit e = make_test_exhibit(800, 480);
    EXPECT_GT(max_scroll(e.telegram, e.screen), 480.0f);
}

TEST(TelegramView, DragMovesThePageWithTheFinger) {
    Exhibit e = make_test_exhibit(800, 480);
    handle_input(e, pointer(PointerPhase::Down, 3, 400, 400));
    handle_input(e, pointer(PointerPhase::Move, 3, 400, 300));
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 100);
    handle_input(e, pointer(PointerPhase::Move, 3, 400, 350));
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 50);
    handle_input(e, pointer(PointerPhase::Up, 3, 400, 350));
    handle_input(e, pointer(PointerPhase::Move, 3, 400, 0));
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 50) << "moves after lifting the finger must not scroll";
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
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, max_scroll(e.telegram, e.screen));
    handle_input(e, WheelEvent{{400, 240}, -5});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, max_scroll(e.telegram, e.screen));
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
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, pitch + 480 * 0.8f);
    handle_input(e, KeyEvent{"Home"});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, 0);
}

TEST(TelegramView, FramesAreDrawnOnlyAfterSomethingChanged) {
    Exhibit e = make_test_exhibit(1280, 720);
    EXPECT_TRUE(needs_frame(e));
    draw(e);
    EXPECT_FALSE(needs_frame(e));
    advance(e, 5.0);
    EXPECT_FALSE(needs_frame(e));
    handle_input(e, KeyEvent{"Up"});  // already at the top: nothing moves
    EXPECT_FALSE(needs_frame(e));
    handle_input(e, KeyEvent{"Down"});
    EXPECT_TRUE(needs_frame(e));
}

TEST(TelegramView, ResizingKeepsTheReadersPlace) {
    Exhibit e = make_test_exhibit(800, 480);
    handle_input(e, KeyEvent{"End"});
    resize(e, Screen{1920, 1080, 3.78f});
    EXPECT_FLOAT_EQ(e.telegram.scroll_y, max_scroll(e.telegram, e.screen));
}

TEST(TelegramView, DrawShowsOnlyTextThatIsOnScreen) {
    Exhibit e = make_test_exhibit(800, 480);
    DisplayList list = draw(e);
    int texts = 0;
    for (const DrawCommand& c : list.commands)
        if (const Text* t = std::get_if<Text>(&c)) {
            ++texts;
            EXPECT_LT(t->top_left.y, 480.0f) << t->text;
            EXPECT_GT(t->top_left.y + t->size_px * 2, 0.0f) << t->text;
        }
    EXPECT_GT(texts, 5);
}

}  // namespace
}  // namespace app
