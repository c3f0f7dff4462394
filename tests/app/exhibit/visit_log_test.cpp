#include <gtest/gtest.h>

#include "exhibit.h"
#include "support/fake_measure.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

std::vector<VisitEvent::Kind> kinds(const std::vector<VisitEvent>& events) {
    std::vector<VisitEvent::Kind> out;
    for (const VisitEvent& e : events) out.push_back(e.kind);
    return out;
}

TEST(VisitLog, ASessionIsNotedFromStartToIdleReset) {
    static const LoadResult loaded = load_content(testing::shipped_assets());
    Exhibit e = make_exhibit(loaded.content, Screen{1280, 720, 3.78f}, testing::fake_measure());
    const AttractLayout layout =
        layout_attract(ViewContext{*e.content, e.screen, e.measure, e.theme, e.language, full_screen(e.screen)});
    const Rect pt = layout.buttons[2];
    handle_input(e, PointerEvent{PointerPhase::Down, 1, {pt.x + 5, pt.y + 5}});
    handle_input(e, PointerEvent{PointerPhase::Up, 1, {pt.x + 5, pt.y + 5}});
    e.telegram.teleprinter.finished = true;
    handle_input(e, KeyEvent{"Tab"});
    advance(e, 4);
    handle_input(e, KeyEvent{"Escape"});
    for (int i = 0; i < 100; ++i) advance(e, 1);

    const std::vector<VisitEvent> events = take_visit_events(e.visits);
    using K = VisitEvent::Kind;
    EXPECT_EQ(kinds(events),
              (std::vector<K>{K::SessionStart, K::ViewEntered, K::CardOpened, K::CardClosed, K::SessionEnd}));
    EXPECT_EQ(events[0].language, Language::Portuguese);
    EXPECT_EQ(events[2].id, e.content->annotations[0].id);
    EXPECT_NEAR(events[3].seconds, 4, 1e-9);
    EXPECT_TRUE(take_visit_events(e.visits).empty()) << "taking empties the log";
}

TEST(VisitLog, TapsOnThePageAreNotedAsFractionsOfIt) {
    static const LoadResult loaded = load_content(testing::shipped_assets());
    Exhibit e =
        make_exhibit(loaded.content, Screen{1280, 720, 3.78f}, testing::fake_measure(), starting_on(Scene::Telegram));
    e.telegram.teleprinter.finished = true;
    const Rect page = e.telegram.layout.page;
    handle_input(e, PointerEvent{PointerPhase::Down, 1, {page.x + page.w / 2, page.y + 10}});
    handle_input(e, PointerEvent{PointerPhase::Up, 1, {page.x + page.w / 2, page.y + 10}});
    bool found = false;
    for (const VisitEvent& v : NONEMPTY(take_visit_events(e.visits)))
        if (v.kind == VisitEvent::Kind::Touch) {
            found = true;
            EXPECT_NEAR(v.where.x, 0.5f, 1e-3);
            EXPECT_GT(v.where.y, 0);
        }
    EXPECT_TRUE(found);
}

TEST(VisitLog, StaysBoundedWhenNobodyDrainsIt) {
    VisitLog log;
    for (int i = 0; i < 10000; ++i) note(log, VisitEvent{});
    EXPECT_EQ(log.pending.size(), kMaxPendingVisitEvents);
}

}  // namespace
}  // namespace app
