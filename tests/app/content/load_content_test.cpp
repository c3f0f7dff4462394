#include "content/load_content.h"

#include <gtest/gtest.h>

#include "content/telegram/telegram_body.h"
#include "content/map_content.h"
#include "content/timeline_content.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

using testing::read_shipped;
using testing::shipped_assets;
using testing::shipped_assets_with;

// The single error in `problems`, failing the test if there is not exactly one.
Problem only_error(const LoadResult& result) {
    std::vector<Problem> errors;
    for (const Problem& p : result.problems)
        if (!p.warning) errors.push_back(p);
    EXPECT_EQ(errors.size(), 1u) << testing::problems_text(result.problems);
    EXPECT_FALSE(result.content) << "content with errors must not be returned";
    return errors.empty() ? Problem{} : errors[0];
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

TEST(LoadContent, ShippedAssetsLoadWithoutErrors) {
    LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content) << testing::problems_text(result.problems);
    const Telegram& t = result.content->telegram;
    EXPECT_EQ(t.header.file_line, "611.6131/303: Telegram");
    EXPECT_EQ(t.header.title, "The Secretary of State to the Chargé in the Soviet Union (Wiley)");
    ASSERT_EQ(t.footnotes.size(), 2u);
    EXPECT_EQ(t.footnotes[0].number, "18");
    EXPECT_EQ(t.footnotes[1].number, "19");

    int paragraphs = 0, page_breaks = 0, markers = 0;
    for (const Block& b : t.body) {
        (b.kind == Block::Kind::Paragraph ? paragraphs : page_breaks)++;
        for (const Span& s : b.spans) markers += s.kind == Span::Kind::FootnoteMarker;
    }
    EXPECT_EQ(paragraphs, 5);
    EXPECT_EQ(page_breaks, 1);
    EXPECT_EQ(markers, 2);
    EXPECT_EQ(t.body[2].page_label, "Page 193");
}

// The text on screen is the document exactly as given: same words, same order, FRUS's own spelling and commas.
TEST(LoadContent, ShippedBodyMatchesTheSourceWordForWord) {
    LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content);
    std::string joined;
    for (const Block& b : result.content->telegram.body)
        if (b.kind == Block::Kind::Paragraph) joined += plain_text(b) + " ";
    EXPECT_NE(joined.find("will, not defeat the purpose"), std::string::npos);
    EXPECT_NE(joined.find("Mr. Litvinoff"), std::string::npos);
    EXPECT_NE(joined.find("50 percent reduction in the rate of duty on manganese ore"), std::string::npos);
    EXPECT_NE(joined.find("Government’s attitude"), std::string::npos);
    EXPECT_EQ(joined.find("[Page"), std::string::npos);
    EXPECT_EQ(joined.find("Affairs18"), std::string::npos);
}

TEST(LoadContent, MissingManifestSaysWhatEveryAssetsFolderNeeds) {
    Problem p = only_error(load_content(shipped_assets_with({{"exhibit.json", "\x01missing"}})));
    EXPECT_EQ(p.file, "exhibit.json");
    EXPECT_NE(p.message.find("manifest"), std::string::npos);
}

TEST(LoadContent, SyntaxErrorInTelegramFileHasLineAndColumn) {
    std::string broken = replace_once(read_shipped("telegram/telegram.json"), "\"source\":", "\"source\"");
    Problem p = only_error(load_content(shipped_assets_with({{"telegram/telegram.json", broken}})));
    EXPECT_EQ(p.file, "telegram/telegram.json");
    EXPECT_EQ(p.line, 12);
    EXPECT_GT(p.column, 1);
}

TEST(LoadContent, MisspeltFieldIsNamedWithItsPositionAndTheAllowedNames) {
    std::string broken = replace_once(read_shipped("telegram/telegram.json"), "\"dateline\":", "\"datelin\":");
    LoadResult result = load_content(shipped_assets_with({{"telegram/telegram.json", broken}}));
    ASSERT_FALSE(result.content);
    std::string messages = testing::problems_text(result.problems);
    EXPECT_NE(messages.find("telegram/telegram.json:20:5: error: unknown field \"datelin\""), std::string::npos)
        << messages;
    EXPECT_NE(messages.find("telegram/telegram.json:17:3: error: missing field \"dateline\""), std::string::npos)
        << messages;
}

TEST(LoadContent, WrongTypeIsExplainedInPlainWords) {
    std::string broken = replace_once(read_shipped("telegram/telegram.json"), "\"Telegram No. 71\"", "71");
    Problem p = only_error(load_content(shipped_assets_with({{"telegram/telegram.json", broken}})));
    EXPECT_EQ(p.line, 3);
    EXPECT_NE(p.message.find("should be text in quotes but is a number"), std::string::npos) << p.message;
}

// Links cross files: each is checked once everything has loaded, and reported where it was written.
TEST(LoadContent, EveryShippedLinkResolves) {
    LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content) << testing::problems_text(result.problems);
    const Content& c = *result.content;
    int links = 0;
    for (const Annotation& a : NONEMPTY(c.annotations)) {
        if (!a.event.empty()) { EXPECT_GE(find_event(c.timeline, a.event), 0) << a.id; }
        if (!a.place.empty()) { EXPECT_GE(find_place(c.map, a.place), 0) << a.id; }
        if (!a.story.empty()) { EXPECT_GE(find_story(c.map, a.story), 0) << a.id; }
        links += !a.event.empty() + !a.place.empty() + !a.story.empty();
    }
    for (const TimelineEvent& e : NONEMPTY(c.timeline.events)) {
        if (!e.place.empty()) { EXPECT_GE(find_place(c.map, e.place), 0) << e.id; }
        links += !e.place.empty();
        if (!e.annotation.empty()) {
            bool found = false;
            for (const Annotation& a : c.annotations) found |= a.id == e.annotation;
            EXPECT_TRUE(found) << e.id;
            ++links;
        }
    }
    EXPECT_GT(links, 30);
}

TEST(LoadContent, AnAnnotationLinkToAMissingEventIsReportedAtItsLine) {
    std::string broken = replace_once(read_shipped("annotations/annotations.json"),
                                      "\"event\": \"1935-04-22-hull-draft\"", "\"event\": \"1935-04-22-hull-drafts\"");
    Problem p = only_error(load_content(shipped_assets_with({{"annotations/annotations.json", broken}})));
    EXPECT_EQ(p.file, "annotations/annotations.json");
    EXPECT_EQ(p.line, 332);
    EXPECT_NE(p.message.find("annotation \"in-writing\" links to the timeline event \"1935-04-22-hull-drafts\""),
              std::string::npos)
        << p.message;
    EXPECT_NE(p.message.find("\"1935-04-22-hull-draft\""), std::string::npos) << "lists the ids to choose from";
}

TEST(LoadContent, AStoryLinkToAMissingStoryIsReported) {
    std::string broken = replace_once(read_shipped("annotations/annotations.json"), "\"story\": \"manganese\"",
                                      "\"story\": \"manganes\"");
    Problem p = only_error(load_content(shipped_assets_with({{"annotations/annotations.json", broken}})));
    EXPECT_EQ(p.file, "annotations/annotations.json");
    EXPECT_NE(p.message.find("map story \"manganes\", which map/map.json does not have"), std::string::npos)
        << p.message;
}

TEST(LoadContent, AnEventLinkToAMissingAnnotationIsReportedInTheEventsFile) {
    std::string broken = replace_once(read_shipped("timeline/events.json"), "\"annotation\": \"in-writing\"",
                                      "\"annotation\": \"in-writting\"");
    Problem p = only_error(load_content(shipped_assets_with({{"timeline/events.json", broken}})));
    EXPECT_EQ(p.file, "timeline/events.json");
    EXPECT_GT(p.line, 1);
    EXPECT_NE(p.message.find("links to the annotation \"in-writting\""), std::string::npos) << p.message;
}

TEST(LoadContent, MissingFontFileIsReportedAtItsLine) {
    Problem p = only_error(load_content(shipped_assets_with({{"fonts/Inter-Regular.otf", "\x01missing"}})));
    EXPECT_EQ(p.file, "exhibit.json");
    EXPECT_EQ(p.line, 5);
    EXPECT_NE(p.message.find("fonts/Inter-Regular.otf"), std::string::npos);
}

TEST(LoadContent, AFileThatIsNotAFontIsRejected) {
    Problem p = only_error(load_content(shipped_assets_with({{"fonts/GNUTypewriter.ttf", "<html>not a font</html>"}})));
    EXPECT_NE(p.message.find("not a TrueType or OpenType font"), std::string::npos);
}

TEST(LoadContent, PathsMayNotLeaveTheAssetsFolder) {
    std::string broken =
        replace_once(read_shipped("telegram/telegram.json"), "\"telegram/body.txt\"", "\"../body.txt\"");
    Problem p = only_error(load_content(shipped_assets_with({{"telegram/telegram.json", broken}})));
    EXPECT_NE(p.message.find("stay inside"), std::string::npos);
}

TEST(LoadContent, MarkerWithoutFootnoteAndFootnoteWithoutMarkerAreBothReported) {
    std::string body = replace_once(read_shipped("telegram/body.txt"), "[^19]", "[^20]");
    LoadResult result = load_content(shipped_assets_with({{"telegram/body.txt", body}}));
    ASSERT_FALSE(result.content);
    std::string messages = testing::problems_text(result.problems);
    EXPECT_NE(messages.find("telegram/body.txt:3: error: the paragraph starting here has footnote marker [^20]"),
              std::string::npos)
        << messages;
    EXPECT_NE(messages.find("footnote 19 has no marker [^19]"), std::string::npos) << messages;
}

TEST(LoadContent, EveryProblemIsReportedAtOnce) {
    std::string telegram = replace_once(read_shipped("telegram/telegram.json"), "\"header\": {", "\"headr\": {");
    LoadResult result = load_content(
        shipped_assets_with({{"telegram/telegram.json", telegram}, {"fonts/EBGaramond12-Regular.otf", "\x01missing"}}));
    int errors = 0;
    for (const Problem& p : result.problems) errors += !p.warning;
    EXPECT_GE(errors, 3) << testing::problems_text(result.problems);  // unknown "headr", missing "header", missing font
}

TEST(LoadContent, ReviewNotesAreWarningsThatDoNotRejectContent) {
    LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content);
    bool has_review_warning = false;
    for (const Problem& p : result.problems)
        has_review_warning |= p.warning && p.message.rfind("marked for review", 0) == 0;
    EXPECT_TRUE(has_review_warning);
}

}  // namespace
}  // namespace app
