#include "options/options.h"

#include <gtest/gtest.h>

namespace platform {
namespace {

ParsedOptions parse(std::vector<std::string> args) { return parse_options(args); }

TEST(Options, DefaultsAreWindowedAutoRenderer) {
    ParsedOptions p = parse({});
    ASSERT_EQ(p.error, "");
    EXPECT_FALSE(p.options.help);
    EXPECT_FALSE(p.options.kiosk);
    EXPECT_FALSE(p.options.size);
    EXPECT_FALSE(p.options.screenshot);
    EXPECT_FALSE(p.options.check);
    EXPECT_EQ(p.options.renderer, RendererChoice::Auto);
}

TEST(Options, ReadsEveryOption) {
    ParsedOptions p =
        parse({"--kiosk", "--size", "1920x1080", "--assets", "/srv/assets", "--dpi", "160", "--renderer", "opengles2"});
    ASSERT_EQ(p.error, "");
    EXPECT_TRUE(p.options.kiosk);
    ASSERT_TRUE(p.options.size);
    EXPECT_EQ(p.options.size->width, 1920);
    EXPECT_EQ(p.options.size->height, 1080);
    EXPECT_EQ(p.options.assets_dir, "/srv/assets");
    EXPECT_FLOAT_EQ(*p.options.dpi, 160.0f);
    EXPECT_EQ(p.options.renderer, RendererChoice::OpenGles2);
}

TEST(Options, AcceptsEqualsForm) {
    ParsedOptions p = parse({"--size=800x480", "--screenshot=out.png", "--renderer=software", "--dpi=96.5"});
    ASSERT_EQ(p.error, "");
    EXPECT_EQ(p.options.size->width, 800);
    EXPECT_EQ(p.options.size->height, 480);
    EXPECT_EQ(p.options.screenshot, "out.png");
    EXPECT_EQ(p.options.renderer, RendererChoice::Software);
    EXPECT_FLOAT_EQ(*p.options.dpi, 96.5f);
}

TEST(Options, HelpAndWindowed) {
    EXPECT_TRUE(parse({"--help"}).options.help);
    EXPECT_TRUE(parse({"-h"}).options.help);
    ParsedOptions p = parse({"--windowed"});
    EXPECT_EQ(p.error, "");
    EXPECT_FALSE(p.options.kiosk);
}

TEST(Options, CheckTakesAnOptionalFolder) {
    ParsedOptions bare = parse({"--check"});
    ASSERT_EQ(bare.error, "");
    EXPECT_TRUE(bare.options.check);
    EXPECT_FALSE(bare.options.check_dir);

    ParsedOptions with_dir = parse({"--check", "some/assets"});
    ASSERT_EQ(with_dir.error, "");
    EXPECT_EQ(with_dir.options.check_dir, "some/assets");

    // The next argument is another option, not a folder.
    ParsedOptions followed = parse({"--check", "--assets", "x"});
    ASSERT_EQ(followed.error, "");
    EXPECT_FALSE(followed.options.check_dir);
    EXPECT_EQ(followed.options.assets_dir, "x");

    EXPECT_EQ(parse({"--check=dir"}).options.check_dir, "dir");
}

TEST(Options, ParsesPixelSizes) {
    EXPECT_TRUE(parse_pixel_size("1x1"));
    EXPECT_TRUE(parse_pixel_size("3840X2160"));
    EXPECT_FALSE(parse_pixel_size("1920"));
    EXPECT_FALSE(parse_pixel_size("1920x"));
    EXPECT_FALSE(parse_pixel_size("x1080"));
    EXPECT_FALSE(parse_pixel_size("0x100"));
    EXPECT_FALSE(parse_pixel_size("-5x100"));
    EXPECT_FALSE(parse_pixel_size("100x100x3"));
    EXPECT_FALSE(parse_pixel_size("20000x100"));
    EXPECT_FALSE(parse_pixel_size("12.5x100"));
}

// Each bad command line is refused with a message that names what is wrong.
struct BadCase {
    std::vector<std::string> args;
    std::string mentions;
};

TEST(Options, RefusesBadCommandLinesWithClearMessages) {
    const BadCase cases[] = {
        {{"--bogus"}, "unknown option '--bogus'"},
        {{"stray"}, "unexpected argument 'stray'"},
        {{"--size"}, "--size needs a value"},
        {{"--size", "big"}, "WIDTHxHEIGHT"},
        {{"--dpi", "abc"}, "--dpi"},
        {{"--dpi", "0"}, "--dpi"},
        {{"--dpi", "nan"}, "--dpi"},
        {{"--renderer", "vulkan"}, "software, opengles2 or auto"},
        {{"--kiosk", "--windowed"}, "choose one of --kiosk and --windowed"},
        {{"--check", "--screenshot", "a.png"}, "choose one of --check and --screenshot"},
        {{"--size", "10x10", "--size", "20x20"}, "given twice"},
        {{"--assets="}, "--assets needs a value"},
        {{"--help=yes"}, "takes no value"},
        {{"--screenshot"}, "--screenshot needs a value"},
    };
    for (const BadCase& c : cases) {
        ParsedOptions p = parse(c.args);
        EXPECT_NE(p.error.find(c.mentions), std::string::npos)
            << "args[0]=" << c.args[0] << " gave error '" << p.error << "'";
    }
}

TEST(Options, HelpListsEveryOption) {
    std::string help = options_help("exhibit");
    for (const char* option :
         {"--help", "--kiosk", "--windowed", "--size", "--assets", "--dpi", "--screenshot", "--check", "--renderer"}) {
        EXPECT_NE(help.find(option), std::string::npos) << option;
    }
}

}  // namespace

// The options table's own rules: a mode may be repeated but not contradicted, whichever comes first.
TEST(Options, KioskAndWindowedRepeatButDoNotMix) {
    EXPECT_EQ(parse({"--kiosk", "--kiosk"}).error, "");
    EXPECT_TRUE(parse({"--kiosk", "--kiosk"}).options.kiosk);
    EXPECT_EQ(parse({"--windowed", "--kiosk"}).error, "choose one of --kiosk and --windowed");
    EXPECT_EQ(parse({"--set-pin=1"}).error, "--set-pin takes no value (the PIN is read from standard input)");
    EXPECT_EQ(parse({"--check="}).error, "--check= needs a folder");
}

}  // namespace platform
