// Issue 22: nothing covers the document. The telegram's buttons (Listen, the translation), the captions' band
// and the navigation bar never stand over a word of the page, at every supported size, both ways up, in every
// language, with the translation on or off, larger text on or off, listening or not, wherever the page is
// scrolled (its two ends included).
#include <gtest/gtest.h>

#include <algorithm>

#include "exhibit.h"
#include "support/fake_measure.h"
#include "listen/listening.h"
#include "nav/nav_bar.h"
#include "telegram/telegram_tools.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

std::shared_ptr<const Content> shipped() {
    static const LoadResult result = load_content(testing::shipped_assets());
    return result.content;
}

struct Size {
    int w, h;
    float px_per_mm;
};

// The 7-inch panel both ways up at its real 5.19 px/mm, monitors at 96 dpi, a 32-inch 4K screen.
const Size kSizes[] = {{800, 480, 800 / 154.08f}, {480, 800, 800 / 154.08f}, {1280, 720, 3.78f},
                       {1920, 1080, 3.78f},       {1080, 1920, 3.78f},       {3840, 2160, 3840 / 700.0f}};

struct Word {
    std::string text;
    Rect rect;  // on screen, cut to what shows of it in the view
};

Rect intersection(const Rect& a, const Rect& b) {
    const float x = std::max(a.x, b.x), y = std::max(a.y, b.y);
    return Rect{x, y, std::max(0.0f, std::min(a.right(), b.right()) - x),
                std::max(0.0f, std::min(a.bottom(), b.bottom()) - y)};
}

bool overlap(const Rect& a, const Rect& b) {
    return a.w > 0 && a.h > 0 && b.w > 0 && b.h > 0 && a.x < b.right() && b.x < a.right() && a.y < b.bottom() &&
           b.y < a.bottom();
}

// Every laid-out text of the page as it stands on screen at the view's scroll: the title, hint, header, body,
// footnotes and source; the parts outside the view are cut away (they cannot be covered there).
std::vector<Word> words_on_screen(const Exhibit& e) {
    const TelegramView& v = e.telegram;
    const float dy = v.viewport.y - std::round(v.scroll_y);
    std::vector<Word> out;
    auto add = [&](const std::string& text, FontRole role, int px, float x, float y) {
        const Rect r{x, y + dy, e.measure.width(role, px, text), e.measure.metrics(role, px).line_height};
        const Rect shown = intersection(r, v.viewport);
        if (shown.w > 0 && shown.h > 0) out.push_back({text, shown});
    };
    for (const Text& t : v.layout.texts) add(t.text, t.role, t.size_px, t.top_left.x, t.top_left.y);
    for (const BodyLine& line : v.layout.body)
        for (const PlacedRun& run : line.runs)
            add(run.text, run.style.role, run.style.size_px, line.origin.x + run.x, line.origin.y);
    return out;
}

// The controls as drawn: the telegram's buttons, the captions' band (the only thing drawn in the card colour
// while no card is open) and the navigation bar.
std::vector<std::pair<std::string, Rect>> controls(Exhibit& e) {
    std::vector<std::pair<std::string, Rect>> out;
    const TelegramTools tools = telegram_tools(e.telegram, view_context(e));
    out.push_back({"the translation button", tools.toggle});
    if (tools.has_listen) out.push_back({"Listen", tools.listen.pill});
    out.push_back({"the navigation bar", layout_nav_bar(screen_context(e), Scene::Telegram, e.easy_reading).bar});
    const DisplayList list = draw(e);
    for (const DrawCommand& c : list.commands)
        if (const FillRect* f = std::get_if<FillRect>(&c); f && f->color == e.theme.card)
            out.push_back({"the captions' band", f->rect});
    return out;
}

// "" when no control covers a word, else which covers which (the first found: one message per position).
std::string first_covered(const std::vector<std::pair<std::string, Rect>>& controls, const std::vector<Word>& words) {
    for (const auto& [name, rect] : controls)
        for (const Word& word : words)
            if (overlap(rect, word.rect)) return name + " covers \"" + word.text + "\"";
    return "";
}

TEST(TelegramControls, CoverNoWordOfThePageAnywhere) {
    int checked = 0;
    for (const Size& size : kSizes) {
        for (Language language : kLanguages) {
            for (bool larger : {false, true}) {
                ExhibitOptions options = starting_on(Scene::Telegram);
                options.default_language = language;
                Exhibit e =
                    make_exhibit(shipped(), Screen{size.w, size.h, size.px_per_mm}, testing::fake_measure(), options);
                if (larger) set_easy_reading(e, true);
                settle(e);
                for (bool translated : {false, true}) {
                    if (translated && !show_telegram_translation(e.telegram, view_context(e), true, e.now)) continue;
                    for (bool listening : {false, true}) {
                        if (listening) {
                            toggle_listening(e, std::string(kTelegramNarration));
                            ASSERT_TRUE(listening_to(e.listening, *e.content));
                            advance(e, 0.5);  // the first caption shows
                        }
                        const float end = max_scroll(e.telegram);
                        std::vector<float> scrolls{0, end};
                        for (float y = e.telegram.viewport.h * 0.25f; y < end; y += e.telegram.viewport.h * 0.25f)
                            scrolls.push_back(y);
                        for (float y : NONEMPTY(scrolls)) {
                            e.telegram.scroll_y = y;
                            e.dirty = true;
                            SCOPED_TRACE(std::to_string(size.w) + "x" + std::to_string(size.h) + " " +
                                         language_code(language) + (larger ? " larger" : "") +
                                         (translated ? " translated" : "") + (listening ? " listening" : "") +
                                         " scrolled " + std::to_string(y) + "/" + std::to_string(end));
                            const std::vector<Word> words = words_on_screen(e);
                            EXPECT_EQ(first_covered(controls(e), words), "");
                            checked += static_cast<int>(words.size());
                        }
                        if (listening) toggle_listening(e, std::string(kTelegramNarration));
                    }
                    if (translated) show_telegram_translation(e.telegram, view_context(e), false, e.now);
                }
            }
        }
    }
    EXPECT_GT(checked, 20000);  // words, over every size, language, state and scroll
}

// Scrolled to its end, the page's last line (the source) stands above the buttons' strip and can be read whole.
TEST(TelegramControls, TheEndOfThePageCanBeReadWhole) {
    for (const Size& size : kSizes) {
        Exhibit e = make_exhibit(shipped(), Screen{size.w, size.h, size.px_per_mm}, testing::fake_measure(),
                                 starting_on(Scene::Telegram));
        settle(e);
        e.telegram.scroll_y = max_scroll(e.telegram);
        const Text& last = e.telegram.layout.texts.back();
        const float bottom = last.top_left.y - e.telegram.scroll_y + e.telegram.viewport.y +
                             e.measure.metrics(last.role, last.size_px).line_height;
        SCOPED_TRACE(std::to_string(size.w) + "x" + std::to_string(size.h));
        EXPECT_LE(bottom, e.telegram.viewport.bottom());
        EXPECT_LE(e.telegram.viewport.bottom(), e.telegram.tools_strip.y);
    }
}

// Without sound (no audio device on the kiosk, or its volume at 0) there is no Listen button: in English, which has
// no translation to offer, the strip below the page goes and the page takes its room; with sound back, it returns.
TEST(TelegramControls, WithoutSoundTheStripGivesItsRoomToThePage) {
    Exhibit e =
        make_exhibit(shipped(), Screen{800, 480, 800 / 154.08f}, testing::fake_measure(), starting_on(Scene::Telegram));
    settle(e);
    ASSERT_GT(e.telegram.tools_strip.h, 0) << "with sound, Listen stands in the strip";
    const float page_with_strip = e.telegram.viewport.h;
    set_sound(e, false);
    EXPECT_EQ(e.telegram.tools_strip.h, 0);
    EXPECT_GT(e.telegram.viewport.h, page_with_strip);
    set_sound(e, true);
    EXPECT_GT(e.telegram.tools_strip.h, 0);
    EXPECT_EQ(e.telegram.viewport.h, page_with_strip);
}

}  // namespace
}  // namespace app
