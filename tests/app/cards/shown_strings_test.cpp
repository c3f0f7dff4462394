// Every string the exhibit shows, walked without a font: what `exhibit --check` holds against the real fonts
// (tests/platform/render/content_glyphs_test does that part).
#include "curator/shown_strings.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "telegram/telegram_layout.h"
#include "support/test_assets.h"

namespace app {
namespace {

TEST(ShownStrings, EveryShippedAnnotationIsThereInEveryLanguageInItsFace) {
    const LoadResult loaded = load_content(testing::shipped_assets());
    ASSERT_TRUE(loaded.content) << testing::problems_text(loaded.problems);
    const std::vector<ShownString> strings = shown_strings(*loaded.content);
    EXPECT_GT(strings.size(), 200u);
    for (const Annotation& a : loaded.content->annotations) {
        for (Language l : kLanguages) {
            const std::string what = "annotation \"" + a.id + "\" title [" + language_code(l) + "]";
            const bool found = std::any_of(strings.begin(), strings.end(), [&](const ShownString& s) {
                return s.role == FontRole::SansBold && s.text == a.title.in(l) && s.what == what &&
                       s.file == loaded.content->files.annotations;
            });
            EXPECT_TRUE(found) << what;
        }
    }
    for (const ShownString& s : strings) EXPECT_FALSE(s.file.empty()) << s.what;
}

// Wiley's reply has an editor's bracket ("Your 72 [71]"), which the typewriter face would strike as a parenthesis.
TEST(ShownStrings, TheTelegramsBracketsAreSetInTheSerifAsTheViewSetsThem) {
    const LoadResult loaded = load_content(testing::wiley_reply_pack());
    ASSERT_TRUE(loaded.content) << testing::problems_text(loaded.problems);
    bool serif_brackets = false;
    for (const ShownString& s : shown_strings(*loaded.content)) {
        if (s.what == "the text") {
            EXPECT_EQ(s.text.find_first_of(std::string(kTypedInSerif)), std::string::npos) << s.text;
        }
        serif_brackets = serif_brackets || (s.what == "the text's brackets" && s.role == FontRole::Serif &&
                                            s.text.find('[') != std::string::npos);
    }
    EXPECT_TRUE(serif_brackets);
}

}  // namespace
}  // namespace app
