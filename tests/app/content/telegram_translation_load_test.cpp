// Loading the exhibit's translations of the telegram (telegram/translation.json) and the messages a curator sees.
#include <algorithm>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "content/load_content.h"
#include "support/test_assets.h"

namespace app {
namespace {

using testing::read_shipped;
using testing::shipped_assets;
using testing::shipped_assets_with;

const char* kFile = "telegram/translation.json";

std::vector<Problem> errors_of(const LoadResult& result) {
    std::vector<Problem> errors;
    for (const Problem& p : result.problems)
        if (!p.warning) errors.push_back(p);
    return errors;
}

// The line (1-based) where `needle` first appears in `text`.
int line_of(const std::string& text, const std::string& needle) {
    const std::size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

TEST(TelegramTranslation, ShippedTranslationsLoadForRussianAndPortugueseOnly) {
    const LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content) << testing::problems_text(result.problems);
    const Telegram& t = result.content->telegram;
    EXPECT_EQ(t.translation_file, kFile);
    EXPECT_EQ(t.translation_in(Language::English), nullptr) << "the original is English";
    int paragraphs = 0;
    for (const Block& b : t.body) paragraphs += b.kind == Block::Kind::Paragraph ? 1 : 0;
    for (Language language : {Language::Russian, Language::Portuguese}) {
        const TelegramTranslation* tr = t.translation_in(language);
        ASSERT_NE(tr, nullptr) << language_code(language);
        EXPECT_EQ(static_cast<int>(tr->paragraphs.size()), paragraphs);
        EXPECT_EQ(tr->paragraphs.front().rfind("71. ", 0), 0u) << "keeps the telegram's number";
        EXPECT_NE(tr->paragraphs[3].find(" 1. "), std::string::npos) << "keeps the numbered points";
        EXPECT_NE(tr->paragraphs[3].find(" 2. "), std::string::npos);
        EXPECT_FALSE(tr->note.empty());
    }
    bool review_noted = false;
    for (const Problem& p : result.problems) review_noted = review_noted || (p.warning && p.file == kFile);
    EXPECT_TRUE(review_noted) << "marked for native-speaker review";
}

TEST(TelegramTranslation, WithoutTheFieldTheTelegramHasNoTranslation) {
    nlohmann::json telegram = nlohmann::json::parse(read_shipped("telegram/telegram.json"));
    telegram.erase("translation");
    const LoadResult result = load_content(shipped_assets_with({{"telegram/telegram.json", telegram.dump(2)}}));
    ASSERT_TRUE(result.content) << testing::problems_text(result.problems);
    EXPECT_EQ(result.content->telegram.translation_in(Language::Russian), nullptr);
}

TEST(TelegramTranslation, ANamedFileThatIsMissingIsAnErrorWhereItIsNamed) {
    const LoadResult result = load_content(shipped_assets_with({{kFile, "\x01missing"}}));
    const std::vector<Problem> errors = errors_of(result);
    ASSERT_EQ(errors.size(), 1u) << testing::problems_text(result.problems);
    EXPECT_FALSE(result.content);
    EXPECT_EQ(errors[0].file, "telegram/telegram.json");
    EXPECT_EQ(errors[0].line, line_of(read_shipped("telegram/telegram.json"), "\"translation\""));
    EXPECT_NE(errors[0].message.find("cannot read the file \"telegram/translation.json\""), std::string::npos);
}

TEST(TelegramTranslation, AMissingLanguageIsNamed) {
    nlohmann::json translation = nlohmann::json::parse(read_shipped(kFile));
    translation.erase("pt");
    const LoadResult result = load_content(shipped_assets_with({{kFile, translation.dump(2)}}));
    const std::vector<Problem> errors = errors_of(result);
    ASSERT_EQ(errors.size(), 1u) << testing::problems_text(result.problems);
    EXPECT_EQ(errors[0].file, kFile);
    EXPECT_EQ(errors[0].line, 1);
    EXPECT_NE(errors[0].message.find("missing field \"pt\""), std::string::npos) << errors[0].message;
}

TEST(TelegramTranslation, AWrongTypeIsReportedAtItsLine) {
    const std::string shipped = read_shipped(kFile);
    const std::string dateline = "\"dateline\": \"Вашингтон, 27 марта 1935 года, 21:00\"";
    std::string broken = shipped;
    broken.replace(broken.find(dateline), dateline.size(), "\"dateline\": 1935");
    const LoadResult result = load_content(shipped_assets_with({{kFile, broken}}));
    const std::vector<Problem> errors = errors_of(result);
    ASSERT_EQ(errors.size(), 1u) << testing::problems_text(result.problems);
    EXPECT_EQ(errors[0].file, kFile);
    EXPECT_EQ(errors[0].line, line_of(shipped, dateline));
    EXPECT_NE(errors[0].message.find("should be text in quotes but is a number"), std::string::npos)
        << errors[0].message;
}

TEST(TelegramTranslation, EveryParagraphMustBeTranslated) {
    nlohmann::json translation = nlohmann::json::parse(read_shipped(kFile));
    translation["ru"]["paragraphs"].erase(4);
    const LoadResult result = load_content(shipped_assets_with({{kFile, translation.dump(2)}}));
    const std::vector<Problem> errors = errors_of(result);
    ASSERT_EQ(errors.size(), 1u) << testing::problems_text(result.problems);
    EXPECT_NE(errors[0].message.find("has 4 paragraphs but telegram/body.txt has 5"), std::string::npos)
        << errors[0].message;
}

TEST(TelegramTranslation, UnknownFieldsAndAnEnglishEntryAreRejected) {
    nlohmann::json translation = nlohmann::json::parse(read_shipped(kFile));
    translation["en"] = translation["ru"];
    translation["pt"]["titel"] = "x";
    const LoadResult result = load_content(shipped_assets_with({{kFile, translation.dump(2)}}));
    const std::string messages = testing::problems_text(result.problems);
    EXPECT_FALSE(result.content);
    EXPECT_NE(messages.find("unknown field \"en\""), std::string::npos) << messages;
    EXPECT_NE(messages.find("unknown field \"titel\""), std::string::npos) << messages;
}

TEST(TelegramTranslation, FootnoteMarkersAreNotUsed) {
    nlohmann::json translation = nlohmann::json::parse(read_shipped(kFile));
    translation["pt"]["paragraphs"][0] = "71. Com o comissário[^18] …";
    const LoadResult result = load_content(shipped_assets_with({{kFile, translation.dump(2)}}));
    const std::vector<Problem> errors = errors_of(result);
    ASSERT_EQ(errors.size(), 1u) << testing::problems_text(result.problems);
    EXPECT_NE(errors[0].message.find("footnote markers"), std::string::npos) << errors[0].message;
}

}  // namespace
}  // namespace app
