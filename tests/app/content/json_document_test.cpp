#include "content/read/json_document.h"

#include <gtest/gtest.h>

namespace app {
namespace {

TEST(JsonDocument, RemembersWhereEachMemberAndElementStands) {
    std::vector<Problem> problems;
    const std::string text =
        "{\n"
        "  \"title\": \"Telegram\",\n"
        "  \"count\": 71,\n"
        "  \"notes\": [\n"
        "    {\"number\": \"18\"},\n"
        "    \"plain\"\n"
        "  ]\n"
        "}\n";
    auto doc = parse_json(text, "t.json", problems);
    ASSERT_TRUE(doc);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(doc->position_of("/title").line, 2);
    EXPECT_EQ(doc->position_of("/title").column, 3);
    EXPECT_EQ(doc->position_of("/count").line, 3);
    EXPECT_EQ(doc->position_of("/notes").line, 4);
    EXPECT_EQ(doc->position_of("/notes/0").line, 5);
    EXPECT_EQ(doc->position_of("/notes/0").column, 5);
    EXPECT_EQ(doc->position_of("/notes/0/number").line, 5);
    EXPECT_EQ(doc->position_of("/notes/0/number").column, 6);
    EXPECT_EQ(doc->position_of("/notes/1").line, 6);
    EXPECT_EQ(doc->position_of("/notes/1").column, 5);
}

TEST(JsonDocument, NumbersAtLineEndsKeepTheirOwnLine) {
    std::vector<Problem> problems;
    auto doc = parse_json("[\n  1,\n  22\n]", "t.json", problems);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->position_of("/0").line, 2);
    EXPECT_EQ(doc->position_of("/1").line, 3);
    EXPECT_EQ(doc->position_of("/1").column, 3);
}

TEST(JsonDocument, MissingPointerFallsBackToNearestParent) {
    std::vector<Problem> problems;
    auto doc = parse_json("{\n  \"a\": {\n    \"b\": 1\n  }\n}", "t.json", problems);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->position_of("/a/zzz").line, 2);
}

TEST(JsonDocument, SyntaxErrorNamesFileLineAndWhatToLookFor) {
    std::vector<Problem> problems;
    auto doc = parse_json("{\n  \"a\": \"x\"\n  \"b\": 2\n}", "dir/t.json", problems);
    EXPECT_FALSE(doc);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "dir/t.json");
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_NE(problems[0].message.find("comma"), std::string::npos) << problems[0].message;
    EXPECT_EQ(format_problem(problems[0]).rfind("dir/t.json:3:", 0), 0u) << format_problem(problems[0]);
}

TEST(JsonDocument, ANumberTooLargeIsAProblemAtItsPlaceNotACrash) {
    std::vector<Problem> problems;
    auto doc = parse_json("{\n  \"a\": 1,\n  \"b\": 1e999\n}", "dir/t.json", problems);
    EXPECT_FALSE(doc);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].column, 8);
    EXPECT_NE(problems[0].message.find("1e999"), std::string::npos) << problems[0].message;
}

TEST(JsonDocument, TheCursorCountsOnAndStartsAgainWhenSentBack) {
    TextCursor cursor;
    std::string_view text = "ab\ncd\nef";
    EXPECT_EQ(advance_cursor(cursor, text, 4).line, 2);
    EXPECT_EQ(advance_cursor(cursor, text, 8).line, 3);
    SourcePos back = advance_cursor(cursor, text, 1);
    EXPECT_EQ(back.line, 1);
    EXPECT_EQ(back.column, 2);
}

TEST(JsonDocument, ColumnsCountCharactersNotBytes) {
    EXPECT_EQ(position_at("\"Chargé\" x", 9).column, 9);
    EXPECT_EQ(position_at("a\nb", 2).line, 2);
}

TEST(JsonDocument, PointersEscapeSlashAndTilde) {
    EXPECT_EQ(pointer_append("/a", "b/c~d"), "/a/b~1c~0d");
    EXPECT_EQ(pointer_append("", std::size_t{3}), "/3");
}

}  // namespace
}  // namespace app
