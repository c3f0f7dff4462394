#include "loading/assets_dir.h"

#include <fstream>

#include <gtest/gtest.h>

namespace platform {
namespace {

namespace fs = std::filesystem;

// A fresh folder per test under the system temp dir, removed afterwards.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name) : path(fs::temp_directory_path() / ("exhibit_platform_" + name)) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

TEST(AssetsDir, OptionWinsOverEverything) {
    AssetsSearch s{std::string("/from/option"), std::string("/from/env"), "/usr/bin", "/src/assets"};
    AssetsDir found = find_assets_dir(s);
    EXPECT_EQ(found.path, "/from/option");
    EXPECT_EQ(found.found_by, "--assets");
}

TEST(AssetsDir, EnvironmentComesNext) {
    AssetsSearch s{std::nullopt, std::string("/from/env"), "/usr/bin", "/src/assets"};
    EXPECT_EQ(find_assets_dir(s).path, "/from/env");
    s.from_env = "";  // set but empty counts as unset
    EXPECT_EQ(find_assets_dir(s).path, "/src/assets");
}

TEST(AssetsDir, InstalledFolderBesideTheExecutableBeatsTheSourceTree) {
    TempDir prefix("installed");
    fs::create_directories(prefix.path / "bin");
    AssetsSearch s{std::nullopt, std::nullopt, prefix.path / "bin", "/src/assets"};
    EXPECT_EQ(find_assets_dir(s).found_by, "source tree");  // not installed yet

    fs::create_directories(prefix.path / "share" / "exhibit" / "assets");
    AssetsDir found = find_assets_dir(s);
    EXPECT_EQ(found.found_by, "installed");
    EXPECT_TRUE(fs::equivalent(found.path, prefix.path / "share" / "exhibit" / "assets"));
}

TEST(AssetsDir, SafeRelativePaths) {
    EXPECT_TRUE(is_safe_relative_path("exhibit.json"));
    EXPECT_TRUE(is_safe_relative_path("fonts/Inter-Regular.otf"));
    EXPECT_TRUE(is_safe_relative_path("a/./b.png"));
    EXPECT_TRUE(is_safe_relative_path("notes..txt"));
    EXPECT_FALSE(is_safe_relative_path(""));
    EXPECT_FALSE(is_safe_relative_path("/etc/passwd"));
    EXPECT_FALSE(is_safe_relative_path("../secret"));
    EXPECT_FALSE(is_safe_relative_path("fonts/../../secret"));
    EXPECT_FALSE(is_safe_relative_path(".."));
    EXPECT_FALSE(is_safe_relative_path(std::string("a\0b", 3)));
}

TEST(AssetsDir, ReadFileReadsBelowTheFolderOnly) {
    TempDir root("read_file");
    write(root.path / "assets" / "exhibit.json", "{\"x\": 1}");
    write(root.path / "assets" / "fonts" / "f.bin", std::string("\0\1\2", 3));
    write(root.path / "outside.txt", "secret");

    app::ReadFile read = make_read_file(root.path / "assets");
    EXPECT_EQ(read("exhibit.json").bytes, std::optional<std::string>("{\"x\": 1}"));
    EXPECT_EQ(read("fonts/f.bin").bytes, std::optional<std::string>(std::string("\0\1\2", 3)));
    EXPECT_FALSE(read("missing.json").bytes);
    EXPECT_FALSE(read("fonts").bytes);  // a folder is not a file
    EXPECT_FALSE(read("../outside.txt").bytes);
    EXPECT_FALSE(read((root.path / "outside.txt").string()).bytes);
}

}  // namespace
}  // namespace platform
