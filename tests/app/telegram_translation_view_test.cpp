// The telegram's translation toggle: shown in Russian and Portuguese only, a finger-sized button in words that
// never stands on the title, hint or page, the translation in place of the typed English, and back again.
#include <gtest/gtest.h>

#include "exhibit.h"
#include "fake_measure.h"
#include "telegram/reading_place.h"
#include "test_assets.h"

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

void tap(Exhibit& e, Vec2 p) {
    handle_input(e, PointerEvent{PointerPhase::Down, 7, p});
    advance(e, 0.05);
    handle_input(e, PointerEvent{PointerPhase::Up, 7, p});
    advance(e, 0.05);
}

Vec2 centre(const Rect& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

// The button as the visitor finds it on screen.
Rect button_of(const Exhibit& e) { return translation_toggle_on_screen(e.telegram, e.screen).button; }

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
    open_annotation(e.telegram, view_context(e), 0, e.now);
    advance(e, 1);
    ASSERT_TRUE(e.telegram.card);
    e.telegram.scroll_y = 0;
    ASSERT_GT(underlines_drawn(draw(e), e.theme), 0);

    tap(e, centre(button_of(e)));
    ASSERT_TRUE(e.telegram.layout.translated);
    EXPECT_FALSE(e.telegram.card) << "a card stands beside an English phrase: it closes";
    EXPECT_EQ(underlines_drawn(draw(e), e.theme), 0);

    // Where a phrase stands in the original, a tap on the translation opens nothing.
    const Rect phrase = e.telegram.phrases.front().front();
    tap(e, Vec2{phrase.x + 2, phrase.y + 2 - e.telegram.scroll_y + e.telegram.viewport.y});
    EXPECT_FALSE(e.telegram.card);

    // A card's link into the telegram brings the original back with the phrase.
    open_annotation(e.telegram, view_context(e), 1, e.now);
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

    // The button is pinned at the top of the view, reachable from the middle of the text.
    const ToggleOnScreen pinned = translation_toggle_on_screen(e.telegram, e.screen);
    EXPECT_TRUE(pinned.pinned);
    tap(e, centre(pinned.button));
    ASSERT_TRUE(e.telegram.layout.translated);
    EXPECT_EQ(reading_place(e.telegram.layout, e.telegram.scroll_y, view_h).paragraph, 2);

    tap(e, centre(button_of(e)));
    ASSERT_FALSE(e.telegram.layout.translated);
    EXPECT_NEAR(e.telegram.scroll_y, start, e.telegram.layout.scale.line_pitch) << "within a line of where the visitor was";
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

// The button is a finger wide and high and stands clear of the title, hint and page, on every screen, in both
// languages, in both states, with larger text too; and it stays where it is when tapped.
struct ToggleCase {
    int w, h;
    float px_per_mm;
    float text_scale;
};

class TranslationToggleAtSize : public ::testing::TestWithParam<ToggleCase> {};

TEST_P(TranslationToggleAtSize, FingerSizedAndClearOfTitleHintAndPage) {
    const ToggleCase c = GetParam();
    for (Language language : {Language::Russian, Language::Portuguese}) {
        const Telegram& t = shipped()->telegram;
        const InterfaceText& ui = shipped()->interface;
        Screen screen{c.w, c.h, c.px_per_mm};
        screen.text_scale = c.text_scale;
        const TextMeasure m = testing::fake_measure();
        const TranslationToggleLabels labels{ui.show_translation.in(language), ui.show_original.in(language)};
        const TelegramLayout original = layout_telegram(t, ui.touch_hint.in(language), language, screen, m, default_theme(), &labels);
        const TelegramLayout translated = layout_telegram(t, ui.touch_hint.in(language), language, screen, m, default_theme(),
                                                          &labels, t.translation_in(language));
        for (const TelegramLayout* layout : {&original, &translated}) {
            const Rect b = layout->toggle;
            SCOPED_TRACE(std::to_string(c.w) + "x" + std::to_string(c.h) + " " + language_code(language) +
                         (layout->translated ? " translated" : " original"));
            EXPECT_GE(b.w, screen.mm(kToggleTargetMm) - 0.5f);
            EXPECT_GE(b.h, screen.mm(kToggleTargetMm) - 0.5f);
            EXPECT_GE(b.x, 0);
            EXPECT_LE(b.right(), c.w);
            EXPECT_FALSE(overlap(b, layout->page)) << "on the page";
            for (const Text& text : layout->texts) {
                if (text.top_left.y >= layout->page.y) break;  // the title, subtitle and hint come first
                const Rect box{text.top_left.x, text.top_left.y, m.width(text.role, text.size_px, text.text),
                               m.metrics(text.role, text.size_px).line_height};
                EXPECT_FALSE(overlap(b, box)) << "on \"" << text.text << "\"";
            }
            // The label fits inside.
            for (const std::string* label : {&labels.show_translation, &labels.show_original})
                EXPECT_LE(m.width(FontRole::SansBold, layout->toggle_text_px, *label), b.w);
        }
        EXPECT_EQ(original.toggle.x, translated.toggle.x);
        EXPECT_EQ(original.toggle.y, translated.toggle.y) << "the button does not move under the finger";
        EXPECT_EQ(original.page.y, translated.page.y);
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, TranslationToggleAtSize,
                         ::testing::Values(ToggleCase{800, 480, 3.78f, 1}, ToggleCase{800, 480, 5.2f, 1},
                                           ToggleCase{800, 480, 5.2f, 1.4f}, ToggleCase{1280, 720, 3.78f, 1},
                                           ToggleCase{1920, 1080, 3.78f, 1}, ToggleCase{1920, 1080, 3.78f, 1.4f},
                                           ToggleCase{1080, 1920, 3.78f, 1}, ToggleCase{1080, 1920, 6.0f, 1.4f},
                                           ToggleCase{3840, 2160, 7.56f, 1}, ToggleCase{3840, 2160, 3.78f, 1.4f}));

// Pinned at the top of the view, the button stands on its band, and the page is clipped beneath the band.
TEST(TranslationToggle, PinnedButtonStandsOnItsBandAboveThePage) {
    Exhibit e = visitor(Language::Russian, 800, 480);
    e.telegram.scroll_y = max_scroll(e.telegram) / 2;
    const ToggleOnScreen t = translation_toggle_on_screen(e.telegram, e.screen);
    ASSERT_TRUE(t.pinned);
    EXPECT_GE(t.button.y, t.band.y);
    EXPECT_LE(t.button.bottom(), t.band.bottom());
    EXPECT_GE(t.band.y, e.telegram.viewport.y);
    const DisplayList list = draw(e);
    bool clipped_below_band = false;
    for (const DrawCommand& c : list.commands)
        if (const PushClip* clip = std::get_if<PushClip>(&c); clip && clip->rect.y >= t.band.bottom() - 0.5f) clipped_below_band = true;
    EXPECT_TRUE(clipped_below_band) << "the page passes beneath the band";
}

}  // namespace
}  // namespace app
