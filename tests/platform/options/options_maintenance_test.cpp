#include <gtest/gtest.h>

#include "options/options.h"

namespace platform {
namespace {

ParsedOptions parse(std::vector<std::string> args) { return parse_options(args); }

TEST(MaintenanceOptions, DataDirSetPinAndExport) {
    ParsedOptions p = parse({"--data-dir", "/srv/x", "--export-stats=out.csv"});
    ASSERT_TRUE(p.error.empty()) << p.error;
    EXPECT_EQ(p.options.data_dir, "/srv/x");
    EXPECT_EQ(p.options.export_stats, "out.csv");
    p = parse({"--set-pin", "--data-dir=/srv/x"});
    ASSERT_TRUE(p.error.empty()) << p.error;
    EXPECT_TRUE(p.options.set_pin);
    p = parse({"--replay", "v.replay", "--data-dir", "d", "--export-stats", "-"});
    EXPECT_TRUE(p.error.empty()) << p.error;
}

TEST(MaintenanceOptions, ConflictsAreRefused) {
    EXPECT_NE(parse({"--set-pin=1234"}).error, "");
    EXPECT_NE(parse({"--set-pin", "--set-pin"}).error, "");
    EXPECT_NE(parse({"--set-pin", "--screenshot", "a.png"}).error, "");
    EXPECT_NE(parse({"--set-pin", "--export-stats", "a.csv"}).error, "");
    EXPECT_NE(parse({"--export-stats", "a.csv", "--check"}).error, "");
    EXPECT_NE(parse({"--export-stats", "a.csv", "--replay", "v.replay"}).error.find("--data-dir"), std::string::npos);
    EXPECT_NE(parse({"--data-dir"}).error, "");
    EXPECT_NE(parse({"--data-dir", "a", "--data-dir", "b"}).error, "");
}

TEST(MaintenanceOptions, HelpListsThem) {
    const std::string help = options_help("exhibit");
    for (const char* o : {"--data-dir DIR", "--set-pin", "--export-stats FILE"})
        EXPECT_NE(help.find(o), std::string::npos) << o;
}

}  // namespace
}  // namespace platform
