// Renders the shipped content through the real screenshot path and compares it with tests/golden/.
// UPDATE_GOLDENS=1 ctest -R golden   rewrites the goldens from the current rendering (look at them first).
#include <fstream>
#include <sstream>
#include <iostream>
#include <string>

#include <gtest/gtest.h>

#include "support/golden_compare.h"
#include "replay/replay_script.h"
#include "modes/screenshot.h"
#include "support/shipped_content.h"

namespace platform {
namespace {

// One picture the exhibit must keep showing: a size, where it starts, and optionally a replay that gets there.
struct GoldenCase {
    std::string name;  // the golden's file name without ".png"
    int width;
    int height;
    app::Scene start;
    std::string replay;  // a file in tests/replays, or empty
    app::Language language = app::Language::English;
    bool easy_reading = false;  // larger text and high contrast
    bool translation = false;   // the telegram's page in the exhibit's translation (its button pressed)
    bool wiley_reply = false;   // the second content pack (FRUS d205) instead of the shipped content
};

void PrintTo(const GoldenCase& c, std::ostream* out) { *out << c.name; }  // readable test names in ctest

std::vector<app::ReplayEvent> read_replay(const std::string& name) {
    const std::string path = std::string(EXHIBIT_REPLAY_DIR) + "/" + name;
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    std::vector<app::Problem> problems;
    std::vector<app::ReplayEvent> events = app::parse_replay(text.str(), path, problems);
    for (const app::Problem& p : problems) ADD_FAILURE() << app::format_problem(p);
    EXPECT_FALSE(events.empty()) << "no replay at " << path;
    return events;
}

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, MatchesShippedContent) {
    const GoldenCase& golden_case = GetParam();
    const app::ReadFile files = golden_case.wiley_reply ? wiley_reply_pack() : shipped_assets();
    std::shared_ptr<const app::Content> content =
        golden_case.wiley_reply ? app::load_content(files).content : shipped_content();
    ASSERT_TRUE(content);
    ScreenshotSpec spec;
    spec.width = golden_case.width;
    spec.height = golden_case.height;
    spec.dpi = 96;
    spec.exhibit = app::starting_on(golden_case.start);
    spec.exhibit.default_language = golden_case.language;
    spec.exhibit.easy_reading = golden_case.easy_reading;
    if (!golden_case.replay.empty()) spec.replay = read_replay(golden_case.replay);
    if (golden_case.translation) {
        spec.prepare = [](app::Exhibit& e) {
            app::show_telegram_translation(e.telegram, app::view_context(e), true, e.now);
        };
    }
    std::string error;
    std::optional<Pixels> actual = render_screenshot(content, files, spec, &error);
    ASSERT_TRUE(actual) << error;

    compare_with_golden(*actual, golden_case.name);
}

// 3840x2160 is left out to keep the suite fast; render it by hand with --screenshot when layout changes.
INSTANTIATE_TEST_SUITE_P(
    golden, Golden,
    ::testing::Values(
        GoldenCase{"telegram_800x480", 800, 480, app::Scene::Telegram, ""},
        GoldenCase{"telegram_1280x720", 1280, 720, app::Scene::Telegram, ""},
        GoldenCase{"telegram_1920x1080", 1920, 1080, app::Scene::Telegram, ""},
        GoldenCase{"telegram_1080x1920", 1080, 1920, app::Scene::Telegram, ""},
        GoldenCase{"attract_1920x1080", 1920, 1080, app::Scene::Attract, ""},
        GoldenCase{"attract_1080x1920", 1080, 1920, app::Scene::Attract, ""},
        GoldenCase{"card_manganese-ore_1920x1080", 1920, 1080, app::Scene::Attract, "manganese-ore_1920x1080.replay"},
        GoldenCase{"card_manganese-ore_800x480", 800, 480, app::Scene::Attract, "manganese-ore_800x480.replay"},
        GoldenCase{"card_manganese-ore_1080x1920", 1080, 1920, app::Scene::Attract, "manganese-ore_1080x1920.replay"},
        GoldenCase{"card_chart_1280x720", 1280, 720, app::Scene::Attract, "substantial-increase_1280x720.replay"},
        GoldenCase{"countdown_1280x720", 1280, 720, app::Scene::Attract, "still-there_1280x720.replay"},
        GoldenCase{"map_1920x1080", 1920, 1080, app::Scene::Map, ""},
        GoldenCase{"map_800x480", 800, 480, app::Scene::Map, ""},
        GoldenCase{"map_1080x1920", 1080, 1920, app::Scene::Map, ""},
        GoldenCase{"timeline_1920x1080", 1920, 1080, app::Scene::Timeline, ""},
        GoldenCase{"timeline_800x480", 800, 480, app::Scene::Timeline, ""},
        GoldenCase{"timeline_1080x1920", 1080, 1920, app::Scene::Timeline, ""},
        GoldenCase{"journey-map-story_1280x720", 1280, 720, app::Scene::Attract, "journey-to-map_1280x720.replay"},
        GoldenCase{"journey-back_1280x720", 1280, 720, app::Scene::Attract, "journey_1280x720.replay"},
        // One screen per language, and the larger text with high contrast.
        GoldenCase{"telegram_ru_1280x720", 1280, 720, app::Scene::Telegram, "", app::Language::Russian},
        GoldenCase{"timeline_pt_1280x720", 1280, 720, app::Scene::Timeline, "", app::Language::Portuguese},
        GoldenCase{"map_ru_800x480", 800, 480, app::Scene::Map, "", app::Language::Russian},
        GoldenCase{"telegram_easy-reading_1280x720", 1280, 720, app::Scene::Telegram, "", app::Language::English, true},
        // Listening: the telegram read aloud, its caption above the buttons.
        GoldenCase{"listen-telegram_pt_1280x720", 1280, 720, app::Scene::Telegram, "listen-telegram_pt_1280x720.replay",
                   app::Language::Portuguese},
        // The exhibit's translation in place of the typed original.
        GoldenCase{"telegram_translation_ru_1280x720", 1280, 720, app::Scene::Telegram, "", app::Language::Russian,
                   false, true},
        // Another document of the exchange (FRUS d205): its page marker inside a paragraph shown as
        // a marker, the editor's "[71]" in brackets, not the typewriter's slashes.
        GoldenCase{"pack_wiley-reply_1280x720", 1280, 720, app::Scene::Telegram, "", app::Language::English, false,
                   false, true}),
    [](const ::testing::TestParamInfo<GoldenCase>& info) {
        std::string n = info.param.name;
        for (char& ch : n)
            if (ch == '-') ch = '_';
        return n;
    });

}  // namespace
}  // namespace platform

namespace platform {
namespace {

// The same replay gives the same picture, pixel for pixel: time comes from the script, never the clock.
TEST(ReplayPicture, SameScriptSamePixels) {
    std::shared_ptr<const app::Content> content = shipped_content();
    ASSERT_TRUE(content);
    ScreenshotSpec spec;
    spec.width = 800;
    spec.height = 480;
    spec.exhibit = app::starting_on(app::Scene::Attract);
    spec.replay = read_replay("manganese-ore_800x480.replay");
    std::optional<Pixels> first = render_screenshot(content, shipped_assets(), spec);
    std::optional<Pixels> second = render_screenshot(content, shipped_assets(), spec);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->rgba, second->rgba);
}

}  // namespace
}  // namespace platform
