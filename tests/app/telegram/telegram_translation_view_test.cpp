// The telegram's translation toggle: shown in Russian and Portuguese only, a finger-sized button in words low on
// the screen beside Listen (telegram_tools), the translation in place of the typed English, and back again.
#include <gtest/gtest.h>

#include "exhibit.h"
#include "support/fake_measure.h"
#include "telegram/reading_place.h"
#include "telegram/telegram_tools.h"
#include "support/test_assets.h"
#include "support/visitor_taps.h"

namespace app {
namespace {

std::shared_ptr<const Content> shipped() {
    static const LoadResult result = load_content(testing::shipped_assets());
    return result.content;
}

// A visitor on the telegram in `language`, the typing finished.
Exhibit visitor(Language language, int w = 1280, int h = 720, float px_per_mm = 3.78f) {
    ExhibitOptions options = starting_on(Scene::Telegram);
    options.default_language = language;
    Exhibit e = make_exhibit(shipped(), Screen{w, h, px_per_mm}, testing::fake_measure(), options);
    advance(e, e.telegram.teleprinter.total / kTeleprinterCharsPerSecond + 0.1);
    return e;
}

using testing::tap;

Vec2 centre(const Rect& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

// The button as the visitor finds it on screen.
Rect button_of(const Exhibit& e) { return telegram_tools(e.telegram, view_context(e)).toggle; }

bool draws_text(const DisplayList& list, const std::string& needle) {
    for (const DrawCommand& c : list.commands)
        if (const Text* t = std::get_if<Text>(&c); t && t->text.find(needle) != std::string::npos) return true;
    return false;
}

// Underlines are drawn in the phrase colour (faded as they breathe): same red, green and blue.
int underlines_drawn(const DisplayList& list, const Theme& theme) {
    int n = 0;
    for (const DrawCommand& c : list.commands) {
        const FillRect* f = std::get_if<FillRect>(&c);
        const Color u = theme.phrase_underline;
        if (f && f->color.r == u.r && f->color.g == u.g && f->color.b == u.b) ++n;
    }
    return n;
}

bool overlap(const Rect& a, const Rect& b) {
    const float e = 0.5f;
    return a.x + e < b.right() && b.x + e < a.right() && a.y + e < b.bottom() && b.y + e < a.bottom();
}

TEST(TranslationToggle, ATapShowsTheTranslationAndAnotherTheOriginal) {
    Exhibit e = visitor(Language::Russian);
    ASSERT_TRUE(telegram_has_translation(e.telegram));
    DisplayList before = draw(e);
    EXPECT_TRUE(draws_text(before, "Перевод")) << "the button says what it does, in words";
    EXPECT_FALSE(e.telegram.layout.translated);

    tap(e, centre(button_of(e)));
    EXPECT_TRUE(e.telegram.layout.translated);
    DisplayList on = draw(e);
    EXPECT_TRUE(draws_text(on, "Оригинал"));
    EXPECT_TRUE(draws_text(on, "Перевод экспозиции")) << "the note says whose translation it is";
    EXPECT_TRUE(draws_text(on, "71. Вам"));
    EXPECT_FALSE(draws_text(on, "You are instructed")) << "the translation replaces the typed English";

    tap(e, centre(button_of(e)));
    EXPECT_FALSE(e.telegram.layout.translated);
    EXPECT_TRUE(draws_text(draw(e), "You are instructed"));
}

TEST(TranslationToggle, WorksInPortugueseToo) {
    Exhibit e = visitor(Language::Portuguese);
    EXPECT_TRUE(draws_text(draw(e), "Tradução"));
    tap(e, centre(button_of(e)));
    const DisplayList on = draw(e);
    EXPECT_TRUE(draws_text(on, "Original"));
    EXPECT_TRUE(draws_text(on, "Tradução da exposição"));
}

TEST(TranslationToggle, NoButtonInEnglish) {
    Exhibit e = visitor(Language::English);
    EXPECT_FALSE(telegram_has_translation(e.telegram));
    EXPECT_LE(e.telegram.layout.toggle.w, 0);
    EXPECT_LE(button_of(e).w, 0);
    const DisplayList list = draw(e);
    EXPECT_FALSE(draws_text(list, "Translation"));
    EXPECT_FALSE(show_telegram_translation(e.telegram, view_context(e), true, e.now));
}

TEST(TranslationToggle, PhrasesAreHiddenAndCannotBeTouchedWhileTranslated) {
    Exhibit e = visitor(Language::Russian);
    open_card(e.telegram, view_context(e), 0, e.now);
    advance(e, 1);
    ASSERT_TRUE(e.telegram.card);
    e.telegram.scroll_y = 0;
    ASSERT_GT(underlines_drawn(draw(e), e.theme), 0);

    EXPECT_LE(button_of(e).w, 0) << "while a card is open the page's own buttons step aside";
    show_telegram_translation(e.telegram, view_context(e), true, e.now);  // as the button does once the card is closed
    ASSERT_TRUE(e.telegram.layout.translated);
    EXPECT_FALSE(e.telegram.card) << "a card stands beside an English phrase: it closes";
    EXPECT_EQ(underlines_drawn(draw(e), e.theme), 0);

    // Where a phrase stands in the original, a tap on the translation opens nothing.
    const Rect phrase = e.telegram.phrases.front().front();
    tap(e, Vec2{phrase.x + 2, phrase.y + 2 - e.telegram.scroll_y + e.telegram.viewport.y});
    EXPECT_FALSE(e.telegram.card);

    // A card's link into the telegram brings the original back with the phrase.
    open_card(e.telegram, view_context(e), 1, e.now);
    EXPECT_FALSE(e.telegram.layout.translated);
    EXPECT_TRUE(e.telegram.card);
}

TEST(TranslationToggle, BackToTheOriginalAtTheSameReadingPlace) {
    Exhibit e = visitor(Language::Portuguese, 800, 480);
    const ViewContext ctx = view_context(e);
    const float view_h = e.telegram.viewport.h;
    const Rect third = e.telegram.layout.paragraphs.at(2);
    e.telegram.scroll_y = third.y + third.h * 0.4f - view_h * 0.25f;
    const float start = e.telegram.scroll_y;
    const ReadingPlace before = reading_place(e.telegram.layout, start, view_h);
    ASSERT_EQ(before.paragraph, 2);

    // The button stays low on the screen, reachable from the middle of the text.
    tap(e, centre(button_of(e)));
    ASSERT_TRUE(e.telegram.layout.translated);
    EXPECT_EQ(reading_place(e.telegram.layout, e.telegram.scroll_y, view_h).paragraph, 2);

    tap(e, centre(button_of(e)));
    ASSERT_FALSE(e.telegram.layout.translated);
    EXPECT_NEAR(e.telegram.scroll_y, start, e.telegram.layout.scale.line_pitch)
        << "within a line of where the visitor was";
    (void)ctx;
}

TEST(TranslationToggle, ANewVisitorStartsOnTheOriginal) {
    Exhibit e = visitor(Language::Russian);
    tap(e, centre(button_of(e)));
    ASSERT_TRUE(e.telegram.layout.translated);
    start_over(e);
    show_view(e, Scene::Telegram);
    set_language(e, Language::Russian);
    EXPECT_FALSE(e.telegram.layout.translated);
    EXPECT_EQ(e.telegram.scroll_y, 0);
}

TEST(TranslationToggle, ChangingLanguageKeepsItOnlyWhereThereIsATranslation) {
    Exhibit e = visitor(Language::Russian);
    tap(e, centre(button_of(e)));
    set_language(e, Language::Portuguese);
    EXPECT_TRUE(e.telegram.layout.translated) << "Portuguese has a translation: still on";
    EXPECT_TRUE(draws_text(draw(e), "Tradução da exposição"));
    set_language(e, Language::English);
    EXPECT_FALSE(e.telegram.layout.translated) << "English is the original";
    EXPECT_FALSE(telegram_has_translation(e.telegram));
    set_language(e, Language::Russian);
    EXPECT_FALSE(e.telegram.layout.translated);
}

// Scrolled to the end, every word of the column (the last is the source line) stands clear of the buttons
// that float over it; a visitor can read it all. The buttons' own labels are inside them and do not count.
::testing::AssertionResult nothing_left_beneath_at_the_end(Exhibit& e, const TelegramTools& tools) {
    const float kept = e.telegram.scroll_y;
    e.telegram.scroll_y = max_scroll(e.telegram);
    const DisplayList list = draw(e);
    e.telegram.scroll_y = kept;
    const TextMeasure m = testing::fake_measure();
    for (const DrawCommand& c : list.commands) {
        const Text* t = std::get_if<Text>(&c);
        if (!t || t->top_left.y >= e.telegram.viewport.bottom()) continue;  // the navigation bar
        const Rect r{t->top_left.x, t->top_left.y, m.width(t->role, t->size_px, t->text),
                     m.metrics(t->role, t->size_px).line_height};
        for (const Rect* button : {&tools.toggle, &tools.listen.pill}) {
            const bool label =
                r.x >= button->x && r.right() <= button->right() && r.y >= button->y && r.bottom() <= button->bottom();
            if (!label && overlap(r, *button))
                return ::testing::AssertionFailure() << "\"" << t->text << "\" lies beneath a button";
        }
    }
    return ::testing::AssertionSuccess();
}

// The button and Listen beside it are a finger wide and high, in the lower part of the screen above the
// navigation bar, apart from each other, on every screen, in both languages, in both states, with larger text
// too; and they stay where they are when tapped.
struct ToggleCase {
    int w, h;
    float px_per_mm;
    float text_scale;
};

class TranslationToggleAtSize : public ::testing::TestWithParam<ToggleCase> {};

TEST_P(TranslationToggleAtSize, FingerSizedLowOnTheScreenAndApart) {
    const ToggleCase c = GetParam();
    for (Language language : {Language::Russian, Language::Portuguese}) {
        Exhibit e = visitor(language, c.w, c.h, c.px_per_mm);
        if (c.text_scale > 1) set_easy_reading(e, true);
        const InterfaceText& ui = shipped()->interface;
        const TextMeasure m = testing::fake_measure();
        const Rect before = button_of(e);
        for (bool translated : {false, true}) {
            if (translated) tap(e, centre(button_of(e)));
            ASSERT_EQ(e.telegram.layout.translated, translated);
            const TelegramTools tools = telegram_tools(e.telegram, view_context(e));
            const Rect b = tools.toggle;
            SCOPED_TRACE(std::to_string(c.w) + "x" + std::to_string(c.h) + " " + language_code(language) +
                         (translated ? " translated" : " original"));
            for (const Rect* r : {&b, &tools.listen.pill}) {
                EXPECT_GE(r->w, e.screen.mm(kToggleTargetMm) - 0.5f);
                EXPECT_GE(r->h, e.screen.mm(kToggleTargetMm) - 0.5f);
                EXPECT_GE(r->x, 0);
                EXPECT_LE(r->right(), c.w);
                EXPECT_GE(r->y, c.h * 0.5f) << "in the lower half, where a standing visitor's hand falls";
                EXPECT_LE(r->bottom(), view_context(e).area.bottom()) << "above the navigation bar";
                EXPECT_GE(r->y, e.telegram.viewport.bottom()) << "below the page: in their own strip, over no word";
            }
            ASSERT_TRUE(tools.has_listen) << "the shipped content reads the telegram aloud in every language";
            EXPECT_FALSE(overlap(b, tools.listen.pill));
            for (const std::string* label : {&ui.show_translation.in(language), &ui.show_original.in(language)})
                EXPECT_LE(m.width(FontRole::SansBold, e.telegram.layout.tools_text_px, *label), b.w);
            EXPECT_EQ(b.x, before.x);
            EXPECT_EQ(b.y, before.y) << "the button does not move under the finger";
            EXPECT_TRUE(nothing_left_beneath_at_the_end(e, tools));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, TranslationToggleAtSize,
                         ::testing::Values(ToggleCase{800, 480, 3.78f, 1}, ToggleCase{800, 480, 5.2f, 1},
                                           ToggleCase{800, 480, 5.2f, 1.4f}, ToggleCase{1280, 720, 3.78f, 1},
                                           ToggleCase{1920, 1080, 3.78f, 1}, ToggleCase{1920, 1080, 3.78f, 1.4f},
                                           ToggleCase{1080, 1920, 3.78f, 1}, ToggleCase{1080, 1920, 6.0f, 1.4f},
                                           ToggleCase{3840, 2160, 7.56f, 1}, ToggleCase{3840, 2160, 3.78f, 1.4f}));

// Wherever the page is scrolled the buttons stand in the same place, above the page: a tap on them changes the
// page and never opens the phrase beneath.
TEST(TranslationToggle, StaysInPlaceAboveThePageWhereverItIsScrolled) {
    Exhibit e = visitor(Language::Russian, 800, 480);
    const Rect at_top = button_of(e);
    e.telegram.scroll_y = max_scroll(e.telegram) / 2;
    EXPECT_EQ(button_of(e).y, at_top.y);
    tap(e, centre(button_of(e)));
    EXPECT_TRUE(e.telegram.layout.translated);
    EXPECT_FALSE(e.telegram.card);
    // Drawn after the page: the last filled shapes are the buttons.
    const DisplayList list = draw(e);
    bool drawn_after_page = false;
    bool page_seen = false;
    for (const DrawCommand& c : list.commands) {
        const FillRect* f = std::get_if<FillRect>(&c);
        if (f && f->color == e.theme.paper) page_seen = true;
        if (f && page_seen && f->rect.x == button_of(e).x && f->rect.y == button_of(e).y) drawn_after_page = true;
    }
    EXPECT_TRUE(drawn_after_page);
}

}  // namespace
}  // namespace app
