// Every string the exhibit shows, in every language, has a glyph for every character in the font that draws it:
// no "tofu" boxes on the wall. Strings are taken from the shipped content with the role that sets them.
#include <gtest/gtest.h>

#include "loading/content_checks.h"
#include "text/fonts.h"
#include "support/shipped_content.h"
#include "text/utf8.h"

namespace platform {
namespace {

TEST(ContentGlyphs, EveryShippedStringHasEveryGlyphInItsFont) {
    TtfLibrary ttf;
    ASSERT_TRUE(ttf.ok);
    std::shared_ptr<const app::Content> content = shipped_content();
    ASSERT_TRUE(content);
    std::shared_ptr<Fonts> fonts = make_fonts(content->fonts, shipped_assets());
    EXPECT_GT(shown_strings(*content).size(), 200u);
    for (const app::Problem& p : check_glyphs(*content, *fonts, shipped_assets()))
        ADD_FAILURE() << app::format_problem(p);
}

// The glyph problems of the shipped content with one text of attract/attract.json written otherwise.
std::vector<app::Problem> glyph_problems_with_attract(const std::string& from, const std::string& to) {
    std::string attract = *shipped_assets()("attract/attract.json").bytes;
    EXPECT_NE(attract.find(from), std::string::npos) << from;
    if (attract.find(from) == std::string::npos) return {};
    attract.replace(attract.find(from), from.size(), to);
    app::ReadFile files = [attract](const std::string& path) -> std::optional<std::string> {
        return path == "attract/attract.json" ? std::optional<std::string>(attract) : shipped_assets()(path).bytes;
    };
    app::LoadResult loaded = app::load_content(files);
    EXPECT_TRUE(loaded.content);
    if (!loaded.content) return {};
    std::shared_ptr<Fonts> fonts = make_fonts(loaded.content->fonts, files);
    return check_glyphs(*loaded.content, *fonts, files);
}

TEST(ContentGlyphs, AMissingGlyphIsReportedWithFileAndLine) {
    TtfLibrary ttf;
    // A snowman no font here has.
    const std::vector<app::Problem> problems =
        glyph_problems_with_attract("\"Touch to begin\"", "\"Touch to begin \u2603\"");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "attract/attract.json");
    EXPECT_GT(problems[0].line, 1);
    EXPECT_NE(problems[0].message.find("U+2603 is not in the sans font"), std::string::npos)
        << app::format_problem(problems[0]);
}

// The shipped content fits the smallest supported screens with the real fonts (app tests use a fake measure).
TEST(ContentChecks, ShippedContentPassesEveryCheckWithItsFonts) {
    TtfLibrary ttf;
    std::shared_ptr<const app::Content> content = shipped_content();
    ASSERT_TRUE(content);
    for (const app::Problem& p : check_with_fonts(content, shipped_assets())) ADD_FAILURE() << app::format_problem(p);
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

// A face can have a glyph and still change the text: GNU Typewriter strikes "[", "(" and the like alike, as a
// slash, so an editor's "No. 72 [71]" would read "No. 72 /71/". --check names that, not only missing glyphs.
TEST(ContentGlyphs, AFaceThatDrawsABracketAsAnotherCharacterIsNamed) {
    TtfLibrary ttf;
    // The attract title is typed.
    const std::vector<app::Problem> problems =
        glyph_problems_with_attract("\"en\": \"Telegram No. 71\"", "\"en\": \"Telegram No. 72 [71]\"");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "attract/attract.json");
    EXPECT_NE(problems[0].message.find("typewriter font"), std::string::npos) << app::format_problem(problems[0]);
    EXPECT_NE(problems[0].message.find("draws \"[\" exactly as \""), std::string::npos)
        << app::format_problem(problems[0]);
}

// The telegram's own brackets are set in the serif (the telegram view does so), so the shipped text and the
// second content pack, with its editor's bracket, check clean.
TEST(ContentChecks, WileysReplyPackChecksCleanWithItsFonts) {
    TtfLibrary ttf;
    app::LoadResult loaded = app::load_content(wiley_reply_pack());
    ASSERT_TRUE(loaded.content);
    for (const app::Problem& p : check_with_fonts(loaded.content, wiley_reply_pack()))
        if (!p.warning) ADD_FAILURE() << app::format_problem(p);
}

}  // namespace
}  // namespace platform
