#include "curator/card_length.h"
#include "curator/fit_check.h"

#include <gtest/gtest.h>

#include "support/test_assets.h"

namespace app {
namespace {

std::string all(const std::vector<Problem>& problems) { return testing::problems_text(problems); }

TEST(CardLength, WordsHoldALetterOrADigit) {
    EXPECT_EQ(count_words("A tariff, or duty, is a tax — on goods."), 9);
    EXPECT_EQ(count_words("Пошлина — это налог: 50 % «вдвое»"), 5);
    EXPECT_EQ(count_words("  US$ 30.000.000 … nº 71  "), 4);
    EXPECT_EQ(count_words(""), 0);
}

TEST(CardLength, SentencesEndAtAStopBeforeACapital) {
    const std::vector<std::string> s = split_sentences(
        "The telegram went to John C. Wiley at 9 p.m. Washington time. It said “valueless.” (FRUS, document 203) "
        "ended. Telegram No. 71 was sent. В 1936 году — 37 %. Далее «Для Вашего сведения». O Sr. Litvinov 1935.");
    ASSERT_EQ(s.size(), 7u) << ::testing::PrintToString(s);
    EXPECT_EQ(s[0], "The telegram went to John C. Wiley at 9 p.m. Washington time.");
    EXPECT_EQ(s[1], "It said “valueless.”");
    EXPECT_EQ(s[2], "(FRUS, document 203) ended.");
    EXPECT_EQ(s[3], "Telegram No. 71 was sent.");
    EXPECT_EQ(s[4], "В 1936 году — 37 %.");
    EXPECT_EQ(s[5], "Далее «Для Вашего сведения».");
    EXPECT_EQ(s[6], "O Sr. Litvinov 1935.");
}

TEST(CardLength, ShippedCardsAreWithinTheLimits) {
    const LoadResult loaded = load_content(testing::shipped_assets());
    ASSERT_TRUE(loaded.content);
    const std::vector<Problem> problems = check_card_lengths(*loaded.content, testing::shipped_assets());
    EXPECT_TRUE(problems.empty()) << all(problems);
}

TEST(CardLength, ALongCardAndALongSentenceAreErrorsAtTheirEntry) {
    std::string text = testing::read_shipped("timeline/events.json");
    const std::string from = "\"en\": \"The first agreement under the new Trade Agreements Act is made with Cuba.";
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos);
    std::string padding;
    for (int i = 0; i < 8; ++i) padding += "Cuba sold sugar to the United States in those years. ";  // 10 words each
    const std::string sentence =
        "This one sentence goes on and on, with one word after another word after another, until it "
        "has far more than twenty-five words in it and the visitor has long since walked away.";  // 33
    text.replace(at, from.size(), "\"en\": \"" + padding + sentence);
    const ReadFile files = testing::shipped_assets_with({{"timeline/events.json", text}});
    const LoadResult loaded = load_content(files);
    ASSERT_TRUE(loaded.content);
    const std::vector<Problem> problems = check_card_lengths(*loaded.content, files);
    ASSERT_EQ(problems.size(), 2u) << all(problems);
    for (const Problem& p : problems) {
        EXPECT_FALSE(p.warning);
        EXPECT_EQ(p.file, "timeline/events.json");
        EXPECT_EQ(p.line, line_of(files, "timeline/events.json", "\"1934-08-24-cuba-agreement\""));
        EXPECT_NE(p.message.find("event \"1934-08-24-cuba-agreement\" body [en]"), std::string::npos) << p.message;
    }
    EXPECT_NE(problems[0].message.find("has 113 words"), std::string::npos) << problems[0].message;
    EXPECT_NE(problems[1].message.find("a sentence of 33 words"), std::string::npos) << problems[1].message;
}

}  // namespace
}  // namespace app
