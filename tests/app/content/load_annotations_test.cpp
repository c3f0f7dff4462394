#include "content/telegram/load_annotations.h"

#include <gtest/gtest.h>

#include "content/telegram/telegram_body.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

using testing::read_shipped;
using testing::shipped_assets;
using testing::shipped_assets_with;

std::string messages_of(const std::vector<Problem>& problems, bool warnings = false) {
    std::string out;
    for (const Problem& p : problems)
        if (p.warning == warnings) out += format_problem(p) + "\n";
    return out;
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

const Annotation* find(const Content& c, const std::string& id) {
    for (const Annotation& a : c.annotations)
        if (a.id == id) return &a;
    return nullptr;
}

TEST(LoadAnnotations, ShippedAnnotationsAllAnchorInTheText) {
    LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content) << messages_of(result.problems);
    const Content& c = *result.content;
    EXPECT_GE(c.annotations.size(), 10u);
    for (const Annotation& a : NONEMPTY(c.annotations)) {
        ASSERT_GE(a.match.block, 0) << a.id;
        const Block& block = c.telegram.body[static_cast<std::size_t>(a.match.block)];
        if (block.kind == Block::Kind::Paragraph) {
            EXPECT_EQ(plain_text(block).substr(a.match.begin, a.match.end - a.match.begin), a.anchor.phrase) << a.id;
        }
        for (Language l : kLanguages) {
            EXPECT_FALSE(a.title.in(l).empty()) << a.id;
            EXPECT_FALSE(a.body.in(l).empty()) << a.id;
        }
        EXPECT_FALSE(a.sources.empty()) << a.id;
    }
    // In reading order, so a keyboard or a tour can step through them.
    for (std::size_t i = 1; i < NONEMPTY(c.annotations).size(); ++i) {
        const AnchorMatch& p = c.annotations[i - 1].match;
        const AnchorMatch& q = c.annotations[i].match;
        EXPECT_TRUE(p.block < q.block || (p.block == q.block && p.begin < q.begin));
    }
}

TEST(LoadAnnotations, ShippedCoverageIncludesTheRequiredSubjects) {
    LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content);
    for (const char* phrase : {"manganese ore", "Commissar for Foreign Affairs", "no commercial treaty", "in writing",
                               "Government monopoly of foreign trade", "Inform Department promptly by cable",
                               "[Page 193]", "a substantial increase in the purchase"}) {
        bool found = false;
        for (const Annotation& a : result.content->annotations) found |= a.anchor.phrase == phrase;
        EXPECT_TRUE(found) << phrase;
    }
    const Annotation* chart = find(*result.content, "substantial-increase");
    ASSERT_NE(chart, nullptr);
    ASSERT_TRUE(chart->has_chart);
    ASSERT_EQ(chart->chart.bars.size(), 3u);
    EXPECT_EQ(chart->chart.bars[0].value, 12640891);
    EXPECT_TRUE(chart->chart.has_reference);
    EXPECT_EQ(chart->chart.reference_value, 30000000);
}

TEST(LoadAnnotations, ATextEditThatBreaksAnAnchorIsReportedByName) {
    std::string body = replace_once(read_shipped("telegram/body.txt"), "manganese ore", "manganese-ore");
    LoadResult result = load_content(shipped_assets_with({{"telegram/body.txt", body}}));
    EXPECT_FALSE(result.content);
    std::string errors = messages_of(result.problems);
    EXPECT_NE(errors.find("annotations/annotations.json:"), std::string::npos) << errors;
    EXPECT_NE(errors.find("annotation \"manganese-ore\": the phrase \"manganese ore\" is not in the telegram's text"),
              std::string::npos)
        << errors;
}

TEST(LoadAnnotations, ARepeatedPhraseNeedsAnOccurrence) {
    std::string file = replace_once(read_shipped("annotations/annotations.json"),
                                    "\"phrase\": \"Commissar for Foreign Affairs\",\n        \"occurrence\": 1",
                                    "\"phrase\": \"Commissar for Foreign Affairs\"");
    LoadResult result = load_content(shipped_assets_with({{"annotations/annotations.json", file}}));
    std::string errors = messages_of(result.problems);
    EXPECT_NE(errors.find("occurs 2 times in the telegram; add \"occurrence\": 1 to 2"), std::string::npos) << errors;
}

TEST(LoadAnnotations, AnOccurrenceBeyondTheLastIsReported) {
    std::string file =
        replace_once(read_shipped("annotations/annotations.json"), "\"occurrence\": 1", "\"occurrence\": 3");
    LoadResult result = load_content(shipped_assets_with({{"annotations/annotations.json", file}}));
    std::string errors = messages_of(result.problems);
    EXPECT_NE(errors.find("the phrase occurs only 2 times, so \"occurrence\" cannot be 3"), std::string::npos)
        << errors;
}

TEST(LoadAnnotations, OverlappingPhrasesAreRejected) {
    std::string file = replace_once(read_shipped("annotations/annotations.json"), "\"phrase\": \"manganese ore\"",
                                    "\"phrase\": \"rate of duty on manganese\"");
    file = replace_once(file, "\"phrase\": \"a 50 percent reduction\"", "\"phrase\": \"duty on manganese ore\"");
    LoadResult result = load_content(shipped_assets_with({{"annotations/annotations.json", file}}));
    std::string errors = messages_of(result.problems);
    EXPECT_NE(errors.find("overlaps the phrase of"), std::string::npos) << errors;
}

TEST(LoadAnnotations, AMissingTranslationNamesTheLanguage) {
    std::string file = read_shipped("annotations/annotations.json");
    std::size_t at = file.find("\"pt\": \"Acordos para baixar tarifas\"");
    ASSERT_NE(at, std::string::npos);
    file = replace_once(file, ",\n        \"pt\": \"Acordos para baixar tarifas\"", "");
    LoadResult result = load_content(shipped_assets_with({{"annotations/annotations.json", file}}));
    std::string errors = messages_of(result.problems);
    EXPECT_NE(errors.find("\"title\" has no \"pt\" translation"), std::string::npos) << errors;
}

TEST(LoadAnnotations, DuplicateIdsAreRejected) {
    std::string file = replace_once(read_shipped("annotations/annotations.json"), "\"id\": \"in-writing\"",
                                    "\"id\": \"manganese-ore\"");
    LoadResult result = load_content(shipped_assets_with({{"annotations/annotations.json", file}}));
    EXPECT_NE(messages_of(result.problems).find("the id \"manganese-ore\" is used by another annotation"),
              std::string::npos);
}

TEST(LoadAnnotations, ChartValuesMustBeNumbers) {
    std::string file =
        replace_once(read_shipped("annotations/annotations.json"), "\"value\": 12640891", "\"value\": \"12,640,891\"");
    LoadResult result = load_content(shipped_assets_with({{"annotations/annotations.json", file}}));
    std::string errors = messages_of(result.problems);
    EXPECT_NE(errors.find("\"value\" should be a number without quotes or separators"), std::string::npos) << errors;
}

TEST(LoadAnnotations, TranslationsAwaitingReviewAreListedAsWarnings) {
    LoadResult result = load_content(shipped_assets());
    EXPECT_NE(messages_of(result.problems, true).find("native-speaker review"), std::string::npos);
}

}  // namespace
}  // namespace app
