#include <fstream>

#include <gtest/gtest.h>

#include "storage/atomic_file.h"
#include "storage/settings_file.h"
#include "text/fonts.h"
#include "render/sdl_handles.h"
#include "shipped_content.h"
#include "text/text_measure_ttf.h"
#include "temp_dir.h"

namespace platform {
namespace {

TEST(AtomicFile, ReplacesWholeAndLeavesNoTemporaryFiles) {
    TempDir dir;
    const auto file = dir.path / "f.txt";
    ASSERT_TRUE(write_file_atomically(file, "old", 0644));
    ASSERT_TRUE(write_file_atomically(file, "new contents", 0644));
    EXPECT_EQ(read_small_file(file), "new contents");
    int entries = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path)) {
        (void)e;
        ++entries;
    }
    EXPECT_EQ(entries, 1);
}

TEST(AtomicFile, AFailedWriteKeepsTheOldFile) {
    TempDir dir;
    const auto file = dir.path / "f.txt";
    ASSERT_TRUE(write_file_atomically(file, "old", 0644));
    std::string error;
    EXPECT_FALSE(write_file_atomically(dir.path / "missing" / "f.txt", "x", 0644, &error));
    EXPECT_FALSE(error.empty());
    EXPECT_EQ(read_small_file(file), "old");
}

TEST(SettingsFile, SavedAndLoadedFromTheDataFolder) {
    TempDir dir;
    EXPECT_EQ(load_settings(dir.path).settings, app::MaintenanceSettings{}) << "no file: the defaults";
    app::MaintenanceSettings s;
    s.idle_timeout_s = 120;
    s.default_language = app::Language::Russian;
    s.audio_volume_percent = 20;
    ASSERT_TRUE(save_settings(dir.path, s));
    const LoadedSettings loaded = load_settings(dir.path);
    EXPECT_EQ(loaded.settings, s);
    EXPECT_TRUE(loaded.problems.empty());
}

TEST(SettingsFile, ProblemsNameTheFile) {
    TempDir dir;
    std::ofstream(settings_file(dir.path)) << "idle_timeout_s = soon\n";
    const LoadedSettings loaded = load_settings(dir.path);
    ASSERT_EQ(loaded.problems.size(), 1u);
    EXPECT_NE(loaded.problems[0].find("settings.conf line 1"), std::string::npos) << loaded.problems[0];
}

TEST(SettingsFile, TheCommandLineWins) {
    app::MaintenanceSettings s;
    s.idle_timeout_s = 120;
    s.default_language = app::Language::Russian;
    Options options;
    EXPECT_EQ(settings_with_command_line(s, options), s);
    options.idle_timeout_s = 30;
    options.language = "pt";
    const app::MaintenanceSettings with = settings_with_command_line(s, options);
    EXPECT_EQ(with.idle_timeout_s, 30);
    EXPECT_EQ(with.default_language, app::Language::Portuguese);
}

TEST(SettingsFile, AppliedLiveToTheExhibit) {
    TtfLibrary ttf;
    std::shared_ptr<const app::Content> content = shipped_content();
    ASSERT_TRUE(ttf.ok && content);
    app::Exhibit e = app::make_exhibit(content, app::Screen{1280, 720, 3.78f},
                                       make_text_measure(make_fonts(content->fonts, shipped_assets())));
    app::MaintenanceSettings s;
    s.idle_timeout_s = 45;
    s.default_language = app::Language::Portuguese;
    apply_settings(e, s);
    EXPECT_EQ(e.options.idle.timeout_s, 45);
    EXPECT_EQ(e.options.default_language, app::Language::Portuguese);
    EXPECT_EQ(e.language, app::Language::Portuguese) << "the attract loop shows the new default at once";
}

}  // namespace
}  // namespace platform
