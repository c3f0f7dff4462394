#include "curator/fit_check.h"

#include <gtest/gtest.h>

#include "support/fake_measure.h"
#include "support/test_assets.h"

namespace app {
namespace {

std::string all(const std::vector<Problem>& problems) { return testing::problems_text(problems); }

TEST(FitCheck, ShippedContentFitsTheSmallestScreens) {
    const LoadResult loaded = load_content(testing::shipped_assets());
    ASSERT_TRUE(loaded.content);
    for (const Screen& s : smallest_supported_screens()) {
        const std::vector<Problem> problems =
            check_fit(loaded.content, s, testing::fake_measure(), testing::shipped_assets());
        EXPECT_TRUE(problems.empty()) << all(problems);
    }
}

TEST(FitCheck, AnOverlongCardIsNamedWithItsLine) {
    std::string text = testing::read_shipped("annotations/annotations.json");
    const std::string from = "\"en\": \"Steelmakers cannot";
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos);
    std::string padding;
    for (int i = 0; i < 120; ++i) padding += "Manganese mattered a great deal to steelmakers in those years. ";
    text.replace(at, from.size(), "\"en\": \"" + padding + "Steelmakers cannot");
    const LoadResult loaded = load_content(testing::shipped_assets_with({{"annotations/annotations.json", text}}));
    ASSERT_TRUE(loaded.content);
    const std::vector<Problem> problems =
        check_fit(loaded.content, Screen{800, 480, 96 / 25.4f}, testing::fake_measure(),
                  testing::shipped_assets_with({{"annotations/annotations.json", text}}));
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0].file, "annotations/annotations.json");
    EXPECT_GT(problems[0].line, 1);
    EXPECT_NE(problems[0].message.find("\"manganese-ore\" is too long"), std::string::npos) << all(problems);
}

TEST(FitCheck, LineOfFindsTheEntry) {
    EXPECT_EQ(line_of(testing::shipped_assets(), "exhibit.json", "\"fonts\""), 2);
    EXPECT_EQ(line_of(testing::shipped_assets(), "exhibit.json", "nowhere"), 0);
}

}  // namespace
}  // namespace app
