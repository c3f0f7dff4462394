#include <gtest/gtest.h>

#include "exhibit.h"
#include "support/fake_measure.h"
#include "replay/replay_driver.h"
#include "support/test_assets.h"

namespace app {
namespace {

std::vector<ReplayEvent> parse_ok(const std::string& text) {
    std::vector<Problem> problems;
    auto events = parse_replay(text, "t.replay", problems);
    EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : format_problem(problems[0]));
    return events;
}

TEST(ReplayScript, ParsesEveryKindOfLine) {
    auto events = parse_ok(
        "# a tap, a key, a wheel notch\n"
        "0 down 1 0.5 0.25\n"
        "\n"
        "100 up 1 0.5 0.25   # lifted\n"
        "150 key Page Down\n"
        "200 wheel -1 0.5 0.5\n"
        "80000 end\n");
    ASSERT_EQ(events.size(), 5u);
    EXPECT_EQ(events[0].kind, ReplayEvent::Kind::Down);
    EXPECT_EQ(events[0].finger, 1);
    EXPECT_FLOAT_EQ(events[0].at.y, 0.25f);
    EXPECT_EQ(events[2].key, "Page Down");
    EXPECT_FLOAT_EQ(events[3].lines, -1);
    EXPECT_EQ(replay_length_ms(events), 80000);
}

TEST(ReplayScript, EveryBadLineIsReportedWithItsNumber) {
    std::vector<Problem> problems;
    auto events =
        parse_replay("0 down 1 0.5\nx up 1 0 0\n50 jump\n60 key A\n40 key B\n70 end now\n", "bad.replay", problems);
    ASSERT_EQ(problems.size(), 5u);
    EXPECT_EQ(events.size(), 1u);
    EXPECT_EQ(problems[0].line, 1);
    EXPECT_EQ(problems[1].line, 2);
    EXPECT_NE(problems[2].message.find("unknown event \"jump\""), std::string::npos);
    EXPECT_EQ(problems[3].line, 5);
    EXPECT_NE(problems[3].message.find("backwards"), std::string::npos);
    EXPECT_EQ(format_problem(problems[4]).rfind("bad.replay:6: error:", 0), 0u);
}

TEST(ReplayScript, RecordedLinesReadBackTheSame) {
    const Screen screen{1280, 720, 3.78f};
    const std::vector<InputEvent> inputs{PointerEvent{PointerPhase::Down, kMouseFinger, {640, 360}},
                                         PointerEvent{PointerPhase::Move, kMouseFinger, {650, 300}},
                                         PointerEvent{PointerPhase::Up, kMouseFinger, {650, 300}}, KeyEvent{"Escape"},
                                         WheelEvent{{10, 20}, 2}};
    std::string script;
    std::int64_t ms = 0;
    for (const InputEvent& in : inputs) script += format_replay_event(to_replay_event(in, ms += 16, screen)) + "\n";
    auto events = parse_ok(script);
    ASSERT_EQ(events.size(), inputs.size());
    InputEvent back;
    ASSERT_TRUE(to_input_event(events[1], screen, back));
    const auto& p = std::get<PointerEvent>(back);
    EXPECT_EQ(p.finger, kMouseFinger);
    EXPECT_NEAR(p.pos.x, 650, 0.01);
    EXPECT_NEAR(p.pos.y, 300, 0.01);
}

Exhibit fresh(int w = 1920, int h = 1080) {
    static const LoadResult loaded = load_content(testing::shipped_assets());
    return make_exhibit(loaded.content, Screen{w, h, 3.78f}, testing::fake_measure());
}

TEST(ReplayDriver, TimeAdvancesByTheScriptNotTheClock) {
    Exhibit e = fresh();
    ReplayPlayer player{parse_ok("0 down 1 0.1 0.1\n50 up 1 0.1 0.1\n5000 end\n")};
    play_replay(player, e);
    EXPECT_NEAR(e.now, 5.0, 1e-9);
    EXPECT_EQ(e.scene, Scene::Telegram);
}

// The same script gives the same state: scroll, card, language, time.
TEST(ReplayDriver, SameScriptSameState) {
    const std::string script =
        "0 down 1 0.5 0.1\n40 up 1 0.5 0.1\n"     // begin
        "500 down 2 0.5 0.5\n520 up 2 0.5 0.5\n"  // finish the typing
        "1000 down 3 0.5 0.8\n1016 move 3 0.5 0.7\n1032 move 3 0.5 0.6\n1048 move 3 0.5 0.5\n1064 up 3 0.5 0.5\n"
        "3000 key Tab\n4000 end\n";
    Exhibit a = fresh(), b = fresh();
    ReplayPlayer pa{parse_ok(script)}, pb{parse_ok(script)};
    play_replay(pa, a);
    play_replay(pb, b);
    EXPECT_EQ(a.telegram.scroll_y, b.telegram.scroll_y);
    EXPECT_GT(a.telegram.scroll_y, 0);
    ASSERT_TRUE(a.telegram.card && b.telegram.card);
    EXPECT_EQ(a.telegram.card->annotation, b.telegram.card->annotation);
    EXPECT_EQ(a.telegram.card->rect.y, b.telegram.card->rect.y);
}

TEST(ReplayDriver, EightySecondsOfNothingEndsOnTheAttractLoop) {
    Exhibit e = fresh();
    ReplayPlayer player{parse_ok("0 down 1 0.5 0.1\n40 up 1 0.5 0.1\n80100 end\n")};
    play_replay(player, e);
    EXPECT_EQ(e.scene, Scene::Attract);
}

}  // namespace
}  // namespace app
