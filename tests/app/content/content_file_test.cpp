// Every way a curator's file can be unusable as bytes (encoding, size, nesting, length, emptiness, cut short) is
// reported as the one message a curator sees, at its file, line and column. Files that are not files (links out of
// the folder, folders, pipes) are the platform reader's: tests/platform/storage/read_inside_test.cpp.
#include "content/read/content_file.h"

#include <gtest/gtest.h>

#include "content/read/json_shape.h"
#include "content/load_content.h"
#include "content/read/text_encoding.h"
#include "support/test_assets.h"

namespace app {
namespace {

using testing::read_shipped;
using testing::shipped_assets_with;

// The messages of a load that must fail, one a line, as --check and the live preview's banner print them.
std::string errors_of(const std::map<std::string, std::string>& overrides) {
    const LoadResult result = load_content(shipped_assets_with(overrides));
    EXPECT_FALSE(result.content) << "content with errors must not be returned";
    std::string out;
    for (const Problem& p : result.problems)
        if (!p.warning) out += format_problem(p) + "\n";
    return out;
}

// `file` as shipped, with `what` inserted where `before` starts.
std::string shipped_with_inserted(const std::string& file, const std::string& before, const std::string& what) {
    std::string text = read_shipped(file);
    const std::size_t at = text.find(before);
    EXPECT_NE(at, std::string::npos) << before;
    return at == std::string::npos ? text : text.insert(at, what);
}

const char* const kSaveAsUtf8 = "open it in a text editor and save it again with the encoding \"UTF-8\"";

TEST(ContentFile, AByteThatIsNotUtf8IsNamedAtItsLineAndColumn) {
    // "Café" saved as Windows-1252: é is the one byte 0xE9.
    const std::string body = "Caf\xE9\n\n" + read_shipped("telegram/body.txt");
    EXPECT_EQ(errors_of({{"telegram/body.txt", body}}),
              std::string("telegram/body.txt:1:4: error: the byte 0xE9 here is not UTF-8 text: the file was probably "
                          "saved in another encoding (such as Windows-1252 or Latin-1); ") +
                  kSaveAsUtf8 + ", then check the characters at this point\n");
}

TEST(ContentFile, ACardHoldingABookIsRefusedAtTheTextBeforeAnyLayout) {
    const std::string book(5'000'000, 'x');
    const std::string annotations = shipped_with_inserted("annotations/annotations.json", "A tariff, or duty,", book);
    EXPECT_EQ(errors_of({{"annotations/annotations.json", annotations}}),
              "annotations/annotations.json:14:15: error: this text is longer than 10,000 characters, the most one "
              "text may hold (a card's text is about 75 words): did you paste more than you meant to?\n");
}

TEST(ContentFile, NestingOneHundredThousandDeepIsRefusedWhereItPassesTheLimit) {
    const std::string events = "{\"events\": " + std::string(100'000, '[') + std::string(100'000, ']') + "}";
    EXPECT_EQ(errors_of({{"timeline/events.json", events}}),
              "timeline/events.json:1:43: error: lists [ ] and groups { } are nested more than 32 deep here; content "
              "needs a few levels at most: look for brackets opened by mistake\n");
}

std::string as_utf16le(const std::string& ascii, bool with_bom) {
    std::string out = with_bom ? std::string("\xFF\xFE") : std::string();
    for (char c : ascii) out += std::string{c, '\0'};
    return out;
}

TEST(ContentFile, Utf16AsWindowsNotepadSavesItIsNamed) {
    const std::string expected = std::string(
                                     "timeline/events.json: error: the file is saved as UTF-16 (Windows Notepad "
                                     "calls it \"Unicode\"); the exhibit reads UTF-8 only: ") +
                                 kSaveAsUtf8 + "\n";
    EXPECT_EQ(errors_of({{"timeline/events.json", as_utf16le("{\"events\": []}", true)}}), expected);
    EXPECT_EQ(errors_of({{"timeline/events.json", as_utf16le("{\"events\": []}", false)}}), expected);
    EXPECT_EQ(errors_of({{"timeline/events.json", std::string("\xFF\xFE\0\0{\0\0\0", 8)}}),
              std::string("timeline/events.json: error: the file is saved as UTF-32; the exhibit reads UTF-8 only: ") +
                  kSaveAsUtf8 + "\n");
}

TEST(ContentFile, AUtf8ByteOrderMarkIsAcceptedSilently) {
    const LoadResult result = load_content(
        shipped_assets_with({{"timeline/events.json", "\xEF\xBB\xBF" + read_shipped("timeline/events.json")},
                             {"telegram/body.txt", "\xEF\xBB\xBF" + read_shipped("telegram/body.txt")}}));
    EXPECT_TRUE(result.content);
    EXPECT_FALSE(has_errors(result.problems));
}

TEST(ContentFile, AnEmptyFileSaysToRestoreIt) {
    const std::string expected =
        "annotations/annotations.json: error: the file is empty; an interrupted save or copy leaves files like this: "
        "restore it from the last good copy\n";
    EXPECT_EQ(errors_of({{"annotations/annotations.json", ""}}), expected);
    EXPECT_EQ(errors_of({{"annotations/annotations.json", " \n\n"}}), expected);
}

TEST(ContentFile, AFileCutShortSaysSo) {
    EXPECT_EQ(
        errors_of({{"attract/attract.json", "{\n  \"title\": {\"en\": \"Telegr"}}),
        "attract/attract.json:2:26: error: the file ends here, before every text \" \", list [ ] and group { } is "
        "closed: it was probably cut short by an interrupted save or copy; restore it from the last good copy\n");
    EXPECT_EQ(
        errors_of({{"attract/attract.json", "{\n  \"title\": {\"en\": \"Telegram\","}}),
        "attract/attract.json:2:30: error: the file ends here, before every text \" \", list [ ] and group { } is "
        "closed: it was probably cut short by an interrupted save or copy; restore it from the last good copy\n");
    // Cut inside a character: "Телеграмма" loses the second byte of its last letter.
    const std::string body = read_shipped("telegram/body.txt") + "\nТелеграмм\xD0";
    EXPECT_EQ(errors_of({{"telegram/body.txt", body}}).substr(0, 18), "telegram/body.txt:");
    EXPECT_NE(errors_of({{"telegram/body.txt", body}})
                  .find(": error: the file ends in the middle of a character: it was "
                        "probably cut short by an interrupted save or copy; "
                        "restore it from the last good copy\n"),
              std::string::npos);
}

TEST(ContentFile, ANulByteIsNamedAtItsLineAndColumn) {
    const std::string strings = shipped_with_inserted("interface/strings.json", "\"touch_hint\"", std::string(1, '\0'));
    EXPECT_EQ(
        errors_of({{"interface/strings.json", strings}}),
        "interface/strings.json:2:3: error: a NUL byte (character 0) stands here, which no text holds: the file is "
        "damaged or not a text file; restore it from the last good copy, or delete the character\n");
}

TEST(ContentFile, AListTooLongIsNamedAtItsStart) {
    std::string events = "{\"events\": [";
    for (int i = 0; i < 2'001; ++i) events += i == 0 ? "{}" : ", {}";
    EXPECT_EQ(errors_of({{"timeline/events.json", events + "]}"}}),
              "timeline/events.json:1:12: error: this list has more than 2,000 entries, the most a list may hold: did "
              "you paste more than you meant to?\n");
}

TEST(ContentFile, AParagraphTooLongIsNamedAtItsFirstLine) {
    const std::string body = read_shipped("telegram/body.txt") + "\n" + std::string(10'001, 'x') + "\n";
    const std::string errors = errors_of({{"telegram/body.txt", body}});
    EXPECT_NE(errors.find(": error: the paragraph starting here is longer than 10,000 characters, the most a paragraph "
                          "may hold: did you paste more than you meant to, or leave out the blank lines between "
                          "paragraphs?\n"),
              std::string::npos)
        << errors;
}

TEST(ContentFile, AFileTooLargeWithNoOneCulpritIsNamedWithItsSize) {
    // Within every other limit (short texts, short lists), just very many of them side by side.
    std::string events = "{\"events\": [], \"review\": [\"" + std::string(9'000, 'x') + "\"";
    while (events.size() < 1'500'000) events += ", [\"" + std::string(9'000, 'x') + "\"]";
    EXPECT_EQ(
        errors_of({{"timeline/events.json", events + "]}"}}),
        "timeline/events.json: error: the file is 1.4 MB, more than the 1 MB this file may be: did you paste more "
        "than you meant to? (limits: assets/README.md)\n");
}

TEST(ContentFile, ShapeLimitsIgnoreBracketsAndCommasInsideTexts) {
    const std::string text = "{\"a\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[,,,,,\\\"[[[[[[\"}";
    EXPECT_FALSE(check_json_shape(text, "t.json", TextLimits{1000, 2, 1000, 2}));
    EXPECT_TRUE(check_json_shape("[[[", "t.json", TextLimits{1000, 2, 1000, 2}));
    EXPECT_TRUE(check_json_shape("[1,2,3]", "t.json", TextLimits{1000, 2, 1000, 2}));
    EXPECT_FALSE(check_json_shape("[1,2]", "t.json", TextLimits{1000, 2, 1000, 2}));
}

TEST(ContentFile, Utf8ThatIsWellFormedPassesAndOverlongFormsDoNot) {
    EXPECT_FALSE(check_text_encoding("Телеграмма № 71 — “manganese” 🙂", "t.txt"));
    EXPECT_TRUE(check_text_encoding("\xC0\xAF", "t.txt"));          // an overlong "/"
    EXPECT_TRUE(check_text_encoding("\xED\xA0\x80 x", "t.txt"));    // a UTF-16 surrogate
    EXPECT_TRUE(check_text_encoding("\xF4\x90\x80\x80", "t.txt"));  // past U+10FFFF
}

TEST(ContentFile, AFontOrRecordingFarTooLargeIsRefusedBeforeAnyDecoding) {
    std::vector<Problem> problems;
    const ReadFile huge = [](const std::string&) { return FileBytes(std::string(kMaxFileBytes + (2u << 20), '\0')); };
    const OpenedFile opened = open_content_file("fonts/big.otf", huge, FileKind::binary, problems);
    EXPECT_FALSE(opened.bytes);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(format_problem(problems[0]),
              "fonts/big.otf: error: the file is 34 MB, more than the 32 MB any content file may be");
}

// open_json_file's wording, the same for every JSON file a loader opens.
TEST(ContentFile, EveryJsonFileIsOpenedWithTheSameWords) {
    std::string out = errors_of({{"map/places.json", "\x01missing"}});
    EXPECT_EQ(out,
              "map/places.json: error: cannot read the map's places file; check that it exists in the assets "
              "folder\n");
    out = errors_of({{"attract/attract.json", "[1, 2]"}});
    EXPECT_EQ(out,
              "attract/attract.json:1:1: error: The attract loop's file should be a group of fields {...} but is "
              "a list [...]\n");
    out = errors_of({{"annotations/annotations.json", "{\"annotation\": []}"}});
    EXPECT_NE(out.find("annotations/annotations.json:1:2: error: unknown field \"annotation\"; the fields allowed here "
                       "are \"annotations\"\n"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("annotations/annotations.json:1:1: error: missing field \"annotations\" (a list [...] of "
                       "annotations)\n"),
              std::string::npos)
        << out;
}

}  // namespace
}  // namespace app
