// Every string the exhibit shows, in every language, has a glyph for every character in the font that draws it:
// no "tofu" boxes on the wall. Strings are taken from the shipped content with the role that sets them.
#include <gtest/gtest.h>

#include "fonts.h"
#include "shipped_content.h"
#include "utf8.h"

namespace platform {
namespace {

struct Sample {
    app::FontRole role;
    std::string text;
    std::string where;
};

void add_localized(std::vector<Sample>& out, app::FontRole role, const app::Localized& text, const std::string& where) {
    for (app::Language l : app::kLanguages) out.push_back({role, text.in(l), where + " [" + app::language_code(l) + "]"});
}

std::vector<Sample> every_string(const app::Content& c) {
    using app::FontRole;
    std::vector<Sample> out;
    const app::Telegram& t = c.telegram;
    for (const std::string* s : {&t.exhibit_title, &t.exhibit_subtitle, &t.source}) out.push_back({FontRole::Sans, *s, "telegram title"});
    out.push_back({FontRole::SansBold, t.exhibit_title, "telegram title"});
    for (const std::string* s : {&t.header.file_line, &t.header.title, &t.header.dateline}) out.push_back({FontRole::Serif, *s, "telegram header"});
    for (const app::Block& b : t.body) {
        for (const app::Span& s : b.spans) out.push_back({FontRole::Typewriter, s.text, "telegram body"});
        out.push_back({FontRole::Serif, "[" + b.page_label + "]", "page break"});
    }
    for (const app::Footnote& f : t.footnotes) out.push_back({FontRole::Serif, f.number + ". " + f.text, "footnote " + f.number});
    for (const app::Annotation& a : c.annotations) {
        add_localized(out, FontRole::SansBold, a.title, a.id + " title");
        add_localized(out, FontRole::Sans, a.body, a.id + " body");
        for (const std::string& s : a.sources) out.push_back({FontRole::Sans, s, a.id + " source"});
        if (a.has_chart) {
            add_localized(out, FontRole::SansBold, a.chart.title, a.id + " chart");
            add_localized(out, FontRole::SansBold, a.chart.reference_label, a.id + " chart reference");
            for (const app::Bar& bar : a.chart.bars) out.push_back({FontRole::Sans, bar.label, a.id + " chart bar"});
        }
    }
    const app::InterfaceText& ui = c.interface;
    for (const app::Localized* l : {&ui.touch_hint, &ui.close, &ui.still_there, &ui.continue_visit, &ui.view_telegram,
                                    &ui.view_map, &ui.view_timeline})
        add_localized(out, FontRole::SansBold, *l, "interface");
    for (const app::Localized* l : {&ui.sources, &ui.restart_countdown, &ui.money_millions})
        add_localized(out, FontRole::Sans, *l, "interface");
    const app::AttractText& at = c.attract;
    add_localized(out, FontRole::Typewriter, at.title, "attract title");
    add_localized(out, FontRole::Serif, at.date_line, "attract date");
    add_localized(out, FontRole::Sans, at.invitation, "attract invitation");
    add_localized(out, FontRole::SansBold, at.language_names, "attract language name");
    for (const app::Localized& teaser : at.teasers) add_localized(out, FontRole::Sans, teaser, "attract teaser");
    return out;
}

TEST(ContentGlyphs, EveryShippedStringHasEveryGlyphInItsFont) {
    TtfLibrary ttf;
    ASSERT_TRUE(ttf.ok);
    std::shared_ptr<const app::Content> content = shipped_content();
    ASSERT_TRUE(content);
    std::shared_ptr<Fonts> fonts = make_fonts(content->fonts, shipped_assets());
    const std::vector<Sample> samples = every_string(*content);
    EXPECT_GT(samples.size(), 200u);
    int missing = 0;
    for (const Sample& s : samples) {
        TTF_Font* font = font_for(*fonts, s.role, 24);
        ASSERT_NE(font, nullptr) << app::font_role_name(s.role);
        for (char32_t cp : decode_utf8(printable_text(font, s.text))) {
            if (cp == U' ' || TTF_GlyphIsProvided32(font, cp)) continue;
            ++missing;
            ADD_FAILURE() << s.where << ": U+" << std::hex << static_cast<unsigned>(cp) << std::dec << " is missing from the "
                          << app::font_role_name(s.role) << " font in \"" << s.text.substr(0, 60) << "\"";
        }
    }
    EXPECT_EQ(missing, 0);
}

TEST(ContentGlyphs, TypewriterQuotesBecomeWhatATypewriterStruck) {
    TtfLibrary ttf;
    std::shared_ptr<const app::Content> content = shipped_content();
    ASSERT_TRUE(content);
    std::shared_ptr<Fonts> fonts = make_fonts(content->fonts, shipped_assets());
    TTF_Font* typewriter = font_for(*fonts, app::FontRole::Typewriter, 24);
    ASSERT_NE(typewriter, nullptr);
    EXPECT_EQ(printable_text(typewriter, "Government\u2019s"), "Government's");
    TTF_Font* sans = font_for(*fonts, app::FontRole::Sans, 24);
    EXPECT_EQ(printable_text(sans, "Government\u2019s"), "Government\u2019s") << "a face with the glyph keeps it";
}

}  // namespace
}  // namespace platform
