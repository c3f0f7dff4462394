#include "text/text_measure_ttf.h"

#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "render/render_display_list.h"
#include "support/shipped_content.h"
#include "support/software_canvas.h"
#include "text/utf8.h"

namespace platform {
namespace {

constexpr app::FontRole kRoles[] = {app::FontRole::Typewriter, app::FontRole::Serif, app::FontRole::Sans,
                                    app::FontRole::SansBold};

class TtfTextMeasure : public ::testing::Test {
protected:
    TtfLibrary ttf;  // first: outlives the fonts below
    std::shared_ptr<const app::Content> content = shipped_content();
    std::shared_ptr<Fonts> fonts = content ? make_fonts(content->fonts, shipped_assets()) : nullptr;
    app::TextMeasure measure = fonts ? make_text_measure(fonts) : app::TextMeasure{};

    void SetUp() override {
        ASSERT_TRUE(ttf.ok) << TTF_GetError();
        ASSERT_TRUE(content);
    }
};

TEST_F(TtfTextMeasure, WidthsArePositiveAndGrowWithText) {
    for (app::FontRole role : kRoles) {
        SCOPED_TRACE(app::font_role_name(role));
        float short_width = measure.width(role, 24, "Tele");
        float long_width = measure.width(role, 24, "Telegram No. 71");
        EXPECT_GT(short_width, 0);
        EXPECT_GT(long_width, short_width);
        EXPECT_GT(measure.width(role, 48, "Tele"), short_width);  // and with size
        EXPECT_EQ(measure.width(role, 24, ""), 0);
    }
}

TEST_F(TtfTextMeasure, MetricsAreSane) {
    for (app::FontRole role : kRoles) {
        SCOPED_TRACE(app::font_role_name(role));
        app::FontMetrics m = measure.metrics(role, 40);
        EXPECT_GT(m.ascent, 20);
        EXPECT_LT(m.ascent, 60);
        EXPECT_GE(m.line_height, m.ascent);
        EXPECT_LT(m.line_height, 100);
    }
}

TEST_F(TtfTextMeasure, EveryRoleFontHasEveryGlyphOfRussianAndPortugueseWords) {
    for (app::FontRole role : kRoles) {
        TTF_Font* font = font_for(*fonts, role, 24);
        ASSERT_NE(font, nullptr) << app::font_role_name(role);
        for (const char* word : {"Телеграмма", "Conceição"}) {
            for (char32_t cp : decode_utf8(word)) {
                EXPECT_TRUE(TTF_GlyphIsProvided32(font, cp))
                    << app::font_role_name(role) << " (" << content->fonts[static_cast<std::size_t>(role)]
                    << ") lacks U+" << std::hex << static_cast<unsigned>(cp) << " of " << word;
            }
        }
    }
}

TEST_F(TtfTextMeasure, CyrillicMeasuresLikeText) {
    for (app::FontRole role : kRoles) {
        EXPECT_GT(measure.width(role, 24, "Телеграмма"), measure.width(role, 24, "Те"));
    }
}

TEST_F(TtfTextMeasure, OneFontPerRoleMeasuresEverySizeAsItsOwnFontWould) {
    // Widths measured at each size first (a role's font opened at that size), then again going back and forth
    // between sizes on the role's one font, must agree: a size change leaves nothing of the last size behind.
    const char* text = "Telegram \u2014 Wiley, Moscow";
    std::vector<float> first;
    for (int size = 8; size < 120; size += 7) {
        auto fresh = make_fonts(content->fonts, shipped_assets());
        first.push_back(make_text_measure(fresh).width(app::FontRole::Serif, size, text));
    }
    std::size_t i = 0;
    for (int size = 8; size < 120; size += 7, ++i) {
        measure.width(app::FontRole::Serif, 200 - size, text);
        EXPECT_EQ(measure.width(app::FontRole::Serif, size, text), first[i]) << size << " px";
        EXPECT_EQ(measure.metrics(app::FontRole::Serif, size).line_height,
                  make_text_measure(make_fonts(content->fonts, shipped_assets()))
                      .metrics(app::FontRole::Serif, size)
                      .line_height);
    }
    EXPECT_EQ(fonts->open.size(), 1u);  // the serif role's font, whatever the sizes
}

TEST_F(TtfTextMeasure, DrawnTextMatchesMeasuredWidthAndIsInItsColour) {
    SoftwareCanvas canvas(400, 80);
    canvas.drawer.fonts = fonts;
    app::Text text{"Telegram", app::FontRole::Sans, 40, {10, 10}, app::Color{255, 0, 0, 255}};
    Pixels p = canvas.draw(app::DisplayList{app::Color{0, 0, 0, 255}, {text}});
    int min_x = 400;
    int max_x = -1;
    int inked = 0;
    for (int y = 0; y < 80; ++y) {
        for (int x = 0; x < 400; ++x) {
            const std::uint8_t* q = p.at(x, y);
            if (q[0] > 40) {
                ++inked;
                min_x = std::min(min_x, x);
                max_x = std::max(max_x, x);
                ASSERT_LT(q[1], 10) << "text is red, not white";
            }
        }
    }
    EXPECT_GT(inked, 100);
    EXPECT_GE(min_x, 10);
    float width = measure.width(app::FontRole::Sans, 40, "Telegram");
    EXPECT_LE(max_x, 10 + static_cast<int>(width) + 2);
    EXPECT_GT(max_x, 10 + static_cast<int>(width * 0.8f));
    // The same text fading (another alpha) reuses the texture; in another colour it is rendered in that colour.
    text.color = app::Color{255, 0, 0, 100};
    canvas.draw(app::DisplayList{app::Color{0, 0, 0, 255}, {text}});
    EXPECT_EQ(canvas.drawer.text.size(), 1u);
    text.color = app::Color{0, 255, 0, 255};
    Pixels green = canvas.draw(app::DisplayList{app::Color{0, 0, 0, 255}, {text}});
    EXPECT_EQ(canvas.drawer.text.size(), 2u);
    int greened = 0;
    for (int y = 0; y < 80; ++y)
        for (int x = 0; x < 400; ++x) greened += green.at(x, y)[1] > 40 && green.at(x, y)[0] < 10;
    EXPECT_GT(greened, 100);
}

TEST_F(TtfTextMeasure, TextTexturesStayWithinTheirBudget) {
    SoftwareCanvas canvas(64, 64);
    canvas.drawer.fonts = fonts;
    canvas.drawer.text = TextTextureCache(CacheLimits{16, 64 * 1024});
    app::DisplayList list{app::Color{0, 0, 0, 255}, {}};
    for (int i = 0; i < 200; ++i) {
        list.commands = {app::Text{"line " + std::to_string(i), app::FontRole::Serif, 20, {0, 0}, {}}};
        canvas.draw(list);
    }
    EXPECT_LE(canvas.drawer.text.size(), 16u);
    EXPECT_LE(canvas.drawer.text.bytes(), 64u * 1024);
}

// Each font file is read once: loading the content reads it to check it is a font, and the fonts are opened from
// those bytes (a 1 MB font read twice was a few milliseconds of every start).
TEST(TtfFonts, OpenFromTheBytesLoadingReadAndReadNoFileAgain) {
    TtfLibrary ttf;
    std::map<std::string, int> reads;
    const app::ReadFile shipped = shipped_assets();
    const app::ReadFile counting = [&](const std::string& path) {
        ++reads[path];
        return shipped(path);
    };
    const app::LoadResult loaded = app::load_content(counting);
    ASSERT_TRUE(loaded.content);
    std::shared_ptr<Fonts> fonts = make_fonts(loaded.content->fonts, counting, loaded.content->font_bytes);
    for (app::FontRole role : kRoles) {
        EXPECT_NE(font_for(*fonts, role, 24), nullptr) << app::font_role_name(role);
        EXPECT_EQ(reads[loaded.content->fonts[static_cast<std::size_t>(role)]], 1) << app::font_role_name(role);
    }
    // Without the bytes (the resting screen has no content), a role's file is read on first use.
    std::shared_ptr<Fonts> reading = make_fonts(loaded.content->fonts, counting);
    EXPECT_NE(font_for(*reading, app::FontRole::Serif, 24), nullptr);
    EXPECT_EQ(reads[loaded.content->fonts[static_cast<std::size_t>(app::FontRole::Serif)]], 2);
}

TEST(TextMeasureBrokenFont, FallsBackToEstimatesAndDrawsNothing) {
    TtfLibrary ttf;
    app::FontFiles files{"missing.otf", "missing.otf", "missing.otf", "missing.otf"};
    auto fonts = make_fonts(files, [](const std::string&) { return std::optional<std::string>("not a font"); });
    app::TextMeasure measure = make_text_measure(fonts);
    EXPECT_GT(measure.width(app::FontRole::Sans, 20, "abc"), 0);
    EXPECT_GT(measure.metrics(app::FontRole::Sans, 20).line_height, 0);
    SoftwareCanvas canvas(32, 32);
    canvas.drawer.fonts = fonts;
    Pixels p = canvas.draw(app::DisplayList{app::Color{0, 0, 0, 255},
                                            {app::Text{"abc", app::FontRole::Sans, 20, {0, 0}, {255, 255, 255, 255}}}});
    EXPECT_EQ(pixel(p, 5, 10), rgb(0, 0, 0));
}

}  // namespace
}  // namespace platform
