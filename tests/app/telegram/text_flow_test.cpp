#include "text/text_flow.h"

#include <gtest/gtest.h>

#include "support/fake_measure.h"
#include "support/nonempty.h"

namespace app {
namespace {

using testing::fake_measure;

const TextStyle kBody{FontRole::Typewriter, 10, 0, {}};  // 6 px a character with the fake measure
const TextStyle kMarker{FontRole::Typewriter, 6, 4, {200, 0, 0, 255}};

std::string line_text(const FlowLine& line) {
    std::string s;
    for (const PlacedRun& r : line.runs) s += r.text;
    return s;
}

TEST(TextFlow, WrapsAtSpacesWithinTheWidth) {
    auto lines = flow_text({{"aaa bbb ccc ddd", kBody, 0}}, FlowOptions{6 * 8, 0}, fake_measure());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(line_text(lines[0]), "aaa bbb");
    EXPECT_EQ(line_text(lines[1]), "ccc ddd");
    for (const FlowLine& l : NONEMPTY(lines)) EXPECT_LE(l.width, 48.0f);
}

TEST(TextFlow, FirstLineIndentTakesRoom) {
    auto lines = flow_text({{"aaa bbb ccc", kBody, 0}}, FlowOptions{6 * 8, 12}, fake_measure());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].runs[0].x, 12.0f);
    EXPECT_EQ(line_text(lines[0]), "aaa");
}

TEST(TextFlow, MarkerSticksToItsWordAndNeverStartsALine) {
    // "Affairs" ends exactly at the edge; the marker must carry the whole word to the next line.
    std::vector<StyledPiece> pieces{{"xx Affairs", kBody, 0}, {"18", kMarker, kNoSource}, {" and", kBody, 10}};
    auto lines = flow_text(pieces, FlowOptions{6 * 10, 0}, fake_measure());
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(line_text(lines[0]), "xx");
    ASSERT_GE(lines[1].runs.size(), 2u);
    EXPECT_EQ(lines[1].runs[0].text, "Affairs");
    EXPECT_EQ(lines[1].runs[1].text, "18");
    EXPECT_EQ(lines[1].runs[1].x, lines[1].runs[0].x + lines[1].runs[0].width);
}

TEST(TextFlow, RunsOfOneStyleAreMergedAndKeepTheirSourceRange) {
    auto lines = flow_text({{"one two three", kBody, 100}}, FlowOptions{1000, 0}, fake_measure());
    ASSERT_EQ(lines.size(), 1u);
    ASSERT_EQ(lines[0].runs.size(), 1u);
    EXPECT_EQ(lines[0].runs[0].text, "one two three");
    EXPECT_EQ(lines[0].runs[0].source_begin, 100u);
    EXPECT_EQ(lines[0].runs[0].source_end, 113u);
}

TEST(TextFlow, SourceRangesOfWrappedLinesPointBackIntoTheText) {
    const std::string text = "alpha beta gamma delta epsilon";
    auto lines = flow_text({{text, kBody, 0}}, FlowOptions{6 * 11, 0}, fake_measure());
    for (const FlowLine& l : NONEMPTY(lines))
        for (const PlacedRun& r : NONEMPTY(l.runs))
            EXPECT_EQ(text.substr(r.source_begin, r.source_end - r.source_begin), r.text);
}

TEST(TextFlow, AWordLongerThanTheLineIsBrokenNotOverflowed) {
    auto lines = flow_text({{"https://history.state.gov/frus", kBody, 0}}, FlowOptions{6 * 10, 0}, fake_measure());
    ASSERT_EQ(lines.size(), 3u);
    for (const FlowLine& l : NONEMPTY(lines)) EXPECT_LE(l.width, 60.0f);
    EXPECT_EQ(line_text(lines[0]) + line_text(lines[1]) + line_text(lines[2]), "https://history.state.gov/frus");
}

TEST(TextFlow, BreaksNeverSplitAUtf8Character) {
    auto lines = flow_text({{"ЖЖЖЖЖЖЖЖЖЖЖЖ", kBody, 0}}, FlowOptions{6 * 5, 0}, fake_measure());
    for (const FlowLine& l : NONEMPTY(lines)) EXPECT_EQ(testing::code_points(line_text(l)) * 2, line_text(l).size());
}

TEST(TextFlow, EmptyTextGivesOneEmptyLine) {
    auto lines = flow_text({}, FlowOptions{100, 0}, fake_measure());
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_TRUE(lines[0].runs.empty());
}

TEST(TextFlow, WrapLinesJoinsWords) {
    auto lines = wrap_lines("The Secretary of State", TextStyle{FontRole::Sans, 10, 0, {}}, 5 * 13, fake_measure());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "The Secretary");
    EXPECT_EQ(lines[1], "of State");
}

}  // namespace
}  // namespace app
