// Renders the shipped content through the real screenshot path and compares it with tests/golden/.
// UPDATE_GOLDENS=1 ctest -R golden   rewrites the goldens from the current rendering (look at them first).
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <filesystem>
#include <iostream>
#include <string>

#include <gtest/gtest.h>

#include "image_compare.h"
#include "render/image_file.h"
#include "replay/replay_script.h"
#include "modes/screenshot.h"
#include "shipped_content.h"

namespace platform {
namespace {

namespace fs = std::filesystem;

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

bool updating_goldens() {
    const char* v = std::getenv("UPDATE_GOLDENS");
    return v && std::string(v) == "1";
}

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
    std::shared_ptr<const app::Content> content = golden_case.wiley_reply ? app::load_content(files).content : shipped_content();
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
        spec.prepare = [](app::Exhibit& e) { app::show_telegram_translation(e.telegram, app::view_context(e), true, e.now); };
    }
    std::string error;
    std::optional<Pixels> actual = render_screenshot(content, files, spec, &error);
    ASSERT_TRUE(actual) << error;

    const std::string name = golden_case.name + ".png";
    const fs::path golden = fs::path(EXHIBIT_GOLDEN_DIR) / name;
    const fs::path out_dir = fs::path(EXHIBIT_TEST_OUTPUT_DIR);
    fs::create_directories(out_dir);

    if (updating_goldens()) {
        ASSERT_TRUE(write_png(golden.string(), *actual, kPngSmallest)) << "cannot write " << golden;
        std::cout << "[ golden ] wrote " << golden.string() << "\n";
        return;
    }

    const fs::path actual_path = out_dir / ("actual_" + name);
    if (!fs::exists(golden)) {
        write_png(actual_path.string(), *actual);
        FAIL() << "No golden image " << golden.string() << ".\n"
               << "The current rendering is at " << actual_path.string() << ". If it looks right, create the "
               << "goldens from the build folder with:\n    UPDATE_GOLDENS=1 ctest -R golden\n"
               << "and commit tests/golden/.";
    }
    std::string read_error;
    std::optional<Pixels> expected = read_png(golden.string(), &read_error);
    ASSERT_TRUE(expected) << "cannot read " << golden.string() << ": " << read_error;

    const ImageTolerance tolerance;
    ImageComparison comparison = compare_images(*actual, *expected, tolerance);
    if (comparison.matches) return;

    const fs::path expected_path = out_dir / ("expected_" + name);
    const fs::path diff_path = out_dir / ("diff_" + name);
    write_png(actual_path.string(), *actual);
    write_png(expected_path.string(), *expected);
    if (comparison.same_size) write_png(diff_path.string(), difference_image(*actual, *expected, tolerance.channel));
    if (!comparison.same_size) {
        FAIL() << "Golden " << golden.string() << " is " << expected->width << 'x' << expected->height
               << " but the rendering is " << actual->width << 'x' << actual->height << ".\n  actual:   "
               << actual_path.string();
    }
    FAIL() << comparison.different_pixels << " of " << comparison.total_pixels << " pixels ("
           << 100.0 * static_cast<double>(comparison.different_pixels) / static_cast<double>(comparison.total_pixels)
           << "%) differ from " << golden.string() << " by more than " << tolerance.channel
           << " in a channel; at most " << 100.0 * tolerance.max_different_fraction << "% may.\n"
           << "  actual:   " << actual_path.string() << "\n"
           << "  expected: " << expected_path.string() << "\n"
           << "  diff:     " << diff_path.string() << "  (differences in red)\n"
           << "If the change is intended: UPDATE_GOLDENS=1 ctest -R golden";
}

// 3840x2160 is left out to keep the suite fast; render it by hand with --screenshot when layout changes.
INSTANTIATE_TEST_SUITE_P(
    golden, Golden,
    ::testing::Values(GoldenCase{"telegram_800x480", 800, 480, app::Scene::Telegram, ""},
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
                      GoldenCase{"telegram_easy-reading_1280x720", 1280, 720, app::Scene::Telegram, "",
                                 app::Language::English, true},
                      // Listening: the telegram read aloud, its caption above the buttons.
                      GoldenCase{"listen-telegram_pt_1280x720", 1280, 720, app::Scene::Telegram,
                                 "listen-telegram_pt_1280x720.replay", app::Language::Portuguese},
                      // The exhibit's translation in place of the typed original.
                      GoldenCase{"telegram_translation_ru_1280x720", 1280, 720, app::Scene::Telegram, "",
                                 app::Language::Russian, false, true},
                      // Another document of the exchange (FRUS d205): its page marker inside a paragraph shown as
                      // a marker, the editor's "[71]" in brackets, not the typewriter's slashes.
                      GoldenCase{"pack_wiley-reply_1280x720", 1280, 720, app::Scene::Telegram, "", app::Language::English,
                                 false, false, true}),
    [](const ::testing::TestParamInfo<GoldenCase>& info) {
        std::string n = info.param.name;
        for (char& ch : n) if (ch == '-') ch = '_';
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
