// A second content pack (FRUS d205, Wiley's reply) loads, checks clean and lays out: nothing assumes Telegram No. 71.
#include <gtest/gtest.h>

#include "content/telegram/anchor.h"
#include "content/telegram/telegram_body.h"
#include "curator/card_length.h"
#include "curator/fit_check.h"
#include "exhibit.h"
#include "support/fake_measure.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

std::string all(const std::vector<Problem>& problems) { return testing::problems_text(problems, true); }

LoadResult load_pack() { return load_content(testing::wiley_reply_pack()); }

TEST(ContentPack, WileysReplyLoadsWithoutErrors) {
    const LoadResult r = load_pack();
    ASSERT_TRUE(r.content) << all(r.problems);
    EXPECT_TRUE(all(r.problems).empty()) << all(r.problems);
    const Content& c = *r.content;
    EXPECT_EQ(c.telegram.header.file_line, "611.6131/306: Telegram");
    EXPECT_EQ(c.annotations.size(), 3u);
    EXPECT_EQ(c.timeline.events.size(), 2u);
    EXPECT_EQ(c.map.places.size(), 2u);
    EXPECT_FALSE(c.telegram.translation_in(Language::Russian)) << "no translation";
    EXPECT_TRUE(c.narrations.empty()) << "no narration";
}

TEST(ContentPack, APageBreakInsideAParagraphIsAMarkerNotWords) {
    const LoadResult r = load_pack();
    ASSERT_TRUE(r.content);
    const Telegram& t = r.content->telegram;
    ASSERT_EQ(t.body.size(), 1u) << "one paragraph: the page turns inside it";
    int markers = 0;
    for (const Span& s : NONEMPTY(t.body[0].spans)) {
        if (s.kind != Span::Kind::PageMarker) continue;
        ++markers;
        EXPECT_EQ(s.text, "Page 194");
    }
    EXPECT_EQ(markers, 1);
    const std::string words = plain_text(t.body[0]);
    EXPECT_EQ(words.find("Page"), std::string::npos) << words;
    EXPECT_NE(words.find("on most favored nation basis."), std::string::npos)
        << "one space where the page turns: " << words;
    EXPECT_EQ(find_phrase(t, "most favored nation basis").size(), 1u);
    EXPECT_NE(words.find("Your 72 [71], March 27"), std::string::npos) << "the editor's bracket is text: " << words;
}

TEST(ContentPack, TheMarkerAndTheEditorsBracketsAreSetApartFromTheTypedWords) {
    const LoadResult r = load_pack();
    ASSERT_TRUE(r.content);
    Exhibit e =
        make_exhibit(r.content, Screen{1280, 720, 96 / 25.4f}, testing::fake_measure(), starting_on(Scene::Telegram));
    settle(e);
    bool marker = false, bracket = false;
    std::string typed;
    for (const BodyLine& line : e.telegram.layout.body) {
        for (const PlacedRun& run : line.runs) {
            if (run.text ==
                "[Page\xC2\xA0"
                "194]")
                marker = run.style.role == FontRole::Serif && run.source_begin == kNoSource;
            if (run.text == "[" || run.text == "]")
                bracket = run.style.role == FontRole::Serif && run.source_begin != kNoSource;
            if (run.style.role == FontRole::Typewriter) typed += run.text;
        }
    }
    EXPECT_TRUE(marker) << "\"[Page 194]\" in the apparatus's serif, outside the text";
    EXPECT_TRUE(bracket) << "the editor's brackets in the serif, still part of the text";
    EXPECT_EQ(typed.find_first_of("[](){}"), std::string::npos) << typed;
}

TEST(ContentPack, ChecksClean) {
    const LoadResult r = load_pack();
    ASSERT_TRUE(r.content);
    EXPECT_TRUE(check_card_lengths(*r.content, testing::wiley_reply_pack()).empty());
    for (const Screen& s : smallest_supported_screens())
        EXPECT_TRUE(check_fit(r.content, s, testing::fake_measure(), testing::wiley_reply_pack()).empty());
}

}  // namespace
}  // namespace app
