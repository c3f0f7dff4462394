// A visitor who walks away: the question, the countdown, and a fresh start for the next one.
#include <gtest/gtest.h>

#include "exhibit.h"
#include "support/fake_measure.h"
#include "idle/countdown_view.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

Exhibit make(Scene start = Scene::Attract) {
    static const LoadResult loaded = load_content(testing::shipped_assets());
    return make_exhibit(loaded.content, Screen{1920, 1080, 3.78f}, testing::fake_measure(), starting_on(start));
}

void tap(Exhibit& e, Vec2 p) {
    handle_input(e, PointerEvent{PointerPhase::Down, 1, p});
    handle_input(e, PointerEvent{PointerPhase::Up, 1, p});
}

void wait(Exhibit& e, double seconds) {
    for (double t = 0; t < seconds; t += 0.25) advance(e, 0.25);
}

TEST(Idle, TimingPhases) {
    IdleSettings s{60, 20};
    EXPECT_EQ(idle_phase(s, 0, 59.9), IdlePhase::Active);
    EXPECT_EQ(idle_phase(s, 0, 60.0), IdlePhase::CountingDown);
    EXPECT_EQ(countdown_seconds_left(s, 0, 60.0), 20);
    EXPECT_EQ(countdown_seconds_left(s, 0, 60.5), 20);
    EXPECT_EQ(countdown_seconds_left(s, 0, 61.0), 19);
    EXPECT_EQ(countdown_seconds_left(s, 0, 79.9), 1);
    EXPECT_EQ(idle_phase(s, 0, 80.0), IdlePhase::Expired);
    EXPECT_DOUBLE_EQ(idle_next_change(s, 0, 10), 50);
    EXPECT_NEAR(idle_next_change(s, 0, 60.25), 0.75, 1e-9);
}

TEST(Idle, TheExhibitStartsOnTheAttractLoop) {
    Exhibit e = make();
    EXPECT_EQ(e.scene, Scene::Attract);
}

TEST(Idle, TouchingALanguageBeginsInIt) {
    Exhibit e = make();
    const AttractLayout layout =
        layout_attract(ViewContext{*e.content, e.screen, e.measure, e.theme, e.language, full_screen(e.screen)});
    const Rect ru = layout.buttons[1];
    tap(e, Vec2{ru.x + ru.w / 2, ru.y + ru.h / 2});
    EXPECT_EQ(e.scene, Scene::Telegram);
    EXPECT_EQ(e.language, Language::Russian);
    for (const Rect& b : NONEMPTY(layout.buttons)) EXPECT_GE(b.h, e.screen.mm(15)) << "touch targets at least 15 mm";
}

TEST(Idle, TouchingAnywhereElseBeginsInTheDefaultLanguage) {
    Exhibit e = make();
    tap(e, Vec2{10, 10});
    EXPECT_EQ(e.scene, Scene::Telegram);
    EXPECT_EQ(e.language, Language::English);
}

TEST(Idle, EightySecondsWithoutInputReturnsToAttractThroughACountdown) {
    Exhibit e = make();
    tap(e, Vec2{10, 10});
    wait(e, 59.5);
    EXPECT_EQ(e.countdown_appeared_at, -1);
    wait(e, 1.0);
    EXPECT_GE(e.countdown_appeared_at, 0) << "\"Still there?\" appears after 60 s";
    EXPECT_EQ(e.scene, Scene::Telegram);
    wait(e, 19.0);
    EXPECT_EQ(e.scene, Scene::Telegram);
    wait(e, 1.0);
    EXPECT_EQ(e.scene, Scene::Attract) << "after 80 s the exhibit starts over";
}

TEST(Idle, ANewVisitorStartsFresh) {
    Exhibit e = make();
    const AttractLayout layout =
        layout_attract(ViewContext{*e.content, e.screen, e.measure, e.theme, e.language, full_screen(e.screen)});
    tap(e, Vec2{layout.buttons[2].x + 5, layout.buttons[2].y + 5});
    ASSERT_EQ(e.language, Language::Portuguese);
    e.telegram.teleprinter.finished = true;
    handle_input(e, KeyEvent{"End"});
    handle_input(e, KeyEvent{"Tab"});
    ASSERT_TRUE(e.telegram.card);
    wait(e, 81);
    EXPECT_EQ(e.scene, Scene::Attract);
    EXPECT_EQ(e.language, Language::English);
    tap(e, Vec2{10, 10});
    EXPECT_FALSE(e.telegram.card);
    EXPECT_EQ(e.telegram.scroll_y, 0);
    EXPECT_TRUE(teleprinter_running(e.telegram.teleprinter, e.now)) << "the telegram types itself again";
}

TEST(Idle, AnyTouchDuringTheCountdownKeepsTheVisitAndDoesNothingElse) {
    Exhibit e = make(Scene::Telegram);
    e.telegram.teleprinter.finished = true;
    wait(e, 65);
    ASSERT_GE(e.countdown_appeared_at, 0);
    // Touch right on a phrase: it must not open a card, only answer the question.
    const Rect phrase = e.telegram.phrases.front().front();
    tap(e, Vec2{phrase.x + 2, phrase.y + 2 - e.telegram.scroll_y});
    EXPECT_EQ(e.countdown_appeared_at, -1);
    EXPECT_FALSE(e.telegram.card);
    wait(e, 59);
    EXPECT_EQ(e.scene, Scene::Telegram);
    EXPECT_EQ(e.countdown_appeared_at, -1);
}

TEST(Idle, TheStayButtonIsLargeAndLow) {
    Exhibit e = make(Scene::Telegram);
    for (auto [w, h] : {std::pair{800, 480}, std::pair{1920, 1080}, std::pair{1080, 1920}}) {
        Screen s{w, h, 3.78f};
        const CountdownLayout l =
            layout_countdown(ViewContext{*e.content, s, e.measure, e.theme, e.language, full_screen(s)});
        EXPECT_GE(l.button.h, s.mm(15));
        EXPECT_GE(l.panel.y, 0);
        EXPECT_LE(l.panel.bottom(), h);
        EXPECT_GT(l.button.y, h * 0.4f) << "within reach in the lower part of the screen";
    }
}

TEST(Idle, TheSleepingExhibitWakesForTheQuestion) {
    Exhibit e = make(Scene::Telegram);
    e.telegram.teleprinter.finished = true;
    draw(e);
    // Between breaths the exhibit may sleep; it never sleeps past the moment the question is due.
    double t = 0;
    while (e.countdown_appeared_at < 0 && t < 70) {
        const double sleep = std::max(1e-3, std::min(seconds_until_next_frame(e), 5.0));
        advance(e, sleep);
        t += sleep;
        if (needs_frame(e)) draw(e);
    }
    EXPECT_NEAR(t, 60, 0.2);
}

// The teasers' alpha in a frame: the attract loop's text drawn translucent (the slip and the buttons are opaque).
std::vector<int> teaser_alphas(const DisplayList& list) {
    std::vector<int> out;
    for (const DrawCommand& c : list.commands)
        if (const auto* t = std::get_if<Text>(&c); t && t->color.a < 255) out.push_back(t->color.a);
    return out;
}

TEST(Idle, TheAttractLoopCrossFadesInStepsAndSleepsBetweenThem) {
    Exhibit e = make();
    advance(e, kTeaserSeconds + 0.01);  // the second teaser fades in over the first
    const std::vector<int> first_step = teaser_alphas(draw(e));
    ASSERT_FALSE(first_step.empty());
    const double step = 1 / kTeaserFadeStepsPerSecond;
    const double wait = seconds_until_next_frame(e);
    EXPECT_GT(wait, 0);  // no frame until the next step
    EXPECT_LE(wait, step);
    advance(e, wait / 2);
    EXPECT_FALSE(needs_frame(e));
    EXPECT_EQ(teaser_alphas(draw(e)), first_step);  // the same step looks the same
    advance(e, wait);
    EXPECT_TRUE(needs_frame(e));
    const std::vector<int> second_step = teaser_alphas(draw(e));
    EXPECT_NE(second_step, first_step);
    // Frames a fade draws: one a step, about 19 for 0.8 s, not the display's 48.
    int frames = 2;
    for (double t = 0; t < kTeaserFadeSeconds; t += 1.0 / 60) {
        advance(e, 1.0 / 60);
        if (!needs_frame(e)) continue;
        draw(e);
        ++frames;
    }
    EXPECT_LE(frames, static_cast<int>(kTeaserFadeSeconds * kTeaserFadeStepsPerSecond) + 3);
    EXPECT_TRUE(teaser_alphas(draw(e)).empty());  // faded in: opaque again
}

}  // namespace
}  // namespace app
