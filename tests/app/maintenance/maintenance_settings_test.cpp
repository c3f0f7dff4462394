#include <gtest/gtest.h>

#include "maintenance/settings.h"

namespace app {
namespace {

TEST(MaintenanceSettings, RoundTripsThroughItsText) {
    MaintenanceSettings s;
    s.idle_timeout_s = 90;
    s.default_language = Language::Portuguese;
    s.reduced_motion = true;
    s.audio_volume_percent = 35;
    const ParsedSettings parsed = parse_settings(format_settings(s));
    EXPECT_TRUE(parsed.problems.empty());
    EXPECT_EQ(parsed.settings, s);
}

TEST(MaintenanceSettings, EmptyTextGivesTheDefaults) {
    const ParsedSettings parsed = parse_settings("");
    EXPECT_EQ(parsed.settings, MaintenanceSettings{});
    EXPECT_TRUE(parsed.problems.empty());
}

TEST(MaintenanceSettings, BadLinesAreReportedAndTheRestKept) {
    const ParsedSettings parsed = parse_settings(
        "# comment\n"
        "idle_timeout_s = 2\n"  // too short
        "default_language = ru  # Russian\n"
        "reduced_motion = yes\n"  // not true/false
        "audio_volume_percent = 101\n"
        "colour = blue\n"
        "just words\n");
    EXPECT_EQ(parsed.settings.default_language, Language::Russian);
    EXPECT_EQ(parsed.settings.idle_timeout_s, 60);
    EXPECT_FALSE(parsed.settings.reduced_motion);
    EXPECT_EQ(parsed.settings.audio_volume_percent, 80);
    ASSERT_EQ(parsed.problems.size(), 5u);
    EXPECT_EQ(parsed.problems[0].rfind("line 2: idle_timeout_s", 0), 0u) << parsed.problems[0];
    EXPECT_NE(parsed.problems[3].find("unknown setting 'colour'"), std::string::npos);
    EXPECT_NE(parsed.problems[4].find("line 7"), std::string::npos);
}

}  // namespace
}  // namespace app
