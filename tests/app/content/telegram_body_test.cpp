#include "content/telegram/telegram_body.h"

#include <gtest/gtest.h>

namespace app {
namespace {

TEST(TelegramBody, SplitsParagraphsAtBlankLinesAndJoinsWrappedLines) {
    std::vector<Problem> problems;
    auto blocks = parse_telegram_body("First line\ncontinues.\n\n\nSecond.\n", "b.txt", problems);
    EXPECT_TRUE(problems.empty());
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(plain_text(blocks[0]), "First line continues.");
    EXPECT_EQ(blocks[0].source_line, 1);
    EXPECT_EQ(blocks[1].source_line, 5);
}

TEST(TelegramBody, FootnoteMarkersBecomeTheirOwnSpans) {
    std::vector<Problem> problems;
    auto blocks = parse_telegram_body("the Commissar for Foreign Affairs[^18] and to tell", "b.txt", problems);
    ASSERT_EQ(blocks.size(), 1u);
    ASSERT_EQ(blocks[0].spans.size(), 3u);
    EXPECT_EQ(blocks[0].spans[1].kind, Span::Kind::FootnoteMarker);
    EXPECT_EQ(blocks[0].spans[1].text, "18");
    EXPECT_EQ(plain_text(blocks[0]), "the Commissar for Foreign Affairs and to tell");
}

TEST(TelegramBody, PageBreakLineIsABlockNotText) {
    std::vector<Problem> problems;
    auto blocks = parse_telegram_body("One.\n\n[Page 193]\n\nTwo.", "b.txt", problems);
    ASSERT_EQ(blocks.size(), 3u);
    EXPECT_EQ(blocks[1].kind, Block::Kind::PageBreak);
    EXPECT_EQ(blocks[1].page_label, "Page 193");
    EXPECT_EQ(blocks[1].source_line, 3);
}

TEST(TelegramBody, UnclosedMarkerIsReportedWithLineAndColumn) {
    std::vector<Problem> problems;
    parse_telegram_body("Fine.\n\nBroken [^18 marker", "telegram/body.txt", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(format_problem(problems[0]).rfind("telegram/body.txt:3:8: error: footnote marker", 0), 0u)
        << format_problem(problems[0]);
}

TEST(TelegramBody, MarkerWithoutNumberIsReported) {
    std::vector<Problem> problems;
    parse_telegram_body("Text[^ 1]", "b.txt", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].column, 5);
}

}  // namespace
}  // namespace app
