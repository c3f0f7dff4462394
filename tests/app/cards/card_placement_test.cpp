#include "cards/card_placement.h"

#include <gtest/gtest.h>

#include <random>

namespace app {
namespace {

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

PlacementRoom room(float w, float h, float up = 0, float down = 0) { return PlacementRoom{w, h, 20, 12, up, down}; }

TEST(CardPlacement, PrefersBelowWhenThereIsRoom) {
    auto p = place_card(Rect{100, 100, 200, 30}, Vec2{400, 300}, room(1280, 720));
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->below);
    EXPECT_EQ(p->scroll_delta, 0);
    EXPECT_EQ(p->card.y, 142);
}

TEST(CardPlacement, GoesAboveWhenBelowIsShort) {
    auto p = place_card(Rect{100, 600, 200, 30}, Vec2{400, 300}, room(1280, 720));
    ASSERT_TRUE(p);
    EXPECT_FALSE(p->below);
    EXPECT_EQ(p->card.bottom(), 600 - 12);
}

TEST(CardPlacement, ScrollsThePageWhenNeitherSideHasRoom) {
    // 480 px tall screen, phrase in the middle, a 300 px card: must scroll.
    auto p = place_card(Rect{100, 220, 200, 30}, Vec2{400, 300}, room(800, 480, 1000, 1000));
    ASSERT_TRUE(p);
    EXPECT_NE(p->scroll_delta, 0);
    Rect phrase{100, 220 - p->scroll_delta, 200, 30};
    EXPECT_FALSE(overlaps(p->card, phrase));
    EXPECT_GE(p->card.y, 20);
    EXPECT_LE(p->card.bottom(), 460);
}

TEST(CardPlacement, ReportsWhenTheCardCannotFitAtAll) {
    EXPECT_FALSE(place_card(Rect{100, 220, 200, 30}, Vec2{400, 460}, room(800, 480, 1000, 1000)));
}

TEST(CardPlacement, StaysInsideTheScreenSideways) {
    auto p = place_card(Rect{1200, 100, 70, 30}, Vec2{500, 200}, room(1280, 720));
    ASSERT_TRUE(p);
    EXPECT_LE(p->card.right(), 1260);
    EXPECT_GE(p->caret_tip.x, p->card.x);
    EXPECT_LE(p->caret_tip.x, p->card.right());
}

// Over thousands of phrases, card sizes, screens and scroll ranges: a card is either fully on screen and
// clear of its phrase, or honestly reported as not fitting.
TEST(CardPlacement, NeverCoversItsPhraseNorLeavesTheScreen) {
    std::mt19937 rng(71);
    std::uniform_real_distribution<float> unit(0, 1);
    const Vec2 screens[] = {{800, 480}, {480, 800}, {1280, 720}, {1920, 1080}, {1080, 1920}, {3840, 2160}};
    int placed = 0;
    for (int i = 0; i < 5000; ++i) {
        const Vec2 s = screens[i % 6];
        const Rect phrase{unit(rng) * (s.x - 300), unit(rng) * (s.y - 40), 40 + unit(rng) * 250, 20 + unit(rng) * 20};
        const Vec2 size{std::min(s.x - 40, 200 + unit(rng) * 600), 80 + unit(rng) * (s.y * 0.8f)};
        const PlacementRoom r = room(s.x, s.y, unit(rng) * 2000, unit(rng) * 2000);
        auto p = place_card(phrase, size, r);
        if (!p) continue;
        ++placed;
        const Rect moved{phrase.x, phrase.y - p->scroll_delta, phrase.w, phrase.h};
        EXPECT_FALSE(overlaps(p->card, moved));
        EXPECT_GE(p->card.x, r.margin - 0.5f);
        EXPECT_GE(p->card.y, r.margin - 0.5f);
        EXPECT_LE(p->card.right(), s.x - r.margin + 0.5f);
        EXPECT_LE(p->card.bottom(), s.y - r.margin + 0.5f);
        EXPECT_GE(moved.y, r.margin - 0.5f);
        EXPECT_LE(moved.bottom(), s.y - r.margin + 0.5f);
        EXPECT_LE(p->scroll_delta, r.can_scroll_up + 0.5f);
        EXPECT_GE(p->scroll_delta, -r.can_scroll_down - 0.5f);
    }
    EXPECT_GT(placed, 3000);
}

}  // namespace
}  // namespace app
