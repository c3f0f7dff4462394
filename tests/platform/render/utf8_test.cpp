#include "text/utf8.h"

#include <gtest/gtest.h>

#include "text/fonts.h"

namespace platform {
namespace {

TEST(Utf8, DecodesLatinCyrillicAndPunctuation) {
    EXPECT_EQ(decode_utf8("Aé"), U"Aé");
    EXPECT_EQ(decode_utf8("Телеграмма"), U"Телеграмма");
    EXPECT_EQ(decode_utf8("Conceição"), U"Conceição");
    EXPECT_EQ(decode_utf8("1935—9 p.m."), U"1935—9 p.m.");
    EXPECT_EQ(decode_utf8("𝄞"), U"𝄞");
    EXPECT_EQ(decode_utf8(""), U"");
}

TEST(Utf8, MalformedBytesBecomeReplacementCharacters) {
    EXPECT_EQ(decode_utf8("a\xFF"
                          "b"),
              U"a\uFFFDb");
    EXPECT_EQ(decode_utf8("\xC3"), U"\uFFFD");                      // truncated
    EXPECT_EQ(decode_utf8("\xC0\xAF"), U"\uFFFD\uFFFD");            // overlong '/'
    EXPECT_EQ(decode_utf8("\xED\xA0\x80"), U"\uFFFD\uFFFD\uFFFD");  // surrogate
    EXPECT_EQ(decode_utf8("\xE2\x28\xA1"), U"\uFFFD(\uFFFD");
}

TEST(ShapingScript, FollowsTheFirstLetter) {
    EXPECT_STREQ(script_for_text("Telegram"), "Latn");
    EXPECT_STREQ(script_for_text("Телеграмма"), "Cyrl");
    EXPECT_STREQ(script_for_text("1935 — Москва"), "Cyrl");
    EXPECT_STREQ(script_for_text("Conceição"), "Latn");
    EXPECT_STREQ(script_for_text("Ελλάδα"), "Grek");
    EXPECT_STREQ(script_for_text("1935"), "Latn");
}

}  // namespace
}  // namespace platform
