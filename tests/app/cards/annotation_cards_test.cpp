// Touching phrases of the shipped telegram opens their cards, one at a time, on screen and clear of the phrase.
#include <gtest/gtest.h>

#include "exhibit.h"
#include "support/fake_measure.h"
#include "telegram/phrase_rects.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

std::shared_ptr<const Content> shipped() {
    static const LoadResult loaded = load_content(testing::shipped_assets());
    return loaded.content;
}

Exhibit on_telegram(int w, int h, float px_per_mm = 3.78f) {
    Exhibit e = make_exhibit(shipped(), Screen{w, h, px_per_mm}, testing::fake_measure(), starting_on(Scene::Telegram));
    e.telegram.teleprinter.finished = true;
    return e;
}

int index_of(const Exhibit& e, const std::string& id) {
    for (std::size_t i = 0; i < e.content->annotations.size(); ++i)
        if (e.content->annotations[i].id == id) return static_cast<int>(i);
    return -1;
}

void tap(Exhibit& e, Vec2 p) {
    handle_input(e, PointerEvent{PointerPhase::Down, 7, p});
    advance(e, 0.05);
    handle_input(e, PointerEvent{PointerPhase::Up, 7, p});
}

// Scrolls so the phrase is on screen and returns the middle of its first box, in screen coordinates.
Vec2 show_phrase(Exhibit& e, int index) {
    const Rect r = e.telegram.phrases[static_cast<std::size_t>(index)].front();
    const float target = std::clamp(r.y - e.screen.height_px * 0.4f, 0.0f, max_scroll(e.telegram));
    e.telegram.scroll_y = target;
    return Vec2{r.x + r.w / 2, r.y + r.h / 2 - e.telegram.scroll_y};
}

void settle_cards(Exhibit& e) {
    for (int i = 0; i < 120; ++i) advance(e, 1.0 / 60);
}

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

TEST(AnnotationCards, TappingAPhraseOpensItsCard) {
    Exhibit e = on_telegram(1920, 1080);
    const int manganese = index_of(e, "manganese-ore");
    ASSERT_GE(manganese, 0);
    tap(e, show_phrase(e, manganese));
    ASSERT_TRUE(e.telegram.card);
    EXPECT_EQ(e.telegram.card->annotation, manganese);
}

TEST(AnnotationCards, ANearMissOfAFewMillimetresStillHits) {
    Exhibit e = on_telegram(1920, 1080);
    const int manganese = index_of(e, "manganese-ore");
    Vec2 p = show_phrase(e, manganese);
    const Rect r = e.telegram.phrases[static_cast<std::size_t>(manganese)].front();
    p.x = r.right() + e.screen.mm(2);
    tap(e, p);
    ASSERT_TRUE(e.telegram.card);
    EXPECT_EQ(e.telegram.card->annotation, manganese);
}

TEST(AnnotationCards, TapOutsideCloseButtonAndEscapeEachClose) {
    Exhibit e = on_telegram(1280, 720);
    const int id = index_of(e, "in-writing");
    tap(e, show_phrase(e, id));
    ASSERT_TRUE(e.telegram.card);
    settle_cards(e);
    // A tap inside the card keeps it open.
    const Rect card = e.telegram.card->rect;
    tap(e, Vec2{card.x + card.w / 2, card.y + card.h - 4 - e.telegram.scroll_y});
    EXPECT_TRUE(e.telegram.card);
    // Its close button closes it.
    const Rect close = e.telegram.card->layout.close_target;
    tap(e, Vec2{card.x + close.x + close.w / 2, card.y + close.y + close.h / 2 - e.telegram.scroll_y});
    EXPECT_FALSE(e.telegram.card);

    tap(e, show_phrase(e, id));
    ASSERT_TRUE(e.telegram.card);
    settle_cards(e);
    EXPECT_TRUE(handle_input(e, KeyEvent{"Escape"}));
    EXPECT_FALSE(e.telegram.card);
    EXPECT_FALSE(handle_input(e, KeyEvent{"Escape"})) << "with no card, Escape is left to the window";

    tap(e, show_phrase(e, id));
    ASSERT_TRUE(e.telegram.card);
    settle_cards(e);
    const Rect c = e.telegram.card->rect;
    const float below = c.bottom() - e.telegram.scroll_y + 10;
    const float above = c.y - e.telegram.scroll_y - 10;
    // A spot on the page away from the card and from any phrase.
    tap(e, Vec2{5, below < e.screen.height_px ? below : above});
    EXPECT_FALSE(e.telegram.card);
}

TEST(AnnotationCards, OneCardAtATime) {
    Exhibit e = on_telegram(1920, 1080);
    tap(e, show_phrase(e, index_of(e, "no-commercial-treaty")));
    settle_cards(e);
    const int second = index_of(e, "manganese-ore");
    tap(e, show_phrase(e, second));
    ASSERT_TRUE(e.telegram.card);
    EXPECT_EQ(e.telegram.card->annotation, second);
    settle_cards(e);
    EXPECT_FALSE(e.telegram.closing_card) << "the first card has faded away";
}

TEST(AnnotationCards, TheCardGrowsOutOfItsPhraseInUnder300ms) {
    Exhibit e = on_telegram(1920, 1080);
    tap(e, show_phrase(e, index_of(e, "manganese-ore")));
    ASSERT_TRUE(e.telegram.card);
    EXPECT_LT(kCardOpenSeconds, 0.3);
    const double opened = e.telegram.card->opened_at;
    advance(e, opened + kCardOpenSeconds + 0.01 - e.now);
    EXPECT_FALSE(card_animating(*e.telegram.card, e.now));
}

// Every annotation, on every supported screen and in every language: the card is fully on screen and
// never covers its own phrase.
TEST(AnnotationCards, EveryCardFitsEveryScreenAndLanguage) {
    const std::pair<int, int> sizes[] = {{800, 480}, {1280, 720}, {1920, 1080}, {1080, 1920}, {3840, 2160}, {480, 800}};
    for (auto [w, h] : sizes) {
        for (Language language : kLanguages) {
            Exhibit e = on_telegram(w, h);
            e.language = language;
            for (std::size_t i = 0; i < NONEMPTY(e.content->annotations).size(); ++i) {
                close_cards(e.telegram, e.now);
                const ViewContext ctx{*e.content, e.screen, e.measure, e.theme, e.language, full_screen(e.screen)};
                show_phrase(e, static_cast<int>(i));
                open_card(e.telegram, ctx, static_cast<int>(i), e.now);
                settle_cards(e);
                ASSERT_TRUE(e.telegram.card);
                const OpenCard& card = *e.telegram.card;
                const float s = e.telegram.scroll_y;
                const Rect on_screen{card.rect.x, card.rect.y - s, card.rect.w, card.rect.h};
                const std::string where = e.content->annotations[i].id + " at " + std::to_string(w) + "x" +
                                          std::to_string(h) + " in " + language_code(language);
                EXPECT_GE(on_screen.x, 0) << where;
                EXPECT_GE(on_screen.y, 0) << where;
                EXPECT_LE(on_screen.right(), w) << where;
                EXPECT_LE(on_screen.bottom(), h) << where;
                for (const Rect& r : NONEMPTY(card.phrase_rects))
                    EXPECT_FALSE(overlaps(on_screen, Rect{r.x, r.y - s, r.w, r.h})) << where;
                for (const Text& t : NONEMPTY(card.layout.texts))
                    EXPECT_LE(t.top_left.x + e.measure.width(t.role, t.size_px, t.text), card.layout.size.x)
                        << where << ": " << t.text;
            }
        }
    }
}

TEST(AnnotationCards, TheChartCardHasAChartThatDrawsItself) {
    Exhibit e = on_telegram(1920, 1080);
    tap(e, show_phrase(e, index_of(e, "substantial-increase")));
    ASSERT_TRUE(e.telegram.card);
    EXPECT_TRUE(e.telegram.card->layout.has_chart);
    auto bar_height = [&] {
        float tallest = 0;
        for (const DrawCommand& c : draw(e).commands)
            if (const FillRect* f = std::get_if<FillRect>(&c))
                if (f->color.r == e.theme.chart_bar.r && f->color.g == e.theme.chart_bar.g)
                    tallest = std::max(tallest, f->rect.h);
        return tallest;
    };
    advance(e, kCardOpenSeconds + 0.1);
    const float early = bar_height();
    advance(e, 1.5);
    const float late = bar_height();
    EXPECT_LT(early, late);
    EXPECT_GT(late, 0);
}

}  // namespace
}  // namespace app

namespace app {
namespace {

// A phrase on the last lines can rise past the page's end so its card opens full size beneath it; once the card
// closes the page glides back to its real end.
TEST(AnnotationCards, RoomPastTheEndIsGivenBackWhenTheCardCloses) {
    Exhibit e = on_telegram(800, 480);
    const float real_end = max_scroll(e.telegram);
    handle_input(e, KeyEvent{"End"});
    const int last = index_of(e, "what-happened-next");
    const ViewContext ctx{*e.content, e.screen, e.measure, e.theme, e.language, full_screen(e.screen)};
    // Force the roomy case: the phrase on screen, the card below it.
    e.telegram.scroll_y = real_end;
    open_card(e.telegram, ctx, last, e.now);
    settle_cards(e);
    ASSERT_TRUE(e.telegram.card);
    EXPECT_LE(e.telegram.scroll_y, max_scroll(e.telegram));
    handle_input(e, KeyEvent{"Escape"});
    settle_cards(e);
    settle_cards(e);
    EXPECT_EQ(e.telegram.card_room_below, 0);
    EXPECT_LE(e.telegram.scroll_y, real_end + 0.5f);
}

}  // namespace
}  // namespace app
