#include <fstream>

#include <gtest/gtest.h>

#include "storage/data_dir.h"
#include "support/temp_dir.h"

namespace platform {
namespace {

DataDirSearch search(bool system_writable) {
    DataDirSearch s;
    s.home = "/home/curator";
    s.writable_dir = [system_writable](const std::filesystem::path& p) {
        return system_writable && p == "/var/lib/exhibit/data";
    };
    return s;
}

TEST(DataDir, TheOptionWinsThenSystemdThenVarLibThenXdg) {
    DataDirSearch s = search(true);
    s.option = "/srv/stats";
    s.state_directory = "/var/lib/exhibit-state";
    s.xdg_state_home = "/home/curator/.state";
    EXPECT_EQ(choose_data_dir(s)->path, "/srv/stats");
    s.option.reset();
    EXPECT_EQ(choose_data_dir(s)->path, "/var/lib/exhibit-state");
    EXPECT_EQ(choose_data_dir(s)->found_by, "$STATE_DIRECTORY");
    s.state_directory.reset();
    EXPECT_EQ(choose_data_dir(s)->path, "/var/lib/exhibit/data");
    s = search(false);
    s.xdg_state_home = "/home/curator/.state";
    EXPECT_EQ(choose_data_dir(s)->path, "/home/curator/.state/exhibit");
    s.xdg_state_home = "relative/ignored";
    EXPECT_EQ(choose_data_dir(s)->path, "/home/curator/.local/state/exhibit");
    s.home.reset();
    EXPECT_FALSE(choose_data_dir(s));
}

TEST(DataDir, SystemdsListTakesTheFirstFolder) {
    DataDirSearch s = search(false);
    s.state_directory = "/var/lib/exhibit:/var/lib/other";
    EXPECT_EQ(choose_data_dir(s)->path, "/var/lib/exhibit");
}

TEST(DataDir, PreparingCreatesTheFolder) {
    TempDir dir;
    const DataDir d{dir.path / "a" / "b", "--data-dir"};
    std::string error;
    EXPECT_TRUE(prepare_data_dir(d, &error)) << error;
    EXPECT_TRUE(std::filesystem::is_directory(d.path));
    const DataDir file_in_the_way{dir.path / "a" / "b" / "x" / "y", "--data-dir"};
    std::ofstream(dir.path / "a" / "b" / "x") << "not a folder";
    EXPECT_FALSE(prepare_data_dir(file_in_the_way, &error));
    EXPECT_NE(error.find("cannot create"), std::string::npos) << error;
}

}  // namespace
}  // namespace platform
