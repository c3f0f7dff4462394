// The narrations file: every shipped narration loads and reads the words on screen; each kind of mistake a
// curator can make is reported at its file, line and column, and stops the content (or, for captions that no
// longer follow an edited card, warns).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "content/load_content.h"
#include "content/narration/load_narration.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

LoadResult load_with(const std::string& narration_json, std::map<std::string, std::string> more = {}) {
    more["audio/narration.json"] = narration_json;
    return load_content(testing::shipped_assets_with(more));
}

std::string problems_text(const LoadResult& r) {
    std::string out;
    for (const Problem& p : r.problems) out += format_problem(p) + "\n";
    return out;
}

// One narration of the manganese card in English, with the captions and fields given.
std::string one(const std::string& fields) {
    return R"({"narrations": [
  {"subject": "annotation:manganese-ore", "language": "en", "file": "audio/en/manganese-ore.ogg", )" +
           fields + "}\n]}";
}

TEST(LoadNarration, EveryShippedNarrationLoadsAndFollowsItsText) {
    const LoadResult r = load_content(testing::shipped_assets());
    ASSERT_TRUE(r.content) << problems_text(r);
    const Content& c = *r.content;
    EXPECT_EQ(c.narrations.size(), (c.annotations.size() + 1) * kLanguageCount)
        << "every card and the telegram, in all three";
    for (const Problem& p : r.problems)
        EXPECT_EQ(p.message.find("no longer match"), std::string::npos) << format_problem(p);
    for (Language language : kLanguages) {
        EXPECT_TRUE(find_narration(c, kTelegramNarration, language));
        for (const Annotation& a : NONEMPTY(c.annotations))
            EXPECT_TRUE(find_narration(c, annotation_narration(a.id), language)) << a.id;
    }
    for (const Narration& n : NONEMPTY(c.narrations)) {
        EXPECT_GT(n.seconds, 3) << n.file;
        EXPECT_TRUE(n.placeholder) << n.file << ": synthetic speech is marked for replacement";
        EXPECT_LT(n.captions.back().at, n.seconds) << n.file;
    }
}

TEST(LoadNarration, AnUnknownSubjectIsNamedWithTheChoices) {
    const LoadResult r = load_with(R"({"narrations": [
  {"subject": "annotation:manganese", "language": "en", "file": "audio/en/manganese-ore.ogg",
   "captions": [{"at": 0, "text": "Hello"}]}
]})");
    EXPECT_FALSE(r.content);
    const std::string text = problems_text(r);
    EXPECT_NE(text.find("audio/narration.json:2:"), std::string::npos) << text;
    EXPECT_NE(text.find("nothing is called \"annotation:manganese\""), std::string::npos) << text;
    EXPECT_NE(text.find("annotation:manganese-ore"), std::string::npos) << "the choices are listed: " << text;
}

TEST(LoadNarration, AMissingRecordingIsAnError) {
    const LoadResult r =
        load_with(one(R"("captions": [{"at": 0, "text": "x"}])"), {{"audio/en/manganese-ore.ogg", "\x01missing"}});
    EXPECT_FALSE(r.content);
    EXPECT_NE(problems_text(r).find("cannot read the file \"audio/en/manganese-ore.ogg\""), std::string::npos)
        << problems_text(r);
}

TEST(LoadNarration, ARecordingInAFormTheKioskCannotPlayIsAnErrorWithTheReason) {
    const LoadResult r =
        load_with(one(R"("captions": [{"at": 0, "text": "x"}])"), {{"audio/en/manganese-ore.ogg", "ID3 an mp3"}});
    EXPECT_FALSE(r.content);
    EXPECT_NE(problems_text(r).find("neither an Ogg Vorbis (.ogg) nor a WAV (.wav) file"), std::string::npos)
        << problems_text(r);
}

TEST(LoadNarration, CaptionsMustStartInOrderAndWithinTheRecording) {
    LoadResult r = load_with(one(R"("captions": [{"at": 0, "text": "a"}, {"at": 0, "text": "b"}])"));
    EXPECT_FALSE(r.content);
    EXPECT_NE(problems_text(r).find("each after the one before"), std::string::npos) << problems_text(r);
    r = load_with(one(R"("captions": [{"at": 0, "text": "a"}, {"at": 9999, "text": "b"}])"));
    EXPECT_FALSE(r.content);
    EXPECT_NE(problems_text(r).find("but the recording lasts only"), std::string::npos) << problems_text(r);
    r = load_with(one(R"("captions": [])"));
    EXPECT_FALSE(r.content);
    EXPECT_NE(problems_text(r).find("needs captions"), std::string::npos) << problems_text(r);
    r = load_with(one(R"("captions": [{"text": "a"}])"));
    EXPECT_FALSE(r.content);
    EXPECT_NE(problems_text(r).find("needs \"at\""), std::string::npos) << problems_text(r);
}

TEST(LoadNarration, TwoNarrationsOfOneSubjectInOneLanguageAreAnError) {
    const std::string entry =
        R"({"subject": "telegram", "language": "pt", "file": "audio/pt/telegram.ogg", "captions": [{"at": 0, "text": "x"}]})";
    const LoadResult r = load_with("{\"narrations\": [" + entry + ",\n" + entry + "]}");
    EXPECT_FALSE(r.content);
    EXPECT_NE(problems_text(r).find("already has a narration in \"pt\""), std::string::npos) << problems_text(r);
}

TEST(LoadNarration, CaptionsThatNoLongerFollowAnEditedCardAreAWarningThatSaysWhere) {
    const LoadResult r = load_with(one(R"("captions": [{"at": 0, "text": "Steelmakers love manganese."}])"));
    ASSERT_TRUE(r.content) << "the recording still plays; the curator is told";
    const std::string text = problems_text(r);
    EXPECT_NE(text.find("warning"), std::string::npos) << text;
    EXPECT_NE(text.find("no longer match the words they read"), std::string::npos) << text;
    EXPECT_NE(text.find("Steelmakers cannot"), std::string::npos) << "the spot where they part: " << text;
}

TEST(LoadNarration, UnknownFieldsAndPathsOutsideTheAssetsAreErrors) {
    LoadResult r = load_with(one(R"("captions": [{"at": 0, "text": "x"}], "voice": "Hull")"));
    EXPECT_FALSE(r.content);
    r = load_with(
        R"({"narrations": [{"subject": "telegram", "language": "en", "file": "../secret.wav", "captions": [{"at": 0, "text": "x"}]}]})");
    EXPECT_FALSE(r.content);
    EXPECT_NE(problems_text(r).find("stay inside it"), std::string::npos) << problems_text(r);
    r = load_with(
        R"({"narrations": [{"subject": "telegram", "language": "de", "file": "audio/en/telegram.ogg", "captions": [{"at": 0, "text": "x"}]}]})");
    EXPECT_FALSE(r.content);
    EXPECT_NE(problems_text(r).find("use en, ru or pt"), std::string::npos) << problems_text(r);
}

TEST(LoadNarration, NoNarrationFileMeansASilentExhibit) {
    std::string manifest = testing::read_shipped("exhibit.json");
    const std::size_t at = manifest.find("\"narration\"");
    ASSERT_NE(at, std::string::npos);
    manifest.erase(manifest.rfind(',', at), manifest.find('\n', at) - manifest.rfind(',', at));
    const LoadResult r = load_content(testing::shipped_assets_with({{"exhibit.json", manifest}}));
    ASSERT_TRUE(r.content) << problems_text(r);
    EXPECT_TRUE(r.content->narrations.empty());
}

}  // namespace
}  // namespace app

namespace app {
namespace {

// Taking the telegram's translation away (as CURATORS.md describes) leaves its narrations unused, not broken.
TEST(LoadNarration, WithoutATranslationTheTelegramsNarrationInThatLanguageRests) {
    nlohmann::json telegram = nlohmann::json::parse(testing::read_shipped("telegram/telegram.json"));
    telegram.erase("translation");
    const LoadResult r = load_content(testing::shipped_assets_with({{"telegram/telegram.json", telegram.dump(2)}}));
    ASSERT_TRUE(r.content) << problems_text(r);
    EXPECT_FALSE(find_narration(*r.content, kTelegramNarration, Language::Russian));
    EXPECT_TRUE(find_narration(*r.content, kTelegramNarration, Language::English));
    EXPECT_TRUE(find_narration(*r.content, "annotation:manganese-ore", Language::Russian));
    EXPECT_NE(problems_text(r).find("so this narration is not used"), std::string::npos);
}

}  // namespace
}  // namespace app
